/**
 * What a recording is on disk (docs/recordings.md): a meta record apart from its chunks, so the list page
 * reads a few hundred bytes per recording and a seek reads one chunk. The meta holds the chunk start-time
 * index (binary search for a seek) and a coarse bus-load histogram (the replay timeline).
 */
import { FLAG_FD, FLAG_EXT, FLAG_RTR, dlcToLen, type FrameBatch } from '$lib/can/frame';

/** How a recording came to be and how it ended. */
export type RecordingState = 'recording' | 'complete' | 'stopped';

export interface ChunkIndex {
	/** Time of each chunk's first frame, µs, ascending. */
	t0: number[];
	/** Number (0-based, over the whole recording) of each chunk's first frame. */
	first: number[];
}

export interface LoadHistogram {
	/** Width of a bin, µs (doubles as the recording grows, so the histogram stays at most MAX_BINS long). */
	bin_us: number;
	/** Start of bin 0, µs. */
	t0_us: number;
	/** Bits on the bus per bin (an estimate from the frame lengths, stuffing included). */
	bits: number[];
}

export interface RecordingMeta {
	id: string;
	name: string;
	/** When recording began, epoch ms. */
	created: number;
	/** First and last frame time, µs (the source's time base). */
	t0_us: number;
	t1_us: number;
	frames: number;
	/** Bytes of chunk payload stored. */
	bytes: number;
	/** The source's label ("Simulation (this tab)", "Imported: trip.log"). */
	source: string;
	/** Name of the DBC in use when it was recorded, if any. */
	dbc: string | null;
	/** Channel names by channel index. */
	channels: string[];
	/** Bus bit rate the histogram's load is relative to, bit/s. */
	bitrate: number;
	index: ChunkIndex;
	histogram: LoadHistogram;
	state: RecordingState;
	/** Why it ended early (quota, a reset of the source, a bad file). */
	note?: string;
}

/** One chunk record: a FrameBatch as one wire message (src/lib/can/wire.ts), key [rec, seq]. */
export interface ChunkRecord {
	rec: string;
	seq: number;
	count: number;
	t0: number;
	t1: number;
	bytes: ArrayBuffer;
}

export const MAX_BINS = 512;
export const FIRST_BIN_US = 100_000;

export function emptyHistogram(t0_us: number): LoadHistogram {
	return { bin_us: FIRST_BIN_US, t0_us, bits: [] };
}

/**
 * Bits a frame holds the bus, worst-case stuffing (ISO 11898-1: 1 stuff bit per 4 after the first), plus
 * the 3-bit interframe space. CAN FD frames are counted at the nominal rate (a coarse figure, as labelled).
 */
export function frameBits(flags: number, dlc: number): number {
	const n = flags & FLAG_RTR ? 0 : dlcToLen(dlc);
	const head = flags & FLAG_EXT ? 39 : 19; // SOF to DLC
	const crc = flags & FLAG_FD ? (n > 16 ? 21 : 17) : 15;
	const body = head + 8 * n + crc;
	return body + Math.floor((body - 1) / 4) + 13;
}

/** Adds a batch's frames to the histogram (in place), merging bins pairwise when it grows too long. */
export function addToHistogram(h: LoadHistogram, b: FrameBatch): void {
	for (let i = 0; i < b.count; i++) {
		let bin = Math.floor((b.t_us[i] - h.t0_us) / h.bin_us);
		if (bin < 0) bin = 0;
		while (bin >= MAX_BINS) {
			mergeBins(h);
			bin = Math.floor((b.t_us[i] - h.t0_us) / h.bin_us);
		}
		while (h.bits.length <= bin) h.bits.push(0);
		h.bits[bin] += frameBits(b.flags[i], b.dlc[i]);
	}
}

function mergeBins(h: LoadHistogram): void {
	const out: number[] = [];
	for (let i = 0; i < h.bits.length; i += 2) out.push(h.bits[i] + (h.bits[i + 1] ?? 0));
	h.bits = out;
	h.bin_us *= 2;
}

/** Load (0..1) of each bin at `bitrate`. */
export function histogramLoad(h: LoadHistogram, bitrate: number): number[] {
	const cap = (bitrate * h.bin_us) / 1e6;
	return h.bits.map((b) => Math.min(1, b / cap));
}

/**
 * The chunk that holds time `t_us`: the last chunk whose first frame is at or before it (0 before the
 * first). A binary search over the index: O(log chunks), whatever the recording's length.
 */
export function chunkForTime(index: ChunkIndex, t_us: number): number {
	const t0 = index.t0;
	let lo = 0;
	let hi = t0.length - 1;
	if (hi < 0) return -1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (t0[mid] <= t_us) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The chunk that holds frame number `n` of the recording. */
export function chunkForFrame(index: ChunkIndex, n: number): number {
	const f = index.first;
	let lo = 0;
	let hi = f.length - 1;
	if (hi < 0) return -1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (f[mid] <= n) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Index of the first frame in `t` (ascending, first `count`) at or after `t_us`; `count` when none. */
export function firstAtOrAfter(t: Float64Array, count: number, t_us: number): number {
	let lo = 0;
	let hi = count;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (t[mid] < t_us) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index of the first frame in `t` (ascending, first `count`) after `t_us`; `count` when none. */
export function firstAfter(t: Float64Array, count: number, t_us: number): number {
	let lo = 0;
	let hi = count;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (t[mid] <= t_us) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A recording id that sorts by creation time (time in base 36, then random). */
export function newRecordingId(now = Date.now()): string {
	return `${now.toString(36).padStart(9, '0')}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A meta record for a recording about to start (no frames yet). */
export function newMeta(o: { id?: string; name: string; source: string; dbc: string | null; channels: string[]; created?: number; bitrate?: number }): RecordingMeta {
	return {
		id: o.id ?? newRecordingId(o.created),
		name: o.name,
		created: o.created ?? Date.now(),
		t0_us: 0,
		t1_us: 0,
		frames: 0,
		bytes: 0,
		source: o.source,
		dbc: o.dbc,
		channels: o.channels,
		bitrate: o.bitrate ?? 500_000,
		index: { t0: [], first: [] },
		histogram: emptyHistogram(0),
		state: 'recording'
	};
}

/** Counts a stored chunk into the meta (in place): index, frames, bytes, times, histogram. */
export function applyChunk(m: RecordingMeta, c: { count: number; t0: number; t1: number; bytes: Uint8Array; batch: FrameBatch }): void {
	if (m.frames === 0) {
		m.t0_us = c.t0;
		m.histogram = emptyHistogram(c.t0);
	}
	m.index.t0.push(c.t0);
	m.index.first.push(m.frames);
	m.frames += c.count;
	m.bytes += c.bytes.byteLength;
	m.t1_us = Math.max(m.t1_us, c.t1);
	addToHistogram(m.histogram, c.batch);
}

/** Recording length, µs. */
export function durationUs(m: RecordingMeta): number {
	return m.frames ? m.t1_us - m.t0_us : 0;
}
