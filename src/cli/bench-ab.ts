/**
 * `npm run bench:ab -- A B`: which of two trees runs the whole vehicle faster, measured in one process so
 * that the shared machine's load slows both alike (docs/performance.md, "Measuring"). A and B are project
 * roots (a copy of the tree before a change, and this one): each gives its own `src/lib/sim` and its own
 * `static/wasm` images. Both vehicles (seed 7, city) are warmed up, then stepped in slices in rotating
 * order; the result is the ratio of their wall times (> 1: B is faster).
 *
 *   npm run bench:ab -- /tmp/base . [--rounds 16] [--slice-s 5] [--warmup-s 5]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

interface Variant {
	label: string;
	sim: { step(ms: number): void; on(ev: 'frame', fn: () => void): () => void };
	wall: number;
	cpu: number;
}

function parse(argv: string[]): { roots: string[]; rounds: number; slice: number; warmup: number } {
	const roots: string[] = [];
	const num = { rounds: 16, slice: 5, warmup: 5 };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const key = a === '--rounds' ? 'rounds' : a === '--slice-s' ? 'slice' : a === '--warmup-s' ? 'warmup' : null;
		if (key) {
			const v = Number(argv[++i]);
			if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a positive integer, got '${argv[i] ?? ''}'`);
			num[key] = v;
		} else if (a.startsWith('--')) throw new Error(`unknown option '${a}' (usage: bench:ab -- A B [--rounds N] [--slice-s S] [--warmup-s S])`);
		else roots.push(resolve(a));
	}
	if (roots.length !== 2) throw new Error(`bench:ab needs two project roots, got ${roots.length} (usage: bench:ab -- A B)`);
	for (const r of roots) {
		for (const f of ['src/lib/sim/simulation.ts', 'static/wasm/cvc.wasm']) {
			if (!existsSync(join(r, f))) throw new Error(`${r}: no ${f} (a project root with built images?)`);
		}
	}
	return { roots, ...num };
}

async function load(root: string, label: string): Promise<Variant> {
	const { Simulation } = await import(pathToFileURL(join(root, 'src/lib/sim/simulation.ts')).href);
	const { loadEcuImages } = await import(pathToFileURL(join(root, 'src/lib/sim/load-node.ts')).href);
	const sim = await Simulation.create({ seed: 7, profile: 'city' }, await loadEcuImages(join(root, 'static/wasm')));
	sim.on('frame', () => {}); // a frame tap, as in npm run bench and npm run sim
	return { label, sim, wall: 0, cpu: 0 };
}

const opts = parse(process.argv.slice(2));
const vs = [await load(opts.roots[0], 'A'), await load(opts.roots[1], 'B')];
for (const v of vs) v.sim.step(opts.warmup * 1000);
// Per round, A's slice time over B's: a burst of load from another process spoils one round, not the
// median. CPU time (this process's, all threads) is counted beside wall time: time spent waiting for a core
// on the shared machine is in the wall time only.
const perRound: number[] = [];
const perRoundCpu: number[] = [];
for (let r = 0; r < opts.rounds; r++) {
	const w = [0, 0];
	const c = [0, 0];
	for (let k = 0; k < vs.length; k++) {
		const i = (r + k) % vs.length; // rotating order: neither always runs first
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		vs[i].sim.step(opts.slice * 1000);
		w[i] = performance.now() - t0;
		const cu = process.cpuUsage(c0);
		c[i] = (cu.user + cu.system) / 1000;
		vs[i].wall += w[i];
		vs[i].cpu += c[i];
	}
	perRound.push(w[0] / w[1]);
	perRoundCpu.push(c[0] / c[1]);
}
const q = (xs: number[], f: number): string => xs.slice().sort((a, b) => a - b)[Math.floor(f * (xs.length - 1))].toFixed(3);
const simS = opts.rounds * opts.slice;
for (const v of vs) {
	const root = opts.roots[vs.indexOf(v)];
	console.log(`${v.label} ${root}: ${(simS / (v.wall / 1000)).toFixed(1)}x real time (${simS} s of city in ${(v.wall / 1000).toFixed(2)} s wall, ${(v.cpu / 1000).toFixed(2)} s CPU)`);
}
console.log(`B/A speed ratio, wall: ${(vs[0].wall / vs[1].wall).toFixed(3)} of the totals, median of the rounds ${q(perRound, 0.5)} (quartiles ${q(perRound, 0.25)}–${q(perRound, 0.75)})`);
console.log(`B/A speed ratio, CPU:  ${(vs[0].cpu / vs[1].cpu).toFixed(3)} of the totals, median of the rounds ${q(perRoundCpu, 0.5)} (quartiles ${q(perRoundCpu, 0.25)}–${q(perRoundCpu, 0.75)})`);
console.log(`(same process, ${opts.rounds} rounds of ${opts.slice} s, rotating order, ${opts.warmup} s warm-up each)`);
