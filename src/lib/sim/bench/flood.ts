/**
 * Flood mode, the first bench participant: keeps one low-priority frame queued on the bench node at all
 * times and queues the next the moment the previous completes (at its end-of-frame time), so it joins the
 * very next arbitration and the bus runs at ~100 % load. Being the lowest-priority ID it only takes what
 * the ECUs leave free. Driven by virtual time alone: deterministic.
 */
import type { BenchParticipant, BenchPort } from './participant';

/** Flood mode: the bench interface keeps the bus busy with low-priority frames (a load test). */
export interface FloodOptions {
	/** Standard 11-bit identifier of the flood frames; default 0x7F0 (above every ID of the vehicle's DBC). */
	id?: number;
	/** Payload length, 0..8 bytes; default 8. The first bytes carry a little-endian frame counter. */
	dlc?: number;
}

export class FloodGenerator implements BenchParticipant {
	readonly options: Required<FloodOptions>;
	#port: BenchPort | null = null;
	/** A flood frame waits in the bench node's mailboxes. */
	#queued = false;
	#count = 0;
	#data = new Uint8Array(8);

	/** Throws on an ID that is not a standard identifier or a DLC that is not 0..8. */
	constructor(opts: FloodOptions = {}) {
		const id = opts.id ?? 0x7f0;
		const dlc = opts.dlc ?? 8;
		if (!Number.isInteger(id) || id < 0 || id > 0x7ff) throw new RangeError(`setFlood: id ${id} is not a standard 11-bit identifier (0..0x7FF)`);
		if (!Number.isInteger(dlc) || dlc < 0 || dlc > 8) throw new RangeError(`setFlood: dlc ${dlc} is not 0..8`);
		this.options = { id, dlc };
	}

	/** Flood frames queued so far. */
	get sent(): number {
		return this.#count;
	}

	attach(port: BenchPort, t_us: number): void {
		this.#port = port;
		this.#queue(t_us);
	}

	tick(t_us: number): void {
		this.#queue(t_us);
	}

	rx(t_us: number, id: number, _flags: number, _dlc: number, _data: Uint8Array, _offset: number, sender: number): void {
		if (this.#queued && sender === this.#port?.node && id === this.options.id) {
			// the flood frame left the mailbox: queue the next at once, so it joins the very next arbitration
			this.#queued = false;
			this.#queue(t_us);
		}
	}

	#queue(t_us: number): void {
		const port = this.#port;
		if (!port || this.#queued) return;
		let c = this.#count;
		for (let k = 0; k < 8; k++) {
			this.#data[k] = c & 0xff;
			c = Math.floor(c / 256);
		}
		// a full mailbox or a bus-off bench node refuses the frame: the next tick tries again
		if (port.send(t_us, this.options.id, 0, this.options.dlc, this.#data)) {
			this.#queued = true;
			this.#count++;
		}
	}
}
