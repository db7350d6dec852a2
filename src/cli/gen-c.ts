/**
 * Generates the firmware's CAN code and the CAN matrix doc from static/vehicle.dbc (run by
 * `npm run build:wasm` before the C build):
 *
 *   npx tsx src/cli/gen-c.ts           writes sim-wasm/gen/vehicle_dbc.{h,c} and docs/can-matrix.md if changed
 *   npx tsx src/cli/gen-c.ts --check   exits 1 when any of them is missing or stale (CI)
 *
 * Files are rewritten only when their content changes, so the incremental wasm build stays incremental.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../lib/can/dbc/gen-c';
import { loadDbcFile } from '../lib/can/dbc/load-node';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DBC = 'static/vehicle.dbc';
const USAGE = 'usage: npx tsx src/cli/gen-c.ts [--check]';

function main(argv: string[]): number {
	let check = false;
	for (const a of argv) {
		if (a === '--check') check = true;
		else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			return 0;
		} else {
			console.error(`gen-c: unknown argument '${a}' (${USAGE})`);
			return 2;
		}
	}
	const dbc = loadDbcFile(join(ROOT, DBC));
	for (const w of dbc.warnings ?? []) console.error(`gen-c: warning: ${w}`);
	const stale: string[] = [];
	const written: string[] = [];
	for (const { path, content } of generatedFiles(dbc)) {
		const abs = join(ROOT, path);
		const old = existsSync(abs) ? readFileSync(abs, 'utf8') : undefined;
		if (old === content) continue;
		if (check) stale.push(`${path} (${old === undefined ? 'missing' : 'out of date'})`);
		else {
			mkdirSync(dirname(abs), { recursive: true });
			writeFileSync(abs, content);
			written.push(path);
		}
	}
	if (check) {
		if (stale.length === 0) return 0;
		console.error(`gen-c: generated files do not match ${DBC}:\n  ${stale.join('\n  ')}\nrun \`npm run build:wasm\` (or \`npx tsx src/cli/gen-c.ts\`) and commit the result`);
		return 1;
	}
	console.log(written.length ? `gen-c: wrote ${written.join(', ')}` : `gen-c: generated files are up to date with ${DBC}`);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	// DbcError already reads `file:line:col: reason`; anything else gets the DBC named.
	console.error(`gen-c: ${DBC}: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = 1;
}
