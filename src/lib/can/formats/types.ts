/**
 * The streaming contract every log format implements (docs/log-formats.md): a reader takes the file in
 * chunks of any size and hands out FrameBatches and errors through callbacks, so a 1 GB log never sits in
 * memory whole and the same code runs in a Web Worker (no Node APIs anywhere in this folder). Timestamps are
 * integer µs in `t_us` (epoch µs when the file says when it was recorded, else µs from its start).
 */
import { FrameBatchBuilder, type FrameBatch } from '../frame';

/** A place in a file a reader could not read: `message` is `file:offset: reason` or `file:line: reason`. */
export interface LogError {
	file: string;
	/** Byte offset (binary formats). */
	offset?: number;
	/** 1-based line (text formats). */
	line?: number;
	reason: string;
	message: string;
	/** True when the reader stopped here: nothing after this point was read. */
	fatal: boolean;
}

export interface ReaderOptions {
	/** Name used in error messages. */
	file?: string;
	/** Called with every full batch, and the rest at `end()`. */
	onBatch: (b: FrameBatch) => void;
	/** Called for every error; default: collected in `errors` only. */
	onError?: (e: LogError) => void;
	/** Frames a batch (default 4096). */
	batchSize?: number;
}

/** A streaming log reader: feed `read` with chunks, then call `end` once. */
export interface LogReader {
	readonly format: string;
	/** Channel (interface) names: `channels[b.channel[i]]` names frame i's interface. */
	readonly channels: string[];
	/** Frames handed out so far. */
	readonly frames: number;
	/** Lines, records or objects that could not be read and were skipped. */
	readonly skipped: number;
	readonly errors: LogError[];
	/** True once a fatal error stopped the reader (later chunks are ignored). */
	readonly stopped: boolean;
	read(chunk: Uint8Array): void;
	end(): void;
}

export interface WriterOptions {
	/** Channel names by channel index (candump interface names); default `can<index>`. */
	channels?: string[];
}

/** A streaming log writer: each call returns the bytes or text to append to the file. */
export interface LogWriter {
	readonly format: string;
	/** The next bytes of the file; the first call also returns the header (it may need the first frame's time). */
	write(b: FrameBatch): Uint8Array | string;
	end(): Uint8Array | string;
	/**
	 * For formats whose header holds totals (BLF): the header to write again over the file's first bytes
	 * once all frames are written, when the output can seek. Absent otherwise.
	 */
	finalHeader?(): Uint8Array;
}

/** Shared bookkeeping of readers: batches, channel names, errors, counts. */
export abstract class BaseReader implements LogReader {
	abstract readonly format: string;
	readonly channels: string[] = [];
	readonly errors: LogError[] = [];
	frames = 0;
	skipped = 0;
	stopped = false;
	protected readonly file: string;
	protected readonly builder: FrameBatchBuilder;
	readonly #onBatch: (b: FrameBatch) => void;
	readonly #onError?: (e: LogError) => void;
	/** Frames a batch holds before it is handed out. */
	protected readonly batchSize: number;
	readonly #chanMap = new Map<string, number>();

	constructor(o: ReaderOptions) {
		this.file = o.file ?? '<log>';
		this.#onBatch = o.onBatch;
		this.#onError = o.onError;
		this.batchSize = o.batchSize ?? 4096;
		this.builder = new FrameBatchBuilder(this.batchSize);
	}

	abstract read(chunk: Uint8Array): void;
	abstract end(): void;

	/** Appends a frame and hands out the batch when full. */
	protected push(t_us: number, id: number, flags: number, dlc: number, data: ArrayLike<number>, offset: number, channel: number): void {
		this.builder.push(t_us, id, flags, dlc, data, offset, channel);
		this.frames++;
		if (this.builder.count >= this.batchSize) this.#onBatch(this.builder.take());
	}

	/**
	 * After frames written straight into the batch of `builder.room(…)` (rows `count` .. `count + rows - 1`,
	 * at most up to `batchSize`): counts them in and hands the batch out when full.
	 */
	protected pushed(b: FrameBatch, rows: number): void {
		b.count += rows;
		this.frames += rows;
		if (b.count >= this.batchSize) this.#onBatch(this.builder.take());
	}

	protected flush(): void {
		if (this.builder.count > 0) this.#onBatch(this.builder.take());
	}

	/** Index of a named channel, added in order of first appearance (at most 256). */
	protected channelByName(name: string): number {
		let i = this.#chanMap.get(name);
		if (i === undefined) {
			i = this.channels.length;
			this.channels.push(name);
			this.#chanMap.set(name, i);
		}
		return i & 255;
	}

	/** Index of a numbered channel (`n` ≥ 0): the index is the number, names fill in as `can<n>`. */
	protected channelByNumber(n: number, name?: string): number {
		// Hot path (every frame of BLF/ASC/TRC): a channel seen before without a new name.
		if (name === undefined && this.#seen[n & 255]) return n & 255;
		name ??= `can${n}`;
		while (this.channels.length <= n) this.channels.push(`can${this.channels.length}`);
		if (this.channels[n] !== name && !this.#chanMap.has(name)) this.channels[n] = name;
		this.#chanMap.set(name, n);
		this.#seen[n & 255] = 1;
		return n & 255;
	}
	readonly #seen = new Uint8Array(256);

	/** Records an error; a fatal one stops the reader. */
	protected fail(reason: string, where: { offset?: number; line?: number }, fatal = false): void {
		const at = where.line !== undefined ? `${where.line}` : `${where.offset ?? 0}`;
		const e: LogError = { file: this.file, ...where, reason, message: `${this.file}:${at}: ${reason}`, fatal };
		this.errors.push(e);
		this.#onError?.(e);
		if (fatal) {
			this.stopped = true;
			this.flush();
		}
	}
}

const NL = 10;
const MAX_LINE = 1 << 20;

/**
 * Splits chunks into lines (LF or CRLF) without decoding the whole file: `line(bytes, start, end, lineNo)`
 * sees each line's byte range in a buffer that is valid only during the call.
 */
export abstract class LineReader extends BaseReader {
	#carry: Uint8Array = new Uint8Array(0);
	#lineNo = 0;
	#offset = 0;
	readonly #latin1 = new TextDecoder('latin1');

	/** Reads one line; `start`..`end` excludes the newline (and a CR before it). */
	protected abstract line(buf: Uint8Array, start: number, end: number, lineNo: number): void;

	/** Byte offset of the current line in the file. */
	protected lineOffset = 0;

	read(chunk: Uint8Array): void {
		if (this.stopped) return;
		let buf = chunk;
		if (this.#carry.length) {
			buf = new Uint8Array(this.#carry.length + chunk.length);
			buf.set(this.#carry);
			buf.set(chunk, this.#carry.length);
		}
		const base = this.#offset - this.#carry.length;
		let start = 0;
		for (;;) {
			const nl = buf.indexOf(NL, start);
			if (nl < 0) break;
			const e = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
			this.lineOffset = base + start;
			this.line(buf, start, e, ++this.#lineNo);
			start = nl + 1;
			if (this.stopped) return;
		}
		this.#carry = buf.slice(start);
		this.#offset += chunk.length;
		// A "line" this long is a binary file or a broken one: stop rather than gather it in memory.
		if (this.#carry.length > MAX_LINE) this.fail(`line ${this.#lineNo + 1} is longer than ${MAX_LINE} bytes: not a text log`, { line: this.#lineNo + 1, offset: this.#offset - this.#carry.length }, true);
	}

	end(): void {
		if (!this.stopped && this.#carry.length) {
			const buf = this.#carry;
			const e = buf[buf.length - 1] === 13 ? buf.length - 1 : buf.length;
			this.lineOffset = this.#offset - buf.length;
			this.#carry = new Uint8Array(0);
			this.line(buf, 0, e, ++this.#lineNo);
		}
		this.flush();
	}

	/** The line as a string (latin1: every byte maps to one char, so a bad byte never throws). */
	protected text(buf: Uint8Array, start: number, end: number): string {
		return this.#latin1.decode(buf.subarray(start, end));
	}

	/** A line for an error message, cut at 60 characters. */
	protected quote(s: string): string {
		return s.length > 60 ? s.slice(0, 60) + '…' : s;
	}
}

/** Integer µs from a decimal seconds string (`12.345678`, `-0.5`, `1e-3` is refused); NaN when not a number. */
export function secondsToUs(s: string): number {
	return decimalToUs(s, 6);
}

/** Integer µs from a decimal string whose unit is 10^`exp` µs: `exp` = 6 for seconds, 3 for milliseconds. */
export function decimalToUs(s: string, exp: number): number {
	const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s.trim());
	if (!m || (m[2] === '' && !m[3])) return NaN;
	const frac = (m[3] ?? '').padEnd(exp, '0');
	// Digits below a microsecond are rounded half up.
	let us = Number(m[2] || '0') * 10 ** exp + Number(frac.slice(0, exp) || '0');
	if (frac.length > exp && frac.charCodeAt(exp) >= 53) us += 1;
	return m[1] ? -us : us;
}

/** `seconds.micros` (6 decimals) from integer µs, also for negative values. */
export function usToSeconds(t_us: number): string {
	const t = Math.round(t_us);
	const neg = t < 0;
	const a = Math.abs(t);
	const sec = Math.floor(a / 1_000_000);
	return `${neg ? '-' : ''}${sec}.${String(a - sec * 1_000_000).padStart(6, '0')}`;
}

/** Concatenates chunks (for tests and small files). */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
	let n = 0;
	for (const p of parts) n += p.length;
	const out = new Uint8Array(n);
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}
