/**
 * The attacks that only send: flooding (the flood generator on the highest-priority identifier), fuzzing
 * (random identifiers and payloads, HCRL "fuzzy"), fabrication (a real identifier with forged signal
 * values at a higher rate, HCRL "spoofing" and SynCAN "plateau"), replay (frames of real identifiers
 * recorded and sent again later, on top of the real ones).
 */
import { e2eCrc } from '../../../can/net-stats';
import { Rng } from '../../rng';
import { FloodGenerator } from '../flood';
import type { BenchPort } from '../participant';
import { applyPatch, type Attack, type AttackKind, type Patch } from './attack';

/** Shared bookkeeping: the port, the active time, a stop flag. */
abstract class Base implements Attack {
	abstract readonly kind: AttackKind;
	protected port: BenchPort | null = null;
	protected stopped = false;
	active_us: number | null = null;
	protected count = 0;
	get sent(): number {
		return this.count;
	}
	attach(port: BenchPort, t_us: number): void {
		this.port = port;
		this.started(t_us);
	}
	protected started(t_us: number): void {
		this.active_us = t_us;
	}
	stop(_t_us: number): void {
		this.stopped = true;
	}
	protected send(t: number, id: number, dlc: number, data: ArrayLike<number>): boolean {
		if (this.stopped || !this.port) return false;
		const ok = this.port.send(t, id, 0, dlc, data);
		if (ok) this.count++;
		return ok;
	}
}

/** Flooding: the bench keeps a frame of identifier 0x000 queued at all times; it wins every arbitration. */
export class FloodingAttack extends Base {
	readonly kind = 'flooding';
	readonly #gen: FloodGenerator;
	#p: BenchPort | null = null;
	constructor(opts: { id?: number } = {}) {
		super();
		this.#gen = new FloodGenerator({ id: opts.id ?? 0x000, dlc: 8 });
	}
	override attach(port: BenchPort, t_us: number): void {
		// the generator sends through a port that stops when the attack does
		this.#p = { node: port.node, send: (t, id, f, d, x) => !this.stopped && port.send(t, id, f, d, x) };
		this.active_us = t_us;
		this.#gen.attach(this.#p, t_us);
	}
	override get sent(): number {
		return this.#gen.sent;
	}
	tick(t: number): void {
		this.#gen.tick(t);
	}
	rx(t: number, id: number, flags: number, dlc: number, data: Uint8Array, off: number, sender: number): void {
		this.#gen.rx(t, id, flags, dlc, data, off, sender);
	}
}

/** Fuzzing: a frame with a random identifier, DLC and payload every `interval_ms` (default 1 ms). */
export class FuzzingAttack extends Base {
	readonly kind = 'fuzzing';
	readonly #rng: Rng;
	readonly #every: number;
	#next = 0;
	#data = new Uint8Array(8);
	constructor(opts: { seed?: number; interval_ms?: number } = {}) {
		super();
		this.#rng = new Rng((opts.seed ?? 1) >>> 0);
		this.#every = (opts.interval_ms ?? 1) * 1000;
	}
	protected override started(t: number): void {
		this.active_us = t;
		this.#next = t;
	}
	tick(t: number): void {
		if (t < this.#next) return;
		this.#next = t + this.#every;
		const id = this.#rng.int(0x800);
		const dlc = this.#rng.int(9);
		for (let k = 0; k < 8; k++) this.#data[k] = this.#rng.int(256);
		this.send(t, id, dlc, this.#data);
	}
}

/**
 * Fabrication: identifier `id` with `patch` forced into the last payload the real sender sent, every
 * `interval_ms` (default 1 ms) beside the real frames. A protected frame gets the next alive counter and a
 * valid CRC (`e2eDataId`): the attacker knows the DBC, so only timing and content give it away.
 */
export class FabricationAttack extends Base {
	readonly kind = 'fabrication';
	#last: Uint8Array | null = null;
	#dlc = 8;
	#next = 0;
	readonly #every: number;
	constructor(readonly opts: { id: number; patch: Patch; e2eDataId?: number; interval_ms?: number }) {
		super();
		this.#every = (opts.interval_ms ?? 1) * 1000;
	}
	protected override started(t: number): void {
		this.active_us = t;
		this.#next = t;
	}
	rx(_t: number, id: number, _f: number, dlc: number, data: Uint8Array, off: number, sender: number): void {
		if (id !== this.opts.id) return;
		if (sender !== this.port?.node || !this.#last) this.#last = data.slice(off, off + 8);
		this.#dlc = dlc;
	}
	tick(t: number): void {
		const d = this.#last;
		if (t < this.#next || !d) return;
		this.#next = t + this.#every;
		applyPatch(d, this.opts.patch);
		if (this.opts.e2eDataId !== undefined && this.#dlc >= 2) {
			d[0] = (d[0] & 0xf0) | ((d[0] + 1) & 0x0f);
			d[1] = e2eCrc(this.opts.e2eDataId, d, 0, this.#dlc);
		}
		this.send(t, this.opts.id, this.#dlc, d);
	}
}

/**
 * Replay: records the frames of `ids` (all identifiers when empty) for `record_ms`, then sends them again
 * with their original spacing, on top of the real traffic. Active from the first replayed frame.
 */
export class ReplayAttack extends Base {
	readonly kind = 'replay';
	#rec: Array<{ dt: number; id: number; dlc: number; data: Uint8Array }> = [];
	#t0 = 0;
	#replayT0 = -1;
	#i = 0;
	constructor(readonly opts: { ids: number[]; record_ms?: number }) {
		super();
	}
	protected override started(t: number): void {
		this.#t0 = t;
	}
	rx(t: number, id: number, _f: number, dlc: number, data: Uint8Array, off: number, sender: number): void {
		if (this.#replayT0 >= 0 || sender === this.port?.node) return;
		if (this.opts.ids.length > 0 && !this.opts.ids.includes(id)) return;
		this.#rec.push({ dt: t - this.#t0, id, dlc, data: data.slice(off, off + 8) });
	}
	tick(t: number): void {
		if (this.stopped) return;
		if (this.#replayT0 < 0) {
			if (t - this.#t0 < (this.opts.record_ms ?? 2000) * 1000) return;
			this.#replayT0 = t;
			this.active_us = t;
		}
		const rec = this.#rec;
		if (rec.length === 0) return;
		while (this.#i < rec.length && rec[this.#i].dt <= t - this.#replayT0) {
			const f = rec[this.#i++];
			this.send(t, f.id, f.dlc, f.data);
		}
		// loops over the recording until stopped
		if (this.#i >= rec.length) {
			this.#i = 0;
			this.#replayT0 = t;
		}
	}
}
