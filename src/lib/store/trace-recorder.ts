/**
 * The app's trace recording: one ring buffer fed by every FrameBatch of the current source. The root layout
 * starts it before the simulation boots, so the trace page opened later shows the run from t = 0 (within
 * the ring). Memory is bounded by the ring: ~23 MB of typed arrays, whose pages the browser only commits
 * as frames fill them.
 */
import { source } from './source.svelte';
import type { FrameBatch } from '$lib/can/frame';
import { TraceBuffer } from '$lib/can/trace-buffer';

/** Frames the recorder keeps: ~4 minutes of a fully loaded 500 kbit/s bus, ~23 MB. */
export const TRACE_CAPACITY = 1 << 20;

let recorder: TraceBuffer | null = null;
let counted = 0;

/**
 * The recording, started on first call and kept for the life of the page, like a CANoe trace window; it
 * starts over when the source starts a new session (a reset, another source).
 */
export function traceRecorder(): TraceBuffer {
	if (recorder) return recorder;
	const buf = new TraceBuffer(TRACE_CAPACITY);
	source.onFrames((b: FrameBatch) => {
		counted += b.count;
		buf.push(b);
	});
	source.onSession(() => buf.clear());
	recorder = buf;
	return buf;
}

/** Frames that reached the recorder since the page loaded (resets and clears do not reset it). */
export function framesCounted(): number {
	return counted;
}
