/**
 * `npm run docs`: regenerates the generated parts of docs/ (the DTC table of docs/dtc.md) from the firmware.
 * `--check` exits 1 when docs/ is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDtcTable, renderDtcDoc } from '../lib/docs/dtc-table';
import { ECU_NAMES } from '../lib/sim/simulation';
import { renderSafetyDoc } from '../lib/docs/safety-doc';
import { loadScenarioFile, runPool } from '../lib/sim/scenario/node-run';
import { readdirSync } from 'node:fs';

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
	// docs/safety.md: the measured reactions of the built-in scenarios
	const safetyPath = resolve(root, 'docs/safety.md');
	const dir = resolve(root, 'scenarios');
	const scenarios = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => loadScenarioFile(`${dir}/${f}`));
	const sdoc = readFileSync(safetyPath, 'utf8');
	const snext = renderSafetyDoc(sdoc, await runPool(scenarios, 2));
	if (snext === sdoc) console.log('docs: docs/safety.md up to date');
	else if (check) {
		console.error('docs: docs/safety.md is stale: run `npm run docs`');
		process.exit(1);
	} else {
		writeFileSync(safetyPath, snext);
		console.log('docs: wrote docs/safety.md');
	}
} catch (e) {
	console.error(`docs: ${(e as Error).message}`);
	process.exit(1);
}
