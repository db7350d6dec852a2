import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FLAG_ERR, FLAG_EXT, FRAME_STRIDE_FD, FrameBatchBuilder, lenToDlc } from './frame';
import { TraceBuffer, TraceFilter, type FramePredicate } from './trace-buffer';

function batch(frames: Array<[t: number, id: number, data: number[], flags?: number]>, stride = 8) {
	const b = new FrameBatchBuilder(4, stride);
	for (const [t, id, data, flags] of frames) b.push(t, id, flags ?? 0, lenToDlc(data.length), data);
	return b.take();
}

const bytes = (buf: TraceBuffer, seq: number) => Array.from(buf.payload(buf.slotOf(seq)));
const changedBytes = (buf: TraceBuffer, seq: number) => {
	const slot = buf.slotOf(seq);
	return bytes(buf, seq).flatMap((_, k) => (buf.isChanged(slot, k) ? [k] : []));
};

describe('TraceBuffer', () => {
	it('records frames in arrival order with time, id, flags, dlc and payload', () => {
		const buf = new TraceBuffer(16);
		buf.push(batch([[10, 0x100, [1, 2, 3]], [20, 0x1abcdef, [9], FLAG_EXT]]));
		expect(buf.total).toBe(2);
		expect(buf.size).toBe(2);
		expect(buf.t_us[buf.slotOf(1)]).toBe(20);
		expect(buf.id[buf.slotOf(1)]).toBe(0x1abcdef);
		expect(buf.flags[buf.slotOf(1)]).toBe(FLAG_EXT);
		expect(buf.dlc[buf.slotOf(0)]).toBe(3);
		expect(bytes(buf, 0)).toEqual([1, 2, 3]);
		expect(bytes(buf, 1)).toEqual([9]);
	});

	it('wraps around: keeps the newest `capacity` frames and refuses overwritten ones', () => {
		const buf = new TraceBuffer(4);
		for (let i = 0; i < 10; i++) buf.push(batch([[i * 100, 0x200 + i, [i, i + 1]]]));
		expect(buf.total).toBe(10);
		expect(buf.first).toBe(6);
		expect(buf.size).toBe(4);
		expect(buf.has(5)).toBe(false);
		expect(() => buf.slotOf(5)).toThrow(/frame #5 is not held \(held: #6\.\.#9\)/);
		for (let seq = 6; seq < 10; seq++) {
			expect(buf.id[buf.slotOf(seq)]).toBe(0x200 + seq);
			expect(buf.t_us[buf.slotOf(seq)]).toBe(seq * 100);
			expect(bytes(buf, seq)).toEqual([seq, seq + 1]);
		}
	});

	it('a shorter frame in a reused slot does not show the old payload', () => {
		const buf = new TraceBuffer(1);
		buf.push(batch([[0, 1, [1, 2, 3, 4, 5, 6, 7, 8]]]));
		buf.push(batch([[1, 2, [0xaa]]]));
		expect(bytes(buf, 1)).toEqual([0xaa]);
		expect(Array.from(buf.data)).toEqual([0xaa, 0, 0, 0, 0, 0, 0, 0]);
	});

	it('marks bytes that differ from the previous frame of the same ID, like cansniffer', () => {
		const buf = new TraceBuffer(16);
		buf.push(
			batch([
				[0, 0x100, [1, 2, 3, 4]],
				[1, 0x200, [1, 2, 3, 4]],
				[2, 0x100, [1, 9, 3, 4]],
				[3, 0x200, [1, 2, 3, 4]],
				[4, 0x100, [1, 9, 3, 5, 6]]
			])
		);
		expect(changedBytes(buf, 0)).toEqual([]); // nothing to compare with yet
		expect(changedBytes(buf, 2)).toEqual([1]);
		expect(changedBytes(buf, 3)).toEqual([]); // 0x100 in between does not count for 0x200
		expect(changedBytes(buf, 4)).toEqual([3, 4]); // byte 4 is new: the previous frame was shorter
	});

	it('keeps comparing with the previous frame of an ID after that frame was overwritten', () => {
		const buf = new TraceBuffer(2);
		buf.push(batch([[0, 0x10, [7, 7]], [1, 0x20, [0]], [2, 0x30, [0]], [3, 0x10, [7, 8]]]));
		expect(buf.has(0)).toBe(false);
		expect(changedBytes(buf, 3)).toEqual([1]);
	});

	it('standard and extended frames with the same number are different IDs; error frames compare with nothing', () => {
		const buf = new TraceBuffer(8);
		buf.push(batch([[0, 0x100, [1]], [1, 0x100, [2], FLAG_EXT], [2, 0, [3], FLAG_ERR], [3, 0x100, [1]]]));
		expect(changedBytes(buf, 1)).toEqual([]);
		expect(changedBytes(buf, 2)).toEqual([]);
		expect(changedBytes(buf, 3)).toEqual([]);
	});

	it('cuts CAN FD payloads that do not fit a classic buffer, and says how many', () => {
		const buf = new TraceBuffer(4);
		const data = Array.from({ length: 12 }, (_, k) => k + 1);
		buf.push(batch([[0, 0x300, data]], FRAME_STRIDE_FD));
		expect(buf.dlc[buf.slotOf(0)]).toBe(9);
		expect(bytes(buf, 0)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(buf.truncated).toBe(1);
		const fd = new TraceBuffer(4, FRAME_STRIDE_FD);
		fd.push(batch([[0, 0x300, data]], FRAME_STRIDE_FD));
		expect(bytes(fd, 0)).toEqual(data);
		expect(fd.truncated).toBe(0);
	});

	it('rejects a capacity or stride it cannot hold, naming the value', () => {
		expect(() => new TraceBuffer(0)).toThrow(/capacity must be a positive integer, got 0/);
		expect(() => new TraceBuffer(8, 16)).toThrow(/stride must be 8 or 64, got 16/);
	});

	it('clear() forgets frames and the previous payloads', () => {
		const buf = new TraceBuffer(4);
		buf.push(batch([[0, 0x100, [1]]]));
		buf.clear();
		expect(buf.total).toBe(0);
		buf.push(batch([[5, 0x100, [2]]]));
		expect(changedBytes(buf, 0)).toEqual([]);
	});
});

const byId =
	(...ids: number[]): FramePredicate =>
	(b, slot) =>
		ids.includes(b.id[slot]);

describe('TraceFilter', () => {
	it('indexes only the frames the predicate accepts, in order, and picks up new frames on sync', () => {
		const buf = new TraceBuffer(64);
		buf.push(batch([[0, 0x100, [0]], [1, 0x200, [0]], [2, 0x100, [0]]]));
		const f = new TraceFilter(buf, byId(0x100));
		expect(f.sync()).toBe(2);
		expect([f.seqAt(0), f.seqAt(1)]).toEqual([0, 2]);
		buf.push(batch([[3, 0x300, [0]], [4, 0x100, [0]]]));
		expect(f.sync()).toBe(1);
		expect(f.length).toBe(3);
		expect(f.seqAt(2)).toBe(4);
		expect(() => f.seqAt(3)).toThrow(/position 3 is not held/);
	});

	it('drops overwritten matches from the front while positions stay where they were', () => {
		const buf = new TraceBuffer(4);
		const f = new TraceFilter(buf, byId(0x100));
		buf.push(batch([[0, 0x100, [0]], [1, 0x200, [0]], [2, 0x100, [0]]]));
		f.sync();
		buf.push(batch([[3, 0x200, [0]], [4, 0x100, [0]], [5, 0x200, [0]]])); // seq 0 and 1 overwritten
		f.sync();
		expect(f.start).toBe(1);
		expect(f.end).toBe(3);
		expect([f.seqAt(1), f.seqAt(2)]).toEqual([2, 4]);
		expect(() => f.seqAt(0)).toThrow(/not held/);
	});

	it('skips frames that were overwritten before it got to see them', () => {
		const buf = new TraceBuffer(4);
		const f = new TraceFilter(buf);
		for (let i = 0; i < 10; i++) buf.push(batch([[i, 0x100, [i]]]));
		expect(f.sync()).toBe(4);
		expect(f.seqAt(f.start)).toBe(6);
	});

	it('finds the position of a frame by its sequence number', () => {
		const buf = new TraceBuffer(16);
		buf.push(batch([[0, 0x100, [0]], [1, 0x200, [0]], [2, 0x100, [0]], [3, 0x100, [0]]]));
		const f = new TraceFilter(buf, byId(0x100));
		f.sync();
		expect(f.positionOf(0)).toBe(0);
		expect(f.positionOf(1)).toBe(1); // not a match: the next match's position
		expect(f.positionOf(3)).toBe(2);
		expect(f.positionOf(4)).toBe(f.end);
	});

	it('a new predicate rebuilds the view from every frame held', () => {
		const buf = new TraceBuffer(8);
		buf.push(batch([[0, 0x100, [0]], [1, 0x200, [0]], [2, 0x100, [0]]]));
		const f = new TraceFilter(buf, byId(0x100));
		f.sync();
		f.setPredicate(byId(0x200));
		expect(f.length).toBe(1);
		expect(f.seqAt(0)).toBe(1);
		f.setPredicate(null);
		expect(f.length).toBe(3);
	});

	it('starts over when the buffer is cleared', () => {
		const buf = new TraceBuffer(8);
		const f = new TraceFilter(buf);
		buf.push(batch([[0, 0x100, [0]], [1, 0x100, [0]], [2, 0x100, [0]]]));
		f.sync();
		buf.clear();
		buf.push(batch([[9, 0x200, [0]], [10, 0x200, [0]], [11, 0x200, [0]], [12, 0x200, [0]]]));
		f.sync();
		expect(f.start).toBe(0);
		expect(f.length).toBe(4);
		expect(buf.id[buf.slotOf(f.seqAt(0))]).toBe(0x200);
	});

	it('always equals filtering the last `capacity` frames of the whole stream (any batches, any syncs)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 12 }),
				fc.array(fc.tuple(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 9 }), fc.boolean()), { maxLength: 20 }),
				(capacity, steps) => {
					const buf = new TraceBuffer(capacity);
					const f = new TraceFilter(buf, (b, slot) => b.id[slot] % 2 === 0);
					const all: number[] = [];
					for (const [ids, doSync] of steps) {
						buf.push(batch(ids.map((id) => [all.length, id, [id]] as [number, number, number[]])));
						for (const id of ids) all.push(id);
						if (doSync) f.sync();
					}
					f.sync();
					const expected = all.map((id, seq) => [seq, id]).slice(Math.max(0, all.length - capacity)).filter(([, id]) => id % 2 === 0);
					const got: number[][] = [];
					for (let p = f.start; p < f.end; p++) {
						const seq = f.seqAt(p);
						got.push([seq, buf.id[buf.slotOf(seq)]]);
					}
					expect(got).toEqual(expected);
				}
			)
		);
	});
});
