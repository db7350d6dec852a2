import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimateMinMax, emptyDecimated, MinMaxDecimator } from './decimate';

/** Column of time t in a window split into `w` columns, as the decimator assigns it. */
const colOf = (t: number, t0: number, t1: number, w: number) => Math.min(w - 1, Math.floor(((t - t0) * w) / (t1 - t0)));

const sortedSeries = fc
	.array(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 3000 })
	.map((pairs) => {
		pairs.sort((a, b) => a[0] - b[0]);
		return { t: Float64Array.from(pairs, (p) => p[0]), v: Float64Array.from(pairs, (p) => p[1]) };
	});

describe('min/max decimation', () => {
	it('keeps at most 2 points a column, each a real sample, in time order, with every column’s min and max', () => {
		fc.assert(
			fc.property(sortedSeries, fc.integer({ min: 1, max: 400 }), ({ t, v }, w) => {
				const t0 = 0;
				const t1 = 1_000_000;
				const d = decimateMinMax(t, v, t0, t1, w);
				expect(d.length).toBeLessThanOrEqual(2 * w);
				const inputs = new Set<string>();
				for (let i = 0; i < t.length; i++) inputs.add(`${t[i]}|${v[i]}`);
				for (let i = 0; i < d.length; i++) {
					expect(inputs.has(`${d.t[i]}|${d.v[i]}`)).toBe(true);
					if (i > 0) expect(d.t[i]).toBeGreaterThanOrEqual(d.t[i - 1]);
				}
				// per column: the input extremes are present in the output
				const min = new Map<number, number>();
				const max = new Map<number, number>();
				for (let i = 0; i < t.length; i++) {
					const c = colOf(t[i], t0, t1, w);
					min.set(c, Math.min(min.get(c) ?? Infinity, v[i]));
					max.set(c, Math.max(max.get(c) ?? -Infinity, v[i]));
				}
				const outByCol = new Map<number, number[]>();
				for (let i = 0; i < d.length; i++) {
					const c = colOf(d.t[i], t0, t1, w);
					outByCol.set(c, [...(outByCol.get(c) ?? []), d.v[i]]);
				}
				expect([...outByCol.keys()].sort((a, b) => a - b)).toEqual([...min.keys()].sort((a, b) => a - b));
				for (const [c, vals] of outByCol) {
					expect(vals.length).toBeLessThanOrEqual(2);
					expect(vals).toContain(min.get(c));
					expect(vals).toContain(max.get(c));
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('never drops a one-sample spike, however many samples share its column', () => {
		const n = 1_000_000;
		const t = Float64Array.from({ length: n }, (_, i) => i);
		const v = new Float64Array(n).fill(1);
		v[654_321] = 250; // one sample high
		v[123_457] = -40; // one sample low
		const d = decimateMinMax(t, v, 0, n - 1, 300);
		expect(d.length).toBeLessThanOrEqual(600);
		expect(Math.max(...d.v.subarray(0, d.length))).toBe(250);
		expect(Math.min(...d.v.subarray(0, d.length))).toBe(-40);
		expect(d.t[Array.from(d.v.subarray(0, d.length)).indexOf(250)]).toBe(654_321);
	});

	it('passes sparse data through unchanged (fewer samples than columns)', () => {
		const t = Float64Array.of(0, 10, 20, 30);
		const v = Float64Array.of(5, -1, 7, 2);
		const d = decimateMinMax(t, v, 0, 30, 1000);
		expect(Array.from(d.t.subarray(0, d.length))).toEqual([0, 10, 20, 30]);
		expect(Array.from(d.v.subarray(0, d.length))).toEqual([5, -1, 7, 2]);
	});

	it('ignores samples outside the window and NaN values', () => {
		const t = Float64Array.of(-5, 0, 1, 2, 3, 9);
		const v = Float64Array.of(100, 1, NaN, 3, 4, -100);
		const d = decimateMinMax(t, v, 0, 3, 10);
		expect(Array.from(d.v.subarray(0, d.length))).toEqual([1, 3, 4]);
	});

	it('gives the same result fed in chunks as in one run (a column may span two chunks)', () => {
		const n = 5000;
		const t = Float64Array.from({ length: n }, (_, i) => i * 3);
		const v = Float64Array.from({ length: n }, (_, i) => Math.sin(i / 7) * 100 + (i % 13));
		const whole = decimateMinMax(t, v, 0, 3 * n, 97);
		const dec = new MinMaxDecimator();
		dec.begin(0, 3 * n, 97, emptyDecimated(4));
		for (let from = 0; from < n; from += 333) dec.push(t, v, from, Math.min(n, from + 333));
		const parts = dec.finish();
		expect(Array.from(parts.t.subarray(0, parts.length))).toEqual(Array.from(whole.t.subarray(0, whole.length)));
		expect(Array.from(parts.v.subarray(0, parts.length))).toEqual(Array.from(whole.v.subarray(0, whole.length)));
	});

	it('rejects a bad window or column count with a message naming it', () => {
		const a = new Float64Array(1);
		expect(() => decimateMinMax(a, a, 5, 5, 10)).toThrow(/window \[5, 5\]/);
		expect(() => decimateMinMax(a, a, 0, 1, 0)).toThrow(/columns must be a positive integer, got 0/);
		expect(() => decimateMinMax(a, new Float64Array(2), 0, 1, 3)).toThrow(/1 times but 2 values/);
	});
});
