/**
 * Spoofed frames: the bench sends an identifier that belongs to an ECU, with a forged payload, at a fixed
 * period on virtual time. With `e2eDataId` the forger also knows the E2E scheme (AUTOSAR profile 1 style,
 * docs/can-matrix.md): it runs its own alive counter and computes a valid CRC, which is what a masquerade
 * attack does; without it the frames carry the payload as given, so E2E receivers reject them.
 */
import { e2eCrc } from '../../can/net-stats';
import type { BenchParticipant, BenchPort } from './participant';

export interface SpoofOptions {
	id: number;
	/** Payload (its length is the DLC, 0..8); default 8 zero bytes. */
	data?: ArrayLike<number>;
	/** Period in ms (≥ 1); default 10. */
	period_ms?: number;
	/** E2E data ID: sign each frame with a running alive counter and a valid CRC (a masquerade). */
	e2eDataId?: number;
}

export class SpoofGenerator implements BenchParticipant {
	readonly id: number;
	readonly period_ms: number;
	#data: Uint8Array;
	#e2e: number | null;
	#port: BenchPort | null = null;
	#next = 0;
	#counter = 0;
	/** Frames queued so far. */
	sent = 0;

	/** Throws on an ID that is not 11-bit, a payload longer than 8 bytes or a period below 1 ms. */
	constructor(o: SpoofOptions) {
		if (!Number.isInteger(o.id) || o.id < 0 || o.id > 0x7ff) throw new RangeError(`spoof: id ${o.id} is not a standard 11-bit identifier`);
		const data = Uint8Array.from(o.data ?? new Uint8Array(8));
		if (data.length > 8) throw new RangeError(`spoof: payload of ${data.length} bytes is longer than 8`);
		const period = o.period_ms ?? 10;
		if (!Number.isInteger(period) || period < 1) throw new RangeError(`spoof: period ${period} ms is not a whole number ≥ 1`);
		this.id = o.id;
		this.period_ms = period;
		this.#data = data;
		this.#e2e = o.e2eDataId ?? null;
	}

	attach(port: BenchPort, t_us: number): void {
		this.#port = port;
		this.#next = t_us;
	}

	tick(t_us: number): void {
		const port = this.#port;
		if (!port || t_us < this.#next) return;
		this.#next = t_us + this.period_ms * 1000;
		const d = this.#data;
		if (this.#e2e !== null && d.length >= 2) {
			this.#counter = (this.#counter + 1) & 0x0f;
			d[0] = ((this.#e2e & 0x0f) << 4) | this.#counter;
			d[1] = e2eCrc(this.#e2e, d, 0, d.length);
		}
		if (port.send(t_us, this.id, 0, d.length, d)) this.sent++;
	}
}
