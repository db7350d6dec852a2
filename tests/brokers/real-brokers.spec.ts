/**
 * The gateway against real brokers started by the test: Debian's Mosquitto and the NATS server's MQTT
 * gateway (JetStream). `mosquitto_sub` (the CLI) receives the VSS telemetry; the broker is restarted
 * mid-run and every `seq` the gateway sent must arrive (outbox replay + QoS 1 + the subscriber's
 * persistent session).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import mqtt from 'mqtt';
import { Gateway } from '../../server/mqtt/gateway';
import { SimHub } from './sim-hub';

const VIN = 'ZBV1SVM0000000001';
const dbcText = readFileSync(resolve(import.meta.dirname, '../../static/vehicle.dbc'), 'utf8');
const MOSQUITTO = '/usr/sbin/mosquitto';
const NATS = ['/usr/sbin/nats-server', '/usr/bin/nats-server'].find(existsSync);
const SUB = '/usr/bin/mosquitto_sub';

const procs: ChildProcess[] = [];
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c();
	for (const p of procs.splice(0)) if (p.exitCode === null) p.kill('SIGKILL');
});

async function freePort(): Promise<number> {
	const s = createServer();
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
	const port = (s.address() as { port: number }).port;
	await new Promise<void>((r) => s.close(() => r()));
	return port;
}

async function waitPort(port: number, ms = 10_000): Promise<void> {
	const until = Date.now() + ms;
	for (;;) {
		const ok = await new Promise<boolean>((r) => {
			const s = tcpConnect(port, '127.0.0.1', () => (s.end(), r(true)));
			s.on('error', () => r(false));
		});
		if (ok) return;
		if (Date.now() > until) throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

function start(cmd: string, args: string[], stdout: 'pipe' | 'ignore' = 'ignore'): ChildProcess {
	const p = spawn(cmd, args, { stdio: ['ignore', stdout, 'pipe'] });
	let err = '';
	p.stderr!.on('data', (d) => (err = (err + d).slice(-4000)));
	p.on('exit', (code, sig) => {
		if (code && code !== 0 && !stopping.has(p)) console.log(`[${cmd}] exited ${code} ${sig ?? ''}: ${err}`);
	});
	procs.push(p);
	return p;
}

const stopping = new WeakSet<ChildProcess>();
async function stopProc(p: ChildProcess): Promise<void> {
	if (p.exitCode !== null || p.signalCode !== null) return;
	stopping.add(p); // nats-server exits 1 on SIGTERM: not worth a log line
	const gone = new Promise<void>((r) => p.once('exit', () => r()));
	p.kill('SIGTERM');
	await gone;
}

async function until(what: string, cond: () => boolean, ms = 20_000): Promise<void> {
	const end = Date.now() + ms;
	while (!cond()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

interface Broker {
	/** The port MQTT clients use. */
	port: number;
	start(): Promise<ChildProcess>;
}

function mosquitto(dir: string, port: number, wsPort: number): Broker {
	const conf = join(dir, 'mosquitto.conf');
	writeFileSync(
		conf,
		[
			'per_listener_settings false',
			// started as root, mosquitto drops to user 'mosquitto', who may not write the test's folder
			`user ${userInfo().username}`,
			'allow_anonymous true',
			// the subscriber's session and its queued QoS 1 messages survive the restart
			'persistence true',
			`persistence_location ${dir}/`,
			`listener ${port} 127.0.0.1`,
			`listener ${wsPort} 127.0.0.1`,
			'protocol websockets',
			''
		].join('\n')
	);
	return {
		port,
		async start() {
			const p = start(MOSQUITTO, ['-c', conf]);
			await waitPort(port);
			return p;
		}
	};
}

function nats(dir: string, port: number, clientPort: number): Broker {
	const conf = join(dir, 'nats.conf');
	writeFileSync(
		conf,
		[`server_name: zb_test`, `listen: 127.0.0.1:${clientPort}`, `jetstream { store_dir: "${dir}/js" }`, `mqtt { listen: 127.0.0.1:${port} }`, ''].join('\n')
	);
	return {
		port,
		async start() {
			const p = start(NATS!, ['-c', conf]);
			await waitPort(port, 20_000);
			return p;
		}
	};
}

/** Sim → gateway → broker → mosquitto_sub, with a broker restart in the middle. */
async function restartScenario(broker: Broker, name: string): Promise<void> {
	let proc = await broker.start();
	const received = new Map<number, any>();
	let dupes = 0;
	// the CLI as a user runs it, with a persistent session (-c -i) so it misses nothing across the restart
	const sub = start(SUB, ['-h', '127.0.0.1', '-p', String(broker.port), '-q', '1', '-c', '-i', `zb-test-sub-${name}`, '-t', `zb/v1/${VIN}/telemetry`, '-v'], 'pipe');
	let buf = '';
	sub.stdout!.on('data', (d) => {
		buf += d;
		let nl: number;
		while ((nl = buf.indexOf('\n')) >= 0) {
			const line = buf.slice(0, nl);
			buf = buf.slice(nl + 1);
			const sp = line.indexOf(' ');
			const msg = JSON.parse(line.slice(sp + 1));
			if (received.has(msg.seq)) dupes++;
			received.set(msg.seq, msg);
		}
	});
	await new Promise((r) => setTimeout(r, 300)); // let the subscription land before the first publish

	const hub = await SimHub.create({ profile: 'city' });
	const gw = new Gateway({ hub, url: `mqtt://127.0.0.1:${broker.port}`, vin: VIN, dbcText, dataDir: mkdtempSync(join(tmpdir(), `zb-gw-${name}-`)), log: () => {} });
	gw.start();
	cleanups.push(async () => {
		hub.stop();
		await gw.stop();
	});
	hub.run(4);
	await until('the first telemetry through mosquitto_sub', () => received.size >= 3);
	const first = [...received.values()][0];
	expect(first.signals['Vehicle.VehicleIdentification.VIN']).toBe(VIN);
	expect(typeof first.signals['Vehicle.Speed']).toBe('number');

	await stopProc(proc);
	const sentBeforeOutage = gw.status().seq.telemetry;
	await until('messages queueing in the outbox', () => gw.status().outbox.depth >= 3);
	expect(gw.status().connected).toBe(false);
	proc = await broker.start();
	cleanups.push(() => stopProc(proc));
	await until('the gateway to reconnect', () => gw.status().connected);
	await new Promise((r) => setTimeout(r, 1000));
	hub.stop();
	const lastSent = gw.status().seq.telemetry;
	await until(`every seq up to ${lastSent} at mosquitto_sub`, () => received.has(lastSent) && gw.status().outbox.depth === 0);
	const missing: number[] = [];
	for (let s = 1; s <= lastSent; s++) if (!received.has(s)) missing.push(s);
	console.log(`[${name}] sent ${lastSent} telemetry messages (${sentBeforeOutage} before the restart), received ${received.size}, duplicates ${dupes}, missing ${missing.length}`);
	expect(missing).toEqual([]);
	expect(lastSent).toBeGreaterThan(sentBeforeOutage + 3);
	expect(gw.status().outbox.dropped).toBe(0);
	sub.kill('SIGTERM');
}

describe('gateway → Mosquitto', () => {
	it('mosquitto_sub receives VSS telemetry; a broker restart loses no seq', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zb-mosquitto-'));
		await restartScenario(mosquitto(dir, await freePort(), await freePort()), 'mosquitto');
	});

	it('a broker that is down when the gateway starts: it retries with backoff, says why, queues, and loses nothing', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zb-mosquitto-down-'));
		const b = mosquitto(dir, await freePort(), await freePort());
		// the subscriber's persistent session is made first, so what the gateway sends later is kept for it
		let proc = await b.start();
		const subArgs = ['-h', '127.0.0.1', '-p', String(b.port), '-q', '1', '-c', '-i', 'zb-test-sub-down', '-t', `zb/v1/${VIN}/telemetry`];
		const once = start(SUB, [...subArgs, '-W', '1'], 'pipe');
		await new Promise((r) => once.once('exit', r));
		await stopProc(proc);

		const hub = await SimHub.create({ profile: 'city' });
		const gw = new Gateway({ hub, url: `mqtt://127.0.0.1:${b.port}`, vin: VIN, dbcText, dataDir: mkdtempSync(join(tmpdir(), 'zb-gw-down-')), log: () => {} });
		gw.start();
		cleanups.push(async () => {
			hub.stop();
			await gw.stop();
		});
		hub.run(4);
		await until('a failed connection attempt and a retry time', () => gw.status().lastError !== null && gw.status().retryAt !== null);
		const firstRetry = gw.status().retryAt!;
		await until('messages queueing in the outbox', () => gw.status().outbox.depth >= 3);
		await until('a later retry (backoff)', () => (gw.status().retryAt ?? 0) > firstRetry);
		expect(gw.status().connected).toBe(false);
		expect(gw.status().lastError).toMatch(/ECONNREFUSED|connect/i);

		proc = await b.start();
		cleanups.push(() => stopProc(proc));
		await until('the gateway to connect', () => gw.status().connected, 30_000);
		hub.stop();
		const lastSent = gw.status().seq.telemetry;
		await until('the outbox to drain', () => gw.status().outbox.depth === 0);
		const seqs = new Set<number>();
		const sub = start(SUB, [...subArgs, '-W', '3'], 'pipe');
		let buf = '';
		sub.stdout!.on('data', (d) => (buf += d));
		await new Promise((r) => sub.once('exit', r));
		for (const line of buf.split('\n')) if (line.trim()) seqs.add(JSON.parse(line).seq);
		const missing: number[] = [];
		for (let s = 1; s <= lastSent; s++) if (!seqs.has(s)) missing.push(s);
		expect(missing).toEqual([]);
		expect(gw.status().outbox.dropped).toBe(0);
	}, 60_000);

	it("Mosquitto's WebSocket listener serves the retained status to mqtt.js (the browser's client)", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zb-mosquitto-ws-'));
		const wsPort = await freePort();
		const b = mosquitto(dir, await freePort(), wsPort);
		const proc = await b.start();
		cleanups.push(() => stopProc(proc));
		await waitPort(wsPort);
		const hub = await SimHub.create({ profile: 'city' });
		const gw = new Gateway({ hub, url: `mqtt://127.0.0.1:${b.port}`, vin: VIN, dbcText, dataDir: mkdtempSync(join(tmpdir(), 'zb-gw-ws-')), log: () => {} });
		gw.start();
		cleanups.push(async () => {
			hub.stop();
			await gw.stop();
		});
		await until('the gateway to connect', () => gw.status().connected);
		const c = mqtt.connect(`ws://127.0.0.1:${wsPort}`, { reconnectPeriod: 0, protocolVersion: 4 });
		cleanups.push(() => void c.end(true));
		await new Promise((r, j) => (c.once('connect', r), c.once('error', j)));
		const status = new Promise<any>((r) => c.on('message', (t, p) => t.endsWith('/status') && r(JSON.parse(p.toString()))));
		await c.subscribeAsync('zb/v1/+/status', { qos: 1 });
		expect(await status).toMatchObject({ state: 'online', vin: VIN });
	});
});

describe('gateway → NATS MQTT gateway (JetStream)', () => {
	it.runIf(NATS)('mosquitto_sub receives VSS telemetry; a broker restart loses no seq', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zb-nats-'));
		await restartScenario(nats(dir, await freePort(), await freePort()), 'nats');
	}, 90_000);
	if (!NATS) console.log('[brokers] nats-server not installed: the NATS test is skipped (.ci/setup installs it)');
});
