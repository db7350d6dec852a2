/**
 * The diagnostic tester's comlink-facing methods, spread into the worker's SimApi. The tester is a bench
 * participant of the worker's current Simulation (a new one after every reset); requests made while the
 * simulation is paused advance virtual time themselves until they are answered or time out, like a single
 * step, so the tester works in both states. docs/diagnostics.md, "The tester".
 */
import * as Comlink from 'comlink';
import { DiagClient, type Outcome } from '../diag/client';
import { DiagTester, type Exchange, type TraceEntry } from '../diag/tester';
import type { Simulation } from '../sim/simulation';

export type TraceListener = (entries: TraceEntry[]) => void;

/** Virtual-time limit for one request while paused (P2* 5 s plus the ISO-TP timeouts, with margin). */
const PAUSED_LIMIT_MS = 30_000;

export function createDiagApi(getSim: () => Simulation | null, running: () => boolean) {
	let tester: DiagTester | null = null;
	let on: Simulation | null = null;
	let detach: (() => void) | null = null;
	const listeners = new Set<TraceListener>();
	let pending: TraceEntry[] = [];
	let scheduled = false;
	const flush = (): void => {
		scheduled = false;
		if (pending.length === 0) return;
		const batch = pending;
		pending = [];
		for (const l of listeners) l(batch);
	};

	/** The tester on the current simulation: a reset ends what was running (ABORTED) and starts a new one. */
	const current = (): { t: DiagTester; s: Simulation } => {
		const s = getSim();
		if (!s) throw new Error('simulation not initialised: call init() first');
		if (s !== on || !tester) {
			tester?.abort('the simulation was reset');
			detach?.();
			tester = new DiagTester();
			tester.onTrace((e) => {
				pending.push(e);
				// one message per burst of frames, not one per frame
				if (!scheduled) {
					scheduled = true;
					setTimeout(flush, 0);
				}
			});
			detach = s.addParticipant(tester);
			on = s;
		}
		return { t: tester, s };
	};

	const client = new DiagClient(
		(target, payload, opts) => {
			const { t, s } = current();
			const p = t.request(target, payload, opts);
			if (!running()) for (let k = 0; k < PAUSED_LIMIT_MS && t.busy; k++) s.step(1);
			return p;
		},
		() => getSim()?.now_us ?? 0
	);

	/** Exchanges without their per-frame trace: the page has it from the trace stream already. */
	const lean = <T>(o: Outcome<T>): Outcome<T> => ({ ...o, exchanges: o.exchanges.map((x): Exchange => ({ ...x, trace: [] })) });

	return {
		/** Streams the tester's trace (frames, timeouts, responsePending as they happen); returns the unsubscribe. */
		diagSubscribeTrace(l: TraceListener): () => void {
			listeners.add(l);
			return Comlink.proxy(() => void listeners.delete(l));
		},
		/** Functional TesterPresent, then identification and sessions of every ECU that answers. */
		async diagScan() {
			return lean(await client.scan());
		},
		/** One request as hex bytes; the answers decoded with NRC names, and the exchange with its trace. */
		async diagRaw(target: number, payload: number[]) {
			return client.raw(target, payload);
		},
		async diagSession(target: number, session: number) {
			return lean(await client.session(target, session));
		},
		async diagReset(target: number, kind: number) {
			return lean(await client.reset(target, kind));
		},
		async diagSeed(target: number, level: number) {
			return lean(await client.seed(target, level));
		},
		async diagSendKey(target: number, level: number, key: number) {
			return lean(await client.sendKey(target, level, key));
		},
		/** Seed and key by the ECUs' default algorithm. */
		async diagUnlock(target: number, level: number) {
			return lean(await client.unlock(target, level));
		},
		async diagReadDtcs(target: number, mask = 0xff) {
			return lean(await client.readDtcs(target, mask));
		},
		/** Extended data records of a DTC (0x19 0x06). */
		async diagExtendedData(target: number, dtc: number, record = 0xff) {
			return lean(await client.extendedData(target, dtc, record));
		},
		async diagClearDtcs(target: number) {
			return lean(await client.clearDtcs(target));
		},
		async diagReadDid(target: number, did: number) {
			return lean(await client.readDid(target, did));
		},
		/** Writes a DID; a VIN is checked first (`force` writes one whose check digit is wrong). */
		async diagWriteDid(target: number, did: number, data: number[] | string, force = false) {
			return lean(await client.writeDid(target, did, data, force));
		},
		async diagRoutine(target: number, sub: 1 | 2 | 3, id: number) {
			return lean(await client.routine(target, sub, id));
		},
		/** OBD-II through the TCU on 0x7DF. */
		async diagObd() {
			return lean(await client.obd());
		},
		async diagObdClear() {
			return lean(await client.obdClear());
		},
		/** The diagnostic report (VIN, ECUs, DTCs with freeze frames, OBD). */
		async diagReport() {
			const r = await client.report();
			return { ...r, exchanges: [] };
		},
		/** TesterPresent 3E 80 every 2 s to `target` while idle (null: off). */
		diagSetKeepAlive(target: number | null): void {
			current().t.setKeepAlive(target);
		},
		diagNow(): number {
			return getSim()?.now_us ?? 0;
		}
	};
}
