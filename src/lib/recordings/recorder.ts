/**
 * Records a stream of FrameBatches into the recordings database as it arrives: batches go into the
 * chunker at once (synchronously, so nothing the source emits is missed), full chunks are written one
 * transaction at a time in order, each with the meta that counts it. A chunk that does not fit the byte
 * budget is cut to what fits, written, and the recording stops with a note; a write the browser refuses
 * (QuotaExceededError) stops it too. Either way everything written before stays readable.
 */
import type { FrameBatch } from '$lib/can/frame';
import { decodeBatch } from '$lib/can/wire';
import type { SourceSession } from '$lib/can/source';
import { Chunker, chunkOf, sliceBatch, type Chunk } from './chunker';
import { applyChunk, type RecordingMeta } from './meta';

/** Where chunks and meta go (RecordingsDb in the app). */
export interface RecorderStore {
	putMeta(m: RecordingMeta): Promise<void>;
	putChunk(rec: string, c: Chunk, m: RecordingMeta): Promise<void>;
}

export interface RecorderOptions {
	store: RecorderStore;
	/** Bytes the recording may still add; asked before every chunk (the app: what the browser's quota leaves). */
	budget: (m: RecordingMeta) => Promise<number>;
	/** Told once when the recording ends, with the note when it ended early. */
	onEnd?: (m: RecordingMeta) => void;
	chunkBytes?: number;
}

const fmtMiB = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

export class Recorder {
	readonly meta: RecordingMeta;
	#chunker: Chunker;
	#queue: Promise<void> = Promise.resolve();
	#ended = false;
	/** Frames taken in (written or about to be). */
	frames = 0;
	#opts: RecorderOptions;

	constructor(meta: RecordingMeta, opts: RecorderOptions) {
		this.meta = meta;
		this.#opts = opts;
		this.#chunker = new Chunker(opts.chunkBytes);
	}

	/** True once the recording ended (stopped, or ended by itself: quota, a new session). */
	get ended(): boolean {
		return this.#ended;
	}

	/** Bytes taken in so far (written plus the chunk being filled). */
	get bytes(): number {
		return this.meta.bytes + this.#chunker.pendingBytes;
	}

	/** Resolves when every chunk handed in so far is written (an importer waits on it to bound its memory). */
	idle(): Promise<void> {
		return this.#queue;
	}

	/** Writes the meta record (state 'recording'), so a tab that dies leaves a listed, readable recording. */
	begin(): Promise<void> {
		return this.#enqueue(() => this.#opts.store.putMeta(this.meta));
	}

	add(b: FrameBatch): void {
		if (this.#ended || b.count === 0) return;
		this.frames += b.count;
		for (const c of this.#chunker.add(b)) this.#enqueue(() => this.#write(c));
	}

	/** A new session of the source (reset, source changed): the recording ends there, with a note. */
	session(s: SourceSession): Promise<RecordingMeta> {
		return this.stop(`ended: the source started a new session (${s.reason})`);
	}

	/** Writes what is pending and ends the recording. Resolves with the final meta. */
	async stop(note?: string): Promise<RecordingMeta> {
		if (!this.#ended) {
			this.#ended = true;
			const last = this.#chunker.flush();
			if (last) this.#enqueue(() => this.#write(last));
			this.#enqueue(async () => this.#finish(note));
		}
		await this.#queue;
		return this.meta;
	}

	#enqueue(fn: () => Promise<void>): Promise<void> {
		this.#queue = this.#queue.then(async () => {
			// after the end (quota) the chunks still queued are not written: the note says why
			if (this.meta.state !== 'recording') return;
			try {
				await fn();
			} catch (e) {
				await this.#finish(`stopped: the browser refused to store more (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}); ${this.meta.frames} frames were kept`);
			}
		});
		return this.#queue;
	}

	async #write(c: Chunk): Promise<void> {
		const left = await this.#opts.budget(this.meta);
		if (c.bytes.byteLength <= left) {
			const m = structuredClone(this.meta);
			applyChunk(m, c);
			await this.#opts.store.putChunk(this.meta.id, c, m);
			Object.assign(this.meta, m);
			return;
		}
		// what fits of this chunk is kept, then the recording stops
		const per = c.bytes.byteLength / c.count;
		const fit = Math.max(0, Math.floor((left - 64) / per));
		if (fit > 0) {
			const part = chunkOf(sliceBatch(decodeBatch(c.bytes), 0, fit), this.meta.index.t0.length, this.meta.frames);
			const m = structuredClone(this.meta);
			applyChunk(m, part);
			await this.#opts.store.putChunk(this.meta.id, part, m);
			Object.assign(this.meta, m);
		}
		await this.#finish(`stopped: storage budget reached (${fmtMiB(this.meta.bytes)} stored, ${fmtMiB(Math.max(0, left))} were left); ${this.meta.frames} frames were kept`);
	}

	async #finish(note?: string): Promise<void> {
		if (this.meta.state !== 'recording') return;
		this.#ended = true;
		this.meta.state = note ? 'stopped' : 'complete';
		if (note) this.meta.note = note;
		try {
			await this.#opts.store.putMeta(this.meta);
		} catch {
			// the last chunk's transaction already stored a meta that counts every stored chunk
		}
		this.#opts.onEnd?.(this.meta);
	}
}
