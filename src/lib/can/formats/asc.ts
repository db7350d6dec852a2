/**
 * Vector ASC (ASCII logging format of CANoe/CANalyzer). Read: `date`, `base hex|dec timestamps
 * absolute|relative`, `Begin/End TriggerBlock`, classic frames (`d`/`r`), `CANFD` lines, `ErrorFrame`, Rx/Tx;
 * other events (statistics, status, markers) are passed over. Written: the header CANoe accepts, timestamps
 * from the first frame's millisecond (the `date` line), channel = index + 1. Dates are taken as UTC.
 */
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FLAG_TX, dlcToLen, lenToDlc, type FrameBatch } from '../frame';
import { LineReader, secondsToUs, usToSeconds, type LogWriter, type ReaderOptions, type WriterOptions } from './types';

const MONTHS: Record<string, number> = {
	jan: 0, feb: 1, mar: 2, mär: 2, apr: 3, may: 4, mai: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, okt: 9, nov: 10, dec: 11, dez: 11
};
const DATE = /^\S+\s+(\S+)\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?\s*(am|pm)?\s+(\d{4})\s*$/i;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TIME = /^-?\d+\.\d+$/;

/** Epoch µs of an ASC date (`Wed Nov 15 10:20:30.123 am 2023`, or 24 h without am/pm), UTC; NaN if unreadable. */
export function parseAscDate(s: string): number {
	const m = DATE.exec(s.trim());
	if (!m) return NaN;
	const mon = MONTHS[m[1].toLowerCase().slice(0, 3)];
	if (mon === undefined) return NaN;
	let h = Number(m[3]);
	if (m[7]) h = (h % 12) + (m[7].toLowerCase() === 'pm' ? 12 : 0);
	const ms = Date.UTC(Number(m[8]), mon, Number(m[2]), h, Number(m[4]), Number(m[5]));
	return ms * 1000 + Number((m[6] ?? '').padEnd(6, '0').slice(0, 6));
}

/** An ASC date for epoch µs (UTC, millisecond precision as CANoe writes it). */
export function formatAscDate(t_us: number): string {
	const d = new Date(Math.floor(t_us / 1000));
	const h = d.getUTCHours();
	const p2 = (n: number) => String(n).padStart(2, '0');
	return (
		`${DAYS[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${p2(d.getUTCDate())} ${p2(h % 12 || 12)}:${p2(d.getUTCMinutes())}:` +
		`${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')} ${h < 12 ? 'am' : 'pm'} ${d.getUTCFullYear()}`
	);
}

export class AscReader extends LineReader {
	readonly format = 'asc';
	#hex = true;
	#relative = false; // `timestamps relative`: each time is the delta to the previous event
	#start = 0; // µs of the date / trigger block start
	#last = 0;
	readonly #data = new Uint8Array(64);

	constructor(o: ReaderOptions) {
		super(o);
	}

	protected line(b: Uint8Array, s: number, e: number, lineNo: number): void {
		const line = this.text(b, s, e).trim();
		if (line === '' || line.startsWith('//')) return;
		const tok = line.split(/\s+/);
		const kw = tok[0].toLowerCase();
		if (!TIME.test(tok[0])) {
			if (kw === 'date') {
				const t = parseAscDate(line.slice(4));
				if (Number.isNaN(t)) return this.#bad(`cannot read the date '${this.quote(line.slice(5))}'`, lineNo);
				this.#start = t;
			} else if (kw === 'base') {
				this.#hex = tok[1]?.toLowerCase() !== 'dec';
				this.#relative = tok[3]?.toLowerCase() === 'relative';
			} else if (kw === 'begin' && tok[1]?.toLowerCase() === 'triggerblock') {
				const t = parseAscDate(tok.slice(2).join(' '));
				if (!Number.isNaN(t)) this.#start = t;
				this.#last = 0;
			} else if (kw === 'internal' || kw === 'no' || kw === 'end') {
				// `internal events logged`, `no internal events logged`, `End TriggerBlock`
			} else this.#bad(`not an ASC line: '${this.quote(line)}'`, lineNo);
			return;
		}
		let rel = secondsToUs(tok[0]);
		if (this.#relative) rel = this.#last += rel;
		const t_us = this.#start + rel;
		if (tok[1] === 'CANFD') return this.#fd(tok, t_us, line, lineNo);
		if (!/^\d+$/.test(tok[1] ?? '')) return; // events: `Start of measurement`, `CAN 1 Status:...`, markers
		const ch = Number(tok[1]) - 1;
		if (tok[2]?.toLowerCase() === 'errorframe') return this.#push(t_us, 0, FLAG_ERR, 0, 0, ch);
		const dir = tok[3];
		if (dir !== 'Rx' && dir !== 'Tx') return; // statistics, J1939, other events of a channel
		const id = this.#id(tok[2]);
		if (id < 0) return this.#bad(`CAN id '${tok[2]}' is not a ${this.#hex ? 'hex' : 'decimal'} number`, lineNo);
		let flags = (dir === 'Tx' ? FLAG_TX : 0) | (/x$/i.test(tok[2]) ? FLAG_EXT : 0);
		const kind = tok[4]?.toLowerCase();
		const dlc = tok[5] === undefined ? 0 : parseInt(tok[5], 16);
		if (kind === 'r') return this.#push(t_us, id, flags | FLAG_RTR, Number.isNaN(dlc) ? 0 : Math.min(dlc, 8), 0, ch);
		if (kind !== 'd' || !(dlc >= 0 && dlc <= 15)) return this.#bad(`expected 'd <dlc> <data>' or 'r' after '${dir}' but found '${this.quote(tok.slice(4).join(' '))}'`, lineNo);
		const n = Math.min(dlc, 8);
		const why = this.#bytes(tok, 6, n);
		if (why) return this.#bad(why, lineNo);
		this.#push(t_us, id, flags, n, n, ch);
	}

	// `<t> CANFD <ch> <Rx|Tx> <id>[x] [<name>] <brs> <esi> <dlc> <len> <data…> <duration> <bits> <flags> <crc> …`
	#fd(tok: string[], t_us: number, line: string, lineNo: number): void {
		const ch = Number(tok[2]) - 1;
		if (!(ch >= 0)) return this.#bad(`CANFD channel '${tok[2]}' is not a number`, lineNo);
		const dir = tok[3];
		if (dir !== 'Rx' && dir !== 'Tx') return this.#bad(`CANFD direction '${tok[3]}' is not Rx or Tx`, lineNo);
		if (tok[4]?.toLowerCase() === 'errorframe') return this.#push(t_us, 0, FLAG_ERR, 0, 0, ch);
		const id = this.#id(tok[4] ?? '');
		if (id < 0) return this.#bad(`CAN id '${tok[4]}' is not a ${this.#hex ? 'hex' : 'decimal'} number`, lineNo);
		let k = /^\d$/.test(tok[5] ?? '') ? 5 : 6; // a symbolic name may sit between the id and BRS
		const brs = tok[k++];
		const esi = tok[k++];
		const dlc = parseInt(tok[k++] ?? '', 16);
		const len = Number(tok[k++]);
		if (!/^[01]$/.test(brs ?? '') || !/^[01]$/.test(esi ?? '') || !(dlc >= 0 && dlc <= 15) || !Number.isInteger(len) || len > 64)
			return this.#bad(`cannot read the CANFD line '${this.quote(line)}'`, lineNo);
		const why = this.#bytes(tok, k, len);
		if (why) return this.#bad(why, lineNo);
		// Flags word after duration and bit count: bit 12 EDL (FD), 13 BRS, 14 ESI; absent = FD.
		const fw = tok[k + len + 2] === undefined ? 0x1000 : parseInt(tok[k + len + 2], 16);
		let flags = (dir === 'Tx' ? FLAG_TX : 0) | (/x$/i.test(tok[4]) ? FLAG_EXT : 0);
		if (fw & 0x1000 || Number.isNaN(fw)) {
			flags |= FLAG_FD;
			if (brs === '1') flags |= FLAG_BRS;
			if (len !== dlcToLen(dlc)) return this.#bad(`CANFD DLC ${dlc} does not match the data length ${len}`, lineNo);
			return this.#push(t_us, id, flags, dlc, len, ch);
		}
		if (len === 0 && dlc > 0) return this.#push(t_us, id, flags | FLAG_RTR, Math.min(dlc, 8), 0, ch);
		this.#push(t_us, id, flags, Math.min(len, 8), Math.min(len, 8), ch);
	}

	#id(s: string): number {
		const t = s.replace(/x$/i, '');
		if (!(this.#hex ? /^[0-9A-Fa-f]{1,8}$/ : /^\d{1,10}$/).test(t)) return -1;
		const v = parseInt(t, this.#hex ? 16 : 10);
		return v > 0x1fffffff ? -1 : v;
	}

	#bytes(tok: string[], from: number, n: number): string | undefined {
		const re = this.#hex ? /^[0-9A-Fa-f]{1,2}$/ : /^\d{1,3}$/;
		for (let i = 0; i < n; i++) {
			const t = tok[from + i];
			if (t === undefined) return `expected ${n} data bytes but found ${i}`;
			if (!re.test(t)) return `data byte '${t}' is not ${this.#hex ? 'hex' : 'decimal'}`;
			const v = parseInt(t, this.#hex ? 16 : 10);
			if (v > 255) return `data byte '${t}' is above 255`;
			this.#data[i] = v;
		}
		return undefined;
	}

	#push(t_us: number, id: number, flags: number, dlc: number, len: number, ch: number): void {
		this.#data.fill(0, len);
		this.push(t_us, id, flags, dlc, this.#data, 0, this.channelByNumber(Math.max(0, ch)));
	}

	#bad(reason: string, line: number): void {
		this.skipped++;
		this.fail(reason, { line });
	}
}

const HEX2 = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

/** Writes ASC with the header CANoe accepts; one trigger block from the first frame's millisecond. */
export class AscWriter implements LogWriter {
	readonly format = 'asc';
	#start = NaN;
	constructor(_o: WriterOptions = {}) {}

	#header(t_us: number): string {
		this.#start = Math.floor(t_us / 1000) * 1000;
		const d = formatAscDate(this.#start);
		return `date ${d}\nbase hex  timestamps absolute\ninternal events logged\n// version 9.0.0\nBegin TriggerBlock ${d}\n   0.000000 Start of measurement\n`;
	}

	write(b: FrameBatch): string {
		let out = '';
		if (b.count && Number.isNaN(this.#start)) out = this.#header(b.t_us[0]);
		for (let i = 0; i < b.count; i++) {
			const f = b.flags[i];
			const ch = b.channel[i] + 1;
			const t = usToSeconds(b.t_us[i] - this.#start).padStart(11);
			const dir = f & FLAG_TX ? 'Tx' : 'Rx';
			const id = b.id[i].toString(16).toUpperCase() + (f & FLAG_EXT ? 'x' : '');
			const off = i * b.stride;
			if (f & FLAG_ERR) out += `${t} ${ch}  ErrorFrame\n`;
			else if (f & FLAG_FD) {
				const len = dlcToLen(b.dlc[i]);
				let data = '';
				for (let k = 0; k < len; k++) data += HEX2[b.data[off + k]] + ' ';
				const fw = 0x1000 | (f & FLAG_BRS ? 0x2000 : 0);
				out += `${t} CANFD ${String(ch).padStart(3)} ${dir}  ${id.padStart(8)} ${f & FLAG_BRS ? 1 : 0} 0 ${lenToDlc(len).toString(16)} ${String(len).padStart(2)} ${data}       0    0 ${fw.toString(16).toUpperCase().padStart(8)}        0        0        0        0        0\n`;
			} else if (f & FLAG_RTR) out += `${t} ${ch}  ${id.padEnd(15)} ${dir}   r ${b.dlc[i].toString(16)}\n`;
			else {
				const n = Math.min(b.dlc[i], 8);
				let data = '';
				for (let k = 0; k < n; k++) data += ' ' + HEX2[b.data[off + k]];
				out += `${t} ${ch}  ${id.padEnd(15)} ${dir}   d ${n}${data}\n`;
			}
		}
		return out;
	}

	end(): string {
		return (Number.isNaN(this.#start) ? this.#header(0) : '') + 'End TriggerBlock\n';
	}
}
