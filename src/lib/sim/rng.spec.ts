import { describe, expect, it } from 'vitest';
import { Rng } from './rng';

describe('Rng', () => {
	it('repeats the same stream for the same seed and differs for another seed', () => {
		const a = new Rng(42);
		const b = new Rng(42);
		const c = new Rng(43);
		const sa = Array.from({ length: 100 }, () => a.nextU32());
		const sb = Array.from({ length: 100 }, () => b.nextU32());
		const sc = Array.from({ length: 100 }, () => c.nextU32());
		expect(sb).toEqual(sa);
		expect(sc.filter((x, i) => x === sa[i]).length).toBeLessThan(3);
	});

	it('draws uniforms in [0, 1) with the right mean and spread', () => {
		const r = new Rng(7);
		let sum = 0;
		let sum2 = 0;
		const n = 100_000;
		const buckets = new Array<number>(10).fill(0);
		let outside = 0;
		for (let i = 0; i < n; i++) {
			const x = r.next();
			if (!(x >= 0 && x < 1)) outside++;
			sum += x;
			sum2 += x * x;
			buckets[Math.floor(x * 10)]++;
		}
		expect(outside).toBe(0);
		expect(sum / n).toBeCloseTo(0.5, 2);
		expect(sum2 / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
		for (const b of buckets) expect(Math.abs(b - n / 10)).toBeLessThan(0.05 * (n / 10));
	});

	it('draws normals with the requested mean and standard deviation', () => {
		const r = new Rng(1);
		const n = 100_000;
		let sum = 0;
		let sum2 = 0;
		let beyond2sd = 0;
		for (let i = 0; i < n; i++) {
			const x = r.normal(3, 2);
			sum += x;
			sum2 += x * x;
			if (Math.abs(x - 3) > 4) beyond2sd++;
		}
		const mean = sum / n;
		expect(mean).toBeCloseTo(3, 1);
		expect(Math.sqrt(sum2 / n - mean * mean)).toBeCloseTo(2, 1);
		// 4.55 % of a normal lies beyond two standard deviations.
		expect(beyond2sd / n).toBeGreaterThan(0.04);
		expect(beyond2sd / n).toBeLessThan(0.051);
	});

	it('draws integers in range and rejects bad arguments', () => {
		const r = new Rng(9);
		const seen = new Set<number>();
		for (let i = 0; i < 1000; i++) seen.add(r.int(6));
		expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
		expect(() => r.int(0)).toThrow(/positive integer/);
		expect(() => new Rng(NaN)).toThrow(/seed must be a finite number/);
	});
});
