/**
 * The page's handle on the diagnostic tester in the simulation worker (through SimClient.remote): the
 * trace of the exchanges as it streams, and a busy flag so one operation runs at a time from the page.
 */
import * as Comlink from 'comlink';
import { sim } from '$lib/store/sim.svelte';
import type { TraceEntry } from './tester';

const TRACE_MAX = 600;

class DiagStore {
	trace = $state.raw<TraceEntry[]>([]);
	busy = $state(false);
	error = $state<string | null>(null);
	#unsub: (() => void) | null = null;
	#attached: unknown = null;

	/** The worker API; throws when the simulation has not booted. */
	get api() {
		const r = sim.remote;
		if (!r) throw new Error('the simulation is not running yet');
		return r;
	}

	/** Subscribes to the tester's trace once per worker. */
	async attach(): Promise<void> {
		const r = sim.remote;
		if (!r || this.#attached === r) return;
		this.#attached = r;
		this.#unsub = await r.diagSubscribeTrace(
			Comlink.proxy((e: TraceEntry[]) => {
				const t = this.trace.length + e.length > TRACE_MAX ? this.trace.slice(-(TRACE_MAX - e.length)) : this.trace.slice();
				t.push(...e);
				this.trace = t;
			})
		);
	}

	detach(): void {
		void this.#unsub?.();
		this.#unsub = null;
		this.#attached = null;
	}

	clearTrace(): void {
		this.trace = [];
	}

	/** Runs one tester operation; a thrown error (worker gone, bad argument) becomes `error`, never unhandled. */
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
