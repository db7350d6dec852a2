/**
 * Cuts a stream of FrameBatches into chunks of about `target` bytes as wire messages (1–4 MiB: few enough
 * records that the list stays small, small enough that a seek reads little), keeping the chunk index and
 * the load histogram of the recording up to date. Pure: the recorder and the importer store what it hands
 * out.
 */
import { FRAME_STRIDE_CLASSIC, FRAME_STRIDE_FD, emptyBatch, type FrameBatch } from '$lib/can/frame';
import { encodeBatch, encodedSize } from '$lib/can/wire';

export const MiB = 1 << 20;
export const CHUNK_TARGET = 2 * MiB;

/** One chunk ready to store. */
export interface Chunk {
	seq: number;
	/** Number of its first frame in the recording. */
	first: number;
	count: number;
	t0: number;
	t1: number;
	bytes: Uint8Array;
	/** The chunk's frames (to update the meta: histogram, times). */
	batch: FrameBatch;
}

/** Joins batches (strides may differ) into one batch at the widest stride. */
export function concatBatches(parts: FrameBatch[]): FrameBatch {
	let n = 0;
	let stride = FRAME_STRIDE_CLASSIC;
	for (const p of parts) {
		n += p.count;
		if (p.stride === FRAME_STRIDE_FD) stride = FRAME_STRIDE_FD;
	}
	const out = emptyBatch(n, stride);
	let o = 0;
	for (const p of parts) {
		const c = p.count;
		out.t_us.set(p.t_us.subarray(0, c), o);
		out.id.set(p.id.subarray(0, c), o);
		out.flags.set(p.flags.subarray(0, c), o);
		out.dlc.set(p.dlc.subarray(0, c), o);
		out.channel.set(p.channel.subarray(0, c), o);
		if (p.stride === stride) out.data.set(p.data.subarray(0, c * stride), o * stride);
		else for (let i = 0; i < c; i++) out.data.set(p.data.subarray(i * p.stride, (i + 1) * p.stride), (o + i) * stride);
		o += c;
	}
	out.count = n;
	return out;
}

/** Frames `from`..`to` of a batch as a new batch (copies). */
export function sliceBatch(b: FrameBatch, from: number, to: number): FrameBatch {
	const s = b.stride;
	return {
		count: to - from,
		stride: s,
		t_us: b.t_us.slice(from, to),
		id: b.id.slice(from, to),
		flags: b.flags.slice(from, to),
		dlc: b.dlc.slice(from, to),
		channel: b.channel.slice(from, to),
		data: b.data.slice(from * s, to * s)
	};
}

export class Chunker {
	#pending: FrameBatch[] = [];
	#pendingFrames = 0;
	#pendingStride = FRAME_STRIDE_CLASSIC;
	#seq = 0;
	#first = 0;

	constructor(readonly target = CHUNK_TARGET) {}

	/** Bytes the pending frames would take as a chunk. */
	get pendingBytes(): number {
		return encodedSize(this.#pendingFrames, this.#pendingStride);
	}

	get pendingFrames(): number {
		return this.#pendingFrames;
	}

	/** Takes a batch; returns the chunks that became full (usually none). */
	add(b: FrameBatch): Chunk[] {
		if (b.count === 0) return [];
		const out: Chunk[] = [];
		let rest = b;
		for (;;) {
			const stride = Math.max(this.#pendingStride, rest.stride);
			const room = this.#room(stride);
			if (rest.count < room) {
				this.#push(rest);
				break;
			}
			// fill this chunk exactly, so chunks stay near the target whatever the batch sizes
			this.#push(room === rest.count ? rest : sliceBatch(rest, 0, room));
			out.push(this.#cut());
			if (room === rest.count) break;
			rest = sliceBatch(rest, room, rest.count);
		}
		return out;
	}

	/** Frames that still fit the pending chunk at `stride`. */
	#room(stride: number): number {
		const per = 8 + 4 + 3 + stride;
		return Math.max(1, Math.floor((this.target - 32) / per) - this.#pendingFrames);
	}

	#push(b: FrameBatch): void {
		this.#pending.push(b);
		this.#pendingFrames += b.count;
		if (b.stride > this.#pendingStride) this.#pendingStride = b.stride;
	}

	/** The pending frames as a chunk, or null when there are none (the recording stops or pauses). */
	flush(): Chunk | null {
		return this.#pendingFrames ? this.#cut() : null;
	}

	#cut(): Chunk {
		const b = concatBatches(this.#pending);
		this.#pending = [];
		this.#pendingFrames = 0;
		this.#pendingStride = FRAME_STRIDE_CLASSIC;
		this.#first += b.count;
		return chunkOf(b, this.#seq++, this.#first - b.count);
	}
}

/** A batch as chunk `seq` whose first frame is number `first` of the recording. */
export function chunkOf(b: FrameBatch, seq: number, first: number): Chunk {
	return { seq, first, count: b.count, t0: b.t_us[0], t1: b.t_us[b.count - 1], bytes: encodeBatch(b), batch: b };
}
