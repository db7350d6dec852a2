/**
 * The import/export registry: every log format the app reads or writes, as a streaming reader (chunks of
 * bytes in, FrameBatches and `file:line: reason` errors out) and a streaming writer (batches in, pieces of
 * the file out). The interfaces have the shape of `src/lib/can/formats/types.ts` (the log formats' own
 * contract, see docs/recordings.md), so each format there registers here with one line. Until then candump
 * `-L` is read and written through `src/lib/can/candump.ts`.
 */
import { FrameBatchBuilder, type FrameBatch } from '$lib/can/frame';
import { formatCandumpLine, parseCandumpLog } from '$lib/can/candump';

/** A place in a file a reader could not read: `message` is `file:line: reason` or `file:offset: reason`. */
export interface LogError {
	file: string;
	offset?: number;
	line?: number;
	reason: string;
	message: string;
	/** The reader stopped here: nothing after this point was read. */
	fatal: boolean;
}

export interface ReaderOptions {
	file?: string;
	onBatch: (b: FrameBatch) => void;
	onError?: (e: LogError) => void;
	batchSize?: number;
}

export interface LogReader {
	readonly format: string;
	/** Channel names: `channels[b.channel[i]]` names frame i's interface. */
	readonly channels: string[];
	readonly frames: number;
	/** Lines or records that could not be read and were skipped. */
	readonly skipped: number;
	readonly errors: LogError[];
	readonly stopped: boolean;
	read(chunk: Uint8Array): void;
	end(): void;
}

export interface WriterOptions {
	channels?: string[];
}

export interface LogWriter {
	readonly format: string;
	begin(): Uint8Array | string;
	write(b: FrameBatch): Uint8Array | string;
	end(): Uint8Array | string;
	/** Formats whose header holds totals (BLF): the header to write over the file's first bytes. */
	finalHeader?(): Uint8Array;
}

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

/** candump `-L` lines, streamed: lines are cut from the byte chunks and parsed in blocks. */
export class CandumpStreamReader implements LogReader {
	readonly format = 'candump';
	readonly channels: string[] = [];
	readonly errors: LogError[] = [];
	frames = 0;
	skipped = 0;
	stopped = false;
	#carry = '';
	#lineNo = 0;
	#dec = new TextDecoder('latin1');
	#chan = new Map<string, number>();
	#o: ReaderOptions;
	#file: string;

	constructor(o: ReaderOptions) {
		this.#o = o;
		this.#file = o.file ?? '<log>';
	}

	read(chunk: Uint8Array): void {
		const text = this.#carry + this.#dec.decode(chunk, { stream: true });
		const nl = text.lastIndexOf('\n');
		if (nl < 0) {
			this.#carry = text;
			return;
		}
		this.#carry = text.slice(nl + 1);
		this.#block(text.slice(0, nl));
	}

	end(): void {
		const rest = this.#carry + this.#dec.decode();
		this.#carry = '';
		if (rest.trim()) this.#block(rest);
	}

	#block(text: string): void {
		const base = this.#lineNo;
		const lines = text.split('\n').length;
		this.#lineNo += lines;
		const log = parseCandumpLog(text, this.#file);
		for (const e of log.errors) {
			const line = e.line + base;
			const err: LogError = { file: this.#file, line, reason: e.reason, message: `${this.#file}:${line}: ${e.reason}`, fatal: false };
			this.errors.push(err);
			this.skipped++;
			this.#o.onError?.(err);
		}
		const f = log.frames;
		if (f.count === 0) return;
		const map = log.interfaces.map((name) => {
			let c = this.#chan.get(name);
			if (c === undefined) {
				c = this.channels.length;
				this.channels.push(name);
				this.#chan.set(name, c);
			}
			return c & 255;
		});
		for (let i = 0; i < f.count; i++) f.channel[i] = map[log.ifaceIndex[i]];
		this.frames += f.count;
		this.#o.onBatch(f);
	}
}

/** candump `-L` writer: one line per frame, interfaces named by channel. */
export class CandumpStreamWriter implements LogWriter {
	readonly format = 'candump';
	constructor(private o: WriterOptions = {}) {}
	begin(): string {
		return '';
	}
	write(b: FrameBatch): string {
		const names = this.o.channels ?? [];
		const parts: string[] = new Array(b.count);
		for (let i = 0; i < b.count; i++) {
			const ch = b.channel[i];
			parts[i] = formatCandumpLine(b.t_us[i], names[ch] || `can${ch}`, b.id[i], b.flags[i], b.dlc[i], b.data, i * b.stride);
		}
		return b.count ? parts.join('\n') + '\n' : '';
	}
	end(): string {
		return '';
	}
}

export const FORMATS: LogFormat[] = [
	{
		name: 'candump -L',
		extensions: ['log', 'candump'],
		mime: 'text/plain',
		reader: (o) => new CandumpStreamReader(o),
		writer: (o) => new CandumpStreamWriter(o)
	}
];

/** The format a file name's extension names, or undefined. */
export function formatForFile(name: string, formats = FORMATS): LogFormat | undefined {
	const lower = name.toLowerCase();
	return formats.find((f) => f.extensions.some((e) => lower.endsWith(`.${e}`)));
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
