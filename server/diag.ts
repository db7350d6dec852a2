/**
 * The diagnostic tester on the server's buses, for `{op:'diag'}` (docs/live-protocol.md, docs/diagnostics.md
 * "Live tester"). A `sim` channel runs the tester inside its worker, as a bench participant on virtual time
 * (exact ISO-TP timing; a page round trip per frame would be far too slow for flow control). Any other
 * channel that can send (socketcan) gets a real-time tester in the server process: the same DiagTester and
 * DiagClient, ticked by wall-clock timers and fed from the source's batches.
 */
import { DiagClient, type Outcome } from '../src/lib/diag/client';
import { DiagTester, FUNCTIONAL_ID, type Exchange, type TesterOptions, type TraceEntry } from '../src/lib/diag/tester';
import type { BenchPort } from '../src/lib/sim/bench/participant';
import { FLAG_TX, type FrameBatch } from '../src/lib/can/frame';
import type { CanFrameOut } from './types';

/** The operations `{op:'diag', cmd}` accepts; each is the worker API's `diag<Cmd>` with the same arguments. */
export const DIAG_COMMANDS = [
	'scan',
	'raw',
	'session',
	'reset',
	'seed',
	'sendKey',
	'unlock',
	'readDtcs',
	'clearDtcs',
	'extendedData',
	'readDid',
	'writeDid',
	'routine',
	'obd',
	'obdClear',
	'report',
	'setKeepAlive',
	'now'
] as const;
export type DiagCommand = (typeof DIAG_COMMANDS)[number];

/** Arguments that are wrong; `message` names the argument and what it must be. */
export class DiagArgError extends Error {}

/** What runs the tester for one channel. */
export interface DiagBackend {
	/** Runs `diag<Cmd>(...args)` (arguments already checked); resolves with its plain-data result. */
	call(cmd: DiagCommand, args: unknown[]): Promise<unknown>;
	/** The tester's trace in bursts; returns the unsubscribe. */
	onTrace(fn: (entries: TraceEntry[]) => void): Promise<() => void>;
	close?(): void;
}

const isInt = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

type Check = (v: unknown, cmd: string, i: number) => unknown;
const arg =
	(name: string, ok: (v: unknown) => boolean, help: string, dflt?: unknown): Check =>
	(v, cmd, i) => {
		if (v === undefined && dflt !== undefined) return dflt;
		if (!ok(v)) throw new DiagArgError(`diag ${cmd}: argument ${i} (${name}) must be ${help} (got ${JSON.stringify(v)?.slice(0, 60)})`);
		return v;
	};
const target = arg('target', (v) => v === FUNCTIONAL_ID || isInt(v, 0x7e0, 0x7e7), `0x7DF (2015) or a physical request ID 0x7E0..0x7E7 (2016..2023)`);
const physical = arg('target', (v) => isInt(v, 0x7e0, 0x7e7), 'a physical request ID 0x7E0..0x7E7 (2016..2023)');
const byte = (name: string, dflt?: number): Check => arg(name, (v) => isInt(v, 0, 255), 'an integer 0..255', dflt);
const u16 = (name: string): Check => arg(name, (v) => isInt(v, 0, 0xffff), 'an integer 0..65535');
const u24 = (name: string): Check => arg(name, (v) => isInt(v, 0, 0xffffff), 'an integer 0..16777215');
const u32 = (name: string): Check => arg(name, (v) => isInt(v, 0, 0xffffffff), 'an integer 0..4294967295');
const bytes = (name: string, max: number): Check =>
	arg(name, (v) => Array.isArray(v) && v.length >= 1 && v.length <= max && v.every((b) => isInt(b, 0, 255)), `an array of 1..${max} bytes (integers 0..255)`);
const writeData = arg(
	'data',
	(v) => (typeof v === 'string' && v.length >= 1 && v.length <= 4000) || (Array.isArray(v) && v.length >= 1 && v.length <= 4000 && v.every((b) => isInt(b, 0, 255))),
	'text (a VIN) or an array of bytes'
);
const bool = (name: string): Check => arg(name, (v) => typeof v === 'boolean', 'true or false', false);

const SIGNATURES: Record<DiagCommand, Check[]> = {
	scan: [],
	raw: [target, bytes('payload', 4095)],
	session: [physical, byte('session')],
	reset: [physical, byte('kind')],
	seed: [physical, byte('level')],
	sendKey: [physical, byte('level'), u32('key')],
	unlock: [physical, byte('level', 1)],
	readDtcs: [physical, byte('mask', 0xff)],
	clearDtcs: [physical],
	extendedData: [physical, u24('dtc'), byte('record', 0xff)],
	readDid: [physical, u16('did')],
	writeDid: [physical, u16('did'), writeData, bool('force')],
	routine: [physical, arg('sub', (v) => v === 1 || v === 2 || v === 3, '1 start, 2 stop or 3 results'), u16('id')],
	obd: [],
	obdClear: [],
	report: [],
	setKeepAlive: [arg('target', (v) => v === null || v === FUNCTIONAL_ID || isInt(v, 0x7e0, 0x7e7), 'null (off), 0x7DF or 0x7E0..0x7E7')],
	now: []
};

/** Checks a `{op:'diag'}` request's `cmd` and `args` (an array, or absent for none); throws DiagArgError. */
export function checkDiag(cmd: unknown, args: unknown): { cmd: DiagCommand; args: unknown[] } {
	if (typeof cmd !== 'string' || !(DIAG_COMMANDS as readonly string[]).includes(cmd))
		throw new DiagArgError(`diag "cmd" must be one of ${DIAG_COMMANDS.join(', ')} (got ${JSON.stringify(cmd)?.slice(0, 40)})`);
	const sig = SIGNATURES[cmd as DiagCommand];
	const a = args === undefined || args === null ? [] : args;
	if (!Array.isArray(a)) throw new DiagArgError(`diag ${cmd}: "args" must be an array of positional arguments`);
	if (a.length > sig.length) throw new DiagArgError(`diag ${cmd}: takes at most ${sig.length} argument${sig.length === 1 ? '' : 's'} (got ${a.length})`);
	return { cmd: cmd as DiagCommand, args: sig.map((c, i) => c(a[i], cmd, i)) };
}

/** Method name on the worker API (and on DiagApi below): `scan` → `diagScan`. */
export const diagMethod = (cmd: DiagCommand): string => `diag${cmd[0].toUpperCase()}${cmd.slice(1)}`;

/** The frames a real-time tester needs from and to its bus. */
export interface DiagBus {
	send(f: CanFrameOut): void;
	onBatch(fn: (b: FrameBatch) => void): () => void;
}

export interface RealtimeOptions extends TesterOptions {
	/** Wall clock, µs (tests may pass their own). */
	now?: () => number;
}

/**
 * The tester on a real bus, in real time. The bench's virtual-time rules do not hold here: frames leave
 * when the interface takes them, a frame counts as sent when `send` returned (the socket queues it; the
 * kernel would report a failure there), and ticks come every ~1 ms from a timer, so timeouts are exact to
 * a timer tick, not a µs. P2 defaults to 150 ms because the answer arrives through the source's batches,
 * which the server gathers for a few ms.
 */
export class RealtimeDiag implements DiagBackend {
	readonly tester: DiagTester;
	readonly client: DiagClient;
	#bus: DiagBus;
	#now: () => number;
	#unsub: () => void;
	#timer: ReturnType<typeof setInterval> | null = null;
	#later = new Set<ReturnType<typeof setTimeout>>();
	#taps = new Set<(e: TraceEntry[]) => void>();
	#pending: TraceEntry[] = [];
	#flushQueued = false;

	constructor(bus: DiagBus, o: RealtimeOptions = {}) {
		this.#bus = bus;
		const t0 = performance.now();
		this.#now = o.now ?? (() => Math.round((performance.now() - t0) * 1000));
		this.tester = new DiagTester({ p2_us: 150_000, ...o });
		const port: BenchPort = { node: -1, send: (t, id, flags, dlc, data) => this.#send(t, id, flags, dlc, data) };
		this.tester.attach(port, this.#now());
		this.tester.onTrace((e) => {
			this.#pending.push(e);
			if (!this.#flushQueued) {
				this.#flushQueued = true;
				setImmediate(() => this.#flush());
			}
		});
		this.#unsub = bus.onBatch((b) => this.#onBatch(b));
		this.client = new DiagClient((target, payload, opts) => this.#request(target, payload, opts), () => this.#now());
	}

	#flush(): void {
		this.#flushQueued = false;
		const batch = this.#pending;
		this.#pending = [];
		if (batch.length) for (const fn of this.#taps) fn(batch);
	}

	/** Ticks run only while something is queued, running or kept alive: an idle server uses no timer. */
	#wake(): void {
		this.#timer ??= setInterval(() => {
			this.tester.tick(this.#now());
			if (!this.tester.busy && this.tester.keepAlive === null && this.#timer) {
				clearInterval(this.#timer);
				this.#timer = null;
			}
		}, 1);
	}

	#request(target: number, payload: number[], opts?: Parameters<DiagTester['request']>[2]): Promise<Exchange> {
		const p = this.tester.request(target, payload, opts);
		this.#wake();
		return p;
	}

	#send(t: number, id: number, flags: number, dlc: number, data: ArrayLike<number>): boolean {
		const f: CanFrameOut = { id, flags, dlc, data: Uint8Array.from(data) };
		const go = (): void => {
			try {
				this.#bus.send(f);
			} catch {
				// the interface refused (TX queue full, down): the tester's N_As runs out and says so
				return;
			}
			this.tester.rx(this.#now(), id, flags, dlc, f.data, 0, -1);
		};
		// CFs are queued at the previous CF's end + STmin: in the future, so wait for it on the wall clock
		const wait = (t - this.#now()) / 1000;
		if (wait <= 0) queueMicrotask(go);
		else {
			const h = setTimeout(() => {
				this.#later.delete(h);
				go();
			}, wait);
			this.#later.add(h);
		}
		return true;
	}

	#onBatch(b: FrameBatch): void {
		const now = this.#now();
		for (let i = 0; i < b.count; i++) {
			const id = b.id[i];
			// answers only: our own frames come back marked TX (socketcan) or from the bench node (sim)
			if (id < 0x7e8 || id > 0x7ef || b.flags[i] & FLAG_TX) continue;
			this.tester.rx(now, id, b.flags[i], b.dlc[i], b.data, i * b.stride, 0);
		}
	}

	async call(cmd: DiagCommand, args: unknown[]): Promise<unknown> {
		const c = this.client;
		const lean = <T>(o: Outcome<T>): Outcome<T> => ({ ...o, exchanges: o.exchanges.map((x): Exchange => ({ ...x, trace: [] })) });
		const a = args as never[];
		switch (cmd) {
			case 'scan':
				return lean(await c.scan());
			case 'raw':
				return c.raw(a[0], a[1]);
			case 'session':
				return lean(await c.session(a[0], a[1]));
			case 'reset':
				return lean(await c.reset(a[0], a[1]));
			case 'seed':
				return lean(await c.seed(a[0], a[1]));
			case 'sendKey':
				return lean(await c.sendKey(a[0], a[1], a[2]));
			case 'unlock':
				return lean(await c.unlock(a[0], a[1]));
			case 'readDtcs':
				return lean(await c.readDtcs(a[0], a[1]));
			case 'clearDtcs':
				return lean(await c.clearDtcs(a[0]));
			case 'extendedData':
				return lean(await c.extendedData(a[0], a[1], a[2]));
			case 'readDid':
				return lean(await c.readDid(a[0], a[1]));
			case 'writeDid':
				return lean(await c.writeDid(a[0], a[1], a[2], a[3]));
			case 'routine':
				return lean(await c.routine(a[0], a[1], a[2]));
			case 'obd':
				return lean(await c.obd());
			case 'obdClear':
				return lean(await c.obdClear());
			case 'report':
				return { ...(await c.report()), exchanges: [] };
			case 'setKeepAlive':
				this.tester.setKeepAlive(a[0]);
				if (a[0] !== null) this.#wake();
				return null;
			case 'now':
				return this.#now();
		}
	}

	async onTrace(fn: (entries: TraceEntry[]) => void): Promise<() => void> {
		this.#taps.add(fn);
		return () => void this.#taps.delete(fn);
	}

	/** Stops the timers and ends what runs (ABORTED). */
	close(): void {
		this.tester.setKeepAlive(null);
		this.tester.abort('the tester was closed');
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		for (const h of this.#later) clearTimeout(h);
		this.#later.clear();
		this.#unsub();
	}
}
