/**
 * Node-only: runs IDS drives on a pool of worker_threads (one simulation each), so learning and the
 * evaluation use every core. Jobs and results are plain data.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AttackSpec } from '../sim/bench/attacks/index';
import type { IdsModel } from './model';

export type Job =
	| { type: 'learn'; profile: string; seed: number; seconds: number }
	| { type: 'clean'; model: IdsModel; profile: string; seed: number; seconds: number }
	| { type: 'attack'; model: IdsModel; spec: AttackSpec; profile: string; seed: number; warm_s: number; attack_s: number };

/** Runs every job, `workers` at a time (default: the cores), calling `done` as each finishes; results in job order. */
export async function runPool<R>(jobs: Job[], done: (r: R, i: number, finished: number) => void, workers = availableParallelism()): Promise<R[]> {
	const entry = new URL('./pool-worker.ts', import.meta.url).href;
	const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
	const out = new Array<R>(jobs.length);
	let next = 0;
	let finished = 0;
	const n = Math.max(1, Math.min(workers, jobs.length));
	await Promise.all(
		Array.from({ length: n }, () => {
			const w = new Worker(boot, { eval: true });
			return new Promise<void>((res, rej) => {
				const feed = (): void => {
					if (next >= jobs.length) {
						void w.terminate().then(() => res());
						return;
					}
					const i = next++;
					w.postMessage({ ...jobs[i], n: i });
				};
				w.on('message', (m: { n: number; ok: boolean; r?: R; error?: string }) => {
					if (!m.ok) {
						void w.terminate();
						rej(new Error(`IDS job ${m.n} (${jobs[m.n].type} ${jobs[m.n].profile}/${jobs[m.n].seed}) failed: ${m.error}`));
						return;
					}
					out[m.n] = m.r!;
					done(m.r!, m.n, ++finished);
					feed();
				});
				w.on('error', rej);
				feed();
			});
		})
	);
	return out;
}
