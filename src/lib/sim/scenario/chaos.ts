/**
 * Chaos mode (`npm run scenario -- --chaos SEED`, the Chaos section of /scenarios): N faults drawn from the
 * catalog with a seeded Rng, each injected at a random moment of a city drive on a fresh vehicle of its own.
 * A fault tied to a safety goal must reach that goal's safe state within its FTTI (FDTI + FRTI measured as
 * in a scenario); a fault with no goal must leave the vehicle in a defined state. Each drawn fault becomes an
 * ordinary Scenario, so the runner, the page's timeline and junit.ts treat it like a built-in one.
 * Why a fresh vehicle per fault, and what "defined state" means: docs/faults.md, "Chaos mode".
 */
import type { Dbc } from '../../can/dbc/types';
import { SAFETY_GOALS } from '../../docs/safety-doc';
import { faultLabel, type FaultSpec } from '../faults/catalog';
import { Rng } from '../rng';
import type { Simulation } from '../simulation';
import type { Assertion, Condition, Scenario, Step } from './load';
import { runScenario, type RunHooks, type ScenarioResult } from './runner';

const is = (signal: string, value: number | string, op: '==' | '!=' | '<=' | '>=' = '=='): Condition => ({ signal, op, value });
const relayOpen = is('SafetyStatus.KillRelayClosed', 'OPEN');

/**
 * What the firmware does about a goal's faults, read from the bus: `detect` is the detecting ECU's report,
 * `safe` the goal's safe state (docs/safety.md names the mechanisms). Any of several mechanisms may react
 * first, so both are `any` of the reports and states the goal's mechanisms produce.
 */
export const GOAL_REACTIONS: Record<string, { detect: Condition; safe: Condition }> = {
	// unintended acceleration: torque limited (CVC), inverter off (RZC) or the kill relay open (SC)
	'SG-001': {
		detect: { any: [is('VehicleState.PedalFault', 1), is('MotorStatus.MotorCmdTimeout', 1), is('SafetyStatus.E2eFault', 1)] },
		safe: { any: [is('VehicleState.TorqueLimit', 75, '<='), is('MotorStatus.InverterState', 'RUN', '!='), relayOpen] }
	},
	// loss of drive torque: a supervisor notices the silence; SAFE_STOP (CVC) or the kill relay open (SC, also when the CVC is the silent one)
	'SG-002': {
		detect: { any: [is('SafetyStatus.HbTimeoutCvc', 1), is('SafetyStatus.HbTimeoutFzc', 1), is('SafetyStatus.HbTimeoutRzc', 1), is('VehicleState.FzcTimeout', 1), is('VehicleState.RzcTimeout', 1), is('MotorStatus.MotorCmdTimeout', 1)] },
		safe: { any: [is('VehicleState.Mode', 'SAFE_STOP'), relayOpen] }
	},
	'SG-003': { detect: is('SteerStatus.SteerPlausFault', 1), safe: is('MotorCutoffReq.CutoffRequest', 1) },
	'SG-004': { detect: is('BrakeStatus.BrakeCmdTimeout', 1), safe: is('MotorStatus.InverterState', 'RUN', '!=') },
	'SG-005': { detect: is('BrakeFault.BrakeFaultActive', 1), safe: { plant: 'brake_pressure_front_bar', op: '<', value: 5 } },
	'SG-006': { detect: is('MotorStatus.OvertempFault', 1), safe: is('MotorTemp.TempShutdown', 1) },
	'SG-007': { detect: is('FrontDistance.AebZone', 'BRAKE', '>='), safe: { plant: 'brake_pressure_front_bar', op: '>', value: 20 } }
};

/** One fault chaos may draw: a catalog fault with its target and parameter range, and how it is judged. */
export interface ChaosCase {
	kind: string;
	target?: string;
	/** The parameter is drawn uniformly from [lo, hi] (integers when both are). */
	param?: [number, number];
	data?: string;
	/** The safety goal whose safe state it must reach; absent: the vehicle must stay in a defined state. */
	goal?: string;
	/** A goal checked by a DTC instead of a reaction (a hung ECU: its watchdog resets it and says so). */
	dtc?: string;
	/**
	 * Only inject once this holds as well (from the drawn time on): a fault that only matters while driving
	 * (an obstacle ahead) or while not braking (a forged brake command) waits for that moment.
	 */
	when?: Condition;
	/** Why it is judged this way, when that is not obvious (docs/faults.md repeats these). */
	why?: string;
}

const moving: Condition = { plant: 'speed_kph', op: '>', value: 20 };
const notBraking: Condition = { plant: 'brake_pressure_front_bar', op: '<', value: 1 };

/**
 * The faults chaos draws from: every kind of the catalog, on the targets its goal's mechanism covers (a
 * catalog kind whose goal holds only for some targets is listed on those, the others judged as no-goal).
 */
export const CHAOS_MENU: readonly ChaosCase[] = [
	{ kind: 'pedal-disagree', param: [8, 30], goal: 'SG-001' },
	{ kind: 'sensor-stuck', target: 'cvc.PEDAL_S1', param: [60, 100], goal: 'SG-001' },
	{ kind: 'sensor-offset', target: 'cvc.PEDAL_S2', param: [10, 30], goal: 'SG-001' },
	{ kind: 'sensor-open', target: 'cvc.PEDAL_S1', goal: 'SG-001' },
	{ kind: 'wrong-e2e-crc', target: '0x101', goal: 'SG-001' },
	{ kind: 'frozen-alive', target: '0x101', goal: 'SG-001' },
	{ kind: 'power-off', target: 'rzc', goal: 'SG-002' },
	{ kind: 'power-off', target: 'fzc', goal: 'SG-002' },
	{ kind: 'power-off', target: 'cvc', goal: 'SG-002' },
	{ kind: 'drop-id', target: '0x011', goal: 'SG-002' },
	{ kind: 'drop-id', target: '0x101', goal: 'SG-002' },
	{ kind: 'delay-id', target: '0x011', param: [150, 400], goal: 'SG-002' },
	{ kind: 'ecu-hang', target: 'rzc', goal: 'SG-002', dtc: 'U1F02-47', why: 'the reaction is the watchdog reset, reported as its DTC' },
	{ kind: 'ecu-hang', target: 'fzc', goal: 'SG-002', dtc: 'U1F01-47', why: 'the reaction is the watchdog reset, reported as its DTC' },
	{ kind: 'sensor-offset', target: 'fzc.STEER_FEEDBACK', param: [8, 20], goal: 'SG-003' },
	{ kind: 'drop-id', target: '0x103', goal: 'SG-004' },
	{ kind: 'spoof', target: '0x103', param: [5, 10], data: '0000ff02', goal: 'SG-005', when: notBraking, why: 'injected while not braking, so any pressure would be the forged command' },
	{ kind: 'motor-overtemp', param: [150, 170], goal: 'SG-006' },
	{ kind: 'obstacle', param: [20, 40], goal: 'SG-007', when: moving, why: 'injected while driving above 20 km/h' },
	// no goal, or a goal whose hazard the drive does not exercise: a defined state is checked
	{ kind: 'sensor-noise', target: 'fzc.FRONT_DISTANCE', param: [1, 5] },
	{ kind: 'sensor-stuck', target: 'fzc.FRONT_DISTANCE' },
	{ kind: 'sensor-open', target: 'rzc.MOTOR_TEMP' },
	{ kind: 'actuator-stuck', target: 'steer', why: 'latent: the drive barely steers, so the set point never moves away from the stuck rack' },
	{ kind: 'actuator-weak', target: 'brake', param: [0.2, 0.8], why: 'latent unless the drive brakes hard at that moment' },
	{ kind: 'cell-fault', param: [20, 60] },
	{ kind: 'low-friction', param: [0.2, 0.6] },
	{ kind: 'corrupt-crc', target: '0x101', param: [1, 3] },
	{ kind: 'babbling-node', param: [0, 0], why: 'the babbler starves every frame, the reports of the reaction too: only a defined state can be checked on the bus' },
	{ kind: 'spoof', target: '0x101', param: [2, 9], data: '0000a00fc805', why: 'a forged TorqueRequest (400 Nm, wrong CRC) is dropped frame by frame and the genuine ones keep the motor; the SC opens the relay only when the forged frames fall so that it confirms an E2E failure (some periods and phases), so no reaction is required' },
	{ kind: 'bus-off', target: 'bcm' },
	{ kind: 'ecu-reset', target: 'bcm' },
	{ kind: 'ecu-reset', target: 'rzc' },
	{ kind: 'ecu-trap', target: 'icu' },
	{ kind: 'ecu-trap', target: 'tcu' }
];

/** Where a drawn fault lands in its drive: from 3 s (the car is moving) to 15 s of the city profile. */
export const CHAOS_FROM_MS = 3000;
export const CHAOS_TO_MS = 15000;
/** How long after the fault each vehicle is watched (the reaction assertion's own limit is 2 s for these FTTIs). */
export const CHAOS_WATCH_MS = 2500;
/** A `when` fault waits at most this long for its moment. */
export const CHAOS_WAIT_MS = 30000;

/** The defined state a fault without a goal must leave the vehicle in (docs/faults.md, "Chaos mode"). */
export function definedState(): Assertion[] {
	return [
		{ type: 'range', name: 'VehicleState.Mode stays a defined mode (INIT…SHUTDOWN)', signal: 'VehicleState.Mode', min: 0, max: 5 },
		{ type: 'never', name: 'the kill relay never opens without a reason', condition: { all: [relayOpen, is('SafetyStatus.KillReason', 'NONE')] } },
		{ type: 'never', name: 'no collision', condition: { plant: 'collision', op: '==', value: 1 } }
	];
}

export interface ChaosFault {
	/** 1-based position in the run. */
	index: number;
	spec: FaultSpec;
	label: string;
	/** The drawn injection time, ms of the drive (a `when` fault fires at the first ms after it that its condition holds). */
	at_ms: number;
	/** Seed of the fault's own vehicle. */
	vehicle_seed: number;
	goal?: string;
	ftti_ms?: number;
	scenario: Scenario;
}

/** Draws `n` faults from `menu` with the seed: the same seed gives the same faults, times and vehicles. */
export function chaosPlan(seed: number, n = 20, menu: readonly ChaosCase[] = CHAOS_MENU): ChaosFault[] {
	if (!Number.isInteger(seed) || seed < 0) throw new Error(`chaos: the seed must be a whole number ≥ 0, is ${seed}`);
	if (!Number.isInteger(n) || n < 1) throw new Error(`chaos: the number of faults must be a whole number ≥ 1, is ${n}`);
	if (menu.length === 0) throw new Error('chaos: nothing to draw from');
	const rng = new Rng(seed);
	const out: ChaosFault[] = [];
	for (let i = 1; i <= n; i++) {
		const c = menu[rng.int(menu.length)];
		const spec: FaultSpec = { kind: c.kind };
		if (c.target) spec.target = c.target;
		if (c.param) {
			const [lo, hi] = c.param;
			spec.param = Number.isInteger(lo) && Number.isInteger(hi) ? lo + rng.int(hi - lo + 1) : Math.round(rng.uniform(lo, hi) * 100) / 100;
		}
		if (c.data) spec.data = c.data;
		const at_ms = CHAOS_FROM_MS + rng.int(CHAOS_TO_MS - CHAOS_FROM_MS + 1);
		const vehicle_seed = 1 + rng.int(1_000_000);
		const label = faultLabel(spec);
		const goal = c.goal ? SAFETY_GOALS.find((g) => g.id === c.goal) : undefined;
		if (c.goal && !goal) throw new Error(`chaos: unknown safety goal ${c.goal} for ${label}`);
		const step: Step = c.when ? { when: { all: [{ plant: 'time_s', op: '>=', value: at_ms / 1000 }, c.when] }, fault: spec } : { at_ms, fault: spec };
		let assertions: Assertion[];
		if (!goal) assertions = definedState();
		else if (c.dtc) assertions = [{ type: 'dtc', name: `${goal.id}: ${c.dtc} on ${c.target} within FTTI ${goal.ftti_ms} ms`, dtc: c.dtc, ecu: c.target, within_ms: goal.ftti_ms }];
		else {
			const r = GOAL_REACTIONS[goal.id];
			if (!r) throw new Error(`chaos: no reaction known for ${goal.id}`);
			assertions = [{ type: 'reaction', name: `${goal.id}: safe state within FTTI ${goal.ftti_ms} ms`, goal: goal.id, detect: r.detect, safe: r.safe, ftti_ms: goal.ftti_ms }];
		}
		const name = `chaos ${seed} #${i}: ${label} at ${(at_ms / 1000).toFixed(3)} s${c.when ? ' (then when ready)' : ''}`;
		out.push({
			index: i,
			spec,
			label,
			at_ms,
			vehicle_seed,
			goal: goal?.id,
			ftti_ms: goal?.ftti_ms,
			scenario: {
				name,
				description: `${label} on a city drive (vehicle seed ${vehicle_seed}); ${goal ? `${goal.id} (${goal.hazard}) must reach its safe state within ${goal.ftti_ms} ms` : 'no goal: the vehicle must stay in a defined state'}${c.why ? `; ${c.why}` : ''}.`,
				requirement: goal?.id ?? `CHAOS-${i}`,
				asil: (goal?.asil ?? 'QM') as Scenario['asil'],
				seed: vehicle_seed,
				profile: 'city',
				duration_ms: (c.when ? at_ms + CHAOS_WAIT_MS : at_ms) + CHAOS_WATCH_MS,
				steps: [step],
				assertions,
				file: `chaos-${seed}-${i}`
			}
		});
	}
	return out;
}

export interface ChaosResult {
	fault: ChaosFault;
	result: ScenarioResult;
	verdict: 'pass' | 'MISS';
	fdti_ms?: number;
	frti_ms?: number;
	/** When the fault was actually injected (ms of the drive), or null when its moment never came. */
	injected_ms: number | null;
}

/** Builds the fresh vehicle of one fault (the page and Node load the ECU images differently). */
export type VehicleFactory = (seed: number, profile: string) => Promise<Simulation>;

/** Runs the plan, one fault after another, each on a fresh vehicle. `onResult` hears each as it ends. */
export async function runChaos(plan: ChaosFault[], vehicle: VehicleFactory, dbc: Dbc, hooks: RunHooks & { onResult?(r: ChaosResult, i: number): void; onStart?(f: ChaosFault, i: number): void } = {}): Promise<ChaosResult[]> {
	const out: ChaosResult[] = [];
	for (let i = 0; i < plan.length; i++) {
		const f = plan[i];
		hooks.onStart?.(f, i);
		const sim = await vehicle(f.vehicle_seed, f.scenario.profile ?? 'city');
		const result = await runScenario(f.scenario, sim, dbc, hooks);
		const re = result.assertions.find((a) => a.type === 'reaction');
		const dtc = result.assertions.find((a) => a.type === 'dtc');
		const r: ChaosResult = {
			fault: f,
			result,
			verdict: result.passed ? 'pass' : 'MISS',
			fdti_ms: re?.fdti_ms ?? (dtc?.passed && dtc.t_ms !== undefined && result.fault_ms !== null ? dtc.t_ms - result.fault_ms : undefined),
			frti_ms: re?.frti_ms ?? (dtc?.passed ? 0 : undefined),
			injected_ms: result.fault_ms
		};
		out.push(r);
		hooks.onResult?.(r, i);
	}
	return out;
}

/** One line per fault: what, when, the goal's FDTI/FRTI against its FTTI (or the defined state), verdict. */
export function chaosLine(r: ChaosResult): string {
	const f = r.fault;
	const at = r.injected_ms === null ? 'never injected' : `@${(r.injected_ms / 1000).toFixed(3)} s`;
	let what: string;
	if (f.goal) {
		const sum = r.fdti_ms !== undefined && r.frti_ms !== undefined ? r.fdti_ms + r.frti_ms : undefined;
		what = `${f.goal} FDTI ${r.fdti_ms ?? '–'} + FRTI ${r.frti_ms ?? '–'} = ${sum ?? '–'} ms / FTTI ${f.ftti_ms} ms`;
	} else what = 'no goal: defined state';
	const why = r.verdict === 'MISS' ? `  (${r.result.assertions.filter((a) => !a.passed).map((a) => `${a.name}: ${a.detail}`).concat(r.result.steps.filter((s) => s.error).map((s) => `${s.label}: ${s.error}`)).join('; ')})` : '';
	return `${r.verdict === 'pass' ? 'pass' : 'MISS'} #${f.index} ${f.label} ${at} (vehicle seed ${f.vehicle_seed})  ${what}${why}`;
}
