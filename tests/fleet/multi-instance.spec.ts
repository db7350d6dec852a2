/**
 * Several server instances on one broker and one database (docs/scaling.md, "Several server instances"):
 * Debian's Mosquitto and PostgreSQL started by the test, two real servers (`tsx server/index.ts`, child
 * processes, their own ports and instance names), headless vehicle agents in this process. Telemetry is split
 * between the instances by the shared subscription and every seq is stored once; a command sent through A
 * ends COMPLETED though its ACKs are split too; A stopped mid-ingest hands its share to B and nothing is
 * lost. Then the arbiters in the database, on one PostgreSQL from two stores: one claim per command,
 * overlapping batches, status and OTA states that never go backwards; and the embedded broker (aedes, no
 * shared subscriptions) found out by the probe.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { startBroker } from '../../server/mqtt/broker';
import { MetricsRegistry } from '../../server/metrics';
import { FleetService } from '../../server/fleet/service';
import { openStore, type Store } from '../../server/fleet/store';
import { MemoryOutbox, VehicleAgent } from '../../src/lib/fleet/agent';
import { postgresMissing, startPostgres, type TestPostgres } from './pg';

const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = 'multi-instance-token-0123456789';
const MOSQUITTO = '/usr/sbin/mosquitto';
const missing = postgresMissing() ?? (existsSync(MOSQUITTO) ? null : `${MOSQUITTO} not found (apt install mosquitto)`);
if (missing) console.log(`multi-instance specs skipped: ${missing}`);

const procs: ChildProcess[] = [];
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c();
	for (const p of procs.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
});
let pg: TestPostgres | null = null;
afterAll(async () => void (await pg?.stop()));

async function freePort(): Promise<number> {
	const s = createServer();
	await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
	const port = (s.address() as { port: number }).port;
	await new Promise<void>((r) => s.close(() => r()));
	return port;
}

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
	const end = Date.now() + ms;
	while (!(await cond())) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** A fresh database on the test's PostgreSQL. */
async function database(name: string): Promise<string> {
	pg ??= await startPostgres();
	const { default: PG } = await import('pg');
	const c = new PG.Client({ connectionString: pg.url });
	await c.connect();
	// CREATE DATABASE takes no parameters: the name is made here, never from input
	await c.query(`CREATE DATABASE ${name}_${process.pid}`);
	await c.end();
	return pg.url.replace(/\/postgres$/, `/${name}_${process.pid}`);
}

async function mosquitto(dir: string): Promise<string> {
	const port = await freePort();
	const conf = join(dir, 'mosquitto.conf');
	// started as root, mosquitto drops to user 'mosquitto' unless told otherwise
	writeFileSync(conf, ['per_listener_settings false', `user ${userInfo().username}`, 'allow_anonymous true', `listener ${port} 127.0.0.1`, ''].join('\n'));
	const p = spawn(MOSQUITTO, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
	procs.push(p);
	const url = `mqtt://127.0.0.1:${port}`;
	const { default: mqtt } = await import('mqtt');
	await until('mosquitto listening', async () => {
		const c = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 500 });
		const ok = await new Promise<boolean>((r) => (c.once('connect', () => r(true)), c.once('error', () => r(false)), c.once('close', () => r(false))));
		c.end(true);
		return ok;
	}, 10_000);
	return url;
}

interface Instance {
	name: string;
	base: string;
	proc: ChildProcess;
	log: () => string;
	fleet(): Promise<{ subscriptions: string; counts: { telemetry: number; ack: number; status: number; refused: Record<string, number> } }>;
	/** SIGTERM; the exit code (0: it shut down in order) or the signal that ended it. */
	stop(): Promise<number | string | null>;
}

/** One real server: `tsx server/index.ts` with the fleet on MQTT_URL and DATABASE_URL, no app, no gateway. */
async function instance(name: string, mqttUrl: string, databaseUrl: string, dataDir: string): Promise<Instance> {
	const port = await freePort();
	// node itself (tsx as a loader), so SIGTERM reaches the server and not a wrapper that relays it
	const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...process.env,
			ZB_PORT: String(port),
			ZB_HOST: '127.0.0.1',
			ZB_TOKEN: TOKEN,
			ZB_DATA: dataDir,
			ZB_WEB: '0',
			ZB_CAN: 'gen:1',
			ZB_MQTT: 'off',
			ZB_INSTANCE: name,
			MQTT_URL: mqttUrl,
			DATABASE_URL: databaseUrl
		}
	});
	procs.push(proc);
	let out = '';
	proc.stdout!.on('data', (d) => (out += d));
	proc.stderr!.on('data', (d) => (out += d));
	const base = `http://127.0.0.1:${port}`;
	const fleet = async () => ((await (await fetch(`${base}/healthz`)).json()) as { services: { fleet: Awaited<ReturnType<Instance['fleet']>> } }).services.fleet;
	await until(`instance ${name} up with its fleet subscribed`, async () => {
		if (proc.exitCode !== null) throw new Error(`instance ${name} exited ${proc.exitCode}:\n${out}`);
		// the last start-up line is printed just before the server takes SIGTERM as "shut down"
		if (!/metrics: +http/.test(out)) return false;
		try {
			return /^shared|^plain/.test((await fleet()).subscriptions ?? '');
		} catch {
			return false;
		}
	}, 40_000).catch((e: Error) => {
		throw new Error(`${e.message}; its output:\n${out}`);
	});
	return {
		name,
		base,
		proc,
		log: () => out,
		fleet,
		async stop() {
			const gone = new Promise<number | string | null>((r) => proc.once('exit', (code, signal) => r(code ?? signal)));
			proc.kill('SIGTERM');
			return gone;
		}
	};
}

/** Commands each headless vehicle executed. */
const executed = new Map<string, number>();

function vehicle(url: string, vin: string) {
	const agent = new VehicleAgent({
		vin,
		url,
		password: TOKEN,
		outbox: new MemoryOutbox(10_000),
		memory: { load: () => null, save: () => {} },
		host: {
			firmware: () => ({ bcm: '1.0.0' }),
			execute: async () => (executed.set(vin, (executed.get(vin) ?? 0) + 1), { state: 'COMPLETED', result: { ok: true } })
		}
	});
	agent.start();
	cleanups.push(() => agent.stop());
	return agent;
}

describe.skipIf(missing !== null)('several server instances on Mosquitto and PostgreSQL', () => {
	it('split the telemetry, store every seq once, complete a command whose ACK reaches the other instance, and lose nothing when one stops or all do', { timeout: 60_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zb-multi-'));
		cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
		const [url, db] = await Promise.all([mosquitto(dir), database('multi')]);
		const [a, b] = await Promise.all([instance('a', url, db, join(dir, 'a')), instance('b', url, db, join(dir, 'b'))]);
		expect((await a.fleet()).subscriptions).toMatch(/^shared/);
		expect((await b.fleet()).subscriptions).toMatch(/^shared/);
		expect(a.log()).toContain('MQTT client id zb-fleet-a');
		const status = await (await fetch(`${b.base}/api/fleet/status`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
		expect(status).toMatchObject({ instance: 'b', clientId: 'zb-fleet-b' });
		expect(status.instances.map((i: { name: string }) => i.name)).toEqual(['a', 'b']);

		const vins = Array.from({ length: 6 }, (_, i) => `ZBV1MVLT00000000${i}`);
		const agents = vins.map((v) => vehicle(url, v));
		const store = await openStore({ databaseUrl: db });
		cleanups.push(() => store.close());
		await until('every vehicle online', async () => (await store.vehicles.list()).filter((v) => v.online).length === vins.length);

		// 6 vehicles × 20 messages/s while A runs, then while A stops, then on B alone
		let sending = true;
		let tick = 0;
		const pump = (async () => {
			while (sending) {
				tick++;
				for (const ag of agents) ag.telemetry({ 'Vehicle.Speed': tick % 200, 'Vehicle.Powertrain.TractionBattery.StateOfCharge.Current': 80 });
				await new Promise((r) => setTimeout(r, 50));
			}
		})();
		await until('both instances ingesting', async () => (await a.fleet()).counts.telemetry > 20 && (await b.fleet()).counts.telemetry > 20);

		// commands through A: the vehicle's DELIVERED and COMPLETED go to whichever instance the broker picks
		const ids: string[] = [];
		for (const vin of vins.slice(0, 3)) {
			const r = await fetch(`${a.base}/api/fleet/vehicles/${vin}/commands`, {
				method: 'POST',
				headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
				body: JSON.stringify({ name: 'lights', args: { on: true } })
			});
			expect(r.status, await r.clone().text()).toBe(201);
			ids.push(((await r.json()) as { id: string }).id);
		}
		await until('commands COMPLETED', async () => (await Promise.all(ids.map((id) => store.commands.get(id)))).every((c) => c?.state === 'COMPLETED'));
		const order = ['QUEUED', 'SENT', 'DELIVERED', 'COMPLETED'];
		for (const id of ids) {
			// forwards only: SENT or DELIVERED is skipped when a later state was stored first by the other instance
			// (the vehicle's DELIVERED before A's SENT, its COMPLETED before the DELIVERED), never written after it
			const states = (await store.commands.events(id)).map((e) => e.state);
			const at = states.map((s) => order.indexOf(s));
			expect(at, `command ${id}: ${states.join(' → ')}`).toEqual([...new Set(at)].sort());
			expect([states[0], states.at(-1)]).toEqual(['QUEUED', 'COMPLETED']);
		}
		// one instance published each: every vehicle ran its command once, and none arrived a second time
		expect(vins.slice(0, 3).map((v) => executed.get(v))).toEqual([1, 1, 1]);
		expect(agents.map((ag) => ag.repeats)).toEqual([0, 0, 0, 0, 0, 0]);
		expect((await b.fleet()).counts.ack, 'B recorded ACKs of commands A sent').toBeGreaterThan(0);

		// A stops mid-ingest (SIGTERM): it hands its share over to B, which ingests on alone
		const ingestedByA = (await a.fleet()).counts.telemetry;
		const bBefore = (await b.fleet()).counts.telemetry;
		const aCode = await a.stop();
		expect(aCode, a.log()).toBe(0);
		expect(a.log()).toMatch(/left the share group; b ingest on/);
		await new Promise((r) => setTimeout(r, 1500));
		sending = false;
		await pump;
		const sent = agents.map((ag) => ag.seq.telemetry);
		await until('every seq stored', async () => (await store.telemetry.count()) === sent.reduce((x, y) => x + y, 0), 15_000);
		const rows = await store.db.query<{ vin: string; n: number; lo: number; hi: number }>('SELECT vin, count(*)::int AS n, min(seq)::int AS lo, max(seq)::int AS hi FROM telemetry GROUP BY vin ORDER BY vin');
		expect(rows).toEqual(vins.map((vin, i) => ({ vin, n: sent[i], lo: 1, hi: sent[i] })));
		const bAfter = (await b.fleet()).counts.telemetry;
		expect(bAfter - bBefore, 'B took over the whole stream after A stopped').toBeGreaterThan(1500 / 50);
		expect((await b.fleet()).counts.refused, 'no message reached both instances').not.toHaveProperty('duplicate_seq');
		console.log(`multi-instance: ${sent.reduce((x, y) => x + y, 0)} telemetry messages, A ingested ${ingestedByA}, B ${bAfter} (${bAfter - bBefore} after A stopped)`);

		// B is the last one: it keeps its session subscribed, so what the vehicles send while no instance runs waits
		// there and is stored when B is back
		const bCode = await b.stop();
		expect(bCode, b.log()).toBe(0);
		expect(b.log()).not.toMatch(/left the share group/);
		for (let i = 0; i < 5; i++) for (const ag of agents) ag.telemetry({ 'Vehicle.Speed': 1 });
		await until('the vehicles sent it to the broker', () => agents.every((ag) => ag.outboxDepth === 0), 10_000);
		const total = agents.reduce((n, ag) => n + ag.seq.telemetry, 0);
		const b2 = await instance('b', url, db, join(dir, 'b'));
		await until('what was sent while no instance ran is stored', async () => (await store.telemetry.count()) === total, 15_000);
		expect((await b2.fleet()).counts.telemetry).toBe(5 * agents.length);
	});
});

describe.skipIf(postgresMissing() !== null)('the database is the arbiter between instances (two stores on one PostgreSQL)', () => {
	const VIN = 'ZBV1ARB0000000001';
	async function two(): Promise<[Store, Store]> {
		const url = await database(`arb${Math.floor(Math.random() * 1e6)}`);
		// opened at the same moment: two instances starting together migrate one after the other
		const [s1, s2] = await Promise.all([openStore({ databaseUrl: url }), openStore({ databaseUrl: url })]);
		cleanups.push(async () => (await s1.close(), await s2.close()));
		await s1.vehicles.register(VIN, 'test');
		return [s1, s2];
	}

	it('one claim per command; overlapping batches store each seq once without a deadlock', { timeout: 30_000 }, async () => {
		const [s1, s2] = await two();
		const now = Date.now();
		const { row } = await s1.commands.create({ id: '01890000-0000-7000-8000-000000000001', vin: VIN, name: 'lock', args: {}, priority: 0, ttl_ms: 60_000, timeout_ms: 30_000, idempotency_key: null, created_by: 't', created_at: now, expires_at: now + 60_000 });
		const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? s1 : s2).commands.claim(row.id, `inst${i}`, now, 10_000)));
		expect(claims.filter(Boolean)).toHaveLength(1);
		// the lease passed (the claimant died before the PUBACK): another instance may send it
		expect(await s2.commands.claim(row.id, 'late', now + 10_001, 10_000)).toBe(true);

		const batch = (seqs: number[]) => seqs.map((seq) => ({ vin: VIN, seq, ts: now + seq, t_us: null, received_at: now, replayed: false, signals: { 'Vehicle.Speed': seq } }));
		const up = Array.from({ length: 300 }, (_, i) => i + 1);
		const results = await Promise.all([0, 1, 2, 3].map((k) => (k % 2 ? s1 : s2).telemetry.insertMany(batch(k % 2 ? up : [...up].reverse()))));
		expect(results.reduce((n, r) => n + r.size, 0)).toBe(300);
		expect(await s1.telemetry.count(VIN)).toBe(300);
		expect((await s1.vehicles.get(VIN))?.telemetry_seq).toBe(300);
	});

	it('a status or OTA state stored late by another instance does not move the vehicle back', { timeout: 30_000 }, async () => {
		const [s1, s2] = await two();
		// received: online at t, offline (last will) at t+1, online at t+2 — stored t, t+2, then t+1 (late)
		await s1.vehicles.setStatus(VIN, true, null, { state: 'online' }, null, 1000, 1000);
		expect(await s2.vehicles.setStatus(VIN, true, null, { state: 'online' }, null, 1002, 1002)).toBe(true);
		expect(await s1.vehicles.setStatus(VIN, false, 'connection lost', { state: 'offline' }, null, 1003, 1001)).toBe(false);
		expect(await s1.vehicles.get(VIN)).toMatchObject({ online: true, last_seen: 1003 });

		const img = await s1.ota.addImage({ id: '01890000-0000-7000-8000-0000000000a1', ecu: 'bcm', version: '2.0.0', sha256: '00', size: 1, manifest: {}, signature: 'x', data: new Uint8Array([0]), created_at: 1, created_by: 't' });
		const camp = await s1.ota.createCampaign({ id: '01890000-0000-7000-8000-0000000000c1', name: 'c', image_id: img.id, vins: [VIN], created_by: 't' });
		expect(await s1.ota.setState(camp.id, VIN, 'DOWNLOADING', null)).toBe(true);
		expect(await s2.ota.setState(camp.id, VIN, 'INITIATED', null)).toBe(false); // processed after DOWNLOADING
		expect(await s2.ota.setState(camp.id, VIN, 'UPDATED', null)).toBe(true);
		expect(await s1.ota.setState(camp.id, VIN, 'UPDATING', null)).toBe(false);
		expect(await s1.ota.setState(camp.id, VIN, 'FAILED', 'late')).toBe(false);
		expect((await s1.ota.campaign(camp.id))?.vehicles?.[0].state).toBe('UPDATED');
		expect((await s1.ota.events(camp.id)).map((e) => e.state)).toEqual(['QUEUED', 'DOWNLOADING', 'UPDATED']);
	});
});

describe('the embedded broker has no shared subscriptions', () => {
	it('the probe finds it out and the ingest subscribes plainly (real aedes); the sweep ends commands an instance left behind', { timeout: 30_000 }, async () => {
		const broker = await startBroker({ port: 0, token: TOKEN });
		const store = await openStore({ dir: 'memory://' });
		const logs: string[] = [];
		const f = new FleetService({ store, mqttUrl: broker.url, mqttPassword: TOKEN, autoRegister: true, metrics: new MetricsRegistry(), log: (t) => logs.push(t), instance: 'solo', share: 'probe', probeMs: 800, sweepMs: 200 });
		cleanups.push(async () => (await f.close(), await broker.close(), await store.close()));
		await f.start();
		expect(f.shared).toBe(false);
		expect(f.clientId).toBe('zb-fleet-solo');
		expect(logs.join('\n')).toMatch(/did not deliver through a shared subscription within 800 ms: plain subscriptions/);
		const agent = vehicle(broker.url, 'ZBV1SNGL000000001');
		agent.telemetry({ 'Vehicle.Speed': 5 });
		await until('stored on the plain subscription', async () => (await store.telemetry.count()) === 1);

		// commands another instance created and can no longer end (it stopped): this one's sweep ends them
		const vin = 'ZBV1SNGL000000002';
		await store.vehicles.register(vin, 'test');
		const old = Date.now() - 120_000;
		const mk = async (n: number) =>
			(await store.commands.create({ id: `01890000-0000-7000-8000-00000000050${n}`, vin, name: 'lock', args: {}, priority: 0, ttl_ms: 1000, timeout_ms: 1000, idempotency_key: null, created_by: 'gone', created_at: old, expires_at: old + 1000 })).row;
		const queued = await mk(1);
		const sent = await mk(2);
		await store.commands.transition(sent.id, ['QUEUED'], 'SENT', old + 10, null);
		await until('both ended by the sweep', async () => (await store.commands.get(queued.id))?.state === 'EXPIRED' && (await store.commands.get(sent.id))?.state === 'TIMEOUT', 10_000);
	});
});
