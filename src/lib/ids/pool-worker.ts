/**
 * One worker_thread of the IDS pool (pool.ts): loads the ECU images and the DBC once, then runs the drives
 * it is sent (learn, clean, attack) and posts each result back.
 */
import { parentPort } from 'node:worker_threads';
import { resolve } from 'node:path';
import { loadDbcFile } from '../can/dbc/load-node';
import { loadEcuImages } from '../sim/load-node';
import { attackDrive, cleanDrive, learnDrive } from './drive';
import type { Job } from './pool';

if (!parentPort) throw new Error('pool-worker.ts must run in a worker_threads Worker');
const port = parentPort;
const images = loadEcuImages();
const dbc = loadDbcFile(resolve(import.meta.dirname, '../../../static/vehicle.dbc'));

port.on('message', async (job: Job & { n: number }) => {
	try {
		const im = await images;
		const r =
			job.type === 'learn'
				? await learnDrive(im, dbc, job.profile, job.seed, job.seconds)
				: job.type === 'clean'
					? await cleanDrive(im, dbc, job.model, job.profile, job.seed, job.seconds)
					: await attackDrive(im, dbc, job.model, job.spec, job.profile, job.seed, job.warm_s, job.attack_s);
		port.postMessage({ n: job.n, ok: true, r });
	} catch (e) {
		port.postMessage({ n: job.n, ok: false, error: (e as Error).stack ?? String(e) });
	}
});
