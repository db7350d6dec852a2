import { describe, expect, it } from 'vitest';
import { FLAG_FD, FLAG_TX } from '../frame';
import { CandumpWriter } from './candump';
import { plain, readBytes, sampleBatch, writeAll } from './testing';

const enc = (s: string) => new TextEncoder().encode(s);

describe('candump streaming reader', () => {
	it('round-trips every kind of frame but the direction (candump -L has none), whatever the chunk size', () => {
		const b = sampleBatch();
		const bytes = writeAll(new CandumpWriter({ channels: ['vcan0', 'vcan1'] }), [b]);
		for (const chunk of [1, 5, 64, 1 << 20]) {
			const { reader, frames } = readBytes('candump', bytes, chunk);
			expect(reader.errors).toEqual([]);
			expect(frames).toEqual(plain([b], ~FLAG_TX));
			expect(reader.channels).toEqual(['vcan0', 'vcan1']);
		}
	});

	it('reads CRLF lines, T/R direction suffixes and a last line without newline', () => {
		const { reader, frames } = readBytes('candump', enc('(1.000001) can0 123#0102 T\r\n(2.5) can0 124#\n(3.000000) can0 125#FF R'));
		expect(reader.errors).toEqual([]);
		expect(frames.map((f) => [f.t_us, f.id, f.flags, f.data])).toEqual([
			[1_000_001, 0x123, 0x20, [1, 2]],
			[2_500_000, 0x124, 0, []],
			[3_000_000, 0x125, 0, [0xff]]
		]);
	});

	it('a bad line is an error with its line number; the frames around it are kept and it counts as skipped', () => {
		const { reader, frames } = readBytes('candump', enc('(1.000000) can0 100#01\n(1.000001) can0 10#01\n(1.000002) can0 200##0' + '00'.repeat(12) + '\n'), 3, 'bad.log');
		expect(reader.errors.map((e) => e.message)).toEqual(["bad.log:2: CAN id '10' must be 3 hex digits (standard) or 8 (extended)"]);
		expect(frames.map((f) => f.id)).toEqual([0x100, 0x200]);
		expect(frames[1].flags & FLAG_FD).toBe(FLAG_FD);
		expect(reader.skipped).toBe(1);
	});

	it('a binary file fed as text stops at a line longer than 1 MiB instead of gathering it', () => {
		const junk = new Uint8Array(3 << 20).fill(0x41);
		const { reader, frames } = readBytes('candump', junk, 1 << 16, 'bin.log');
		expect(reader.stopped).toBe(true);
		expect(reader.errors[0].message).toBe('bin.log:1: line 1 is longer than 1048576 bytes: not a text log');
		expect(frames).toEqual([]);
	});
});
