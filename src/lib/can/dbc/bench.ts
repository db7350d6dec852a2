/**
 * Decode-speed measurements for `npm run bench` (src/cli/bench.ts): our compiled codec against the npm
 * `candied` decoder on the same frames. Wall-clock time is fine here: this is benchmark code, not simulation.
 */
import { Can, Dbc as CandiedDbc } from 'candied';
import { Rng } from '../../sim/rng';
import { DbcCodec } from './codec';
import type { Dbc } from './types';
import {
	FLAG_EXT,
	FLAG_FD,
	FRAME_STRIDE_CLASSIC,
	FRAME_STRIDE_FD,
	FrameBatchBuilder,
	dlcToLen,
	lenToDlc,
	type FrameBatch
} from '../frame';

/** `n` frames with random payloads over the DBC's messages (seeded: the same seed gives the same frames). */
export function makeFramesFor(dbc: Dbc, n: number, seed: number): FrameBatch {
	const msgs = dbc.messages.filter((m) => m.length > 0);
	if (msgs.length === 0) throw new Error('makeFramesFor: the DBC has no message with a payload');
	const rng = new Rng(seed);
	const fd = msgs.some((m) => m.length > 8);
	const b = new FrameBatchBuilder(n, fd ? FRAME_STRIDE_FD : FRAME_STRIDE_CLASSIC);
	const payload = new Uint8Array(64);
	for (let i = 0; i < n; i++) {
		const m = msgs[rng.int(msgs.length)];
		const dlc = lenToDlc(m.length);
		for (let k = 0; k < dlcToLen(dlc); k++) payload[k] = rng.int(256);
		const flags = (m.extended ? FLAG_EXT : 0) | (m.isFd ? FLAG_FD : 0);
		b.push(i * 100, m.id, flags, dlc, payload);
	}
	return b.take();
}

/** Frames/s decoding every signal (physical values) of every frame, repeating the batch for ≥ `minMs`. */
export function benchDecode(dbc: Dbc, frames: FrameBatch, minMs: number): { framesPerS: number; signalsPerFrame: number } {
	const codec = new DbcCodec(dbc);
	const out = new Float64Array(Math.max(1, codec.maxSignals));
	const { count, stride, id, flags, data } = frames;
	let signals = 0;
	for (let i = 0; i < count; i++) signals += codec.forFrame(id[i], flags[i])?.signals.length ?? 0;
	let sink = 0;
	let done = 0;
	const t0 = performance.now();
	let t = t0;
	do {
		for (let i = 0; i < count; i++) {
			const m = codec.forFrame(id[i], flags[i]);
			if (m !== undefined) m.decode(data, i * stride, out);
		}
		sink += out[0];
		done += count;
		t = performance.now();
	} while (t - t0 < minMs);
	if (sink === 0.5) console.log(''); // keeps the loop observable so it cannot be optimised away
	return { framesPerS: (done * 1000) / (t - t0), signalsPerFrame: count ? signals / count : 0 };
}

interface CandiedFrame {
	id: number;
	dlc: number;
	isExtended: boolean;
	payload: number[];
}

/** Frames/s of the npm `candied` package decoding the same frames (its Dbc parser, its `Can.decode`). */
export function benchCandied(dbcText: string, frames: FrameBatch, minMs: number): { framesPerS: number } {
	const db = new CandiedDbc();
	const can = new Can();
	can.database = db.load(dbcText);
	// Frames are converted up front so only candied's decoding is timed; candied keys messages by the
	// DBC's raw id (bit 31 set for extended ones).
	const list: CandiedFrame[] = [];
	for (let i = 0; i < frames.count; i++) {
		const ext = (frames.flags[i] & FLAG_EXT) !== 0;
		const len = Math.min(dlcToLen(frames.dlc[i]), frames.stride);
		const off = i * frames.stride;
		const f: CandiedFrame = {
			id: ext ? (frames.id[i] | 0x80000000) >>> 0 : frames.id[i],
			dlc: len,
			isExtended: ext,
			payload: Array.from(frames.data.subarray(off, off + len))
		};
		try {
			can.decode(f);
			list.push(f);
		} catch {
			// A frame candied cannot decode is left out rather than timed as a failure.
		}
	}
	let done = 0;
	let sink = 0;
	const t0 = performance.now();
	let t = t0;
	do {
		for (const f of list) sink += can.decode(f)?.id ?? 0;
		done += list.length;
		t = performance.now();
	} while (t - t0 < minMs && list.length > 0);
	if (sink === 0.5) console.log('');
	return { framesPerS: done ? (done * 1000) / (t - t0) : 0 };
}
