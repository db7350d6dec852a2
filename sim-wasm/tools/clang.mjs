/**
 * Shared helpers for the C → wasm builds: runs clang from the npm package @yowasp/clang (clang + lld +
 * wasi-libc compiled to WebAssembly) on a virtual file tree, so no system compiler is needed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Absolute path of sim-wasm/. */
export const SIM_WASM = join(ROOT, 'sim-wasm');

/** Warnings are errors everywhere: the firmware must stay clean under clang and gcc. */
export const WARN_FLAGS = ['-Wall', '-Wextra', '-Werror', '-Wconversion', '-Wsign-conversion', '-std=c99'];

/** Flags for an ECU image: wasi-libc only for memset/memcpy (no WASI imports), no entry, small stack. */
export const ECU_FLAGS = [
	'--target=wasm32-wasip1',
	'-O2',
	...WARN_FLAGS,
	'-nostartfiles',
	'-Isim-wasm/bsw',
	'-Isim-wasm/gen',
	'-Wl,--no-entry',
	'-Wl,-z,stack-size=16384',
	// 2 pages (128 KiB) fit the stack plus every static buffer; the host never grows it (no heap).
	'-Wl,--initial-memory=131072',
	'-Wl,--max-memory=131072',
	'-Wl,--strip-debug'
];

/** Flags for a C unit test run under node:wasi (full wasi-libc, printf allowed in tests only). */
export const TEST_WASM_FLAGS = [
	'--target=wasm32-wasip1',
	'-O1',
	...WARN_FLAGS,
	'-Isim-wasm/bsw',
	'-Isim-wasm/gen',
	'-Isim-wasm/test'
];

let clangModule = null;

/** Loads @yowasp/clang once and prefetches its resources quietly (its default progress goes to stdout). */
async function loadClang() {
	if (clangModule === null) {
		clangModule = await import('@yowasp/clang');
		await clangModule.runLLVM(null, {}, { fetchProgress: () => {} });
	}
	return clangModule;
}

/** Every .c/.h file under sim-wasm/, as the nested tree @yowasp/clang mounts as its working directory. */
export function sourceTree() {
	const tree = {};
	const walk = (dir, node) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) {
				if (name === 'build' || name === 'node_modules') continue;
				const sub = {};
				walk(p, sub);
				node[name] = sub;
			} else if (name.endsWith('.c') || name.endsWith('.h')) {
				node[name] = readFileSync(p, 'utf8');
			}
		}
	};
	const simNode = {};
	walk(SIM_WASM, simNode);
	tree['sim-wasm'] = simNode;
	return tree;
}

/** Repository-relative, forward-slash paths of the C files in `dir` (relative to the repo root). */
export function cFiles(dir, ext = '.c') {
	const abs = join(ROOT, dir);
	if (!existsSync(abs)) return [];
	return readdirSync(abs)
		.filter((f) => f.endsWith(ext))
		.sort()
		.map((f) => relative(ROOT, join(abs, f)).split(sep).join('/'));
}

/** sha256 over the flags and the content of every given file (and each file's name). */
export function hashInputs(files, flags) {
	const h = createHash('sha256');
	h.update(JSON.stringify(flags));
	for (const f of [...files].sort()) {
		h.update(f);
		h.update('\0');
		h.update(readFileSync(join(ROOT, f)));
		h.update('\0');
	}
	return h.digest('hex');
}

/**
 * Runs clang with `args` (sources given repo-relative) and returns the bytes of `output`.
 * Throws an Error whose message is the compiler's own diagnostics when the compile or link fails.
 */
export async function compile(args, output, tree = sourceTree()) {
	const { runClang } = await loadClang();
	const chunks = [];
	const collect = (bytes) => {
		if (bytes !== null) chunks.push(Buffer.from(bytes));
	};
	let files;
	try {
		files = await runClang(['clang', ...args, '-o', output], tree, { stdout: collect, stderr: collect });
	} catch (e) {
		const text = Buffer.concat(chunks).toString('utf8').trim();
		const err = new Error(text || String(e));
		err.diagnostics = text;
		throw err;
	}
	const out = files[output];
	if (!(out instanceof Uint8Array)) {
		throw new Error(`clang reported success but produced no '${output}'`);
	}
	const warnings = Buffer.concat(chunks).toString('utf8').trim();
	return { bytes: out, messages: warnings };
}
