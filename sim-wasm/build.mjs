#!/usr/bin/env node
/**
 * Builds one static/wasm/<ecu>.wasm per folder in sim-wasm/ecu/ from that folder's C files plus the shared
 * basic software (sim-wasm/bsw/) and the DBC-generated code (sim-wasm/gen/), with clang from @yowasp/clang.
 *
 *   node sim-wasm/build.mjs [--ecu <name>]... [--force]
 *
 * Only images whose inputs (sources, headers, flags) changed are rebuilt; the hashes live in
 * sim-wasm/build/cache.json (gitignored). Exit code 1 and the compiler's diagnostics on any error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cFiles, compile, ECU_FLAGS, hashInputs, ROOT, SIM_WASM } from './tools/clang.mjs';

const OUT_DIR = join(ROOT, 'static', 'wasm');
const CACHE_DIR = join(SIM_WASM, 'build');
const CACHE_FILE = join(CACHE_DIR, 'cache.json');
const ABI_EXPORTS = ['abi_version', 'ecu_init', 'ecu_tick', 'ecu_can_rx', 'ecu_rx_buffer', 'memory'];

function parseArgs(argv) {
	const opts = { ecus: [], force: false };
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
		} else {
			throw new Error(`unknown argument '${a}' (usage: node sim-wasm/build.mjs [--ecu <name>] [--force])`);
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
	mkdirSync(CACHE_DIR, { recursive: true });
	const cache = loadCache();
	let failed = 0;
	let total = 0;

	for (const ecu of wanted) {
		const sources = [...cFiles(`sim-wasm/ecu/${ecu}`), ...cFiles('sim-wasm/bsw'), ...cFiles('sim-wasm/gen')];
		const headers = [
			...cFiles(`sim-wasm/ecu/${ecu}`, '.h'),
			...cFiles('sim-wasm/bsw', '.h'),
			...cFiles('sim-wasm/gen', '.h')
		];
		const flags = [...ECU_FLAGS, `-Isim-wasm/ecu/${ecu}`];
		const hash = hashInputs([...sources, ...headers], flags);
		const outPath = join(OUT_DIR, `${ecu}.wasm`);
		let status = 'built';
		if (!opts.force && cache[ecu] === hash && existsSync(outPath)) {
			status = 'up to date';
		} else {
			try {
				const { bytes, messages } = await compile([...flags, ...sources], `${ecu}.wasm`);
				if (messages) console.log(messages);
				await checkAbi(ecu, bytes);
				writeFileSync(outPath, bytes);
				cache[ecu] = hash;
				writeFileSync(CACHE_FILE, JSON.stringify(cache, null, '\t') + '\n');
			} catch (e) {
				failed++;
				delete cache[ecu];
				writeFileSync(CACHE_FILE, JSON.stringify(cache, null, '\t') + '\n');
				console.error(`build: ${ecu} FAILED\n${e instanceof Error ? e.message : String(e)}`);
				continue;
			}
		}
		const size = statSync(outPath).size;
		total += size;
		console.log(`  ${ecu.padEnd(6)} ${kib(size)}  static/wasm/${ecu}.wasm  (${status})`);
	}
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
