/**
 * Compare two recordings: the first frame where they differ. Frames are compared in order: time relative
 * to each recording's first frame (two runs of one seed started at different moments still match), ID,
 * flags, DLC and payload. Streams chunk by chunk, so two long recordings never sit in memory whole.
 */
import { dlcToLen, type FrameBatch } from '$lib/can/frame';

export interface FrameView {
	/** Frame number in its recording. */
	index: number;
	t_us: number;
	/** Time since the recording's first frame, µs. */
	rel_us: number;
	id: number;
	flags: number;
	dlc: number;
	channel: number;
	data: number[];
}

export interface FrameDiff {
	/** Number of the first frame that differs (the same in both). */
	index: number;
	/** What differs: 'time', 'id', 'flags', 'dlc', 'data'; 'missing' when one recording ended first. */
	fields: string[];
	a: FrameView | null;
	b: FrameView | null;
}

export interface DiffOptions {
	/** Largest difference of relative times still taken as equal, µs (default 0: exact). */
	timeToleranceUs?: number;
	/** Leave time out of the comparison (recordings of the same traffic at another pace). */
	ignoreTime?: boolean;
}

/** Frame `i` of batch `b` as a plain object. */
export function frameView(b: FrameBatch, i: number, index: number, t0_us: number): FrameView {
	const n = Math.min(dlcToLen(b.dlc[i]), b.stride);
	return {
		index,
		t_us: b.t_us[i],
		rel_us: b.t_us[i] - t0_us,
		id: b.id[i],
		flags: b.flags[i],
		dlc: b.dlc[i],
		channel: b.channel[i],
		data: Array.from(b.data.subarray(i * b.stride, i * b.stride + n))
	};
}

/** Walks an async stream of batches frame by frame. */
class Walker {
	#it: AsyncIterator<FrameBatch>;
	b: FrameBatch | null = null;
	i = 0;
	n = 0;
	t0 = NaN;
	constructor(src: AsyncIterable<FrameBatch>) {
		this.#it = src[Symbol.asyncIterator]();
	}
	/** Makes `b[i]` the current frame; false at the end. */
	async ready(): Promise<boolean> {
		while (!this.b || this.i >= this.b.count) {
			const r = await this.#it.next();
			if (r.done) return false;
			this.b = r.value;
			this.i = 0;
		}
		if (Number.isNaN(this.t0)) this.t0 = this.b.t_us[0];
		return true;
	}
	view(): FrameView {
		return frameView(this.b!, this.i, this.n, this.t0);
	}
	next(): void {
		this.i++;
		this.n++;
	}
}

/** The first frame where two streams differ, or null when they hold the same frames. */
export async function firstDifference(a: AsyncIterable<FrameBatch>, b: AsyncIterable<FrameBatch>, o: DiffOptions = {}): Promise<FrameDiff | null> {
	const wa = new Walker(a);
	const wb = new Walker(b);
	const tol = o.timeToleranceUs ?? 0;
	for (;;) {
		const ha = await wa.ready();
		const hb = await wb.ready();
		if (!ha && !hb) return null;
		if (!ha || !hb) return { index: ha ? wa.n : wb.n, fields: ['missing'], a: ha ? wa.view() : null, b: hb ? wb.view() : null };
		const A = wa.b!;
		const B = wb.b!;
		const i = wa.i;
		const j = wb.i;
		const fields: string[] = [];
		if (!o.ignoreTime && Math.abs(A.t_us[i] - wa.t0 - (B.t_us[j] - wb.t0)) > tol) fields.push('time');
		if (A.id[i] !== B.id[j]) fields.push('id');
		if (A.flags[i] !== B.flags[j]) fields.push('flags');
		if (A.dlc[i] !== B.dlc[j]) fields.push('dlc');
		else {
			const n = Math.min(dlcToLen(A.dlc[i]), A.stride, B.stride);
			for (let k = 0; k < n; k++)
				if (A.data[i * A.stride + k] !== B.data[j * B.stride + k]) {
					fields.push('data');
					break;
				}
		}
		if (fields.length) return { index: wa.n, fields, a: wa.view(), b: wb.view() };
		wa.next();
		wb.next();
	}
}

/** The chunks of a recording in order, as an async stream. */
export async function* chunksOf(count: number, load: (seq: number) => Promise<FrameBatch>): AsyncGenerator<FrameBatch> {
	for (let s = 0; s < count; s++) yield await load(s);
}
