import { describe, expect, it } from 'vitest';
import { FrameBatchBuilder, type FrameBatch } from '$lib/can/frame';
import { decodeBatch } from '$lib/can/wire';
import { Chunker, type Chunk } from './chunker';
import { applyChunk, newMeta, type RecordingMeta } from './meta';
import { Replay } from './replay';

/** A recording held in memory: `n` frames 1 ms apart, ID = frame number mod 16 (ID 0x555 every 1000th). */
function recording(n: number, chunkBytes = 64 * 1024): { meta: RecordingMeta; chunks: Chunk[]; loads: number[] } {
	const meta = newMeta({ name: 't', source: 'test', dbc: null, channels: ['can0'] });
	const c = new Chunker(chunkBytes);
	const chunks: Chunk[] = [];
	const b = new FrameBatchBuilder(1000);
	for (let i = 0; i < n; i++) {
		b.push(1_000_000 + i * 1000, i % 1000 === 999 ? 0x555 : i % 16, 0, 2, [i & 255, i >> 8]);
		if (b.count === 1000 || i === n - 1) chunks.push(...c.add(b.take()));
	}
	const last = c.flush();
	if (last) chunks.push(last);
	for (const ch of chunks) applyChunk(meta, ch);
	return { meta, chunks, loads: [] };
}

function replayOf(r: ReturnType<typeof recording>): { rep: Replay; got: number[]; sessions: string[] } {
	const rep = new Replay(r.meta, async (s) => {
		r.loads.push(s);
		return decodeBatch(r.chunks[s].bytes);
	});
	const got: number[] = [];
	const sessions: string[] = [];
	rep.subscribe((b: FrameBatch) => {
		for (let i = 0; i < b.count; i++) got.push(b.data[i * b.stride] | (b.data[i * b.stride + 1] << 8));
	});
	rep.onSession((s) => sessions.push(`${s.reason}@${s.t_us}`));
	return { rep, got, sessions };
}

describe('Replay', () => {
	it('hands out every frame up to a time, across chunks, in order and once', async () => {
		const r = recording(20_000);
		expect(r.chunks.length).toBeGreaterThan(5);
		const { rep, got } = replayOf(r);
		await rep.advanceTo(1_000_000 + 4999 * 1000);
		expect(got.length).toBe(5000);
		for (let t = 5000; t < 20_000; t += 777) await rep.advanceTo(1_000_000 + t * 1000 + 500);
		await rep.advanceTo(Infinity);
		expect(got).toEqual(Array.from({ length: 20_000 }, (_, i) => i & 0xffff));
		expect(rep.atEnd).toBe(true);
	});

	it('seeks with one chunk read (the index, then within the chunk) and tells the views', async () => {
		const r = recording(50_000);
		const { rep, got, sessions } = replayOf(r);
		r.loads.length = 0;
		const t = await rep.seek(1_000_000 + 31_234 * 1000 + 1);
		expect(t).toBe(1_000_000 + 31_234 * 1000 + 1);
		expect(sessions).toEqual([`seek@${t}`]);
		// the chunk that holds the time, plus a read-ahead of the next one
		expect(new Set(r.loads).size).toBeLessThanOrEqual(2);
		expect(rep.frameNo).toBe(31_235);
		await rep.step();
		expect(got).toEqual([31_235]);
		// back to the start, clamped
		await rep.seek(-5);
		expect(rep.frameNo).toBe(0);
		expect(rep.position_us).toBe(1_000_000);
	});

	it('steps one frame at a time and finds the next frame of an ID', async () => {
		const r = recording(5000);
		const { rep, got, sessions } = replayOf(r);
		expect(await rep.step()).toBe(1_000_000);
		expect(await rep.step()).toBe(1_001_000);
		expect(got).toEqual([0, 1]);
		expect(await rep.jumpToNext(0x555)).toBe(1_000_000 + 999 * 1000);
		expect(got.at(-1)).toBe(999);
		expect(await rep.jumpToNext(0x555)).toBe(1_000_000 + 1999 * 1000);
		expect(sessions.length).toBe(2);
		// an extended 0x555 is another frame
		expect(await rep.findNext(0x555, true)).toBeNull();
		expect(await rep.jumpToNext(0x7aa)).toBeNull();
	});

	it('an empty recording is at its end and hands nothing out', async () => {
		const meta = newMeta({ name: 'e', source: 'test', dbc: null, channels: [] });
		const rep = new Replay(meta, () => Promise.reject(new Error('no chunks')));
		expect(await rep.advanceTo(1e9)).toBe(0);
		expect(await rep.step()).toBeNull();
		expect(rep.atEnd).toBe(true);
	});
});
