import { describe, expect, it } from 'vitest';
import { FrameBatchBuilder, FLAG_FD, type FrameBatch } from '$lib/can/frame';
import { decodeBatch } from '$lib/can/wire';
import { Chunker, MiB, concatBatches } from './chunker';

function batch(from: number, n: number, fdEvery = 0): FrameBatch {
	const b = new FrameBatchBuilder(n);
	for (let i = from; i < from + n; i++) {
		const fd = fdEvery && i % fdEvery === 0;
		b.push(i * 100, i & 0x7ff, fd ? FLAG_FD : 0, fd ? 15 : 8, new Array(64).fill(i & 255), 0, i % 3);
	}
	return b.take();
}

describe('Chunker', () => {
	it('cuts a stream of small batches into chunks of the target size and loses no frame', () => {
		const c = new Chunker(1 * MiB);
		const chunks = [];
		let sent = 0;
		for (let k = 0; k < 600; k++) {
			chunks.push(...c.add(batch(sent, 337)));
			sent += 337;
		}
		const last = c.flush();
		if (last) chunks.push(last);
		const full = chunks.slice(0, -1);
		expect(full.length).toBeGreaterThan(2);
		for (const ch of full) {
			expect(ch.bytes.byteLength).toBeLessThanOrEqual(1 * MiB);
			expect(ch.bytes.byteLength).toBeGreaterThan(0.99 * MiB);
		}
		// every frame once, in order, with its columns
		let n = 0;
		for (const [s, ch] of chunks.entries()) {
			expect(ch.seq).toBe(s);
			expect(ch.first).toBe(n);
			const b = decodeBatch(ch.bytes);
			expect(b.count).toBe(ch.count);
			for (let i = 0; i < b.count; i++, n++) {
				expect(b.t_us[i]).toBe(n * 100);
				expect(b.channel[i]).toBe(n % 3);
			}
		}
		expect(n).toBe(sent);
	});

	it('widens a chunk to 64-byte payloads when a CAN FD frame arrives, keeping the classic frames intact', () => {
		const c = new Chunker(1 * MiB);
		c.add(batch(0, 10));
		c.add(batch(10, 10, 5));
		const b = decodeBatch(c.flush()!.bytes);
		expect(b.stride).toBe(64);
		expect(b.count).toBe(20);
		expect(Array.from(b.data.subarray(3 * 64, 3 * 64 + 8))).toEqual(new Array(8).fill(3));
		expect(b.data[10 * 64 + 63]).toBe(10);
	});

	it('concatBatches keeps an empty list empty', () => {
		expect(concatBatches([]).count).toBe(0);
	});
});
