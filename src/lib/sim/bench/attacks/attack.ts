/**
 * Attacks on the bus as bench participants, after the public data sets (HCRL Car-Hacking, ROAD, SynCAN):
 * flooding, fuzzing, fabrication (spoofing), suspension, masquerade, replay (docs/ids.md, "Attacks"). Each
 * knows exactly when it acts on the bus (`active_us`), and every frame it sends leaves the bench node, so
 * the evaluation has exact ground truth. Driven by virtual time and a seeded PRNG only: deterministic.
 */
import type { BenchParticipant } from '../participant';

export const ATTACK_KINDS = ['flooding', 'fuzzing', 'fabrication', 'suspension', 'masquerade', 'replay'] as const;
export type AttackKind = (typeof ATTACK_KINDS)[number];

/** What an attack may do to the vehicle beyond sending frames: silence an ECU (a pulled fuse) and restore it. */
export interface VehicleControl {
	/** Bus node index of an ECU (`cvc`, …); throws naming the ECUs present. */
	nodeOf(ecu: string): number;
	powerOff(ecu: string): void;
	powerOn(ecu: string): void;
}

export interface Attack extends BenchParticipant {
	readonly kind: AttackKind;
	/** Virtual time the attack started acting on the bus (µs), null while it only listens. */
	readonly active_us: number | null;
	/** Frames it put on the bus. */
	readonly sent: number;
	/** Ends the attack at `t_us` (a silenced ECU is powered on again); the caller detaches it. */
	stop(t_us: number): void;
}

/** Payload bits to force: `(byte & ~mask) | value`, per byte (from `plan.ts`, via the DBC). */
export interface Patch {
	mask: number[];
	value: number[];
}

export function applyPatch(data: Uint8Array, p: Patch): void {
	for (let k = 0; k < p.mask.length && k < data.length; k++) data[k] = (data[k] & ~p.mask[k]) | (p.value[k] & p.mask[k]);
}
