/**
 * A recording as a FrameSource: a cursor over its chunks that hands out the frames up to a time, one frame,
 * or from a seek point. No clock here: the page's pacer (src/lib/store/replay.svelte.ts) decides how far
 * to advance. A seek is a binary search over the chunk start-time index, one chunk read, and a binary
 * search within it, so its cost does not grow with the recording's length.
 */
import { FLAG_EXT, type FrameBatch } from '$lib/can/frame';
import { SourceFanout, type BatchListener, type FrameSource, type SessionListener, type SourceDescription } from '$lib/can/source';
import { sliceBatch } from './chunker';
import { chunkForTime, firstAfter, firstAtOrAfter, type RecordingMeta } from './meta';

/** Reads chunk `seq` of the recording. */
export type ChunkLoader = (seq: number) => Promise<FrameBatch>;

export class Replay implements FrameSource {
	#fan = new SourceFanout();
	#cache = new Map<number, Promise<FrameBatch>>();
	#op: Promise<unknown> = Promise.resolve();
	/** Cursor: the next frame to hand out is frame `#i` of chunk `#chunk`. */
	#chunk = 0;
	#i = 0;
	/** Time up to which frames were handed out, µs (the recording's time base). */
	position_us: number;

	constructor(
		readonly meta: RecordingMeta,
		private load: ChunkLoader,
		/** Most frames in one batch handed out (a seek far ahead at ×100 must not build one huge batch). */
		readonly maxBatch = 1 << 16
	) {
		this.position_us = meta.t0_us;
	}

	subscribe(fn: BatchListener): () => void {
		return this.#fan.subscribe(fn);
	}

	onSession(fn: SessionListener): () => void {
		return this.#fan.onSession(fn);
	}

	describe(): SourceDescription {
		return {
			kind: 'replay',
			label: `Replay: ${this.meta.name}`,
			channels: this.meta.channels.map((name, channel) => ({ channel, name, kind: 'replay' })),
			canSend: false
		};
	}

	get start_us(): number {
		return this.meta.t0_us;
	}

	get end_us(): number {
		return this.meta.t1_us;
	}

	/** Number (0-based) of the next frame to hand out; `meta.frames` at the end. */
	get frameNo(): number {
		return this.#chunk >= this.meta.index.first.length ? this.meta.frames : this.meta.index.first[this.#chunk] + this.#i;
	}

	get atEnd(): boolean {
		return this.frameNo >= this.meta.frames;
	}

	/** Runs operations one after another: the pacer's advance and a user's seek never interleave. */
	#serial<T>(fn: () => Promise<T>): Promise<T> {
		const p = this.#op.then(fn, fn);
		this.#op = p.catch(() => {});
		return p;
	}

	#get(seq: number): Promise<FrameBatch> {
		let p = this.#cache.get(seq);
		if (!p) {
			p = this.load(seq);
			this.#cache.set(seq, p);
			p.catch(() => this.#cache.delete(seq));
			// the chunk before, this one and the next are what a replay touches; older ones go
			for (const k of this.#cache.keys()) if (k < seq - 1 || k > seq + 1) this.#cache.delete(k);
		}
		return p;
	}

	/** Moves the cursor to the first frame at or after `t_us` without handing anything out. */
	async #moveTo(t_us: number): Promise<void> {
		const n = this.meta.index.t0.length;
		let c = Math.max(0, chunkForTime(this.meta.index, t_us));
		if (n === 0) {
			this.#chunk = 0;
			this.#i = 0;
			return;
		}
		let b = await this.#get(c);
		let i = firstAtOrAfter(b.t_us, b.count, t_us);
		if (i >= b.count && c + 1 < n) {
			c++;
			i = 0;
			void this.#get(c);
		}
		this.#chunk = c;
		this.#i = i;
		if (c + 1 < n) void this.#get(c + 1); // read ahead while the page shows this one
	}

	/**
	 * Seeks to `t_us` (clamped to the recording): the views start over (session 'seek') and the frames from
	 * there on follow. Resolves with the time moved to.
	 */
	seek(t_us: number): Promise<number> {
		return this.#serial(async () => {
			const t = Math.min(Math.max(t_us, this.start_us), this.end_us);
			await this.#moveTo(t);
			this.position_us = t;
			this.#fan.session({ reason: 'seek', t_us: t });
			return t;
		});
	}

	/** Hands out every frame up to and including `t_us` (in batches of at most `maxBatch`); returns the count. */
	advanceTo(t_us: number): Promise<number> {
		return this.#serial(async () => {
			let sent = 0;
			const n = this.meta.index.t0.length;
			while (this.#chunk < n) {
				const b = await this.#get(this.#chunk);
				const end = Math.min(firstAfter(b.t_us, b.count, t_us), this.#i + this.maxBatch);
				if (end > this.#i) {
					const part = sliceBatch(b, this.#i, end);
					this.#i = end;
					sent += part.count;
					this.#fan.batch(part);
				}
				if (this.#i < b.count) {
					if (b.t_us[this.#i] > t_us) break;
					continue;
				}
				this.#chunk++;
				this.#i = 0;
				if (this.#chunk + 1 < n) void this.#get(this.#chunk + 1);
			}
			this.position_us = Math.max(this.position_us, Math.min(t_us, this.end_us));
			return sent;
		});
	}

	/** Hands out the next frame alone; resolves with its time, or null at the end. */
	step(): Promise<number | null> {
		return this.#serial(async () => {
			const n = this.meta.index.t0.length;
			while (this.#chunk < n) {
				const b = await this.#get(this.#chunk);
				if (this.#i < b.count) {
					const part = sliceBatch(b, this.#i, this.#i + 1);
					this.#i++;
					this.position_us = part.t_us[0];
					this.#fan.batch(part);
					return part.t_us[0];
				}
				this.#chunk++;
				this.#i = 0;
			}
			return null;
		});
	}

	/**
	 * Time of the next frame with identifier `id` after the cursor (`ext`: a 29-bit id), or null when there
	 * is none. Reads chunks forward from the cursor; hands nothing out.
	 */
	findNext(id: number, ext = id > 0x7ff): Promise<number | null> {
		return this.#serial(async () => {
			const n = this.meta.index.t0.length;
			let i = this.#i;
			for (let c = this.#chunk; c < n; c++, i = 0) {
				const b = await this.#get(c);
				for (; i < b.count; i++) if (b.id[i] === id && (b.flags[i] & FLAG_EXT ? ext : !ext)) return b.t_us[i];
			}
			return null;
		});
	}

	/** Seeks to the next frame of `id` and hands it out; resolves with its time, or null (cursor unmoved). */
	async jumpToNext(id: number, ext?: boolean): Promise<number | null> {
		const t = await this.findNext(id, ext);
		if (t === null) return null;
		await this.seek(t);
		await this.step();
		return t;
	}
}
