import { describe, expect, it } from 'vitest';
import { FLAG_FD, FLAG_TX } from '../frame';
import { AscWriter, formatAscDate, parseAscDate } from './asc';
import { plain, readBytes, sampleBatch, writeAll } from './testing';

const enc = (s: string) => new TextEncoder().encode(s);

describe('Vector ASC', () => {
	it('writes the header CANoe accepts and reads every kind of frame back exactly', () => {
		const b = sampleBatch();
		const bytes = writeAll(new AscWriter(), [b]);
		const text = new TextDecoder().decode(bytes);
		const lines = text.split('\n');
		expect(lines[0]).toBe('date Tue Nov 14 10:13:20.123 pm 2023');
		expect(lines[1]).toBe('base hex  timestamps absolute');
		expect(lines[2]).toBe('internal events logged');
		expect(lines[4]).toBe('Begin TriggerBlock Tue Nov 14 10:13:20.123 pm 2023');
		expect(text.trimEnd().endsWith('End TriggerBlock')).toBe(true);
		expect(text).toContain('CANFD   2 Rx       456 1 0 d 32 ');
		for (const chunk of [3, 1 << 20]) {
			const { reader, frames } = readBytes('asc', bytes, chunk);
			expect(reader.errors).toEqual([]);
			expect(frames).toEqual(plain([b]));
		}
	});

	it('dates round-trip and both 12 h and 24 h forms read', () => {
		const t = Date.UTC(2024, 0, 5, 0, 7, 9, 45) * 1000;
		expect(parseAscDate(formatAscDate(t))).toBe(t);
		expect(parseAscDate('Fri Jan 05 00:07:09.045 2024')).toBe(t);
		expect(parseAscDate('Fri Jan 05 12:07:09.045 am 2024')).toBe(t);
	});

	it('reads what CANoe writes: relative timestamps, events, FD flags, decimal base', () => {
		const asc = [
			'date Fri Jan 05 00:00:00.000 am 2024',
			'base dec  timestamps relative',
			'no internal events logged',
			'// version 13.0.0',
			'Begin TriggerBlock Fri Jan 05 00:00:00.000 am 2024',
			'   0.000000 Start of measurement',
			'   0.001000 1  291             Tx   d 2 1 255  Length = 228000 BitCount = 57 ID = 291',
			'   0.001000 CAN 1 Status:chip status error active',
			'   0.001000 CANFD   1 Rx      300  MyMsg                            1 0 9 12 1 2 3 4 5 6 7 8 9 10 11 12   0  0  3000  0 0 0 0 0',
			'   0.000500 1  Statistic: D 0 R 0 XD 0 XR 0 E 0 O 0 B 0.00%',
			'End TriggerBlock'
		].join('\r\n');
		const { reader, frames } = readBytes('asc', enc(asc));
		expect(reader.errors).toEqual([]);
		const t0 = Date.UTC(2024, 0, 5) * 1000;
		expect(frames.map((f) => [f.t_us - t0, f.id, f.flags, f.data])).toEqual([
			[1000, 291, FLAG_TX, [1, 255]],
			[3000, 300, FLAG_FD | 0x08, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]]
		]);
	});

	it('a line it cannot read is an error with the line; the frames before and after are kept and counted as skipped', () => {
		const asc = ['base hex  timestamps absolute', '0.1 1 100 Rx d 2 01 02', 'hello world', '0.2 1 101 Rx d 3 01 02', '0.3 1 1G0 Rx d 1 01', '0.4 1 102 Rx d 1 0F'].join('\n');
		const { reader, frames } = readBytes('asc', enc(asc), 4, 'bad.asc');
		expect(reader.errors.map((e) => e.message)).toEqual([
			"bad.asc:3: not an ASC line: 'hello world'",
			'bad.asc:4: expected 3 data bytes but found 2',
			"bad.asc:5: CAN id '1G0' is not a hex number"
		]);
		expect(frames.map((f) => f.id)).toEqual([0x100, 0x102]);
		expect(reader.skipped).toBe(3);
		expect(reader.stopped).toBe(false);
	});
});
