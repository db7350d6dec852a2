import { describe, expect, it } from 'vitest';
import { TraceBuffer } from '$lib/can/trace-buffer';
import { DbcCodec } from '$lib/can/dbc/codec';
import { parseDbc } from '$lib/can/dbc/parse';
import { ROW_H, TraceView, type FrameRow } from './trace.svelte';

const VIEW_H = 20 * ROW_H; // 20 rows on screen

function recorded(frames: number, capacity = frames): TraceBuffer {
	const buf = new TraceBuffer(capacity);
	for (let i = 0; i < frames; i++) buf.pushFrame(i * 100, 0x100 + (i % 3), 0, 2, [i & 0xff, 0]);
	return buf;
}
const frameRows = (v: TraceView) => v.rows.filter((r): r is FrameRow => r.kind === 'frame');
const seqs = (v: TraceView) => frameRows(v).map((r) => r.seq);

describe('TraceView layout', () => {
	it('following: shows the newest frames and asks for the scroll position at the end', () => {
		const v = new TraceView(recorded(1000));
		const want = v.update(0, VIEW_H);
		expect(v.rowCount).toBe(1000);
		expect(want).toBe(1000 * ROW_H - VIEW_H);
		expect(seqs(v).at(-1)).toBe(999);
		expect(v.rows.length).toBeLessThanOrEqual(21);
	});

	it('renders only the rows on screen, also for a million frames (scaled scrolling)', () => {
		const v = new TraceView(recorded(1 << 20));
		v.setFollow(false);
		v.update(0, VIEW_H);
		expect(v.rows.length).toBeLessThanOrEqual(21);
		expect(seqs(v)[0]).toBe(0);
		expect(v.bodyPx).toBeLessThan((1 << 20) * ROW_H); // capped: browsers cannot make elements that tall
		// half way down the scroll body is half way through the frames
		v.userScrolled((v.bodyPx - VIEW_H) / 2);
		v.update((v.bodyPx - VIEW_H) / 2, VIEW_H);
		expect(Math.abs(seqs(v)[0] - (1 << 19))).toBeLessThan(20);
		// and the end is the end
		const end = v.bodyPx - VIEW_H;
		v.userScrolled(end);
		v.update(end, VIEW_H);
		expect(seqs(v).at(-1)).toBe((1 << 20) - 1);
		expect(v.follow).toBe(true); // reaching the end by scrolling follows again
	});

	it('pause freezes the rows and counts what arrives; resume jumps to live', () => {
		const buf = recorded(100, 1000);
		const v = new TraceView(buf);
		v.update(0, VIEW_H);
		v.pause();
		for (let i = 0; i < 50; i++) buf.pushFrame(1e6 + i, 0x200, 0, 1, [i]);
		const top = (100 - 20) * ROW_H;
		v.update(top, VIEW_H);
		expect(v.newCount).toBe(50);
		expect(v.total).toBe(150);
		expect(seqs(v).at(-1)).toBe(99);
		v.resume();
		v.update(top, VIEW_H);
		expect(v.newCount).toBe(0);
		expect(seqs(v).at(-1)).toBe(149);
	});

	it('expanding a frame inserts its decoded signal rows under it and stops following', () => {
		const v = new TraceView(recorded(30));
		v.setCodec(
			new DbcCodec(
				parseDbc(
					'VERSION ""\nBU_: CVC\nBO_ 256 VehicleState: 2 CVC\n SG_ Counter : 0|8@1+ (1,0) [0|255] "" CVC\n SG_ Mode : 8|8@1+ (1,0) [0|3] "" CVC\n' +
						'VAL_ 256 Mode 0 "INIT" 1 "RUN" ;\n',
					'test.dbc'
				)
			)
		);
		const scroll = v.update(0, VIEW_H) ?? 0;
		const target = frameRows(v).find((r) => r.name === 'VehicleState')!;
		expect(target.expandable).toBe(true);
		expect(frameRows(v).find((r) => r.idText === '101')?.expandable).toBe(false); // not in the DBC
		v.toggle(target.seq);
		expect(v.follow).toBe(false);
		v.update(scroll, VIEW_H);
		expect(v.rowCount).toBe(32);
		const i = v.rows.findIndex((r) => r.kind === 'frame' && r.seq === target.seq);
		const [counter, mode, next] = v.rows.slice(i + 1, i + 4);
		expect(counter).toMatchObject({ kind: 'signal', seq: target.seq, sig: { name: 'Counter', value: target.seq } });
		expect(mode).toMatchObject({ kind: 'signal', sig: { name: 'Mode', value: 0, label: 'INIT' } });
		expect(next).toMatchObject({ kind: 'frame', seq: target.seq + 1 });
		v.toggle(target.seq);
		v.update(scroll, VIEW_H);
		expect(v.rowCount).toBe(30);
	});

	it('keyboard: arrows move the cursor and scroll it into view, Home and End jump', () => {
		const v = new TraceView(recorded(200));
		let scroll = v.update(0, VIEW_H) ?? 0;
		expect(v.key('ArrowUp')).toBe(true);
		expect(v.follow).toBe(false);
		scroll = v.update(scroll, VIEW_H) ?? scroll;
		const a = v.active;
		expect(v.rows.some((r) => r.vi === a)).toBe(true);
		v.key('Home');
		scroll = v.update(scroll, VIEW_H) ?? scroll;
		expect(v.active).toBe(0);
		expect(scroll).toBe(0);
		expect(v.rows[0].vi).toBe(0);
		v.key('PageDown');
		expect(v.active).toBe(19); // a page: the rows on screen less one, for context
		v.key('End');
		scroll = v.update(scroll, VIEW_H) ?? scroll;
		expect(v.active).toBe(199);
		expect(v.follow).toBe(true);
		expect(v.key('x')).toBe(false);
	});

	it('when old frames are overwritten, a view that is not following keeps showing the same frames', () => {
		const buf = recorded(100, 100);
		const v = new TraceView(buf);
		v.setFollow(false);
		const top = 40 * ROW_H;
		v.update(0, VIEW_H);
		v.userScrolled(top);
		v.update(top, VIEW_H);
		const before = seqs(v)[0];
		for (let i = 0; i < 10; i++) buf.pushFrame(1e6 + i, 0x200, 0, 1, [i]);
		const want = v.update(top, VIEW_H);
		expect(want).toBe(30 * ROW_H);
		expect(seqs(v)[0]).toBe(before);
	});

	it('a bad ID filter reports the error and keeps the previous filter', () => {
		const v = new TraceView(recorded(30));
		v.setFilter({ ids: '101', name: '', sender: '' });
		v.update(0, VIEW_H);
		expect(v.rowCount).toBe(10);
		v.setFilter({ ids: '10x', name: '', sender: '' });
		expect(v.filterError).toMatch(/'10x' at column 1 is not a hex identifier/);
		v.update(0, VIEW_H);
		expect(v.rowCount).toBe(10);
	});
});

describe('TraceView fault markers', () => {
	const texts = (v: TraceView) => v.rows.map((r) => (r.kind === 'marker' ? `${r.action} ${r.label} @${r.time}` : r.kind === 'frame' ? r.seq : 'sig'));

	it('a marker is a row before the first frame at or after its time, whatever the filter; the newest goes last', () => {
		const v = new TraceView(recorded(10)); // frames every 100 µs
		v.setMarkers([
			{ t_us: 250, action: 'inject', label: 'power-off:fzc' },
			{ t_us: 5000, action: 'clear', label: 'power-off:fzc' }
		]);
		v.update(0, VIEW_H);
		expect(v.rowCount).toBe(12);
		expect(texts(v)).toEqual([0, 1, 2, 'inject power-off:fzc @0.000250', 3, 4, 5, 6, 7, 8, 9, 'clear power-off:fzc @0.005000']);
		// an ID filter hides frames, never markers
		v.setFilter({ ids: '101', name: '', sender: '' });
		v.update(0, VIEW_H);
		expect(texts(v)).toEqual([1, 'inject power-off:fzc @0.000250', 4, 7, 'clear power-off:fzc @0.005000']);
	});

	it('markers sit under an expanded frame’s signals, and the keys step over them', () => {
		const codec = new DbcCodec(parseDbc('VERSION ""\nBU_: CVC\nBO_ 256 VehicleState: 2 CVC\n SG_ Counter : 0|8@1+ (1,0) [0|255] "" CVC\n', 'test.dbc'));
		const v = new TraceView(recorded(6));
		v.setCodec(codec);
		v.setMarkers([{ t_us: 10, action: 'inject', label: 'obstacle' }]);
		v.update(0, VIEW_H);
		v.toggle(0);
		v.update(0, VIEW_H);
		expect(texts(v).slice(0, 4)).toEqual([0, 'sig', 'inject obstacle @0.000010', 1]);
		v.activate(2);
		expect(v.key('Enter')).toBe(false); // nothing to expand on a marker: the key is not used, the cursor stays
		expect(v.active).toBe(2);
		v.key('ArrowDown');
		expect(v.rows[v.active]).toMatchObject({ kind: 'frame', seq: 1 });
		v.setMarkers([]);
		v.update(0, VIEW_H);
		expect(v.rows.some((r) => r.kind === 'marker')).toBe(false);
	});
});
