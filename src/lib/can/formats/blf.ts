/**
 * Vector BLF (binary logging format). Layout as python-can's can/io/blf.py and Toby Lorenz' vector_blf
 * read it: a 144-byte `LOGG` file header, then `LOBJ` objects; LOG_CONTAINER objects (type 10) hold further
 * objects, stored (method 0) or zlib-compressed (method 2), and an object may continue in the next container.
 * Read: CAN_MESSAGE (1), CAN_MESSAGE2 (86), CAN_ERROR_EXT (73), CAN_FD_MESSAGE (100), CAN_FD_MESSAGE_64 (101);
 * other objects are passed over. Written: CAN_MESSAGE, CAN_FD_MESSAGE and CAN_ERROR_EXT in 128 KiB containers,
 * as python-can writes them. Channel = BLF channel − 1. The header's start time is taken as UTC.
 */
import { unzlibSync, zlibSync } from 'fflate';
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FLAG_TX, dlcToLen, lenToDlc, type FrameBatch } from '../frame';
import { BaseReader, concatBytes, type LogWriter, type ReaderOptions, type WriterOptions } from './types';

export const BLF_CAN_MESSAGE = 1;
export const BLF_LOG_CONTAINER = 10;
export const BLF_CAN_ERROR_EXT = 73;
export const BLF_CAN_MESSAGE2 = 86;
export const BLF_CAN_FD_MESSAGE = 100;
export const BLF_CAN_FD_MESSAGE_64 = 101;

const LOGG = 0x47474f4c; // 'LOGG' little-endian
const LOBJ = 0x4a424f4c; // 'LOBJ'
const FILE_HEADER_SIZE = 144;
const CAN_MSG_EXT = 0x80000000;
/** Largest object this reader accepts (a container holds ~128 KiB; anything past this is a corrupt size). */
const MAX_OBJECT = 64 * 2 ** 20;
/** Header size 32 and version 1 as one little-endian word at object offset 4 (the common object header). */
const HEADER_V1_32 = 32 | (1 << 16);
const EMPTY = new Uint8Array(0);

function u32(b: Uint8Array, o: number): number {
	return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u16(b: Uint8Array, o: number): number {
	return b[o] | (b[o + 1] << 8);
}

/** Epoch ms of a SYSTEMTIME (year, month, weekday, day, hour, minute, second, ms), UTC; 0 when unset. */
function systemTimeMs(b: Uint8Array, o: number): number {
	const y = u16(b, o);
	if (y < 1980) return 0;
	const ms = Date.UTC(y, u16(b, o + 2) - 1, u16(b, o + 6), u16(b, o + 8), u16(b, o + 10), u16(b, o + 12), u16(b, o + 14));
	return Number.isNaN(ms) ? 0 : ms;
}

/** A growable byte queue: append at the end, consume from the front. */
class ByteQueue {
	buf = new Uint8Array(1 << 16);
	start = 0;
	end = 0;
	get length(): number {
		return this.end - this.start;
	}
	push(b: Uint8Array): void {
		if (this.end + b.length > this.buf.length) {
			const n = this.length;
			const need = n + b.length;
			const nb = need > this.buf.length ? new Uint8Array(Math.max(need, this.buf.length * 2)) : this.buf;
			nb.set(this.buf.subarray(this.start, this.end), 0);
			this.buf = nb;
			this.start = 0;
			this.end = n;
		}
		this.buf.set(b, this.end);
		this.end += b.length;
	}
	consume(n: number): void {
		this.start += n;
		if (this.start === this.end) this.start = this.end = 0;
	}
}

export interface BlfReaderOptions extends ReaderOptions {
	/**
	 * Inflates a zlib container (`size` = its uncompressed size); default fflate's `unzlibSync`, which runs
	 * anywhere. Node passes its native `zlib.inflateSync`, 2-3× faster. Must throw on corrupt data.
	 */
	inflate?: (data: Uint8Array, size: number) => Uint8Array;
}

export class BlfReader extends BaseReader {
	readonly format = 'blf';
	/** Epoch µs of the file header's start time (0 when unset). */
	startUs = 0;
	readonly #q = new ByteQueue();
	#offset = 0; // file offset of #q's first byte
	#headerDone = false;
	#pad = 0; // padding bytes still to pass over after an object
	#inner = EMPTY; // container payload not yet parsed (an object split across containers)
	#innerAt = 0; // file offset of the container the inner tail started in
	#lastCh = -1; // BLF channel of the last CAN_MESSAGE, and its channel index (channelByNumber once a run)
	#chIdx = 0;
	readonly #inflate: (data: Uint8Array, size: number) => Uint8Array;

	constructor(o: BlfReaderOptions) {
		super(o);
		this.#inflate = o.inflate ?? ((d, size) => unzlibSync(d, { out: new Uint8Array(size) }));
	}

	read(chunk: Uint8Array): void {
		if (this.stopped) return;
		this.#q.push(chunk);
		this.#run();
	}

	end(): void {
		if (!this.stopped) {
			const n = this.#q.length;
			if (!this.#headerDone) this.fail(`file ends inside the ${FILE_HEADER_SIZE}-byte BLF header (${n} bytes)`, { offset: 0 }, true);
			else if (n > 0 && n > this.#pad) {
				const q = this.#q;
				const at = this.#offset + this.#pad;
				const size = n - this.#pad >= 12 ? u32(q.buf, q.start + this.#pad + 8) : 0;
				this.skipped++;
				this.fail(`file is truncated: the object at offset ${at} has ${n - this.#pad} of its ${size || '≥ 16'} bytes`, { offset: at }, true);
			} else if (this.#inner.length >= 16) {
				this.skipped++;
				this.fail(`file ends inside an object split across containers (${this.#inner.length} bytes of it, container at offset ${this.#innerAt})`, { offset: this.#innerAt }, true);
			}
		}
		this.flush();
	}

	#take(n: number): void {
		this.#q.consume(n);
		this.#offset += n;
	}

	#run(): void {
		const q = this.#q;
		if (!this.#headerDone) {
			if (q.length >= 4 && u32(q.buf, q.start) !== LOGG)
				return this.fail(`not a BLF file: expected 'LOGG' at the start but found ${hex4(q.buf, q.start)}`, { offset: 0 }, true);
			if (q.length < FILE_HEADER_SIZE) return;
			const hs = u32(q.buf, q.start + 4);
			if (hs < 40 + 32 || hs > 4096) return this.fail(`BLF header size ${hs} is not plausible`, { offset: 4 }, true);
			if (q.length < hs) return;
			this.startUs = systemTimeMs(q.buf, q.start + 40) * 1000;
			this.#headerDone = true;
			this.#take(hs);
		}
		for (;;) {
			if (this.#pad) {
				const k = Math.min(this.#pad, q.length);
				this.#take(k);
				this.#pad -= k;
				if (this.#pad) return;
			}
			if (q.length < 16) return;
			const p = q.start;
			if (u32(q.buf, p) !== LOBJ) {
				// Padding is not always what the size says: python-can looks for the next LOBJ a few bytes on.
				let k = 1;
				while (k < 4 && k + 4 <= q.length && u32(q.buf, p + k) !== LOBJ) k++;
				if (k < 4 && k + 4 <= q.length) {
					this.#take(k);
					continue;
				}
				if (q.length < 8) return;
				return this.fail(`expected an object ('LOBJ') but found ${hex4(q.buf, p)}`, { offset: this.#offset }, true);
			}
			const size = u32(q.buf, p + 8);
			const type = u32(q.buf, p + 12);
			if (size < 16) return this.fail(`object of size ${size} (type ${type}): an object is at least 16 bytes`, { offset: this.#offset }, true);
			if (size > MAX_OBJECT) return this.fail(`object of size ${size} (type ${type}) is larger than ${MAX_OBJECT} bytes`, { offset: this.#offset }, true);
			if (q.length < size) return;
			const obj = q.buf.subarray(p, p + size);
			if (type === BLF_LOG_CONTAINER) this.#container(obj, this.#offset);
			else this.#object(obj, 0, obj.length, this.#offset);
			this.#take(size);
			this.#pad = size % 4;
			if (this.stopped) return;
		}
	}

	#container(obj: Uint8Array, at: number): void {
		if (obj.length < 32) {
			this.skipped++;
			return this.fail(`log container of ${obj.length} bytes is shorter than its 32-byte header`, { offset: at });
		}
		const method = u16(obj, 16);
		const body = obj.subarray(32);
		let data: Uint8Array;
		if (method === 0) data = body;
		else if (method === 2) {
			try {
				data = this.#inflate(body, u32(obj, 24));
			} catch (e) {
				// The objects of this container are lost, and an object begun in it cannot be finished.
				this.skipped++;
				this.#inner = EMPTY;
				return this.fail(`log container's zlib data is corrupt (${(e as Error).message})`, { offset: at });
			}
			// One array class through the hot loop (an injected inflate may return a subclass), so its reads stay monomorphic.
			if (Object.getPrototypeOf(data) !== Uint8Array.prototype) data = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
		} else {
			this.skipped++;
			this.#inner = EMPTY;
			return this.fail(`log container uses unknown compression method ${method}`, { offset: at });
		}
		let buf = data;
		let pos = 0;
		let bufAt = at;
		const k = this.#inner.length;
		if (k) {
			// An object begun in an earlier container: when it ends in this one, only its own bytes are joined
			// (not the whole container behind them); otherwise (it goes on past this container, or its header is
			// not whole or not an object's) the container is joined to it and read from there.
			const size = splitObjectSize(this.#inner, data);
			if (size > 0 && size - k <= data.length) {
				const whole = new Uint8Array(size);
				whole.set(this.#inner);
				whole.set(data.subarray(0, size - k), k);
				this.#scan(whole, 0, this.#innerAt);
				pos = size - k;
			} else {
				buf = concatBytes([this.#inner, data]);
				bufAt = this.#innerAt;
			}
		} else this.#innerAt = at;
		pos = this.#scan(buf, pos, bufAt);
		this.#inner = pos >= buf.length ? EMPTY : buf.slice(pos);
		if (this.#inner.length) this.#innerAt = at;
	}

	/**
	 * Reads the objects of container data `buf` from `pos`; returns where an object runs past its end (or the
	 * end). The common object, CAN_MESSAGE(2) with a 32-byte v1 header, is written here straight into the
	 * batch being built (rows `i0` .. `i` - 1 of `fb`, counted in by `pushed` before any other object or error
	 * is read, and at the end); the others go through #object.
	 */
	#scan(buf: Uint8Array, pos: number, at: number): number {
		const n = buf.length;
		const v = new DataView(buf.buffer, buf.byteOffset, n);
		const startUs = this.startUs;
		let lastCh = this.#lastCh;
		let chIdx = this.#chIdx;
		let fb: FrameBatch | undefined;
		let i0 = 0;
		let i = 0;
		let end = 0;
		while (pos + 16 <= n) {
			const size = v.getUint32(pos + 8, true);
			const type = v.getUint32(pos + 12, true);
			if (v.getUint32(pos, true) === LOBJ && (type === BLF_CAN_MESSAGE || type === BLF_CAN_MESSAGE2) && v.getUint32(pos + 4, true) === HEADER_V1_32 && size >= 48 && pos + size <= n) {
				if (i === end) {
					if (fb) this.pushed(fb, i - i0);
					fb = this.builder.room(8);
					i0 = i = fb.count;
					end = Math.min(fb.t_us.length, this.batchSize);
				}
				const f = fb as FrameBatch;
				const ts = v.getUint32(pos + 24, true) + v.getUint32(pos + 28, true) * 2 ** 32;
				f.t_us[i] = startUs + (v.getUint32(pos + 16, true) === 1 ? ts * 10 : Math.round(ts / 1000));
				const o = pos + 32;
				const ch = v.getUint16(o, true);
				if (ch !== lastCh) {
					chIdx = this.channelByNumber(ch > 256 ? 255 : ch > 0 ? ch - 1 : 0);
					lastCh = ch;
				}
				const fl = buf[o + 2];
				const dlc = buf[o + 3] > 8 ? 8 : buf[o + 3];
				const id = v.getUint32(o + 4, true);
				f.id[i] = id & 0x1fffffff;
				f.flags[i] = (id & CAN_MSG_EXT ? FLAG_EXT : 0) | (fl & 0x80 ? FLAG_RTR : 0) | (fl & 1 ? FLAG_TX : 0);
				f.dlc[i] = dlc;
				f.channel[i] = chIdx;
				// All 8 data bytes, the DLC's and those past it (a batch's bytes past the DLC are no one's):
				// a fixed copy, where a loop of DLC steps costs a mispredicted branch a frame.
				const d = f.data;
				const to = i * f.stride;
				const from = o + 8;
				d[to] = buf[from];
				d[to + 1] = buf[from + 1];
				d[to + 2] = buf[from + 2];
				d[to + 3] = buf[from + 3];
				d[to + 4] = buf[from + 4];
				d[to + 5] = buf[from + 5];
				d[to + 6] = buf[from + 6];
				d[to + 7] = buf[from + 7];
				i++;
				pos += size;
				continue;
			}
			if (fb) {
				this.pushed(fb, i - i0);
				fb = undefined;
				i0 = i = end = 0;
			}
			if (v.getUint32(pos, true) !== LOBJ) {
				// Next object within 8 bytes (padding), else resynchronise on the next 'LOBJ'.
				let k = pos + 1;
				const lim = Math.min(n - 4, pos + 8);
				while (k <= lim && u32(buf, k) !== LOBJ) k++;
				if (k > lim) {
					const next = findLobj(buf, pos + 1);
					this.skipped++;
					this.fail(`expected an object ('LOBJ') in the log container but found ${hex4(buf, pos)}; ${next < 0 ? 'rest of container' : `${next - pos} bytes`} passed over`, { offset: at });
					if (next < 0) {
						pos = n;
						break;
					}
					k = next;
				}
				pos = k;
				continue;
			}
			if (size < 16) {
				this.skipped++;
				this.fail(`object of size ${size} in the log container: an object is at least 16 bytes`, { offset: at });
				pos += 4;
				continue;
			}
			if (pos + size > n) break; // continues in the next container
			this.#object(buf, pos, pos + size, at);
			pos += size;
		}
		if (fb) this.pushed(fb, i - i0);
		this.#lastCh = lastCh;
		this.#chIdx = chIdx;
		return pos;
	}

	/** The object at b[p..end). */
	#object(b: Uint8Array, p: number, end: number, at: number): void {
		const hsize = u16(b, p + 4);
		const hver = u16(b, p + 6);
		const type = u32(b, p + 12);
		if (type !== BLF_CAN_MESSAGE && type !== BLF_CAN_MESSAGE2 && type !== BLF_CAN_ERROR_EXT && type !== BLF_CAN_FD_MESSAGE && type !== BLF_CAN_FD_MESSAGE_64) return;
		if (hver !== 1 && hver !== 2) {
			this.skipped++;
			return this.fail(`object type ${type} has unknown header version ${hver}`, { offset: at });
		}
		const flags = u32(b, p + 16);
		const ts = u32(b, p + 24) + u32(b, p + 28) * 2 ** 32;
		const t_us = this.startUs + (flags === 1 ? ts * 10 : Math.round(ts / 1000));
		const o = p + Math.max(hsize, hver === 1 ? 32 : 40);
		const need = type === BLF_CAN_FD_MESSAGE ? 84 : type === BLF_CAN_FD_MESSAGE_64 ? 40 : type === BLF_CAN_ERROR_EXT ? 32 : 16;
		if (o + need > end) {
			this.skipped++;
			return this.fail(`object type ${type} of ${end - p} bytes is too short for its ${need}-byte body`, { offset: at });
		}
		if (type === BLF_CAN_MESSAGE || type === BLF_CAN_MESSAGE2) {
			const id = u32(b, o + 4);
			const fl = b[o + 2];
			const dlc = b[o + 3] > 8 ? 8 : b[o + 3];
			const f = (id & CAN_MSG_EXT ? FLAG_EXT : 0) | (fl & 0x80 ? FLAG_RTR : 0) | (fl & 1 ? FLAG_TX : 0);
			this.#push(t_us, id & 0x1fffffff, f, dlc, u16(b, o), b, o + 8, dlc);
		} else if (type === BLF_CAN_ERROR_EXT) {
			const dlc = Math.min(b[o + 10], 8);
			const id = u32(b, o + 16);
			this.#push(t_us, id & 0x1fffffff, FLAG_ERR, dlc, u16(b, o), b, o + 24, dlc);
		} else if (type === BLF_CAN_FD_MESSAGE) {
			const fl = b[o + 2];
			const id = u32(b, o + 4);
			const fd = b[o + 13];
			const valid = Math.min(b[o + 14], 64);
			let f = (id & CAN_MSG_EXT ? FLAG_EXT : 0) | (fl & 0x80 ? FLAG_RTR : 0) | (fl & 1 ? FLAG_TX : 0);
			if (fd & 1) f |= FLAG_FD | (fd & 2 ? FLAG_BRS : 0);
			const dlc = fd & 1 ? b[o + 3] & 15 : Math.min(b[o + 3], 8);
			this.#push(t_us, id & 0x1fffffff, f, dlc, u16(b, o), b, o + 20, valid);
		} else {
			const dlc = b[o + 1] & 15;
			const valid = Math.min(b[o + 2], 64, end - o - 40);
			const id = u32(b, o + 4);
			const fl = u32(b, o + 12);
			let f = (id & CAN_MSG_EXT ? FLAG_EXT : 0) | (fl & 0x10 ? FLAG_RTR : 0) | (b[o + 34] ? FLAG_TX : 0);
			if (fl & 0x1000) f |= FLAG_FD | (fl & 0x2000 ? FLAG_BRS : 0);
			this.#push(t_us, id & 0x1fffffff, f, f & FLAG_FD ? dlc : Math.min(dlc, 8), b[o], b, o + 40, valid);
		}
	}

	/** A frame whose payload is the `valid` bytes at b[from..], zeros past them up to its DLC's length. */
	#push(t_us: number, id: number, flags: number, dlc: number, blfChannel: number, b: Uint8Array, from: number, valid: number): void {
		const n = dlcToLen(dlc);
		const fb = this.builder.room(n);
		const i = fb.count;
		fb.t_us[i] = t_us;
		fb.id[i] = id;
		fb.flags[i] = flags;
		fb.dlc[i] = dlc;
		fb.channel[i] = this.channelByNumber(blfChannel > 256 ? 255 : blfChannel > 0 ? blfChannel - 1 : 0);
		const d = fb.data;
		const to = i * fb.stride;
		for (let k = 0; k < n; k++) d[to + k] = k < valid ? b[from + k] : 0;
		this.pushed(fb, 1);
	}
}

/**
 * Size of the object that `inner` (the unread tail of the last container) begins and `data` (the next
 * container) continues; 0 when their first 16 bytes are not an object's header of at least 16 bytes.
 */
function splitObjectSize(inner: Uint8Array, data: Uint8Array): number {
	const k = inner.length;
	if (k + data.length < 16) return 0;
	const at = (i: number): number => (i < k ? inner[i] : data[i - k]);
	const word = (i: number): number => (at(i) | (at(i + 1) << 8) | (at(i + 2) << 16) | (at(i + 3) << 24)) >>> 0;
	if (word(0) !== LOBJ) return 0;
	const size = word(8);
	return size >= 16 ? size : 0;
}

function findLobj(b: Uint8Array, from: number): number {
	for (let k = from; k + 4 <= b.length; k++) if (b[k] === 0x4c && u32(b, k) === LOBJ) return k;
	return -1;
}

function hex4(b: Uint8Array, o: number): string {
	let s = '';
	for (let k = 0; k < 4 && o + k < b.length; k++) s += b[o + k].toString(16).padStart(2, '0');
	return `0x${s}`;
}

export interface BlfWriterOptions extends WriterOptions {
	/** zlib level 0..9 (0 = containers stored uncompressed, method 0); default 6. */
	level?: number;
	/** Uncompressed bytes a container (default 128 KiB, as python-can and CANoe). */
	containerSize?: number;
}

/** Writes BLF; `write` returns whole containers as they fill, `end` the last one, `finalHeader` the totals. */
export class BlfWriter implements LogWriter {
	readonly format = 'blf';
	readonly #level: number;
	readonly #max: number;
	#buf: Uint8Array;
	#n = 0;
	#startMs = NaN;
	#lastUs = 0;
	#objects = 0;
	#fileSize = FILE_HEADER_SIZE;
	#uncompressed = FILE_HEADER_SIZE;

	constructor(o: BlfWriterOptions = {}) {
		this.#level = o.level ?? 6;
		this.#max = o.containerSize ?? 128 * 1024;
		this.#buf = new Uint8Array(this.#max + 256);
	}

	write(b: FrameBatch): Uint8Array {
		const out: Uint8Array[] = [];
		if (b.count && Number.isNaN(this.#startMs)) {
			this.#startMs = Math.floor(b.t_us[0] / 1000);
			out.push(this.finalHeader());
		}
		for (let i = 0; i < b.count; i++) {
			this.#frame(b, i);
			while (this.#n >= this.#max) out.push(this.#container());
		}
		return concatBytes(out);
	}

	end(): Uint8Array {
		const out: Uint8Array[] = [];
		if (Number.isNaN(this.#startMs)) {
			this.#startMs = 0;
			out.push(this.finalHeader());
		}
		while (this.#n > 0) out.push(this.#container());
		return concatBytes(out);
	}

	/** The file header with the totals known so far: sizes, object count, start and stop time. */
	finalHeader(): Uint8Array {
		const h = new Uint8Array(FILE_HEADER_SIZE);
		const v = new DataView(h.buffer);
		h.set([0x4c, 0x4f, 0x47, 0x47]);
		v.setUint32(4, FILE_HEADER_SIZE, true);
		h.set([5, 0, 0, 0, 2, 6, 8, 1], 8); // application id 5 (as python-can), BL version 2.6.8.1
		v.setBigUint64(16, BigInt(this.#fileSize), true);
		v.setBigUint64(24, BigInt(this.#uncompressed), true);
		v.setUint32(32, this.#objects, true);
		const start = Number.isNaN(this.#startMs) ? 0 : this.#startMs;
		if (start > 0) {
			writeSystemTime(v, 40, start);
			writeSystemTime(v, 56, Math.floor(this.#lastUs / 1000));
		}
		return h;
	}

	#frame(b: FrameBatch, i: number): void {
		const f = b.flags[i];
		const type = f & FLAG_ERR ? BLF_CAN_ERROR_EXT : f & FLAG_FD ? BLF_CAN_FD_MESSAGE : BLF_CAN_MESSAGE;
		const body = type === BLF_CAN_FD_MESSAGE ? 84 : type === BLF_CAN_ERROR_EXT ? 32 : 16;
		const size = 32 + body;
		const o0 = this.#n;
		const buf = this.#buf;
		buf.fill(0, o0, o0 + size + 4);
		const v = new DataView(buf.buffer, buf.byteOffset);
		v.setUint32(o0, LOBJ, true);
		v.setUint16(o0 + 4, 32, true);
		v.setUint16(o0 + 6, 1, true);
		v.setUint32(o0 + 8, size, true);
		v.setUint32(o0 + 12, type, true);
		v.setUint32(o0 + 16, 2, true); // timestamps in ns
		const t = b.t_us[i];
		this.#lastUs = Math.max(this.#lastUs, t);
		const ns = Math.max(0, (t - this.#startMs * 1000) * 1000);
		v.setUint32(o0 + 24, ns % 2 ** 32, true);
		v.setUint32(o0 + 28, Math.floor(ns / 2 ** 32), true);
		const o = o0 + 32;
		const ch = b.channel[i] + 1;
		const id = (b.id[i] | (f & FLAG_EXT ? CAN_MSG_EXT : 0)) >>> 0;
		const dataOff = i * b.stride;
		if (type === BLF_CAN_MESSAGE) {
			const n = Math.min(b.dlc[i], 8);
			v.setUint16(o, ch, true);
			buf[o + 2] = (f & FLAG_RTR ? 0x80 : 0) | (f & FLAG_TX ? 1 : 0);
			buf[o + 3] = n;
			v.setUint32(o + 4, id, true);
			if (!(f & FLAG_RTR)) buf.set(b.data.subarray(dataOff, dataOff + n), o + 8);
		} else if (type === BLF_CAN_ERROR_EXT) {
			const n = Math.min(b.dlc[i], 8);
			v.setUint16(o, ch, true);
			buf[o + 10] = n;
			v.setUint32(o + 16, id, true);
			buf.set(b.data.subarray(dataOff, dataOff + Math.min(n, b.stride)), o + 24);
		} else {
			const n = dlcToLen(b.dlc[i]);
			v.setUint16(o, ch, true);
			buf[o + 2] = (f & FLAG_RTR ? 0x80 : 0) | (f & FLAG_TX ? 1 : 0);
			buf[o + 3] = lenToDlc(n);
			v.setUint32(o + 4, id, true);
			buf[o + 13] = 1 | (f & FLAG_BRS ? 2 : 0);
			buf[o + 14] = n;
			buf.set(b.data.subarray(dataOff, dataOff + n), o + 20);
		}
		// python-can's padding: body length mod 4 zero bytes after the object (not counted in its size).
		this.#n += size + (body % 4);
		this.#objects++;
	}

	#container(): Uint8Array {
		const n = Math.min(this.#n, this.#max);
		const raw = this.#buf.subarray(0, n);
		const data = this.#level === 0 ? raw.slice() : zlibSync(raw, { level: this.#level as 1 });
		const size = 32 + data.length;
		const out = new Uint8Array(size + (size % 4));
		const v = new DataView(out.buffer);
		v.setUint32(0, LOBJ, true);
		v.setUint16(4, 16, true);
		v.setUint16(6, 1, true);
		v.setUint32(8, size, true);
		v.setUint32(12, BLF_LOG_CONTAINER, true);
		v.setUint16(16, this.#level === 0 ? 0 : 2, true);
		v.setUint32(24, n, true);
		out.set(data, 32);
		// The rest (an object split at the container boundary) moves to the front for the next container.
		this.#buf.copyWithin(0, n, this.#n);
		this.#n -= n;
		this.#fileSize += out.length;
		this.#uncompressed += 32 + n;
		return out;
	}
}

function writeSystemTime(v: DataView, o: number, ms: number): void {
	const d = new Date(ms);
	const parts = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDay(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()];
	parts.forEach((x, k) => v.setUint16(o + 2 * k, x, true));
}
