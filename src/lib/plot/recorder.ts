/**
 * Decodes the frames of watched messages into per-signal sample series ("Message.Signal" names), as
 * frames arrive. Only messages with a watched signal are decoded, so watching a few signals costs a map
 * lookup per frame.
 */
import { FLAG_ERR, FLAG_EXT, FLAG_RTR, dlcToLen, type FrameBatch } from '../can/frame';
import type { CompiledMessage, DbcCodec } from '../can/dbc/codec';
import type { DbcSignal } from '../can/dbc/types';
import { SampleSeries, type SeriesOptions } from './sample-store';
import type { TraceBuffer } from '../can/trace-buffer';

/** A watched signal: where it sits in its message and its samples (time in µs, physical value). */
export interface WatchedSignal {
	readonly name: string;
	readonly signal: DbcSignal;
	readonly message: CompiledMessage;
	readonly series: SampleSeries;
}

interface MessageWatch {
	cm: CompiledMessage;
	entries: Array<{ index: number; series: SampleSeries }>;
	/** Scratch the payload is copied into when the frame is shorter than the decoder's span. */
	buf: Uint8Array;
}

/** Splits "Message.Signal" (the signal name is after the last dot; message names have none in DBCs). */
export function splitSignalName(name: string): [string, string] {
	const dot = name.lastIndexOf('.');
	if (dot <= 0 || dot === name.length - 1) throw new Error(`signal name '${name}' is not of the form Message.Signal`);
	return [name.slice(0, dot), name.slice(dot + 1)];
}

/** Finds a signal of the codec's DBC by "Message.Signal"; throws naming what is missing. */
export function resolveSignal(codec: DbcCodec, name: string): { message: CompiledMessage; index: number } {
	const [msgName, sigName] = splitSignalName(name);
	const msg = codec.dbc.messages.find((m) => m.name === msgName);
	if (!msg) throw new Error(`signal '${name}': no message '${msgName}' in ${dbcName(codec)}`);
	const cm = codec.forFrame(msg.id, msg.extended ? FLAG_EXT : 0)!;
	const index = cm.indexOf.get(sigName);
	if (index === undefined) throw new Error(`signal '${name}': message '${msgName}' has no signal '${sigName}'`);
	return { message: cm, index };
}

function dbcName(codec: DbcCodec): string {
	const m = codec.dbc.messages[0]?.pos?.file;
	return m ? `'${m}'` : 'the DBC';
}

/** Records the watched signals of a frame stream. */
export class SignalRecorder {
	#codec: DbcCodec | null = null;
	#watched = new Map<string, WatchedSignal>();
	#byKey = new Map<number, MessageWatch>();
	#scratch = new Float64Array(0);
	#lastUs = NaN;
	/** Bumped whenever samples are added or the set of signals changes. */
	version = 0;

	constructor(
		readonly seriesOptions: SeriesOptions,
		codec: DbcCodec | null = null
	) {
		this.#codec = codec;
	}

	/** Virtual time of the newest frame seen (any identifier), µs; NaN before the first. */
	get lastTimeUs(): number {
		return this.#lastUs;
	}

	/** The codec signals are decoded with. */
	get codec(): DbcCodec | null {
		return this.#codec;
	}

	/**
	 * Switches codec (a new DBC): keeps the signals the new DBC still has (with their history) and returns
	 * the names it dropped.
	 */
	setCodec(codec: DbcCodec | null): string[] {
		if (codec === this.#codec) return [];
		this.#codec = codec;
		const dropped: string[] = [];
		const old = [...this.#watched.values()];
		this.#watched.clear();
		this.#byKey.clear();
		for (const w of old) {
			if (!codec) {
				dropped.push(w.name);
				continue;
			}
			try {
				this.#add(w.name, w.series);
			} catch {
				dropped.push(w.name);
			}
		}
		this.version++;
		return dropped;
	}

	/** Starts recording "Message.Signal" (idempotent); throws when the DBC has no such signal. */
	watch(name: string): WatchedSignal {
		const have = this.#watched.get(name);
		if (have) return have;
		if (!this.#codec) throw new Error(`signal '${name}': no DBC loaded yet`);
		const w = this.#add(name, new SampleSeries(name, this.seriesOptions));
		this.version++;
		return w;
	}

	/**
	 * Gives a signal just watched the history it had before: decodes it from frames recorded earlier (the
	 * app's trace ring, which records from boot), oldest first, so a plot picked after ten minutes shows those
	 * ten minutes. Only for a signal with no samples yet; returns the samples added.
	 */
	backfill(name: string, history: TraceBuffer): number {
		const w = this.#watched.get(name);
		if (!w || w.series.count > 0) return 0;
		const cm = w.message;
		const index = cm.signals.indexOf(w.signal);
		const out = new Float64Array(cm.signals.length);
		const pad = new Uint8Array(Math.max(cm.span, 64));
		const need = cm.bytesNeeded[index];
		let added = 0;
		for (let seq = history.first; seq < history.total; seq++) {
			const slot = history.slotOf(seq);
			const f = history.flags[slot];
			if (f & (FLAG_ERR | FLAG_RTR)) continue;
			const key = f & FLAG_EXT ? (history.id[slot] | 0x80000000) >>> 0 : history.id[slot];
			if (key !== cm.key) continue;
			const payload = history.payload(slot);
			if (payload.length < need) continue;
			pad.fill(0);
			pad.set(payload.subarray(0, Math.min(payload.length, pad.length)));
			cm.decode(pad, 0, out);
			const v = out[index];
			if (v === v) {
				w.series.push(history.t_us[slot], v);
				added++;
			}
		}
		if (added > 0) this.version++;
		return added;
	}

	/** Stops recording a signal and frees its history. */
	unwatch(name: string): void {
		const w = this.#watched.get(name);
		if (!w) return;
		this.#watched.delete(name);
		const mw = this.#byKey.get(w.message.key);
		if (mw) {
			mw.entries = mw.entries.filter((e) => e.series !== w.series);
			if (mw.entries.length === 0) this.#byKey.delete(w.message.key);
		}
		this.version++;
	}

	/** The watched signal by name. */
	get(name: string): WatchedSignal | undefined {
		return this.#watched.get(name);
	}

	/** Names of the watched signals. */
	names(): string[] {
		return [...this.#watched.keys()];
	}

	/** Drops all recorded samples (keeps the watch list), e.g. after a simulation reset. */
	clear(): void {
		for (const w of this.#watched.values()) w.series.clear();
		this.#lastUs = NaN;
		this.version++;
	}

	/**
	 * Decodes a batch. The owner calls `clear()` when the source starts a new session (a reset, a new log),
	 * so a plot never mixes two runs; a frame older than the newest sample (two channels interleaved) is
	 * skipped, since a series only grows forward in time.
	 */
	ingest(b: FrameBatch): void {
		if (b.count === 0) return;
		const byKey = this.#byKey;
		if (byKey.size > 0) {
			const out = this.#scratch;
			for (let i = 0; i < b.count; i++) {
				const f = b.flags[i];
				if (f & (FLAG_ERR | FLAG_RTR)) continue;
				const key = f & FLAG_EXT ? (b.id[i] | 0x80000000) >>> 0 : b.id[i];
				const mw = byKey.get(key);
				if (mw === undefined || b.t_us[i] < this.#lastUs) continue;
				const len = Math.min(dlcToLen(b.dlc[i]), b.stride);
				const off = i * b.stride;
				const cm = mw.cm;
				let src = b.data;
				let at = off;
				if (len < cm.span || off + cm.span > b.data.length) {
					// short frame: decode from a zero-padded copy and skip the signals it does not carry
					mw.buf.fill(0);
					mw.buf.set(b.data.subarray(off, off + len));
					src = mw.buf;
					at = 0;
				}
				cm.decode(src, at, out);
				const t = b.t_us[i];
				for (const e of mw.entries) {
					const v = out[e.index];
					if (v === v && cm.bytesNeeded[e.index] <= len) e.series.push(t, v);
				}
			}
		}
		if (!(b.t_us[b.count - 1] < this.#lastUs)) this.#lastUs = b.t_us[b.count - 1];
		this.version++;
	}

	#add(name: string, series: SampleSeries): WatchedSignal {
		const { message, index } = resolveSignal(this.#codec!, name);
		const w: WatchedSignal = { name, signal: message.signals[index], message, series };
		let mw = this.#byKey.get(message.key);
		if (!mw) {
			mw = { cm: message, entries: [], buf: new Uint8Array(Math.max(message.span, 64)) };
			this.#byKey.set(message.key, mw);
		}
		mw.entries.push({ index, series });
		if (this.#scratch.length < message.signals.length) this.#scratch = new Float64Array(message.signals.length);
		this.#watched.set(name, w);
		return w;
	}
}
