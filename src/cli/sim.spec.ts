import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCandumpLog } from '../lib/can/candump';
import { parseSimArgs, vehicleOut } from './sim';

const dir = mkdtempSync(join(tmpdir(), 'zb-sim-'));

function runSim(args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', ...args], { encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run sim', () => {
	const log1 = join(dir, 'a.log');
	const log2 = join(dir, 'b.log');

	it('writes a candump -L log and prints frames, simulated and wall time and the real-time factor', () => {
		const r = runSim(['--duration', '5', '--seed', '7', '--drive', 'city', '--out', log1, '--quiet']);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/frames:\s+\d+/);
		expect(r.out).toMatch(/simulated time:\s+5\.000 s/);
		expect(r.out).toMatch(/wall time:\s+[\d.]+ s/);
		expect(r.out).toMatch(/real-time factor:\s+[\d.]+x/);
		const text = readFileSync(log1, 'utf8');
		expect(text.split('\n')[0]).toMatch(/^\(1700000000\.\d{6}\) vcan0 [0-9A-F]{3}#[0-9A-F]*$/);
		const parsed = parseCandumpLog(text, log1);
		expect(parsed.errors).toEqual([]);
		const frames = Number(/frames:\s+(\d+)/.exec(r.out)![1]);
		expect(parsed.frames.count).toBe(frames);
	});

	it('same seed ⇒ byte-identical log', () => {
		runSim(['--duration', '5', '--seed', '7', '--drive', 'city', '--out', log2, '--quiet']);
		expect(readFileSync(log2).equals(readFileSync(log1))).toBe(true);
	});

	it('python-can reads the log back frame for frame (python3-can, the format owner)', () => {
		const py = '/usr/bin/python3';
		const probe = spawnSync(py, ['-c', 'import can'], { encoding: 'utf8' });
		if (probe.status !== 0) {
			console.log(`[skip] python-can not installed (${py} -c "import can" failed): run .ci/setup`);
			return;
		}
		const script = `import can, sys, json
n = 0; first = None
for m in can.CanutilsLogReader(sys.argv[1]):
    n += 1
    if first is None: first = {"t": m.timestamp, "id": m.arbitration_id, "data": m.data.hex(), "ch": m.channel}
print(json.dumps({"n": n, "first": first}))`;
		const r = spawnSync(py, ['-c', script, log1], { encoding: 'utf8' });
		expect(r.stderr).toBe('');
		const got = JSON.parse(r.stdout) as { n: number; first: { t: number; id: number; data: string; ch: string } };
		const ours = parseCandumpLog(readFileSync(log1, 'utf8')).frames;
		expect(got.n).toBe(ours.count);
		expect(got.first.id).toBe(ours.id[0]);
		expect(got.first.ch).toBe('vcan0');
		expect(got.first.t).toBeCloseTo(ours.t_us[0] / 1e6, 5);
	});

	it("can-utils' log2asc converts the log (can-utils, the format owner)", () => {
		if (!existsSync('/usr/bin/log2asc')) {
			console.log('[skip] can-utils not installed (/usr/bin/log2asc missing): run .ci/setup');
			return;
		}
		const r = spawnSync('/usr/bin/log2asc', ['-I', log1, 'vcan0'], { encoding: 'utf8' });
		expect(r.status).toBe(0);
		const frames = r.stdout.split('\n').filter((l) => /^\s*\d+\.\d+\s+\d+\s+[0-9A-F]+\s+Rx\s+d\s+\d/i.test(l));
		expect(frames.length).toBe(parseCandumpLog(readFileSync(log1, 'utf8')).frames.count);
	});

	it('bad flags and unknown profiles: a clear message and exit code 2', () => {
		const a = runSim(['--drive', 'moon']);
		expect(a.code).toBe(2);
		expect(a.err).toContain("unknown drive profile 'moon'; known: idle, city, highway, wltp3");
		const b = runSim(['--durration', '5']);
		expect(b.code).toBe(2);
		expect(b.err).toContain("unknown option '--durration'");
		const c = runSim(['--seed', '-3']);
		expect(c.code).toBe(2);
		expect(c.err).toContain("--seed needs a non-negative integer (got '-3')");
	});

	it('parses every option', () => {
		expect(parseSimArgs(['--duration', '600', '--seed', '7', '--drive', 'highway', '--out', 'x.log', '--iface', 'can0', '--epoch', '0'])).toEqual({
			duration: 600,
			seed: 7,
			drive: 'highway',
			out: 'x.log',
			iface: 'can0',
			epoch: 0,
			quiet: false,
			vehicles: null,
			faults: []
		});
		expect(parseSimArgs(['--vehicles', '4']).vehicles).toBe(4);
		expect(() => parseSimArgs(['--vehicles', '0'])).toThrow('--vehicles needs 1..1000 (got 0)');
	});

	it('--vehicles 2: two vehicles on worker threads, a log each, and the whole machine\'s vehicles × real time', () => {
		const out = join(dir, 'fleet.log');
		const r = runSim(['--vehicles', '2', '--duration', '3', '--seed', '7', '--out', out, '--quiet']);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/vehicles:\s+2 on 2 worker threads, city, seeds 7..8/);
		expect(r.out).toMatch(/vehicles x real time: [\d.]+x/);
		// vehicle 0 has the seed of a one-vehicle run: the same log
		const single = join(dir, 'single.log');
		expect(runSim(['--duration', '3', '--seed', '7', '--out', single, '--quiet']).code).toBe(0);
		expect(readFileSync(vehicleOut(out, 0), 'utf8')).toBe(readFileSync(single, 'utf8'));
		expect(readFileSync(vehicleOut(out, 1), 'utf8')).not.toBe(readFileSync(single, 'utf8'));
	});

	it('names each vehicle\'s log', () => {
		expect(vehicleOut('run.log', 3)).toBe('run.3.log');
		expect(vehicleOut('/tmp/a.b/run', 0)).toBe('/tmp/a.b/run.0');
	});
	it('parses --fault KIND:TARGET[:PARAM]@T, repeatable, and names a bad one', () => {
		expect(parseSimArgs(['--fault', 'power-off:fzc@10', '--fault', 'sensor-offset:cvc.PEDAL_S2:10@2']).faults).toEqual([
			{ spec: { kind: 'power-off', target: 'fzc' }, at_s: 10 },
			{ spec: { kind: 'sensor-offset', target: 'cvc.PEDAL_S2', param: 10 }, at_s: 2 }
		]);
		expect(() => parseSimArgs(['--fault', 'melt:fzc@1'])).toThrow(/unknown fault 'melt'/);
	});
});
