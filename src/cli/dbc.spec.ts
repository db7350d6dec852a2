import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/cli/dbc.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
	const r = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A DBC written here so the test does not depend on the shared samples.
const DBC = `VERSION ""
NS_ :
BS_:
BU_: PCM1 FOO

BO_ 496 ExampleMessage: 8 PCM1
 SG_ Temperature : 0|12@0- (0.01,250) [229.52|270.47] "degK"  PCM1,FOO
 SG_ AverageRadius : 6|6@0+ (0.1,0) [0|5] "m" Vector__XXX
 SG_ Enable : 7|1@0+ (1,0) [0|0] "-" Vector__XXX

BO_ 2147483649 Muxed: 2 FOO
 SG_ Sel M : 0|8@1+ (1,0) [0|0] "" Vector__XXX
 SG_ A m0 : 8|8@1+ (1,0) [0|0] "" Vector__XXX
 SG_ B m1 : 8|8@1- (1,0) [0|0] "" Vector__XXX

VAL_ 496 Enable 0 "Disabled" 1 "Enabled" ;
`;

const dir = mkdtempSync(join(tmpdir(), 'zb-dbc-cli-'));
const dbcPath = join(dir, 'm.dbc');
writeFileSync(dbcPath, DBC);

describe('dbc CLI', () => {
	it('check prints the counts', () => {
		const r = run('check', dbcPath);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('2 messages, 6 signals, 2 nodes (1 multiplexed, 0 CAN FD, 1 extended; 0 warnings)');
	});

	it('check on a malformed file prints FILE:line:col: reason and exits 1', () => {
		const bad = join(dir, 'bad.dbc');
		writeFileSync(bad, DBC.replace('7|1@0+', '7|1@0*'));
		const r = run('check', bad);
		expect(r.code).toBe(1);
		expect(r.stderr.trim()).toBe(`${bad}:9:20: expected '+' (unsigned) or '-' (signed) of signal 'Enable' but found '*'`);
	});

	it('decode prints one JSON object a frame, omits unselected signals, reports bad lines and exits 1', () => {
		const log = join(dir, 'x.log');
		writeFileSync(
			log,
			[
				'(1700000000.000100) vcan0 1F0#C006E00000000000',
				'(1700000000.000200) vcan0 00000001#01FE',
				'(1700000000.000300) vcan0 00000001#0005',
				'this is not a frame',
				'(1700000000.000400) vcan0 7AB#00',
				'(1700000000.000500) vcan0 00000001#01' // short: B is not in the frame
			].join('\n') + '\n'
		);
		const r = run('decode', dbcPath, log);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(`${log}:4: expected '(seconds.micros) iface id#data'`);
		const lines = r.stdout.trim().split('\n');
		expect(lines[0].startsWith('{"t":1700000000.000100,')).toBe(true);
		const objs = lines.map((l) => JSON.parse(l));
		expect(objs).toHaveLength(5);
		expect(objs[0].name).toBe('ExampleMessage');
		expect(objs[0].id).toBe(496);
		expect(objs[0].signals.Enable).toBe(1);
		expect(objs[0].signals.AverageRadius).toBeCloseTo(3.2, 9);
		expect(objs[0].signals.Temperature).toBeCloseTo(250.55, 9);
		expect(objs[1]).toEqual({ t: 1700000000.0002, id: 1, name: 'Muxed', signals: { Sel: 1, B: -2 } });
		expect(objs[2].signals).toEqual({ Sel: 0, A: 5 });
		expect(objs[3]).toEqual({ t: 1700000000.0004, id: 0x7ab, name: null, signals: {} });
		expect(objs[4].signals).toEqual({ Sel: 1 });
	});

	it('usage errors exit 2', () => {
		for (const args of [[], ['frobnicate'], ['check'], ['decode', dbcPath]]) {
			const r = run(...args);
			expect(r.code).toBe(2);
			expect(r.stderr).toContain('usage:');
		}
	});
});
