#!/usr/bin/env node
/**
 * Builds the native ECU runners: sim-wasm/build/host/ecu_<name> for every folder in sim-wasm/ecu/, each the
 * runner (sim-wasm/host/) linked with that ECU's C, the basic software (sim-wasm/bsw/) and the DBC code
 * (sim-wasm/gen/): the very sources of the wasm images, compiled by the system C compiler.
 *
 *   node sim-wasm/host/build.mjs [--ecu <name>]... [--cc <compiler>] [--force] [--print-flags]
 *
 * Warnings are errors (the firmware's own flag set, with gnu11 for the socket headers). Objects are cached
 * under sim-wasm/build/host/obj/ by a hash of their inputs, flags and the compiler's identity, so a second
 * run only relinks what changed. --print-flags prints the flag set as JSON and builds nothing (for tests). Exit code 1 with the compiler's diagnostics on any error.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { cFiles, hashInputs, ROOT, SIM_WASM } from '../tools/clang.mjs';

const OUT_DIR = join(SIM_WASM, 'build', 'host');
const OBJ_DIR = join(OUT_DIR, 'obj');

/** The flags every object is built with; the wasm build's WARN_FLAGS but gnu11 instead of c99. */
const HOST_FLAGS = [
	'-O2',
	'-Wall',
	'-Wextra',
	'-Werror',
	'-Wconversion',
	'-Wsign-conversion',
	'-std=gnu11',
	'-Isim-wasm/bsw',
	'-Isim-wasm/gen',
	'-Isim-wasm/host'
];

function parseArgs(argv) {
	const opts = { ecus: [], cc: process.env.CC || 'cc', force: false, printFlags: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = (name) => {
			if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
			const v = argv[++i];
			if (!v) throw new Error(`${name} needs a value`);
			return v;
		};
		if (a === '--ecu' || a.startsWith('--ecu=')) opts.ecus.push(value('--ecu'));
		else if (a === '--cc' || a.startsWith('--cc=')) opts.cc = value('--cc');
		else if (a === '--force') opts.force = true;
		else if (a === '--print-flags') opts.printFlags = true;
		else {
			throw new Error(
				`unknown argument '${a}' (usage: node sim-wasm/host/build.mjs [--ecu <name>]... [--cc <compiler>] [--force] [--print-flags])`
			);
		}
	}
	return opts;
}

function allEcus() {
	const dir = join(SIM_WASM, 'ecu');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => statSync(join(dir, n)).isDirectory() && cFiles(`sim-wasm/ecu/${n}`).length > 0)
		.sort();
}

/** First line of `cc --version`, or null when the compiler cannot be run. */
function compilerIdentity(cc) {
	const r = spawnSync(cc, ['--version'], { encoding: 'utf8' });
	if (r.error || r.status !== 0) return null;
	return (r.stdout || '').split('\n')[0];
}

/** Runs `cc args` in the repository root; resolves to the diagnostics, rejects with them on failure. */
function run(cc, args) {
	return new Promise((resolve, reject) => {
		const p = spawn(cc, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		p.stdout.on('data', (d) => (out += d));
		p.stderr.on('data', (d) => (out += d));
		p.on('error', (e) => reject(new Error(`${cc}: ${e.message}`)));
		p.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${cc} ${args.join(' ')}\n${out.trim()}`))));
	});
}

/** Runs the jobs (functions returning promises) `limit` at a time; collects every failure, not just the first. */
async function pool(jobs, limit) {
	const errors = [];
	let next = 0;
	const worker = async () => {
		while (next < jobs.length) {
			const job = jobs[next++];
			try {
				await job();
			} catch (e) {
				errors.push(e instanceof Error ? e.message : String(e));
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
	return errors;
}

function headers() {
	return ['sim-wasm/bsw', 'sim-wasm/gen', 'sim-wasm/host'].flatMap((d) => cFiles(d, '.h'));
}

/**
 * Object path for `src` compiled with `flags`: `<prefix><slug>.<hash>.o`. The prefix names the ECU for
 * objects built per ECU (the runner and the ECU's own C see HOST_ECU_NAME and the ECU's headers).
 */
function objectFor(src, flags, ident, extraHeaders, prefix) {
	const slug = prefix + src.replace(/^sim-wasm\//, '').replace(/[/.]/g, '_');
	const hash = hashInputs([src, ...headers(), ...extraHeaders], [ident, ...flags]).slice(0, 16);
	return { slug, obj: join(OBJ_DIR, `${slug}.${hash}.o`) };
}

/** Removes the objects an earlier build made of the same source with other inputs. */
function pruneOld(slug, keep) {
	for (const f of readdirSync(OBJ_DIR)) {
		if (f.startsWith(`${slug}.`) && f.endsWith('.o') && f !== basename(keep)) rmSync(join(OBJ_DIR, f), { force: true });
	}
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	if (opts.printFlags) {
		console.log(JSON.stringify(HOST_FLAGS));
		return 0;
	}
	const ident = compilerIdentity(opts.cc);
	if (ident === null) {
		throw new Error(`C compiler '${opts.cc}' not found or not runnable (install gcc, or pass --cc / set CC)`);
	}
	const available = allEcus();
	const wanted = opts.ecus.length > 0 ? opts.ecus : available;
	for (const e of wanted) {
		if (!available.includes(e)) {
			throw new Error(`no ECU '${e}': expected C files in sim-wasm/ecu/${e}/ (have: ${available.join(', ') || 'none'})`);
		}
	}
	if (wanted.length === 0) {
		console.log('build-host: no ECU folders with C sources under sim-wasm/ecu/');
		return 0;
	}
	if (opts.force) rmSync(OUT_DIR, { recursive: true, force: true });
	mkdirSync(OBJ_DIR, { recursive: true });

	const compileJobs = new Map(); // obj path -> job, so shared objects are built once
	const compileOne = (src, flags, extraHeaders, prefix) => {
		const { slug, obj } = objectFor(src, flags, ident, extraHeaders, prefix);
		if (!compileJobs.has(obj)) {
			compileJobs.set(obj, async () => {
				if (existsSync(obj)) return;
				const msg = await run(opts.cc, [...flags, '-c', src, '-o', obj]);
				if (msg) console.log(msg);
				pruneOld(slug, obj);
			});
		}
		return obj;
	};

	// bsw and gen do not include anything from an ECU's folder: built once and shared by every runner
	const sharedSources = [...cFiles('sim-wasm/bsw'), ...cFiles('sim-wasm/gen'), 'sim-wasm/host/host_can.c', 'sim-wasm/host/host_io.c'];
	const shared = sharedSources.map((src) => compileOne(src, HOST_FLAGS, [], ''));
	const links = [];
	for (const ecu of wanted) {
		const ecuHeaders = cFiles(`sim-wasm/ecu/${ecu}`, '.h');
		const flags = [...HOST_FLAGS, `-Isim-wasm/ecu/${ecu}`, `-DHOST_ECU_NAME="${ecu}"`];
		const own = [...cFiles(`sim-wasm/ecu/${ecu}`), 'sim-wasm/host/runner.c'].map((src) =>
			compileOne(src, flags, ecuHeaders, `${ecu}__`)
		);
		links.push({ ecu, objs: [...own, ...shared] });
	}

	const jobs = availableParallelism();
	const compileErrors = await pool([...compileJobs.values()], jobs);
	if (compileErrors.length > 0) {
		for (const e of compileErrors) console.error(`build-host: compile FAILED\n${e}`);
		return 1;
	}
	const linkErrors = await pool(
		links.map(({ ecu, objs }) => async () => {
			const exe = join(OUT_DIR, `ecu_${ecu}`);
			await run(opts.cc, [...objs, '-o', exe]);
			console.log(`  ecu_${ecu.padEnd(4)} ${(statSync(exe).size / 1024).toFixed(1).padStart(7)} KiB  sim-wasm/build/host/ecu_${ecu}`);
		}),
		jobs
	);
	if (linkErrors.length > 0) {
		for (const e of linkErrors) console.error(`build-host: link FAILED\n${e}`);
		return 1;
	}
	console.log(`build-host: ${links.length} runner(s) built with ${ident}`);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(e) => {
		console.error(`build-host: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	}
);
