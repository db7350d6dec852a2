#!/usr/bin/env node
/**
 * Prints the lines of ECU glue: each ECU's image file sim-wasm/ecu/<ecu>/<ecu>.c, which wires the ECU ABI to the
 * basic software (config tables, packing, DIDs, supervision). The application files (<ecu>_app.c, tcu_obd.c)
 * and the generated DBC code are not glue and are not counted.
 *
 *   node sim-wasm/tools/glue-lines.mjs [--at <git revision>]
 *
 * With --at the files are read as they were at that revision (e.g. --at beaa904, before the bsw tables).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SIM_WASM } from './clang.mjs';

const args = process.argv.slice(2);
let at = null;
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--at' && args[i + 1]) at = args[++i];
	else throw new Error(`unknown argument '${args[i]}' (usage: node sim-wasm/tools/glue-lines.mjs [--at <git revision>])`);
}

function read(rel) {
	if (at === null) return existsSync(join(ROOT, rel)) ? readFileSync(join(ROOT, rel), 'utf8') : null;
	try {
		return execFileSync('git', ['show', `${at}:${rel}`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		return null;
	}
}

const ecus = readdirSync(join(SIM_WASM, 'ecu')).sort();
let total = 0;
for (const ecu of ecus) {
	const text = read(`sim-wasm/ecu/${ecu}/${ecu}.c`);
	if (text === null) continue;
	const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
	total += lines;
	console.log(`  ${ecu.padEnd(6)} ${String(lines).padStart(5)}  sim-wasm/ecu/${ecu}/${ecu}.c`);
}
console.log(`  total  ${String(total).padStart(5)}  lines of ECU glue${at ? ` at ${at}` : ''}`);
