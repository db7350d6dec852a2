import { describe, expect, it } from 'vitest';
import { Pacer } from './pacer';

/** A pacer on a hand-driven clock: `tick(ms)` advances the wall clock and runs the scheduled slice. */
function rig(opts: { publishEveryMs?: number; speed?: number } = {}) {
	let wall = 0;
	let next: (() => void) | null = null;
	let virtual = 0;
	const published: number[] = [];
	const p = new Pacer(
		{ step: (ms) => void (virtual += ms) },
		{
			now: () => wall,
			schedule: (fn) => void (next = fn),
			afterSlice: (ran) => published.push(ran),
			publishEveryMs: opts.publishEveryMs,
			maxBurstMs: 50
		}
	);
	if (opts.speed !== undefined) p.setSpeed(opts.speed);
	return {
		p,
		published,
		virtual: () => virtual,
		tick(ms: number) {
			wall += ms;
			const f = next;
			next = null;
			f?.();
		}
	};
}

describe('Pacer', () => {
	it('runs virtual time at the chosen speed against the wall clock', () => {
		const r = rig({ speed: 2 });
		r.p.start();
		for (let i = 0; i < 100; i++) r.tick(10);
		expect(r.virtual()).toBe(2000);
	});

	it('at max speed publishes at most once per publishEveryMs, with every virtual ms accounted for', () => {
		const r = rig({ speed: Infinity, publishEveryMs: 15 });
		r.p.start(); // first slice at wall 0
		for (let i = 0; i < 30; i++) r.tick(2); // slices every 2 ms of wall time: 60 ms in all
		// 31 slices of 50 virtual ms, published in 5 updates (t = 0, 16, 32, 48, [60 not yet 15 ms after 48])
		expect(r.published.length).toBeLessThanOrEqual(5);
		expect(r.published.length).toBeGreaterThanOrEqual(4);
		const held = r.virtual() - r.published.reduce((a, b) => a + b, 0);
		expect(held).toBeGreaterThanOrEqual(0);
		expect(held).toBeLessThan(15 / 2 * 50 + 1); // at most the slices since the last update
	});

	it('without publishEveryMs every slice is published', () => {
		const r = rig({ speed: Infinity });
		r.p.start();
		for (let i = 0; i < 9; i++) r.tick(2);
		expect(r.published).toEqual(Array(10).fill(50));
	});

	it('pause stops the slices', () => {
		const r = rig({ speed: 1 });
		r.p.start();
		r.tick(10);
		r.p.pause();
		const v = r.virtual();
		r.tick(10);
		r.tick(10);
		expect(r.virtual()).toBe(v);
	});
});
