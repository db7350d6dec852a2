/**
 * `npm run bench:fleet`: the fleet's figures on loopback (docs/scaling.md), written to bench/fleet-results.json.
 * Telemetry ingest into PGlite and PostgreSQL (started here like tests/fleet/pg.ts does) with 100 and 1,000
 * vehicles sending 1 Hz VSS batches (lightweight publishers: 10 MQTT connections publishing for all VINs,
 * not 1,000 simulations), the command round trip send → COMPLETED acked by headless agents, the seconds
 * INITIATED → UPDATED of one CVC image through the fleet into a headless vehicle, server RSS.
 * Bounded: BENCH_FLEET_SECONDS (default 5) of offered load per case. Not part of npm test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { FleetService } from '../../server/fleet/service';
import { openStore, type Store } from '../../server/fleet/store';
import { MetricsRegistry } from '../../server/metrics';
import { startBroker } from '../../server/mqtt/broker';
import { postgresMissing, startPostgres } from '../../tests/fleet/pg';
import { MemoryOutbox, VehicleAgent, type AgentState } from '../lib/fleet/agent';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFleet } from '../../server/fleet/index';
import { API_PREFIX } from '../../server/fleet/api';
import { Router } from '../../server/http';
import { DiagTester } from '../lib/diag/tester';
import { OtaAgent } from '../lib/ota/agent';
import { buildEcuVariant } from '../lib/ota/build-node';
import { generateKeyPair, signImage } from '../lib/ota/image';
import { flashInSim } from '../lib/ota/sim-flash';
import { loadEcuImages } from '../lib/sim/load-node';
import { Simulation } from '../lib/sim/simulation';
import { BenchReport } from './bench-report';

const TOKEN = 'bench-fleet-token-0123456789abcdef';
const SECONDS = Number(process.env.BENCH_FLEET_SECONDS ?? 5);
const CONNS = 10;
const report = new BenchReport();
let vinBase = 0;
const vin = (i: number) => `ZBV1BEN${String(i).padStart(10, '0')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ingest(kind: string, store: Store, vehicles: number): Promise<void> {
	// fresh VINs per case: a case on the same database must not see another's seqs as replays
	const first = vinBase;
	vinBase += vehicles;
	const broker = await startBroker({ port: 0, token: TOKEN });
	const fleet = new FleetService({ store, mqttUrl: broker.url, mqttPassword: TOKEN, clientId: `bench-${kind}-${vehicles}`, autoRegister: true, metrics: new MetricsRegistry(), log: () => {} });
	await fleet.start();
	const pubs = await Promise.all(Array.from({ length: CONNS }, (_, i) => mqtt.connectAsync(broker.url, { username: `bench${i}`, password: TOKEN, reconnectPeriod: 0 })));
	const batch = (seq: number) => JSON.stringify({ seq, ts: Date.now(), signals: { 'Vehicle.Speed': seq % 130, 'Vehicle.Powertrain.TractionBattery.StateOfCharge.Current': 80 - seq * 0.01, 'Vehicle.Body.Lights.Beam.Low.IsOn': seq % 2 === 0 } });
	const base = fleet.counts.telemetry;
	const t0 = performance.now();
	for (let s = 1; s <= SECONDS; s++) {
		const tick = performance.now();
		// one batch per vehicle per second, spread over the connections
		await Promise.all(Array.from({ length: vehicles }, (_, i) => pubs[i % CONNS].publishAsync(`zb/v1/${vin(first + i)}/telemetry`, batch(s), { qos: 1 })));
		await sleep(Math.max(0, 1000 - (performance.now() - tick)));
	}
	const want = vehicles * SECONDS;
	const end = performance.now() + 120_000;
	while (fleet.counts.telemetry - base < want && performance.now() < end) await sleep(20);
	const secs = (performance.now() - t0) / 1000;
	const got = fleet.counts.telemetry - base;
	report.record({ metric: `ingest_${kind}_${vehicles}v_msgs_per_s`, value: Math.round(got / secs), unit: 'msg/s', baseline: `offered ${vehicles} msg/s for ${SECONDS} s` });
	report.record({ metric: `ingest_${kind}_${vehicles}v_stored`, value: got, unit: `of ${want}` });
	report.record({ metric: `ingest_${kind}_${vehicles}v_drain_s`, value: Number((secs - SECONDS).toFixed(2)), unit: 's after the last batch' });
	await Promise.all(pubs.map((p) => p.endAsync()));
	await fleet.close();
	await broker.close();
}

async function commands(store: Store, n: number): Promise<void> {
	const broker = await startBroker({ port: 0, token: TOKEN });
	const fleet = new FleetService({ store, mqttUrl: broker.url, mqttPassword: TOKEN, clientId: 'bench-cmd', autoRegister: true, metrics: new MetricsRegistry(), log: () => {} });
	await fleet.start();
	const agents = Array.from({ length: 10 }, (_, i) => {
		let st: AgentState | null = null;
		const a = new VehicleAgent({ vin: vin(900_000 + i), url: broker.url, password: TOKEN, outbox: new MemoryOutbox(100), memory: { load: () => st, save: (s) => (st = s) }, host: { firmware: () => ({}), execute: async () => ({ state: 'COMPLETED' }) } });
		a.start();
		return a;
	});
	while (!agents.every((a) => a.connected)) await sleep(20);
	for (const a of agents) while (!(await store.vehicles.get(a.vin))?.online) await sleep(20);
	const rtt: number[] = [];
	for (let i = 0; i < n; i++) {
		const a = agents[i % agents.length];
		const t = performance.now();
		const { command } = await fleet.sendCommand(a.vin, { name: 'lights', args: { on: i % 2 === 0 } }, 'bench');
		const end = t + 10_000;
		while ((await store.commands.get(command.id))?.state !== 'COMPLETED' && performance.now() < end) await sleep(1);
		rtt.push(performance.now() - t);
	}
	rtt.sort((x, y) => x - y);
	report.record({ metric: 'command_rtt_p50_ms', value: Number(rtt[Math.floor(n * 0.5)].toFixed(1)), unit: 'ms', baseline: `${n} commands send → COMPLETED (PGlite)` });
	report.record({ metric: 'command_rtt_p99_ms', value: Number(rtt[Math.min(n - 1, Math.floor(n * 0.99))].toFixed(1)), unit: 'ms' });
	await Promise.all(agents.map((a) => a.stop()));
	await fleet.close();
	await broker.close();
}

/** One CVC image through the fleet (REST upload, campaign) into a headless vehicle: INITIATED → UPDATED. */
async function otaCampaign(dir: string): Promise<void> {
	const key = await generateKeyPair();
	const trust = join(dir, 'trusted-keys.json');
	writeFileSync(trust, JSON.stringify({ keys: [{ id: key.id, jwk: key.publicJwk }] }));
	process.env.ZB_OTA_TRUSTED_KEYS = trust;
	const broker = await startBroker({ port: 0, token: TOKEN });
	const store = await openStore({ dir: join(dir, 'pglite-ota') });
	const router = new Router();
	const http = createServer((req, res) => void (router.handle(req, res) || res.writeHead(404).end()));
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
	const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	const fleet = await startFleet({ dataDir: dir, mqttUrl: broker.url, token: TOKEN, metrics: new MetricsRegistry(), version: 'bench', route: (p, fn) => router.routePrefix(p, fn), env: {}, log: () => {}, store });
	const V = vin(990_000);
	const sim = await Simulation.create({ seed: 1, profile: null }, await loadEcuImages());
	sim.setInputs({ gear: 0 });
	const tester = new DiagTester();
	sim.addParticipant(tester);
	sim.step(2000);
	const send = async (target: number, p: number[]) => {
		const pr = tester.request(target, p);
		for (let k = 0; k < 30_000 && tester.busy; k++) sim.step(1);
		return pr;
	};
	let st: AgentState | null = null;
	const agent = new VehicleAgent({ vin: V, url: broker.url, password: TOKEN, outbox: new MemoryOutbox(100), memory: { load: () => st, save: (s) => (st = s) }, host: { firmware: () => ({ cvc: '1.0.0' }), execute: async () => ({ state: 'COMPLETED' }) } });
	agent.start();
	const c = await mqtt.connectAsync(broker.url, { username: V, password: TOKEN, reconnectPeriod: 0 });
	const ota = new OtaAgent({
		vin: V,
		publish: async (t, p) => void (await c.publishAsync(t, p, { qos: 1 })),
		fetchImage: async (url) => new Uint8Array(await (await fetch(base + url, { headers: { authorization: `Bearer ${TOKEN}` } })).arrayBuffer()),
		trusted: () => [{ id: key.id, jwk: key.publicJwk }],
		flash: (ecu, bytes) => flashInSim(sim, send, ecu, bytes)
	});
	c.on('message', (t, p) => void ota.handle(t, p.toString()));
	await c.subscribeAsync(ota.filter, { qos: 1 });
	while (!(await store.vehicles.get(V))?.online) await sleep(20);
	const call = async (method: string, path: string, body?: unknown) =>
		(await fetch(base + path, { method, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })).json();
	const b = await signImage(await buildEcuVariant('cvc', '1.1.0'), { ecu: 'cvc', version: '1.1.0', privateJwk: key.privateJwk });
	const img = await call('POST', `${API_PREFIX}/ota/images`, { manifest: b.manifest, signature: b.signature, data: b.data });
	const camp = await call('POST', `${API_PREFIX}/ota/campaigns`, { name: 'bench', image_id: img.id, vins: [V] });
	let r: { vehicles: Array<{ state: string }>; events: Array<{ state: string; at: number | string }> };
	const end = performance.now() + 60_000;
	do {
		await sleep(20);
		r = await call('GET', `${API_PREFIX}/ota/campaigns/${camp.id}`);
	} while (!['UPDATED', 'FAILED'].includes(r.vehicles[0].state) && performance.now() < end);
	const at = (s: string) => Number(r.events.find((e) => e.state === s)?.at);
	if (r.vehicles[0].state !== 'UPDATED') console.log(`bench:fleet: OTA campaign ended ${r.vehicles[0].state}`);
	else report.record({ metric: 'ota_initiated_to_updated_s', value: Number(((at('UPDATED') - at('INITIATED')) / 1000).toFixed(3)), unit: 's', baseline: `one CVC image, ${b.manifest.size} bytes, UDS 0x34/0x36/0x37 in a simulation` });
	await c.endAsync();
	await agent.stop();
	await fleet.close();
	http.close();
	await broker.close();
	await store.close();
}

const dir = mkdtempSync(join(tmpdir(), 'zb-bench-fleet-'));
try {
	for (const v of [100, 1000]) {
		const store = await openStore({ dir: join(dir, `pglite-${v}`) });
		await ingest('pglite', store, v);
		await store.close();
	}
	const missing = postgresMissing();
	if (missing) console.log(`bench:fleet: PostgreSQL skipped: ${missing}`);
	else {
		const pg = await startPostgres();
		try {
			for (const v of [100, 1000]) {
				const store = await openStore({ databaseUrl: pg.url });
				await ingest('postgres', store, v);
				await store.close();
			}
		} finally {
			await pg.stop();
		}
	}
	const store = await openStore({ dir: join(dir, 'pglite-cmd') });
	await commands(store, 200);
	await store.close();
	await otaCampaign(dir);
	report.record({ metric: 'server_rss_mb', value: Math.round(process.memoryUsage().rss / 1048576), unit: 'MB', baseline: 'this process: broker, fleet ingest and publishers together' });
} finally {
	rmSync(dir, { recursive: true, force: true });
}
for (const l of report.lines()) console.log(l);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/fleet-results.json', JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, ...report.results }, null, '\t') + '\n');
console.log('bench:fleet: bench/fleet-results.json');
process.exit(0);
