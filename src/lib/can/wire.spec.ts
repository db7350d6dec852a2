import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAG_EXT, FLAG_FD, FRAME_STRIDE_CLASSIC, FRAME_STRIDE_FD, FrameBatchBuilder, frameData, lenToDlc } from './frame';
import { OP_FRAMES, WireError, decodeBatch, encodeBatch, encodedSize } from './wire';

describe('FrameBatchBuilder', () => {
	it('stays 8 bytes a frame for classic CAN and widens to 64 at the first FD payload, keeping what it had', () => {
		const b = new FrameBatchBuilder(2);
		b.push(10, 0x100, 0, 2, [1, 2], 0, 3);
		expect(b.stride).toBe(FRAME_STRIDE_CLASSIC);
		const fd = Array.from({ length: 64 }, (_, i) => i);
		b.push(20, 0x18daf110, FLAG_EXT | FLAG_FD, lenToDlc(64), fd, 0, 4);
		b.push(30, 0x101, 0, 1, [9], 0, 5); // past the initial capacity: grows too
		const out = b.take();
		expect(out.stride).toBe(FRAME_STRIDE_FD);
		expect(out.count).toBe(3);
		expect(Array.from(frameData(out, 0))).toEqual([1, 2]);
		expect(Array.from(frameData(out, 1))).toEqual(fd);
		expect(Array.from(frameData(out, 2))).toEqual([9]);
		expect(Array.from(out.channel)).toEqual([3, 4, 5]);
		// the next batch starts classic again
		b.push(40, 0x100, 0, 1, [7]);
		expect(b.take().stride).toBe(FRAME_STRIDE_CLASSIC);
	});
});

describe('wire format (one FrameBatch as one binary message)', () => {
	it('round-trips every column, classic and FD, and the size is what encodedSize says', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						t: fc.integer({ min: 0, max: 2 ** 52 }),
						id: fc.integer({ min: 0, max: 0x1fffffff }),
						flags: fc.integer({ min: 0, max: 0x3f }),
						len: fc.constantFrom(0, 1, 8, 12, 64),
						ch: fc.integer({ min: 0, max: 255 })
					}),
					{ maxLength: 40 }
				),
				(frames) => {
					const b = new FrameBatchBuilder(4);
					for (const f of frames) b.push(f.t, f.id, f.flags, lenToDlc(f.len), Array.from({ length: f.len }, (_, k) => (k * 7 + f.id) & 0xff), 0, f.ch);
					const batch = b.take();
					const msg = encodeBatch(batch);
					expect(msg.byteLength).toBe(encodedSize(batch.count, batch.stride));
					expect(msg[0]).toBe(OP_FRAMES);
					// a reader may get the message at any offset of a larger buffer
					const shifted = new Uint8Array(msg.byteLength + 3);
					shifted.set(msg, 3);
					const back = decodeBatch(shifted.subarray(3));
					expect(back.count).toBe(batch.count);
					expect(back.stride).toBe(batch.stride);
					for (const k of ['t_us', 'id', 'flags', 'dlc', 'channel', 'data'] as const) expect(Array.from(back[k])).toEqual(Array.from(batch[k]));
				}
			)
		);
	});

	it('a short, truncated, padded or foreign message is a WireError saying what is wrong, never an out-of-bounds read', () => {
		const b = new FrameBatchBuilder();
		b.push(1, 0x123, 0, 2, [0xde, 0xad]);
		const msg = encodeBatch(b.take());
		expect(() => decodeBatch(msg.subarray(0, 5))).toThrow(new WireError('frame message of 5 bytes is shorter than its 8-byte header'));
		expect(() => decodeBatch(msg.subarray(0, msg.byteLength - 1))).toThrow(/says 1 frames \(\d+ bytes\) but has \d+ bytes/);
		const padded = new Uint8Array(msg.byteLength + 8);
		padded.set(msg);
		expect(() => decodeBatch(padded)).toThrow(WireError);
		const op = msg.slice();
		op[0] = 0x02;
		expect(() => decodeBatch(op)).toThrow('binary message opcode 0x02 (expected 0x01)');
		const stride = msg.slice();
		stride[1] = 9;
		expect(() => decodeBatch(stride)).toThrow('frame message stride 9 (must be 8 or 64)');
		const huge = msg.slice();
		new DataView(huge.buffer).setUint32(4, 0xffffffff, true);
		expect(() => decodeBatch(huge)).toThrow(WireError);
	});
});
