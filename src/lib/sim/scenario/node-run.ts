/**
 * Node-only: loads scenario files and runs them, in this thread or spread over worker_threads (one
 * Simulation per scenario; each worker compiles the ECU images once). Used by `npm run scenario`, the
 * docs generator and the tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseDbc } from '../../can/dbc/parse';
import type { Dbc } from '../../can/dbc/types';
import { loadEcuImages } from '../load-node';
import { Simulation } from '../simulation';
import { loadScenario, type Scenario } from './load';
import { runScenario, type ScenarioResult } from './runner';
import { runChaos, type ChaosFault, type ChaosResult } from './chaos';

export const DBC_PATH = resolve(import.meta.dirname, '../../../../static/vehicle.dbc');

let dbcCache: Dbc | null = null;
export function vehicleDbc(): Dbc {
	return (dbcCache ??= parseDbc(readFileSync(DBC_PATH, 'utf8'), DBC_PATH));
}

let imagesCache: Promise<Map<string, WebAssembly.Module>> | null = null;

/** Reads and checks a file (throws ScenarioError with every problem, or the read error). */
export function loadScenarioFile(file: string, ecus?: readonly string[]): Scenario {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		throw new Error(`${file}: cannot read: ${(e as Error).message}`);
	}
	return loadScenario(text, file, vehicleDbc(), ecus);
}

/** Runs one loaded scenario on a fresh vehicle of all the ECU images built. */
export async function runLoaded(sc: Scenario): Promise<ScenarioResult> {
	const images = await (imagesCache ??= loadEcuImages());
	const sim = await Simulation.create({ seed: sc.seed ?? 1, profile: sc.profile ?? null }, images);
	return runScenario(sc, sim, vehicleDbc());
}

/**
 * Runs the scenarios on up to `jobs` worker_threads (1: in this thread), results in the input order.
 * `onResult` hears each as it finishes.
 */
export async function runPool(scenarios: Scenario[], jobs: number, onResult?: (r: ScenarioResult) => void): Promise<ScenarioResult[]> {
	const out: ScenarioResult[] = new Array(scenarios.length);
	if (jobs <= 1 || scenarios.length <= 1) {
		for (let i = 0; i < scenarios.length; i++) {
			out[i] = await runLoaded(scenarios[i]);
			onResult?.(out[i]);
		}
		return out;
	}
	const entry = new URL('./pool-worker.ts', import.meta.url).href;
	const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
	let next = 0;
	const one = (): Promise<void> =>
		new Promise((res, rej) => {
			const w = new Worker(boot, { eval: true });
			const feed = (): void => {
				if (next >= scenarios.length) {
					void w.terminate().then(() => res());
					return;
				}
				const i = next++;
				w.once('message', (m: { ok: boolean; result?: ScenarioResult; error?: string }) => {
					if (!m.ok) {
						void w.terminate();
						rej(new Error(`${scenarios[i].file}: ${m.error}`));
						return;
					}
					out[i] = m.result!;
					onResult?.(out[i]);
					feed();
				});
				w.postMessage(scenarios[i]);
			};
			w.once('error', rej);
			feed();
		});
	await Promise.all(Array.from({ length: Math.min(jobs, scenarios.length) }, one));
	return out;
}

/** Runs a chaos plan in this thread, each fault on a fresh vehicle of all the ECU images built. */
export async function runChaosNode(plan: ChaosFault[], onResult?: (r: ChaosResult) => void): Promise<ChaosResult[]> {
	const images = await (imagesCache ??= loadEcuImages());
	return runChaos(plan, (seed, profile) => Simulation.create({ seed, profile }, images), vehicleDbc(), { onResult });
}
