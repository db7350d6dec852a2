import { describe, expect, it } from 'vitest';
import { Rng } from './rng';
import { OPEN_CIRCUIT, Sensor } from './sensors';

describe('Sensor', () => {
	it('scales to the channel unit, clamps to its range and quantises', () => {
		const s = new Sensor({ scale: 10, min: 0, max: 100 });
		const rng = new Rng(1);
		expect(s.read(42.34, rng)).toBe(423);
		expect(s.read(-5, rng)).toBe(0);
		expect(s.read(150, rng)).toBe(1000);
	});

	it('adds seeded noise: same seed, same readings; the mean stays on the truth', () => {
		const read = (seed: number) => {
			const s = new Sensor({ scale: 10, noise: 0.5 });
			const rng = new Rng(seed);
			return Array.from({ length: 2000 }, () => s.read(50, rng));
		};
		const a = read(7);
		expect(read(7)).toEqual(a);
		expect(read(8)).not.toEqual(a);
		const mean = a.reduce((x, y) => x + y, 0) / a.length / 10;
		expect(mean).toBeGreaterThan(49.9);
		expect(mean).toBeLessThan(50.1);
		expect(new Set(a).size).toBeGreaterThan(5);
	});

	it('faults: stuck holds the last reading, offset shifts, open circuit reads out of range', () => {
		const s = new Sensor({ scale: 1 });
		const rng = new Rng(1);
		expect(s.read(10, rng)).toBe(10);
		s.fault = { kind: 'stuck' };
		expect(s.read(99, rng)).toBe(10);
		s.fault = { kind: 'stuck', value: 3 };
		expect(s.read(99, rng)).toBe(3);
		s.fault = { kind: 'offset', value: 5 };
		expect(s.read(10, rng)).toBe(15);
		s.fault = { kind: 'open' };
		expect(s.read(10, rng)).toBe(OPEN_CIRCUIT);
		s.fault = null;
		expect(s.read(10, rng)).toBe(10);
	});
});

describe('inverseNormalCdf', () => {
	it('matches known quantiles of the standard normal', async () => {
		const { inverseNormalCdf } = await import('./sensors');
		expect(inverseNormalCdf(0.5)).toBeCloseTo(0, 9);
		expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959964, 5);
		expect(inverseNormalCdf(0.01)).toBeCloseTo(-2.326348, 5);
		expect(inverseNormalCdf(0.8413447)).toBeCloseTo(1, 5);
	});
});
