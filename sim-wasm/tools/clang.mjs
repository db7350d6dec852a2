/**
 * Shared helpers for the C → wasm builds: runs clang from the npm package @yowasp/clang (clang + lld +
 * wasi-libc compiled to WebAssembly) on a virtual file tree, so no system compiler is needed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Absolute path of the repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Absolute path of sim-wasm/. */
export const SIM_WASM = join(ROOT, 'sim-wasm');

/** Warnings are errors everywhere: the firmware must stay clean under clang and gcc. */
export const WARN_FLAGS = ['-Wall', '-Wextra', '-Werror', '-Wconversion', '-Wsign-conversion', '-std=c99'];

/** Compile flags for an ECU's translation units (objects; the ECU build appends -Isim-wasm/ecu/<name>). */
// -Os -flto: link-time optimisation inlines across the basic software's files (com_rx_fresh, io_get,
// dem_event_status… are one-line functions called every tick): 185 KiB for the seven images (286 KiB at
// -O2 without LTO) and 1.3-1.45x the speed of -Os without LTO; -O2 -flto is no faster (1.02x) and 247 KiB
// (same-run A/Bs, docs/performance.md). ECU_IO_IN_MEMORY: input channels in the instance's memory
// (ports_abi.c), for the images only; unit tests and the native runner keep the io_read port they answer
// themselves. ECU_TICK_SPLIT: the ecu_tick_split export (no BigInt per tick in the JS host).
export const ECU_CFLAGS = ['--target=wasm32-wasip1', '-Os', '-flto', ...WARN_FLAGS, '-DECU_IO_IN_MEMORY', '-DECU_TICK_SPLIT', '-Isim-wasm/bsw', '-Isim-wasm/gen'];

/** Link flags for an ECU image: wasi-libc only for memset/memcpy (no WASI imports), no entry, small stack. */
export const ECU_LDFLAGS = [
	'--target=wasm32-wasip1',
	'-Os',
	'-flto',
	// a driver warning at link time (e.g. an unused argument) fails the build like one at compile time
	'-Werror',
	'-nostartfiles',
	'-Wl,--no-entry',
	'-Wl,-z,stack-size=16384',
	// 2 pages (128 KiB) fit the stack plus every static buffer; the host never grows it (no heap).
	'-Wl,--initial-memory=131072',
	'-Wl,--max-memory=131072',
	'-Wl,--strip-debug',
	// -Os inlines little (threshold 75): the one-line accessors each ECU calls every 1 ms from several places
	// stay calls. At link, with the whole image in view, -O2's threshold (225) takes them in: 1.09x the speed
	// for +18 KiB (150: 1.04x, 300: 1.09x, 600: 1.04x and 255 KiB; docs/performance.md, sixth round).
	'-Wl,-mllvm,-inline-threshold=225'
];

/** Compile and link in one clang run: what an ECU image used to be built with (kept for other tools). */
export const ECU_FLAGS = [...ECU_CFLAGS, ...ECU_LDFLAGS.filter((f) => !ECU_CFLAGS.includes(f))];

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
	const { ok, files, messages } = await runCollected([...args, '-o', output], tree);
	if (!ok) {
		const err = new Error(messages);
		err.diagnostics = messages;
		throw err;
	}
	const out = files[output];
	if (!(out instanceof Uint8Array)) {
		throw new Error(`clang reported success but produced no '${output}'`);
	}
	return { bytes: out, messages };
}

/** Runs clang on `tree`, collecting its diagnostics; never throws for a failed compile (see `ok`). */
async function runCollected(args, tree) {
	const { runClang } = await loadClang();
	const chunks = [];
	const collect = (bytes) => {
		if (bytes !== null) chunks.push(Buffer.from(bytes));
	};
	const text = () => Buffer.concat(chunks).toString('utf8').trim();
	try {
		const files = await runClang(['clang', ...args], tree, { stdout: collect, stderr: collect });
		return { ok: true, files, messages: text() };
	} catch (e) {
		// @yowasp/clang throws Exit with the file tree as it stood: objects finished before the failure are in it
		const files = e !== null && typeof e === 'object' && 'files' in e && e.files ? e.files : {};
		return { ok: false, files, messages: text() || String(e) };
	}
}

/** Files clang created at the top of the tree (where -c and -o put them), as name → bytes. */
function newTopLevelFiles(files, input) {
	const out = {};
	for (const [name, value] of Object.entries(files)) {
		if (value instanceof Uint8Array && !(name in input)) out[name] = value;
	}
	return out;
}

// A worker of ClangPool: loads clang once and runs one invocation per message.
if (!isMainThread && workerData !== null && typeof workerData === 'object' && workerData.zonebenchClang === true) {
	parentPort.on('message', async ({ id, args, tree }) => {
		try {
			const { ok, files, messages } = await runCollected(args, tree);
			const outputs = newTopLevelFiles(files, tree);
			parentPort.postMessage({ id, ok, outputs, messages }, Object.values(outputs).map((b) => b.buffer));
		} catch (e) {
			parentPort.postMessage({ id, ok: false, outputs: {}, messages: e instanceof Error ? e.stack ?? e.message : String(e) });
		}
	});
}

/**
 * A fixed set of worker threads each running @yowasp/clang, so independent clang runs use every core
 * (clang in wasm is single-threaded and blocks the thread it runs on). Jobs queue first in, first out.
 */
export class ClangPool {
	#workers = [];
	#idle = [];
	#queue = [];
	#pending = new Map();
	#nextId = 0;

	/** Starts `size` workers (at least one); they load clang lazily on their first job. */
	constructor(size) {
		const n = Math.max(1, Math.floor(size));
		for (let i = 0; i < n; i++) {
			const w = new Worker(new URL(import.meta.url), { workerData: { zonebenchClang: true } });
			w.on('message', (msg) => this.#settle(w, msg));
			w.on('error', (e) => this.#crashed(w, e));
			this.#workers.push(w);
			this.#idle.push(w);
		}
	}

	/** Number of workers. */
	get size() {
		return this.#workers.length;
	}

	/**
	 * Runs `clang <args>` on `tree` (nested folders → text/bytes, the working directory). Resolves to
	 * `{ ok, outputs, messages }`: `outputs` maps each file clang wrote at the top of the tree to its bytes
	 * (`-c` writes `<basename>.o` there), `messages` is its stdout+stderr.
	 */
	run(args, tree) {
		return new Promise((resolve) => {
			this.#queue.push({ id: this.#nextId++, args, tree, resolve });
			this.#pump();
		});
	}

	/** Stops every worker. */
	async close() {
		await Promise.all(this.#workers.map((w) => w.terminate()));
		this.#workers = [];
		this.#idle = [];
	}

	#pump() {
		while (this.#idle.length > 0 && this.#queue.length > 0) {
			const w = this.#idle.pop();
			const job = this.#queue.shift();
			w.jobId = job.id;
			this.#pending.set(job.id, job);
			w.postMessage({ id: job.id, args: job.args, tree: job.tree });
		}
	}

	#crashed(worker, e) {
		this.#workers = this.#workers.filter((w) => w !== worker);
		const messages = `clang worker crashed: ${e instanceof Error ? e.message : String(e)}`;
		const job = this.#pending.get(worker.jobId);
		if (job !== undefined) {
			this.#pending.delete(worker.jobId);
			job.resolve({ ok: false, outputs: {}, messages });
		}
		// without workers nothing would ever take the queued jobs
		if (this.#workers.length === 0) {
			for (const j of this.#queue.splice(0)) j.resolve({ ok: false, outputs: {}, messages });
		}
	}

	#settle(worker, { id, ok, outputs, messages }) {
		const job = this.#pending.get(id);
		if (job === undefined) return;
		this.#pending.delete(id);
		worker.jobId = undefined;
		this.#idle.push(worker);
		job.resolve({ ok, outputs, messages });
		this.#pump();
	}
}

/** Version of @yowasp/clang, part of every object cache key: a new clang or libc means new objects. */
export function clangVersion() {
	try {
		const bundle = fileURLToPath(import.meta.resolve('@yowasp/clang'));
		return String(JSON.parse(readFileSync(join(dirname(bundle), '..', 'package.json'), 'utf8')).version);
	} catch {
		return 'unknown';
	}
}

/** Text of the file at repo-relative `path` in a `sourceTree()`, or undefined. */
export function treeFile(tree, path) {
	let node = tree;
	for (const part of path.split('/')) {
		if (node === undefined || typeof node !== 'object' || node instanceof Uint8Array) return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

const INCLUDE = /^[ \t]*#[ \t]*include[ \t]*(?:"([^"\n]+)"|<([^>\n]+)>|([^\s].*))/gm;

/**
 * The project headers a C file can pull in, searched as clang does: a quoted include in the includer's
 * folder first, then in `includeDirs` in order; an angle include in `includeDirs` only. Every #include line
 * counts, even under #if, so the set is a superset. `unresolved` lists names not found in the tree (system
 * headers, or a project header outside the search path); `computed` is true when an `#include MACRO` was
 * seen, whose target a scan cannot know.
 */
export function includeClosure(tree, file, includeDirs) {
	const headers = new Set();
	const unresolved = new Set();
	let computed = false;
	const resolve = (name, fromDir, quoted) => {
		const dirs = quoted ? [fromDir, ...includeDirs] : includeDirs;
		for (const d of dirs) {
			const p = join(d, name).split(sep).join('/');
			if (treeFile(tree, p) !== undefined) return p;
		}
		return undefined;
	};
	const stack = [file];
	const seen = new Set([file]);
	while (stack.length > 0) {
		const cur = stack.pop();
		const text = treeFile(tree, cur) ?? '';
		const dir = cur.slice(0, cur.lastIndexOf('/'));
		for (const m of text.matchAll(INCLUDE)) {
			if (m[3] !== undefined) {
				computed = true;
				continue;
			}
			const name = m[1] ?? m[2];
			const found = resolve(name, dir, m[1] !== undefined);
			if (found === undefined) {
				unresolved.add(name);
			} else if (!seen.has(found)) {
				seen.add(found);
				headers.add(found);
				stack.push(found);
			}
		}
	}
	return { headers: [...headers].sort(), unresolved: [...unresolved].sort(), computed };
}
