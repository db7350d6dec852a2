/**
 * Headless drives for learning and judging the detector (Node or a worker_thread; no DOM): a Simulation on
 * a drive profile, restarted at its end so a drive lasts as long as asked, with the learner or detector on
 * its frame tap. Attack runs attach one attack after a warm-up and report when it was first noticed.
 */
import type { Dbc } from '../can/dbc/types';
import { createAttack, simVehicle, type AttackSpec } from '../sim/bench/attacks/index';
import { getProfile } from '../sim/profiles';
import { Simulation } from '../sim/simulation';
import { IdsDetector, type Alert } from './detector';
import { IdsLearner, type IdsModel } from './model';

export type Images = Map<string, WebAssembly.Module>;

async function drive(images: Images, profile: string, seed: number): Promise<{ sim: Simulation; run(ms: number, each?: () => void): void }> {
	const sim = await Simulation.create({ seed, profile }, images);
	const dur = getProfile(profile).duration_s * 1000 + 5000;
	let t0 = 0;
	return {
		sim,
		run(ms, each) {
			for (let k = 0; k < ms; k++) {
				sim.step(1);
				each?.();
				if (sim.now_us / 1000 - t0 >= dur) {
					t0 = sim.now_us / 1000;
					sim.setAutopilot(profile);
				}
			}
		}
	};
}

/** Learns a model from one clean drive of `seconds`. */
export async function learnDrive(images: Images, dbc: Dbc, profile: string, seed: number, seconds: number): Promise<IdsModel> {
	const learner = new IdsLearner(dbc);
	const d = await drive(images, profile, seed);
	d.sim.on('frame', (t, id, flags, dlc, data, off) => learner.feed(t, id, flags, dlc, data, off));
	d.run(seconds * 1000);
	learner.endSession(`${profile}/seed ${seed}/${seconds} s`);
	return learner.model();
}

/** A clean drive judged by the detector: every alert is a false alarm. */
export async function cleanDrive(images: Images, dbc: Dbc, model: IdsModel, profile: string, seed: number, seconds: number): Promise<{ seconds: number; alerts: Alert[]; frames: number }> {
	const det = new IdsDetector(model, dbc);
	const alerts: Alert[] = [];
	det.onAlert((a) => alerts.push(a));
	const d = await drive(images, profile, seed);
	d.sim.on('frame', (t, id, flags, dlc, data, off) => det.feed(t, id, flags, dlc, data, off));
	d.run(seconds * 1000, () => det.advance(d.sim.now_us));
	return { seconds, alerts, frames: det.frames };
}

export interface AttackOutcome {
	kind: string;
	label: string;
	profile: string;
	seed: number;
	/** When the attack began acting on the bus, µs; null if it never did. */
	start_us: number | null;
	/** First alert at or after the start, µs after it; null when none within the attack's time. */
	ttd_us: number | null;
	firstAlert: Alert | null;
	/** Alerts before the attack began (false alarms of the warm-up). */
	before: number;
	/** The first few of those, to say what raised them. */
	beforeAlerts: Alert[];
	sent: number;
}

/** Warm-up of `warm_s`, then the attack for `attack_s` (after its own listening phase). */
export async function attackDrive(images: Images, dbc: Dbc, model: IdsModel, spec: AttackSpec, profile: string, seed: number, warm_s: number, attack_s: number): Promise<AttackOutcome> {
	const det = new IdsDetector(model, dbc);
	const alerts: Alert[] = [];
	det.onAlert((a) => alerts.push(a));
	const d = await drive(images, profile, seed);
	d.sim.on('frame', (t, id, flags, dlc, data, off) => det.feed(t, id, flags, dlc, data, off));
	const each = (): void => det.advance(d.sim.now_us);
	d.run(warm_s * 1000, each);
	const attack = createAttack(spec, simVehicle(d.sim));
	const detach = d.sim.addParticipant(attack);
	const listen = spec.kind === 'masquerade' ? (spec.observe_ms ?? 1200) + 10 : spec.kind === 'replay' ? (spec.record_ms ?? 2000) + 10 : 0;
	d.run(listen + attack_s * 1000, each);
	attack.stop(d.sim.now_us);
	detach();
	const start = attack.active_us;
	const early = alerts.filter((a) => start === null || a.t_us < start);
	const before = early.length;
	const first = start === null ? undefined : alerts.find((a) => a.t_us >= start);
	const label = 'label' in spec && spec.label ? spec.label : spec.kind === 'suspension' ? spec.ecu.toUpperCase() : spec.kind === 'replay' ? spec.ids.map((x) => '0x' + x.toString(16)).join('+') : spec.kind;
	return { kind: spec.kind, label, profile, seed, start_us: start, ttd_us: first && start !== null ? first.t_us - start : null, firstAlert: first ?? null, before, beforeAlerts: early.slice(0, 3), sent: attack.sent };
}
