/** A worker_thread of the scenario pool (node-run.ts): runs the scenarios it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import type { Scenario } from './load';
import { runLoaded } from './node-run';

parentPort!.on('message', (sc: Scenario) => {
	runLoaded(sc).then(
		(result) => parentPort!.postMessage({ ok: true, result }),
		(e: Error) => parentPort!.postMessage({ ok: false, error: e.message })
	);
});
