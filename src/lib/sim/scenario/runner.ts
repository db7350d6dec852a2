/**
 * Runs a loaded scenario on a Simulation, 1 ms at a time on virtual time: steps fire at their time or the
 * first millisecond their condition holds, assertions are checked after every millisecond, and reactions
 * are measured exactly: FDTI = first fault → detection, FRTI = detection → safe state, against the FTTI.
 * Conditions read the last frame of each message on the bus as the ECUs sent it (decoded with the DBC) or
 * the plant's values; DTCs come from the DtcEvent frames (docs/faults.md, "Scenarios").
 */
import { DbcCodec } from '../../can/dbc/codec';
import type { Dbc } from '../../can/dbc/types';
import { messageKey } from '../../can/dbc/types';
import { FLAG_EXT } from '../../can/frame';
import { DTC_STATUS_BITS, formatDtc } from '../../ecu/ecu-monitor';
import { FaultInjector, type FaultEvent } from '../faults/injector';
import { faultLabel } from '../faults/catalog';
import { ECU_NAMES, type Simulation } from '../simulation';
import { findSignal, type Assertion, type Condition, type Scenario } from './load';

export interface AssertionResult {
	name: string;
	type: Assertion['type'];
	passed: boolean;
	/** Why it failed, or what was seen when it passed. */
	detail: string;
	/** When it was decided (ms of scenario time), when it was. */
	t_ms?: number;
	goal?: string;
	fdti_ms?: number;
	frti_ms?: number;
	ftti_ms?: number;
}

export interface StepResult {
	label: string;
	/** When it fired; undefined when it never did. */
	t_ms?: number;
	error?: string;
}

export interface ScenarioResult {
	name: string;
	file: string;
	requirement: string;
	asil: string;
	/** All assertions held. */
	outcome: 'pass' | 'fail';
	/** The outcome is the expected one (`expect`, default pass). */
	passed: boolean;
	expect: 'pass' | 'fail';
	duration_ms: number;
	/** Time of the first fault, ms (the reactions' origin). */
	fault_ms: number | null;
	steps: StepResult[];
	assertions: AssertionResult[];
	events: FaultEvent[];
}

/** Reads the decoded values of the vehicle's last frames, and the DTC statuses the ECUs reported. */
export class Observer {
	#last = new Map<number, Uint8Array>();
	#codec: DbcCodec;
	#buf = new Uint8Array(64);
	#out: Float64Array;
	/** `ecu:DTC-text` → last status byte. */
	readonly dtcs = new Map<string, number>();
	#stop: () => void;

	constructor(
		readonly sim: Simulation,
		readonly dbc: Dbc
	) {
		this.#codec = new DbcCodec(dbc);
		this.#out = new Float64Array(this.#codec.maxSignals);
		const dtcKey = dbc.messages.find((m) => m.name === 'DtcEvent');
		const dtcMsg = dtcKey ? this.#codec.message(messageKey(dtcKey.id, dtcKey.extended)) : undefined;
		this.#stop = sim.on('frame', (_t, id, flags, dlc, data, off, sender) => {
			if (sender === 'BENCH') return; // what the ECUs say, not what a fault or an attacker forges
			const key = messageKey(id, (flags & FLAG_EXT) !== 0);
			const len = Math.min(64, dlc <= 8 ? dlc : 64);
			let b = this.#last.get(key);
			if (!b) this.#last.set(key, (b = new Uint8Array(64)));
			b.fill(0);
			b.set(data.subarray(off, off + len));
			if (dtcMsg && key === dtcMsg.key) {
				dtcMsg.decode(b, 0, this.#out);
				const ecu = ECU_NAMES[this.#out[dtcMsg.indexOf.get('EcuId')!]] ?? '?';
				const num = this.#out[dtcMsg.indexOf.get('DtcNumber')!];
				if (Number.isInteger(num)) this.dtcs.set(`${ecu}:${formatDtc(num)}`, this.#out[dtcMsg.indexOf.get('DtcStatus')!]);
			}
		});
	}

	stop(): void {
		this.#stop();
	}

	/** A reader of `Msg.Sig` (NaN until its first frame); throws naming what the DBC lacks. */
	signal(name: string): () => number {
		const sig = findSignal(this.dbc, name);
		if (typeof sig === 'string') throw new Error(sig);
		const m = this.dbc.messages.find((x) => x.name === name.split('.')[0])!;
		const cm = this.#codec.message(messageKey(m.id, m.extended))!;
		const idx = cm.indexOf.get(sig.name)!;
		const out = this.#out;
		return () => {
			const b = this.#last.get(cm.key);
			if (!b) return NaN;
			this.#buf.set(b);
			cm.decode(this.#buf, 0, out);
			return out[idx];
		};
	}

	/** Compiles a condition into a predicate over the current state. */
	condition(c: Condition): () => boolean {
		if ('all' in c) {
			const fs = c.all.map((x) => this.condition(x));
			return () => fs.every((f) => f());
		}
		if ('any' in c) {
			const fs = c.any.map((x) => this.condition(x));
			return () => fs.some((f) => f());
		}
		let read: () => number;
		let v: number;
		if ('signal' in c) {
			read = this.signal(c.signal);
			const sig = findSignal(this.dbc, c.signal);
			v = typeof c.value === 'number' ? c.value : [...((sig as { choices?: Map<number, string> }).choices ?? [])].find(([, l]) => l === c.value)![0];
		} else {
			const s = this.sim.plant.s as unknown as Record<string, number>;
			const f = c.plant;
			read = f === 'speed_kph' ? () => s.speed_mps * 3.6 : () => Number(s[f]);
			v = c.value;
		}
		switch (c.op) {
			case '==':
				return () => read() === v;
			case '!=':
				return () => {
					const x = read();
					return !Number.isNaN(x) && x !== v;
				};
			case '<':
				return () => read() < v;
			case '<=':
				return () => read() <= v;
			case '>':
				return () => read() > v;
			case '>=':
				return () => read() >= v;
		}
	}
}

/** Text of a condition for reports. */
export function conditionText(c: Condition): string {
	if ('all' in c) return c.all.map(conditionText).join(' and ');
	if ('any' in c) return `(${c.any.map(conditionText).join(' or ')})`;
	return `${'signal' in c ? c.signal : `plant.${c.plant}`} ${c.op} ${c.value}`;
}

interface Check {
	a: Assertion;
	name: string;
	/** Called after every ms; returns once decided (then not called again). */
	step(t: number, anchor: number | null): AssertionResult | null;
	/** At the end, for those still open. */
	end(t: number, anchor: number | null): AssertionResult;
}

function compile(a: Assertion, obs: Observer, duration: number, stimulus: boolean): Check {
	// with a stimulus (a fault, a driver action) time limits count from it, and nothing is decided before it
	const origin = (anchor: number | null): number | null => (anchor !== null ? anchor : stimulus ? null : 0);
	const name = a.name ?? defaultName(a);
	const base = { name, type: a.type };
	switch (a.type) {
		case 'state': {
			const f = obs.condition(a.condition);
			return {
				a,
				name,
				step(t, anchor) {
					const from = origin(anchor);
					if (from === null || t < from) return null;
					if (f()) return { ...base, passed: t - from <= a.within_ms, t_ms: t, detail: `${conditionText(a.condition)} after ${t - from} ms (limit ${a.within_ms} ms)` };
					if (t - from > a.within_ms) return { ...base, passed: false, t_ms: t, detail: `${conditionText(a.condition)} not reached within ${a.within_ms} ms` };
					return null;
				},
				end: (t) => ({ ...base, passed: false, t_ms: t, detail: `${conditionText(a.condition)} never reached` })
			};
		}
		case 'never': {
			const f = obs.condition(a.condition);
			const to = a.to_ms ?? duration;
			let from = -1;
			return {
				a,
				name,
				step(t, anchor) {
					const o = a.from_ms ?? origin(anchor);
					if (o === null) return null;
					from = o;
					return t >= o && t <= to && f() ? { ...base, passed: false, t_ms: t, detail: `${conditionText(a.condition)} at ${t} ms` } : null;
				},
				end: () => ({ ...base, passed: from >= 0, detail: from >= 0 ? `${conditionText(a.condition)} never held in ${from}..${to} ms` : 'the stimulus never came' })
			};
		}
		case 'range': {
			const read = obs.signal(a.signal);
			const lo = a.min ?? -Infinity;
			const hi = a.max ?? Infinity;
			const to = a.to_ms ?? duration;
			let seen = 0;
			return {
				a,
				name,
				step(t, anchor) {
					const from = a.from_ms ?? origin(anchor);
					if (from === null || t < from || t > to) return null;
					const x = read();
					if (Number.isNaN(x)) return null;
					seen++;
					return x < lo || x > hi ? { ...base, passed: false, t_ms: t, detail: `${a.signal} = ${x} at ${t} ms, outside ${lo}..${hi}` } : null;
				},
				end: () => ({ ...base, passed: seen > 0, detail: seen > 0 ? `${a.signal} stayed in ${lo}..${hi}` : `${a.signal} was never on the bus` })
			};
		}
		case 'dtc': {
			const mask = (a.status ?? ['testFailed']).reduce((m, s) => m | (1 << (DTC_STATUS_BITS as readonly string[]).indexOf(s)), 0);
			const has = (): string | null => {
				for (const [k, st] of obs.dtcs) {
					const [ecu, dtc] = k.split(':');
					if (dtc === a.dtc && (!a.ecu || a.ecu === ecu) && (st & mask) === mask) return ecu;
				}
				return null;
			};
			return {
				a,
				name,
				step(t, anchor) {
					const from = origin(anchor);
					if (from === null || t < from) return null;
					const ecu = has();
					if (ecu) return { ...base, passed: t - from <= a.within_ms, t_ms: t, detail: `${ecu} reported ${a.dtc} (status ⊇ 0x${mask.toString(16)}) after ${t - from} ms` };
					if (t - from > a.within_ms) return { ...base, passed: false, t_ms: t, detail: `${a.dtc} not reported within ${a.within_ms} ms` };
					return null;
				},
				end: (t) => ({ ...base, passed: false, t_ms: t, detail: `${a.dtc} never reported` })
			};
		}
		case 'reaction': {
			const detect = obs.condition(a.detect);
			const safe = obs.condition(a.safe);
			let tDet: number | null = null;
			const r = { ...base, goal: a.goal, ftti_ms: a.ftti_ms };
			return {
				a,
				name,
				step(t, anchor) {
					if (anchor === null || t < anchor) return null;
					if (tDet === null && detect()) tDet = t;
					if (tDet !== null && safe()) {
						const fdti = tDet - anchor;
						const frti = t - tDet;
						return { ...r, passed: fdti + frti <= a.ftti_ms, t_ms: t, fdti_ms: fdti, frti_ms: frti, detail: `FDTI ${fdti} ms + FRTI ${frti} ms = ${fdti + frti} ms (FTTI ${a.ftti_ms} ms)` };
					}
					if (t - anchor > Math.max(10 * a.ftti_ms, 2000)) return { ...r, passed: false, t_ms: t, detail: tDet === null ? `not detected (${conditionText(a.detect)})` : `detected after ${tDet - anchor} ms, no safe state (${conditionText(a.safe)})` };
					return null;
				},
				end: (t, anchor) => ({ ...r, passed: false, t_ms: t, detail: anchor === null ? 'no fault was injected' : tDet === null ? `not detected (${conditionText(a.detect)})` : `detected after ${tDet - anchor} ms, no safe state (${conditionText(a.safe)})` })
			};
		}
	}
}

function defaultName(a: Assertion): string {
	switch (a.type) {
		case 'state':
			return `${conditionText(a.condition)} within ${a.within_ms} ms`;
		case 'never':
			return `never ${conditionText(a.condition)}`;
		case 'range':
			return `${a.signal} in ${a.min ?? '-∞'}..${a.max ?? '∞'}`;
		case 'dtc':
			return `DTC ${a.dtc}${a.ecu ? ` on ${a.ecu}` : ''} within ${a.within_ms} ms`;
		case 'reaction':
			return `${a.goal}: safe state within FTTI ${a.ftti_ms} ms`;
	}
}

export interface RunHooks {
	/** Told as each step fires and each assertion is decided (the page's timeline). */
	onStep?(s: StepResult): void;
	onAssertion?(r: AssertionResult): void;
	/**
	 * Told the scenario time every `progressEveryMs` of virtual time (default 100) and awaited: the page's
	 * progress bar, and the moment a caller that runs other work on the same thread (the worker's message
	 * loop, a Cancel) gets its turn. The runner itself never looks at a clock.
	 */
	onProgress?(t_ms: number, duration_ms: number): void | Promise<void>;
	progressEveryMs?: number;
	/** Checked after each progress call: once aborted the run stops and rejects with ScenarioCancelled. */
	signal?: { readonly aborted: boolean };
}

/** A run stopped by its caller (RunHooks.signal) before it finished. */
export class ScenarioCancelled extends Error {
	constructor(readonly file: string) {
		super(`${file}: cancelled`);
		this.name = 'ScenarioCancelled';
	}
}

/** Runs `sc` on `sim` (fresh, at t = 0, built from `sc.seed`/`sc.profile`) and returns the verdicts. */
export async function runScenario(sc: Scenario, sim: Simulation, dbc: Dbc, hooks: RunHooks = {}): Promise<ScenarioResult> {
	const obs = new Observer(sim, dbc);
	const inj = new FaultInjector(sim);
	const t0 = sim.now_us / 1000;
	const steps = sc.steps.map((s) => ({ s, when: s.when ? obs.condition(s.when) : null, done: false, res: { label: s.label ?? stepLabel(s) } as StepResult }));
	const stimulus = sc.steps.some((s) => s.fault || s.inputs);
	const checks = sc.assertions.map((a) => compile(a, obs, sc.duration_ms, stimulus));
	const results: (AssertionResult | null)[] = checks.map(() => null);
	const handles: number[] = [];
	let anchor: number | null = null;
	const every = Math.max(1, hooks.progressEveryMs ?? 100);
	for (let t = 0; t <= sc.duration_ms; t++) {
		if (t % every === 0 && hooks.onProgress) {
			await hooks.onProgress(t, sc.duration_ms);
			if (hooks.signal?.aborted) {
				await inj.dispose();
				obs.stop();
				throw new ScenarioCancelled(sc.file);
			}
		}
		for (const st of steps) {
			if (st.done) continue;
			if (st.s.at_ms !== undefined ? st.s.at_ms > t : !st.when!()) continue;
			st.done = true;
			st.res.t_ms = t;
			try {
				const s = st.s;
				if (s.fault) {
					handles.push(await inj.inject(s.fault));
					anchor ??= t;
				} else if (s.clear === 'all') await inj.clearAll();
				else if (s.clear === 'last') {
					const h = handles.pop();
					if (h !== undefined) await inj.clear(h);
				} else if (s.inputs) {
					// a driver action (the E-stop) is a stimulus too: without a fault, reactions count from it
					sim.setInputs(s.inputs);
					anchor ??= t;
				}
				else if (s.autopilot !== undefined) sim.setAutopilot(s.autopilot);
			} catch (e) {
				st.res.error = (e as Error).message;
			}
			hooks.onStep?.(st.res);
		}
		if (t === sc.duration_ms) break;
		sim.step(1);
		const now = sim.now_us / 1000 - t0;
		for (let i = 0; i < checks.length; i++) {
			if (results[i]) continue;
			const r = checks[i].step(now, anchor);
			if (r) {
				results[i] = r;
				hooks.onAssertion?.(r);
			}
		}
		if (results.every((r) => r) && steps.every((s) => s.done)) break;
	}
	for (let i = 0; i < checks.length; i++) {
		if (results[i]) continue;
		results[i] = checks[i].end(sim.now_us / 1000 - t0, anchor);
		hooks.onAssertion?.(results[i]!);
	}
	const events = [...inj.events];
	await inj.dispose();
	obs.stop();
	const stepErrors = steps.filter((s) => s.res.error);
	const all = results as AssertionResult[];
	const outcome = all.every((r) => r.passed) && stepErrors.length === 0 ? 'pass' : 'fail';
	const expect = sc.expect ?? 'pass';
	return {
		name: sc.name,
		file: sc.file,
		requirement: sc.requirement,
		asil: sc.asil,
		outcome,
		passed: outcome === expect,
		expect,
		duration_ms: sim.now_us / 1000 - t0,
		fault_ms: anchor,
		steps: steps.map((s) => s.res),
		assertions: all,
		events
	};
}

function stepLabel(s: Scenario['steps'][number]): string {
	const when = s.at_ms !== undefined ? `@${s.at_ms} ms` : `when ${conditionText(s.when!)}`;
	if (s.fault) return `inject ${faultLabel(s.fault)} ${when}`;
	if (s.clear) return `clear ${s.clear} ${when}`;
	if (s.inputs) return `inputs ${JSON.stringify(s.inputs)} ${when}`;
	return `autopilot ${s.autopilot} ${when}`;
}
