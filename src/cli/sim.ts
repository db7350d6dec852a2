/**
 * Headless runner: drives the vehicle on virtual time and writes a candump -L log.
 *   npm run sim -- --duration 600 --seed 7 --drive city --out run.log
 */
import { FaultInjector } from '../lib/sim/faults/injector';
import { parseFaultArg, type FaultSpec } from '../lib/sim/faults/catalog';
import { createWriteStream, type WriteStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { formatCandumpLine } from '../lib/can/candump';
import { loadEcuImages } from '../lib/sim/load-node';
import { PROFILES } from '../lib/sim/profiles';
import { Simulation } from '../lib/sim/simulation';
import { runVehicles } from '../lib/sim/vehicles-node';

const USAGE = `usage: npm run sim -- [--duration S] [--seed N] [--drive PROFILE] [--out FILE] [--iface NAME] [--epoch S] [--vehicles N] [--fault SPEC@T]... [--quiet]
  --duration S    simulated seconds (default 60)
  --seed N        seed of the run (default 1); same seed + same profile => byte-identical log
  --drive PROFILE ${Object.keys(PROFILES).join(' | ')} (default city)
  --out FILE      candump -L log to write (default: none)
  --iface NAME    interface name written in the log (default vcan0)
  --epoch S       log timestamp of virtual time 0, whole seconds (default 1700000000)
  --vehicles N    N independent vehicles on worker threads (one per core at a time), seeds N, N+1, …;
                  with --out, vehicle k writes FILE with .k before its extension; prints vehicles × real time
  --quiet         no progress on stderr
  --fault KIND:TARGET[:PARAM]@T  inject a catalog fault at T seconds (repeatable; docs/faults.md)`;

export interface SimArgs {
	duration: number;
	seed: number;
	drive: string;
	out: string | null;
	iface: string;
	epoch: number;
	quiet: boolean;
	/** null: one vehicle in this thread; N: N vehicles on worker threads. */
	vehicles: number | null;
	/** Faults to inject (`--fault`), in the order given. */
	faults: { spec: FaultSpec; at_s: number }[];
}

/** Parses argv; throws an Error whose message names the bad flag or value. */
export function parseSimArgs(argv: string[]): SimArgs {
	const a: SimArgs = { duration: 60, seed: 1, drive: 'city', out: null, iface: 'vcan0', epoch: 1_700_000_000, quiet: false, vehicles: null, faults: [] };
	const num = (flag: string, v: string | undefined, int: boolean): number => {
		const n = Number(v);
		if (v === undefined || v === '' || !Number.isFinite(n) || n < 0 || (int && !Number.isInteger(n))) {
			throw new Error(`${flag} needs a ${int ? 'non-negative integer' : 'non-negative number'} (got '${v ?? ''}')`);
		}
		return n;
	};
	for (let i = 0; i < argv.length; i++) {
		const f = argv[i];
		const v = argv[i + 1];
		switch (f) {
			case '--duration':
				a.duration = num(f, v, false);
				i++;
				break;
			case '--seed':
				a.seed = num(f, v, true);
				if (a.seed > 0xffffffff) throw new Error(`--seed must fit in 32 bits (got ${v})`);
				i++;
				break;
			case '--drive':
				if (!v) throw new Error('--drive needs a profile name');
				if (!(v in PROFILES)) throw new Error(`unknown drive profile '${v}'; known: ${Object.keys(PROFILES).join(', ')}`);
				a.drive = v;
				i++;
				break;
			case '--out':
				if (!v) throw new Error('--out needs a file name');
				a.out = v;
				i++;
				break;
			case '--iface':
				if (!v || !/^[\w.-]{1,15}$/.test(v)) throw new Error(`--iface needs an interface name (got '${v ?? ''}')`);
				a.iface = v;
				i++;
				break;
			case '--epoch':
				a.epoch = num(f, v, true);
				i++;
				break;
			case '--vehicles':
				a.vehicles = num(f, v, true);
				if (a.vehicles < 1 || a.vehicles > 1000) throw new Error(`--vehicles needs 1..1000 (got ${v})`);
				i++;
				break;
			case '--quiet':
				a.quiet = true;
				break;
			case '--fault':
				if (!v) throw new Error('--fault needs KIND:TARGET[:PARAM]@T');
				a.faults.push(parseFaultArg(v));
				i++;
				break;
			case '-h':
			case '--help':
				throw new HelpRequested();
			default:
				throw new Error(`unknown option '${f}'`);
		}
	}
	return a;
}

class HelpRequested extends Error {}

async function writeChunk(out: WriteStream, s: string): Promise<void> {
	if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
}

async function main(argv: string[]): Promise<number> {
	let args: SimArgs;
	try {
		args = parseSimArgs(argv);
	} catch (e) {
		if (e instanceof HelpRequested) {
			console.log(USAGE);
			return 0;
		}
		console.error(`sim: ${(e as Error).message}\n${USAGE}`);
		return 2;
	}
	if (args.vehicles !== null && args.faults.length > 0) {
		console.error(`sim: --fault goes with one vehicle, not with --vehicles\n${USAGE}`);
		return 2;
	}
	if (args.vehicles !== null) return fleet(args, args.vehicles);
	const images = await loadEcuImages();
	const sim = await Simulation.create({ seed: args.seed, profile: args.drive }, images);
	sim.on('log', (ecu, level, text) => {
		if (level >= 2) console.error(`[${ecu}] ${text}`);
	});
	const out = args.out ? createWriteStream(args.out) : null;
	let frames = 0;
	let buf: string[] = [];
	const epoch_us = args.epoch * 1_000_000;
	sim.on('frame', (t, id, flags, dlc, data, offset) => {
		frames++;
		if (out) buf.push(formatCandumpLine(epoch_us + t, args.iface, id, flags, dlc, data, offset));
	});
	const total_ms = Math.round(args.duration * 1000);
	const injector = args.faults.length ? new FaultInjector(sim) : null;
	const pending = [...args.faults].sort((x, y) => x.at_s - y.at_s);
	injector?.onEvent((e) => console.error(`fault ${e.action} ${e.label} at ${(e.t_us / 1e6).toFixed(3)} s`));
	const wall0 = performance.now();
	let lastReport = wall0;
	for (let done = 0; done < total_ms; ) {
		while (pending.length && Math.round(pending[0].at_s * 1000) <= done) {
			const f = pending.shift()!;
			try {
				await injector!.inject(f.spec);
			} catch (e) {
				console.error(`sim: --fault ${f.spec.kind}: ${(e as Error).message}`);
				return 2;
			}
		}
		const nextFault = pending.length ? Math.round(pending[0].at_s * 1000) - done : Infinity;
		const n = Math.min(1000, total_ms - done, nextFault);
		sim.step(n);
		done += n;
		if (out && buf.length > 0) {
			await writeChunk(out, buf.join('\n') + '\n');
			buf = [];
		}
		const now = performance.now();
		if (!args.quiet && now - lastReport > 1000) {
			lastReport = now;
			process.stderr.write(`\r${(done / 1000).toFixed(0)} / ${args.duration} s simulated, ${frames} frames`);
		}
	}
	const wall_s = (performance.now() - wall0) / 1000;
	if (out) await new Promise<void>((r) => out.end(() => r()));
	if (!args.quiet) process.stderr.write('\r');
	const snap = sim.snapshot();
	const traps = snap.ecus.filter((e) => e.trap);
	console.log(
		[
			`ecus:            ${snap.ecus.map((e) => e.name).join(' ')} (${snap.ecus.length} of 7 built)`,
			`drive:           ${args.drive}, seed ${args.seed}`,
			`frames:          ${frames}`,
			`simulated time:  ${args.duration.toFixed(3)} s`,
			`wall time:       ${wall_s.toFixed(3)} s`,
			`real-time factor: ${(args.duration / wall_s).toFixed(1)}x`,
			`final speed:     ${snap.plant.speed_kph.toFixed(1)} km/h`,
			`speed tracking:  ${snap.plant.tracking_rms_kph.toFixed(2)} km/h RMS error vs the ${args.drive} profile`,
			...(args.out ? [`log:             ${args.out}`] : []),
			...traps.map((e) => `TRAP ${e.name}: ${e.trap!.message} at ${(e.trap!.t_us / 1e6).toFixed(3)} s`)
		].join('\n')
	);
	return traps.length ? 1 : 0;
}

/** Log file of vehicle `k`: `run.log` → `run.3.log`. */
export function vehicleOut(out: string, k: number): string {
	const m = /^(.*?)(\.[^./\\]*)?$/.exec(out)!;
	return `${m[1]}.${k}${m[2] ?? ''}`;
}

async function fleet(args: SimArgs, n: number): Promise<number> {
	const jobs = Array.from({ length: n }, (_, k) => ({
		seed: (args.seed + k) >>> 0,
		profile: args.drive,
		duration_s: args.duration,
		out: args.out ? vehicleOut(args.out, k) : null,
		iface: args.iface,
		epoch_s: args.epoch
	}));
	let finished = 0;
	const r = await runVehicles(jobs, {
		onDone: () => {
			finished++;
			if (!args.quiet) process.stderr.write(`\r${finished} / ${n} vehicles done`);
		}
	});
	if (!args.quiet) process.stderr.write('\r');
	const traps = r.vehicles.flatMap((v) => v.traps.map((t) => `TRAP seed ${v.seed} ${t}`));
	console.log(
		[
			`vehicles:        ${n} on ${r.threads} worker threads, ${args.drive}, seeds ${jobs[0].seed}..${jobs[n - 1].seed}`,
			`frames:          ${r.vehicles.reduce((s, v) => s + v.frames, 0)}`,
			`simulated time:  ${args.duration.toFixed(3)} s per vehicle`,
			`wall time:       ${r.wall_s.toFixed(3)} s (worker start-up included)`,
			`per vehicle:     ${r.vehicles.map((v) => `${v.rtf.toFixed(1)}x`).join(' ')} real time`,
			`vehicles x real time: ${r.rtf_total.toFixed(1)}x`,
			...(args.out ? [`logs:            ${jobs.map((j) => j.out).join(' ')}`] : []),
			...traps
		].join('\n')
	);
	return traps.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
	main(process.argv.slice(2)).then(
		(code) => process.exit(code),
		(e) => {
			console.error(`sim: ${(e as Error).message}`);
			process.exit(1);
		}
	);
}
