/**
 * `replay:FILE`: a log in any format src/lib/can/formats reads (candump -L, ASC, BLF, CSV, PCAP/PCAPNG, TRC;
 * docs/log-formats.md) played back in real time relative to its first frame, looping. Every loop starts a new session (`new log`) so consumers start over; frame times are µs since the log's first
 * frame and the session's `epoch_us` is that frame's timestamp. Every interface in the log plays on this
 * one channel.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { READ_FORMATS, formatFromName, readAll, sniffFormat } from '../../src/lib/can/formats/index';
import { FrameBatchBuilder, type FrameBatch } from '../../src/lib/can/frame';
import { SourceListeners } from './listeners';
import type { ObservableSource } from '../hub';
import type { SessionEvent, SourceInfo, SourceState } from '../types';

const TICK_MS = 10;

export interface ReplaySourceOptions {
	channel: number;
	file: string;
	/** Start over after the last frame; default true. */
	loop?: boolean;
	/** Wall clock, ms (tests and benchmarks may pass their own). */
	now?: () => number;
}

export class ReplaySource extends SourceListeners implements ObservableSource {
	readonly kind = 'replay' as const;
	readonly name: string;
	readonly channel: number;
	readonly #file: string;
	readonly #loop: boolean;
	readonly #now: () => number;
	#state: SourceState = 'stopped';
	#error: string | undefined;
	#log: FrameBatch | null = null;
	#epoch_us = 0;
	#period_us = 0;
	#next = 0; // index of the next frame to play
	#loopStart = 0; // wall ms at which the current loop's t = 0 plays
	#timer: ReturnType<typeof setInterval> | null = null;
	#framesIn = 0;

	constructor(o: ReplaySourceOptions) {
		super();
		this.channel = o.channel;
		this.#file = o.file;
		this.#loop = o.loop ?? true;
		this.#now = o.now ?? (() => performance.now());
		this.name = basename(o.file);
	}

	async start(): Promise<void> {
		this.#state = 'starting';
		try {
			let bytes: Uint8Array;
			try {
				bytes = await readFile(this.#file);
			} catch (e) {
				const code = (e as NodeJS.ErrnoException).code;
				throw new Error(code === 'ENOENT' ? `${this.#file}: no such file` : `${this.#file}: cannot read (${(e as Error).message})`);
			}
			// the content decides (BLF, PCAP magic; the shape of the first lines), else the extension
			const format = sniffFormat(bytes.subarray(0, 4096)) ?? formatFromName(this.#file);
			if (!format) throw new Error(`${this.#file}:1: not a log this server reads (expected ${READ_FORMATS.join(', ')})`);
			const { reader, batches } = readAll(format, bytes, this.#file);
			if (reader.errors.length > 0) {
				const more = reader.errors.length > 1 ? ` (and ${reader.errors.length - 1} more)` : '';
				throw new Error(`${reader.errors[0].message}${more}; expected a ${format} log`);
			}
			const all = new FrameBatchBuilder(Math.max(16, reader.frames));
			for (const b of batches) for (let i = 0; i < b.count; i++) all.pushFrom(b, i);
			const log = { frames: all.take() };
			if (log.frames.count === 0) throw new Error(`${this.#file}: no frames in this ${format} log`);
			const f = log.frames;
			this.#epoch_us = f.t_us[0];
			// times relative to the first frame; a log need not be sorted, but playback is in file order
			for (let i = 0; i < f.count; i++) f.t_us[i] -= this.#epoch_us;
			const span = f.t_us[f.count - 1];
			// the pause after the last frame before the next loop: one mean frame gap, at least 1 ms
			this.#period_us = span + Math.max(1000, f.count > 1 ? span / (f.count - 1) : 0);
			f.channel.fill(this.channel, 0, f.count);
			this.#log = f;
		} catch (e) {
			this.#state = 'failed';
			// every message starts with the file (and line): `file:line: reason`
			this.#error = (e as Error).message;
			throw e;
		}
		this.#state = 'running';
		this.#beginLoop(this.#now());
		this.#timer = setInterval(() => this.#tick(), TICK_MS);
	}

	async stop(): Promise<void> {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		if (this.#state === 'running' || this.#state === 'starting') this.#state = 'stopped';
	}

	describe(): SourceInfo {
		return {
			channel: this.channel,
			kind: 'replay',
			name: this.name,
			state: this.#state,
			...(this.#error ? { error: this.#error } : {}),
			canSend: false,
			framesIn: this.#framesIn,
			framesOut: 0
		};
	}

	#beginLoop(wallMs: number): void {
		this.#next = 0;
		this.#loopStart = wallMs;
		this.emitSession({ reason: 'new log', channel: this.channel, t_us: 0, epoch_us: this.#epoch_us });
	}

	#tick(): void {
		const log = this.#log;
		if (!log || this.#state !== 'running') return;
		const now = this.#now();
		// at most a few loops per tick, so a tiny log cannot spin the event loop
		for (let guard = 0; guard < 4; guard++) {
			const t = (now - this.#loopStart) * 1000;
			const b = new FrameBatchBuilder(64, log.stride);
			while (this.#next < log.count && log.t_us[this.#next] <= t) b.pushFrom(log, this.#next++);
			if (b.count > 0) {
				const out = b.take();
				this.#framesIn += out.count;
				this.emitBatch(out);
			}
			if (this.#next < log.count) return;
			if (!this.#loop) {
				this.#state = 'stopped';
				if (this.#timer) clearInterval(this.#timer);
				this.#timer = null;
				this.emitChange();
				return;
			}
			if (t < this.#period_us) return;
			this.#beginLoop(this.#loopStart + this.#period_us / 1000);
		}
	}
}
