/**
 * The embedded aedes broker and the gateway over the real simulation: MQTT over WebSocket on /mqtt of a
 * node:http server, VSS telemetry from the firmware's frames, and the token rule for zb/v1/ topics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mqtt, { type MqttClient } from 'mqtt';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMqtt, type MqttService, type UpgradeHandler } from '../../server/mqtt/index';
import { SimHub } from './sim-hub';

const VIN = 'ZBV1SVM0000000001';
const TOKEN = 'test-token-' + Math.random().toString(36).slice(2);
const dbcText = readFileSync(resolve(import.meta.dirname, '../../static/vehicle.dbc'), 'utf8');

let http: Server;
let hub: SimHub;
let svc: MqttService;
let wsUrl: string;
const clients: MqttClient[] = [];

function connect(url: string, opts: mqtt.IClientOptions = {}): Promise<MqttClient> {
	const c = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 5000, protocolVersion: 4, ...opts });
	clients.push(c);
	return new Promise((res, rej) => {
		c.once('connect', () => res(c));
		c.once('error', rej);
	});
}

function nextMessage(c: MqttClient, topic: string, pred: (p: any) => boolean = () => true, ms = 15_000): Promise<any> {
	return new Promise((res, rej) => {
		const t = setTimeout(() => rej(new Error(`no message on ${topic} within ${ms} ms`)), ms);
		const on = (tp: string, payload: Buffer) => {
			if (tp !== topic) return;
			const p = JSON.parse(payload.toString());
			if (!pred(p)) return;
			clearTimeout(t);
			c.off('message', on);
			res(p);
		};
		c.on('message', on);
	});
}

beforeAll(async () => {
	hub = await SimHub.create({ profile: 'city' });
	const upgrades = new Map<string, UpgradeHandler>();
	http = createServer((_req, res) => res.end('zonebench'));
	http.on('upgrade', (req, socket, head) => {
		const h = upgrades.get(new URL(req.url ?? '/', 'http://x').pathname);
		if (h) h(req, socket, head);
		else socket.destroy();
	});
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
	wsUrl = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/mqtt`;
	svc = await startMqtt(hub, {
		tcpPort: 0,
		dataDir: mkdtempSync(join(tmpdir(), 'zb-mqtt-embedded-')),
		token: TOKEN,
		vin: VIN,
		dbcText,
		registerUpgrade: (path, h) => upgrades.set(path, h),
		log: () => {}
	});
	hub.run(4); // ×4: telemetry windows are 500 ms of virtual time
});

afterAll(async () => {
	hub?.stop();
	for (const c of clients) c.end(true);
	await svc?.stop();
	await new Promise<void>((r) => http?.close(() => r()));
});

describe('embedded broker + gateway over the simulation', () => {
	it('a browser-style client over ws://…/mqtt reads the retained status and VSS telemetry with rising seq', async () => {
		const c = await connect(wsUrl);
		await c.subscribeAsync([`zb/v1/+/status`, `zb/v1/+/telemetry`], { qos: 1 });
		const status = await nextMessage(c, `zb/v1/${VIN}/status`);
		expect(status.state).toBe('online');
		expect(status.vin).toBe(VIN);
		const seen: any[] = [];
		const speedMsg = await nextMessage(c, `zb/v1/${VIN}/telemetry`, (p) => {
			seen.push(p);
			return typeof p.signals['Vehicle.Speed'] === 'number' && seen.length >= 3;
		});
		expect(speedMsg.signals['Vehicle.Speed']).toBeGreaterThanOrEqual(0);
		expect(typeof speedMsg.t_us).toBe('number');
		expect(Math.abs(speedMsg.ts - Date.now())).toBeLessThan(60_000);
		for (let i = 1; i < seen.length; i++) expect(seen[i].seq).toBe(seen[i - 1].seq + 1);
		// the firmware's battery frame carries the SOC the RZC counts
		const soc = await nextMessage(c, `zb/v1/${VIN}/telemetry`, (p) => 'Vehicle.Powertrain.TractionBattery.StateOfCharge.Current' in p.signals);
		expect(soc.signals['Vehicle.Powertrain.TractionBattery.StateOfCharge.Current']).toBeGreaterThan(0);
		expect(soc.signals['Vehicle.Powertrain.TractionBattery.StateOfCharge.Current']).toBeLessThanOrEqual(100);
	});

	it('refuses a publish on zb/v1/{vin}/cmd/x without the token; with it the command reaches the gateway', async () => {
		const watcher = await connect(wsUrl);
		await watcher.subscribeAsync(`zb/v1/${VIN}/cmd/#`, { qos: 1 });
		const got: string[] = [];
		watcher.on('message', (t, p) => got.push(`${t} ${p}`));

		const anon = await connect(wsUrl);
		const closed = new Promise<void>((r) => anon.once('close', () => r()));
		anon.publish(`zb/v1/${VIN}/cmd/x`, JSON.stringify({ name: 'unlock' }), { qos: 1 });
		await closed; // MQTT 3.1.1 has no refusal code for PUBLISH: the broker closes the connection
		expect(svc.status().broker).toMatchObject({ kind: 'embedded', refusedPublishes: 1 });

		const wrong = mqtt.connect(wsUrl, { reconnectPeriod: 0, username: 'u', password: 'not-the-token', protocolVersion: 4 });
		clients.push(wrong);
		const err = await new Promise<Error>((r) => wrong.once('error', r));
		expect(err.message).toMatch(/Bad username or password/i);

		const op = await connect(wsUrl, { username: 'operator', password: TOKEN });
		await op.publishAsync(`zb/v1/${VIN}/cmd/c1`, JSON.stringify({ name: 'horn' }), { qos: 1 });
		await op.publishAsync(`zb/v1/${VIN}/cmd/c2`, '{"name": "horn",', { qos: 1 });
		await op.publishAsync(`zb/v1/${VIN}/cmd/c3`, '[1,2]', { qos: 1 });
		const until = Date.now() + 5000;
		while (svc.status().gateway.commands.received + svc.status().gateway.commands.malformed < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
		const cmds = svc.status().gateway.commands;
		expect(cmds).toMatchObject({ received: 1, malformed: 2 });
		expect(cmds.lastMalformed).toMatch(/cmd\/c3: not a JSON object \(an array\)/);
		expect(got.some((g) => g.includes('cmd/x'))).toBe(false);
		expect(got.filter((g) => g.includes('cmd/c'))).toHaveLength(3);
	});
});
