/**
 * FrameBatch: the columnar frame container every producer and consumer of frames shares (docs/architecture.md,
 * "Frames"). Columns are typed arrays so a batch crosses a worker boundary with
 * `Comlink.transfer` without a copy.
 */

/** Bits of `FrameBatch.flags`. */
export const FLAG_EXT = 0x01; // 29-bit identifier
export const FLAG_RTR = 0x02; // remote frame
export const FLAG_FD = 0x04; // CAN FD frame
export const FLAG_BRS = 0x08; // CAN FD bit-rate switch
export const FLAG_ERR = 0x10; // error frame
export const FLAG_TX = 0x20; // direction: sent by this side (live mode), 0 = received

/** Bytes reserved per frame in `data`; CAN FD frames use up to 64. */
export const FRAME_STRIDE_CLASSIC = 8;
export const FRAME_STRIDE_FD = 64;

export interface FrameBatch {
	/** Frames in the batch; the typed arrays may be longer (capacity). */
	count: number;
	/** Bytes per frame in `data`: 8 or 64. */
	stride: number;
	/** Virtual time of the frame's end of frame, µs since simulation start (or epoch µs for live/log). */
	t_us: Float64Array;
	id: Uint32Array;
	flags: Uint8Array;
	dlc: Uint8Array;
	/**
	 * The bus or interface a frame came from: in the simulation the bus node that sent it (its index on the
	 * bus, 0 = the bench), in live mode and in logs the channel (interface) number.
	 */
	channel: Uint8Array;
	data: Uint8Array;
}

const DLC_LEN = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64]);

/** Payload length in bytes for a DLC code (CAN FD codes 9..15 map to 12..64). */
export function dlcToLen(dlc: number): number {
	return DLC_LEN[dlc & 15];
}

/** Smallest DLC code that holds `len` bytes. */
export function lenToDlc(len: number): number {
	if (len <= 8) return len;
	if (len <= 12) return 9;
	if (len <= 16) return 10;
	if (len <= 20) return 11;
	if (len <= 24) return 12;
	if (len <= 32) return 13;
	if (len <= 48) return 14;
	return 15;
}

export function emptyBatch(capacity: number, stride = FRAME_STRIDE_CLASSIC): FrameBatch {
	return {
		count: 0,
		stride,
		t_us: new Float64Array(capacity),
		id: new Uint32Array(capacity),
		flags: new Uint8Array(capacity),
		dlc: new Uint8Array(capacity),
		channel: new Uint8Array(capacity),
		data: new Uint8Array(capacity * stride)
	};
}

/** The transferable buffers of a batch, for `Comlink.transfer` / `postMessage`. */
export function batchBuffers(b: FrameBatch): ArrayBuffer[] {
	return [b.t_us.buffer, b.id.buffer, b.flags.buffer, b.dlc.buffer, b.channel.buffer, b.data.buffer] as ArrayBuffer[];
}

/**
 * Appends frames and hands out full batches; grows its capacity by doubling. `stride` is the least stride:
 * the first frame longer than it (a CAN FD payload) widens the batch to 64 bytes a frame, so every payload
 * crosses whole while classic-only batches stay 8 bytes a frame. `take` starts again at the least stride.
 */
export class FrameBatchBuilder {
	#b: FrameBatch;
	readonly #minStride: number;
	constructor(
		private capacity = 1024,
		stride = FRAME_STRIDE_CLASSIC
	) {
		this.#minStride = stride;
		this.#b = emptyBatch(capacity, stride);
	}

	get count(): number {
		return this.#b.count;
	}

	/** Bytes per frame of the batch being built (8, or 64 once it holds an FD payload). */
	get stride(): number {
		return this.#b.stride;
	}

	push(t_us: number, id: number, flags: number, dlc: number, data: ArrayLike<number>, offset = 0, channel = 0): void {
		let b = this.#b;
		const n = dlcToLen(dlc);
		if (n > b.stride) b = this.#grow(this.capacity, FRAME_STRIDE_FD);
		if (b.count === b.id.length) b = this.#grow(this.capacity * 2, b.stride);
		const i = b.count;
		b.t_us[i] = t_us;
		b.id[i] = id >>> 0;
		b.flags[i] = flags;
		b.dlc[i] = dlc;
		b.channel[i] = channel;
		const stride = b.stride;
		const base = i * stride;
		for (let k = 0; k < n; k++) b.data[base + k] = data[offset + k];
		b.count = i + 1;
	}

	/**
	 * For a reader's hot loop, instead of `push`: the batch being built, grown or widened as `push` would so
	 * that it has room for at least one more frame of `len` payload bytes (rows `count` .. `t_us.length - 1` are
	 * free). Write frames from row `count` on (row i's bytes at `i * stride`, `dlcToLen(dlc)` of them), then add
	 * the rows written to `count`.
	 */
	room(len: number): FrameBatch {
		let b = this.#b;
		if (len > b.stride) b = this.#grow(this.capacity, FRAME_STRIDE_FD);
		if (b.count === b.id.length) b = this.#grow(this.capacity * 2, b.stride);
		return b;
	}

	/** Appends frame `i` of another batch (any stride). */
	pushFrom(src: FrameBatch, i: number): void {
		this.push(src.t_us[i], src.id[i], src.flags[i], src.dlc[i], src.data, i * src.stride, src.channel[i]);
	}

	/** Returns the frames gathered so far (trimmed to `count`) and starts a fresh batch. */
	take(): FrameBatch {
		const b = this.#b;
		const n = b.count;
		const out: FrameBatch = {
			count: n,
			stride: b.stride,
			t_us: b.t_us.slice(0, n),
			id: b.id.slice(0, n),
			flags: b.flags.slice(0, n),
			dlc: b.dlc.slice(0, n),
			channel: b.channel.slice(0, n),
			data: b.data.slice(0, n * b.stride)
		};
		if (b.stride !== this.#minStride) this.#b = emptyBatch(this.capacity, this.#minStride);
		else b.count = 0;
		return out;
	}

	#grow(capacity: number, stride: number): FrameBatch {
		const old = this.#b;
		this.capacity = capacity;
		const b = emptyBatch(capacity, stride);
		b.t_us.set(old.t_us);
		b.id.set(old.id);
		b.flags.set(old.flags);
		b.dlc.set(old.dlc);
		b.channel.set(old.channel);
		if (stride === old.stride) b.data.set(old.data);
		else for (let i = 0; i < old.count; i++) b.data.set(old.data.subarray(i * old.stride, (i + 1) * old.stride), i * stride);
		b.count = old.count;
		this.#b = b;
		return b;
	}
}

/** The bytes of frame `i` of a batch (a view, not a copy). */
export function frameData(b: FrameBatch, i: number): Uint8Array {
	const off = i * b.stride;
	return b.data.subarray(off, off + Math.min(dlcToLen(b.dlc[i]), b.stride));
}
