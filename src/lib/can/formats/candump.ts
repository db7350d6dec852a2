/**
 * can-utils `candump -L` logs, streaming: `(1700000000.000100) vcan0 123#DEADBEEF`. The common line (6-digit
 * fraction, classic payload) is read straight from the bytes; any other line goes through the exact text
 * rules of `parseCanFrameText`, so both paths accept and refuse the same lines with the same reasons.
 */
import { formatCandumpLine, parseCanFrameText } from '../candump';
import { FLAG_EXT, FLAG_TX, type FrameBatch } from '../frame';
import { LineReader, type LogWriter, type ReaderOptions, type WriterOptions } from './types';

const LINE = /^\((\d+)(?:\.(\d{1,9}))?\)\s+(\S+)\s+(\S+)(?:\s+([TR]))?\s*$/;

/** Hex digit value of a byte, or -1. */
const HEXV = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEXV[48 + i] = i;
for (let i = 0; i < 6; i++) HEXV[65 + i] = HEXV[97 + i] = 10 + i;

export interface CandumpReaderOptions extends ReaderOptions {
	/** When given, the 1-based line of every frame is appended here (for `parseCandumpLog`). */
	lineNumbers?: number[];
}

export class CandumpReader extends LineReader {
	readonly format = 'candump';
	readonly #data = new Uint8Array(64);
	readonly #lines?: number[];
	// The last interface's bytes, so the usual one-interface log never decodes a name.
	#lastIface = new Uint8Array(0);
	#lastChan = 0;

	constructor(o: CandumpReaderOptions) {
		super(o);
		this.#lines = o.lineNumbers;
	}

	protected line(b: Uint8Array, s: number, e: number, lineNo: number): void {
		while (s < e && (b[s] === 32 || b[s] === 9)) s++;
		while (e > s && (b[e - 1] === 32 || b[e - 1] === 9 || b[e - 1] === 13)) e--;
		if (s === e) return;
		if (!this.#fast(b, s, e, lineNo)) this.#slow(this.text(b, s, e), lineNo);
	}

	/** The byte path for `(digits.6digits) iface xxx#hex [T|R]`; false = let the text path decide. */
	#fast(b: Uint8Array, p: number, e: number, lineNo: number): boolean {
		if (b[p++] !== 40) return false; // (
		let sec = 0;
		let nd = 0;
		while (p < e && b[p] >= 48 && b[p] <= 57) {
			sec = sec * 10 + (b[p++] - 48);
			nd++;
		}
		if (nd === 0 || nd > 15 || b[p++] !== 46 || p + 8 > e) return false; // '.', then 6 digits and ') '
		let us = 0;
		for (let k = 0; k < 6; k++) {
			const c = b[p++] - 48;
			if (c < 0 || c > 9) return false;
			us = us * 10 + c;
		}
		if (b[p++] !== 41 || b[p++] !== 32) return false; // ') '
		const is = p;
		while (p < e && b[p] !== 32) p++;
		const ie = p;
		if (ie === is || ie >= e) return false;
		p++;
		const hs = p;
		let id = 0;
		while (p < e && b[p] !== 35) {
			const v = HEXV[b[p++]];
			if (v < 0) return false;
			id = id * 16 + v;
		}
		const idLen = p - hs;
		let flags = 0;
		if (idLen === 8 && id < 0x20000000) flags = FLAG_EXT;
		else if (idLen !== 3 || id > 0x7ff) return false; // error frames, bad ids: text path
		if (p >= e) return false;
		p++; // #
		let n = 0;
		const d = this.#data;
		while (p < e && b[p] !== 32) {
			if (p + 1 >= e || n === 8) return false;
			const hi = HEXV[b[p]];
			const lo = HEXV[b[p + 1]];
			if (hi < 0 || lo < 0) return false;
			d[n++] = (hi << 4) | lo;
			p += 2;
		}
		if (p < e) {
			// ' T' or ' R' only
			if (p + 2 !== e || (b[p + 1] !== 84 && b[p + 1] !== 82)) return false;
			if (b[p + 1] === 84) flags |= FLAG_TX;
		}
		const t_us = sec * 1_000_000 + us;
		if (!Number.isSafeInteger(t_us)) return false;
		this.push(t_us, id, flags, n, d, 0, this.#iface(b, is, ie));
		this.#lines?.push(lineNo);
		return true;
	}

	#iface(b: Uint8Array, s: number, e: number): number {
		const last = this.#lastIface;
		if (last.length === e - s) {
			let same = true;
			for (let k = 0; k < last.length; k++)
				if (last[k] !== b[s + k]) {
					same = false;
					break;
				}
			if (same) return this.#lastChan;
		}
		this.#lastIface = b.slice(s, e);
		this.#lastChan = this.channelByName(this.text(b, s, e));
		return this.#lastChan;
	}

	#slow(line: string, lineNo: number): void {
		const fail = (reason: string): void => {
			this.skipped++;
			this.fail(reason, { line: lineNo });
		};
		const m = LINE.exec(line);
		if (!m) return fail(`expected '(seconds.micros) iface id#data' but found '${this.quote(line)}'`);
		// Fractions other than 6 digits are scaled to µs (can-utils writes 6); digits beyond µs must be 0.
		const frac = (m[2] ?? '').padEnd(6, '0');
		if (frac.length > 6 && /[1-9]/.test(frac.slice(6))) return fail(`timestamp '${m[1]}.${m[2]}' is finer than a microsecond`);
		const t_us = Number(m[1]) * 1_000_000 + Number(frac.slice(0, 6));
		if (!Number.isSafeInteger(t_us)) return fail(`timestamp '${m[1]}' is too large`);
		const f = parseCanFrameText(m[4]);
		if (typeof f === 'string') return fail(f);
		if (m[5] === 'T') f.flags |= FLAG_TX;
		this.#lastIface = new Uint8Array(0);
		this.push(t_us, f.id, f.flags, f.dlc, f.data, 0, this.channelByName(m[3]));
		this.#lines?.push(lineNo);
	}
}

/** Writes `candump -L` lines; channel i is named `channels[i]` (default `can<i>`). No direction suffix: python-can reads exactly three fields. */
export class CandumpWriter implements LogWriter {
	readonly format = 'candump';
	readonly #names: string[];
	constructor(o: WriterOptions = {}) {
		this.#names = o.channels ?? [];
	}
	write(b: FrameBatch): string {
		let out = '';
		for (let i = 0; i < b.count; i++) {
			const c = b.channel[i];
			out += formatCandumpLine(b.t_us[i], this.#names[c] ?? `can${c}`, b.id[i], b.flags[i], b.dlc[i], b.data, i * b.stride) + '\n';
		}
		return out;
	}
	end(): string {
		return '';
	}
}
