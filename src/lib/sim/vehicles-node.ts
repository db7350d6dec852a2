/**
 * Node-only: many independent vehicles at once, one `worker_threads` worker each (at most `threads` at a
 * time), for throughput across cores: `npm run sim -- --vehicles N`, the scenario runner and the fleet
 * simulator. Each vehicle is a whole `Simulation` (its own ECU instances, bus and plant) on its own virtual
 * time, so the vehicles share nothing and each gives the frames it would give alone.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { formatCandumpLine } from '../can/candump';
import { Simulation } from './simulation';

/** One vehicle's run. */
export interface VehicleJob {
	seed: number;
	/** Drive profile the autopilot follows. */
	profile: string;
	/** Simulated seconds. */
	duration_s: number;
	/** candump -L log to write (absent: none). */
	out?: string | null;
	/** Interface name in the log (default vcan0). */
	iface?: string;
	/** Log timestamp of virtual time 0, whole seconds (default 1700000000). */
	epoch_s?: number;
}

export interface VehicleResult {
	seed: number;
	profile: string;
	frames: number;
	sim_s: number;
	/** Wall time of the run inside its worker (start-up and image compilation excluded). */
	wall_s: number;
	/** sim_s / wall_s. */
	rtf: number;
	/** `ecu: message at t s` for each ECU that trapped. */
	traps: string[];
	out: string | null;
}

export interface FleetResult {
	vehicles: VehicleResult[];
	/** Wall time from the first worker's start to the last one's end, start-up included. */
	wall_s: number;
	/** Σ simulated seconds / wall_s: vehicles × real-time factor of the whole machine. */
	rtf_total: number;
	threads: number;
}

export interface RunVehiclesOptions {
	/** Workers at a time (default: one per core, at most one per vehicle). */
	threads?: number;
	/** Told as each vehicle finishes. */
	onDone?(index: number, r: VehicleResult): void;
}

async function writeChunk(out: WriteStream, s: string): Promise<void> {
	if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
}

/** Runs one vehicle in this thread (what each worker does). */
export async function runVehicle(images: Map<string, WebAssembly.Module>, job: VehicleJob): Promise<VehicleResult> {
	const sim = await Simulation.create({ seed: job.seed, profile: job.profile }, images);
	const out = job.out ? createWriteStream(job.out) : null;
	const iface = job.iface ?? 'vcan0';
	const epoch_us = (job.epoch_s ?? 1_700_000_000) * 1_000_000;
	let frames = 0;
	let buf: string[] = [];
	sim.on('frame', (t, id, flags, dlc, data, offset) => {
		frames++;
		if (out) buf.push(formatCandumpLine(epoch_us + t, iface, id, flags, dlc, data, offset));
	});
	const total_ms = Math.round(job.duration_s * 1000);
	let wall = 0;
	for (let done = 0; done < total_ms; ) {
		const n = Math.min(1000, total_ms - done);
		const t0 = performance.now();
		sim.step(n);
		wall += performance.now() - t0;
		done += n;
		if (out && buf.length > 0) {
			await writeChunk(out, buf.join('\n') + '\n');
			buf = [];
		}
	}
	if (out) await new Promise<void>((r) => out.end(() => r()));
	const wall_s = wall / 1000;
	const traps = sim.snapshot().ecus.flatMap((e) => (e.trap ? [`${e.name}: ${e.trap.message} at ${(e.trap.t_us / 1e6).toFixed(3)} s`] : []));
	return { seed: job.seed, profile: job.profile, frames, sim_s: job.duration_s, wall_s, rtf: wall_s > 0 ? job.duration_s / wall_s : Infinity, traps, out: job.out ?? null };
}

function startWorker(job: VehicleJob): Promise<VehicleResult> {
	const entry = new URL(`./vehicle-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;
	// from TypeScript sources (tsx, vitest) the worker registers tsx's loader first, as node-spawn.ts does
	const boot = entry.endsWith('.ts')
		? `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`
		: `import(${JSON.stringify(entry)})`;
	return new Promise((resolve, reject) => {
		const w = new Worker(boot, { eval: true, workerData: job });
		let result: VehicleResult | null = null;
		w.once('message', (m: { ok: true; result: VehicleResult } | { ok: false; error: string }) => {
			if (m.ok) result = m.result;
			else reject(new Error(`vehicle seed ${job.seed}: ${m.error}`));
		});
		w.once('error', (e) => reject(new Error(`vehicle seed ${job.seed}: ${e.message}`)));
		w.once('exit', (code) => {
			if (result) resolve(result);
			else reject(new Error(`vehicle seed ${job.seed}: worker exited with code ${code} before reporting`));
		});
	});
}

/** Runs `jobs` on worker threads, at most `threads` at a time; results in the order of `jobs`. */
export async function runVehicles(jobs: VehicleJob[], opts: RunVehiclesOptions = {}): Promise<FleetResult> {
	const threads = Math.max(1, Math.min(jobs.length, opts.threads ?? availableParallelism()));
	if (!Number.isInteger(threads)) throw new RangeError(`runVehicles: threads ${opts.threads} is not a whole number`);
	const results: VehicleResult[] = new Array(jobs.length);
	let next = 0;
	const t0 = performance.now();
	const lane = async (): Promise<void> => {
		while (next < jobs.length) {
			const i = next++;
			results[i] = await startWorker(jobs[i]);
			opts.onDone?.(i, results[i]);
		}
	};
	await Promise.all(Array.from({ length: threads }, lane));
	const wall_s = (performance.now() - t0) / 1000;
	const sim = results.reduce((s, r) => s + r.sim_s, 0);
	return { vehicles: results, wall_s, rtf_total: sim / wall_s, threads };
}
