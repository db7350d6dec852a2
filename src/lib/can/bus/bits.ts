/**
 * Exact CAN / CAN FD frame lengths from frame content (ISO 11898-1:2015).
 *
 * Classical frame, bits on the wire:
 *   SOF 1 | ID 11 (ext: base 11, SRR 1, IDE 1, ID-ext 18) | RTR 1 | IDE/r1 1 | r0 1 | DLC 4 | data 8n | CRC 15
 *   ──── dynamic stuffing (a complement bit after 5 equal bits) covers SOF … last CRC bit, including a stuff
 *        bit right after the last CRC bit when that completes a run of five ────
 *   | CRC delimiter 1 | ACK slot 1 | ACK delimiter 1 | EOF 7        then the 3-bit intermission (not counted).
 * The CRC-15 covers the unstuffed bits SOF … data.
 *
 * CAN FD frame:
 *   SOF | ID 11 (ext: base, SRR, IDE, ID-ext 18) | RRS | (std: IDE) | FDF | res | BRS ║ ESI | DLC 4 | data 8n
 *   ──── dynamic stuffing SOF … last data bit (a stuff bit completing a run at the last data bit is sent) ────
 *   ║ FSB | stuff count 4 (Gray code + parity) | CRC 17 (≤ 16 bytes) or 21 (> 16 bytes), a fixed stuff bit
 *   (FSB) before the stuff count and after every 4th bit: 6 FSBs with CRC-17, 7 with CRC-21 ║
 *   | CRC delimiter | ACK slot | ACK delimiter | EOF 7.
 * Because the CRC field is stuffed at fixed places, an FD frame's length does not depend on its CRC value.
 * With BRS the data bit rate applies from ESI to the last CRC bit (`║`). Real controllers switch at the
 * sample points of BRS and of the CRC delimiter; we switch at the bit boundaries, which moves at most
 * (1 − sample point) of one bit from one rate to the other at each end and keeps every time an integer ns.
 *
 * Field sizes cross-checked with Linux `include/linux/can/length.h` (CRC17 field 28 bits incl. delimiter and
 * 6 FSBs, CRC21 field 33 bits with 7 FSBs).
 */
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR } from '../frame';

/** CRC-15/CAN generator x^15+x^14+x^10+x^8+x^7+x^4+x^3+1 (the x^15 term implied). */
export const CRC15_POLY = 0x4599;
/** CRC-17/CAN-FD generator (the x^17 term implied). */
export const CRC17_POLY = 0x1685b;
/** CRC-21/CAN-FD generator (the x^21 term implied). */
export const CRC21_POLY = 0x102899;

/** Bits of the 3-bit intermission that follows every frame and error frame before the bus is idle. */
export const INTERMISSION_BITS = 3;
/** Bits after the last CRC bit: CRC delimiter, ACK slot, ACK delimiter and 7 EOF bits. */
export const TAIL_BITS = 10;

function crcOverBits(bits: ArrayLike<number>, width: number, poly: number, init: number, fn: string): number {
	const top = 2 ** (width - 1);
	const mask = 2 ** width - 1;
	if (!Number.isInteger(init) || init < 0 || init > mask) {
		throw new RangeError(`${fn}: init 0x${init.toString(16)} does not fit in ${width} bits`);
	}
	let crc = init;
	for (let i = 0; i < bits.length; i++) {
		const b = bits[i];
		if (b !== 0 && b !== 1) throw new RangeError(`${fn}: bits[${i}] is ${b}, expected 0 or 1`);
		const fb = (crc >= top ? 1 : 0) ^ b;
		crc = (crc * 2) & mask; // ≤ 21 bits: fits a signed 32-bit int
		if (fb) crc ^= poly;
	}
	return crc;
}

/** CRC-15/CAN over a sequence of bits (0/1), MSB-first register, as the CAN controller computes it. */
export function crc15(bits: ArrayLike<number>, init = 0): number {
	return crcOverBits(bits, 15, CRC15_POLY, init, 'crc15');
}

/**
 * CRC-17 of CAN FD over bits. `init` defaults to 0 (the reveng catalogue's CRC-17/CAN-FD); ISO 11898-1:2015
 * frames start the register at 1 << 16.
 */
export function crc17(bits: ArrayLike<number>, init = 0): number {
	return crcOverBits(bits, 17, CRC17_POLY, init, 'crc17');
}

/** CRC-21 of CAN FD over bits; `init` as for {@link crc17} (ISO frames use 1 << 20). */
export function crc21(bits: ArrayLike<number>, init = 0): number {
	return crcOverBits(bits, 21, CRC21_POLY, init, 'crc21');
}

const FD_LEN = Uint8Array.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64);

/** Data bytes a frame carries: none for remote frames, DLC 9..15 mean 8 (classical) or 12..64 (FD). */
export function payloadLen(flags: number, dlc: number): number {
	if (flags & FLAG_RTR) return 0;
	if (flags & FLAG_FD) return FD_LEN[dlc & 15];
	return dlc > 8 ? 8 : dlc;
}

/** The bits of `bytes`, MSB first (the order CAN sends them). */
export function bytesToBits(bytes: ArrayLike<number>): number[] {
	const out: number[] = [];
	for (let i = 0; i < bytes.length; i++) for (let k = 7; k >= 0; k--) out.push((bytes[i] >> k) & 1);
	return out;
}

// ---------------------------------------------------------------------------------------------------------
// Fast path: no allocation. Stuffing state is (last bit, run length 1..4) packed as last*4 + run-1; a run
// that reaches 5 inserts the complement, which starts a new run of 1 of the opposite level.

const CRC15_TABLE = new Uint16Array(256);
/** STUFF_TABLE[state * 256 + byte] = next state | (stuff bits inserted << 3). */
const STUFF_TABLE = new Uint8Array(8 * 256);

/** The low `k` bits of `bits`, MSB first, through the stuffer from `state`: next state | (stuff bits << 3). */
function stuffChunk(state: number, bits: number, k: number): number {
	let last = state >> 2;
	let run = (state & 3) + 1;
	let n = 0;
	for (let j = k - 1; j >= 0; j--) {
		const b = (bits >> j) & 1;
		if (b === last) {
			if (++run === 5) {
				n++;
				last = b ^ 1;
				run = 1;
			}
		} else {
			last = b;
			run = 1;
		}
	}
	return (last * 4 + run - 1) | (n << 3);
}

/** The CRC-15 register after shifting `i << (15 - k)` through it `k` times with zero input. */
function crcChunk(i: number, k: number): number {
	let crc = i << (15 - k);
	for (let j = 0; j < k; j++) crc = crc & 0x4000 ? ((crc << 1) & 0x7fff) ^ CRC15_POLY : (crc << 1) & 0x7fff;
	return crc;
}

for (let i = 0; i < 256; i++) CRC15_TABLE[i] = crcChunk(i, 8);
for (let state = 0; state < 8; state++) for (let byte = 0; byte < 256; byte++) STUFF_TABLE[state * 256 + byte] = stuffChunk(state, byte, 8);

// The same for a chunk of k = 1..7 bits (the part of a field before its whole bytes: 3 bits of a standard
// header, 7 of the CRC): STUFF_K[(k * 8 + state) * 128 + bits] and CRC15_K[k * 128 + i], so no field goes bit
// by bit.
const STUFF_K = new Uint8Array(8 * 8 * 128);
const CRC15_K = new Uint16Array(8 * 128);
for (let k = 1; k < 8; k++) {
	for (let i = 0; i < 1 << k; i++) {
		CRC15_K[k * 128 + i] = crcChunk(i, k);
		for (let state = 0; state < 8; state++) STUFF_K[(k * 8 + state) * 128 + i] = stuffChunk(state, i, k);
	}
}

// Stuffer state (see above) and CRC-15 register of the frame being counted. The idle bus is recessive, so the
// start state is (last = 1, run = 1) and SOF always starts a new run.
let sState = 4;
let sCount = 0;
let sCrc = 0;

/**
 * Feeds the low `n` ≤ 31 bits of `value`, MSB first, through the stuffer and (if `crc`) the CRC-15: the
 * leading n mod 8 bits as one chunk, then a byte at a time, all through the tables (they work at any alignment
 * in the bit stream).
 */
function feed(value: number, n: number, crc: boolean): void {
	let state = sState;
	let count = sCount;
	let c = sCrc;
	let i = n;
	const k = i & 7;
	if (k !== 0) {
		i -= k;
		const bits = (value >>> i) & ((1 << k) - 1);
		if (crc) c = ((c << k) & 0x7fff) ^ CRC15_K[k * 128 + (((c >> (15 - k)) ^ bits) & ((1 << k) - 1))];
		const t = STUFF_K[(k * 8 + state) * 128 + bits];
		state = t & 7;
		count += t >> 3;
	}
	while (i > 0) {
		i -= 8;
		const byte = (value >>> i) & 0xff;
		if (crc) c = ((c << 8) & 0x7fff) ^ CRC15_TABLE[((c >> 7) ^ byte) & 0xff];
		const t = STUFF_TABLE[state * 256 + byte];
		state = t & 7;
		count += t >> 3;
	}
	sState = state;
	sCount = count;
	sCrc = c;
}

function feedBytes(data: ArrayLike<number>, offset: number, len: number, crc: boolean): void {
	let state = sState;
	let count = sCount;
	let c = sCrc;
	for (let i = 0; i < len; i++) {
		const byte = data[offset + i] & 0xff;
		if (crc) c = ((c << 8) & 0x7fff) ^ CRC15_TABLE[((c >> 7) ^ byte) & 0xff];
		const t = STUFF_TABLE[state * 256 + byte];
		state = t & 7;
		count += t >> 3;
	}
	sState = state;
	sCount = count;
	sCrc = c;
}

/**
 * Result slots of {@link encodeFrame}: [0] bits at the nominal rate, [1] bits at the data rate (FD with BRS),
 * [2] dynamic stuff bits, [3] fixed stuff bits, [4] CRC-15 (classical frames; -1 for FD). Intermission excluded.
 */
export const encodeOut = new Int32Array(5);

/**
 * Counts the bits of one frame into {@link encodeOut} without allocating. Inputs must already be valid
 * (see {@link checkFrame}); `esi` is 1 when an FD transmitter is error-passive.
 */
export function encodeFrame(
	id: number,
	flags: number,
	dlc: number,
	data: ArrayLike<number>,
	offset: number,
	esi: number
): void {
	sState = 4;
	sCount = 0;
	sCrc = 0;
	const ext = (flags & FLAG_EXT) !== 0;
	if ((flags & FLAG_FD) === 0) {
		const rtr = (flags & FLAG_RTR) !== 0 ? 1 : 0;
		const len = rtr ? 0 : dlc > 8 ? 8 : dlc;
		let headerBits: number;
		if (ext) {
			feed(((id >>> 18) << 2) | 3, 14, true); // SOF, base ID, SRR = 1, IDE = 1
			feed(((id & 0x3ffff) << 7) | (rtr << 6) | dlc, 25, true); // ID-ext, RTR, r1, r0, DLC
			headerBits = 39;
		} else {
			feed((id << 7) | (rtr << 6) | dlc, 19, true); // SOF, ID, RTR, IDE = 0, r0, DLC
			headerBits = 19;
		}
		feedBytes(data, offset, len, true);
		const crc = sCrc;
		feed(crc, 15, false);
		encodeOut[0] = headerBits + 8 * len + 15 + sCount + TAIL_BITS;
		encodeOut[1] = 0;
		encodeOut[2] = sCount;
		encodeOut[3] = 0;
		encodeOut[4] = crc;
		return;
	}
	const brs = (flags & FLAG_BRS) !== 0 ? 1 : 0;
	const len = FD_LEN[dlc];
	let arbBits: number;
	if (ext) {
		feed(((id >>> 18) << 2) | 3, 14, false); // SOF, base ID, SRR = 1, IDE = 1
		feed(((id & 0x3ffff) << 4) | 4 | brs, 22, false); // ID-ext, RRS = 0, FDF = 1, res = 0, BRS
		arbBits = 36;
	} else {
		feed((id << 5) | 4 | brs, 17, false); // SOF, ID, RRS = 0, IDE = 0, FDF = 1, res = 0, BRS
		arbBits = 17;
	}
	// BRS follows the dominant res bit, so a recessive BRS never completes a run of five: every stuff bit so
	// far went out at the nominal rate (with BRS = 0 there is no switch at all).
	const arbStuff = sCount;
	feed((esi << 4) | dlc, 5, false);
	feedBytes(data, offset, len, false);
	const fsb = len <= 16 ? 6 : 7;
	const crcBits = len <= 16 ? 17 : 21;
	const nominal = arbBits + arbStuff + TAIL_BITS;
	const dataPhase = 5 + 8 * len + (sCount - arbStuff) + fsb + 4 + crcBits;
	if (brs) {
		encodeOut[0] = nominal;
		encodeOut[1] = dataPhase;
	} else {
		encodeOut[0] = nominal + dataPhase;
		encodeOut[1] = 0;
	}
	encodeOut[2] = sCount;
	encodeOut[3] = fsb;
	encodeOut[4] = -1;
}

/** Lengths of one frame on the wire, from its content. */
export interface FrameBits {
	/** SOF through the last EOF bit, stuff bits included; the intermission is not included. */
	totalBits: number;
	/** Dynamic stuff bits (SOF … CRC for classical frames, SOF … data for FD). */
	stuffBits: number;
	/** CAN FD fixed stuff bits in the CRC field (0 for classical frames). */
	fixedStuffBits: number;
	/** Bits sent at the nominal rate. */
	nominalBits: number;
	/** Bits sent at the data rate (FD frames with BRS; else 0). */
	dataBits: number;
	/** Always 3: the intermission that follows before another frame may start. */
	intermissionBits: number;
	/** CRC-15 of a classical frame; undefined for FD (its value does not change the length). */
	crc?: number;
}

/** What is wrong with a frame for a CAN bus, or null if nothing is (no allocation when it is fine). */
export function frameProblem(
	id: number,
	flags: number,
	dlc: number,
	data: ArrayLike<number> | null | undefined,
	offset: number
): string | null {
	const ext = (flags & FLAG_EXT) !== 0;
	const maxId = ext ? 0x1fffffff : 0x7ff;
	if (!Number.isInteger(id) || id < 0 || id > maxId) {
		return `id ${id} (0x${Number(id).toString(16)}) is out of range for ${ext ? 'an extended' : 'a standard'} frame (max 0x${maxId.toString(16)})`;
	}
	if (!Number.isInteger(dlc) || dlc < 0 || dlc > 15) return `dlc ${dlc} is not 0..15`;
	if (flags & FLAG_ERR) return 'an error frame (FLAG_ERR) cannot be sent as a frame';
	const fd = (flags & FLAG_FD) !== 0;
	if (fd && flags & FLAG_RTR) return 'CAN FD has no remote frames (FLAG_FD with FLAG_RTR)';
	if (!fd && flags & FLAG_BRS) return 'FLAG_BRS needs FLAG_FD';
	const len = payloadLen(flags, dlc);
	if (len === 0) return null;
	if (!Number.isInteger(offset) || offset < 0) return `offset ${offset} is not a non-negative integer`;
	if (data == null || data.length < offset + len) {
		return `id 0x${id.toString(16)} dlc ${dlc} needs ${len} data bytes from offset ${offset}, got ${data == null ? 'no data' : data.length - offset}`;
	}
	return null;
}

/** Throws a RangeError naming `where` and the offending field unless the frame can go on a CAN bus. */
export function checkFrame(
	where: string,
	id: number,
	flags: number,
	dlc: number,
	data: ArrayLike<number> | null | undefined,
	offset: number
): void {
	const problem = frameProblem(id, flags, dlc, data, offset);
	if (problem !== null) throw new RangeError(`${where}: ${problem}`);
}

/** Exact bit counts of a frame (classical or FD per `flags`); `esi` = 1 for an error-passive FD sender. */
export function frameBits(
	id: number,
	flags: number,
	dlc: number,
	data: ArrayLike<number> = [],
	offset = 0,
	esi: 0 | 1 = 0
): FrameBits {
	checkFrame('frameBits', id, flags, dlc, data, offset);
	encodeFrame(id, flags, dlc, data, offset, esi);
	const out: FrameBits = {
		totalBits: encodeOut[0] + encodeOut[1],
		stuffBits: encodeOut[2],
		fixedStuffBits: encodeOut[3],
		nominalBits: encodeOut[0],
		dataBits: encodeOut[1],
		intermissionBits: INTERMISSION_BITS
	};
	if (encodeOut[4] >= 0) out.crc = encodeOut[4];
	return out;
}

/**
 * Nanoseconds per bit at `bitrate`; throws unless that is a whole number of ns (all usual CAN rates are),
 * so bus time stays an exact integer and never drifts.
 */
export function bitTimeNs(bitrate: number, what = 'bitrate'): number {
	if (!Number.isFinite(bitrate) || bitrate <= 0) throw new RangeError(`${what} ${bitrate} is not a positive number`);
	const ns = 1e9 / bitrate;
	const r = Math.round(ns);
	if (r < 1 || Math.abs(ns - r) > 1e-6 * ns) {
		throw new RangeError(`${what} ${bitrate} bit/s gives ${ns} ns per bit; choose a rate whose bit time is whole ns`);
	}
	return r;
}

/** Duration in ns of a frame from SOF to the end of EOF (no intermission), classical or FD. */
export function frameTimeNs(
	id: number,
	flags: number,
	dlc: number,
	data: ArrayLike<number> = [],
	offset = 0,
	nominalBitrate = 500_000,
	dataBitrate = nominalBitrate
): number {
	const b = frameBits(id, flags, dlc, data, offset);
	return b.nominalBits * bitTimeNs(nominalBitrate, 'nominalBitrate') + b.dataBits * bitTimeNs(dataBitrate, 'dataBitrate');
}

/** {@link frameTimeNs} for a CAN FD frame (`flags` must include FLAG_FD). */
export function fdFrameTimeNs(
	id: number,
	flags: number,
	dlc: number,
	data: ArrayLike<number>,
	offset: number,
	nominalBitrate: number,
	dataBitrate: number
): number {
	if ((flags & FLAG_FD) === 0) throw new RangeError('fdFrameTimeNs: flags lack FLAG_FD');
	return frameTimeNs(id, flags, dlc, data, offset, nominalBitrate, dataBitrate);
}
