/**
 * can-utils `candump -L` log lines: `(1700000000.000100) vcan0 123#DEADBEEF`. Timestamps are handled as
 * integer microseconds end to end (no float seconds), so reading and writing a log never drifts.
 */
import { CandumpReader } from './formats/candump';
import {
	FLAG_BRS,
	FLAG_ERR,
	FLAG_EXT,
	FLAG_FD,
	FLAG_RTR,
	FrameBatchBuilder,
	dlcToLen,
	lenToDlc,
	type FrameBatch
} from './frame';

/** Linux CAN_ERR_FLAG: error frames carry it in the id printed by candump. */
const CAN_ERR_FLAG = 0x20000000;
const FD_LENGTHS = new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64]);
const HEX = /^[0-9A-Fa-f]*$/;

/** A log line that could not be read; `message` is `file:line: reason`. */
export interface CandumpLineError {
	file: string;
	line: number;
	reason: string;
	message: string;
}

export interface CandumpLog {
	frames: FrameBatch;
	/** Interface names in order of first appearance. */
	interfaces: string[];
	/** Per frame: index into `interfaces`. */
	ifaceIndex: Uint16Array;
	/** 1-based source line of each frame. */
	lineNo: Uint32Array;
	errors: CandumpLineError[];
}

interface ParsedFrame {
	t_us: number;
	id: number;
	flags: number;
	dlc: number;
	data: number[];
}

/** Parses `id#data` / `id#R` / `id##Fdata` (the part after the interface). Returns a reason on failure. */
export function parseCanFrameText(text: string): Omit<ParsedFrame, 't_us'> | string {
	const hash = text.indexOf('#');
	if (hash < 0) return `expected '<id>#<data>' but found '${text}'`;
	const idText = text.slice(0, hash);
	if (!HEX.test(idText) || (idText.length !== 3 && idText.length !== 8))
		return `CAN id '${idText}' must be 3 hex digits (standard) or 8 (extended)`;
	let id = parseInt(idText, 16);
	let flags = 0;
	if (idText.length === 8) {
		if (id & CAN_ERR_FLAG) flags |= FLAG_ERR;
		else flags |= FLAG_EXT;
		id &= 0x1fffffff;
	} else if (id > 0x7ff) return `standard CAN id 0x${idText} is above 0x7FF`;
	let rest = text.slice(hash + 1);
	if (rest.startsWith('#')) {
		// CAN FD: a flags nibble (bit 0 BRS, bit 1 ESI, bit 2 FDF) then the payload.
		const fl = rest[1];
		if (fl === undefined || !HEX.test(fl)) return `CAN FD frame needs a flags hex digit after '##'`;
		flags |= FLAG_FD;
		if (parseInt(fl, 16) & 1) flags |= FLAG_BRS;
		const data = hexBytes(rest.slice(2));
		if (typeof data === 'string') return data;
		if (!FD_LENGTHS.has(data.length)) return `CAN FD payload of ${data.length} bytes is not a valid FD length`;
		return { id, flags, dlc: lenToDlc(data.length), data };
	}
	if (rest[0] === 'R' || rest[0] === 'r') {
		const len = rest.length > 1 ? parseInt(rest.slice(1), 16) : 0;
		if (rest.length > 2 || !(len >= 0 && len <= 8)) return `RTR length '${rest.slice(1)}' must be one digit 0..8`;
		return { id, flags: flags | FLAG_RTR, dlc: len, data: [] };
	}
	// can-utils writes `_<dlc>` after 8 data bytes for classic DLCs 9..15; the payload is still 8 bytes.
	const us = rest.indexOf('_');
	if (us >= 0) {
		if (!/^_[9A-Fa-f]$/.test(rest.slice(us))) return `bad raw DLC suffix '${rest.slice(us)}'`;
		rest = rest.slice(0, us);
	}
	const data = hexBytes(rest);
	if (typeof data === 'string') return data;
	if (data.length > 8) return `classic CAN payload of ${data.length} bytes is longer than 8`;
	return { id, flags, dlc: data.length, data };
}

function hexBytes(s: string): number[] | string {
	const h = s.replace(/\./g, '');
	if (!HEX.test(h)) return `payload '${s}' is not hex`;
	if (h.length % 2) return `payload '${s}' has an odd number of hex digits`;
	const out = new Array<number>(h.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
	return out;
}

/**
 * Parses a `candump -L` log. Bad lines become `errors` (`file:line: reason`); every good line is kept.
 * Frames land in one batch with stride 64 when any CAN FD frame is present, else 8. For files too big to
 * hold, use the streaming `CandumpReader` (src/lib/can/formats/candump.ts) this is built on.
 */
export function parseCandumpLog(text: string, file = '<log>'): CandumpLog {
	const lineNos: number[] = [];
	const all = new FrameBatchBuilder(1024);
	const reader = new CandumpReader({
		file,
		lineNumbers: lineNos,
		batchSize: 65536,
		onBatch: (b) => {
			for (let i = 0; i < b.count; i++) all.pushFrom(b, i);
		}
	});
	reader.read(new TextEncoder().encode(text));
	reader.end();
	const frames = all.take();
	return {
		frames,
		interfaces: reader.channels,
		ifaceIndex: Uint16Array.from(frames.channel),
		lineNo: Uint32Array.from(lineNos),
		errors: reader.errors.map((e) => ({ file: e.file, line: e.line ?? 0, reason: e.reason, message: e.message }))
	};
}

/** `seconds.micros` with exactly 6 decimals, from integer µs (no float drift). */
export function formatTimestampUs(t_us: number): string {
	const t = Math.round(t_us);
	const sec = Math.floor(t / 1_000_000);
	const us = t - sec * 1_000_000;
	return `${sec}.${String(us).padStart(6, '0')}`;
}

const HEXU = '0123456789ABCDEF';

/** One `candump -L` line (without newline), as can-utils prints it. */
export function formatCandumpLine(
	t_us: number,
	iface: string,
	id: number,
	flags: number,
	dlc: number,
	data: ArrayLike<number>,
	offset = 0
): string {
	let s = `(${formatTimestampUs(t_us)}) ${iface} `;
	if (flags & FLAG_ERR) s += ((id | CAN_ERR_FLAG) >>> 0).toString(16).toUpperCase().padStart(8, '0');
	else if (flags & FLAG_EXT) s += (id >>> 0).toString(16).toUpperCase().padStart(8, '0');
	else s += id.toString(16).toUpperCase().padStart(3, '0');
	s += '#';
	if (flags & FLAG_RTR) return s + 'R' + (dlc > 0 && dlc <= 8 ? HEXU[dlc] : '');
	let n: number;
	if (flags & FLAG_FD) {
		s += '#' + HEXU[flags & FLAG_BRS ? 1 : 0];
		n = dlcToLen(dlc);
	} else n = Math.min(dlc, 8);
	for (let i = 0; i < n; i++) {
		const b = data[offset + i];
		s += HEXU[b >> 4] + HEXU[b & 15];
	}
	return s;
}

/**
 * Formats a whole batch; `ifaces`/`ifaceIndex` name each frame's interface (default `can0`). No direction
 * suffix is written: python-can's reader expects exactly three fields a line.
 */
export function formatCandumpLog(b: FrameBatch, ifaces: string[] = ['can0'], ifaceIndex?: ArrayLike<number>): string {
	let out = '';
	for (let i = 0; i < b.count; i++) {
		out +=
			formatCandumpLine(b.t_us[i], ifaces[ifaceIndex ? ifaceIndex[i] : 0], b.id[i], b.flags[i], b.dlc[i], b.data, i * b.stride) +
			'\n';
	}
	return out;
}
