import { describe, expect, it } from 'vitest';
import { FrameBatchBuilder, FLAG_EXT } from '$lib/can/frame';
import { MAX_BINS, addToHistogram, chunkForFrame, chunkForTime, emptyHistogram, firstAfter, firstAtOrAfter, frameBits, histogramLoad } from './meta';

describe('chunk index', () => {
	const index = { t0: [0, 1000, 2000, 5000], first: [0, 10, 20, 50] };
	it('finds the chunk whose first frame is at or before a time', () => {
		expect(chunkForTime(index, -5)).toBe(0);
		expect(chunkForTime(index, 0)).toBe(0);
		expect(chunkForTime(index, 999)).toBe(0);
		expect(chunkForTime(index, 1000)).toBe(1);
		expect(chunkForTime(index, 4999)).toBe(2);
		expect(chunkForTime(index, 1e12)).toBe(3);
		expect(chunkForTime({ t0: [], first: [] }, 5)).toBe(-1);
		expect(chunkForFrame(index, 19)).toBe(1);
		expect(chunkForFrame(index, 50)).toBe(3);
	});

	it('agrees with a linear scan for 1 h of 2 MiB chunks (a seek 1 h in reads one chunk, ~21 comparisons)', () => {
		// 1 h of a full bus: ~4,000 frames/s, ~90,000 frames per 2 MiB chunk → 160 chunks; take 100,000 to be generous
		const n = 100_000;
		const t0: number[] = [];
		let t = 0;
		for (let i = 0; i < n; i++) t0.push((t += 36_000 + (i % 7) * 1000));
		const idx = { t0, first: t0.map((_, i) => i * 90_000) };
		for (const probe of [0, 3.6e9, 1234567, t0[n - 1], t0[n - 1] + 1, t0[500] - 1]) {
			let lin = 0;
			for (let i = 0; i < n; i++) if (t0[i] <= probe) lin = i;
			expect(chunkForTime(idx, probe)).toBe(lin);
		}
	});

	it('finds frames within a chunk by time (ties: the first at, the first after)', () => {
		const t = new Float64Array([10, 20, 20, 20, 30]);
		expect(firstAtOrAfter(t, 5, 20)).toBe(1);
		expect(firstAfter(t, 5, 20)).toBe(4);
		expect(firstAtOrAfter(t, 5, 31)).toBe(5);
		expect(firstAfter(t, 5, 0)).toBe(0);
		expect(firstAtOrAfter(t, 3, 25)).toBe(3);
	});
});

describe('bus-load histogram', () => {
	it('counts a classic 8-byte frame at 135 bits (worst-case stuffing), an extended one longer', () => {
		expect(frameBits(0, 8)).toBe(135);
		expect(frameBits(FLAG_EXT, 8)).toBeGreaterThan(frameBits(0, 8));
		expect(frameBits(0, 0)).toBeLessThan(frameBits(0, 8));
	});

	it('stays at most MAX_BINS long and keeps the total bits when bins merge', () => {
		const h = emptyHistogram(0);
		const b = new FrameBatchBuilder();
		// one 8-byte frame every ms for 120 s: 1,200 bins of 100 ms would be too many
		for (let t = 0; t < 120_000_000; t += 1000) b.push(t, 0x100, 0, 8, [1, 2, 3, 4, 5, 6, 7, 8]);
		addToHistogram(h, b.take());
		expect(h.bits.length).toBeLessThanOrEqual(MAX_BINS);
		expect(h.bin_us).toBe(400_000);
		expect(h.bits.reduce((a, x) => a + x, 0)).toBe(120_000 * 135);
		// 1,000 frames/s × 135 bits at 500 kbit/s = 27 %
		expect(histogramLoad(h, 500_000)[10]).toBeCloseTo(0.27, 5);
	});
});
