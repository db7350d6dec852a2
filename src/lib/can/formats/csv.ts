/**
 * CSV in the two layouts people meet: python-can's `timestamp,arbitration_id,extended,remote,error,dlc,data`
 * (seconds, hex id, base64 payload, dlc = payload length) and SavvyCAN's `Time Stamp,ID,Extended,Dir,Bus,LEN,
 * D1..D8` (µs, hex id, hex bytes). The header line picks the layout; a missing column is an error naming it.
 */
import { FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FLAG_TX, dlcToLen, lenToDlc, type FrameBatch } from '../frame';
import { LineReader, secondsToUs, usToSeconds, type LogWriter, type ReaderOptions, type WriterOptions } from './types';

const PYCAN = ['timestamp', 'arbitration_id', 'extended', 'remote', 'error', 'dlc', 'data'];
const SAVVY = ['time stamp', 'id', 'extended', 'dir', 'bus', 'len'];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64V = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64V[B64.charCodeAt(i)] = i;

function base64(bytes: Uint8Array, off: number, n: number): string {
	let s = '';
	for (let i = 0; i < n; i += 3) {
		const a = bytes[off + i];
		const b = i + 1 < n ? bytes[off + i + 1] : 0;
		const c = i + 2 < n ? bytes[off + i + 2] : 0;
		s += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)] + (i + 1 < n ? B64[((b & 15) << 2) | (c >> 6)] : '=') + (i + 2 < n ? B64[c & 63] : '=');
	}
	return s;
}

function unbase64(s: string, out: Uint8Array): number | string {
	const t = s.trim().replace(/=+$/, '');
	let n = 0;
	let acc = 0;
	let bits = 0;
	for (let i = 0; i < t.length; i++) {
		const v = B64V[t.charCodeAt(i) & 255];
		if (v < 0 || t.charCodeAt(i) > 255) return `data '${s}' is not base64`;
		acc = (acc << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (n === 64) return `data '${s}' is longer than 64 bytes`;
			out[n++] = (acc >> bits) & 255;
		}
	}
	return n;
}

export class CsvReader extends LineReader {
	readonly format = 'csv';
	#layout: 'python-can' | 'savvycan' | undefined;
	#col: number[] = [];
	#data0 = -1;
	readonly #data = new Uint8Array(64);

	constructor(o: ReaderOptions) {
		super(o);
	}

	protected line(b: Uint8Array, s: number, e: number, lineNo: number): void {
		const line = this.text(b, s, e);
		if (line.trim() === '') return;
		const cells = line.split(',').map((c) => c.trim());
		if (!this.#layout) return this.#header(cells, lineNo);
		const need = this.#col.reduce((m, c) => Math.max(m, c), 0) + 1;
		if (cells.length < need) return this.#bad(`expected ${need} columns but found ${cells.length}`, lineNo);
		if (this.#layout === 'python-can') this.#pycan(cells, lineNo);
		else this.#savvy(cells, lineNo);
	}

	#header(cells: string[], lineNo: number): void {
		const lower = cells.map((c) => c.toLowerCase());
		const layout = lower.includes('arbitration_id') ? 'python-can' : lower.includes('time stamp') ? 'savvycan' : undefined;
		if (!layout) return this.fail(`expected a CSV header with 'timestamp,arbitration_id,…' (python-can) or 'Time Stamp,ID,…' (SavvyCAN) but found '${this.quote(cells.join(','))}'`, { line: lineNo }, true);
		const names = layout === 'python-can' ? PYCAN : SAVVY;
		const missing = names.filter((n) => !lower.includes(n));
		if (layout === 'savvycan' && !lower.includes('d1')) missing.push('D1');
		if (missing.length) return this.fail(`CSV header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, { line: lineNo }, true);
		this.#layout = layout;
		this.#col = names.map((n) => lower.indexOf(n));
		if (layout === 'savvycan') this.#data0 = lower.indexOf('d1');
	}

	#pycan(c: string[], lineNo: number): void {
		const [ti, ii, xi, ri, ei, di, pi] = this.#col;
		const t_us = secondsToUs(c[ti]);
		if (Number.isNaN(t_us)) return this.#bad(`timestamp '${c[ti]}' is not a number`, lineNo);
		const id = parseInt(c[ii], 16);
		if (!/^(0x)?[0-9a-f]{1,8}$/i.test(c[ii]) || id > 0x1fffffff) return this.#bad(`arbitration_id '${c[ii]}' is not a hex CAN id`, lineNo);
		const len = unbase64(c[pi], this.#data);
		if (typeof len === 'string') return this.#bad(len, lineNo);
		let flags = (c[xi] === '1' ? FLAG_EXT : 0) | (c[ri] === '1' ? FLAG_RTR : 0) | (c[ei] === '1' ? FLAG_ERR : 0);
		const dlc = Number(c[di]);
		if (!Number.isInteger(dlc) || dlc < 0 || dlc > 64) return this.#bad(`dlc '${c[di]}' is not 0..64`, lineNo);
		if (len > 8 || dlc > 8) flags |= FLAG_FD;
		this.#data.fill(0, len);
		// python-can's dlc is the payload length; FD lengths map to their DLC code.
		this.push(t_us, id, flags, flags & FLAG_FD ? lenToDlc(Math.max(len, dlc)) : Math.min(flags & FLAG_RTR ? dlc : len, 8), this.#data, 0, this.channelByNumber(0));
	}

	#savvy(c: string[], lineNo: number): void {
		const [ti, ii, xi, di, bi, li] = this.#col;
		if (!/^\d+$/.test(c[ti])) return this.#bad(`Time Stamp '${c[ti]}' is not whole microseconds`, lineNo);
		const id = parseInt(c[ii], 16);
		if (!/^(0x)?[0-9a-f]{1,8}$/i.test(c[ii]) || id > 0x1fffffff) return this.#bad(`ID '${c[ii]}' is not a hex CAN id`, lineNo);
		const len = Number(c[li]);
		if (!Number.isInteger(len) || len < 0 || len > 64) return this.#bad(`LEN '${c[li]}' is not 0..64`, lineNo);
		if (c.length < this.#data0 + len) return this.#bad(`LEN ${len} but only ${Math.max(0, c.length - this.#data0)} data columns`, lineNo);
		for (let k = 0; k < len; k++) {
			const v = c[this.#data0 + k].replace(/^0x/i, '');
			if (!/^[0-9a-f]{1,2}$/i.test(v)) return this.#bad(`data byte '${c[this.#data0 + k]}' is not hex`, lineNo);
			this.#data[k] = parseInt(v, 16);
		}
		this.#data.fill(0, len);
		const ext = /^(true|1)$/i.test(c[xi]);
		const flags = (ext ? FLAG_EXT : 0) | (/^tx$/i.test(c[di]) ? FLAG_TX : 0) | (len > 8 ? FLAG_FD : 0);
		const bus = Number(c[bi]);
		this.push(Number(c[ti]), id, flags, lenToDlc(len), this.#data, 0, this.channelByNumber(Number.isInteger(bus) && bus >= 0 && bus < 256 ? bus : 0));
	}

	#bad(reason: string, line: number): void {
		this.skipped++;
		this.fail(reason, { line });
	}
}

export interface CsvWriterOptions extends WriterOptions {
	layout?: 'python-can' | 'savvycan';
}

/** Writes python-can's CSV (default) or SavvyCAN's. python-can's has no channel or FD column: they are lost. */
export class CsvWriter implements LogWriter {
	readonly format = 'csv';
	readonly #savvy: boolean;
	#started = false;
	constructor(o: CsvWriterOptions = {}) {
		this.#savvy = o.layout === 'savvycan';
	}

	write(b: FrameBatch): string {
		let out = '';
		if (!this.#started) {
			this.#started = true;
			out = this.#savvy ? 'Time Stamp,ID,Extended,Dir,Bus,LEN,D1,D2,D3,D4,D5,D6,D7,D8\n' : PYCAN.join(',') + '\n';
		}
		for (let i = 0; i < b.count; i++) {
			const f = b.flags[i];
			const n = f & FLAG_RTR ? 0 : f & FLAG_FD ? dlcToLen(b.dlc[i]) : Math.min(b.dlc[i], 8);
			const off = i * b.stride;
			if (this.#savvy) {
				let d = '';
				for (let k = 0; k < Math.max(n, 8); k++) d += ',' + (k < n ? b.data[off + k].toString(16).toUpperCase().padStart(2, '0') : '');
				out += `${Math.round(b.t_us[i])},0x${b.id[i].toString(16).toUpperCase().padStart(8, '0')},${f & FLAG_EXT ? 'true' : 'false'},${f & FLAG_TX ? 'Tx' : 'Rx'},${b.channel[i]},${n}${d}\n`;
			} else {
				const dlc = f & FLAG_RTR ? b.dlc[i] : n;
				out += `${usToSeconds(b.t_us[i])},0x${b.id[i].toString(16)},${f & FLAG_EXT ? 1 : 0},${f & FLAG_RTR ? 1 : 0},${f & FLAG_ERR ? 1 : 0},${dlc},${base64(b.data, off, n)}\n`;
			}
		}
		return out;
	}

	end(): string {
		return this.#started ? '' : this.write({ count: 0 } as FrameBatch);
	}
}
