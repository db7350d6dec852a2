/**
 * `window.__zb`, the hook `npm run bench:ui` reads: what the worker sent against what the page's frame
 * pipeline (the trace recorder) counted. Installed only when the page was opened with `?bench`, so normal
 * visits expose nothing.
 */
import { sim } from './sim.svelte';
import { framesCounted } from './trace-recorder';

export interface BenchHook {
	/** Frames the worker sent since boot or the last reset. */
	framesSent(): Promise<number>;
	/** Frames that reached the trace recorder since the page loaded. */
	framesCounted(): number;
}

declare global {
	interface Window {
		__zb?: BenchHook;
	}
}

export function installBenchHook(): void {
	window.__zb = { framesSent: () => sim.framesSent(), framesCounted };
}
