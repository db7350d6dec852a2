import { describe, expect, it } from 'vitest';
import { FLAG_BRS, FLAG_EXT, FLAG_FD, FLAG_RTR, FLAG_TX } from '../frame';
import { readBytes } from './testing';

const enc = (s: string) => new TextEncoder().encode(s);

describe('PEAK TRC', () => {
	it('reads version 1.1', () => {
		const trc = [
			';$FILEVERSION=1.1',
			';$STARTTIME=45296.5',
			';   Message Number',
			'     1)      1059.9  Rx         0300  8  00 01 02 03 04 05 06 07',
			'     2)      1283.2  Tx     18EFC8E1  2  AA BB',
			'     3)      1300.0  Warng  FFFFFFFF  4  00 00 00 08 BUSHEAVY',
			'     4)      1400.0  Rx         0301  1  RTR'
		].join('\r\n');
		const { reader, frames } = readBytes('trc', enc(trc), 6);
		expect(reader.errors).toEqual([]);
		const t0 = Date.UTC(2024, 0, 5, 12) * 1000; // day 45296 = 2024-01-05, .5 = noon
		expect(frames.map((f) => [f.t_us - t0, f.id, f.flags, f.dlc, f.data])).toEqual([
			[1_059_900, 0x300, 0, 8, [0, 1, 2, 3, 4, 5, 6, 7]],
			[1_283_200, 0x18efc8e1, FLAG_EXT | FLAG_TX, 2, [0xaa, 0xbb]],
			[1_400_000, 0x301, FLAG_RTR, 1, []]
		]);
	});

	it('reads version 2.1 with its columns, CAN FD and µs offsets', () => {
		const trc = [
			';$FILEVERSION=2.1',
			';$COLUMNS=N,O,T,B,I,d,R,L,D',
			'      1         0.123 DT  1     0123 Rx -  2    11 22',
			'      2        10.500 FB  2     0456 Tx -  9    00 01 02 03 04 05 06 07 08 09 0A 0B',
			'      3        11.000 ST  1        - Rx -  4    00 00 00 00'
		].join('\n');
		const { reader, frames } = readBytes('trc', enc(trc));
		expect(reader.errors).toEqual([]);
		expect(frames.map((f) => [f.t_us, f.id, f.flags, f.channel, f.data.length])).toEqual([
			[123, 0x123, 0, 0, 2],
			[10_500, 0x456, FLAG_FD | FLAG_BRS | FLAG_TX, 1, 12]
		]);
	});

	it('a line it cannot read is an error with its line, the rest is read', () => {
		const trc = [';$FILEVERSION=1.1', '     1)      1.0  Rx         0300  2  00 01', 'junk', '     2)      2.0  Rx         0301  2  00', '     3)      3.0  Rx         0302  0'].join('\n');
		const { reader, frames } = readBytes('trc', enc(trc), 5, 'b.trc');
		expect(reader.errors.map((e) => e.message)).toEqual([
			"b.trc:3: expected '<number>)' at the start of a TRC 1.1 line but found 'junk'",
			"b.trc:4: expected 2 data bytes in '2)      2.0  Rx         0301  2  00'"
		]);
		expect(frames.map((f) => f.id)).toEqual([0x300, 0x302]);
		expect(reader.skipped).toBe(2);
	});
});
