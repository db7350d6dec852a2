#!/usr/bin/env node
/**
 * C unit-test runner (npm run test:c).
 *
 *   node sim-wasm/test/run.mjs [--coverage] [--no-native] [--no-wasm] [name-filter...]
 *
 * Each sim-wasm/test/test_*.c names the sources it links in a header comment, paths relative to sim-wasm/
 * (a `dir/*.c` pattern takes every C file of a folder):
 *   // sources: bsw/e2e.c bsw/canif.c ecu/bcm/*.c
 * Every test is compiled to wasm32-wasi with @yowasp/clang and run under node:wasi, and natively with
 * `cc -fsanitize=address,undefined` when `cc` exists. A run passes when it exits 0 and prints unit.h's tally.
 * Prints one line per test and target, then `c-tests: N passed, M failed` where N and M count those runs.
 * --coverage (needs gcc and gcov): builds natively with --coverage, prints line coverage per source file and
 * fails the run when sim-wasm/bsw/ or sim-wasm/ecu/sc/ (each folder's files together) is below 95 % of lines
 * (the gate is skipped, with a note, for a filtered run, which covers only part of the code).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { cFiles, compile, hashInputs, ROOT, SIM_WASM, TEST_WASM_FLAGS, WARN_FLAGS } from '../tools/clang.mjs';

const TEST_DIR = join(SIM_WASM, 'test');
const BUILD_DIR = join(SIM_WASM, 'build', 'test');
const TALLY = /^unit: (\d+) passed, (\d+) failed$/m;
const NATIVE_FLAGS = [...WARN_FLAGS, '-g', '-O1', '-Isim-wasm/bsw', '-Isim-wasm/gen', '-Isim-wasm/test'];

function parseArgs(argv) {
	const opts = { coverage: false, native: true, wasm: true, filters: [] };
	for (const a of argv) {
		if (a === '--coverage') opts.coverage = true;
		else if (a === '--no-native') opts.native = false;
		else if (a === '--no-wasm') opts.wasm = false;
		else if (a.startsWith('-')) throw new Error(`unknown option '${a}'`);
		else opts.filters.push(a);
	}
	return opts;
}

/** Repo-relative sources a test declares in its `// sources:` header, plus the test file itself. */
function declaredSources(testFile) {
	const rel = `sim-wasm/test/${testFile}`;
	const text = readFileSync(join(ROOT, rel), 'utf8');
	const head = text.split('\n').slice(0, 10);
	const sources = [];
	for (const line of head) {
		const m = /^\s*\/\/\s*sources:\s*(.*)$/.exec(line);
		if (!m) continue;
		for (const item of m[1].split(/\s+/).filter(Boolean)) {
			if (item.endsWith('/*.c')) {
				const dir = `sim-wasm/${item.slice(0, -'/*.c'.length)}`;
				const found = cFiles(dir);
				if (found.length === 0) throw new Error(`${rel}: '// sources: ${item}' matches no C file`);
				sources.push(...found);
			} else {
				const p = `sim-wasm/${item}`;
				if (!existsSync(join(ROOT, p))) throw new Error(`${rel}: '// sources: ${item}': no file ${p}`);
				sources.push(p);
			}
		}
	}
	return [...new Set([rel, ...sources])];
}

function allHeaders() {
	return ['sim-wasm/bsw', 'sim-wasm/gen', 'sim-wasm/test', ...ecuDirs()].flatMap((d) => cFiles(d, '.h'));
}

function ecuDirs() {
	const dir = join(SIM_WASM, 'ecu');
	return existsSync(dir) ? readdirSync(dir).map((n) => `sim-wasm/ecu/${n}`) : [];
}

function includeFlags(sources) {
	const dirs = new Set(sources.filter((s) => s.startsWith('sim-wasm/ecu/')).map((s) => s.split('/').slice(0, 3).join('/')));
	return [...dirs].map((d) => `-I${d}`);
}

function tally(output) {
	const m = TALLY.exec(output);
	return m ? { passed: Number(m[1]), failed: Number(m[2]) } : null;
}

async function runWasm(name, sources) {
	const flags = [...TEST_WASM_FLAGS, ...includeFlags(sources)];
	const hash = hashInputs([...sources, ...allHeaders()], flags).slice(0, 16);
	const cached = join(BUILD_DIR, `${name}.${hash}.wasm`);
	let bytes;
	if (existsSync(cached)) {
		bytes = readFileSync(cached);
	} else {
		try {
			({ bytes } = await compile([...flags, ...sources], `${name}.wasm`));
		} catch (e) {
			return { ok: false, output: `compile failed:\n${e.message}` };
		}
		for (const old of readdirSync(BUILD_DIR).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.wasm'))) {
			rmSync(join(BUILD_DIR, old));
		}
		writeFileSync(cached, bytes);
	}
	const outFile = join(tmpdir(), `zonebench-ctest-${process.pid}-${name}.out`);
	const fd = openSync(outFile, 'w');
	let code;
	let trap = '';
	try {
		const { WASI } = await import('node:wasi');
		const wasi = new WASI({ version: 'preview1', args: [name], env: {}, returnOnExit: true, stdout: fd, stderr: fd });
		const mod = await WebAssembly.compile(bytes);
		const inst = await WebAssembly.instantiate(mod, { wasi_snapshot_preview1: wasi.wasiImport });
		code = wasi.start(inst);
	} catch (e) {
		code = -1;
		trap = `trapped: ${e instanceof Error ? e.message : String(e)}\n`;
	} finally {
		closeSync(fd);
	}
	const output = readFileSync(outFile, 'utf8') + trap;
	rmSync(outFile, { force: true });
	const t = tally(output);
	return { ok: code === 0 && t !== null && t.failed === 0, output, tally: t, code };
}

function which(cmd) {
	const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' });
	return r.error ? null : (r.stdout || '').split('\n')[0];
}

function runNative(name, sources, cc) {
	const dir = join(BUILD_DIR, 'native');
	mkdirSync(dir, { recursive: true });
	const flags = [
		...NATIVE_FLAGS,
		...includeFlags(sources),
		'-fsanitize=address,undefined',
		'-fno-sanitize-recover=all',
		'-fno-omit-frame-pointer'
	];
	// the compiler's identity is part of the key: a new cc must rebuild
	const hash = hashInputs([...sources, ...allHeaders()], [cc, which(cc), ...flags]).slice(0, 16);
	const exe = join(dir, `${name}.${hash}`);
	if (!existsSync(exe)) {
		const c = spawnSync(cc, [...flags, ...sources, '-o', exe], { cwd: ROOT, encoding: 'utf8' });
		if (c.status !== 0) return { ok: false, output: `compile failed:\n${c.stderr}${c.stdout}` };
		for (const old of readdirSync(dir).filter((f) => f.startsWith(`${name}.`) && f !== basename(exe))) {
			rmSync(join(dir, old), { force: true });
		}
	}
	const r = spawnSync(exe, [], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' } });
	const output = (r.stdout || '') + (r.stderr || '');
	const t = tally(output);
	return { ok: r.status === 0 && t !== null && t.failed === 0, output, tally: t, code: r.status };
}

function report(results, label, name, res) {
	const t = res.tally ? `${res.tally.passed} checks passed, ${res.tally.failed} failed` : 'no tally';
	console.log(`  ${res.ok ? 'ok  ' : 'FAIL'} ${label.padEnd(6)} ${name.padEnd(18)} ${t}`);
	if (!res.ok) {
		const shown = res.output.trim().split('\n').slice(0, 60).join('\n');
		console.log(shown.replace(/^/gm, '       | '));
		if (res.code !== undefined && res.code !== 0 && res.code !== 1) console.log(`       exit code ${res.code}`);
	}
	results.push(res.ok);
}

/** Line coverage each of these folders must reach (all its files together) for `--coverage` to pass. */
const COVERAGE_GATES = ['sim-wasm/bsw/', 'sim-wasm/ecu/sc/'];
const COVERAGE_MIN = 95;

/** Builds every test natively with --coverage against shared objects so counts add up over tests. */
function coverage(tests) {
	const cc = which('gcc');
	const gcov = which('gcov');
	if (!cc || !gcov) {
		console.log(`coverage: skipped (${!cc ? 'gcc' : 'gcov'} not found)`);
		return [];
	}
	const dir = join(BUILD_DIR, 'coverage');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const objOf = (src) => join(dir, src.replace(/^sim-wasm\//, '').replace(/[/]/g, '__').replace(/\.c$/, '.o'));
	const built = new Set();
	const product = new Set();
	for (const [name, sources] of tests) {
		const objs = [];
		for (const src of sources) {
			const obj = objOf(src);
			if (!built.has(src)) {
				const r = spawnSync('gcc', [...NATIVE_FLAGS, ...includeFlags(sources), '-O0', '--coverage', '-c', src, '-o', obj], {
					cwd: ROOT,
					encoding: 'utf8'
				});
				if (r.status !== 0) {
					console.log(`coverage: compile of ${src} failed:\n${r.stderr}`);
					return [`compile of ${src}`];
				}
				built.add(src);
			}
			if (!src.startsWith('sim-wasm/test/')) product.add(src);
			objs.push(obj);
		}
		const exe = join(dir, name);
		const l = spawnSync('gcc', ['--coverage', ...objs, '-o', exe], { cwd: ROOT, encoding: 'utf8' });
		if (l.status !== 0) {
			console.log(`coverage: link of ${name} failed:\n${l.stderr}`);
			return [`link of ${name}`];
		}
		spawnSync(exe, [], { cwd: ROOT, encoding: 'utf8' });
	}
	console.log('coverage (lines, gcov):');
	const groups = new Map(COVERAGE_GATES.map((g) => [g, { hit: 0, lines: 0 }]));
	for (const src of [...product].sort()) {
		const r = spawnSync('gcov', ['-n', '-o', objOf(src), src], { cwd: ROOT, encoding: 'utf8' });
		const m = /Lines executed:([\d.]+)% of (\d+)/.exec(r.stdout || '');
		console.log(`  ${m ? `${m[1].padStart(6)}% of ${m[2].padStart(4)}` : '   n/a         '}  ${src}`);
		const g = groups.get(COVERAGE_GATES.find((d) => src.startsWith(d)));
		if (g && m) {
			g.lines += Number(m[2]);
			g.hit += Math.round((Number(m[1]) * Number(m[2])) / 100);
		}
	}
	// the gate: the shared basic software and the safety controller are what every ECU and the vehicle's
	// safety lean on, so untested lines there fail the run
	const failed = [];
	for (const [dir, g] of groups) {
		const pct = g.lines ? (100 * g.hit) / g.lines : 0;
		const ok = g.lines > 0 && pct >= COVERAGE_MIN;
		console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${dir}: ${pct.toFixed(2)}% of ${g.lines} lines (gate ${COVERAGE_MIN}%)`);
		if (!ok) failed.push(`${dir} ${pct.toFixed(2)}%`);
	}
	return failed;
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	mkdirSync(BUILD_DIR, { recursive: true });
	const files = readdirSync(TEST_DIR)
		.filter((f) => /^test_.*\.c$/.test(f))
		.filter((f) => opts.filters.length === 0 || opts.filters.some((p) => f.includes(p)))
		.sort();
	if (files.length === 0) throw new Error('no sim-wasm/test/test_*.c matched');
	const tests = files.map((f) => [basename(f, '.c'), declaredSources(f)]);

	// node:wasi warns that it is experimental on first use; that line is noise in a test report
	const emit = process.emitWarning;
	process.emitWarning = (w, ...rest) => {
		const text = typeof w === 'string' ? w : w?.message;
		if (typeof text === 'string' && text.includes('WASI')) return;
		emit.call(process, w, ...rest);
	};

	const results = [];
	if (opts.wasm) {
		for (const [name, sources] of tests) report(results, 'wasm', name, await runWasm(name, sources));
	}
	if (opts.native) {
		const cc = which('cc');
		if (!cc) {
			console.log('  skip native: no `cc` on PATH (install gcc or clang to also run with sanitizers)');
		} else {
			for (const [name, sources] of tests) report(results, 'native', name, runNative(name, sources, 'cc'));
		}
	} else {
		console.log('  skip native: --no-native');
	}
	// a filtered run covers only part of the code: the gate applies to the whole suite
	let gateFailed = opts.coverage ? coverage(tests) : [];
	if (opts.coverage && opts.filters.length > 0) {
		console.log('  coverage gate not applied: a filtered run covers only part of the code');
		gateFailed = [];
	}
	const passed = results.filter(Boolean).length;
	const failed = results.length - passed;
	console.log(`c-tests: ${passed} passed, ${failed} failed`);
	if (gateFailed.length > 0) console.log(`c-tests: coverage gate FAILED: ${gateFailed.join(', ')} (need ${COVERAGE_MIN}% of lines)`);
	return failed > 0 || gateFailed.length > 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(e) => {
		console.error(`c-tests: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	}
);
