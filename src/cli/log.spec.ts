import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlfWriter } from '../lib/can/formats/blf';
import { CandumpWriter } from '../lib/can/formats/candump';
import { sampleBatch, writeAll } from '../lib/can/formats/testing';

const dir = mkdtempSync(join(tmpdir(), 'zb-log-cli-'));

function run(cli: string, args: string[]) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${cli}.ts`, ...args], { encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run log', () => {
	const log = join(dir, 'a.log');
	writeFileSync(log, writeAll(new CandumpWriter({ channels: ['vcan0', 'vcan1'] }), [sampleBatch()]));

	it('info prints format, frames, duration, IDs and channels', () => {
		const r = run('log', ['info', log]);
		expect(r.code).toBe(0);
		expect(r.out).toContain('a.log: candump');
		expect(r.out).toContain('frames: 8 (2 CAN FD, 1 error frames), 0 skipped, 0 errors');
		expect(r.out).toContain('time: 1700000000.123456 .. 1700000001.358023, 1.234567 s');
		expect(r.out).toContain('channels: vcan0, vcan1');
		expect(r.out).toMatch(/ids: 7: /);
	});

	it('convert goes through every format by extension and back to the same log', () => {
		for (const ext of ['blf', 'asc', 'pcapng']) {
			const mid = join(dir, `a.${ext}`);
			const back = join(dir, `back-${ext}.log`);
			expect(run('log', ['convert', log, mid]).code).toBe(0);
			expect(run('log', ['convert', mid, back]).code).toBe(0);
			// BLF and ASC number their channels (names come back as can0, can1); pcapng names its interfaces
			const want = readFileSync(log, 'utf8');
			expect(readFileSync(back, 'utf8')).toBe(ext === 'pcapng' ? want : want.replace(/vcan/g, 'can'));
		}
		const csv = join(dir, 'out.txt');
		expect(run('log', ['convert', log, csv, '--to', 'csv-savvycan']).code).toBe(0);
		expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe('Time Stamp,ID,Extended,Dir,Bus,LEN,D1,D2,D3,D4,D5,D6,D7,D8');
	});

	it('a bad file: exit 1 with file:offset: reason, the frames before the error written', () => {
		const blf = writeAll(new BlfWriter({ containerSize: 48 * 2 }), [sampleBatch()]);
		const bad = join(dir, 'cut.blf');
		writeFileSync(bad, blf.subarray(0, blf.length - 30));
		const out = join(dir, 'cut.log');
		const r = run('log', ['convert', bad, out]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/cut\.blf:\d+: file is truncated: the object at offset \d+ has \d+ of its \d+ bytes/);
		expect(r.err).toMatch(/\d+ frames read, 1 skipped, reading stopped at the error/);
		const lines = readFileSync(out, 'utf8').trim().split('\n');
		expect(lines.length).toBeGreaterThan(3);
		expect(readFileSync(log, 'utf8').replace(/vcan/g, 'can').startsWith(lines.join('\n'))).toBe(true);
	});

	it('usage errors exit 2', () => {
		expect(run('log', ['frobnicate']).code).toBe(2);
		expect(run('log', ['convert', log, join(dir, 'x.trc')]).err).toContain('trc is read only');
	});

	it('decode prints what npm run dbc -- decode prints, for any format', () => {
		const dbc = 'static/vehicle.dbc';
		const sim = join(dir, 'sim.log');
		spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--duration', '1', '--out', sim, '--quiet']);
		const blf = join(dir, 'sim.blf');
		expect(run('log', ['convert', sim, blf]).code).toBe(0);
		const ours = run('log', ['decode', dbc, blf]);
		const theirs = run('dbc', ['decode', dbc, sim]);
		expect(ours.code).toBe(0);
		expect(ours.out.split('\n').length).toBeGreaterThan(500);
		expect(ours.out).toBe(theirs.out);
	});
});
