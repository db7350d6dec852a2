/**
 * FrameBatch as one binary message (the live WebSocket `/api/live`, MQTT `.../can`, recordings on disk).
 * Layout, little-endian, every column 8-byte aligned so a reader can view it without copying:
 *
 *   0  u8   opcode (OP_FRAMES = 0x01)
 *   1  u8   stride: 8 or 64 bytes of payload per frame
 *   2  u16  format version (WIRE_VERSION)
 *   4  u32  count: frames in the message
 *   8  f64[count]  t_us
 *      u32[count]  id, then padding to 8
 *      u8[count]   flags, u8[count] dlc, u8[count] channel, then padding to 8
 *      u8[count * stride]  data
 *
 * Documented in docs/live-protocol.md. Decoding checks every length against the message size and throws a
 * `WireError` naming what is wrong; it never reads out of bounds.
 */
import { FRAME_STRIDE_CLASSIC, FRAME_STRIDE_FD, type FrameBatch } from './frame';

export const OP_FRAMES = 0x01;
export const WIRE_VERSION = 1;
const HEADER = 8;

/** A binary message that is not a FrameBatch this side can read; `message` says what and where. */
export class WireError extends Error {}

const pad8 = (n: number): number => (n + 7) & ~7;

function layout(count: number, stride: number) {
	const tOff = HEADER;
	const idOff = tOff + 8 * count;
	const flagsOff = pad8(idOff + 4 * count);
	const dlcOff = flagsOff + count;
	const chOff = dlcOff + count;
	const dataOff = pad8(chOff + count);
	const end = dataOff + count * stride;
	return { tOff, idOff, flagsOff, dlcOff, chOff, dataOff, end };
}

/** The size in bytes of the message for `count` frames at `stride`. */
export function encodedSize(count: number, stride: number): number {
	return layout(count, stride).end;
}

/** Encodes the first `b.count` frames of a batch into one message (a fresh ArrayBuffer). */
export function encodeBatch(b: FrameBatch, opcode = OP_FRAMES): Uint8Array {
	const n = b.count;
	const L = layout(n, b.stride);
	const out = new Uint8Array(L.end);
	const dv = new DataView(out.buffer);
	dv.setUint8(0, opcode);
	dv.setUint8(1, b.stride);
	dv.setUint16(2, WIRE_VERSION, true);
	dv.setUint32(4, n, true);
	new Float64Array(out.buffer, L.tOff, n).set(b.t_us.subarray(0, n));
	new Uint32Array(out.buffer, L.idOff, n).set(b.id.subarray(0, n));
	out.set(b.flags.subarray(0, n), L.flagsOff);
	out.set(b.dlc.subarray(0, n), L.dlcOff);
	out.set(b.channel.subarray(0, n), L.chOff);
	out.set(b.data.subarray(0, n * b.stride), L.dataOff);
	return out;
}

/**
 * Decodes a message made by `encodeBatch` into a FrameBatch whose columns are fresh copies (safe to keep
 * and to transfer). Throws `WireError` on a short, oversized or unknown message.
 */
export function decodeBatch(msg: Uint8Array, opcode = OP_FRAMES): FrameBatch {
	if (msg.byteLength < HEADER) throw new WireError(`frame message of ${msg.byteLength} bytes is shorter than its ${HEADER}-byte header`);
	const dv = new DataView(msg.buffer, msg.byteOffset, msg.byteLength);
	const op = dv.getUint8(0);
	if (op !== opcode) throw new WireError(`binary message opcode 0x${op.toString(16).padStart(2, '0')} (expected 0x${opcode.toString(16).padStart(2, '0')})`);
	const stride = dv.getUint8(1);
	if (stride !== FRAME_STRIDE_CLASSIC && stride !== FRAME_STRIDE_FD) throw new WireError(`frame message stride ${stride} (must be 8 or 64)`);
	const version = dv.getUint16(2, true);
	if (version !== WIRE_VERSION) throw new WireError(`frame message format version ${version} (this side reads ${WIRE_VERSION})`);
	const n = dv.getUint32(4, true);
	const L = layout(n, stride);
	if (L.end !== msg.byteLength) throw new WireError(`frame message says ${n} frames (${L.end} bytes) but has ${msg.byteLength} bytes`);
	// copy out of `msg` first: its offset need not be 8-aligned for typed-array views
	const bytes = (off: number, len: number) => msg.slice(off, off + len);
	return {
		count: n,
		stride,
		t_us: new Float64Array(bytes(L.tOff, 8 * n).buffer),
		id: new Uint32Array(bytes(L.idOff, 4 * n).buffer),
		flags: bytes(L.flagsOff, n),
		dlc: bytes(L.dlcOff, n),
		channel: bytes(L.chOff, n),
		data: bytes(L.dataOff, n * stride)
	};
}
