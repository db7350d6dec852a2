/**
 * The log format registry: which reader or writer a file gets, by its first bytes (magic) or its name
 * (extension). Everything here runs in a browser Worker as in Node (docs/log-formats.md).
 */
import { AscReader, AscWriter } from './asc';
import { BlfReader, BlfWriter, type BlfReaderOptions } from './blf';
import { CandumpReader, CandumpWriter } from './candump';
import { CsvReader, CsvWriter } from './csv';
import { PcapReader, PcapWriter, PcapngWriter } from './pcap';
import { TrcReader } from './trc';
import type { LogReader, LogWriter, ReaderOptions, WriterOptions } from './types';

export type { LogError, LogReader, LogWriter, ReaderOptions, WriterOptions } from './types';

export type LogFormat = 'candump' | 'asc' | 'blf' | 'csv' | 'csv-savvycan' | 'pcap' | 'pcapng' | 'trc';

export const READ_FORMATS: LogFormat[] = ['candump', 'asc', 'blf', 'csv', 'pcap', 'pcapng', 'trc'];
export const WRITE_FORMATS: LogFormat[] = ['candump', 'asc', 'blf', 'csv', 'csv-savvycan', 'pcap', 'pcapng'];

const EXT: Record<string, LogFormat> = {
	log: 'candump',
	candump: 'candump',
	asc: 'asc',
	blf: 'blf',
	csv: 'csv',
	pcap: 'pcap',
	pcapng: 'pcapng',
	trc: 'trc'
};

/** The format a file name's extension names, if any. */
export function formatFromName(name: string): LogFormat | undefined {
	const m = /\.([A-Za-z0-9]+)$/.exec(name);
	return m ? EXT[m[1].toLowerCase()] : undefined;
}

/** The format the first bytes of a file show (binary magic, or the shape of the first text lines). */
export function sniffFormat(head: Uint8Array): LogFormat | undefined {
	if (head.length >= 4) {
		const m = ((head[0] << 24) | (head[1] << 16) | (head[2] << 8) | head[3]) >>> 0;
		if (m === 0x4c4f4747) return 'blf';
		if (m === 0x0a0d0d0a) return 'pcapng';
		if (m === 0xa1b2c3d4 || m === 0xd4c3b2a1 || m === 0xa1b23c4d || m === 0x4d3cb2a1) return 'pcap';
	}
	const text = new TextDecoder('latin1').decode(head.subarray(0, 4096));
	const first = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
	if (/^\(\d+(\.\d+)?\)\s/.test(first)) return 'candump';
	if (/^(date|base)\s/i.test(first) || /^begin\s+triggerblock/im.test(text)) return 'asc';
	if (/^;\$FILEVERSION|^;#{10}/.test(first) || /^\d+\)\s/.test(first)) return 'trc';
	if (/arbitration_id|time stamp,id/i.test(first)) return 'csv';
	return undefined;
}

/** Options of every reader, plus BLF's `inflate`. */
export type AnyReaderOptions = BlfReaderOptions;

/** A reader for `format`; `pcap` reads pcapng too (the magic decides). */
export function createReader(format: LogFormat, o: AnyReaderOptions): LogReader {
	switch (format) {
		case 'candump':
			return new CandumpReader(o);
		case 'asc':
			return new AscReader(o);
		case 'blf':
			return new BlfReader(o);
		case 'csv':
		case 'csv-savvycan':
			return new CsvReader(o);
		case 'pcap':
		case 'pcapng':
			return new PcapReader(o);
		case 'trc':
			return new TrcReader(o);
	}
}

/** A writer for `format` (TRC is read only). */
export function createWriter(format: LogFormat, o: WriterOptions = {}): LogWriter {
	switch (format) {
		case 'candump':
			return new CandumpWriter(o);
		case 'asc':
			return new AscWriter(o);
		case 'blf':
			return new BlfWriter(o);
		case 'csv':
			return new CsvWriter(o);
		case 'csv-savvycan':
			return new CsvWriter({ ...o, layout: 'savvycan' });
		case 'pcap':
			return new PcapWriter(o);
		case 'pcapng':
			return new PcapngWriter(o);
		case 'trc':
			throw new Error('TRC is read only');
	}
}

/** Reads a whole in-memory file (tests, small files): all frames in one batch list, plus the reader. */
export function readAll(format: LogFormat, bytes: Uint8Array, file = '<log>', chunk = 1 << 16): { reader: LogReader; batches: import('../frame').FrameBatch[] } {
	const batches: import('../frame').FrameBatch[] = [];
	const reader = createReader(format, { file, onBatch: (b) => batches.push(b) });
	for (let o = 0; o < bytes.length && !reader.stopped; o += chunk) reader.read(bytes.subarray(o, o + chunk));
	reader.end();
	return { reader, batches };
}
