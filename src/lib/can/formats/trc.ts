/**
 * PEAK TRC (PCAN-View, PCAN-Explorer), read only. Versions 1.0 (`N) O ID DLC data`), 1.1 (`N) O Rx|Tx ID
 * DLC data`), 1.2/1.3 (a bus column before the type) and 2.x (columns from `;$COLUMNS`, default N,O,T,I,d,L,D
 * for 2.0; types DT/FD/FB/FE/BI/RR/ER). Times are offsets in ms with up to µs digits; `;$STARTTIME` (days
 * since 1899-12-30) makes them epoch µs, rounded to the ms. Status, event and error-counter lines are passed over.
 */
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FLAG_TX, dlcToLen, lenToDlc } from '../frame';
import { LineReader, decimalToUs, type ReaderOptions } from './types';

const DEFAULT_V2 = ['N', 'O', 'T', 'I', 'd', 'L', 'D'];

export class TrcReader extends LineReader {
	readonly format = 'trc';
	version = '1.0';
	#start = 0;
	#cols: string[] | undefined;
	readonly #data = new Uint8Array(64);

	constructor(o: ReaderOptions) {
		super(o);
	}

	protected line(b: Uint8Array, s: number, e: number, lineNo: number): void {
		const line = this.text(b, s, e).trim();
		if (line === '') return;
		if (line.startsWith(';')) {
			const m = /^;\$(\w+)=(.*)$/.exec(line);
			if (!m) return;
			if (m[1] === 'FILEVERSION') this.version = m[2].trim();
			else if (m[1] === 'STARTTIME') {
				const days = Number(m[2]);
				if (Number.isFinite(days) && days > 25569) this.#start = Math.round((days - 25569) * 86_400_000) * 1000;
			} else if (m[1] === 'COLUMNS') this.#cols = m[2].split(',').map((c) => c.trim());
			return;
		}
		const tok = line.split(/\s+/);
		if (this.version.startsWith('2')) return this.#v2(tok, line, lineNo);
		this.#v1(tok, line, lineNo);
	}

	#v1(tok: string[], line: string, lineNo: number): void {
		if (!/^\d+\)$/.test(tok[0])) return this.#bad(`expected '<number>)' at the start of a TRC ${this.version} line but found '${this.quote(line)}'`, lineNo);
		let k = 1;
		const t = decimalToUs(tok[k++] ?? '', 3);
		if (Number.isNaN(t)) return this.#bad(`time offset '${tok[1]}' is not a number of ms`, lineNo);
		let bus = 1;
		if (this.version === '1.2' || this.version === '1.3') bus = Number(tok[k++]);
		let flags = 0;
		if (this.version !== '1.0') {
			const type = tok[k++];
			if (type === 'Tx') flags |= FLAG_TX;
			else if (type === 'Error') flags |= FLAG_ERR;
			else if (type !== 'Rx') return; // Warng, Over, Rqst…: no frame
		}
		const idText = tok[k++] ?? '';
		if (this.version === '1.3') k++; // reserved '-'
		if (idText === 'FFFFFFFF') return; // bus status line
		this.#frame(t, idText, tok, k, flags, bus, line, lineNo, false);
	}

	#v2(tok: string[], line: string, lineNo: number): void {
		const cols = this.#cols ?? DEFAULT_V2;
		const at = (c: string) => cols.indexOf(c);
		const type = tok[at('T')];
		let flags = 0;
		if (type === 'DT') flags = 0;
		else if (type === 'FD') flags = FLAG_FD;
		else if (type === 'FB') flags = FLAG_FD | FLAG_BRS;
		else if (type === 'FE') flags = FLAG_FD;
		else if (type === 'BI') flags = FLAG_FD | FLAG_BRS;
		else if (type === 'RR') flags = FLAG_RTR;
		else if (type === 'ER') flags = FLAG_ERR;
		else if (type === undefined) return this.#bad(`TRC line has no type column: '${this.quote(line)}'`, lineNo);
		else return; // ST, EC, EV: status, error counter, event
		const t = decimalToUs(tok[at('O')] ?? '', 3);
		if (Number.isNaN(t)) return this.#bad(`time offset '${tok[at('O')]}' is not a number of ms`, lineNo);
		const bi = at('B');
		const bus = bi >= 0 ? Number(tok[bi]) : 1;
		if (tok[at('d')] === 'Tx') flags |= FLAG_TX;
		if (flags & FLAG_ERR) return this.#push(t, 0, flags, 0, bus);
		const li = at('L') >= 0 ? at('L') : at('l');
		this.#frame(t, tok[at('I')] ?? '', tok, li, flags, bus, line, lineNo, at('L') < 0);
	}

	/** id text, then at tok[k] the DLC (or length when `lengthCol`) and the data bytes. */
	#frame(t: number, idText: string, tok: string[], k: number, flags: number, bus: number, line: string, lineNo: number, lengthCol: boolean): void {
		if (!/^[0-9A-Fa-f]{1,8}$/.test(idText)) return this.#bad(`CAN id '${idText}' is not hex`, lineNo);
		const id = parseInt(idText, 16);
		if (id > 0x1fffffff) return this.#bad(`CAN id '${idText}' is above 0x1FFFFFFF`, lineNo);
		if (idText.length > 4 || id > 0x7ff) flags |= FLAG_EXT;
		if (tok[k] === 'RTR' || tok[k + 1] === 'RTR') flags |= FLAG_RTR;
		const code = Number(tok[k]);
		if (!Number.isInteger(code) || code < 0 || code > (flags & FLAG_FD ? 64 : 15)) return this.#bad(`cannot read the DLC in '${this.quote(line)}'`, lineNo);
		const dlc = flags & FLAG_FD ? (lengthCol ? lenToDlc(code) : code & 15) : Math.min(code, 8);
		const n = flags & FLAG_RTR ? 0 : flags & FLAG_FD ? dlcToLen(dlc) : dlc;
		this.#data.fill(0);
		for (let i = 0; i < n; i++) {
			const x = tok[k + 1 + i];
			if (x === undefined || !/^[0-9A-Fa-f]{2}$/.test(x)) return this.#bad(`expected ${n} data bytes in '${this.quote(line)}'`, lineNo);
			this.#data[i] = parseInt(x, 16);
		}
		this.#push(t, id, flags, dlc, bus);
	}

	#push(t: number, id: number, flags: number, dlc: number, bus: number): void {
		const ch = Number.isInteger(bus) && bus >= 1 && bus <= 256 ? bus - 1 : 0;
		this.push(this.#start + t, id, flags, dlc, this.#data, 0, this.channelByNumber(ch));
	}

	#bad(reason: string, line: number): void {
		this.skipped++;
		this.fail(reason, { line });
	}
}
