/** The scenario loader's errors, the runner's verdicts on the real firmware, and the CLI's exit code and JUnit. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, ScenarioError } from './load';
import { loadScenarioFile, runLoaded, vehicleDbc } from './node-run';

const good = readFileSync('scenarios/sg-008-estop.json', 'utf8');
const problems = (text: string, ecus?: string[]): string[] => {
	try {
		loadScenario(text, 'x.json', vehicleDbc(), ecus);
	} catch (e) {
		if (e instanceof ScenarioError) return e.message.split('\n');
		throw e;
	}
	return [];
};
const edit = (f: (o: Record<string, any>) => void): string => {
	const o = JSON.parse(good);
	f(o);
	return JSON.stringify(o);
};

describe('scenario loader', () => {
	it('accepts every built-in scenario', () => {
		for (const f of ['sg-001-torque-request-e2e', 'sg-002-rzc-power-off', 'sg-007-obstacle-aeb']) expect(loadScenarioFile(`scenarios/${f}.json`).name).toMatch(/^SG-/);
	});
	it('names file, json path and reason', () => {
		expect(problems('{"name": ')[0]).toMatch(/^x\.json: \$: not valid JSON/);
		expect(problems(edit((o) => delete o.asil))).toContain('x.json: $: missing required property "asil"');
		expect(problems(edit((o) => (o.asil = 'E')))[0]).toMatch(/^x\.json: \$\.asil: must be one of "QM", "A"/);
		expect(problems(edit((o) => (o.steps[0].at_ms = -1)))).toContain('x.json: $.steps[0].at_ms: must be ≥ 0, is -1');
		expect(problems(edit((o) => (o.assertions[0].ftti = 3)))[0]).toMatch(/^x\.json: \$\.assertions\[0\]\.ftti: unknown property/);
	});
	it('names a signal the DBC does not define, and a value label it lacks, at load', () => {
		expect(problems(edit((o) => (o.assertions[0].detect.signal = 'VehicleState.Nope')))[0]).toMatch(/^x\.json: \$\.assertions\[0\]\.detect\.signal: message VehicleState has no signal 'Nope'/);
		expect(problems(edit((o) => (o.assertions[1].condition.value = 'ESTOPP')))[0]).toMatch(/\$\.assertions\[1\]\.condition\.value: SafetyStatus\.KillReason has no value 'ESTOPP'/);
	});
	it('names an unknown fault and an absent ECU with the ECUs present', () => {
		expect(problems(edit((o) => (o.steps = [{ at_ms: 1, fault: { kind: 'melt' } }])))[0]).toMatch(/\$\.steps\[0\]\.fault\.kind: unknown fault 'melt' \(known: sensor-stuck/);
		expect(problems(edit((o) => (o.steps = [{ at_ms: 1, fault: { kind: 'power-off', target: 'fzc' } }])), ['cvc', 'sc'])).toContain("x.json: $.steps[0].fault.target: no ECU 'fzc' on the bus (present: cvc, sc)");
	});
});

describe('scenario runner (real firmware)', () => {
	it('measures the E-stop reaction exactly and passes it', async () => {
		const r = await runLoaded(loadScenarioFile('scenarios/sg-008-estop.json'));
		const re = r.assertions.find((a) => a.type === 'reaction')!;
		expect(r.outcome).toBe('pass');
		expect(re.fdti_ms! + re.frti_ms!).toBeLessThanOrEqual(100);
		expect(re.fdti_ms).toBeGreaterThan(0);
	});
	it('a scenario that must fail does (an FTTI the firmware cannot meet)', async () => {
		const r = await runLoaded(loadScenarioFile('src/lib/sim/scenario/fixtures/must-fail.json'));
		expect(r.outcome).toBe('fail');
		expect(r.passed).toBe(true);
		expect(r.assertions[0].detail).toMatch(/FTTI 1 ms/);
	});
});

describe('npm run scenario', () => {
	const dir = mkdtempSync(join(tmpdir(), 'zb-scn-'));
	const cli = (...a: string[]) => spawnSync('npx', ['tsx', 'src/cli/scenario.ts', ...a], { encoding: 'utf8' });
	it('exits 0 and writes JUnit with requirement, ASIL, FDTI, FRTI, FTTI', () => {
		const junit = join(dir, 'ok.xml');
		const r = cli('scenarios/sg-008-estop.json', 'scenarios/sg-006-motor-overtemp.json', '--junit', junit, '--jobs', '2');
		expect(r.status, r.stderr).toBe(0);
		const xml = readFileSync(junit, 'utf8');
		for (const p of ['requirement" value="SG-008', 'ASIL" value="C', 'FDTI" value="1', 'FRTI', 'FTTI" value="100']) expect(xml).toContain(p);
	}, 60_000);
	it('exits 1 when a scenario fails, 2 with nothing run on a bad file', () => {
		const f = join(dir, 'fail.json');
		writeFileSync(f, readFileSync('src/lib/sim/scenario/fixtures/must-fail.json', 'utf8').replace('"expect": "fail",', ''));
		const r = cli(f, '--junit', join(dir, 'f.xml'));
		expect(r.status).toBe(1);
		expect(readFileSync(join(dir, 'f.xml'), 'utf8')).toContain('<failure');
		const bad = join(dir, 'bad.json');
		writeFileSync(bad, '{"name": 1}');
		const b = cli(bad, 'scenarios/sg-008-estop.json');
		expect(b.status).toBe(2);
		expect(b.stderr).toContain(`${bad}: $.name: must be string, is integer`);
		expect(b.stdout).not.toContain('PASS');
	}, 60_000);
	it('--chaos: a bounded chaos run, one line per fault with FDTI/FRTI vs FTTI, exit 0, JUnit; a bad seed exits 2', () => {
		const junit = join(dir, 'chaos.xml');
		const r = cli('--chaos', '4', '--faults', '8', '--junit', junit);
		expect(r.status, r.stdout + r.stderr).toBe(0);
		const lines = r.stdout.split('\n').filter((l) => /^(pass|MISS) #\d+ /.test(l));
		expect(lines).toHaveLength(8);
		for (const l of lines) expect(l).toMatch(/^pass #\d+ \S+ @\d+\.\d{3} s \(vehicle seed \d+\)  (SG-00\d FDTI \d+ \+ FRTI \d+ = \d+ ms \/ FTTI \d+ ms|no goal: defined state)$/);
		expect(r.stdout).toContain('chaos: 8/8 reacted in time (seed 4)');
		expect(readFileSync(junit, 'utf8').match(/<testsuite /g)).toHaveLength(8);
		const bad = cli('--chaos', 'x');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('--chaos x is not a whole number ≥ 0');
	}, 60_000);
});
