/**
 * `sim` / `sim:SEED`: the same Simulation as the page, in a Node worker_thread, paced to real time (×1)
 * by the worker's Pacer and drivable over the live protocol (`{op:'sim', cmd, args}`). Frames sent to it
 * go on the bus from the bench node.
 */
import * as Comlink from 'comlink';
import type { FrameBatch } from '../../src/lib/can/frame';
import { PROFILES } from '../../src/lib/sim/profiles';
import type { DriverInputs, FloodOptions, SimSnapshot } from '../../src/lib/sim/simulation';
import { spawnSimWorker, type SimWorker } from '../../src/lib/worker/node-spawn';
import type { StreamEvent } from '../../src/lib/worker/api';
import type { ActiveFaultInfo } from '../../src/lib/worker/faults-api';
import type { FaultEvent } from '../../src/lib/sim/faults/injector';
import { checkFaultSpec } from '../../src/lib/sim/faults/check';
import { diagMethod, type DiagBackend, type DiagCommand } from '../diag';
import { checkFrame } from '../frame-check';
import { SourceListeners } from './listeners';
import type { ObservableSource } from '../hub';
import type { TraceEntry } from '../../src/lib/diag/tester';
import type { CanFrameOut, SessionEvent, SourceInfo, SourceState } from '../types';

/** The commands `{op:'sim'}` accepts. */
export const SIM_COMMANDS = ['setInputs', 'setAutopilot', 'reset', 'setSpeed', 'start', 'pause', 'setFlood'] as const;
export type SimCommand = (typeof SIM_COMMANDS)[number];

/** A command whose arguments are wrong; `message` says which and why. */
export class SimCommandError extends Error {}

const STATUS_EVERY_MS = 100; // ≤ 10 snapshots a second: enough for a dashboard, cheap on the socket

const INPUT_CHECK: Record<keyof DriverInputs, (v: unknown) => boolean> = {
	accel: (v) => typeof v === 'number' && v >= 0 && v <= 1,
	brake: (v) => typeof v === 'number' && v >= 0 && v <= 1,
	steer_deg: (v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 720,
	gear: (v) => v === 0 || v === 1 || v === 2 || v === 3,
	estop: (v) => typeof v === 'boolean',
	turnStalk: (v) => v === 0 || v === 1 || v === 2,
	hazard: (v) => typeof v === 'boolean',
	lightSwitch: (v) => v === 0 || v === 1 || v === 2 || v === 3,
	doorsOpen: (v) => Array.isArray(v) && v.length === 4 && v.every((d) => typeof d === 'boolean'),
	lockButton: (v) => v === 0 || v === 1 || v === 2
};

const INPUT_HELP: Record<keyof DriverInputs, string> = {
	accel: 'a number 0..1',
	brake: 'a number 0..1',
	steer_deg: 'degrees, -720..720',
	gear: '0 P, 1 R, 2 N, 3 D',
	estop: 'true or false',
	turnStalk: '0 off, 1 left, 2 right',
	hazard: 'true or false',
	lightSwitch: '0 OFF, 1 AUTO, 2 LOW, 3 HIGH',
	doorsOpen: 'four booleans (FL, FR, RL, RR)',
	lockButton: '0 none, 1 lock, 2 unlock'
};

/** What `{op:'fault'}` may ask. */
export const FAULT_ACTIONS = ['inject', 'clear', 'clear-all', 'list'] as const;
export type FaultAction = (typeof FAULT_ACTIONS)[number];

export interface SimSourceOptions {
	channel: number;
	seed?: number;
	/** Drive profile the autopilot follows from the start; default none (parked, drivable). */
	profile?: string | null;
	/** Speed factor; default 1 (real time). */
	speed?: number;
}

export class SimSource extends SourceListeners implements ObservableSource {
	readonly kind = 'sim' as const;
	readonly name: string;
	readonly channel: number;
	#w: SimWorker | null = null;
	#state: SourceState = 'stopped';
	#error: string | undefined;
	#framesIn = 0;
	#framesOut = 0;
	#seed: number;
	readonly #profile: string | null;
	readonly #speed: number;
	readonly #status = new Set<(s: SimSnapshot) => void>();
	readonly #faultEvents = new Set<(e: FaultEvent) => void>();
	#statusTimer: ReturnType<typeof setInterval> | null = null;
	#lastStatusT = -1;
	#statusBusy = false;

	constructor(o: SimSourceOptions) {
		super();
		this.channel = o.channel;
		this.#seed = o.seed ?? 1;
		this.#profile = o.profile ?? null;
		this.#speed = o.speed ?? 1;
		this.name = o.seed !== undefined && o.seed !== 1 ? `sim:${o.seed}` : 'sim';
	}

	async start(): Promise<void> {
		this.#state = 'starting';
		const w = spawnSimWorker();
		this.#w = w;
		w.worker.on('error', (e) => this.#fail(`simulation worker failed: ${e.message}`));
		w.worker.on('exit', (code) => {
			if (this.#state === 'running' || this.#state === 'starting') this.#fail(`simulation worker exited with code ${code}`);
		});
		try {
			const r = await w.api.init({ seed: this.#seed, profile: this.#profile });
			if (r.ecus.length === 0) throw new Error('no ECU images in static/wasm/ (run npm run build:wasm)');
			// batches and session markers through one listener, so one port, in order: a marker can never
			// overtake the last batch of the old run, nor a batch its marker (StreamEvent, src/lib/worker/api.ts)
			await w.api.subscribeStream(
				Comlink.proxy((e: StreamEvent) => {
					if ('session' in e) this.emitSession({ reason: e.session.reason, channel: this.channel, t_us: e.session.t_us });
					else this.#onFrames(e.batch);
				})
			);
			await w.api.subscribeFaultEvents(Comlink.proxy((e: FaultEvent) => this.#faultEvents.forEach((fn) => fn(e))));
			await w.api.setSpeed(this.#speed);
			await w.api.start();
		} catch (e) {
			await w.terminate().catch(() => {});
			this.#w = null;
			this.#state = 'failed';
			this.#error = (e as Error).message;
			throw new Error(`sim: ${(e as Error).message}`);
		}
		this.#state = 'running';
		this.emitSession({ reason: 'reset', channel: this.channel, t_us: 0 });
	}

	async stop(): Promise<void> {
		this.#stopStatus();
		const w = this.#w;
		this.#w = null;
		if (this.#state !== 'failed') this.#state = 'stopped';
		if (w) await w.terminate().catch(() => {});
	}

	/** Snapshots at ≤ 10/s while the virtual time moves (and once after each command); returns the unsubscribe. */
	onStatus(fn: (s: SimSnapshot) => void): () => void {
		this.#status.add(fn);
		this.#statusTimer ??= setInterval(() => this.#pollStatus(false), STATUS_EVERY_MS);
		return () => {
			this.#status.delete(fn);
			if (this.#status.size === 0) this.#stopStatus();
		};
	}

	send(f: CanFrameOut): void {
		checkFrame(f);
		const api = this.#api();
		this.#framesOut++;
		// the worker answers false when the bench node's mailboxes are full: the frame is lost like on a
		// real interface with a full TX queue, and counted here
		api.inject(f.id, f.flags, f.dlc, f.data.slice(0, 64)).then(
			(ok) => {
				if (!ok) this.#framesOut--;
			},
			() => this.#framesOut--
		);
	}

	/**
	 * The diagnostic tester inside the worker (a bench participant on virtual time, docs/diagnostics.md):
	 * `call` runs `diag<Cmd>` there with arguments checked by server/diag.ts.
	 */
	readonly diag: DiagBackend = {
		call: async (cmd: DiagCommand, args: unknown[]) => {
			const api = this.#api() as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
			return api[diagMethod(cmd)](...args);
		},
		onTrace: async (fn: (entries: TraceEntry[]) => void) => {
			const unsub = await this.#api().diagSubscribeTrace(Comlink.proxy(fn));
			// a Comlink proxy: the call is a message to the worker and may fail once it is gone
			return () => void Promise.resolve(unsub() as unknown).catch(() => {});
		}
	};

	/** Told of every fault injected, cleared or ended on this vehicle (virtual time `t_us`); returns the unsubscribe. */
	onFaultEvent(fn: (e: FaultEvent) => void): () => void {
		this.#faultEvents.add(fn);
		return () => void this.#faultEvents.delete(fn);
	}

	/**
	 * The Faults panel on the server's vehicle (docs/faults.md, "In live mode"): injects, clears or lists
	 * catalog faults; resolves with the faults active afterwards. Throws SimCommandError on a bad request (unknown
	 * kind, bad target, absent ECU, unknown handle), naming what is wrong.
	 */
	async fault(action: unknown, spec: unknown, handle: unknown): Promise<{ handle?: number; active: ActiveFaultInfo[] }> {
		const api = this.#api();
		const refused = (e: unknown): never => {
			// the worker validates against the vehicle; whatever it refuses is the request's fault
			throw new SimCommandError(`fault ${String(action)}: ${(e as Error).message}`);
		};
		switch (action as FaultAction) {
			case 'inject': {
				let checked;
				try {
					checked = checkFaultSpec(spec);
				} catch (e) {
					return refused(e);
				}
				const r = await api.faultInject(checked).catch(refused);
				return r;
			}
			case 'clear':
				if (!Number.isInteger(handle)) throw new SimCommandError(`fault clear needs "handle": the integer inject answered (got ${JSON.stringify(handle)})`);
				return { active: await api.faultClear(handle as number).catch(refused) };
			case 'clear-all':
				return { active: await api.faultClearAll() };
			case 'list':
				return { active: await api.faultsActive() };
			default:
				throw new SimCommandError(`fault "action" must be one of ${FAULT_ACTIONS.join(', ')} (got ${JSON.stringify(action)})`);
		}
	}

	/**
	 * Runs a drive command; throws SimCommandError on bad arguments. Commands run one after another in the
	 * order they came: a reset builds a new vehicle in the worker, and an autopilot chosen right after it
	 * must reach the new vehicle, not the one being replaced.
	 */
	control(cmd: string, args: unknown): Promise<void> {
		const run = this.#commands.then(() => this.#control(cmd, args));
		this.#commands = run.catch(() => undefined);
		return run;
	}
	#commands: Promise<unknown> = Promise.resolve();

	async #control(cmd: string, args: unknown): Promise<void> {
		const api = this.#api();
		switch (cmd as SimCommand) {
			case 'setInputs': {
				if (!isObject(args)) throw new SimCommandError('setInputs needs an object of driver inputs, e.g. {"accel":0.3}');
				const out: Partial<DriverInputs> = {};
				for (const [k, v] of Object.entries(args)) {
					if (!(k in INPUT_CHECK)) throw new SimCommandError(`setInputs: unknown input '${k}' (known: ${Object.keys(INPUT_CHECK).join(', ')})`);
					const key = k as keyof DriverInputs;
					if (!INPUT_CHECK[key](v)) throw new SimCommandError(`setInputs: ${k} must be ${INPUT_HELP[key]} (got ${JSON.stringify(v)})`);
					(out as Record<string, unknown>)[k] = v;
				}
				await api.setInputs(out);
				break;
			}
			case 'setAutopilot': {
				const p = isObject(args) ? args.profile : args;
				if (p !== null && (typeof p !== 'string' || !(p in PROFILES)))
					throw new SimCommandError(`setAutopilot: profile must be null or one of ${Object.keys(PROFILES).join(', ')} (got ${JSON.stringify(p)})`);
				await api.setAutopilot(p);
				break;
			}
			case 'reset': {
				const seed = isObject(args) ? args.seed : args;
				if (seed !== undefined && seed !== null && !(Number.isInteger(seed) && (seed as number) >= 0 && (seed as number) <= 0xffffffff))
					throw new SimCommandError(`reset: seed must be an integer 0..4294967295 (got ${JSON.stringify(seed)})`);
				const nvm = isObject(args) && args.nvm === 'erase' ? 'erase' : 'keep';
				if (typeof seed === 'number') this.#seed = seed;
				await api.reset(this.#seed, nvm);
				this.#lastStatusT = -1;
				break;
			}
			case 'setSpeed': {
				const s = isObject(args) ? args.speed : args;
				if (s === 'max') await api.setSpeed(Infinity);
				else if (typeof s === 'number' && s > 0 && s <= 1000) await api.setSpeed(s);
				else throw new SimCommandError(`setSpeed: speed must be a number 0 < speed <= 1000 or "max" (got ${JSON.stringify(s)})`);
				break;
			}
			case 'start':
				await api.start();
				break;
			case 'pause':
				await api.pause();
				break;
			case 'setFlood': {
				if (args === null || args === false) await api.setFlood(null);
				else if (args === true || args === undefined) await api.setFlood({});
				else if (isObject(args)) {
					const o: FloodOptions = {};
					if (args.id !== undefined) {
						if (!Number.isInteger(args.id) || (args.id as number) < 0 || (args.id as number) > 0x7ff)
							throw new SimCommandError(`setFlood: id must be a standard ID 0..0x7FF (got ${JSON.stringify(args.id)})`);
						o.id = args.id as number;
					}
					if (args.dlc !== undefined) {
						if (!Number.isInteger(args.dlc) || (args.dlc as number) < 0 || (args.dlc as number) > 8)
							throw new SimCommandError(`setFlood: dlc must be 0..8 (got ${JSON.stringify(args.dlc)})`);
						o.dlc = args.dlc as number;
					}
					await api.setFlood(o);
				} else throw new SimCommandError('setFlood: args must be null (off), true or {id?, dlc?}');
				break;
			}
			default:
				throw new SimCommandError(`unknown sim command '${cmd}' (known: ${SIM_COMMANDS.join(', ')})`);
		}
		void this.#pollStatus(true);
	}

	describe(): SourceInfo {
		return {
			channel: this.channel,
			kind: 'sim',
			name: this.name,
			state: this.#state,
			...(this.#error ? { error: this.#error } : {}),
			canSend: this.#state === 'running',
			framesIn: this.#framesIn,
			framesOut: this.#framesOut
		};
	}

	#api(): SimWorker['api'] {
		if (!this.#w || this.#state !== 'running') throw new Error(`sim on channel ${this.channel} is ${this.#state}`);
		return this.#w.api;
	}

	#onFrames(b: FrameBatch): void {
		// the worker's channel column holds the sending bus node; on the server it is the source's channel
		b.channel.fill(this.channel, 0, b.count);
		this.#framesIn += b.count;
		this.emitBatch(b);
	}

	async #pollStatus(force: boolean): Promise<void> {
		if (this.#statusBusy || !this.#w || this.#state !== 'running' || this.#status.size === 0) return;
		this.#statusBusy = true;
		try {
			const s = await this.#w.api.snapshot();
			if (force || s.t_us !== this.#lastStatusT) {
				this.#lastStatusT = s.t_us;
				for (const fn of this.#status) fn(s);
			}
		} catch {
			// a snapshot lost to a reset in flight: the next poll sends one
		} finally {
			this.#statusBusy = false;
		}
	}

	#stopStatus(): void {
		if (this.#statusTimer) clearInterval(this.#statusTimer);
		this.#statusTimer = null;
	}

	#fail(msg: string): void {
		if (this.#state === 'failed' || this.#state === 'stopped') return;
		this.#state = 'failed';
		this.#error = msg;
		this.#stopStatus();
		this.emitChange();
	}
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
