import { describe, expect, it } from 'vitest';
import { CHUNK_SAMPLES, SampleSeries } from './sample-store';

const MIN_US = 60e6;

/** Fills `s` with a 100 Hz ramp (value = sample index) for `minutes` of virtual time. */
function fill100Hz(s: SampleSeries, minutes: number, phase = 0): void {
	const n = minutes * 60 * 100;
	for (let i = 0; i < n; i++) s.push(i * 10_000 + phase, i);
}

describe('SampleSeries', () => {
	it('keeps at least 10 minutes at 100 Hz for N signals while memory stays bounded after 30 minutes', () => {
		const N = 12;
		const series = Array.from({ length: N }, (_, k) => new SampleSeries(`M.S${k}`, { retention: 10 * MIN_US }));
		series.forEach((s, k) => fill100Hz(s, 30, k));
		const tenMin = 10 * 60 * 100;
		for (const s of series) {
			// the whole last 10 minutes is still there...
			expect(s.lastTime - s.firstTime).toBeGreaterThanOrEqual(10 * MIN_US - 10_000);
			expect(s.countIn(s.lastTime - 10 * MIN_US + 1, s.lastTime)).toBe(tenMin);
			// ...and not much more than that: 16 bytes a sample plus at most two chunks of slack
			expect(s.count).toBeLessThan(tenMin + 2 * CHUNK_SAMPLES);
			expect(s.byteLength).toBeLessThanOrEqual((tenMin + 3 * CHUNK_SAMPLES) * 16);
		}
		const total = series.reduce((a, s) => a + s.byteLength, 0);
		expect(total).toBeLessThan(N * 1.6 * 2 ** 20); // ≈ 1.5 MiB a signal for 10 min at 100 Hz
	});

	it('caps a runaway rate by maxSamples, keeping the newest samples', () => {
		const s = new SampleSeries('Fast.Sig', { retention: 10 * MIN_US, maxSamples: 50_000 });
		for (let i = 0; i < 400_000; i++) s.push(i * 100, i); // 10 kHz for 40 s: within retention, over the cap
		expect(s.count).toBeLessThanOrEqual(50_000 + 2 * CHUNK_SAMPLES);
		expect(s.count).toBeGreaterThanOrEqual(50_000);
		expect(s.lastValue).toBe(399_999);
		expect(s.sampleAt(s.lastTime)?.v).toBe(399_999);
	});

	it('answers window queries exactly across chunk borders', () => {
		const s = new SampleSeries('M.S', { retention: 1e12 });
		const n = 3 * CHUNK_SAMPLES + 17;
		for (let i = 0; i < n; i++) s.push(i * 10, i * 2);
		// inclusive bounds, a window straddling two chunks
		const a = CHUNK_SAMPLES - 5;
		const b = CHUNK_SAMPLES + 5;
		expect(s.countIn(a * 10, b * 10)).toBe(11);
		const got: number[] = [];
		s.forEachIn(a * 10, b * 10, (_t, v, from, to) => got.push(...v.subarray(from, to)));
		expect(got).toEqual(Array.from({ length: 11 }, (_, k) => (a + k) * 2));
		// between samples
		expect(s.countIn(15, 45)).toBe(3); // 20, 30, 40
		expect(s.countIn(-100, -1)).toBe(0);
		expect(s.countIn(n * 10, n * 20)).toBe(0);
		expect(s.countIn(0, n * 10)).toBe(n);
	});

	it('gives the value shown at a cursor time: the newest sample at or before it', () => {
		const s = new SampleSeries('M.S', { retention: 1e12 });
		for (let i = 0; i < 2 * CHUNK_SAMPLES; i++) s.push(i * 10, i);
		expect(s.sampleAt(-1)).toBeUndefined();
		expect(s.sampleAt(0)).toEqual({ t: 0, v: 0 });
		expect(s.sampleAt(15)).toEqual({ t: 10, v: 1 });
		expect(s.sampleAt(CHUNK_SAMPLES * 10 - 1)).toEqual({ t: (CHUNK_SAMPLES - 1) * 10, v: CHUNK_SAMPLES - 1 });
		expect(s.sampleAt(CHUNK_SAMPLES * 10)).toEqual({ t: CHUNK_SAMPLES * 10, v: CHUNK_SAMPLES });
		expect(s.sampleAt(1e15)?.v).toBe(2 * CHUNK_SAMPLES - 1);
		const nb = s.neighbours(25, 55);
		expect(nb.before).toEqual({ t: 20, v: 2 });
		expect(nb.after).toEqual({ t: 60, v: 6 });
	});

	it('decimates a 10-minute window to the pixel width and keeps a spike', () => {
		const s = new SampleSeries('M.S', { retention: 20 * MIN_US });
		const n = 10 * 60 * 100;
		for (let i = 0; i < n; i++) s.push(i * 10_000, i === 31_415 ? 999 : Math.sin(i / 100));
		const d = s.decimate(0, s.lastTime, 800);
		expect(d.length).toBeLessThanOrEqual(1600);
		expect(Math.max(...d.v.subarray(0, d.length))).toBe(999);
		// with edges: the samples just outside a zoomed window are added so the line reaches the borders
		const z = s.decimate(1_000_005, 2_000_005, 50, undefined, true);
		expect(z.t[0]).toBe(1_000_000);
		expect(z.t[z.length - 1]).toBe(2_010_000);
		expect(z.length).toBe(100 + 2); // 100 samples inside, 50 columns of 2
	});

	it('refuses samples that go back in time and says which series', () => {
		const s = new SampleSeries('VehicleState.VehicleSpeed', { retention: 1e6 });
		s.push(100, 1);
		s.push(100, 2); // same time is fine
		expect(() => s.push(99, 3)).toThrow(/'VehicleState.VehicleSpeed'.*t=99.*t=100/);
		s.clear();
		s.push(5, 1);
		expect(s.count).toBe(1);
		expect(() => new SampleSeries('X.Y', { retention: 0 })).toThrow(/'X.Y': retention must be > 0/);
	});
});
