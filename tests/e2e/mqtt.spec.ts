/**
 * /mqtt in Chromium against the embedded broker + gateway over the real simulation, started by this spec
 * (the core server is not needed): the page lists the vehicle, its live VSS telemetry, and counts a
 * malformed payload instead of breaking.
 */
import { expect, test } from '@playwright/test';
import mqtt from 'mqtt';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMqtt, type MqttService, type UpgradeHandler } from '../../server/mqtt/index';
import { SimHub } from '../brokers/sim-hub';

const VIN = 'ZBV1SVM0000000001';
const TOKEN = 'e2e-token';
let http: Server;
let hub: SimHub;
let svc: MqttService;
let wsUrl: string;

test.beforeAll(async () => {
	hub = await SimHub.create({ profile: 'city' });
	const upgrades = new Map<string, UpgradeHandler>();
	http = createServer((_q, r) => r.end());
	http.on('upgrade', (req, socket, head) => {
		const h = upgrades.get(new URL(req.url ?? '/', 'http://x').pathname);
		if (h) h(req, socket, head);
		else socket.destroy();
	});
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
	wsUrl = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/mqtt`;
	svc = await startMqtt(hub, {
		tcpPort: 0,
		dataDir: mkdtempSync(join(tmpdir(), 'zb-mqtt-e2e-')),
		token: TOKEN,
		vin: VIN,
		dbcText: readFileSync(resolve(import.meta.dirname, '../../static/vehicle.dbc'), 'utf8'),
		registerUpgrade: (p, h) => upgrades.set(p, h),
		log: () => {}
	});
	hub.run(2);
});

test.afterAll(async () => {
	hub?.stop();
	await svc?.stop();
	await new Promise<void>((r) => http?.close(() => r()));
});

test('by default the MQTT page reads the broker of the server that served it, with its simulated vehicle', async ({ page }) => {
	await page.goto('/mqtt');
	await expect(page.getByLabel('Connection state')).toHaveText('connected', { timeout: 15_000 });
	await expect(page.getByRole('region', { name: `Vehicle ${VIN}` })).toContainText('online', { timeout: 15_000 });
	await expect(page.getByRole('table', { name: `Telemetry ${VIN}` }).getByRole('row', { name: /^Speed .* km\/h/ })).toBeVisible({ timeout: 15_000 });
});

test('the MQTT page shows the vehicle, its VSS telemetry with units, and counts a malformed payload', async ({ page }) => {
	await page.goto('/mqtt');
	// a broker that is not there: the page says so
	await page.getByLabel('Broker URL (MQTT over WebSocket)').fill('ws://127.0.0.1:9/mqtt');
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByRole('alert')).toContainText(/cannot reach|connection|closed|error/i, { timeout: 15_000 });
	await page.getByLabel('Broker URL (MQTT over WebSocket)').fill(wsUrl);
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.getByLabel('Connection state')).toHaveText('connected');
	const vehicle = page.getByRole('region', { name: `Vehicle ${VIN}` });
	await expect(vehicle).toContainText('online', { timeout: 15_000 });
	const table = page.getByRole('table', { name: `Telemetry ${VIN}` });
	await expect(table.getByRole('row', { name: /^Speed .* km\/h/ })).toBeVisible({ timeout: 15_000 });
	await expect(table.getByRole('row', { name: /Powertrain\.TractionBattery\.StateOfCharge\.Current .* percent/ })).toBeVisible({ timeout: 15_000 });

	// a malformed telemetry payload (published with the token, as only the gateway could) is a counted warning
	const op = await mqtt.connectAsync(wsUrl, { username: 'op', password: TOKEN, protocolVersion: 4 });
	await op.publishAsync(`zb/v1/${VIN}/telemetry`, '{"seq": "x"}', { qos: 1 });
	await op.endAsync();
	await expect(page.getByLabel('Malformed payloads')).toHaveText('1');
	await expect(page.getByRole('region', { name: 'Payload warnings' })).toContainText(`zb/v1/${VIN}/telemetry: seq is not an integer`);
	await expect(table.getByRole('row', { name: /^Speed / })).toBeVisible(); // still live
});
