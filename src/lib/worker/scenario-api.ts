/**
 * Scenario and chaos runs in the simulation worker, spread into the SimApi (like the diagnostic tester).
 * Each scenario runs on a fresh vehicle built from the images already loaded (as `golden()` does), as fast
 * as the thread allows: the tab's own vehicle is untouched and keeps its turns, because the runner yields
 * every 100 ms of virtual time (which is also when progress is told and a Cancel takes effect).
 * docs/faults.md, "The /scenarios page".
 */
import type { Dbc } from '../can/dbc/types';
import { chaosPlan, runChaos, type ChaosResult } from '../sim/scenario/chaos';
import { loadScenario, type Scenario } from '../sim/scenario/load';
import { runScenario, ScenarioCancelled, type AssertionResult, type ScenarioResult, type StepResult } from '../sim/scenario/runner';
import { Simulation } from '../sim/simulation';

export type ScenarioEvent =
	| { type: 'start'; index: number; name: string; duration_ms: number }
	| { type: 'progress'; index: number; t_ms: number; duration_ms: number }
	| { type: 'step'; index: number; step: StepResult }
	| { type: 'assertion'; index: number; result: AssertionResult }
	| { type: 'done'; index: number; result: ScenarioResult; chaos?: Omit<ChaosResult, 'result' | 'fault'> & { label: string; goal?: string; ftti_ms?: number } };
export type ScenarioListener = (e: ScenarioEvent) => void;

export interface ScenarioRunOutcome {
	results: ScenarioResult[];
	/** Stopped by scenarioCancel before every scenario ended. */
	cancelled: boolean;
}

/** One turn of the event loop without a timer (nested timers are clamped to 4 ms in browsers). */
const yieldTurn = (): Promise<void> =>
	new Promise((resolve) => {
		const c = new MessageChannel();
		c.port1.onmessage = () => {
			c.port1.close();
			resolve();
		};
		c.port2.postMessage(0);
	});

export function createScenarioApi(getImages: () => Map<string, WebAssembly.Module>) {
	let run: { aborted: boolean } | null = null;

	const images = (): Map<string, WebAssembly.Module> => {
		const m = getImages();
		if (m.size === 0) throw new Error('simulation not initialised: call init() first');
		return m;
	};

	const begin = (): { aborted: boolean } => {
		if (run) throw new Error('a scenario run is already in progress: cancel it first');
		return (run = { aborted: false });
	};

	/** Runs `body` as the current run: a cancel ends it with what finished; either way the next run may start. */
	const outcome = async (results: ScenarioResult[], body: () => Promise<void>): Promise<ScenarioRunOutcome> => {
		try {
			await body();
			return { results, cancelled: false };
		} catch (e) {
			if (e instanceof ScenarioCancelled) return { results, cancelled: true };
			throw e;
		} finally {
			run = null;
		}
	};

	// `at` says which run the events belong to when they happen (chaos moves on to the next fault itself)
	const hooks = (at: () => number, signal: { aborted: boolean }, listener?: ScenarioListener) => ({
		signal,
		onStep: (step: StepResult) => listener?.({ type: 'step', index: at(), step }),
		onAssertion: (result: AssertionResult) => listener?.({ type: 'assertion', index: at(), result }),
		onProgress: async (t_ms: number, duration_ms: number) => {
			listener?.({ type: 'progress', index: at(), t_ms, duration_ms });
			await yieldTurn();
		}
	});

	return {
		/**
		 * Runs the scenarios one after another, each on a fresh vehicle (its seed and profile, new parts). Each
		 * is checked again against `dbc` and the ECUs present, so a file the page let through cannot run
		 * half-checked; a bad one rejects before anything runs. Events stream to `listener`.
		 */
		async scenarioRun(scenarios: Scenario[], dbc: Dbc, listener?: ScenarioListener): Promise<ScenarioRunOutcome> {
			const imgs = images();
			const ecus = [...imgs.keys()];
			const checked = scenarios.map((sc) => {
				const { file, ...json } = sc;
				return loadScenario(JSON.stringify(json), String(file ?? 'scenario.json'), dbc, ecus);
			});
			const signal = begin();
			const results: ScenarioResult[] = [];
			return outcome(results, async () => {
				for (let i = 0; i < checked.length; i++) {
					const sc = checked[i];
					listener?.({ type: 'start', index: i, name: sc.name, duration_ms: sc.duration_ms });
					const sim = await Simulation.create({ seed: sc.seed ?? 1, profile: sc.profile ?? null }, imgs);
					const result = await runScenario(sc, sim, dbc, hooks(() => i, signal, listener));
					results.push(result);
					listener?.({ type: 'done', index: i, result });
				}
			});
		},
		/** Chaos mode (chaos.ts): `faults` catalog faults drawn with `seed`, each on a fresh vehicle. */
		async chaosRun(seed: number, faults: number, dbc: Dbc, listener?: ScenarioListener): Promise<ScenarioRunOutcome> {
			const imgs = images();
			const plan = chaosPlan(seed, faults);
			const signal = begin();
			const results: ScenarioResult[] = [];
			// runChaos hands the same hooks to every fault's run: the index they report follows onStart
			let index = 0;
			const h = hooks(() => index, signal, listener);
			return outcome(results, async () => {
				await runChaos(plan, (s, profile) => Simulation.create({ seed: s, profile }, imgs), dbc, {
					...h,
					onStart: (f, i) => {
						index = i;
						listener?.({ type: 'start', index: i, name: f.scenario.name, duration_ms: f.scenario.duration_ms });
					},
					onResult: (r, i) => {
						results.push(r.result);
						listener?.({ type: 'done', index: i, result: r.result, chaos: { verdict: r.verdict, fdti_ms: r.fdti_ms, frti_ms: r.frti_ms, injected_ms: r.injected_ms, label: r.fault.label, goal: r.fault.goal, ftti_ms: r.fault.ftti_ms } });
					}
				});
			});
		},
		/** Stops the run in progress at its next turn (within 100 ms of virtual time); false when none runs. */
		scenarioCancel(): boolean {
			if (!run) return false;
			run.aborted = true;
			return true;
		}
	};
}
