/**
 * Min/max decimation per pixel column: a window of samples becomes at most two points per column (the
 * column's minimum and maximum, in time order), so a one-sample spike is still drawn at any zoom level.
 * Works on columnar typed arrays and can be fed in several runs (the chunks of a sample store).
 */

/** Decimated points: `t[0..length)`, `v[0..length)` in time order. Buffers are reused between runs. */
export interface Decimated {
	t: Float64Array;
	v: Float64Array;
	length: number;
}

/** An empty `Decimated` with room for `capacity` points (it grows when needed). */
export function emptyDecimated(capacity = 0): Decimated {
	return { t: new Float64Array(capacity), v: new Float64Array(capacity), length: 0 };
}

/**
 * Streaming min/max decimator over the time window [t0, t1] split into `columns` equal columns.
 * Samples outside the window and NaN values are ignored; samples must arrive in non-decreasing time.
 */
export class MinMaxDecimator {
	#t0 = 0;
	#t1 = 0;
	#scale = 0;
	#columns = 0;
	#out: Decimated = emptyDecimated();
	// the open column: its index and the first-in-time extreme values with their times
	#col = -1;
	#minV = 0;
	#minT = 0;
	#maxV = 0;
	#maxT = 0;

	/** Starts a run; the result is written into `out` (reused, grown as needed). */
	begin(t0: number, t1: number, columns: number, out: Decimated = emptyDecimated()): void {
		if (!(columns >= 1) || !Number.isInteger(columns))
			throw new RangeError(`decimate: columns must be a positive integer, got ${columns}`);
		if (!(t1 > t0)) throw new RangeError(`decimate: window [${t0}, ${t1}] is empty or reversed`);
		this.#t0 = t0;
		this.#t1 = t1;
		this.#scale = columns / (t1 - t0);
		this.#columns = columns;
		this.#out = out;
		out.length = 0;
		this.#col = -1;
	}

	/** Adds samples `from..to` (exclusive) of the columns `t`, `v`. */
	push(t: Float64Array, v: Float64Array, from = 0, to = t.length): void {
		const t0 = this.#t0;
		const scale = this.#scale;
		const last = this.#columns - 1;
		const tEnd = this.#t1;
		for (let i = from; i < to; i++) {
			const ti = t[i];
			const vi = v[i];
			if (ti < t0 || ti > tEnd || vi !== vi) continue;
			let c = Math.floor((ti - t0) * scale);
			if (c > last) c = last; // t == t1 belongs to the last column
			if (c !== this.#col) {
				this.#flush();
				this.#col = c;
				this.#minV = this.#maxV = vi;
				this.#minT = this.#maxT = ti;
			} else if (vi < this.#minV) {
				this.#minV = vi;
				this.#minT = ti;
			} else if (vi > this.#maxV) {
				this.#maxV = vi;
				this.#maxT = ti;
			}
		}
	}

	/** Closes the run and returns the points (the `out` given to `begin`). */
	finish(): Decimated {
		this.#flush();
		this.#col = -1;
		return this.#out;
	}

	#flush(): void {
		if (this.#col < 0) return;
		if (this.#minT === this.#maxT && this.#minV === this.#maxV) this.#emit(this.#minT, this.#minV);
		else if (this.#minT <= this.#maxT) {
			this.#emit(this.#minT, this.#minV);
			this.#emit(this.#maxT, this.#maxV);
		} else {
			this.#emit(this.#maxT, this.#maxV);
			this.#emit(this.#minT, this.#minV);
		}
		this.#col = -1;
	}

	#emit(t: number, v: number): void {
		appendPoint(this.#out, t, v);
	}
}

/** Appends a point, growing the buffers when full. */
export function appendPoint(d: Decimated, t: number, v: number): void {
	if (d.length === d.t.length) grow(d);
	d.t[d.length] = t;
	d.v[d.length] = v;
	d.length++;
}

/** Inserts a point before the others (the line into the window from a sample left of it). */
export function prependPoint(d: Decimated, t: number, v: number): void {
	if (d.length === d.t.length) grow(d);
	d.t.copyWithin(1, 0, d.length);
	d.v.copyWithin(1, 0, d.length);
	d.t[0] = t;
	d.v[0] = v;
	d.length++;
}

function grow(d: Decimated): void {
	const cap = Math.max(64, d.t.length * 2);
	const nt = new Float64Array(cap);
	const nv = new Float64Array(cap);
	nt.set(d.t);
	nv.set(d.v);
	d.t = nt;
	d.v = nv;
}

/**
 * Min/max decimation of one columnar series over [t0, t1] into `columns` pixel columns: at most
 * 2 × columns points, each an input sample, including the minimum and the maximum of every column.
 */
export function decimateMinMax(
	t: Float64Array,
	v: Float64Array,
	t0: number,
	t1: number,
	columns: number,
	out?: Decimated
): Decimated {
	if (t.length !== v.length) throw new RangeError(`decimate: ${t.length} times but ${v.length} values`);
	const d = new MinMaxDecimator();
	d.begin(t0, t1, columns, out);
	d.push(t, v);
	return d.finish();
}
