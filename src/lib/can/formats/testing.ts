/** Frames and helpers the format specs share (a hand-built batch covers what the simulation does not send: FD, RTR, errors, Tx). */
import { FLAG_BRS, FLAG_ERR, FLAG_EXT, FLAG_FD, FLAG_RTR, FLAG_TX, FrameBatchBuilder, dlcToLen, type FrameBatch } from '../frame';
import { readAll, type LogFormat } from './index';
import { concatBytes, type LogWriter } from './types';

/** A frame as plain values, for comparisons. */
export interface PlainFrame {
	t_us: number;
	id: number;
	flags: number;
	dlc: number;
	channel: number;
	data: number[];
}

/** Classic, extended, RTR, FD (with and without BRS), error and Tx frames on two channels. */
export function sampleBatch(t0 = 1_700_000_000_123_456): FrameBatch {
	const b = new FrameBatchBuilder(16);
	const seq = (n: number, k = 1) => Array.from({ length: n }, (_, i) => (i * k + 3) & 255);
	b.push(t0, 0x123, 0, 8, seq(8), 0, 0);
	b.push(t0 + 1, 0x7ff, FLAG_TX, 2, [0xde, 0xad], 0, 0);
	b.push(t0 + 1_000, 0x1abcdef0, FLAG_EXT, 4, [1, 2, 3, 4], 0, 1);
	b.push(t0 + 2_500, 0x100, FLAG_RTR, 3, [], 0, 0);
	b.push(t0 + 10_001, 0x456, FLAG_FD | FLAG_BRS, 13, seq(32, 7), 0, 1);
	b.push(t0 + 10_002, 0x18daf110, FLAG_FD | FLAG_EXT, 15, seq(64, 5), 0, 0);
	b.push(t0 + 20_000, 0x0, 0, 0, [], 0, 0);
	b.push(t0 + 1_234_567, 0, FLAG_ERR, 0, [], 0, 0);
	return b.take();
}

/** Frames as plain values; `keep` masks the flags a format cannot carry. */
export function plain(batches: FrameBatch[], keep = 0xff): PlainFrame[] {
	const out: PlainFrame[] = [];
	for (const b of batches)
		for (let i = 0; i < b.count; i++) {
			const n = b.flags[i] & FLAG_RTR ? 0 : Math.min(dlcToLen(b.dlc[i]), b.stride);
			out.push({ t_us: b.t_us[i], id: b.id[i], flags: b.flags[i] & keep, dlc: b.dlc[i], channel: b.channel[i], data: Array.from(b.data.subarray(i * b.stride, i * b.stride + n)) });
		}
	return out;
}

/** Writes batches with a writer into one file's bytes. */
export function writeAll(w: LogWriter, batches: FrameBatch[]): Uint8Array {
	const enc = new TextEncoder();
	const parts: Uint8Array[] = [];
	const add = (x: Uint8Array | string) => parts.push(typeof x === 'string' ? enc.encode(x) : x);
	for (const b of batches) add(w.write(b));
	add(w.end());
	const out = concatBytes(parts);
	const h = w.finalHeader?.();
	if (h) out.set(h, 0);
	return out;
}

/** Reads a file's bytes in chunks of `chunk` bytes (small chunks exercise the streaming paths). */
export function readBytes(format: LogFormat, bytes: Uint8Array, chunk = 7, file = 'x') {
	const { reader, batches } = readAll(format, bytes, file, chunk);
	return { reader, frames: plain(batches) };
}
