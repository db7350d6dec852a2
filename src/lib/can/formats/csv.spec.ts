import { describe, expect, it } from 'vitest';
import { FLAG_BRS, FLAG_FD, FLAG_TX } from '../frame';
import { CsvWriter } from './csv';
import { plain, readBytes, sampleBatch, writeAll } from './testing';

const enc = (s: string) => new TextEncoder().encode(s);

describe('CSV', () => {
	it("python-can's layout round-trips (no channel, direction or BRS column: those are lost)", () => {
		const b = sampleBatch();
		const bytes = writeAll(new CsvWriter(), [b]);
		const text = new TextDecoder().decode(bytes);
		expect(text.split('\n')[0]).toBe('timestamp,arbitration_id,extended,remote,error,dlc,data');
		expect(text.split('\n')[1]).toBe('1700000000.123456,0x123,0,0,0,8,AwQFBgcICQo=');
		const { reader, frames } = readBytes('csv', bytes, 11);
		expect(reader.errors).toEqual([]);
		expect(frames).toEqual(plain([b], ~(FLAG_TX | FLAG_BRS)).map((f) => ({ ...f, channel: 0 })));
	});

	it("SavvyCAN's layout round-trips with bus and direction (no BRS)", () => {
		const b = sampleBatch();
		const bytes = writeAll(new CsvWriter({ layout: 'savvycan' }), [b]);
		const text = new TextDecoder().decode(bytes);
		expect(text.split('\n')[1]).toBe('1700000000123456,0x00000123,false,Rx,0,8,03,04,05,06,07,08,09,0A');
		const { reader, frames } = readBytes('csv', bytes, 1 << 20);
		expect(reader.errors).toEqual([]);
		// SavvyCAN has no RTR or error column: those two frames come back as data frames.
		const want = plain([b], ~FLAG_BRS).filter((f) => f.id !== 0x100 && f.t_us !== 1_700_000_001_358_023);
		expect(frames.filter((f) => f.id !== 0x100 && f.t_us !== 1_700_000_001_358_023)).toEqual(want);
	});

	it('reads a SavvyCAN export as SavvyCAN writes it', () => {
		const { reader, frames } = readBytes('csv', enc('Time Stamp,ID,Extended,Dir,Bus,LEN,D1,D2,D3,D4,D5,D6,D7,D8\n166064000,0x0000021A,false,Rx,1,3,FE,36,12,,,,,,\n166064250,0x18DAF110,true,Tx,0,2,01,02,,,,,,,\n'));
		expect(reader.errors).toEqual([]);
		expect(frames.map((f) => [f.t_us, f.id, f.flags, f.channel, f.data])).toEqual([
			[166064000, 0x21a, 0, 1, [0xfe, 0x36, 0x12]],
			[166064250, 0x18daf110, 1 | FLAG_TX, 0, [1, 2]]
		]);
	});

	it('a header with missing columns stops at line 1 naming them; a short row is an error with its line', () => {
		const a = readBytes('csv', enc('timestamp,arbitration_id,dlc,data\n1.0,0x1,1,AQ==\n'), 5, 'a.csv');
		expect(a.reader.errors.map((e) => e.message)).toEqual(['a.csv:1: CSV header lacks the columns extended, remote, error']);
		expect(a.reader.stopped).toBe(true);
		const b = readBytes('csv', enc('timestamp,arbitration_id,extended,remote,error,dlc,data\n1.0,0x1,0,0,0,1,AQ==\n1.5,0x2,0\n2.0,0x3,0,0,0,1,' + 'Aw==\n'), 5, 'b.csv');
		expect(b.reader.errors.map((e) => e.message)).toEqual(['b.csv:3: expected 7 columns but found 3']);
		expect(b.frames.map((f) => [f.t_us, f.id, f.data])).toEqual([
			[1_000_000, 1, [1]],
			[2_000_000, 3, [3]]
		]);
		expect(b.reader.skipped).toBe(1);
	});

	it('FD payloads longer than 8 bytes come back as FD', () => {
		const { frames } = readBytes('csv', enc('timestamp,arbitration_id,extended,remote,error,dlc,data\n0.5,0x10,0,0,0,12,AAECAwQFBgcICQoL\n'));
		expect(frames[0].flags & FLAG_FD).toBe(FLAG_FD);
		expect(frames[0].dlc).toBe(9);
		expect(frames[0].data).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
	});
});
