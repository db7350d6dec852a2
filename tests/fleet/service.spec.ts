/**
 * The fleet ingest and command service on the real embedded broker (aedes over TCP) with real vehicle
 * agents, against PGlite and PostgreSQL: telemetry stored once per seq, bad input refused with a reason,
 * command states from the vehicle's ACKs (not the broker's PUBACK), a command executed once when it
 * arrives twice, TTL expiry while offline, and a server restart between SENT and the vehicle's ACK.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import mqtt from 'mqtt';
import { startBroker, type EmbeddedBroker } from '../../server/mqtt/broker';
import { MetricsRegistry } from '../../server/metrics';
import { FleetService } from '../../server/fleet/service';
import type { Store } from '../../server/fleet/store';
import { MemoryOutbox, VehicleAgent, type AgentState } from '../../src/lib/fleet/agent';
import { BACKENDS, backend, stopPostgres } from './backends';

const TOKEN = 'fleet-test-token-0123456789';
const VIN = 'ZBV1SVM0000000007';
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
	for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(() => stopPostgres());

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
	const end = Date.now() + ms;
	while (!(await cond())) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 30));
	}
}

function vehicle(broker: EmbeddedBroker, vin = VIN, execDelay = 0) {
	const calls: string[] = [];
	let state: AgentState | null = null;
	const agent = new VehicleAgent({
		vin,
		url: broker.url,
		password: TOKEN,
		outbox: new MemoryOutbox(100),
		memory: { load: () => state, save: (s) => (state = structuredClone(s)) },
		host: {
			firmware: () => ({ bcm: '1.0.0' }),
			async execute(name, args) {
				calls.push(`${name}:${JSON.stringify(args)}`);
				if (execDelay) await new Promise((r) => setTimeout(r, execDelay));
				return name === 'set_did' ? { state: 'REJECTED', reason: 'DID 0xF190 is read-only' } : { state: 'COMPLETED', result: { ok: true } };
			}
		}
	});
	agent.start();
	cleanups.push(() => agent.stop());
	return { agent, calls };
}

async function service(store: Store, broker: EmbeddedBroker, autoRegister = true, metrics = new MetricsRegistry()) {
	const f = new FleetService({ store, mqttUrl: broker.url, mqttPassword: TOKEN, autoRegister, metrics, log: () => {}, resumeGraceMs: 300 });
	await f.start();
	return f;
}

describe.each(BACKENDS)('fleet service on %s', (name) => {
	it('ingests telemetry once per seq, refuses bad input with a reason, runs a command to COMPLETED once', { timeout: 90_000 }, async () => {
		const b = await backend(name);
		const store = await b.open();
		const broker = await startBroker({ port: 0, token: TOKEN });
		const metrics = new MetricsRegistry();
		const f = await service(store, broker, true, metrics);
		cleanups.push(async () => (await f.close(), await broker.close(), await store.close(), await b.stop()));
		const { agent, calls } = vehicle(broker);
		await until('vehicle online', async () => (await store.vehicles.get(VIN))?.online === true);
		expect((await store.vehicles.get(VIN))?.firmware).toEqual({ bcm: '1.0.0' });
		for (let i = 0; i < 3; i++) agent.telemetry({ 'Vehicle.Speed': i * 10 });
		await until('3 rows', async () => (await store.telemetry.count(VIN)) === 3);

		// a raw client: seq 2 again, a malformed batch, a non-VSS key
		const raw = mqtt.connect(broker.url, { password: TOKEN, username: 'x' });
		cleanups.push(() => void raw.end(true));
		await new Promise((r) => raw.once('connect', r));
		const pub = (t: string, p: string) => new Promise((r) => raw.publish(t, p, { qos: 1 }, r));
		await pub(`zb/v1/${VIN}/telemetry`, JSON.stringify({ seq: 2, ts: Date.now(), signals: { 'Vehicle.Speed': 999 } }));
		await pub(`zb/v1/${VIN}/telemetry`, '{"seq": 4, "ts": 1');
		await pub(`zb/v1/${VIN}/telemetry`, JSON.stringify({ seq: 5, ts: Date.now(), signals: { 'DROP TABLE': 1 } }));
		await until('refusals counted', () => (f.counts.refused.duplicate_seq ?? 0) === 1 && (f.counts.refused.malformed ?? 0) === 2);
		expect(await store.telemetry.count(VIN)).toBe(3);
		expect(metrics.render()).toMatch(/zb_fleet_refused_total\{reason="duplicate_seq"\} 1/);

		const { command } = await f.sendCommand(VIN, { name: 'lights', args: { on: true }, idempotency_key: 'k-1' }, 'test');
		await until('COMPLETED', async () => (await store.commands.get(command.id))?.state === 'COMPLETED');
		expect((await store.commands.events(command.id)).map((e) => e.state)).toEqual(['QUEUED', 'SENT', 'DELIVERED', 'COMPLETED']);
		expect(calls).toEqual(['lights:{"on":true}']);
		// the same idempotency key: the same command, nothing sent again
		const again = await f.sendCommand(VIN, { name: 'lights', args: { on: true }, idempotency_key: 'k-1' }, 'test');
		expect(again).toMatchObject({ created: false, command: { id: command.id, state: 'COMPLETED' } });
		// the command arrives at the vehicle a second time (a redelivery): answered, not executed
		await pub(`zb/v1/${VIN}/cmd/${command.id}`, JSON.stringify({ id: command.id, name: 'lights', args: { on: true } }));
		await until('repeat seen', () => agent.repeats === 1);
		expect(calls).toHaveLength(1);
		const rej = await f.sendCommand(VIN, { name: 'set_did', args: { did: 0xf190, data: '00' } }, 'test');
		await until('REJECTED', async () => (await store.commands.get(rej.command.id))?.state === 'REJECTED');
		expect((await store.commands.get(rej.command.id))?.reason).toBe('DID 0xF190 is read-only');
		await expect(f.sendCommand('ZBV1SVM0000000099', { name: 'lights' }, 't')).rejects.toThrow(/no vehicle/);
		await expect(f.sendCommand(VIN, { name: 'self_destruct' }, 't')).rejects.toThrow(/not a command/);
	});

	it('keeps a command QUEUED while the vehicle is offline, EXPIRED at its TTL; refuses unregistered VINs when configured', { timeout: 90_000 }, async () => {
		const b = await backend(name);
		const store = await b.open();
		const broker = await startBroker({ port: 0, token: TOKEN });
		const f = await service(store, broker, false);
		cleanups.push(async () => (await f.close(), await broker.close(), await store.close(), await b.stop()));
		const { agent } = vehicle(broker);
		agent.telemetry({ 'Vehicle.Speed': 1 });
		await until('refused', () => (f.counts.refused.unknown_vehicle ?? 0) >= 1);
		expect(await store.vehicles.exists(VIN)).toBe(false);
		await store.vehicles.register(VIN, 'test');
		agent.telemetry({ 'Vehicle.Speed': 2 });
		await until('stored', async () => (await store.telemetry.count(VIN)) === 1);
		agent.kill();
		await until('offline by last will', async () => (await store.vehicles.get(VIN))?.status_reason === 'connection lost');
		const { command } = await f.sendCommand(VIN, { name: 'lock', ttl_ms: 400 }, 'test');
		expect(command.state).toBe('QUEUED');
		await until('EXPIRED', async () => (await store.commands.get(command.id))?.state === 'EXPIRED');
		expect((await store.commands.events(command.id)).map((e) => e.state)).toEqual(['QUEUED', 'EXPIRED']);
	});

	it('a server restarted between SENT and the ACK ends the command COMPLETED from the ACK it missed', { timeout: 90_000 }, async () => {
		const b = await backend(name);
		const store = await b.open();
		const broker = await startBroker({ port: 0, token: TOKEN });
		let f = await service(store, broker);
		cleanups.push(async () => (await f.close(), await broker.close(), await store.close(), await b.stop()));
		const { calls } = vehicle(broker, VIN, 1500);
		await until('vehicle online', async () => (await store.vehicles.get(VIN))?.online === true);
		const { command } = await f.sendCommand(VIN, { name: 'ecu_reset', args: { ecu: 'bcm' }, timeout_ms: 20_000 }, 'test');
		await until('SENT', async () => ['SENT', 'DELIVERED'].includes((await store.commands.get(command.id))!.state));
		await f.close();
		await new Promise((r) => setTimeout(r, 2000)); // the vehicle finishes and ACKs while no server listens
		f = await service(store, broker);
		await until('COMPLETED after restart', async () => (await store.commands.get(command.id))?.state === 'COMPLETED');
		expect(calls).toHaveLength(1);
	});
});
