/**
 * The intrusion detector's model of normal traffic, learned from clean drives (docs/ids.md, "Model"):
 * per identifier its DLCs, inter-arrival times, frames per second, E2E data ID, the payload bits that never
 * changed and, where a DBC describes the frame, each signal's range and largest step between frames. It is
 * plain JSON (static/ids/model.json) so the page, the worker and the CLI load the same file.
 */
import { FLAG_ERR, FLAG_EXT, dlcToLen, lenToDlc, type FrameBatch } from '../can/frame';
import { DbcCodec } from '../can/dbc/codec';
import type { Dbc } from '../can/dbc/types';
import { e2eDataIds } from '../can/net-stats';

export const MODEL_VERSION = 1;

export interface SignalModel {
	name: string;
	min: number;
	max: number;
	/** Largest |value − previous value| between consecutive frames. */
	maxDelta: number;
}

export interface IdModel {
	/** messageKey: the identifier, bit 31 set for extended. */
	key: number;
	count: number;
	dlcs: number[];
	/** Mean gap when the identifier is periodic (its largest gap stays under 4× the mean), else null. */
	period_us: number | null;
	minGap_us: number;
	maxGap_us: number;
	/** Most frames seen in one 1 s window. */
	maxPerSecond: number;
	e2eDataId?: number;
	/** Per payload byte: the bits that never changed, and their value. */
	fixedMask: number[];
	fixedBits: number[];
	signals?: SignalModel[];
}

export interface IdsModel {
	version: number;
	/** What the model was learned from (profiles, seeds, seconds; or a file name). */
	trainedOn: string[];
	seconds: number;
	ids: IdModel[];
}

interface Acc {
	key: number;
	count: number;
	dlcs: Set<number>;
	last: number;
	gaps: number;
	gapSum: number;
	minGap: number;
	maxGap: number;
	winStart: number;
	winCount: number;
	maxPerSecond: number;
	first: Uint8Array | null;
	changed: Uint8Array;
	sigMin?: Float64Array;
	sigMax?: Float64Array;
	sigDelta?: Float64Array;
	sigPrev?: Float64Array;
}

/** Names of E2E header signals: the counter and CRC are checked by the E2E rules, not by range. */
export const E2E_SIGNALS = new Set(['AliveCounter', 'DataId', 'Crc']);

/**
 * Accumulates a model from clean traffic. `feed` each frame of one drive in time order, `endSession` between
 * drives (so a gap across two drives is not learned), then `model()`. Learners of several drives merge.
 */
export class IdsLearner {
	#acc = new Map<number, Acc>();
	#codec: DbcCodec | null;
	#e2e: Map<number, number>;
	#vals: Float64Array;
	#dbc: Dbc | null;
	#t0 = NaN;
	#t1 = NaN;
	#seconds = 0;
	readonly trainedOn: string[] = [];

	constructor(dbc: Dbc | null) {
		this.#dbc = dbc;
		this.#codec = dbc ? new DbcCodec(dbc) : null;
		this.#e2e = dbc ? e2eDataIds(dbc) : new Map();
		this.#vals = new Float64Array(this.#codec?.maxSignals ?? 0);
	}

	feedBatch(b: FrameBatch): void {
		for (let i = 0; i < b.count; i++) this.feed(b.t_us[i], b.id[i], b.flags[i], b.dlc[i], b.data, i * b.stride);
	}

	feed(t_us: number, id: number, flags: number, dlc: number, data: Uint8Array, off: number): void {
		if (flags & FLAG_ERR) return;
		if (Number.isNaN(this.#t0)) this.#t0 = t_us;
		this.#t1 = t_us;
		const key = flags & FLAG_EXT ? (id | 0x80000000) >>> 0 : id;
		let a = this.#acc.get(key);
		const len = Math.min(dlcToLen(dlc), 64);
		if (!a) {
			a = { key, count: 0, dlcs: new Set(), last: NaN, gaps: 0, gapSum: 0, minGap: Infinity, maxGap: 0, winStart: t_us, winCount: 0, maxPerSecond: 0, first: null, changed: new Uint8Array(64) };
			this.#acc.set(key, a);
		}
		a.count++;
		a.dlcs.add(dlc);
		if (!Number.isNaN(a.last)) {
			const g = t_us - a.last;
			a.gaps++;
			a.gapSum += g;
			if (g < a.minGap) a.minGap = g;
			if (g > a.maxGap) a.maxGap = g;
		}
		a.last = t_us;
		if (t_us - a.winStart >= 1e6) {
			a.winStart = t_us;
			a.winCount = 0;
		}
		if (++a.winCount > a.maxPerSecond) a.maxPerSecond = a.winCount;
		if (!a.first) a.first = data.slice(off, off + len);
		const f = a.first;
		for (let k = 0; k < len; k++) a.changed[k] |= (k < f.length ? f[k] : 0) ^ data[off + k];
		for (let k = len; k < f.length; k++) a.changed[k] = 0xff;
		const cm = this.#codec?.message(key);
		if (cm && len >= cm.msg.length) {
			const n = cm.signals.length;
			if (!a.sigMin) {
				a.sigMin = new Float64Array(n).fill(Infinity);
				a.sigMax = new Float64Array(n).fill(-Infinity);
				a.sigDelta = new Float64Array(n);
				a.sigPrev = new Float64Array(n).fill(NaN);
			}
			const v = this.#vals;
			cm.decode(data, off, v);
			for (let s = 0; s < n; s++) {
				const x = v[s];
				if (Number.isNaN(x)) continue;
				if (x < a.sigMin[s]) a.sigMin[s] = x;
				if (x > a.sigMax![s]) a.sigMax![s] = x;
				const p = a.sigPrev![s];
				if (!Number.isNaN(p) && Math.abs(x - p) > a.sigDelta![s]) a.sigDelta![s] = Math.abs(x - p);
				a.sigPrev![s] = x;
			}
		}
	}

	/** Ends one drive: the next frame of every identifier starts a new gap series. */
	endSession(label?: string): void {
		if (!Number.isNaN(this.#t0)) this.#seconds += (this.#t1 - this.#t0) / 1e6;
		this.#t0 = this.#t1 = NaN;
		if (label) this.trainedOn.push(label);
		for (const a of this.#acc.values()) {
			a.last = NaN;
			a.winCount = 0;
			a.sigPrev?.fill(NaN);
		}
	}

	model(): IdsModel {
		this.endSession();
		const ids: IdModel[] = [];
		for (const a of [...this.#acc.values()].sort((x, y) => x.key - y.key)) {
			const mean = a.gaps > 0 ? a.gapSum / a.gaps : 0;
			const periodic = a.gaps >= 20 && a.maxGap < 4 * mean;
			const f = a.first ?? new Uint8Array(0);
			const m: IdModel = {
				key: a.key,
				count: a.count,
				dlcs: [...a.dlcs].sort((x, y) => x - y),
				period_us: periodic ? Math.round(mean) : null,
				minGap_us: a.gaps > 0 ? a.minGap : 0,
				maxGap_us: a.maxGap,
				maxPerSecond: a.maxPerSecond,
				fixedMask: [...f].map((_, k) => ~a.changed[k] & 0xff),
				fixedBits: [...f].map((b, k) => b & ~a.changed[k] & 0xff)
			};
			const e2e = this.#e2e.get(a.key);
			if (e2e !== undefined) m.e2eDataId = e2e;
			const cm = this.#codec?.message(a.key);
			if (cm && a.sigMin) {
				m.signals = cm.signals.map((s, k) => ({ name: s.name, min: a.sigMin![k], max: a.sigMax![k], maxDelta: a.sigDelta![k] })).filter((s) => Number.isFinite(s.min));
			}
			ids.push(m);
		}
		// messages the DBC defines but the drives never carried (events, diagnostics) are known, with no model
		for (const msg of this.#dbc?.messages ?? []) {
			const key = msg.extended ? (msg.id | 0x80000000) >>> 0 : msg.id;
			if (this.#acc.has(key)) continue;
			const m: IdModel = { key, count: 0, dlcs: [msg.length <= 8 ? msg.length : lenToDlc(msg.length)], period_us: null, minGap_us: 0, maxGap_us: 0, maxPerSecond: 0, fixedMask: [], fixedBits: [] };
			const e2e = this.#e2e.get(key);
			if (e2e !== undefined) m.e2eDataId = e2e;
			ids.push(m);
		}
		ids.sort((x, y) => x.key - y.key);
		return { version: MODEL_VERSION, trainedOn: [...this.trainedOn], seconds: Math.round(this.#seconds), ids };
	}
}

/** Merges models learned on separate drives (separate workers): the union of what each saw as normal. */
export function mergeModels(models: IdsModel[]): IdsModel {
	const by = new Map<number, IdModel[]>();
	for (const m of models) for (const x of m.ids) by.set(x.key, [...(by.get(x.key) ?? []), x]);
	const ids: IdModel[] = [];
	for (const [key, xs] of [...by].sort((a, b) => a[0] - b[0])) {
		const count = xs.reduce((n, x) => n + x.count, 0);
		const seen = xs.filter((x) => x.count > 0);
		const periods = seen.filter((x) => x.period_us !== null);
		const maxGap = Math.max(...xs.map((x) => x.maxGap_us));
		const period = periods.length > 0 && periods.length === seen.length ? Math.round(periods.reduce((s, x) => s + x.period_us! * x.count, 0) / count) : null;
		const len = Math.max(...xs.map((x) => x.fixedMask.length));
		const fixedMask: number[] = [];
		const fixedBits: number[] = [];
		for (let k = 0; k < len; k++) {
			let mask = 0xff;
			for (const x of seen) mask &= k < x.fixedMask.length ? x.fixedMask[k] : 0;
			const v = seen[0]?.fixedBits[k] ?? 0;
			for (const x of seen) mask &= ~((x.fixedBits[k] ?? 0) ^ v) & 0xff;
			fixedMask.push(mask);
			fixedBits.push(v & mask);
		}
		const m: IdModel = {
			key,
			count,
			dlcs: [...new Set(xs.flatMap((x) => x.dlcs))].sort((a, b) => a - b),
			period_us: period !== null && maxGap < 4 * period ? period : null,
			minGap_us: seen.length ? Math.min(...seen.map((x) => x.minGap_us)) : 0,
			maxGap_us: maxGap,
			maxPerSecond: Math.max(...xs.map((x) => x.maxPerSecond)),
			fixedMask,
			fixedBits
		};
		if (xs[0].e2eDataId !== undefined) m.e2eDataId = xs[0].e2eDataId;
		if (seen.length > 0 && seen.every((x) => x.signals)) {
			const names = new Map<string, SignalModel>();
			for (const x of seen)
				for (const s of x.signals!) {
					const o = names.get(s.name);
					names.set(s.name, o ? { name: s.name, min: Math.min(o.min, s.min), max: Math.max(o.max, s.max), maxDelta: Math.max(o.maxDelta, s.maxDelta) } : { ...s });
				}
			m.signals = [...names.values()];
		}
		ids.push(m);
	}
	return { version: MODEL_VERSION, trainedOn: models.flatMap((m) => m.trainedOn), seconds: models.reduce((s, m) => s + m.seconds, 0), ids };
}

/** Checks a parsed model.json; throws naming the first field that is wrong. */
export function parseModel(json: unknown, file = 'model.json'): IdsModel {
	const m = json as IdsModel;
	if (!m || typeof m !== 'object') throw new Error(`${file}: not a JSON object`);
	if (m.version !== MODEL_VERSION) throw new Error(`${file}: version ${String(m.version)}, expected ${MODEL_VERSION} (run \`npm run ids -- learn\`)`);
	if (!Array.isArray(m.ids)) throw new Error(`${file}: ids: not an array`);
	m.ids.forEach((x, i) => {
		if (!Number.isInteger(x?.key)) throw new Error(`${file}: ids[${i}].key: not an integer`);
		if (!Array.isArray(x.dlcs) || !Array.isArray(x.fixedMask) || !Array.isArray(x.fixedBits)) throw new Error(`${file}: ids[${i}]: dlcs/fixedMask/fixedBits missing`);
	});
	return m;
}

