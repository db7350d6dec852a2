import { describe, expect, it } from 'vitest';
import { alignSeries } from './align';
import type { Decimated } from './decimate';

const pts = (t: number[], v: number[]): Decimated => ({ t: Float64Array.from(t), v: Float64Array.from(v), length: t.length });

describe('alignSeries', () => {
	it('merges series sampled at different times on the union of their times', () => {
		const [x, a, b] = alignSeries([pts([0, 10, 20], [1, 2, 3]), pts([5, 10, 30], [7, 8, 9])], 0.1);
		expect(Array.from(x)).toEqual([0, 0.5, 1, 2, 3]);
		expect(a).toEqual([1, undefined, 2, 3, undefined]);
		expect(b).toEqual([undefined, 7, 8, undefined, 9]);
	});

	it('ignores buffer capacity beyond length and handles an empty series', () => {
		const big: Decimated = { t: Float64Array.of(1, 2, 99), v: Float64Array.of(4, 5, 99), length: 2 };
		const [x, a, e] = alignSeries([big, pts([], [])]);
		expect(Array.from(x)).toEqual([1, 2]);
		expect(a).toEqual([4, 5]);
		expect(e).toEqual([undefined, undefined]);
	});
});
