import { describe, expect, it } from 'vitest';
import { FLAG_FD, type FrameBatch } from '$lib/can/frame';
import { collect, formatForFile, FORMATS, type LogReader } from './formats';
import { exportBlob } from './export';

const candump = FORMATS.find((f) => f.name === 'candump -L')!;

const LOG = ['(1700000000.000100) vcan0 123#DEADBEEF', '(1700000000.000200) vcan1 18FEF100#0102', '(1700000000.000300) vcan0 7FF##1' + '00'.repeat(12), ''].join('\n');

function readAll(bytes: Uint8Array, cut: number[]): { r: LogReader; frames: FrameBatch } {
	const out: FrameBatch[] = [];
	const r = candump.reader!({ file: 'x.log', onBatch: (b: FrameBatch) => out.push(b) });
	let at = 0;
	for (const c of [...cut, bytes.length]) {
		r.read(bytes.subarray(at, c));
		at = c;
	}
	r.end();
	return { r, frames: collect(out) };
}

describe('candump -L streaming reader and writer', () => {
	it('reads the same frames whatever the chunk boundaries (mid-line, mid-token)', () => {
		const bytes = new TextEncoder().encode(LOG);
		const whole = readAll(bytes, []);
		expect(whole.frames.count).toBe(3);
		expect(whole.r.channels).toEqual(['vcan0', 'vcan1']);
		expect(Array.from(whole.frames.channel)).toEqual([0, 1, 0]);
		expect(whole.frames.flags[2] & FLAG_FD).toBe(FLAG_FD);
		for (const cut of [[1], [5, 41], [10, 20, 30, 40, 50, 60, 70, 80]]) {
			const part = readAll(bytes, cut);
			expect(Array.from(part.frames.id)).toEqual(Array.from(whole.frames.id));
			expect(Array.from(part.frames.t_us)).toEqual([1700000000000100, 1700000000000200, 1700000000000300]);
		}
	});

	it('a bad line is reported as file:line: reason and the frames around it are kept', () => {
		const text = LOG.replace('vcan1 18FEF100#0102', 'vcan1 18FEF100#01X2') + '(1700000000.000400) vcan0 100#00\n';
		const { r, frames } = readAll(new TextEncoder().encode(text), [50]);
		expect(frames.count).toBe(3);
		expect(r.skipped).toBe(1);
		expect(r.errors[0].message).toMatch(/^x\.log:2: payload '01X2' is not hex/);
	});

	it('writes what it reads (round trip through a streamed Blob), interfaces by channel name', async () => {
		const { r, frames } = readAll(new TextEncoder().encode(LOG), []);
		const blob = await exportBlob(candump, [frames], r.channels);
		expect(await blob.text()).toBe(LOG);
		expect(String(candump.writer!({}).write(frames)).split('\n')[0]).toBe('(1700000000.000100) can0 123#DEADBEEF');
	});

	it('picks the format from the first bytes, else from the file name', () => {
		expect(formatForFile('Trip.LOG')?.name).toBe('candump -L');
		expect(formatForFile('trip.mf4')).toBeUndefined();
		expect(formatForFile('trip.bin', new TextEncoder().encode('LOGG'))?.name).toBe('Vector BLF');
		expect(formatForFile('trip.txt', new TextEncoder().encode('date Mon Dec 1 10:00:00 2026\nbase hex  timestamps absolute\n'))?.name).toBe('Vector ASC');
	});

	it('offers every format the log formats read and write', () => {
		expect(FORMATS.filter((f) => f.reader).map((f) => f.name)).toEqual(['candump -L', 'Vector ASC', 'Vector BLF', 'CSV (python-can)', 'PCAP (SocketCAN)', 'PCAPNG (SocketCAN)', 'PEAK TRC']);
		expect(FORMATS.filter((f) => f.writer).map((f) => f.name)).toEqual(['candump -L', 'Vector ASC', 'Vector BLF', 'CSV (python-can)', 'CSV (SavvyCAN)', 'PCAP (SocketCAN)', 'PCAPNG (SocketCAN)']);
	});

	it('exports through each writer and reads the file back with the same frames', async () => {
		const { frames } = readAll(new TextEncoder().encode(LOG), []);
		for (const f of FORMATS.filter((x) => x.writer && x.name !== 'CSV (SavvyCAN)')) {
			const bytes = new Uint8Array(await (await exportBlob(f, [frames], ['vcan0', 'vcan1'])).arrayBuffer());
			const back: FrameBatch[] = [];
			const r = formatForFile(`x.${f.extensions[0]}`, bytes)!.reader!({ file: 'x', onBatch: (b: FrameBatch) => back.push(b) });
			r.read(bytes);
			r.end();
			expect(r.errors, f.name).toEqual([]);
			expect(Array.from(collect(back).id), f.name).toEqual(Array.from(frames.id));
		}
	});
});
