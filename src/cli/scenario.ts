/**
 * `npm run scenario -- scenarios/*.json [--junit FILE] [--jobs N]`: loads every file first (a bad one is
 * reported as `file: json-path: reason` and nothing runs), runs them in parallel on worker_threads, prints
 * each verdict with the measured FDTI/FRTI against the FTTI, writes JUnit XML, and exits 1 when any
 * scenario did not end as expected (2 on bad input). docs/faults.md.
 *
 * `npm run scenario -- --chaos SEED [--faults N] [--junit FILE]`: N (default 20) catalog faults drawn with
 * the seed, each on a fresh vehicle (chaos.ts); one line per fault, exit 1 on any miss. docs/faults.md,
 * "Chaos mode".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { ScenarioError, type Scenario } from '../lib/sim/scenario/load';
import { junitXml } from '../lib/sim/scenario/junit';
import { loadScenarioFile, runPool, runChaosNode } from '../lib/sim/scenario/node-run';
import { CHAOS_FROM_MS, CHAOS_TO_MS, chaosLine, chaosPlan } from '../lib/sim/scenario/chaos';
import type { ScenarioResult } from '../lib/sim/scenario/runner';

function usage(msg: string): never {
	console.error(`scenario: ${msg}\nusage: npm run scenario -- FILE.json... [--junit FILE] [--jobs N]\n       npm run scenario -- --chaos SEED [--faults N] [--junit FILE]`);
	process.exit(2);
}

const args = process.argv.slice(2);
const files: string[] = [];
let junit = 'test-results/scenarios.junit.xml';
let jobs = Math.max(1, Math.min(4, availableParallelism()));
let chaos: number | null = null;
let faults = 20;
const whole = (opt: string, v: string | undefined, min: number): number => {
	const n = Number(v);
	if (v === undefined || !/^\d+$/.test(v) || n < min) usage(`${opt} ${v ?? ''} is not a whole number ≥ ${min}`.replace('  ', ' '));
	return n;
};
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === '--junit') junit = args[++i] ?? usage('--junit needs a file');
	else if (a === '--chaos') chaos = whole('--chaos', args[++i], 0);
	else if (a === '--faults') faults = whole('--faults', args[++i], 1);
	else if (a === '--jobs') {
		jobs = Number(args[++i]);
		if (!Number.isInteger(jobs) || jobs < 1) usage(`--jobs ${args[i]} is not a whole number ≥ 1`);
	} else if (a.startsWith('--')) usage(`unknown option ${a}`);
	else files.push(a);
}
if (chaos !== null) {
	if (files.length) usage(`--chaos draws its own faults: no scenario files with it (got ${files[0]})`);
	const plan = chaosPlan(chaos, faults);
	console.log(`chaos: seed ${chaos}, ${faults} fault(s), each on a fresh vehicle (city drive, fault between ${CHAOS_FROM_MS / 1000} and ${CHAOS_TO_MS / 1000} s)`);
	const results = await runChaosNode(plan, (r) => console.log(chaosLine(r)));
	mkdirSync(dirname(junit), { recursive: true });
	writeFileSync(junit, junitXml(results.map((r) => r.result)));
	const missed = results.filter((r) => r.verdict === 'MISS').length;
	console.log(`chaos: ${results.length - missed}/${results.length} reacted in time (seed ${chaos}); JUnit: ${junit}`);
	process.exit(missed ? 1 : 0);
}
if (files.length === 0) usage('no scenario files');

const loaded: Scenario[] = [];
const bad: string[] = [];
for (const f of files) {
	try {
		loaded.push(loadScenarioFile(f));
	} catch (e) {
		bad.push(e instanceof ScenarioError ? e.message : (e as Error).message);
	}
}
if (bad.length) {
	console.error(bad.join('\n'));
	console.error(`scenario: ${bad.length} file(s) invalid; nothing ran`);
	process.exit(2);
}

const line = (r: ScenarioResult): string => {
	const re = r.assertions.find((a) => a.type === 'reaction');
	const t = re ? `  FDTI ${re.fdti_ms ?? '–'} + FRTI ${re.frti_ms ?? '–'} ms / FTTI ${re.ftti_ms} ms` : '';
	const head = `${r.passed ? 'PASS' : 'FAIL'} ${r.requirement} ASIL ${r.asil}  ${r.name}${t}`;
	const detail = r.assertions.filter((a) => !a.passed !== (r.expect === 'fail') || !r.passed).map((a) => `    ${a.passed ? 'ok  ' : 'FAIL'} ${a.name}: ${a.detail}`);
	const errs = r.steps.filter((s) => s.error).map((s) => `    ERROR ${s.label}: ${s.error}`);
	return [head, ...(r.passed ? [] : detail), ...errs].join('\n');
};

try {
	const results = await runPool(loaded, jobs, (r) => console.log(line(r)));
	mkdirSync(dirname(junit), { recursive: true });
	writeFileSync(junit, junitXml(results));
	const failed = results.filter((r) => !r.passed).length;
	console.log(`scenario: ${results.length - failed}/${results.length} passed (${jobs} worker${jobs > 1 ? 's' : ''}); JUnit: ${junit}`);
	process.exit(failed ? 1 : 0);
} catch (e) {
	console.error(`scenario: ${(e as Error).message}`);
	process.exit(2);
}
