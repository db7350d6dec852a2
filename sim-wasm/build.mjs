#!/usr/bin/env node
/**
 * Builds one static/wasm/<ecu>.wasm per folder in sim-wasm/ecu/ from that folder's C files plus the shared
 * basic software (sim-wasm/bsw/) and the DBC-generated code (sim-wasm/gen/), with clang from @yowasp/clang.
 *
 *   node sim-wasm/build.mjs [--ecu <name>]... [--force] [--jobs <n>]
 *
 * Incremental at the object level: every translation unit is compiled once to sim-wasm/build/obj/
 * (gitignored), named by a hash of its source, the project headers it includes, the flags and the clang
 * version. bsw/ and gen/ files that reach no ECU header are compiled once and linked into every image;
 * an ECU's own files (and any shared file that does include an ECU header) are compiled per ECU with
 * -Isim-wasm/ecu/<name>. Stale objects are compiled several per clang run, spread over worker threads;
 * then each image whose objects changed is linked (wasm-ld via clang) and checked against the ABI. Images
 * whose object set is unchanged are skipped (hashes in sim-wasm/build/cache.json).
 * Exit code 1 and the compiler's diagnostics on any error.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import {
	cFiles,
	ClangPool,
	clangVersion,
	ECU_CFLAGS,
	ECU_LDFLAGS,
	includeClosure,
	ROOT,
	SIM_WASM,
	sourceTree,
	treeFile
} from './tools/clang.mjs';

const OUT_DIR = join(ROOT, 'static', 'wasm');
const CACHE_DIR = join(SIM_WASM, 'build');
const OBJ_DIR = join(CACHE_DIR, 'obj');
const CACHE_FILE = join(CACHE_DIR, 'cache.json');
// _initialize: the image is a reactor, its exports unwrapped (ecu_abi.h); a command image costs two calls per export
const ABI_EXPORTS = ['abi_version', 'ecu_init', 'ecu_tick', 'ecu_can_rx', 'ecu_rx_buffer', 'memory', '_initialize'];
const SHARED_DIRS = ['sim-wasm/bsw', 'sim-wasm/gen'];

// Relative costs, only used to balance work across workers (measured: a warm clang run starts in ~0.15 s,
// a file costs ~0.2 s plus ~0.05 s per KiB at -O2, so the generated DBC code dominates a clean build).
const RUN_COST = 0.5;
const unitCost = (bytes) => 0.5 + bytes / 7000;

function parseArgs(argv) {
	const opts = { ecus: [], force: false, jobs: availableParallelism() };
	const usage = '(usage: node sim-wasm/build.mjs [--ecu <name>]... [--force] [--jobs <n>])';
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--ecu') {
			const name = argv[++i];
			if (!name) throw new Error('--ecu needs a name, e.g. --ecu bcm');
			opts.ecus.push(name);
		} else if (a.startsWith('--ecu=')) {
			opts.ecus.push(a.slice('--ecu='.length));
		} else if (a === '--force') {
			opts.force = true;
		} else if (a === '--jobs' || a.startsWith('--jobs=')) {
			const v = a === '--jobs' ? argv[++i] : a.slice('--jobs='.length);
			const n = Number(v);
			if (!Number.isInteger(n) || n < 1) throw new Error(`--jobs needs a positive integer, got '${v ?? ''}' ${usage}`);
			opts.jobs = n;
		} else {
			throw new Error(`unknown argument '${a}' ${usage}`);
		}
	}
	return opts;
}

function allEcus() {
	const dir = join(SIM_WASM, 'ecu');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => statSync(join(dir, n)).isDirectory())
		.filter((n) => cFiles(`sim-wasm/ecu/${n}`).length > 0)
		.sort();
}

function loadCache() {
	try {
		return JSON.parse(readFileSync(CACHE_FILE, 'utf8'));
	} catch {
		return {};
	}
}

/** The host only provides `env` imports and needs the ABI exports; catch a mismatch here, not at run time. */
async function checkAbi(name, bytes) {
	const mod = await WebAssembly.compile(bytes);
	const foreign = WebAssembly.Module.imports(mod).filter((i) => i.module !== 'env');
	if (foreign.length > 0) {
		const list = foreign.map((i) => `${i.module}.${i.name}`).join(', ');
		throw new Error(`${name}.wasm imports from outside module 'env': ${list} (libc function needing WASI?)`);
	}
	const exported = new Set(WebAssembly.Module.exports(mod).map((e) => e.name));
	const missing = ABI_EXPORTS.filter((e) => !exported.has(e));
	if (missing.length > 0) throw new Error(`${name}.wasm lacks ABI exports: ${missing.join(', ')}`);
}

function kib(n) {
	return `${(n / 1024).toFixed(1)} KiB`.padStart(10);
}

function sha256(parts) {
	const h = createHash('sha256');
	for (const p of parts) {
		h.update(p);
		h.update('\0');
	}
	return h.digest('hex');
}

/** Writes via a temporary name so a build running at the same time never reads half a file. */
function writeAtomic(path, bytes) {
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, bytes);
	renameSync(tmp, path);
}

/**
 * Does a shared (bsw/gen) file need an ECU's headers? Only if one of its includes is missing from the
 * shared folders but present in an ECU folder, or it computes an include the scan cannot follow.
 */
function needsEcuHeaders(tree, src, ecuDirs) {
	const { unresolved, computed } = includeClosure(tree, src, SHARED_DIRS);
	if (computed) return true;
	return unresolved.some((name) => ecuDirs.some((d) => treeFile(tree, `${d}/${name}`) !== undefined));
}

/**
 * One translation unit as compiled for `ecu` (null: shared). The key covers what can change the object:
 * clang version, flags, the source and every project header it can reach with those flags.
 */
function makeUnit(tree, src, ecu, compilerId) {
	const includeDirs = ecu === null ? SHARED_DIRS : [...SHARED_DIRS, `sim-wasm/ecu/${ecu}`];
	const flags = [...ECU_CFLAGS, ...includeDirs.slice(SHARED_DIRS.length).map((d) => `-I${d}`)];
	const { headers } = includeClosure(tree, src, includeDirs);
	const parts = [compilerId, JSON.stringify(flags)];
	for (const f of [src, ...headers]) parts.push(f, treeFile(tree, f) ?? '');
	const key = sha256(parts);
	const slug = (ecu === null ? '' : `${ecu}__`) + src.replace(/^sim-wasm\//, '').replace(/[/.]/g, '_');
	const obj = join(OBJ_DIR, `${slug}.${key.slice(0, 16)}.o`);
	return {
		src,
		ecu,
		flags,
		flagsKey: JSON.stringify(flags),
		key,
		slug,
		obj,
		outName: `${basename(src, '.c')}.o`,
		cost: unitCost((treeFile(tree, src) ?? '').length)
	};
}

/** Removes objects an earlier build made of the same unit from other inputs. */
function pruneOld(unit) {
	const keep = basename(unit.obj);
	for (const f of readdirSync(OBJ_DIR)) {
		if (f.startsWith(`${unit.slug}.`) && f.endsWith('.o') && f !== keep) rmSync(join(OBJ_DIR, f), { force: true });
	}
}

/**
 * Longest-first assignment of units to `n` workers, each paying clang's start-up once per flag set it
 * compiles; then each worker's units become clang runs (one flag set, no two outputs with one name).
 */
function schedule(units, n) {
	const bins = Array.from({ length: n }, () => ({ cost: 0, groups: new Map() }));
	const ordered = [...units].sort((a, b) => b.cost - a.cost || (a.obj < b.obj ? -1 : 1));
	for (const u of ordered) {
		let best = bins[0];
		let bestCost = Infinity;
		for (const b of bins) {
			const c = b.cost + u.cost + (b.groups.has(u.flagsKey) ? 0 : RUN_COST);
			if (c < bestCost) {
				best = b;
				bestCost = c;
			}
		}
		best.cost = bestCost;
		if (!best.groups.has(u.flagsKey)) best.groups.set(u.flagsKey, []);
		best.groups.get(u.flagsKey).push(u);
	}
	return bins
		.map((b) => {
			const runs = [];
			for (const group of b.groups.values()) {
				const split = [];
				for (const u of group.sort((x, y) => (x.src < y.src ? -1 : 1))) {
					let run = split.find((r) => !r.some((v) => v.outName === u.outName));
					if (run === undefined) {
						run = [];
						split.push(run);
					}
					run.push(u);
				}
				runs.push(...split);
			}
			return runs;
		})
		.filter((runs) => runs.length > 0);
}

/**
 * Compiles `units` (one flag set) with as few clang runs as possible. clang stops at the first file that
 * fails, so the files after it are retried in a new run: every broken file gets its own diagnostics.
 * Returns the failures as { unit, messages }.
 */
async function compileRun(pool, tree, units) {
	const failures = [];
	let rest = units;
	while (rest.length > 0) {
		const { ok, outputs, messages } = await pool.run([...rest[0].flags, '-c', ...rest.map((u) => u.src)], tree);
		for (const u of rest) {
			const bytes = outputs[u.outName];
			if (bytes instanceof Uint8Array) {
				writeAtomic(u.obj, bytes);
				pruneOld(u);
			}
		}
		const firstMissing = rest.findIndex((u) => !(outputs[u.outName] instanceof Uint8Array));
		if (ok && firstMissing < 0) {
			if (messages) console.log(messages);
			break;
		}
		const failed = firstMissing < 0 ? rest[rest.length - 1] : rest[firstMissing];
		failures.push({ unit: failed, messages: messages || `clang produced no object for ${failed.src}` });
		rest = firstMissing < 0 ? [] : rest.slice(firstMissing + 1);
	}
	return failures;
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const available = allEcus();
	const wanted = opts.ecus.length > 0 ? opts.ecus : available;
	for (const e of wanted) {
		if (!available.includes(e)) {
			throw new Error(`no ECU '${e}': expected C files in sim-wasm/ecu/${e}/ (have: ${available.join(', ') || 'none'})`);
		}
	}
	if (wanted.length === 0) {
		console.log('build: no ECU folders with C sources under sim-wasm/ecu/');
		return 0;
	}

	mkdirSync(OUT_DIR, { recursive: true });
	mkdirSync(OBJ_DIR, { recursive: true });
	const cache = loadCache();
	const saveCache = () => writeAtomic(CACHE_FILE, JSON.stringify(cache, null, '\t') + '\n');
	// One snapshot of the sources: what is hashed is exactly what clang compiles, even if a file is saved meanwhile.
	const tree = sourceTree();
	const compilerId = `@yowasp/clang ${clangVersion()}`;
	const ecuDirs = available.map((e) => `sim-wasm/ecu/${e}`);

	const sharedSources = SHARED_DIRS.flatMap((d) => cFiles(d));
	const perEcuShared = new Set(sharedSources.filter((s) => needsEcuHeaders(tree, s, ecuDirs)));
	const sharedUnits = new Map(
		sharedSources.filter((s) => !perEcuShared.has(s)).map((s) => [s, makeUnit(tree, s, null, compilerId)])
	);

	// Link order as before: the ECU's own files, then bsw, then gen.
	const images = wanted.map((ecu) => {
		const units = [
			...cFiles(`sim-wasm/ecu/${ecu}`).map((s) => makeUnit(tree, s, ecu, compilerId)),
			...sharedSources.map((s) => sharedUnits.get(s) ?? makeUnit(tree, s, ecu, compilerId))
		];
		const hash = sha256([compilerId, JSON.stringify(ECU_LDFLAGS), ...units.map((u) => `${u.src}:${u.key}`)]);
		const outPath = join(OUT_DIR, `${ecu}.wasm`);
		const upToDate = !opts.force && cache[ecu] === hash && existsSync(outPath);
		return { ecu, units, hash, outPath, status: upToDate ? 'up to date' : 'built', error: null };
	});

	if (wanted.length === available.length) {
		// objects of sources that no longer exist (deleted, renamed, an ECU removed) would pile up forever
		const slugs = new Set(images.flatMap((im) => im.units.map((u) => u.slug)));
		for (const f of readdirSync(OBJ_DIR)) {
			if (f.endsWith('.o') && !slugs.has(f.slice(0, f.indexOf('.')))) rmSync(join(OBJ_DIR, f), { force: true });
		}
	}

	const toBuild = images.filter((im) => im.status !== 'up to date');
	const stale = new Map();
	for (const im of toBuild) {
		for (const u of im.units) if (opts.force || !existsSync(u.obj)) stale.set(u.obj, u);
	}

	let failed = 0;
	let pool = null;
	try {
		if (toBuild.length > 0) pool = new ClangPool(Math.min(opts.jobs, Math.max(stale.size, toBuild.length)));

		const broken = new Map(); // obj path -> source that failed
		if (stale.size > 0) {
			const bins = schedule([...stale.values()], pool.size);
			const perBin = await Promise.all(
				bins.map(async (runs) => {
					const failures = [];
					for (const run of runs) failures.push(...(await compileRun(pool, tree, run)));
					return failures;
				})
			);
			for (const { unit, messages } of perBin.flat()) {
				broken.set(unit.obj, unit.src);
				console.error(`build: compile FAILED: ${unit.src}${unit.ecu === null ? '' : ` (for ${unit.ecu})`}\n${messages}`);
			}
		}

		await Promise.all(
			toBuild.map(async (im) => {
				const bad = im.units.filter((u) => broken.has(u.obj) || !existsSync(u.obj)).map((u) => u.src);
				if (bad.length > 0) {
					im.error = `cannot link: ${bad.join(', ')} did not compile (errors above)`;
					return;
				}
				const objs = {};
				try {
					for (const u of im.units) objs[basename(u.obj)] = readFileSync(u.obj);
				} catch (e) {
					// another build pruned it after we checked: a rerun compiles it again
					im.error = `cannot link: ${e instanceof Error ? e.message : String(e)}`;
					return;
				}
				const output = `${im.ecu}.wasm`;
				const args = [...ECU_LDFLAGS, ...im.units.map((u) => `obj/${basename(u.obj)}`), '-o', output];
				const { ok, outputs, messages } = await pool.run(args, { obj: objs });
				try {
					if (!ok) throw new Error(messages);
					const bytes = outputs[output];
					if (!(bytes instanceof Uint8Array)) throw new Error(`clang reported success but produced no '${output}'`);
					if (messages) console.log(messages);
					await checkAbi(im.ecu, bytes);
					writeAtomic(im.outPath, bytes);
				} catch (e) {
					im.error = e instanceof Error ? e.message : String(e);
				}
			})
		);
	} finally {
		if (pool !== null) await pool.close();
	}

	let total = 0;
	for (const im of images) {
		if (im.error !== null) {
			failed++;
			delete cache[im.ecu];
			console.error(`build: ${im.ecu} FAILED\n${im.error}`);
			continue;
		}
		cache[im.ecu] = im.hash;
		const size = statSync(im.outPath).size;
		total += size;
		console.log(`  ${im.ecu.padEnd(6)} ${kib(size)}  static/wasm/${im.ecu}.wasm  (${im.status})`);
	}
	if (toBuild.length > 0) saveCache();
	console.log(`  ${'total'.padEnd(6)} ${kib(total)}`);
	// The app loads the images this manifest lists (every built ECU folder), so absent ECUs cost no request.
	const built = available.filter((e) => existsSync(join(OUT_DIR, `${e}.wasm`)));
	const manifest = JSON.stringify({ abi: 1, ecus: built }, null, '\t') + '\n';
	const manifestPath = join(OUT_DIR, 'manifest.json');
	if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) writeFileSync(manifestPath, manifest);
	return failed > 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(e) => {
		console.error(`build: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	}
);
