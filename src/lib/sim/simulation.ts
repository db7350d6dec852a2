/**
 * The whole vehicle on virtual time: plant, ECUs (one wasm instance each) and the CAN bus, stepped by a
 * 1 ms scheduler. Runs unchanged in a browser Web Worker, a Node worker_thread and the CLI.
 */
import { CanBus } from '../can/bus/bus';
import { FrameBatchBuilder, dlcToLen, type FrameBatch } from '../can/frame';
import type { BenchParticipant, BenchPort } from './bench/participant';
import { DriverModel } from './driver';
import { EcuHost, type EcuTrap } from './ecu-host';
import { bindEcuIo, type DriverInputs, type IoBinding, defaultDriverInputs } from './io-binding';
import { Plant } from './plant/plant';
import { getProfile, type DriveProfile } from './profiles';
import { Rng } from './rng';
import { IO } from './io-channels';
import type { Sensor } from './sensors';

export type { DriverInputs } from './io-binding';

/** The seven ECUs, in the DBC's node order. */
export const ECU_NAMES = ['cvc', 'fzc', 'rzc', 'sc', 'bcm', 'icu', 'tcu'] as const;
export type EcuName = (typeof ECU_NAMES)[number];

export interface SimOptions {
	seed: number;
	/** Drive profile the autopilot follows from t = 0, or null for manual inputs. */
	profile?: string | null;
	/** Nominal bit rate, bit/s (default 500 k). */
	bitrate?: number;
	/**
	 * What each ECU's NVM holds at power-on (ECU name → block → bytes); absent: every ECU a new part. Part of
	 * a run's input: the same seed gives the same frames only from the same NVM. Not changed by the run.
	 */
	nvm?: NvmImage;
	/** Told after every `nvm_write` from power-on (`ecu_init` may write): an `nvm` tap added before init. */
	onNvmWrite?: NvmTap;
}

/**
 * A frame completed on the bus, at its end-of-frame time: `data[offset..offset+len)` is the payload (valid
 * only during the call), `sender` the sending node's name (`BENCH`, `CVC`, …) and `node` its bus index.
 */
export type FrameTap = (t_us: number, id: number, flags: number, dlc: number, data: Uint8Array, offset: number, sender: string, node: number) => void;
export type LogTap = (ecu: string, level: number, text: string) => void;
export type NvmTap = (ecu: string, block: number, bytes: Uint8Array) => void;
/** An ECU booted an image it downloaded (UDS 0x34/0x36/0x37 and a reset): its bytes and compiled module. */
export type FlashTap = (ecu: string, bytes: Uint8Array, module: WebAssembly.Module) => void;

/** The simulation's observers, by event (docs/architecture.md, "Taps"). */
export interface SimEvents {
	frame: FrameTap;
	log: LogTap;
	nvm: NvmTap;
	flash: FlashTap;
}

/** The NVM of a vehicle: ECU name → block number → the block's bytes (read-only; writes replace them). */
export type NvmImage = Map<string, Map<number, Uint8Array>>;

export type { FloodOptions } from './bench/flood';
import type { FloodOptions } from './bench/flood';

export interface EcuStatus {
	name: string;
	trap: EcuTrap | null;
	ioErrors: number;
	txOverflows: number;
	txErrors: number;
}

/** What the instrument cluster (the ICU's display outputs) shows the driver; null without an ICU. */
export interface ClusterView {
	speed_kph: number;
	soc_pct: number;
	/** 0 P, 1 R, 2 N, 3 D. */
	gear: number;
	/** Bit n = ClusterDisplay telltale n of the DBC. */
	telltales: number;
	/** WarningTextId of the DBC. */
	warning: number;
	power_kw: number;
}

export interface SimSnapshot {
	t_us: number;
	seed: number;
	profile: string | null;
	/** tracking_rms_kph: RMS of (speed − profile target) since the autopilot took over. */
	plant: { speed_kph: number; target_kph: number; tracking_rms_kph: number; soc_pct: number; motor_torque_nm: number; ambient_lux: number };
	inputs: DriverInputs;
	cluster: ClusterView | null;
	ecus: EcuStatus[];
	bus: { load: number; frames: number; errors: number };
	/** Flood mode settings, null when off (filled in by the worker API, which owns the flood generator). */
	flood: Required<FloodOptions> | null;
}

export interface Node {
	name: string;
	host: EcuHost;
	bus: number;
	io: IoBinding;
	txOverflows: number;
	txErrors: number;
}

const TICK_US = 1000;
const SLOW_SENSOR_US = 10_000;

/** Derives a per-ECU seed so each chip's PRNG differs but the run stays reproducible. */
function ecuSeed(seed: number, index: number): number {
	let x = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
	x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
	return (x ^ (x >>> 13)) >>> 0;
}

export class Simulation {
	readonly bus: CanBus;
	readonly plant: Plant;
	readonly nodes: Node[] = [];
	/** Bus index of the bench interface (diagnostic tester, injected frames). */
	readonly benchNode: number;
	readonly inputs: DriverInputs = defaultDriverInputs();
	#now = 0;
	#seed: number;
	#driver = new DriverModel();
	#profile: DriveProfile | null = null;
	#profileT0 = 0;
	#target_mps = 0;
	#trackSq = 0; // Σ (speed − target)², m²/s², over the ticks the autopilot drove
	#trackN = 0;
	#nvm: NvmImage = new Map();
	// taps as plain arrays: the frame taps run for every frame on the bus, so no iterator, no Set
	#frameTaps: FrameTap[] = [];
	#logTaps: LogTap[] = [];
	#nvmTaps: NvmTap[] = [];
	#flashTaps: FlashTap[] = [];
	#participants: BenchParticipant[] = [];
	#port: BenchPort;

	private constructor(opts: SimOptions) {
		this.#seed = opts.seed >>> 0;
		if (opts.onNvmWrite) this.on('nvm', opts.onNvmWrite);
		// blocks of an ECU without an image are kept too, so a run without it does not lose them
		for (const [ecu, blocks] of opts.nvm ?? []) this.#nvm.set(ecu, new Map(blocks));
		this.bus = new CanBus({ bitrate: opts.bitrate ?? 500_000 });
		// The bench's own CAN interface (what the trace and the tester use) is a node on the bus: it
		// acknowledges frames, so a lone ECU is not stuck retransmitting for want of an ACK.
		this.benchNode = this.bus.addNode('BENCH');
		const bench = this.benchNode;
		this.#port = {
			node: bench,
			send: (t_us, id, flags, dlc, data) => this.bus.send(bench, t_us, id, flags, dlc, data, 0)
		};
		this.plant = new Plant();
		if (opts.profile) this.setAutopilot(opts.profile);
	}

	/**
	 * Builds the vehicle from the ECU images present in `images` (name → compiled module). An ECU whose
	 * image is absent is absent from the bus, like an unplugged connector.
	 */
	static async create(opts: SimOptions, images: Map<string, WebAssembly.Module>): Promise<Simulation> {
		const sim = new Simulation(opts);
		for (let i = 0; i < ECU_NAMES.length; i++) {
			const name = ECU_NAMES[i];
			const module = images.get(name);
			if (!module) continue;
			const busIndex = sim.bus.addNode(name.toUpperCase());
			// each ECU's sensors draw noise from their own stream, so adding an ECU leaves the others' noise alone
			const sensorRng = new Rng(ecuSeed(sim.#seed, i) ^ 0x5e5e5e5e);
			const node: Node = { name, host: null as unknown as EcuHost, bus: busIndex, io: bindEcuIo(name, sensorRng), txOverflows: 0, txErrors: 0 };
			node.host = await EcuHost.create(name, module, {
				canTx: (id, flags, dlc, data, offset) => {
					try {
						if (sim.bus.send(busIndex, sim.#now, id, flags, dlc, data, offset)) return 0;
					} catch (e) {
						// a malformed frame (bad DLC, ID out of range) is the firmware's bug: count it, report it
						node.txErrors++;
						sim.#emitLog(name, 3, `can_tx rejected: ${(e as Error).message}`);
						return -2;
					}
					node.txOverflows++;
					return -1;
				},
				log: (level, text) => sim.#emitLog(name, level, text),
				nvm: sim.#nvmOf(name),
				nvmWritten: (block, bytes) => {
					const taps = sim.#nvmTaps;
					for (let k = 0; k < taps.length; k++) taps[k](name, block, bytes);
				},
				imageBooted: (bytes, module) => {
					for (const t of [...sim.#flashTaps]) t(name, bytes, module);
				}
			});
			sim.nodes.push(node);
		}
		sim.#busNames[sim.benchNode] = 'BENCH';
		for (const n of sim.nodes) sim.#busNames[n.bus] = n.name.toUpperCase();
		for (let i = 0; i < sim.nodes.length; i++) {
			const n = sim.nodes[i];
			n.io.sense(sim.plant, sim.inputs, n.host.inputs, true);
			n.host.init(ecuSeed(sim.#seed, ECU_NAMES.indexOf(n.name as EcuName)), 0);
		}
		return sim;
	}

	#nvmOf(ecu: string): Map<number, Uint8Array> {
		let m = this.#nvm.get(ecu);
		if (!m) this.#nvm.set(ecu, (m = new Map()));
		return m;
	}

	/** What the ECUs' NVM holds now (a copy of the maps; pass it to `create` for a power cycle that keeps it). */
	nvm(): NvmImage {
		const out: NvmImage = new Map();
		for (const [ecu, blocks] of this.#nvm) if (blocks.size > 0) out.set(ecu, new Map(blocks));
		return out;
	}

	get now_us(): number {
		return this.#now;
	}

	get seed(): number {
		return this.#seed;
	}

	/**
	 * Adds a tap: `frame` for every frame on the bus in bus order, `log` for the ECUs' log lines, `nvm` after
	 * every `nvm_write` in virtual-time order, `flash` when an ECU booted a downloaded image. Taps only observe; they may be added and removed between or
	 * during steps. Returns the tap's unsubscribe function.
	 */
	on<K extends keyof SimEvents>(event: K, fn: SimEvents[K]): () => void {
		const list = (event === 'frame' ? this.#frameTaps : event === 'log' ? this.#logTaps : event === 'nvm' ? this.#nvmTaps : this.#flashTaps) as SimEvents[K][];
		list.push(fn);
		return () => {
			const i = list.indexOf(fn);
			if (i >= 0) list.splice(i, 1);
		};
	}

	#emitLog(ecu: string, level: number, text: string): void {
		const taps = this.#logTaps;
		for (let k = 0; k < taps.length; k++) taps[k](ecu, level, text);
	}

	/**
	 * Attaches a bench participant (flood generator, tester, fault injector, attacker) to the bench's bus node:
	 * it ticks after the ECUs every 1 ms and sees every completed frame, on virtual time. Returns the detach
	 * function.
	 */
	addParticipant(p: BenchParticipant): () => void {
		this.#participants.push(p);
		p.attach?.(this.#port, this.#now);
		return () => {
			const i = this.#participants.indexOf(p);
			if (i >= 0) this.#participants.splice(i, 1);
		};
	}

	/** Name of the bus node with index `node` (`BENCH`, `CVC`, …). */
	nodeName(node: number): string {
		return this.#busNames[node] ?? `node${node}`;
	}
	#busNames: string[] = [];

	/** Follow a drive profile with the driver model (null: manual inputs). Throws on an unknown name. */
	setAutopilot(profile: string | null): void {
		this.#profile = profile ? getProfile(profile) : null;
		this.#profileT0 = this.#now;
		this.#trackSq = 0;
		this.#trackN = 0;
		this.#driver.reset();
		if (!profile) {
			this.inputs.accel = 0;
			this.inputs.brake = 0;
		}
	}

	/** Manual driver inputs (pedals, steering, switches); pedals are ignored while the autopilot drives. */
	setInputs(p: Partial<DriverInputs>): void {
		Object.assign(this.inputs, p);
	}

	/** The ECU node by name, or throws naming the ECUs that are on the bus. */
	ecu(name: string): Node {
		const n = this.nodes.find((x) => x.name === name);
		if (!n) throw new Error(`no ECU '${name}' on the bus (present: ${this.nodes.map((x) => x.name).join(', ') || 'none'})`);
		return n;
	}

	/** Cuts an ECU's power: it stops executing and sending, like a pulled fuse; its outputs drop to 0. */
	powerOff(name: string): void {
		const n = this.ecu(name);
		n.host.trap = { ecu: name, t_us: this.#now, message: 'powered off' };
	}

	/**
	 * The ECU resets into another image now: a new instance of `module` on the same bus node, NVM kept, the
	 * rest of the vehicle untouched (docs/ota.md; a download through UDS does this by itself at its reset).
	 */
	replaceImage(ecu: string, module: WebAssembly.Module): void {
		this.ecu(ecu).host.replaceImage(module, this.#now);
	}

	/** One of an ECU's sensors (fault injection): `sim.sensor('cvc', 'PEDAL_S2').fault = {kind: 'offset', value: 10}`. */
	sensor(ecu: string, channel: string): Sensor {
		const s = this.ecu(ecu).io.sensors[channel];
		if (!s) throw new Error(`ECU '${ecu}' has no sensor '${channel}' (has: ${Object.keys(this.ecu(ecu).io.sensors).join(', ')})`);
		return s;
	}

	/**
	 * Puts a frame on the bus from the bench's interface (a tester, a fault injector) at the current virtual
	 * time. Returns false when the bench node's mailboxes are full; throws on a malformed frame.
	 */
	inject(id: number, flags: number, dlc: number, data: ArrayLike<number>): boolean {
		return this.bus.send(this.benchNode, this.#now, id, flags, dlc, data, 0);
	}

	/** Advances `ms` 1 ms ticks. */
	step(ms: number): void {
		const nodes = this.nodes;
		const plant = this.plant;
		for (let k = 0; k < ms; k++) {
			const t = this.#now;
			if (this.#profile) {
				const pt = (t - this.#profileT0) / 1e6;
				this.#target_mps = this.#profile.speedAt(pt);
				const e = plant.s.speed_mps - this.#target_mps;
				this.#trackSq += e * e;
				this.#trackN++;
				this.#driver.follow(this.#profile, pt, plant.s.speed_mps, 0.001);
				this.inputs.accel = this.#driver.accel_pedal;
				this.inputs.brake = this.#driver.brake_pedal;
			}
			for (let i = 0; i < nodes.length; i++) nodes[i].io.actuate(nodes[i].host.outputs, plant, nodes[i].host.halted);
			plant.step(0.001);
			const slow = t % SLOW_SENSOR_US === 0; // the 10 ms conversions of the slow sensors (io-binding.ts)
			for (let i = 0; i < nodes.length; i++) {
				const n = nodes[i];
				n.io.sense(plant, this.inputs, n.host.inputs, slow);
				n.host.tick(t);
			}
			const ps = this.#participants;
			for (let i = 0; i < ps.length; i++) ps[i].tick?.(t);
			this.#now = t + TICK_US;
			this.bus.advanceTo(this.#now, this.#deliver);
		}
	}

	#deliver = (tEnd: number, id: number, flags: number, dlc: number, data: Uint8Array, offset: number, sender: number): void => {
		const len = dlcToLen(dlc);
		const nodes = this.nodes;
		const bus = this.bus;
		const anyOff = bus.busOffNodes > 0;
		for (let i = 0; i < nodes.length; i++) {
			const n = nodes[i];
			if (n.bus !== sender && (!anyOff || bus.isOnline(n.bus))) n.host.rx(tEnd, id, flags, dlc, data, offset, len);
		}
		const taps = this.#frameTaps;
		if (taps.length > 0) {
			const name = this.#busNames[sender];
			for (let k = 0; k < taps.length; k++) taps[k](tEnd, id, flags, dlc, data, offset, name, sender);
		}
		const ps = this.#participants;
		for (let i = 0; i < ps.length; i++) ps[i].rx?.(tEnd, id, flags, dlc, data, offset, sender);
	};

	#cluster(): ClusterView | null {
		const icu = this.nodes.find((n) => n.name === 'icu');
		if (!icu || icu.host.halted) return null;
		const o = icu.host.outputs;
		const c = IO.icu;
		return {
			speed_kph: o[c.DISPLAY_SPEED.ch] / 10,
			soc_pct: o[c.DISPLAY_SOC.ch],
			gear: o[c.DISPLAY_GEAR.ch],
			telltales: o[c.TELLTALES.ch],
			warning: o[c.WARNING_TEXT.ch],
			power_kw: o[c.DISPLAY_POWER.ch] / 10
		};
	}

	snapshot(): SimSnapshot {
		const s = this.plant.s;
		const st = this.bus.stats();
		return {
			t_us: this.#now,
			seed: this.#seed,
			profile: this.#profile?.name ?? null,
			plant: {
				speed_kph: s.speed_mps * 3.6,
				target_kph: this.#target_mps * 3.6,
				tracking_rms_kph: this.#trackN ? Math.sqrt(this.#trackSq / this.#trackN) * 3.6 : 0,
				soc_pct: s.soc_true * 100,
				motor_torque_nm: s.motor_torque_nm,
				ambient_lux: s.ambient_lux
			},
			inputs: { ...this.inputs },
			cluster: this.#cluster(),
			ecus: this.nodes.map((n) => ({ name: n.name, trap: n.host.trap, ioErrors: n.host.ioErrors, txOverflows: n.txOverflows, txErrors: n.txErrors })),
			bus: { load: st.busLoad, frames: st.frames, errors: st.errors },
			flood: null
		};
	}
}

/**
 * A frame tap that gathers the frames into FrameBatches (channel column = the sending bus node): what the
 * worker sends to the page and what tests inspect. `stop()` removes the tap.
 */
export function collectFrames(sim: Simulation, capacity = 4096): { take(): FrameBatch; stop(): void } {
	const b = new FrameBatchBuilder(capacity);
	const stop = sim.on('frame', (t, id, flags, dlc, data, offset, _sender, node) => b.push(t, id, flags, dlc, data, offset, node));
	return { take: () => b.take(), stop };
}
