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
	return { label, sim, wall: 0 };
}

const opts = parse(process.argv.slice(2));
const vs = [await load(opts.roots[0], 'A'), await load(opts.roots[1], 'B')];
for (const v of vs) v.sim.step(opts.warmup * 1000);
for (let r = 0; r < opts.rounds; r++) {
	for (let k = 0; k < vs.length; k++) {
		const v = vs[(r + k) % vs.length]; // rotating order: neither always runs first
		const t0 = performance.now();
		v.sim.step(opts.slice * 1000);
		v.wall += performance.now() - t0;
	}
}
const simS = opts.rounds * opts.slice;
for (const v of vs) console.log(`${v.label} ${opts.roots[vs.indexOf(v)]}: ${(simS / (v.wall / 1000)).toFixed(1)}x real time (${simS} s of city in ${(v.wall / 1000).toFixed(2)} s)`);
console.log(`B/A speed ratio: ${(vs[0].wall / vs[1].wall).toFixed(3)} (same process, ${opts.rounds} rounds of ${opts.slice} s, rotating order, ${opts.warmup} s warm-up each)`);
