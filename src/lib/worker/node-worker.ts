/**
 * The simulation API in a Node `worker_threads` worker, as the live-mode server and the CLI tools use it:
 * the same `createSimApi` as the browser worker, with images read from static/wasm/.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { loadEcuImages } from '../sim/load-node';
import { createSimApi } from './api';

let images: Promise<Map<string, WebAssembly.Module>> | null = null;

const api = createSimApi(async (name) => {
	images ??= loadEcuImages();
	return (await images).get(name) ?? null;
});

if (!parentPort) throw new Error('node-worker.ts must run in a worker_threads Worker');
Comlink.expose(api, nodeEndpoint(parentPort));
