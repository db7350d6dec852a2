/**
 * The intrusion detector (docs/ids.md): checks every frame of any FrameSource against the model of normal
 * traffic and raises alerts with a class, the identifier, the time and the reason. Rules, cheapest first:
 * unknown identifier, DLC, E2E CRC and alive counter, inter-arrival time too short, frames per second,
 * constant payload bits, signal range and step; and, on the source's clock, a periodic identifier gone
 * silent. Pure TypeScript with no DOM and no clock of its own: the same code runs in the IDS Web Worker, in
 * Node (the CLI, the evaluation) and in tests, on the frames' own timestamps.
 */
import { FLAG_ERR, FLAG_EXT, dlcToLen, type FrameBatch } from '../can/frame';
import { DbcCodec, type CompiledMessage } from '../can/dbc/codec';
import type { Dbc } from '../can/dbc/types';
import { e2eValid } from '../can/net-stats';
import { E2E_SIGNALS, type IdModel, type IdsModel } from './model';

/** What an alert says went wrong. */
export const ALERT_CLASSES = ['unknown-id', 'dlc', 'e2e-crc', 'e2e-counter', 'timing', 'rate', 'missing', 'payload', 'range', 'step'] as const;
export type AlertClass = (typeof ALERT_CLASSES)[number];

export interface Alert {
	/** Source time of the frame (or of the check) that raised it, µs. */
	t_us: number;
	cls: AlertClass;
	/** The frame's identifier (without the extended bit). */
	id: number;
	ext: boolean;
	reason: string;
}

/** A learned shortest gap below this share of the period marks an identifier also sent on change. */
export const SPONTANEOUS_GAP = 0.5;

export interface DetectorOptions {
	/** Alerts of one class on one identifier closer than this are counted, not repeated (µs); default 1 s. */
	cooldown_us?: number;
	/** A gap shorter than `fastFactor` × the learned shortest gap is an injected frame; default 0.6. */
	fastFactor?: number;
	/** A periodic identifier silent for more than max(missFactor × learned longest gap, 2 periods) is missing; default 1.5. */
	missFactor?: number;
	/** Signal range margin as a fraction of the learned span; default 0.1. */
	rangeMargin?: number;
	/** Step margin: a step over `stepFactor` × the learned largest step is an anomaly; default 1.5. */
	stepFactor?: number;
}

interface Rule {
	m: IdModel;
	hex: string;
	ext: boolean;
	dlcs: Set<number>;
	fast_us: number;
	miss_us: number;
	maxPerSecond: number;
	last: number;
	seen: number;
	missing: boolean;
	winStart: number;
	winCount: number;
	counter: number;
	cm?: CompiledMessage;
	/** Indices into cm.signals with their model (E2E header signals left out). */
	sigs: Array<{ idx: number; lo: number; hi: number; step: number; name: string; prev: number }>;
	lastAlert: Float64Array;
}

const hexId = (id: number, ext: boolean): string => '0x' + id.toString(16).toUpperCase().padStart(ext ? 8 : 3, '0');

export class IdsDetector {
	readonly #rules = new Map<number, Rule>();
	readonly #o: Required<DetectorOptions>;
	#vals: Float64Array;
	#unknownLast = new Map<number, number>();
	#lastCheck = -Infinity;
	#now = -Infinity;
	/** Alerts held back by the cooldown, by class. */
	readonly suppressed = new Map<AlertClass, number>();
	/** Frames checked since the last reset. */
	frames = 0;
	#out: Alert[] = [];
	#listener: ((a: Alert) => void) | null = null;

	constructor(
		readonly model: IdsModel,
		dbc: Dbc | null,
		opts: DetectorOptions = {}
	) {
		this.#o = { cooldown_us: 1e6, fastFactor: 0.6, missFactor: 1.5, rangeMargin: 0.1, stepFactor: 1.5, ...opts };
		const codec = dbc ? new DbcCodec(dbc) : null;
		this.#vals = new Float64Array(codec?.maxSignals ?? 0);
		for (const m of model.ids) {
			const ext = (m.key & 0x80000000) !== 0;
			const id = m.key & 0x1fffffff;
			const cm = codec?.message(m.key);
			const sigs: Rule['sigs'] = [];
			if (cm && m.signals) {
				for (const s of m.signals) {
					const idx = cm.indexOf.get(s.name);
					if (idx === undefined || E2E_SIGNALS.has(s.name)) continue;
					const margin = Math.max((s.max - s.min) * this.#o.rangeMargin, cm.signals[idx].factor);
					sigs.push({ idx, name: s.name, lo: s.min - margin, hi: s.max + margin, step: s.maxDelta * this.#o.stepFactor + cm.signals[idx].factor, prev: NaN });
				}
			}
			const p = m.period_us;
			this.#rules.set(m.key, {
				m,
				hex: hexId(id, ext),
				ext,
				dlcs: new Set(m.dlcs),
				// an identifier the drives saw sent well inside its period (a frame sent on change as well as on
				// its cycle, like Doors at auto-lock) has no shortest gap to hold it to: the rate rule watches it
				fast_us: p !== null && m.minGap_us >= p * SPONTANEOUS_GAP ? m.minGap_us * this.#o.fastFactor : 0,
				miss_us: p !== null ? Math.max(m.maxGap_us * this.#o.missFactor, 2 * p) : Infinity,
				maxPerSecond: Math.ceil(m.maxPerSecond * 1.2) + 2,
				last: NaN,
				seen: 0,
				missing: false,
				winStart: 0,
				winCount: 0,
				counter: -1,
				cm: sigs.length > 0 ? cm : undefined,
				sigs,
				lastAlert: new Float64Array(ALERT_CLASSES.length).fill(-Infinity)
			});
		}
	}

	/** Calls `fn` for every alert as it is raised (alerts are also returned by `feedBatch`). */
	onAlert(fn: ((a: Alert) => void) | null): void {
		this.#listener = fn;
	}

	/** A new session of the source (reset, seek, another source): what was learned about this one is dropped. */
	reset(): void {
		for (const r of this.#rules.values()) {
			r.last = NaN;
			r.seen = 0;
			r.missing = false;
			// the new session's clock starts over (a reset begins at 0): a window left at the old time would never roll
			r.winStart = -Infinity;
			r.winCount = 0;
			r.counter = -1;
			r.lastAlert.fill(-Infinity);
			for (const s of r.sigs) s.prev = NaN;
		}
		this.#unknownLast.clear();
		this.#lastCheck = -Infinity;
		this.#now = -Infinity;
		this.suppressed.clear();
		this.frames = 0;
	}

	/** Checks a batch; returns the alerts it raised. */
	feedBatch(b: FrameBatch): Alert[] {
		this.#out = [];
		for (let i = 0; i < b.count; i++) this.feed(b.t_us[i], b.id[i], b.flags[i], b.dlc[i], b.data, i * b.stride);
		return this.#out;
	}

	/** Alerts raised by `feed`/`advance` since the last `take`. */
	take(): Alert[] {
		const a = this.#out;
		this.#out = [];
		return a;
	}

	#raise(r: Rule | null, t: number, cls: AlertClass, id: number, ext: boolean, reason: string): void {
		const ci = ALERT_CLASSES.indexOf(cls);
		if (r) {
			if (t - r.lastAlert[ci] < this.#o.cooldown_us) {
				this.suppressed.set(cls, (this.suppressed.get(cls) ?? 0) + 1);
				return;
			}
			r.lastAlert[ci] = t;
		}
		const a: Alert = { t_us: t, cls, id, ext, reason };
		this.#out.push(a);
		this.#listener?.(a);
	}

	/** Checks one frame (`data[off..]`, valid during the call). */
	feed(t: number, id: number, flags: number, dlc: number, data: Uint8Array, off: number): void {
		if (flags & FLAG_ERR) return;
		this.frames++;
		if (t > this.#now) this.#now = t;
		if (t - this.#lastCheck >= 1000) this.advance(t);
		const ext = (flags & FLAG_EXT) !== 0;
		const key = ext ? (id | 0x80000000) >>> 0 : id;
		const r = this.#rules.get(key);
		if (!r) {
			const last = this.#unknownLast.get(key) ?? -Infinity;
			if (t - last >= this.#o.cooldown_us) {
				this.#unknownLast.set(key, t);
				this.#raise(null, t, 'unknown-id', id, ext, `${hexId(id, ext)} never seen in normal traffic`);
			} else this.suppressed.set('unknown-id', (this.suppressed.get('unknown-id') ?? 0) + 1);
			return;
		}
		const len = Math.min(dlcToLen(dlc), 64);
		if (!r.dlcs.has(dlc)) this.#raise(r, t, 'dlc', id, ext, `${r.hex}: DLC ${dlc}, normal ${[...r.dlcs].join('/')}`);
		if (r.m.e2eDataId !== undefined) {
			if (!e2eValid(r.m.e2eDataId, data, off, len)) this.#raise(r, t, 'e2e-crc', id, ext, `${r.hex}: E2E CRC or data ID wrong`);
			else {
				const c = data[off] & 0x0f;
				if (r.counter >= 0 && c !== ((r.counter + 1) & 0x0f)) this.#raise(r, t, 'e2e-counter', id, ext, `${r.hex}: alive counter ${r.counter} → ${c}`);
				r.counter = c;
			}
		}
		if (!Number.isNaN(r.last)) {
			const gap = t - r.last;
			if (gap < r.fast_us && !r.missing) this.#raise(r, t, 'timing', id, ext, `${r.hex}: ${(gap / 1000).toFixed(2)} ms after the previous frame, normal ≥ ${(r.m.minGap_us / 1000).toFixed(2)} ms`);
		}
		if (t - r.winStart >= 1e6) {
			r.winStart = t;
			r.winCount = 0;
		}
		if (++r.winCount > r.maxPerSecond) this.#raise(r, t, 'rate', id, ext, `${r.hex}: more than ${r.maxPerSecond - 1} frames in 1 s, normal ≤ ${r.m.maxPerSecond}`);
		r.last = t;
		r.seen++;
		r.missing = false;
		const fm = r.m.fixedMask;
		for (let k = 0; k < len && k < fm.length; k++) {
			if ((data[off + k] & fm[k]) !== r.m.fixedBits[k]) {
				this.#raise(r, t, 'payload', id, ext, `${r.hex}: byte ${k} = 0x${data[off + k].toString(16).padStart(2, '0')}, bits 0x${fm[k].toString(16)} never changed in normal traffic`);
				break;
			}
		}
		const cm = r.cm;
		if (cm && len >= cm.msg.length) {
			const v = this.#vals;
			cm.decode(data, off, v);
			for (const s of r.sigs) {
				const x = v[s.idx];
				if (Number.isNaN(x)) continue;
				if (x < s.lo || x > s.hi) this.#raise(r, t, 'range', id, ext, `${r.hex} ${s.name} = ${+x.toFixed(3)}, normal ${+s.lo.toFixed(3)}…${+s.hi.toFixed(3)}`);
				else if (!Number.isNaN(s.prev) && Math.abs(x - s.prev) > s.step) this.#raise(r, t, 'step', id, ext, `${r.hex} ${s.name} jumped ${+s.prev.toFixed(3)} → ${+x.toFixed(3)}, normal step ≤ ${+s.step.toFixed(3)}`);
				s.prev = x;
			}
		}
	}

	/**
	 * Advances the detector's clock to `t_us` (the source's time) and checks for periodic identifiers that
	 * went silent. `feed` calls it every 1 ms of frame time; a caller with a clock (the simulation) may call
	 * it when no frame arrives, so a silent bus is noticed too.
	 */
	advance(t_us: number): void {
		this.#lastCheck = t_us;
		if (t_us > this.#now) this.#now = t_us;
		for (const r of this.#rules.values()) {
			// armed once seen twice in this session: at power-on and after a seek the ECUs start one by one
			if (r.seen < 2 || r.missing || t_us - r.last <= r.miss_us) continue;
			r.missing = true;
			const id = r.m.key & 0x1fffffff;
			this.#raise(r, t_us, 'missing', id, r.ext, `${r.hex}: silent for ${((t_us - r.last) / 1000).toFixed(0)} ms, period ${(r.m.period_us! / 1000).toFixed(0)} ms`);
		}
	}
}
