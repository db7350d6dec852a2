import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NoSourceError, startServer } from './app';
import { ConfigError, defaultInstance, formatConfigTable, loadConfig, resolveToken } from './config';
import { fleetEnv } from './fleet/index';
import { MetricsRegistry } from './metrics';

const dir = mkdtempSync(join(tmpdir(), 'zb-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const configError = (env: Record<string, string>, argv: string[] = []): string => {
	try {
		loadConfig(env, argv);
	} catch (e) {
		if (e instanceof ConfigError) return e.message;
		throw e;
	}
	throw new Error('expected a ConfigError');
};

describe('configuration', () => {
	it('defaults: port 4173 on 127.0.0.1, one simulated channel, data in ./data', () => {
		const c = loadConfig({}, []);
		expect(c).toMatchObject({ port: 4173, host: '127.0.0.1', dataDir: './data', token: null, origins: [] });
		expect(c.can).toEqual([{ kind: 'sim', seed: 1, spec: 'sim' }]);
		expect(c).toMatchObject({ web: true, wsMaxBuffer: 4 << 20 });
		expect(loadConfig({ ZB_WEB: '0', ZB_WS_MAX_BUFFER: '65536' })).toMatchObject({ web: false, wsMaxBuffer: 65536 });
	});

	it('reads the environment, and CLI flags override it', () => {
		const c = loadConfig(
			{ ZB_PORT: '8080', ZB_CAN: 'sim:7, replay:a.log ,socketcan:vcan0', ZB_ORIGINS: 'https://bench.example.com,http://10.0.0.2:5173' },
			['--port', '9090', '--host=0.0.0.0']
		);
		expect(c.port).toBe(9090);
		expect(c.host).toBe('0.0.0.0');
		expect(c.can.map((s) => s.kind)).toEqual(['sim', 'replay', 'socketcan']);
		expect(c.can[0]).toMatchObject({ seed: 7 });
		expect(c.can[1]).toMatchObject({ file: 'a.log', loop: true });
		expect(c.can[2]).toMatchObject({ iface: 'vcan0' });
		expect(c.origins).toEqual(['https://bench.example.com', 'http://10.0.0.2:5173']);
		expect(c.from).toMatchObject({ ZB_PORT: 'flag', ZB_CAN: 'env', ZB_DATA: 'default' });
	});

	it('a bad value names the variable (or the flag) and why', () => {
		expect(configError({ ZB_PORT: 'abc' })).toMatch(/^ZB_PORT='abc': must be a port number/);
		expect(configError({}, ['--port', '70000'])).toMatch(/^--port='70000'/);
		expect(configError({ ZB_CAN: 'can0' })).toMatch(/^ZB_CAN: 'can0': unknown source kind 'can0'/);
		expect(configError({ ZB_CAN: 'sim,,sim' })).toMatch(/^ZB_CAN='sim,,sim': empty entry/);
		expect(configError({ ZB_CAN: 'sim:-1' })).toMatch(/seed must be an integer/);
		expect(configError({ ZB_CAN: 'replay:' })).toMatch(/replay needs a file/);
		expect(configError({ ZB_CAN: 'socketcan:bad name' })).toMatch(/socketcan needs an interface name/);
		expect(configError({ ZB_ORIGINS: 'evil' })).toMatch(/^ZB_ORIGINS: 'evil' is not an origin/);
		expect(configError({ ZB_ORIGINS: 'https://a.example/path' })).toMatch(/no path/);
		expect(configError({ ZB_TOKEN: 'short' })).toMatch(/^ZB_TOKEN: must be at least 16 characters/);
		expect(configError({ MQTT_URL: 'not a url' })).toMatch(/^MQTT_URL=/);
		expect(configError({ ZB_WEB: 'no' })).toMatch(/^ZB_WEB='no': must be 1 \(serve the app\) or 0/);
		expect(configError({ ZB_WS_MAX_BUFFER: '10' })).toMatch(/^ZB_WS_MAX_BUFFER='10': must be a byte count/);
		expect(configError({}, ['--frobnicate'])).toMatch(/^unknown option '--frobnicate'/);
		expect(configError({ ZB_INSTANCE: 'a b' })).toMatch(/^ZB_INSTANCE='a b': 1 to 64 letters, digits/);
		expect(configError({}, ['--instance', 'x/y'])).toMatch(/^--instance='x\/y'/);
	});

	it('names the instance after the host and port, so two on one machine differ (several instances: docs/scaling.md)', () => {
		expect(defaultInstance(4173, 'bench-1.example.com')).toBe('bench-1-4173');
		expect(loadConfig({ ZB_PORT: '4174' }).instance).toBe(defaultInstance(4174));
		expect(loadConfig({ ZB_PORT: '4174' }).instance).not.toBe(loadConfig({ ZB_PORT: '4175' }).instance);
		expect(loadConfig({ ZB_INSTANCE: 'eu-1' }, ['--instance', 'eu-2'])).toMatchObject({ instance: 'eu-2', from: { ZB_INSTANCE: 'flag' } });
	});

	it('the fleet settings of several instances: a bad client id or share mode names the variable', () => {
		expect(fleetEnv({})).toMatchObject({ clientId: null, shared: 'auto' });
		expect(fleetEnv({ ZB_FLEET_CLIENT_ID: 'zb-fleet-eu-1', ZB_FLEET_SHARED: 'off' })).toMatchObject({ clientId: 'zb-fleet-eu-1', shared: 'off' });
		expect(() => fleetEnv({ ZB_FLEET_CLIENT_ID: 'a/#' })).toThrow(/^ZB_FLEET_CLIENT_ID='a\/#': 1 to 128 letters/);
		expect(() => fleetEnv({ ZB_FLEET_SHARED: 'yes' })).toThrow(/^ZB_FLEET_SHARED='yes': auto .* or off/);
	});

	it('generates a token once (mode 0600), prints it only then, and reads it back later', () => {
		const c = loadConfig({ ZB_DATA: join(dir, 'data') });
		const first = resolveToken(c);
		expect(first.origin).toBe('generated');
		expect(first.token).toMatch(/^[0-9a-f]{64}$/);
		expect(statSync(first.file!).mode & 0o777).toBe(0o600);
		expect(formatConfigTable(c, first)).toContain(first.token);
		const again = resolveToken(c);
		expect(again).toMatchObject({ origin: 'file', token: first.token });
		const table = formatConfigTable(c, again);
		expect(table).toMatch(/ZB_TOKEN\s+from ZB_DATA\/token/);
		expect(table).not.toContain(first.token);
		expect(readFileSync(first.file!, 'utf8').trim()).toBe(first.token);
		const env = resolveToken(loadConfig({ ZB_TOKEN: 'x'.repeat(20) }));
		expect(formatConfigTable(loadConfig({ ZB_TOKEN: 'x'.repeat(20) }), env)).not.toContain('x'.repeat(20));
	});
});

describe('sources that cannot start', () => {
	const good = join(dir, 'good.log');
	writeFileSync(good, '(1700000000.000100) vcan0 100#0102\n(1700000000.010100) vcan0 101#03\n');
	const start = (can: string) =>
		startServer(loadConfig({ ZB_PORT: '0', ZB_CAN: can, ZB_TOKEN: 'test-token-0123456789' }), { web: false, services: false, metrics: new MetricsRegistry() });

	it('a missing replay file and a file that is not a log fail with file(:line): reason; the others run', async () => {
		const notLog = join(dir, 'notes.txt');
		writeFileSync(notLog, '(1700000000.000100) vcan0 100#01\nhello, this is not a candump log\n');
		const s = await start(`replay:${good},replay:/nonexistent,replay:${notLog}`);
		try {
			const h = (await (await fetch(`http://127.0.0.1:${s.port}/healthz`)).json()) as { sources: { state: string; error?: string }[] };
			expect(h.sources.map((x) => x.state)).toEqual(['running', 'failed', 'failed']);
			expect(h.sources[1].error).toBe('/nonexistent: no such file');
			expect(h.sources[2].error).toMatch(new RegExp(`^${notLog.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: expected '\\(seconds.micros\\) iface id#data'`));
		} finally {
			await s.close();
		}
	});

	it('when every source fails, startServer rejects with each reason', async () => {
		const err = await start('replay:/nonexistent,socketcan:can9').catch((e) => e);
		expect(err).toBeInstanceOf(NoSourceError);
		expect(err.message).toMatch(/channel 0 \(replay:\/nonexistent\): \/nonexistent: no such file/);
		expect(err.message).toMatch(/channel 1 \(socketcan:can9\): .*can9/);
	});

	it('the entry exits 2 on a bad variable and 1 when nothing can start, saying why', () => {
		const run = (env: Record<string, string>) =>
			spawnSync(process.execPath, ['--import', 'tsx', 'server/index.ts'], { env: { ...process.env, ZB_DATA: join(dir, 'entry'), ...env }, encoding: 'utf8', timeout: 30_000 });
		const bad = run({ ZB_PORT: 'http' });
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/ZB_PORT='http': must be a port number/);
		const none = run({ ZB_PORT: '0', ZB_CAN: 'replay:/nonexistent' });
		expect(none.status).toBe(1);
		expect(none.stderr).toMatch(/no CAN source could start:\nchannel 0 \(replay:\/nonexistent\): \/nonexistent: no such file/);
	});
});
