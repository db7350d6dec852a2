import { describe, expect, it } from 'vitest';
import { FrameBatchBuilder, type FrameBatch } from '$lib/can/frame';
import { firstDifference } from './diff';

function stream(frames: Array<[number, number, number[]]>, per = 3): FrameBatch[] {
	const out: FrameBatch[] = [];
	const b = new FrameBatchBuilder();
	for (const [t, id, d] of frames) {
		b.push(t, id, 0, d.length, d);
		if (b.count === per) out.push(b.take());
	}
	if (b.count) out.push(b.take());
	return out;
}
async function* gen(bs: FrameBatch[]) {
	yield* bs;
}

const base: Array<[number, number, number[]]> = Array.from({ length: 10 }, (_, i) => [i * 100, 0x100 + i, [i, i + 1]]);

describe('firstDifference', () => {
	it('two recordings of the same frames, started at different times and batched differently, are the same', async () => {
		const later = base.map(([t, id, d]) => [t + 5_000_000, id, d] as [number, number, number[]]);
		expect(await firstDifference(gen(stream(base, 3)), gen(stream(later, 4)))).toBeNull();
	});

	it('names the first frame whose payload differs, with both frames', async () => {
		const b2 = base.map((f, i) => (i === 6 ? ([f[0], f[1], [6, 99]] as [number, number, number[]]) : f));
		const d = await firstDifference(gen(stream(base)), gen(stream(b2)));
		expect(d?.index).toBe(6);
		expect(d?.fields).toEqual(['data']);
		expect(d?.a?.data).toEqual([6, 7]);
		expect(d?.b?.data).toEqual([6, 99]);
		expect(d?.a?.id).toBe(0x106);
	});

	it('time and ID differences, a time tolerance, and one recording ending first', async () => {
		const late = base.map((f, i) => (i >= 4 ? ([f[0] + 3, f[1], f[2]] as [number, number, number[]]) : f));
		expect((await firstDifference(gen(stream(base)), gen(stream(late))))?.fields).toEqual(['time']);
		expect(await firstDifference(gen(stream(base)), gen(stream(late)), { timeToleranceUs: 3 })).toBeNull();
		const swapped = base.map((f, i) => (i === 2 ? ([f[0], 0x7ff, f[2]] as [number, number, number[]]) : f));
		expect((await firstDifference(gen(stream(base)), gen(stream(swapped))))?.fields).toEqual(['id']);
		const short = await firstDifference(gen(stream(base)), gen(stream(base.slice(0, 7))));
		expect(short).toMatchObject({ index: 7, fields: ['missing'], b: null });
		expect(short?.a?.index).toBe(7);
	});
});
