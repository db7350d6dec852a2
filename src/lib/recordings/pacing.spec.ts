import { describe, expect, it } from 'vitest';
import { ReplayPacer, advanceUs, type Advanceable } from './pacing';

/** A replay that only moves its position (what the pacer sees of it). */
class Track implements Advanceable {
	position_us = 0;
	start_us = 0;
	targets: number[] = [];
	seeks = 0;
	constructor(public end_us: number) {}
	async advanceTo(t: number) {
		this.targets.push(t);
		this.position_us = Math.min(t, this.end_us);
		return 1;
	}
	async seek(t: number) {
		this.seeks++;
		this.position_us = t;
		return t;
	}
}

function clocked(track: Track) {
	let now = 0;
	const timers: Array<() => void> = [];
	const p = new ReplayPacer(track, { now: () => now, schedule: (fn) => (timers.push(fn), () => {}) });
	return { p, tick: async (ms: number) => ((now += ms), await p.tick()) };
}

describe('replay pacing', () => {
	it('advances wall time × speed; a late tick is capped so a hidden tab does not burst', () => {
		expect(advanceUs(15, 1)).toBe(15_000);
		expect(advanceUs(15, 0.1)).toBe(1_500);
		expect(advanceUs(15, 100)).toBe(1_500_000);
		expect(advanceUs(5000, 1)).toBe(100_000);
		expect(advanceUs(-3, 1)).toBe(0);
	});

	it('plays at the chosen speed on the given clock and stops at the end', async () => {
		const t = new Track(1_000_000);
		const { p, tick } = clocked(t);
		p.speed = 10;
		p.play();
		await tick(15);
		expect(t.position_us).toBe(150_000);
		await tick(15);
		expect(t.position_us).toBe(300_000);
		for (let i = 0; i < 10; i++) await tick(15);
		expect(t.position_us).toBe(1_000_000);
		expect(p.running).toBe(false);
	});

	it('loops back to the start instead of stopping', async () => {
		const t = new Track(100_000);
		const { p, tick } = clocked(t);
		p.loop = true;
		p.play();
		for (let i = 0; i < 10; i++) await tick(15);
		expect(t.seeks).toBeGreaterThan(0);
		expect(p.running).toBe(true);
	});

	it('does nothing while paused', async () => {
		const t = new Track(1e9);
		const { p, tick } = clocked(t);
		p.play();
		await tick(15);
		p.pause();
		await tick(15);
		expect(t.targets.length).toBe(1);
	});
});
