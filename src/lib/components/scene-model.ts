/**
 * What the dashboard's scene (Scene.svelte) draws: the last payloads of the BCM's and FZC's frames, decoded
 * with the DBC in use. Only what the ECUs put on the bus, never the plant's truth: a frame the DBC does not
 * know, or a signal the frame is too short to carry, is `null` and drawn as unknown.
 */
import { FLAG_EXT, dlcToLen, type FrameBatch } from '$lib/can/frame';
import type { CompiledMessage, DbcCodec } from '$lib/can/dbc/codec';

/** The frames the scene reads (standard identifiers, named as in static/vehicle.dbc). */
export const SCENE_FRAMES = {
	lights: 0x400,
	indicators: 0x401,
	doors: 0x402,
	steer: 0x200,
	brake: 0x201,
	brakeCmd: 0x103,
	front: 0x220
} as const;
type Slot = keyof typeof SCENE_FRAMES;
const SLOTS = Object.keys(SCENE_FRAMES) as Slot[];

/** AEB zones of FrontDistance.AebZone (the FZC's numbers, sim-wasm/ecu/fzc/README.md). */
export const AEB_ZONES = [
	{ name: 'warning', ttc_s: 2.6, dist_m: 10 },
	{ name: 'brake', ttc_s: 1.6, dist_m: 5 },
	{ name: 'emergency', ttc_s: 0.9, dist_m: 2.5 }
] as const;
/** The FZC reports 200 m and more as nothing detected. */
export const SENSOR_RANGE_M = 200;

export interface SceneState {
	/** 0 off, 1 low, 2 high (Lights.HeadlampState). */
	headlamp: number | null;
	headlampAuto: number | null;
	brakeLamp: number | null;
	reverseLamp: number | null;
	tailLamp: number | null;
	/** 0 off, 1 left, 2 right, 3 hazard (Indicators.IndicatorState). */
	indicator: number | null;
	/** The lamps as the BCM flashes them (Indicators is sent on every phase change). */
	leftLamp: number | null;
	rightLamp: number | null;
	/** FL, FR, RL, RR: 1 open. */
	doors: [number | null, number | null, number | null, number | null];
	lock: string | null;
	/** Road-wheel angle, degrees, positive to the left (SteerStatus.SteerAngle). */
	steerDeg: number | null;
	steerState: string | null;
	/** Front brake level the FZC applies, % (BrakeStatus.BrakeActual). */
	brakePct: number | null;
	brakeState: string | null;
	/** What the CVC asks for (BrakeCommand). */
	brakeMode: string | null;
	brakeReq: number | null;
	distance: number | null;
	closing: number | null;
	ttc: number | null;
	/** 0 clear, 1 warning, 2 brake, 3 emergency. */
	zone: number | null;
	detected: number | null;
	sensorFault: number | null;
}

/** The last payload of each scene frame, kept from batches on the hot path and decoded once per animation frame. */
export class SceneFrames {
	// an 11-bit identifier → slot + 1 (0 = not a scene frame)
	readonly #slotOf = new Uint8Array(0x800);
	readonly #data = SLOTS.map(() => new Uint8Array(64));
	readonly #dlc = new Int8Array(SLOTS.length).fill(-1);
	readonly #last = new Int32Array(SLOTS.length);
	#dirty = false;
	#codec: DbcCodec | null = null;
	#compiled: Array<{ cm: CompiledMessage; out: Float64Array } | null> = [];

	constructor() {
		SLOTS.forEach((s, i) => (this.#slotOf[SCENE_FRAMES[s]] = i + 1));
	}

	/** Something new arrived since the last `decode`. */
	get dirty(): boolean {
		return this.#dirty;
	}

	/** Keeps the last payload of each scene frame in `b`: one pass, one copy per frame kind. */
	keep(b: FrameBatch): void {
		const last = this.#last.fill(-1);
		const slotOf = this.#slotOf;
		for (let i = 0; i < b.count; i++) {
			const id = b.id[i];
			if (id < 0x800 && slotOf[id] !== 0 && (b.flags[i] & FLAG_EXT) === 0) last[slotOf[id] - 1] = i;
		}
		for (let k = 0; k < last.length; k++) {
			const i = last[k];
			if (i < 0) continue;
			const n = Math.min(dlcToLen(b.dlc[i]), b.stride);
			this.#data[k].set(b.data.subarray(i * b.stride, i * b.stride + n));
			this.#dlc[k] = n;
			this.#dirty = true;
		}
	}

	/** Forgets everything (a new session). */
	clear(): void {
		this.#dlc.fill(-1);
		this.#dirty = true;
	}

	/** The scene as the last frames describe it, decoded with `codec` (null: no DBC yet). */
	decode(codec: DbcCodec | null): SceneState {
		this.#dirty = false;
		if (codec !== this.#codec) {
			this.#codec = codec;
			this.#compiled = SLOTS.map((s) => {
				const cm = codec?.forFrame(SCENE_FRAMES[s], 0);
				return cm ? { cm, out: new Float64Array(cm.signals.length) } : null;
			});
		}
		const sig = this.#reader();
		const lights = sig('lights');
		const ind = sig('indicators');
		const doors = sig('doors');
		const steer = sig('steer');
		const brake = sig('brake');
		const cmd = sig('brakeCmd');
		const front = sig('front');
		return {
			headlamp: lights.num('HeadlampState'),
			headlampAuto: lights.num('HeadlampAuto'),
			brakeLamp: lights.num('BrakeLamp'),
			reverseLamp: lights.num('ReverseLamp'),
			tailLamp: lights.num('TailLamp'),
			indicator: ind.num('IndicatorState'),
			leftLamp: ind.num('LeftLampOn'),
			rightLamp: ind.num('RightLampOn'),
			doors: [doors.num('DoorOpenFL'), doors.num('DoorOpenFR'), doors.num('DoorOpenRL'), doors.num('DoorOpenRR')],
			lock: doors.label('DoorLockState'),
			steerDeg: steer.num('SteerAngle'),
			steerState: steer.label('SteerState'),
			brakePct: brake.num('BrakeActual'),
			brakeState: brake.label('BrakeState'),
			brakeMode: cmd.label('BrakeMode'),
			brakeReq: cmd.num('BrakeReq'),
			distance: front.num('FrontDistance'),
			closing: front.num('ClosingSpeed'),
			ttc: front.num('TimeToCollision'),
			zone: front.num('AebZone'),
			detected: front.num('ObjectDetected'),
			sensorFault: front.num('DistSensorFault')
		};
	}

	#reader() {
		return (slot: Slot) => {
			const k = SLOTS.indexOf(slot);
			const c = this.#compiled[k];
			const dlc = this.#dlc[k];
			if (c && dlc >= 0) {
				const buf = this.#data[k];
				// the payload buffer is 64 bytes of which only `dlc` are this frame's: clear the rest first
				buf.fill(0, dlc);
				if (c.cm.span <= buf.length) c.cm.decode(buf, 0, c.out);
				else c.out.fill(NaN);
			}
			const idx = (name: string): number => {
				if (!c || dlc < 0) return -1;
				const i = c.cm.indexOf.get(name);
				return i === undefined || c.cm.bytesNeeded[i] > dlc || Number.isNaN(c.out[i]) ? -1 : i;
			};
			return {
				num: (name: string): number | null => {
					const i = idx(name);
					return i < 0 ? null : c!.out[i];
				},
				label: (name: string): string | null => {
					const i = idx(name);
					if (i < 0) return null;
					const s = c!.cm.signals[i];
					return s.choices?.get((c!.out[i] - s.offset) / s.factor) ?? String(c!.out[i]);
				}
			};
		};
	}
}

/**
 * Where each AEB zone starts ahead of the bumper, metres: the FZC enters a zone on time to collision, or below
 * 30 km/h on distance, whichever comes first, so at a closing speed v the edge is max(distance, TTC × v).
 * The bus carries no speed in these frames; using the closing speed is exact for a standing obstacle.
 */
export function zoneEdges(closing_mps: number | null): number[] {
	const v = Math.max(0, closing_mps ?? 0);
	return AEB_ZONES.map((z) => Math.max(z.dist_m, z.ttc_s * v));
}

const HEADLAMP = ['headlamps off', 'headlamps low beam', 'headlamps high beam'];
const INDICATOR = ['indicators off', 'left indicator flashing', 'right indicator flashing', 'hazard lights: both indicators flashing'];
const ZONE = ['clear', 'warning zone', 'braking zone', 'emergency braking zone'];
const DOOR = ['front left', 'front right', 'rear left', 'rear right'];

/** The scene's text alternative: what a sighted visitor sees, in one sentence. */
export function describeScene(s: SceneState): string {
	const parts: string[] = [];
	parts.push(s.headlamp === null ? 'headlamps unknown' : (HEADLAMP[s.headlamp] ?? `headlamps ${s.headlamp}`) + (s.headlampAuto ? ' (auto)' : ''));
	parts.push(s.indicator === null ? 'indicators unknown' : (INDICATOR[s.indicator] ?? `indicators ${s.indicator}`));
	parts.push(s.brakeLamp === null ? 'brake lights unknown' : s.brakeLamp ? 'brake lights on' : 'brake lights off');
	if (s.reverseLamp) parts.push('reversing light on');
	if (s.steerDeg !== null) {
		const a = Math.round(s.steerDeg);
		parts.push(a === 0 ? 'front wheels straight' : `front wheels turned ${Math.abs(a)}° ${a > 0 ? 'left' : 'right'}`);
	}
	if (s.doors.every((d) => d === null)) parts.push('doors unknown');
	else {
		const open = DOOR.filter((_, i) => s.doors[i] === 1);
		parts.push(open.length === 0 ? 'doors closed' : `${open.join(', ')} door${open.length > 1 ? 's' : ''} open`);
	}
	parts.push(obstacleText(s));
	if (s.brakePct !== null && s.brakePct > 0) parts.push(`brakes ${Math.round(s.brakePct)} %${s.brakeState ? ` (${s.brakeState})` : ''}`);
	const text = parts.join(', ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `obstacle 12 m ahead: braking zone`, `no obstacle within 200 m`, `distance unknown`. */
export function obstacleText(s: SceneState): string {
	if (s.sensorFault) return 'distance sensor fault (no emergency braking)';
	if (s.distance === null) return 'distance unknown';
	if (s.detected === 0 || s.distance >= SENSOR_RANGE_M) return `no obstacle within ${SENSOR_RANGE_M} m`;
	const d = s.distance < 10 ? s.distance.toFixed(1) : Math.round(s.distance).toString();
	return `obstacle ${d} m ahead: ${s.zone === null ? 'zone unknown' : (ZONE[s.zone] ?? `zone ${s.zone}`)}`;
}
