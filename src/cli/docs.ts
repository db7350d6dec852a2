/**
 * `npm run docs`: regenerates the generated parts of docs/ (the DTC table of docs/dtc.md) from the firmware.
 * `--check` exits 1 when docs/ is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDtcTable, renderDtcDoc } from '../lib/docs/dtc-table';
import { ECU_NAMES } from '../lib/sim/simulation';

const root = resolve(import.meta.dirname, '../..');
const docPath = resolve(root, 'docs/dtc.md');
const check = process.argv.includes('--check');
try {
	const doc = readFileSync(docPath, 'utf8');
	const next = renderDtcDoc(doc, buildDtcTable(resolve(root, 'sim-wasm/ecu'), ECU_NAMES));
	if (next === doc) console.log('docs: docs/dtc.md up to date');
	else if (check) {
		console.error('docs: docs/dtc.md is stale: run `npm run docs`');
		process.exit(1);
	} else {
		writeFileSync(docPath, next);
		console.log('docs: wrote docs/dtc.md');
	}
} catch (e) {
	console.error(`docs: ${(e as Error).message}`);
	process.exit(1);
}
