/**
 * Loads a scenario file: JSON, then the published schema (static/schemas/scenario.schema.json), then what a
 * schema cannot know — signals and value labels the DBC defines, fault kinds and targets of the catalog,
 * plant fields — so a typo is named at load as `file: json-path: reason`, and nothing runs.
 */
import type { Dbc, DbcSignal } from '../../can/dbc/types';
import { DTC_STATUS_BITS } from '../../ecu/ecu-monitor';
import { FAULT_KINDS, faultDef, parseId } from '../faults/catalog';
import { PlantState } from '../plant/plant';
import { checkSchema, type Schema } from './schema-check';
import schemaJson from '../../../../static/schemas/scenario.schema.json';

export const SCENARIO_SCHEMA = schemaJson as unknown as Schema;

export type Op = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type Condition =
	| { signal: string; op: Op; value: number | string }
	| { plant: string; op: Op; value: number }
	| { all: Condition[] }
	| { any: Condition[] };

export interface Step {
	at_ms?: number;
	when?: Condition;
	fault?: { kind: string; target?: string; param?: number; data?: string };
	clear?: 'all' | 'last';
	inputs?: Record<string, unknown>;
	autopilot?: string | null;
	label?: string;
}

export type Assertion =
	| { type: 'state'; name?: string; condition: Condition; within_ms: number }
	| { type: 'never'; name?: string; condition: Condition; from_ms?: number; to_ms?: number }
	| { type: 'range'; name?: string; signal: string; min?: number; max?: number; from_ms?: number; to_ms?: number }
	| { type: 'dtc'; name?: string; dtc: string; ecu?: string; status?: string[]; within_ms: number }
	| { type: 'reaction'; name?: string; goal: string; detect: Condition; safe: Condition; ftti_ms: number };

export interface Scenario {
	name: string;
	description?: string;
	requirement: string;
	asil: 'QM' | 'A' | 'B' | 'C' | 'D';
	seed?: number;
	profile?: string;
	duration_ms: number;
	expect?: 'pass' | 'fail';
	steps: Step[];
	assertions: Assertion[];
	/** File it came from (set by the loader). */
	file: string;
}

/** A scenario file that cannot run: every problem, each as `file: json-path: reason`. */
export class ScenarioError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[]
	) {
		super(problems.map((p) => `${file}: ${p}`).join('\n'));
		this.name = 'ScenarioError';
	}
}

/** Plant values a condition may read: the PlantState fields, plus speed in km/h. */
export const PLANT_FIELDS = [...Object.keys(new PlantState()), 'speed_kph'];

/** The DBC signal `Msg.Sig`, or a reason it is not one. */
export function findSignal(dbc: Dbc, name: string): DbcSignal | string {
	const [m, s] = name.split('.');
	const msg = dbc.messages.find((x) => x.name === m);
	if (!msg) return `the DBC has no message '${m}'`;
	const sig = msg.signals.find((x) => x.name === s);
	if (!sig) return `message ${m} has no signal '${s}' (has: ${msg.signals.map((x) => x.name).join(', ')})`;
	return sig;
}

function checkCondition(c: Condition, path: string, dbc: Dbc, out: string[]): void {
	if ('all' in c) c.all.forEach((x, i) => checkCondition(x, `${path}.all[${i}]`, dbc, out));
	else if ('any' in c) c.any.forEach((x, i) => checkCondition(x, `${path}.any[${i}]`, dbc, out));
	else if ('signal' in c) {
		const sig = findSignal(dbc, c.signal);
		if (typeof sig === 'string') out.push(`${path}.signal: ${sig}`);
		else if (typeof c.value === 'string') {
			const v = [...(sig.choices ?? [])].find(([, l]) => l === c.value);
			if (!v) out.push(`${path}.value: ${c.signal} has no value '${c.value}' (has: ${[...(sig.choices ?? [])].map(([, l]) => l).join(', ') || 'no labels'})`);
		}
	} else if (!PLANT_FIELDS.includes(c.plant)) out.push(`${path}.plant: no plant value '${c.plant}' (has: ${PLANT_FIELDS.join(', ')})`);
}

/**
 * Parses and checks one scenario file. Throws ScenarioError listing every problem; `ecus` (when given) are
 * the ECUs of the vehicle the scenario will run on, so a fault on an absent one is named at load.
 */
export function loadScenario(text: string, file: string, dbc: Dbc, ecus?: readonly string[]): Scenario {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new ScenarioError(file, [`$: not valid JSON: ${(e as Error).message}`]);
	}
	const problems = checkSchema(json, SCENARIO_SCHEMA);
	if (problems.length) throw new ScenarioError(file, problems);
	const sc = json as Scenario;
	sc.steps.forEach((s, i) => {
		const p = `$.steps[${i}]`;
		if ((s.at_ms === undefined) === (s.when === undefined)) problems.push(`${p}: needs exactly one of "at_ms" and "when"`);
		const actions = ['fault', 'clear', 'inputs', 'autopilot'].filter((k) => k in s);
		if (actions.length !== 1) problems.push(`${p}: needs exactly one of "fault", "clear", "inputs", "autopilot" (has ${actions.join(', ') || 'none'})`);
		if (s.when) checkCondition(s.when, `${p}.when`, dbc, problems);
		if (s.fault) {
			if (!FAULT_KINDS.includes(s.fault.kind)) problems.push(`${p}.fault.kind: unknown fault '${s.fault.kind}' (known: ${FAULT_KINDS.join(', ')})`);
			else {
				const d = faultDef(s.fault.kind);
				const t = s.fault.target;
				if (d.target !== 'none' && !t) problems.push(`${p}.fault.target: fault '${d.kind}' needs a target (${d.target}, e.g. ${d.examples[0]})`);
				else if (t && d.target === 'id') {
					try {
						parseId(t);
					} catch (e) {
						problems.push(`${p}.fault.target: ${(e as Error).message}`);
					}
				} else if (t && ecus && (d.target === 'ecu' || d.target === 'sensor')) {
					const ecu = t.split('.')[0];
					if (!ecus.includes(ecu)) problems.push(`${p}.fault.target: no ECU '${ecu}' on the bus (present: ${ecus.join(', ')})`);
				}
			}
		}
	});
	sc.assertions.forEach((a, i) => {
		const p = `$.assertions[${i}]`;
		if (a.type === 'state' || a.type === 'never') checkCondition(a.condition, `${p}.condition`, dbc, problems);
		if (a.type === 'reaction') {
			checkCondition(a.detect, `${p}.detect`, dbc, problems);
			checkCondition(a.safe, `${p}.safe`, dbc, problems);
		}
		if (a.type === 'range') {
			const sig = findSignal(dbc, a.signal);
			if (typeof sig === 'string') problems.push(`${p}.signal: ${sig}`);
			if (a.min === undefined && a.max === undefined) problems.push(`${p}: a range needs "min" or "max"`);
		}
		if (a.type === 'dtc' && a.status) for (const s of a.status) if (!(DTC_STATUS_BITS as readonly string[]).includes(s)) problems.push(`${p}.status: unknown bit ${s}`);
	});
	if (problems.length) throw new ScenarioError(file, problems);
	sc.file = file;
	return sc;
}
