/**
 * Node-only: starts the simulation API in a `worker_threads` worker and wraps it with comlink. From
 * TypeScript sources (tests, `tsx`), the worker registers tsx's loader before importing the API module.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import type { SimApi } from './api';

export interface SimWorker {
	api: Comlink.Remote<SimApi>;
	worker: Worker;
	terminate(): Promise<number>;
}

export function spawnSimWorker(): SimWorker {
	const entry = new URL('./node-worker.ts', import.meta.url).href;
	const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
	const worker = new Worker(boot, { eval: true });
	const api = Comlink.wrap<SimApi>(nodeEndpoint(worker));
	return { api, worker, terminate: () => worker.terminate() };
}
