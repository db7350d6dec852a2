/**
 * The fleet ingest against a 3-node NATS cluster with JetStream and the MQTT gateway on every node (Debian's
 * nats-server, started by the test in temp dirs). Vehicles (the real VehicleAgent, its outbox) publish
 * through node A (with node C as the second server mqtt.js rotates to), the ingest subscribes through node B;
 * node A is stopped during ingest, the vehicles reconnect to C and replay their outbox, and every telemetry
 * `seq` must be stored exactly once. The same ingest against the embedded broker is tests/fleet/service.spec.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect as tcpConnect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FleetService } from '../../server/fleet/service';
import { openStore } from '../../server/fleet/store';
import { MetricsRegistry } from '../../server/metrics';
import { MemoryOutbox, VehicleAgent, type AgentState } from '../../src/lib/fleet/agent';

const NATS = ['/usr/sbin/nats-server', '/usr/bin/nats-server'].find(existsSync);
const procs = new Set<ChildProcess>();
const dirs: string[] = [];

afterAll(async () => {
	for (const p of procs) p.kill('SIGKILL');
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
	const s = createServer();
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
	const p = (s.address() as AddressInfo).port;
	await new Promise((r) => s.close(r));
	return p;
}

async function waitPort(port: number, ms = 30_000): Promise<void> {
	const end = Date.now() + ms;
	for (;;) {
		const ok = await new Promise<boolean>((r) => {
			const c = tcpConnect(port, '127.0.0.1', () => (c.destroy(), r(true)));
			c.on('error', () => r(false));
		});
		if (ok) return;
		if (Date.now() > end) throw new Error(`port ${port} did not open in ${ms} ms`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

async function until(what: string, cond: () => Promise<boolean>, ms = 60_000): Promise<void> {
	const end = Date.now() + ms;
	while (!(await cond())) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

interface Node {
	name: string;
	mqtt: number;
	proc: ChildProcess;
	log: string[];
}

/** Three nodes, each: server_name, cluster { name, listen, routes }, jetstream { store_dir }, mqtt { listen }. */
async function startCluster(dir: string): Promise<Node[]> {
	const ports = await Promise.all([0, 1, 2].map(async () => ({ client: await freePort(), cluster: await freePort(), mqtt: await freePort() })));
	const routes = ports.map((p) => `"nats-route://127.0.0.1:${p.cluster}"`).join(', ');
	const nodes = ports.map((p, i) => {
		const name = `zb_${'abc'[i]}`;
		const conf = join(dir, `${name}.conf`);
		mkdirSync(join(dir, name), { recursive: true });
		writeFileSync(
			conf,
			[
				`server_name: ${name}`,
				`listen: 127.0.0.1:${p.client}`,
				`cluster { name: zb_cluster, listen: 127.0.0.1:${p.cluster}, routes: [${routes}] }`,
				`jetstream { store_dir: "${join(dir, name, 'js')}" }`,
				`mqtt { listen: 127.0.0.1:${p.mqtt} }`,
				''
			].join('\n')
		);
		const proc = spawn(NATS!, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
		const log: string[] = [];
		proc.stderr!.on('data', (d: Buffer) => log.push(d.toString()));
		procs.add(proc);
		return { name, mqtt: p.mqtt, proc, log };
	});
	await Promise.all(nodes.map((n) => waitPort(n.mqtt)));
	return nodes;
}

async function stopNode(n: Node): Promise<void> {
	const gone = new Promise<void>((r) => n.proc.once('exit', () => r()));
	n.proc.kill('SIGTERM');
	await gone;
	procs.delete(n.proc);
}

describe('fleet ingest → 3-node NATS cluster (JetStream, MQTT on every node)', () => {
	it.runIf(NATS)('a node stopped during ingest: every telemetry seq of every vehicle is stored once', { timeout: 180_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zb-nats-cluster-'));
		dirs.push(dir);
		const [a, b, c] = await startCluster(dir);
		const store = await openStore({ dir: 'memory://' });
		const logs: string[] = [];
		const fleet = new FleetService({ store, mqttUrl: `mqtt://127.0.0.1:${b.mqtt}`, mqttPassword: 'unused-by-nats', autoRegister: true, metrics: new MetricsRegistry(), log: (t) => logs.push(t) });
		// the JetStream meta group needs its leader before the MQTT gateway accepts sessions
		await fleet.start();
		await until('the ingest connected through node B', async () => fleet.connected, 60_000).catch((e) => {
			throw new Error(`${(e as Error).message}; fleet log: ${logs.slice(-5).join(' | ')}; node B: ${b.log.slice(-3).join('')}`);
		});
		const VINS = ['ZBV1NAT0000000001', 'ZBV1NAT0000000002', 'ZBV1NAT0000000003'];
		const agents = VINS.map((vin) => {
			let st: AgentState | null = null;
			const ag = new VehicleAgent({
				vin,
				url: `mqtt://127.0.0.1:${a.mqtt}`,
				outbox: new MemoryOutbox(10_000),
				memory: { load: () => st, save: (s) => (st = structuredClone(s)) },
				host: { firmware: () => ({}), execute: async () => ({ state: 'REJECTED', reason: 'not in this test' }) },
				// node A first, node C when A is gone
				mqttOptions: { servers: [{ host: '127.0.0.1', port: a.mqtt }, { host: '127.0.0.1', port: c.mqtt }], reconnectPeriod: 200 }
			});
			ag.start();
			return ag;
		});
		await until('vehicles connected', async () => agents.every((g) => g.connected));
		const N = 60;
		for (let i = 0; i < N; i++) {
			for (const g of agents) g.telemetry({ 'Vehicle.Speed': i });
			if (i === N / 3) await stopNode(a); // mid-ingest: the vehicles' node goes away
			await new Promise((r) => setTimeout(r, 20));
		}
		await until(`${N * VINS.length} telemetry rows`, async () => (await Promise.all(VINS.map((v) => store.telemetry.count(v)))).every((n) => n === N), 90_000).catch(async (e) => {
			throw new Error(`${(e as Error).message}: stored ${JSON.stringify(await Promise.all(VINS.map((v) => store.telemetry.count(v))))}; fleet log: ${logs.slice(-5).join(' | ')}`);
		});
		// node A is gone: what the vehicles sent after it went went through node C
		expect(a.proc.exitCode !== null || a.proc.signalCode !== null).toBe(true);
		expect(agents.every((g) => g.connected)).toBe(true);
		for (const g of agents) expect(g.outboxDepth).toBe(0);
		await Promise.all(agents.map((g) => g.stop()));
		await fleet.close();
		await store.close();
	});
	if (!NATS) console.log('[brokers] nats-server not installed: the NATS cluster test is skipped (.ci/setup installs it)');
});
