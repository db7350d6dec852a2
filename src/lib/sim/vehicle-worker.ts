/** Worker entry of runVehicles (vehicles-node.ts): runs the one vehicle in `workerData` and reports it. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadEcuImages } from './load-node';
import { runVehicle, type VehicleJob } from './vehicles-node';

if (!parentPort) throw new Error('vehicle-worker.ts must run in a worker_threads Worker');
const port = parentPort;
try {
	port.postMessage({ ok: true, result: await runVehicle(await loadEcuImages(), workerData as VehicleJob) });
} catch (e) {
	port.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) });
}
