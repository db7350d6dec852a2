/// <reference lib="webworker" />
/**
 * The simulation worker: one comlink API object. The page only renders and sends intents; it never steps
 * the simulation itself.
 */
import * as Comlink from 'comlink';
import { createSimApi } from './api';

let manifest: Promise<string[]> | null = null;

/** The ECU images the build produced (static/wasm/manifest.json, written by sim-wasm/build.mjs). */
function builtEcus(base: string): Promise<string[]> {
	manifest ??= fetch(`${base}/wasm/manifest.json`).then(async (res) => {
		if (!res.ok) throw new Error(`loading ${base}/wasm/manifest.json: HTTP ${res.status} (was \`npm run build:wasm\` run?)`);
		const m = (await res.json()) as { ecus?: unknown };
		if (!Array.isArray(m.ecus)) throw new Error(`${base}/wasm/manifest.json: no "ecus" list`);
		return m.ecus.map(String);
	});
	return manifest;
}

const api = createSimApi(async (name, base) => {
	if (!(await builtEcus(base)).includes(name)) return null;
	const url = `${base}/wasm/${name}.wasm`;
	const res = await fetch(url);
	if (!res.ok) throw new Error(`loading ECU image ${url}: HTTP ${res.status}`);
	try {
		return await WebAssembly.compile(await res.arrayBuffer());
	} catch (e) {
		throw new Error(`${url}: not a valid WebAssembly module (${(e as Error).message})`);
	}
});

Comlink.expose(api);
