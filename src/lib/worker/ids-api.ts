/**
 * The attack panel's comlink-facing methods, spread into the worker's SimApi (like diag-api.ts): each attack
 * kind can run once at a time as a bench participant of the worker's current Simulation; a reset ends them
 * (a new vehicle, nothing attacked). docs/ids.md, "Attack panel".
 */
import { ATTACK_KINDS, createAttack, simVehicle, type Attack, type AttackKind, type AttackSpec } from '../sim/bench/attacks/index';
import type { Simulation } from '../sim/simulation';

/** One running attack as the panel shows it. */
export interface AttackState {
	kind: AttackKind;
	label: string;
	/** Virtual time it began acting on the bus, µs (null while it listens: masquerade, replay). */
	active_us: number | null;
	sent: number;
}

export function createIdsApi(getSim: () => Simulation | null) {
	let on: Simulation | null = null;
	const running = new Map<AttackKind, { attack: Attack; detach: () => void; label: string }>();
	const current = (): Simulation => {
		const s = getSim();
		if (!s) throw new Error('simulation not initialised: call init() first');
		if (s !== on) {
			running.clear(); // the old vehicle is gone with its attackers
			on = s;
		}
		return s;
	};
	const list = (): AttackState[] => {
		if (getSim() !== on) running.clear();
		return [...running.entries()].map(([kind, r]) => ({ kind, label: r.label, active_us: r.attack.active_us, sent: r.attack.sent }));
	};
	return {
		/** Starts an attack (a running one of the same kind is stopped first); throws on an absent ECU. */
		attackStart(spec: AttackSpec, label?: string): AttackState[] {
			if (!ATTACK_KINDS.includes(spec.kind)) throw new Error(`unknown attack '${spec.kind}'; known: ${ATTACK_KINDS.join(', ')}`);
			const s = current();
			const a = createAttack(spec, simVehicle(s));
			const old = running.get(spec.kind);
			if (old) {
				old.attack.stop(s.now_us);
				old.detach();
			}
			running.set(spec.kind, { attack: a, detach: s.addParticipant(a), label: label ?? spec.kind });
			return list();
		},
		/** Stops the attack of a kind (a silenced ECU boots again). */
		attackStop(kind: AttackKind): AttackState[] {
			const s = current();
			const r = running.get(kind);
			if (r) {
				r.attack.stop(s.now_us);
				r.detach();
				running.delete(kind);
			}
			return list();
		},
		/** The attacks running now. */
		attacks(): AttackState[] {
			return list();
		}
	};
}
