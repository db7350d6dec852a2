/**
 * The attacks that silence a real sender: suspension (the ECU powered off, as ROAD's and SynCAN's
 * "suspension"/"drop" attacks stop one sender) and masquerade (the ECU silenced and imitated: every periodic
 * frame it sent keeps coming from the attacker with the same period, alive counter and a valid CRC, and one
 * signal forged). Restored (powered on) when the attack stops.
 */
import { e2eCrc } from '../../../can/net-stats';
import type { BenchPort } from '../participant';
import { applyPatch, type Attack, type Patch, type VehicleControl } from './attack';

/** Suspension: `ecu` is powered off from the attack's start until it stops. */
export class SuspensionAttack implements Attack {
	readonly kind = 'suspension';
	active_us: number | null = null;
	readonly sent = 0;
	#off = false;
	constructor(
		readonly ecu: string,
		private readonly vehicle: VehicleControl
	) {
		vehicle.nodeOf(ecu); // throws naming the ECUs present
	}
	attach(_port: BenchPort, t_us: number): void {
		this.vehicle.powerOff(this.ecu);
		this.#off = true;
		this.active_us = t_us;
	}
	stop(): void {
		if (this.#off) this.vehicle.powerOn(this.ecu);
		this.#off = false;
	}
}

interface Imitated {
	id: number;
	dlc: number;
	data: Uint8Array;
	last: number;
	period: number;
	next: number;
}

/**
 * Masquerade: listens for `observe_ms` (default 1200 ms, longer than the slowest heartbeat) to learn the
 * ECU's identifiers, periods and last payloads, then powers it off and sends in its place; frames of
 * `forge.id` carry `forge.patch`. `e2e` maps identifiers to E2E data IDs (from the DBC) so the attacker
 * keeps the counters and CRCs right.
 */
export class MasqueradeAttack implements Attack {
	readonly kind = 'masquerade';
	active_us: number | null = null;
	sent = 0;
	#port: BenchPort | null = null;
	#t0 = 0;
	#node: number;
	#seen = new Map<number, Imitated>();
	#stopped = false;
	constructor(
		readonly ecu: string,
		private readonly vehicle: VehicleControl,
		readonly opts: { forge: { id: number; patch: Patch }; e2e: ReadonlyMap<number, number>; observe_ms?: number }
	) {
		this.#node = vehicle.nodeOf(ecu);
	}
	attach(port: BenchPort, t_us: number): void {
		this.#port = port;
		this.#t0 = t_us;
	}
	rx(t: number, id: number, _f: number, dlc: number, data: Uint8Array, off: number, sender: number): void {
		if (this.active_us !== null || sender !== this.#node) return;
		let m = this.#seen.get(id);
		if (!m) this.#seen.set(id, (m = { id, dlc, data: new Uint8Array(8), last: t, period: 0, next: 0 }));
		else m.period = t - m.last;
		m.last = t;
		m.dlc = dlc;
		m.data.set(data.subarray(off, off + Math.min(8, data.length - off)));
	}
	tick(t: number): void {
		if (this.#stopped || !this.#port) return;
		if (this.active_us === null) {
			if (t - this.#t0 < (this.opts.observe_ms ?? 1200) * 1000) return;
			this.vehicle.powerOff(this.ecu);
			this.active_us = t;
			// only what repeats is imitated; the real frames were queued at 1 ms tick times, so are ours
			for (const m of this.#seen.values()) m.next = m.period > 0 ? m.last + m.period - (m.last % 1000) : Infinity;
		}
		for (const m of this.#seen.values()) {
			if (t < m.next) continue;
			m.next += m.period;
			const d = m.data;
			if (m.id === this.opts.forge.id) applyPatch(d, this.opts.forge.patch);
			const dataId = this.opts.e2e.get(m.id);
			if (dataId !== undefined && m.dlc >= 2) {
				d[0] = (d[0] & 0xf0) | ((d[0] + 1) & 0x0f);
				d[1] = e2eCrc(dataId, d, 0, m.dlc);
			}
			if (this.#port.send(t, m.id, 0, m.dlc, d)) this.sent++;
		}
	}
	stop(): void {
		this.#stopped = true;
		if (this.active_us !== null) this.vehicle.powerOn(this.ecu);
	}
}
