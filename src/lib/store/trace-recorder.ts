/**
 * The app's trace recording: one ring buffer fed by every FrameBatch the simulation sends. The root layout
 * starts it before the simulation boots, so the trace page opened later shows the run from t = 0 (within
 * the ring). Memory is bounded by the ring: ~23 MB of typed arrays, whose pages the browser only commits
 * as frames fill them.
 */
import { sim } from './sim.svelte';
import type { FrameBatch } from '$lib/can/frame';
import { TraceBuffer } from '$lib/can/trace-buffer';

/** Frames the recorder keeps: ~4 minutes of a fully loaded 500 kbit/s bus, ~23 MB. */
export const TRACE_CAPACITY = 1 << 20;

let recorder: TraceBuffer | null = null;
let counted = 0;

/**
 * The recording, started on first call and kept for the life of the page, like a CANoe trace window; it
 * starts over when virtual time goes backwards (a reset).
 */
export function traceRecorder(): TraceBuffer {
	if (recorder) return recorder;
	const buf = new TraceBuffer(TRACE_CAPACITY);
	let last_us = -Infinity;
	sim.onFrames((b: FrameBatch) => {
		counted += b.count;
		if (b.count > 0 && b.t_us[0] < last_us) buf.clear();
		if (b.count > 0) last_us = b.t_us[b.count - 1];
		buf.push(b);
	});
	recorder = buf;
	return buf;
}

/** Frames that reached the recorder since the page loaded (resets and clears do not reset it). */
export function framesCounted(): number {
	return counted;
}
