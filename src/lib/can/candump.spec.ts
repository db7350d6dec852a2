import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCandumpLine, formatCandumpLog, formatTimestampUs, parseCandumpLog } from './candump';
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FRAME_STRIDE_FD, dlcToLen, frameData } from './frame';

describe('parseCandumpLog', () => {
	it('reads classic, extended, RTR, FD and error frames', () => {
		const log = parseCandumpLog(
			[
				'(1700000000.000100) vcan0 123#DEADBEEF',
				'(1700000000.000200) vcan0 1ABCDEF0#0102',
				'(1700000000.000300) can1 7FF#R',
				'(1700000000.000400) can1 123#R3',
				'(1700000000.000500) vcan0 456##1' + '11'.repeat(12),
				'(1700000000.000600) vcan0 20000080#0000000000000000',
				'(1700000000.000700) vcan0 321#11.22.33'
			].join('\n'),
			'x.log'
		);
		expect(log.errors).toEqual([]);
		const b = log.frames;
		expect(b.count).toBe(7);
		expect(b.stride).toBe(FRAME_STRIDE_FD);
		expect(Array.from(b.t_us)).toEqual([100, 200, 300, 400, 500, 600, 700].map((u) => 1_700_000_000_000_000 + u));
		expect(Array.from(b.id)).toEqual([0x123, 0x1abcdef0, 0x7ff, 0x123, 0x456, 0x80, 0x321]);
		expect(Array.from(b.flags)).toEqual([0, FLAG_EXT, FLAG_RTR, FLAG_RTR, FLAG_FD | FLAG_BRS, FLAG_ERR, 0]);
		expect(Array.from(b.dlc)).toEqual([4, 2, 0, 3, 9, 8, 3]);
		expect(Array.from(frameData(b, 0))).toEqual([0xde, 0xad, 0xbe, 0xef]);
		expect(Array.from(frameData(b, 4))).toEqual(new Array(12).fill(0x11));
		expect(Array.from(frameData(b, 6))).toEqual([0x11, 0x22, 0x33]);
		expect(log.interfaces).toEqual(['vcan0', 'can1']);
		expect(Array.from(log.ifaceIndex)).toEqual([0, 0, 1, 1, 0, 0, 0]);
	});

	it('reports bad lines with file:line and keeps every good frame', () => {
		const text = [
			'(1.000000) can0 100#01',
			'garbage',
			'(1.000001) can0 1234#01', // 4-digit id
			'(1.000002) can0 100#0',
			'',
			'(1.000003) can0 100#010203040506070809',
			'(1.000004) can0 100##1' + '00'.repeat(10), // 10 bytes is not an FD length
			'(1.000005) can0 800#00',
			'(1.000006) can0 200#02'
		].join('\n');
		const log = parseCandumpLog(text, 'bad.log');
		expect(log.errors.map((e) => e.message)).toEqual([
			"bad.log:2: expected '(seconds.micros) iface id#data' but found 'garbage'",
			"bad.log:3: CAN id '1234' must be 3 hex digits (standard) or 8 (extended)",
			"bad.log:4: payload '0' has an odd number of hex digits",
			'bad.log:6: classic CAN payload of 9 bytes is longer than 8',
			'bad.log:7: CAN FD payload of 10 bytes is not a valid FD length',
			'bad.log:8: standard CAN id 0x800 is above 0x7FF'
		]);
		expect(Array.from(log.frames.id.subarray(0, log.frames.count))).toEqual([0x100, 0x200]);
		expect(Array.from(log.lineNo)).toEqual([1, 9]);
	});

	it('reads timestamps exactly, whatever the fraction length', () => {
		const log = parseCandumpLog('(1700000000.1) c 001#\n(5) c 001#\n(0.000001) c 001#\n(1.000001000) c 001#');
		expect(log.errors).toEqual([]);
		expect(Array.from(log.frames.t_us)).toEqual([1_700_000_000_100_000, 5_000_000, 1, 1_000_001]);
	});
});

describe('formatCandumpLine', () => {
	it('writes what can-utils writes', () => {
		const d = [0xde, 0xad, 0xbe, 0xef];
		expect(formatCandumpLine(1_700_000_000_000_100, 'vcan0', 0x123, 0, 4, d, 0)).toBe('(1700000000.000100) vcan0 123#DEADBEEF');
		expect(formatCandumpLine(5, 'can0', 0x1abcdef0, FLAG_EXT, 2, d, 2)).toBe('(0.000005) can0 1ABCDEF0#BEEF');
		expect(formatCandumpLine(0, 'can0', 0x7ff, FLAG_RTR, 3, d, 0)).toBe('(0.000000) can0 7FF#R3');
		expect(formatCandumpLine(0, 'can0', 0x80, FLAG_ERR, 8, new Array(8).fill(0), 0)).toBe('(0.000000) can0 20000080#0000000000000000');
		expect(formatCandumpLine(0, 'can0', 0x456, FLAG_FD | FLAG_BRS, 9, new Array(12).fill(0xab), 0)).toBe(
			'(0.000000) can0 456##1' + 'AB'.repeat(12)
		);
	});

	it('formats timestamps with exactly 6 decimals and no drift', () => {
		expect(formatTimestampUs(1_700_000_000_000_100)).toBe('1700000000.000100');
		expect(formatTimestampUs(999_999)).toBe('0.999999');
		expect(formatTimestampUs(0)).toBe('0.000000');
	});

	it('format → parse round-trips any frame', () => {
		const frame = fc
			.record({
				t: fc.integer({ min: 0, max: 4_000_000_000_000_000 }),
				ext: fc.boolean(),
				kind: fc.constantFrom('data', 'rtr', 'fd', 'fdbrs', 'err'),
				id: fc.nat(),
				dlc: fc.integer({ min: 0, max: 15 }),
				bytes: fc.uint8Array({ minLength: 64, maxLength: 64 })
			})
			.map((f) => {
				let flags = f.kind === 'rtr' ? FLAG_RTR : f.kind === 'fd' ? FLAG_FD : f.kind === 'fdbrs' ? FLAG_FD | FLAG_BRS : f.kind === 'err' ? FLAG_ERR : 0;
				if (f.ext && f.kind !== 'err') flags |= FLAG_EXT;
				const id = f.ext || f.kind === 'err' ? f.id & 0x1fffffff : f.id & 0x7ff;
				const dlc = flags & FLAG_FD ? f.dlc : f.dlc & 7;
				const data = flags & FLAG_RTR ? new Uint8Array(64) : f.bytes.map((b, i) => (i < dlcToLen(dlc) ? b : 0));
				return { t: f.t, flags, id, dlc, data };
			});
		fc.assert(
			fc.property(fc.array(frame, { minLength: 1, maxLength: 20 }), (frames) => {
				const text = frames.map((f) => formatCandumpLine(f.t, 'vcan0', f.id, f.flags, f.dlc, f.data, 0)).join('\n');
				const log = parseCandumpLog(text);
				expect(log.errors).toEqual([]);
				const b = log.frames;
				frames.forEach((f, i) => {
					expect([b.t_us[i], b.id[i], b.flags[i], b.dlc[i]]).toEqual([f.t, f.id, f.flags, f.dlc]);
					expect(Array.from(frameData(b, i))).toEqual(Array.from(f.data.subarray(0, f.flags & FLAG_RTR ? f.dlc : dlcToLen(f.dlc))));
				});
				expect(formatCandumpLog(b, ['vcan0'])).toBe(text + '\n');
			})
		);
	});
});
