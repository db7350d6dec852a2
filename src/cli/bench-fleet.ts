/**
 * `npm run bench:fleet`: the fleet's figures on loopback (docs/scaling.md), written to bench/fleet-results.json.
 * Telemetry ingest into PGlite and PostgreSQL (started here like tests/fleet/pg.ts does) with 100 and 1,000
 * vehicles sending 1 Hz VSS batches (lightweight publishers: 10 MQTT connections publishing for all VINs,
 * not 1,000 simulations), the command round trip send → COMPLETED acked by headless agents, server RSS.
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
	report.record({ metric: 'server_rss_mb', value: Math.round(process.memoryUsage().rss / 1048576), unit: 'MB', baseline: 'this process: broker, fleet ingest and publishers together' });
} finally {
	rmSync(dir, { recursive: true, force: true });
}
for (const l of report.lines()) console.log(l);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/fleet-results.json', JSON.stringify({ at: new Date().toISOString(), seconds: SECONDS, ...report.results }, null, '\t') + '\n');
console.log('bench:fleet: bench/fleet-results.json');
process.exit(0);
