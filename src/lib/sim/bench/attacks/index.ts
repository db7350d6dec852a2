/**
 * Attack specs (plain data, so they cross the worker boundary) and the factory that turns one into a bench
 * participant. `plan.ts` fills specs from the DBC: signal values become payload patches, E2E data IDs come
 * from its attributes; nothing is packed by hand.
 */
import type { Simulation } from '../../simulation';
import { type Attack, type AttackKind, type Patch, type VehicleControl } from './attack';
import { FabricationAttack, FloodingAttack, FuzzingAttack, ReplayAttack } from './basic';
import { MasqueradeAttack, SuspensionAttack } from './silence';

export { ATTACK_KINDS, type Attack, type AttackKind, type Patch, type VehicleControl } from './attack';

export type AttackSpec =
	| { kind: 'flooding'; id?: number }
	| { kind: 'fuzzing'; seed?: number; interval_ms?: number }
	| { kind: 'fabrication'; id: number; patch: Patch; e2eDataId?: number; interval_ms?: number; label?: string }
	| { kind: 'suspension'; ecu: string }
	| { kind: 'masquerade'; ecu: string; forge: { id: number; patch: Patch }; e2e: Array<[number, number]>; observe_ms?: number; label?: string }
	| { kind: 'replay'; ids: number[]; record_ms?: number };

/** Builds the attack a spec describes; throws on an ECU that is not on the bus (naming those present). */
export function createAttack(spec: AttackSpec, vehicle: VehicleControl): Attack {
	switch (spec.kind) {
		case 'flooding':
			return new FloodingAttack({ id: spec.id });
		case 'fuzzing':
			return new FuzzingAttack({ seed: spec.seed, interval_ms: spec.interval_ms });
		case 'fabrication':
			return new FabricationAttack(spec);
		case 'suspension':
			return new SuspensionAttack(spec.ecu, vehicle);
		case 'masquerade':
			return new MasqueradeAttack(spec.ecu, vehicle, { forge: spec.forge, e2e: new Map(spec.e2e), observe_ms: spec.observe_ms });
		case 'replay':
			return new ReplayAttack({ ids: spec.ids, record_ms: spec.record_ms });
		default:
			throw new Error(`unknown attack kind '${(spec as { kind: string }).kind}'`);
	}
}

/** The simulation's side of VehicleControl: power an ECU off (a pulled fuse) and on again (a fresh boot). */
export function simVehicle(sim: Simulation): VehicleControl {
	return {
		nodeOf: (ecu) => sim.ecu(ecu).bus,
		powerOff: (ecu) => sim.powerOff(ecu),
		powerOn: (ecu) => {
			const n = sim.ecu(ecu);
			// a reboot on virtual time: the image is re-instantiated before the next tick that needs it
			void n.host.reset((sim.seed ^ 0xa77ac4) >>> 0, sim.now_us);
		}
	};
}

export type { AttackKind as Kind };
