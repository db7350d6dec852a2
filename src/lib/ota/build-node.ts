/**
 * Node only: builds an ECU image from the repository's C sources with its software version DID string
 * replaced (e.g. `"CVC 1.0.0"` → `"CVC 1.1.0"`), with the same clang and flags as `npm run build:wasm`. What
 * `npm run ota -- build` and the OTA tests use to get a firmware that differs in a way a tester can read.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

interface ClangTools {
	ROOT: string;
	ECU_FLAGS: string[];
	cFiles(dir: string): string[];
	sourceTree(): Record<string, unknown>;
	compile(args: string[], output: string, tree: Record<string, unknown>): Promise<{ bytes: Uint8Array }>;
}

/** The ECU's version string as its C source declares it (`<ecu>_sw_version[] = "..."`). */
export const VERSION_RE = (ecu: string): RegExp => new RegExp(`(${ecu}_sw_version\\[\\]\\s*=\\s*")([^"]*)(")`);

/** Compiles ECU `ecu` with software version string `<ECU> <version>`; returns the wasm bytes. */
export async function buildEcuVariant(ecu: string, version: string, root = process.cwd()): Promise<Uint8Array> {
	if (!/^[0-9A-Za-z.+_-]{1,16}$/.test(version)) throw new Error(`version '${version}' is not 1 to 16 of [0-9A-Za-z.+_-]`);
	const tools = (await import(pathToFileURL(join(root, 'sim-wasm/tools/clang.mjs')).href)) as ClangTools;
	const tree = tools.sourceTree() as { 'sim-wasm': { ecu: Record<string, Record<string, string>> } };
	const dir = tree['sim-wasm'].ecu[ecu];
	if (!dir) throw new Error(`no ECU '${ecu}' in sim-wasm/ecu/`);
	const file = Object.keys(dir).find((f) => f.endsWith('.c') && VERSION_RE(ecu).test(dir[f]));
	if (!file) throw new Error(`sim-wasm/ecu/${ecu}/: no '${ecu}_sw_version[] = "..."' to set the version in`);
	dir[file] = dir[file].replace(VERSION_RE(ecu), `$1${ecu.toUpperCase()} ${version}$3`);
	const sources = [...tools.cFiles(`sim-wasm/ecu/${ecu}`), ...tools.cFiles('sim-wasm/bsw'), ...tools.cFiles('sim-wasm/gen')];
	const args = [...tools.ECU_FLAGS, `-Isim-wasm/ecu/${ecu}`, ...sources];
	// the same sources and flags give the same image: kept in sim-wasm/build/ota/ (gitignored) by their hash
	const key = createHash('sha256').update(JSON.stringify([args, tree])).digest('hex').slice(0, 16);
	const cached = join(root, 'sim-wasm/build/ota', `${ecu}-${version}-${key}.wasm`);
	if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
	const { bytes } = await tools.compile(args, `${ecu}.wasm`, tree);
	mkdirSync(join(root, 'sim-wasm/build/ota'), { recursive: true });
	writeFileSync(`${cached}.${process.pid}.tmp`, bytes);
	renameSync(`${cached}.${process.pid}.tmp`, cached);
	return bytes;
}
