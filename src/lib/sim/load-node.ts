/**
 * Node-only: compiles the ECU images built by `npm run build:wasm` from static/wasm/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ECU_NAMES } from './simulation';

export const WASM_DIR = resolve(import.meta.dirname, '../../../static/wasm');

/** name → compiled module for every ECU image present; throws when none is (the build has not run). */
export async function loadEcuImages(dir = WASM_DIR): Promise<Map<string, WebAssembly.Module>> {
	const images = new Map<string, WebAssembly.Module>();
	for (const name of ECU_NAMES) {
		const file = join(dir, `${name}.wasm`);
		if (!existsSync(file)) continue;
		try {
			images.set(name, await WebAssembly.compile(readFileSync(file)));
		} catch (e) {
			throw new Error(`${file}: not a valid WebAssembly module (${(e as Error).message})`);
		}
	}
	if (images.size === 0) throw new Error(`no ECU images in ${dir}: run \`npm run build:wasm\` first`);
	return images;
}
