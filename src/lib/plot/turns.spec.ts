import { describe, expect, it } from 'vitest';
import { TurnTaker } from './turns';

/** Panels whose picture always changed (following live); counts their redraws. */
function panels(t: TurnTaker, n: number, changed = () => true) {
	const draws = Array.from({ length: n }, () => 0);
	draws.forEach((_, i) => t.add({ draw: () => (changed() ? (draws[i]++, true) : false) }));
	return draws;
}

describe('TurnTaker', () => {
	it('frames on time: every changed panel redraws every frame', () => {
		const t = new TurnTaker();
		const draws = panels(t, 4);
		for (let f = 0; f < 10; f++) t.frame(f * 16.7);
		expect(draws).toEqual([10, 10, 10, 10]);
	});

	it('frames late: fewer redraws per frame, taken in turns so every panel stays live', () => {
		const t = new TurnTaker();
		const draws = panels(t, 4);
		let now = 0;
		for (let f = 0; f < 40; f++) t.frame((now += 40)); // the page misses every frame
		expect(t.quota).toBe(1);
		// fair: after the back-off each panel got its turn about equally
		expect(Math.max(...draws) - Math.min(...draws)).toBeLessThanOrEqual(2);
		expect(Math.min(...draws)).toBeGreaterThan(5);
	});

	it('recovers: on-time frames grow the quota back to all panels', () => {
		const t = new TurnTaker();
		const draws = panels(t, 4);
		let now = 0;
		for (let f = 0; f < 10; f++) t.frame((now += 40));
		expect(t.quota).toBe(1);
		for (let f = 0; f < 10; f++) t.frame((now += 16.7));
		expect(t.quota).toBe(Infinity);
		const before = [...draws];
		t.frame((now += 16.7));
		expect(draws.map((d, i) => d - before[i])).toEqual([1, 1, 1, 1]);
	});

	it('a late frame with nothing drawn (another cause) does not throttle the plots', () => {
		let changed = false;
		const t = new TurnTaker();
		panels(t, 3, () => changed);
		let now = 0;
		for (let f = 0; f < 5; f++) t.frame((now += 100));
		expect(t.quota).toBe(Infinity);
		changed = true;
		expect(t.frame((now += 16))).toBe(3);
	});

	it('a removed panel is no longer drawn', () => {
		const t = new TurnTaker();
		let drawn = 0;
		const off = t.add({ draw: () => (drawn++, true) });
		t.frame(0);
		off();
		t.frame(16);
		expect(drawn).toBe(1);
	});
});
