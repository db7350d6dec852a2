/**
 * History of one signal as columnar chunks (Float64Array time and value, fixed size), so minutes of
 * samples at full rate cost 16 bytes a sample and no object per sample. Old chunks are recycled once
 * they fall out of the retention window, which bounds memory whatever the run length.
 */
import { appendPoint, MinMaxDecimator, prependPoint, type Decimated } from './decimate';

/** Samples per chunk: 256 KiB of time + value a chunk. */
export const CHUNK_SAMPLES = 16_384;

export interface SeriesOptions {
	/** History kept, in the time unit of the samples (µs by convention): at least this much is retained. */
	retention: number;
	/** Hard cap on stored samples, whatever their rate (rounded up to whole chunks). */
	maxSamples?: number;
}

interface Chunk {
	t: Float64Array;
	v: Float64Array;
	n: number;
}

/** One signal's samples in time order, with window queries and decimation. */
export class SampleSeries {
	readonly retention: number;
	readonly maxChunks: number;
	#chunks: Chunk[] = [];
	#spare: Chunk | null = null;
	#count = 0;
	/** Bumped on every change, so a renderer knows when to redraw. */
	version = 0;

	constructor(
		readonly name: string,
		opts: SeriesOptions
	) {
		if (!(opts.retention > 0)) throw new RangeError(`series '${name}': retention must be > 0, got ${opts.retention}`);
		this.retention = opts.retention;
		const max = opts.maxSamples ?? 1 << 20;
		if (!(max >= 1)) throw new RangeError(`series '${name}': maxSamples must be ≥ 1, got ${max}`);
		// one extra chunk: the oldest one is partly outside the window when it is dropped
		this.maxChunks = Math.ceil(max / CHUNK_SAMPLES) + 1;
	}

	/** Stored samples. */
	get count(): number {
		return this.#count;
	}

	/** Bytes held by the sample arrays (including the spare chunk kept for reuse). */
	get byteLength(): number {
		const n = this.#chunks.length + (this.#spare ? 1 : 0);
		return n * CHUNK_SAMPLES * 16;
	}

	/** Time of the oldest stored sample (NaN when empty). */
	get firstTime(): number {
		return this.#count ? this.#chunks[0].t[0] : NaN;
	}

	/** Time of the newest sample (NaN when empty). */
	get lastTime(): number {
		const c = this.#chunks[this.#chunks.length - 1];
		return c ? c.t[c.n - 1] : NaN;
	}

	/** Value of the newest sample (NaN when empty). */
	get lastValue(): number {
		const c = this.#chunks[this.#chunks.length - 1];
		return c ? c.v[c.n - 1] : NaN;
	}

	/** Appends a sample; time must not go backwards (clear() first after a time reset). */
	push(t: number, v: number): void {
		let c = this.#chunks[this.#chunks.length - 1];
		if (c && t < c.t[c.n - 1])
			throw new RangeError(`series '${this.name}': sample at t=${t} is older than the last one (t=${c.t[c.n - 1]})`);
		if (!c || c.n === CHUNK_SAMPLES) {
			c = this.#newChunk();
			this.#chunks.push(c);
		}
		c.t[c.n] = t;
		c.v[c.n] = v;
		c.n++;
		this.#count++;
		this.version++;
		if (c.n === 1) this.#expire(t);
	}

	/** Drops every sample. */
	clear(): void {
		this.#chunks = [];
		this.#count = 0;
		this.version++;
	}

	/** Number of samples with t0 ≤ t ≤ t1. */
	countIn(t0: number, t1: number): number {
		let n = 0;
		this.forEachIn(t0, t1, (_t, _v, from, to) => (n += to - from));
		return n;
	}

	/** Calls `fn` with runs of the chunks holding the samples with t0 ≤ t ≤ t1, oldest first. */
	forEachIn(t0: number, t1: number, fn: (t: Float64Array, v: Float64Array, from: number, to: number) => void): void {
		const chunks = this.#chunks;
		for (let k = this.#chunkFor(t0); k < chunks.length; k++) {
			const c = chunks[k];
			if (c.t[0] > t1) break;
			const from = lowerBound(c.t, 0, c.n, t0);
			const to = upperBound(c.t, from, c.n, t1);
			if (to > from) fn(c.t, c.v, from, to);
		}
	}

	/** The newest sample at or before `t`, or undefined when there is none. */
	sampleAt(t: number): { t: number; v: number } | undefined {
		const chunks = this.#chunks;
		let k = this.#chunkFor(t);
		if (k >= chunks.length) k = chunks.length - 1;
		for (; k >= 0; k--) {
			const c = chunks[k];
			const i = upperBound(c.t, 0, c.n, t) - 1;
			if (i >= 0) return { t: c.t[i], v: c.v[i] };
		}
		return undefined;
	}

	/** The newest sample before t0 and the oldest after t1 (to draw lines to the window's edges). */
	neighbours(t0: number, t1: number): { before?: { t: number; v: number }; after?: { t: number; v: number } } {
		const before = this.sampleAt(t0);
		let after: { t: number; v: number } | undefined;
		const chunks = this.#chunks;
		for (let k = this.#chunkFor(t1); k < chunks.length; k++) {
			const c = chunks[k];
			const i = upperBound(c.t, 0, c.n, t1);
			if (i < c.n) {
				after = { t: c.t[i], v: c.v[i] };
				break;
			}
		}
		return { before: before && before.t < t0 ? before : undefined, after };
	}

	/**
	 * Min/max decimation of the samples in [t0, t1] into `columns` columns (see decimate.ts). With
	 * `edges`, the nearest sample on each side of the window is added so a line reaches both borders.
	 */
	decimate(t0: number, t1: number, columns: number, out?: Decimated, edges = false, dec = new MinMaxDecimator()): Decimated {
		dec.begin(t0, t1, columns, out);
		this.forEachIn(t0, t1, (t, v, from, to) => dec.push(t, v, from, to));
		const d = dec.finish();
		if (edges) {
			const { before, after } = this.neighbours(t0, t1);
			if (before) prependPoint(d, before.t, before.v);
			if (after) appendPoint(d, after.t, after.v);
		}
		return d;
	}

	/** Index of the chunk that may hold the first sample ≥ t (chunks.length when none). */
	#chunkFor(t: number): number {
		const chunks = this.#chunks;
		let lo = 0;
		let hi = chunks.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			const c = chunks[mid];
			if (c.t[c.n - 1] < t) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	#newChunk(): Chunk {
		const s = this.#spare;
		if (s) {
			this.#spare = null;
			s.n = 0;
			return s;
		}
		return { t: new Float64Array(CHUNK_SAMPLES), v: new Float64Array(CHUNK_SAMPLES), n: 0 };
	}

	/** Drops the oldest chunks once they lie wholly outside the retention window or exceed the cap. */
	#expire(now: number): void {
		const chunks = this.#chunks;
		while (chunks.length > 1 && (chunks.length > this.maxChunks || chunks[0].t[chunks[0].n - 1] < now - this.retention)) {
			const old = chunks.shift()!;
			this.#count -= old.n;
			this.#spare = old;
		}
	}
}

/** First index in [lo, hi) with a[i] ≥ x (hi when none). */
export function lowerBound(a: Float64Array, lo: number, hi: number, x: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First index in [lo, hi) with a[i] > x (hi when none). */
export function upperBound(a: Float64Array, lo: number, hi: number, x: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid] <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
