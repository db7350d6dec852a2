/**
 * The import/export registry: every log format the app reads or writes, as a streaming reader (chunks of
 * bytes in, FrameBatches and `file:line: reason` errors out) and a streaming writer (batches in, pieces of
 * the file out), over the log formats of `src/lib/can/formats/` (their own contract: docs/log-formats.md).
 */
import { FrameBatchBuilder, type FrameBatch } from '$lib/can/frame';
import { READ_FORMATS, WRITE_FORMATS, createReader, createWriter, sniffFormat, type LogFormat as FormatId } from '$lib/can/formats/index';
import type { LogReader, LogWriter, ReaderOptions, WriterOptions } from '$lib/can/formats/types';

export type { LogError, LogReader, LogWriter, ReaderOptions, WriterOptions } from '$lib/can/formats/types';

/** One entry of the registry. */
export interface LogFormat {
	name: string;
	/** File name endings, lower case, without the dot (`log`, `asc`). */
	extensions: string[];
	/** MIME type of exported files. */
	mime: string;
	reader?(o: ReaderOptions): LogReader;
	writer?(o: WriterOptions): LogWriter;
}

const MIME: Record<FormatId, string> = {
	candump: 'text/plain',
	asc: 'text/plain',
	blf: 'application/octet-stream',
	csv: 'text/csv',
	'csv-savvycan': 'text/csv',
	pcap: 'application/vnd.tcpdump.pcap',
	pcapng: 'application/octet-stream',
	trc: 'text/plain'
};
const NAME: Record<FormatId, string> = {
	candump: 'candump -L',
	asc: 'Vector ASC',
	blf: 'Vector BLF',
	csv: 'CSV (python-can)',
	'csv-savvycan': 'CSV (SavvyCAN)',
	pcap: 'PCAP (SocketCAN)',
	pcapng: 'PCAPNG (SocketCAN)',
	trc: 'PEAK TRC'
};
const EXTENSIONS: Record<FormatId, string[]> = {
	candump: ['log', 'candump'],
	asc: ['asc'],
	blf: ['blf'],
	csv: ['csv'],
	'csv-savvycan': ['csv'],
	pcap: ['pcap'],
	pcapng: ['pcapng'],
	trc: ['trc']
};

/** Every format of src/lib/can/formats (docs/log-formats.md), as the import and export menus list them. */
export const FORMATS: LogFormat[] = (['candump', 'asc', 'blf', 'csv', 'csv-savvycan', 'pcap', 'pcapng', 'trc'] as FormatId[]).map((id) => ({
	name: NAME[id],
	extensions: EXTENSIONS[id],
	mime: MIME[id],
	// SavvyCAN's CSV is read by the same reader as python-can's (it tells the layouts by their header)
	...(READ_FORMATS.includes(id) ? { reader: (o: ReaderOptions) => createReader(id, o) } : {}),
	...(WRITE_FORMATS.includes(id) ? { writer: (o: WriterOptions) => createWriter(id, o) } : {})
}));

/** The format a file's first bytes show (binary magic, the shape of its first lines), else its extension's. */
export function formatForFile(name: string, head?: Uint8Array, formats = FORMATS): LogFormat | undefined {
	const sniffed = head ? sniffFormat(head) : undefined;
	if (sniffed) return formats.find((f) => f.name === NAME[sniffed]);
	const lower = name.toLowerCase();
	return formats.find((f) => f.reader && f.extensions.some((e) => lower.endsWith(`.${e}`)));
}

/** Formats that can write, for the export menus. */
export function writableFormats(formats = FORMATS): LogFormat[] {
	return formats.filter((f) => f.writer);
}

/** Re-batches frames for writers and tests (a reader's batches may be any size). */
export function collect(batches: FrameBatch[]): FrameBatch {
	const b = new FrameBatchBuilder(1024);
	for (const x of batches) for (let i = 0; i < x.count; i++) b.pushFrom(x, i);
	return b.take();
}
