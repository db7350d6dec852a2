/**
 * The native ECU runners (sim-wasm/host/): the same firmware C as the wasm images, built with the system
 * compiler and attached to SocketCAN. Checks they build warning-free, fail clearly on a missing interface,
 * send each ECU's heartbeat, and, where a vcan0 can exist, that a bench of seven processes fills the bus.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUILD = join(ROOT, 'sim-wasm', 'build', 'host');
const SEVEN = ['bcm', 'cvc', 'fzc', 'icu', 'rzc', 'sc', 'tcu'];

const ccMissing: string | null = (() => {
	const r = spawnSync(process.env.CC || 'cc', ['--version'], { encoding: 'utf8' });
	return r.error || r.status !== 0 ? `no C compiler ('${process.env.CC || 'cc'} --version' failed)` : null;
})();

function ecuFolders(): string[] {
	const dir = join(ROOT, 'sim-wasm', 'ecu');
	return readdirSync(dir)
		.filter((n) => statSync(join(dir, n)).isDirectory() && readdirSync(join(dir, n)).some((f) => f.endsWith('.c')))
		.sort();
}

/** The heartbeat ID (0x010..0x016) each ECU sends, read from the DBC: the contract, not a copy of it. */
function heartbeatIds(): Map<string, number> {
	const dbc = readFileSync(join(ROOT, 'static', 'vehicle.dbc'), 'utf8');
	const ids = new Map<string, number>();
	for (const m of dbc.matchAll(/^BO_ (\d+) \w+: \d+ (\w+)/gm)) {
		const id = Number(m[1]);
		if (id >= 0x010 && id <= 0x016) ids.set(m[2].toLowerCase(), id);
	}
	return ids;
}

function buildHost(...args: string[]) {
	return spawnSync(process.execPath, ['sim-wasm/host/build.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** Runs a child to its end; resolves with exit code and output. */
function finish(p: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		let stdout = '';
		let stderr = '';
		p.stdout?.on('data', (d) => (stdout += d));
		p.stderr?.on('data', (d) => (stderr += d));
		p.on('error', reject);
		p.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

/** IDs in candump -L lines "(sec.usec) iface ID#DATA"; throws on a line of another form. */
function candumpIds(text: string): number[] {
	return text
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => {
			const m = /^\(\d+\.\d{6}\) \S+ ([0-9A-F]{3}|[0-9A-F]{8})#{1,2}(R|[0-9A-F]*)$/.exec(l.trim());
			if (!m) throw new Error(`not a candump -L line: '${l}'`);
			return parseInt(m[1], 16);
		});
}

const tmpDirs: string[] = [];
function tmp(): string {
	const d = mkdtempSync(join(tmpdir(), 'zonebench-native-'));
	tmpDirs.push(d);
	return d;
}
afterAll(() => {
	for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

describe('native ECU runners', () => {
	it('build for all seven ECUs with warnings as errors', (ctx) => {
		if (ccMissing) {
			console.log(`native-host: build skipped: ${ccMissing}`);
			ctx.skip(ccMissing);
		}
		expect(ecuFolders()).toEqual(SEVEN);
		const r = buildHost();
		expect(r.status, `node sim-wasm/host/build.mjs failed:\n${r.stdout}${r.stderr}`).toBe(0);
		for (const ecu of SEVEN) expect(existsSync(join(BUILD, `ecu_${ecu}`)), `ecu_${ecu}`).toBe(true);
	}, 300_000); // a cold build of seven images on two cores

	it('treats a compiler warning as a build error', (ctx) => {
		if (ccMissing) ctx.skip(ccMissing);
		const flags = JSON.parse(buildHost('--print-flags').stdout) as string[];
		const dir = tmp();
		const src = join(dir, 'warn.c');
		writeFileSync(src, 'int f(int x);\nint f(int x) { int unused; return x; }\n');
		const r = spawnSync(process.env.CC || 'cc', [...flags, '-c', src, '-o', join(dir, 'warn.o')], {
			cwd: ROOT,
			encoding: 'utf8'
		});
		expect(r.status).not.toBe(0);
		expect(r.stderr).toMatch(/unused/);
	});

	it('names the interface and how to create it when it does not exist', (ctx) => {
		if (ccMissing) ctx.skip(ccMissing);
		const b = buildHost('--ecu', 'cvc');
		expect(b.status, b.stdout + b.stderr).toBe(0);
		const r = spawnSync(join(BUILD, 'ecu_cvc'), ['--duration', '1', 'zbnone0'], { encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('ecu_cvc: zbnone0: No such device (create it: ip link add dev zbnone0 type vcan');
	});

	it('rejects an unknown IO channel, naming it', (ctx) => {
		if (ccMissing) ctx.skip(ccMissing);
		const b = buildHost('--ecu', 'rzc');
		expect(b.status, b.stdout + b.stderr).toBe(0);
		const r = spawnSync(join(BUILD, 'ecu_rzc'), ['--io', 'BATTERY_VOLTS=360000', '-'], { encoding: 'utf8' });
		expect(r.status).toBe(2);
		expect(r.stderr).toContain("no channel named 'BATTERY_VOLTS'");
	});

	it('runs each ECU alone without a bus and sends its heartbeat as candump -L lines', async (ctx) => {
		if (ccMissing) ctx.skip(ccMissing);
		const b = buildHost();
		expect(b.status, b.stdout + b.stderr).toBe(0);
		const hb = heartbeatIds();
		const nvm = tmp();
		// 1.2 s covers the 500 ms period of the QM heartbeats with room to spare on a loaded machine
		const runs = await Promise.all(
			SEVEN.map((ecu) =>
				finish(spawn(join(BUILD, `ecu_${ecu}`), ['--duration', '1.2', '--quiet', '--nvm-dir', nvm, '-'], { cwd: nvm }))
			)
		);
		SEVEN.forEach((ecu, i) => {
			const r = runs[i];
			expect(r.code, `ecu_${ecu}: ${r.stderr}`).toBe(0);
			expect(hb.has(ecu), `no heartbeat for ${ecu} in the DBC`).toBe(true);
			expect(candumpIds(r.stdout), `ecu_${ecu} sent no heartbeat`).toContain(hb.get(ecu));
			expect(r.stderr).toMatch(new RegExp(`ecu_${ecu}: -: stopped by end of --duration after [\\d.]+ s: \\d+ ticks`));
		});
	}, 300_000);

	it('puts the seven heartbeats on vcan0 when run as a bench', async (ctx) => {
		if (ccMissing) ctx.skip(ccMissing);
		const reason = vcanUnavailable();
		if (reason) {
			console.log(`native-host: bench skipped: ${reason}`);
			ctx.skip(reason);
		}
		const b = buildHost();
		expect(b.status, b.stdout + b.stderr).toBe(0);
		const hb = heartbeatIds();
		const nvm = tmp();
		const haveCandump = !spawnSync('candump', ['-h'], { encoding: 'utf8' }).error;
		const dump = haveCandump ? spawn('candump', ['-L', 'vcan0']) : null;
		const dumped = dump ? finish(dump) : null;
		const runs = await Promise.all(
			SEVEN.map((ecu) =>
				finish(spawn(join(BUILD, `ecu_${ecu}`), ['--duration', '2', '--quiet', '--nvm-dir', nvm, 'vcan0'], { cwd: nvm }))
			)
		);
		dump?.kill('SIGINT');
		SEVEN.forEach((ecu, i) => {
			expect(runs[i].code, `ecu_${ecu}: ${runs[i].stderr}`).toBe(0);
			// every ECU hears at least the other six's heartbeats
			const rx = /rx (\d+) frames/.exec(runs[i].stderr);
			expect(Number(rx?.[1] ?? 0), `ecu_${ecu} received nothing: ${runs[i].stderr}`).toBeGreaterThan(0);
		});
		if (dumped) {
			const ids = new Set(candumpIds((await dumped).stdout));
			for (const ecu of SEVEN) expect(ids.has(hb.get(ecu) ?? -1), `heartbeat of ${ecu} on vcan0`).toBe(true);
		} else {
			console.log('native-host: candump not installed; checked the runners received frames only');
		}
	}, 120_000);
});

/** Why vcan0 cannot be used here, or null once it exists and is up (created if needed and allowed). */
function vcanUnavailable(): string | null {
	const show = spawnSync('ip', ['link', 'show', 'vcan0'], { encoding: 'utf8' });
	if (show.error) return `vcan0 cannot be created here: 'ip' (iproute2) not found`;
	if (show.status !== 0) {
		const add = spawnSync('ip', ['link', 'add', 'dev', 'vcan0', 'type', 'vcan'], { encoding: 'utf8' });
		if (add.status !== 0) return `vcan0 cannot be created here: ${(add.stderr || add.stdout).trim()}`;
	}
	const up = spawnSync('ip', ['link', 'set', 'up', 'vcan0'], { encoding: 'utf8' });
	if (up.status !== 0) return `vcan0 cannot be brought up: ${(up.stderr || up.stdout).trim()}`;
	return null;
}
