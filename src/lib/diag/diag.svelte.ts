/**
 * The page's handle on a diagnostic tester: the one in this tab's simulation worker (through
 * SimClient.remote), or, when the header's source switch is on Live, the server's tester on its bus
 * (`{op:'diag'}` over the live connection, docs/live-protocol.md). Either way: the same operations, the
 * trace of the exchanges as it streams, and a busy flag so one operation runs at a time from the page.
 */
import * as Comlink from 'comlink';
import { live } from '$lib/live/live.svelte';
import { source } from '$lib/store/source.svelte';
import { sim } from '$lib/store/sim.svelte';
import type { createDiagApi } from '$lib/worker/diag-api';
import type { TraceEntry } from './tester';

const TRACE_MAX = 600;

type WorkerDiag = ReturnType<typeof createDiagApi>;
/** The tester's operations as the page calls them (every one async, wherever the tester runs). */
export type DiagApi = {
	[K in Exclude<keyof WorkerDiag, 'diagSubscribeTrace'>]: (...a: Parameters<WorkerDiag[K]>) => Promise<Awaited<ReturnType<WorkerDiag[K]>>>;
};

/** `diagReadDid` → the live protocol's `readDid`. */
const liveCmd = (method: string): string => method[4].toLowerCase() + method.slice(5);

class DiagStore {
	trace = $state.raw<TraceEntry[]>([]);
	busy = $state(false);
	error = $state<string | null>(null);
	#unsub: (() => void) | null = null;
	#attached: unknown = null;

	get live(): boolean {
		return source.kind === 'live';
	}

	/** The live server's channel the tester runs on: its simulated vehicle, else the first bus it can write. */
	get liveChannel(): number | null {
		const s = live.state.sources.filter((c) => c.state === 'running' && c.canSend);
		return (s.find((c) => c.kind === 'sim') ?? s[0])?.channel ?? null;
	}

	/** Whether a tester is there to ask (the tab's simulation booted, or the live server unlocked with a channel). */
	get ready(): boolean {
		if (!this.live) return sim.ready;
		return live.state.status === 'open' && live.state.canWrite && this.liveChannel !== null;
	}

	/** Why the tester cannot be used yet, for the page; null when it can. */
	get waiting(): string | null {
		if (!this.live) return sim.ready ? null : 'Waiting for the simulation…';
		if (live.state.status !== 'open') return 'Waiting for the live server…';
		if (!live.state.canWrite) return 'Live: the server’s tester writes to its bus, so it needs the token (Unlock in the header).';
		if (this.liveChannel === null) return 'Live: the server has no channel a tester can write to.';
		return null;
	}

	/** The tester's operations; throws when there is none to ask yet. */
	get api(): DiagApi {
		if (this.live) {
			const ch = this.liveChannel;
			if (ch === null) throw new Error('the live server has no channel a tester can write to');
			const conn = live.conn;
			return new Proxy({} as DiagApi, {
				get: (_, name) => (...args: unknown[]) => conn.diag(ch, liveCmd(String(name)), args)
			});
		}
		const r = sim.remote;
		if (!r) throw new Error('the simulation is not running yet');
		return r as unknown as DiagApi;
	}

	/** Subscribes to the current tester's trace (once per worker or live connection). */
	async attach(): Promise<void> {
		const push = (e: TraceEntry[]): void => {
			const t = this.trace.length + e.length > TRACE_MAX ? this.trace.slice(-(TRACE_MAX - e.length)) : this.trace.slice();
			t.push(...e);
			this.trace = t;
		};
		const target: unknown = this.live ? live.conn : sim.remote;
		if (!target || this.#attached === target) return;
		this.detach();
		this.#attached = target;
		if (this.live) {
			this.#unsub = live.conn.onDiagTrace((ch, e) => {
				if (ch === this.liveChannel) push(e);
			});
		} else {
			this.#unsub = await sim.remote!.diagSubscribeTrace(Comlink.proxy(push));
		}
	}

	detach(): void {
		void this.#unsub?.();
		this.#unsub = null;
		this.#attached = null;
	}

	clearTrace(): void {
		this.trace = [];
	}

	/** Runs one tester operation; a thrown error (worker gone, refused request, bad argument) becomes `error`, never unhandled. */
	async run<T>(f: () => Promise<T>): Promise<T | null> {
		this.busy = true;
		this.error = null;
		try {
			await this.attach();
			return await f();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			return null;
		} finally {
			this.busy = false;
		}
	}
}

/** The one tester handle of the app. */
export const diag = new DiagStore();
