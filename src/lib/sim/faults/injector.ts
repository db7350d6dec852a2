/**
 * Injects the catalog's faults (catalog.ts) into a running Simulation, each where it happens: sensors
 * through `sim.sensor(ecu, ch).fault`; actuators and the plant through hooks on the ECU's IO binding and
 * the plant's fault knobs; the bus through a filter at the senders' mailboxes (drop, delay, rewrite), the
 * bus model's own error injection (CRC errors, bus-off) and bench participants (babbling node, spoofing);
 * ECUs by not running their main loop (hang, until their hardware watchdog resets them), reset, trap and
 * power off. Everything acts on virtual time: same seed, same faults, same run. docs/faults.md.
 */
import { FLAG_EXT } from '../../can/frame';
import { e2eCrc } from '../../can/net-stats';
import { babblingNode } from '../bench/babble';
import type { BenchParticipant } from '../bench/participant';
import { SpoofGenerator } from '../bench/spoof';
import type { Plant } from '../plant/plant';
import type { Simulation } from '../simulation';
import { ACTUATORS, faultDef, faultLabel, parseId, type FaultDef, type FaultSpec } from './catalog';

/** Hardware watchdog timeout of each ECU, ms (the `*_HW_WDG_MS` / `*_WDG_TIMEOUT_MS` of its C source). */
export const HW_WATCHDOG_MS: Record<string, number> = { cvc: 50, fzc: 50, rzc: 50, sc: 50, bcm: 50, icu: 100, tcu: 100 };

/** A marker: a fault was injected, cleared, or ended by itself (a watchdog reset, the last corrupted frame). */
export interface FaultEvent {
	t_us: number;
	action: 'inject' | 'clear' | 'end';
	/** Handle of the fault (as `inject` returned it). */
	handle: number;
	kind: string;
	label: string;
}

export interface ActiveFault {
	handle: number;
	spec: FaultSpec;
	def: FaultDef;
	t_us: number;
	label: string;
}

type SendFn = (node: number, t: number, id: number, flags: number, dlc: number, data: ArrayLike<number>, offset?: number) => boolean;

/** What a mailbox filter does to one frame: undefined = unchanged, null = dropped (or taken over). */
type MailboxFilter = (node: number, t: number, id: number, flags: number, dlc: number, data: Uint8Array) => Uint8Array | null | undefined;

interface Held {
	due: number;
	node: number;
	id: number;
	flags: number;
	dlc: number;
	data: Uint8Array;
}

interface Live {
	a: ActiveFault;
	undo: () => void | Promise<void>;
}

const ACTUATOR_ECU: Record<(typeof ACTUATORS)[number], string> = { steer: 'fzc', brake: 'fzc', motor: 'rzc' };

/** Reads and writes one actuator command of the plant. */
function actuatorField(which: string): 'steer_angle_cmd_deg' | 'brake_pressure_cmd_bar' | 'motor_torque_cmd_nm' {
	if (which === 'steer') return 'steer_angle_cmd_deg';
	if (which === 'brake') return 'brake_pressure_cmd_bar';
	if (which === 'motor') return 'motor_torque_cmd_nm';
	throw new Error(`unknown actuator '${which}' (known: ${ACTUATORS.join(', ')})`);
}

/** Finds the E2E data ID a genuine frame was signed with (its low nibble is in byte 0). */
function findDataId(data: Uint8Array, len: number): number | null {
	const lo = data[0] >> 4;
	for (let hi = 0; hi < 16; hi++) {
		const id = (hi << 4) | lo;
		if (e2eCrc(id, data, 0, len) === data[1]) return id;
	}
	return null;
}

export class FaultInjector implements BenchParticipant {
	#sim: Simulation;
	#next = 1;
	#live = new Map<number, Live>();
	#listeners: ((e: FaultEvent) => void)[] = [];
	#events: FaultEvent[] = [];
	#filters = new Map<number, MailboxFilter[]>();
	#origSend: SendFn | null = null;
	#held: Held[] = [];
	#actHooks = new Map<string, ((plant: Plant) => void)[]>();
	#tickers: ((t: number) => void)[] = [];
	#detach: () => void;

	constructor(sim: Simulation) {
		this.#sim = sim;
		this.#detach = sim.addParticipant(this);
	}

	/** Every event so far, in time order (the markers of the trace and the plots). */
	get events(): readonly FaultEvent[] {
		return this.#events;
	}

	/** Told of every event; returns the unsubscribe function. */
	onEvent(fn: (e: FaultEvent) => void): () => void {
		this.#listeners.push(fn);
		return () => {
			const i = this.#listeners.indexOf(fn);
			if (i >= 0) this.#listeners.splice(i, 1);
		};
	}

	/** The faults in effect now. */
	active(): ActiveFault[] {
		return [...this.#live.values()].map((l) => l.a);
	}

	/**
	 * Injects `spec` now; returns its handle. Throws (nothing injected) on an unknown kind, a missing or
	 * wrong target, an absent ECU (the message lists those present) or a bad parameter.
	 */
	async inject(spec: FaultSpec): Promise<number> {
		const def = faultDef(spec.kind);
		if (def.target !== 'none' && !spec.target) throw new Error(`fault '${def.kind}' needs a target (${def.target}, e.g. ${def.examples[0]})`);
		const handle = this.#next++;
		const a: ActiveFault = { handle, spec: { ...spec }, def, t_us: this.#sim.now_us, label: faultLabel(spec) };
		const undo = await this.#apply(a);
		this.#live.set(handle, { a, undo });
		this.#emit('inject', a);
		return handle;
	}

	/** Clears one fault (its effect ends now); unknown or ended handles are ignored. */
	async clear(handle: number): Promise<void> {
		const l = this.#live.get(handle);
		if (!l) return;
		this.#live.delete(handle);
		await l.undo();
		this.#emit('clear', l.a);
	}

	async clearAll(): Promise<void> {
		for (const h of [...this.#live.keys()]) await this.clear(h);
	}

	/** Detaches from the simulation after clearing every fault. */
	async dispose(): Promise<void> {
		await this.clearAll();
		this.#detach();
	}

	tick(t_us: number): void {
		if (this.#held.length > 0 && this.#origSend) {
			const keep: Held[] = [];
			for (const h of this.#held) {
				if (h.due <= t_us) this.#origSend(h.node, t_us, h.id, h.flags, h.dlc, h.data, 0);
				else keep.push(h);
			}
			this.#held = keep;
		}
		// a ticker may end its fault and remove itself: iterate over a copy
		const ts = this.#tickers.length > 0 ? this.#tickers.slice() : this.#tickers;
		for (let i = 0; i < ts.length; i++) ts[i](t_us);
	}

	#emit(action: FaultEvent['action'], a: ActiveFault): void {
		const e: FaultEvent = { t_us: this.#sim.now_us, action, handle: a.handle, kind: a.def.kind, label: a.label };
		this.#events.push(e);
		for (const l of this.#listeners) l(e);
	}

	/** A fault that ended by itself leaves the active list with an 'end' event. */
	#ended(handle: number): void {
		const l = this.#live.get(handle);
		if (!l) return;
		this.#live.delete(handle);
		void l.undo();
		this.#emit('end', l.a);
	}

	#ticker(fn: (t: number) => void): () => void {
		this.#tickers.push(fn);
		return () => {
			const i = this.#tickers.indexOf(fn);
			if (i >= 0) this.#tickers.splice(i, 1);
		};
	}

	async #apply(a: ActiveFault): Promise<() => void | Promise<void>> {
		const sim = this.#sim;
		const { spec, def } = a;
		const p = spec.param ?? def.param?.default;
		const target = spec.target ?? '';
		switch (def.kind) {
			case 'sensor-stuck':
			case 'sensor-offset':
			case 'sensor-noise':
			case 'sensor-open': {
				const [ecu, ch] = target.split('.');
				if (!ch) throw new Error(`fault '${def.kind}': target '${target}' is not ECU.CHANNEL (e.g. ${def.examples[0]})`);
				const s = sim.sensor(ecu, ch);
				if (def.kind === 'sensor-stuck') s.fault = spec.param === undefined ? { kind: 'stuck' } : { kind: 'stuck', value: spec.param };
				else if (def.kind === 'sensor-offset') s.fault = { kind: 'offset', value: p! };
				else if (def.kind === 'sensor-noise') s.fault = { kind: 'noise', sd: p! };
				else s.fault = { kind: 'open' };
				return () => {
					s.fault = null;
				};
			}
			case 'pedal-disagree': {
				const s = sim.sensor('cvc', 'PEDAL_S2');
				s.fault = { kind: 'offset', value: p! };
				return () => {
					s.fault = null;
				};
			}
			case 'actuator-stuck':
			case 'actuator-weak': {
				const field = actuatorField(target);
				const ecu = ACTUATOR_ECU[target as (typeof ACTUATORS)[number]];
				const held = sim.plant.act[field];
				const factor = p!;
				if (def.kind === 'actuator-weak' && !(factor >= 0 && factor <= 1)) throw new Error(`fault 'actuator-weak': factor ${factor} is not in 0..1`);
				return this.#actuatorHook(ecu, (plant) => {
					plant.act[field] = def.kind === 'actuator-stuck' ? held : plant.act[field] * factor;
				});
			}
			case 'motor-overtemp': {
				const f = sim.plant.faults;
				f.motor_cooling_scale = 0;
				// the plant owns its state; a fault that starts hot is the one exception, set once at injection
				(sim.plant.s as { motor_temp_c: number }).motor_temp_c = Math.max(sim.plant.s.motor_temp_c, p!);
				return () => {
					f.motor_cooling_scale = 1;
				};
			}
			case 'cell-fault': {
				sim.plant.faults.cell_voltage_drop_v = p!;
				return () => {
					sim.plant.faults.cell_voltage_drop_v = 0;
				};
			}
			case 'low-friction': {
				if (!(p! > 0 && p! <= 1)) throw new Error(`fault 'low-friction': scale ${p} is not in (0, 1]`);
				sim.plant.faults.friction_scale = p!;
				return () => {
					sim.plant.faults.friction_scale = 1;
				};
			}
			case 'obstacle': {
				if (!(p! >= 0)) throw new Error(`fault 'obstacle': distance ${p} is not ≥ 0 m`);
				const plant = sim.plant;
				const ob = { s_m: plant.s.distance_m + plant.params.front_overhang_m + p!, speed_mps: 0, length_m: 4.5, appear_s: sim.now_us / 1e6, vanish_s: Infinity };
				const list = plant.scenario.obstacles;
				list.push(ob);
				return () => {
					const i = list.indexOf(ob);
					if (i >= 0) list.splice(i, 1);
				};
			}
			case 'drop-id':
				return this.#filter(parseId(target), () => null);
			case 'delay-id': {
				if (!(p! >= 1)) throw new Error(`fault 'delay-id': delay ${p} ms is not ≥ 1`);
				const delay = Math.round(p!) * 1000;
				return this.#filter(parseId(target), (node, t, id, flags, dlc, data) => {
					this.#held.push({ due: t + delay, node, id, flags, dlc, data: data.slice() });
					return null;
				});
			}
			case 'frozen-alive':
			case 'wrong-e2e-crc': {
				let dataId: number | null = null;
				let frozen = -1;
				const frozenKind = def.kind === 'frozen-alive';
				return this.#filter(parseId(target), (_n, _t, _id, _f, dlc, data) => {
					if (dlc < 2) return undefined;
					const d = data.slice(0, dlc);
					if (!frozenKind) {
						d[1] ^= 0x5a;
						return d;
					}
					dataId ??= findDataId(d, dlc);
					if (frozen < 0) frozen = d[0] & 0x0f;
					d[0] = (d[0] & 0xf0) | frozen;
					if (dataId !== null) d[1] = e2eCrc(dataId, d, 0, dlc);
					return d;
				});
			}
			case 'corrupt-crc': {
				const count = Math.round(p!);
				if (!(count >= 1)) throw new Error(`fault 'corrupt-crc': count ${p} is not ≥ 1`);
				const id = parseId(target);
				sim.bus.corruptNext(id, { count });
				// the bus consumes its count; the fault ends with the last corrupted attempt (the simulation does
				// not report error frames, so they are counted from the bus's error total)
				const h = a.handle;
				const bus = sim.bus;
				const until = bus.stats().errors + count;
				return this.#ticker(() => {
					if (bus.stats().errors >= until) this.#ended(h);
				});
			}
			case 'bus-off': {
				const node = sim.ecu(target).bus;
				// +8 TEC per transmit error: 32 errors take it past 255
				sim.bus.injectTxErrors(node, 32);
				const h = a.handle;
				let wasOff = false;
				const stop = this.#ticker(() => {
					const st = sim.bus.nodeState(node).state;
					if (st === 'busoff') wasOff = true;
					else if (wasOff) this.#ended(h);
				});
				return stop;
			}
			case 'babbling-node': {
				const id = Math.round(p!);
				return sim.addParticipant(babblingNode(id));
			}
			case 'spoof': {
				const data = spec.data ? hexBytes(spec.data) : undefined;
				return sim.addParticipant(new SpoofGenerator({ id: parseId(target), data, period_ms: Math.round(p!) }));
			}
			case 'ecu-hang': {
				const n = sim.ecu(target);
				const host = n.host as { tick: (t: number) => void };
				const t0 = sim.now_us;
				const wdgUs = (HW_WATCHDOG_MS[target] ?? 50) * 1000;
				const h = a.handle;
				// the main loop stops (no ecu_tick); the CAN interrupt still runs. Once the hardware watchdog
				// has run out, the chip restarts: the first tick finds its watchdog expired and resets itself
				// the way it does on hardware (its own reset path, DTC and reset flags included).
				host.tick = (t: number) => {
					if (t - t0 > wdgUs) this.#ended(h);
				};
				return () => {
					delete (host as Partial<typeof host>).tick;
				};
			}
			case 'ecu-reset': {
				const n = sim.ecu(target);
				await n.host.reset(resetSeed(sim, target), sim.now_us);
				const h = a.handle;
				// done once the chip restarted: it ends at the next tick (a microtask would run before inject()
				// has registered the fault, and it would then stay active for ever)
				return this.#ticker(() => this.#ended(h));
			}
			case 'ecu-trap':
			case 'power-off': {
				const n = sim.ecu(target);
				if (def.kind === 'power-off') sim.powerOff(target);
				else {
					n.host.trap = { ecu: target, t_us: sim.now_us, message: 'unreachable (injected trap)' };
					sim.bus.abortPending(n.bus);
				}
				if (def.kind === 'power-off') sim.bus.abortPending(n.bus);
				// clearing restarts the chip: power back on, or the reset that ends a trap
				return () => n.host.reset(resetSeed(sim, target), sim.now_us);
			}
		}
		throw new Error(`fault '${def.kind}' has no injector`);
	}

	#actuatorHook(ecu: string, fn: (plant: Plant) => void): () => void {
		const n = this.#sim.ecu(ecu);
		let hooks = this.#actHooks.get(ecu);
		if (!hooks) {
			const list: ((plant: Plant) => void)[] = [];
			hooks = list;
			this.#actHooks.set(ecu, list);
			const io = n.io as { actuate: typeof n.io.actuate };
			const orig = io.actuate.bind(n.io);
			io.actuate = (out, plant, halted) => {
				orig(out, plant, halted);
				for (let i = 0; i < list.length; i++) list[i](plant);
			};
		}
		const list = hooks;
		list.push(fn);
		return () => {
			const i = list.indexOf(fn);
			if (i >= 0) list.splice(i, 1);
		};
	}

	/** Installs a filter on frames of `id` queued by an ECU (not by the bench). */
	#filter(id: number, f: MailboxFilter): () => void {
		this.#wrapSend();
		let list = this.#filters.get(id);
		if (!list) this.#filters.set(id, (list = []));
		list.push(f);
		const l = list;
		return () => {
			const i = l.indexOf(f);
			if (i >= 0) l.splice(i, 1);
			if (l.length === 0) this.#filters.delete(id);
		};
	}

	#wrapSend(): void {
		if (this.#origSend) return;
		const bus = this.#sim.bus as unknown as { send: SendFn };
		const orig = bus.send.bind(this.#sim.bus);
		this.#origSend = orig;
		const bench = this.#sim.benchNode;
		const filters = this.#filters;
		bus.send = (node, t, id, flags, dlc, data, offset = 0) => {
			const list = node === bench || flags & FLAG_EXT ? undefined : filters.get(id);
			if (!list) return orig(node, t, id, flags, dlc, data, offset);
			let d: Uint8Array = Uint8Array.from({ length: Math.min(64, data.length - offset) }, (_, i) => data[offset + i]);
			for (const f of list) {
				const r = f(node, t, id, flags, dlc, d);
				// the ECU believes its frame went out: a lost frame, not a full mailbox
				if (r === null) return true;
				if (r) d = r;
			}
			return orig(node, t, id, flags, dlc, d, 0);
		};
	}
}

/** A reset's seed: derived from the run's seed, the ECU and the time, so a rerun resets identically. */
function resetSeed(sim: Simulation, ecu: string): number {
	let x = (sim.seed ^ Math.imul(ecu.charCodeAt(0) * 31 + ecu.charCodeAt(1), 0x9e3779b1) ^ sim.now_us) >>> 0;
	x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
	return (x ^ (x >>> 13)) >>> 0;
}

/** `"01 ff 2a"` or `"01ff2a"` → bytes; throws on anything else. */
export function hexBytes(s: string): Uint8Array {
	const h = s.replace(/[\s:]/g, '');
	if (!/^([0-9a-f]{2}){0,8}$/i.test(h)) throw new Error(`'${s}' is not a payload of 0..8 hex bytes`);
	return Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
}
