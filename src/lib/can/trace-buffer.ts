/**
 * Trace recording: a columnar ring buffer of frames (typed arrays, no per-frame objects) and filtered views
 * of it as index rings. Built to take a full 500 kbit/s bus (~4,000 frames/s) for minutes and to let a
 * list render only the rows on screen.
 *
 * Every frame gets a sequence number (`seq`, 0, 1, 2, … since the last `clear()`); frame `seq` lives in slot
 * `seq % capacity` while `seq >= first`. Older frames are overwritten, oldest first.
 */
import { FLAG_ERR, FLAG_EXT, FRAME_STRIDE_CLASSIC, dlcToLen, type FrameBatch } from './frame';

/** Decides whether the frame in `slot` of `buf` belongs to a view. Must not allocate: it runs per frame. */
export type FramePredicate = (buf: TraceBuffer, slot: number) => boolean;

/** Columnar ring buffer of the last `capacity` frames, with cansniffer-style changed-byte masks. */
export class TraceBuffer {
	readonly capacity: number;
	/** Payload bytes kept per frame (8, or 64 for CAN FD); longer payloads are cut and counted in `truncated`. */
	readonly stride: number;
	readonly t_us: Float64Array;
	readonly id: Uint32Array;
	readonly flags: Uint8Array;
	readonly dlc: Uint8Array;
	readonly data: Uint8Array;
	/** Bytes of changed-byte mask per frame: bit k of the mask is set when payload byte k differs from the
	 * previous frame with the same identifier (or that frame was shorter). */
	readonly maskBytes: number;
	readonly changed: Uint8Array;
	/** Frames whose payload did not fit `stride`. */
	truncated = 0;
	#total = 0;
	#clears = 0;
	/** Last payload per message key (id | bit 31 for extended): `stride` bytes, then the length. One per ID,
	 * so the comparison survives the previous frame being overwritten in the ring. */
	#last = new Map<number, Uint8Array>();

	constructor(capacity = 1 << 20, stride = FRAME_STRIDE_CLASSIC) {
		if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`TraceBuffer: capacity must be a positive integer, got ${capacity}`);
		if (stride !== 8 && stride !== 64) throw new RangeError(`TraceBuffer: stride must be 8 or 64, got ${stride}`);
		this.capacity = capacity;
		this.stride = stride;
		this.maskBytes = stride >> 3;
		this.t_us = new Float64Array(capacity);
		this.id = new Uint32Array(capacity);
		this.flags = new Uint8Array(capacity);
		this.dlc = new Uint8Array(capacity);
		this.data = new Uint8Array(capacity * stride);
		this.changed = new Uint8Array(capacity * this.maskBytes);
	}

	/** Frames recorded since the last clear (also the `seq` the next frame gets). */
	get total(): number {
		return this.#total;
	}

	/** How many times `clear()` ran: lets views notice that sequence numbers restarted. */
	get clears(): number {
		return this.#clears;
	}

	/** Sequence number of the oldest frame still held. */
	get first(): number {
		return Math.max(0, this.#total - this.capacity);
	}

	/** Frames held (≤ capacity). */
	get size(): number {
		return this.#total - this.first;
	}

	/** Whether frame `seq` is still held. */
	has(seq: number): boolean {
		return seq >= this.first && seq < this.#total;
	}

	/** Slot of frame `seq`; throws when it was overwritten or not recorded yet. */
	slotOf(seq: number): number {
		if (!this.has(seq)) throw new RangeError(`TraceBuffer: frame #${seq} is not held (held: #${this.first}..#${this.#total - 1})`);
		return seq % this.capacity;
	}

	/** Appends every frame of a batch. */
	push(b: FrameBatch): void {
		const n = Math.min(b.stride, this.stride);
		for (let i = 0; i < b.count; i++) this.#append(b.t_us[i], b.id[i], b.flags[i], b.dlc[i], b.data, i * b.stride, n);
	}

	/** Appends one frame; `data[offset..]` holds its payload. */
	pushFrame(t_us: number, id: number, flags: number, dlc: number, data: ArrayLike<number>, offset = 0): void {
		this.#append(t_us, id, flags, dlc, data, offset, this.stride);
	}

	#append(t_us: number, id: number, flags: number, dlc: number, src: ArrayLike<number>, off: number, room: number): void {
		const slot = this.#total % this.capacity;
		const stride = this.stride;
		this.t_us[slot] = t_us;
		this.id[slot] = id >>> 0;
		this.flags[slot] = flags;
		this.dlc[slot] = dlc;
		const full = dlcToLen(dlc);
		const len = Math.min(full, room);
		if (len < full) this.truncated++;
		const base = slot * stride;
		const d = this.data;
		for (let k = 0; k < len; k++) d[base + k] = src[off + k];
		for (let k = len; k < stride; k++) d[base + k] = 0;
		const mb = slot * this.maskBytes;
		for (let k = 0; k < this.maskBytes; k++) this.changed[mb + k] = 0;
		if ((flags & FLAG_ERR) === 0) {
			const key = flags & FLAG_EXT ? (id | 0x80000000) >>> 0 : id >>> 0;
			let prev = this.#last.get(key);
			if (prev === undefined) {
				prev = new Uint8Array(stride + 1);
				this.#last.set(key, prev);
			} else {
				const prevLen = prev[stride];
				for (let k = 0; k < len; k++) {
					if (k >= prevLen || prev[k] !== d[base + k]) this.changed[mb + (k >> 3)] |= 1 << (k & 7);
				}
			}
			for (let k = 0; k < len; k++) prev[k] = d[base + k];
			prev[stride] = len;
		}
		this.#total++;
	}

	/** Whether payload byte `k` of the frame in `slot` changed since the previous frame of its ID. */
	isChanged(slot: number, k: number): boolean {
		return (this.changed[slot * this.maskBytes + (k >> 3)] & (1 << (k & 7))) !== 0;
	}

	/** Payload of the frame in `slot` (a view into the ring, valid until the slot is overwritten). */
	payload(slot: number): Uint8Array {
		const base = slot * this.stride;
		return this.data.subarray(base, base + Math.min(dlcToLen(this.dlc[slot]), this.stride));
	}

	/** Forgets every frame and every ID's last payload; sequence numbers restart at 0. */
	clear(): void {
		this.#total = 0;
		this.#clears++;
		this.#last.clear();
		this.truncated = 0;
	}
}

/**
 * The frames of a buffer that match a predicate, as a ring of sequence numbers in ascending order. Positions
 * are absolute (0, 1, 2, … since the predicate was set), so a row position stays valid while older matches
 * are dropped from the front: held positions are `start..end-1`.
 */
export class TraceFilter {
	#seqs: Float64Array;
	#start = 0;
	#end = 0;
	/** Next sequence number to test. */
	#scanned = 0;
	#clears: number;
	#pred: FramePredicate | null;

	constructor(
		readonly buf: TraceBuffer,
		pred: FramePredicate | null = null
	) {
		// A view never holds more matches than the buffer holds frames.
		this.#seqs = new Float64Array(buf.capacity);
		this.#pred = pred;
		this.#clears = buf.clears;
	}

	/** Absolute position of the oldest match still held. */
	get start(): number {
		return this.#start;
	}

	/** One past the absolute position of the newest match. */
	get end(): number {
		return this.#end;
	}

	get length(): number {
		return this.#end - this.#start;
	}

	get predicate(): FramePredicate | null {
		return this.#pred;
	}

	/** Sequence number of the match at absolute position `pos`. */
	seqAt(pos: number): number {
		if (pos < this.#start || pos >= this.#end || !Number.isInteger(pos))
			throw new RangeError(`TraceFilter: position ${pos} is not held (held: ${this.#start}..${this.#end - 1})`);
		return this.#seqs[pos % this.#seqs.length];
	}

	/** Absolute position of the first match whose seq is ≥ `seq` (`end` when there is none). */
	positionOf(seq: number): number {
		let lo = this.#start;
		let hi = this.#end;
		const ring = this.#seqs;
		while (lo < hi) {
			const mid = Math.floor((lo + hi) / 2);
			if (ring[mid % ring.length] < seq) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Drops matches the buffer overwrote and tests the frames recorded since the last sync. Returns how many
	 * matches were added. */
	sync(): number {
		const buf = this.buf;
		if (buf.clears !== this.#clears) {
			// sequence numbers restarted: so do positions
			this.#clears = buf.clears;
			this.#start = this.#end = this.#scanned = 0;
		}
		const first = buf.first;
		const ring = this.#seqs;
		const cap = ring.length;
		while (this.#start < this.#end && ring[this.#start % cap] < first) this.#start++;
		const from = Math.max(this.#scanned, first);
		const to = buf.total;
		const pred = this.#pred;
		const before = this.#end;
		let end = this.#end;
		for (let seq = from; seq < to; seq++) {
			if (pred === null || pred(buf, seq % buf.capacity)) {
				ring[end % cap] = seq;
				end++;
			}
		}
		this.#end = end;
		this.#scanned = to;
		return end - before;
	}

	/** Replaces the predicate and rebuilds the view from every frame held; positions restart at 0. */
	setPredicate(pred: FramePredicate | null): void {
		this.#pred = pred;
		this.#start = this.#end = 0;
		this.#scanned = this.buf.first;
		this.sync();
	}
}
