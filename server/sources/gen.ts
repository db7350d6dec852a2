/**
 * `gen:RATE`: a frame generator for benchmarks and load tests (`npm run bench:live`). It emits RATE classic
 * frames a second, paced by the wall clock in 1 ms ticks, IDs cycling 0x600..0x60F. Each payload carries
 * what a client needs to measure the path source → client without trusting the server: bytes 0..3 a
 * sequence number (u32 LE, gaps = frames lost), bytes 4..7 the wall-clock time at emission, epoch µs mod
 * 2^32 (u32 LE; `performance.timeOrigin + performance.now()`, so another process on the host can compare).
 */
import { FrameBatchBuilder, type FrameBatch } from '../../src/lib/can/frame';
import { SourceListeners } from './listeners';
import type { ObservableSource } from '../hub';
import type { SessionEvent, SourceInfo, SourceState } from '../types';

/** Epoch µs, sub-ms resolution, comparable between processes on one machine. */
export const wallUs = (): number => (performance.timeOrigin + performance.now()) * 1000;

/** The generator's two payload fields. */
export function readGenPayload(data: Uint8Array, offset = 0): { seq: number; sentUs32: number } {
	const v = new DataView(data.buffer, data.byteOffset + offset, 8);
	return { seq: v.getUint32(0, true), sentUs32: v.getUint32(4, true) };
}

/** Latency in µs from a 32-bit send stamp to `nowUs` (both epoch µs; wraps every 71 min). */
export const latencyUs = (sentUs32: number, nowUs: number): number => (Math.floor(nowUs) - sentUs32) >>> 0;

const MAX_PER_TICK = 100_000; // after a stall the generator catches up at most this much at once

export class GenSource extends SourceListeners implements ObservableSource {
	readonly kind = 'gen' as const;
	readonly name: string;
	readonly channel: number;
	readonly rate: number;
	#state: SourceState = 'stopped';
	#timer: ReturnType<typeof setInterval> | null = null;
	#t0 = 0;
	#seq = 0;
	readonly #builder = new FrameBatchBuilder(1024);
	readonly #payload = new Uint8Array(8);

	constructor(o: { channel: number; rate: number }) {
		super();
		this.channel = o.channel;
		this.rate = o.rate;
		this.name = `gen:${o.rate}`;
	}

	async start(): Promise<void> {
		this.#t0 = performance.now();
		this.#seq = 0;
		this.#state = 'running';
		this.emitSession({ reason: 'reset', channel: this.channel, t_us: 0, epoch_us: Math.round(wallUs()) });
		this.#timer = setInterval(() => this.#tick(), 1);
	}

	async stop(): Promise<void> {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		this.#state = 'stopped';
	}

	describe(): SourceInfo {
		return { channel: this.channel, kind: this.kind, name: this.name, state: this.#state, canSend: false, framesIn: this.#seq, framesOut: 0 };
	}

	#tick(): void {
		const now = performance.now();
		const due = Math.min(Math.floor(((now - this.#t0) / 1000) * this.rate) - this.#seq, MAX_PER_TICK);
		if (due <= 0) return;
		const t_us = (now - this.#t0) * 1000;
		const stamp = Math.floor(wallUs()) >>> 0;
		const v = new DataView(this.#payload.buffer);
		v.setUint32(4, stamp, true);
		for (let i = 0; i < due; i++) {
			v.setUint32(0, this.#seq, true);
			this.#builder.push(t_us, 0x600 + (this.#seq & 0xf), 0, 8, this.#payload, 0, this.channel);
			this.#seq++;
		}
		const b = this.#builder.take();
		this.emitBatch(b);
	}
}
