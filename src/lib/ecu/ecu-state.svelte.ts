/**
 * The ECU pages' shared state. It decodes with the vehicle's own DBC (the matrix the firmware is built
 * from), not with a DBC the user loaded for the trace, and it keeps listening once started so DTC events
 * stay in the list while the user visits other pages.
 */
import { source } from '$lib/store/source.svelte';
import { DbcCodec } from '$lib/can/dbc/codec';
import { decodeDbcBytes, parseDbc } from '$lib/can/dbc/parse';
import { EcuMonitor, type EcuView } from './ecu-monitor';

class EcuState {
	views = $state.raw<EcuView[]>([]);
	now_us = $state(0);
	error = $state<string | null>(null);
	#monitor: EcuMonitor | null = null;
	#starting: Promise<void> | null = null;
	#attached = 0;
	#raf = 0;
	#shown = 0;

	#start(base: string): Promise<void> {
		this.#starting ??= (async () => {
			try {
				const res = await fetch(`${base}/vehicle.dbc`);
				if (!res.ok) throw new Error(`HTTP ${res.status}`);
				const codec = new DbcCodec(parseDbc(decodeDbcBytes(new Uint8Array(await res.arrayBuffer())), 'vehicle.dbc'));
				this.#monitor = new EcuMonitor(codec);
				source.onFrames((b) => this.#monitor!.add(b));
				source.onSession(() => this.#monitor!.clear());
			} catch (e) {
				this.error = `vehicle.dbc could not be loaded for the ECU view: ${(e as Error).message}`;
			}
		})();
		return this.#starting;
	}

	/** Starts following the bus (once), without refreshing `views`: the root layout calls it at boot. */
	follow(base: string): void {
		void this.#start(base);
	}

	/** Starts following the bus (once) and refreshes `views` every animation frame until detached. */
	attach(base: string): () => void {
		void this.#start(base);
		if (this.#attached++ === 0) {
			const frame = (now: number) => {
				const m = this.#monitor;
				// ten refreshes a second: readable, and cheap beside the simulation sharing the CPU
				if (m && (m.dirty || this.views.length === 0) && now - this.#shown >= 100) {
					this.#shown = now;
					this.views = m.views();
					this.now_us = m.now_us;
				}
				this.#raf = requestAnimationFrame(frame);
			};
			this.#raf = requestAnimationFrame(frame);
		}
		return () => {
			if (--this.#attached === 0) cancelAnimationFrame(this.#raf);
		};
	}
}

/** One ECU state for /ecus and /ecus/[name]. */
export const ecuState = new EcuState();
