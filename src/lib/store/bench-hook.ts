/**
 * `window.__zb`, the hook `npm run bench:ui` reads: what the worker sent against what the page's frame
 * pipeline (the trace recorder) counted. Installed only when the page was opened with `?bench`, so normal
 * visits expose nothing.
 */
import type { GoldenResult } from '../sim/golden';
import { sim } from './sim.svelte';
import { framesCounted } from './trace-recorder';

export interface BenchHook {
	/** Frames the worker sent since boot or the last reset. */
	framesSent(): Promise<number>;
	/** Frames that reached the trace recorder since the page loaded. */
	framesCounted(): number;
	/** A golden run (src/lib/sim/golden.ts) in the page's worker; null before the worker booted. */
	golden(profile: string, seed: number, seconds?: number): Promise<GoldenResult | null>;
}

declare global {
	interface Window {
		__zb?: BenchHook;
	}
}

export function installBenchHook(): void {
	window.__zb = { framesSent: () => sim.framesSent(), framesCounted, golden: (p, s, n) => sim.golden(p, s, n) };
}
