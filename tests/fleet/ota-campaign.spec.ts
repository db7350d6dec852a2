/**
 * One OTA campaign end to end through the fleet: the fleet loads the OTA module (server/ota) behind its port,
 * an operator uploads a signed CVC image over REST, creates a campaign for a headless vehicle (VehicleAgent +
 * OtaAgent on a Simulation with the real firmware, on the real embedded broker), and the campaign's states in
 * the store go INITIATED → … → UPDATED from the vehicle's reports; the CVC then answers 1.1.0. A bad signature
 * is refused at upload with the reason; an image signed by a key the vehicle does not trust ends FAILED with
 * the vehicle's reason and CVC 1.0.0 keeps running.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../../server/fleet/index';
import { API_PREFIX } from '../../server/fleet/api';
import { openStore, type Store } from '../../server/fleet/store';
import { Router } from '../../server/http';
import { MetricsRegistry } from '../../server/metrics';
import { startBroker, type EmbeddedBroker } from '../../server/mqtt/broker';
import { DiagTester } from '../../src/lib/diag/tester';
import { MemoryOutbox, VehicleAgent, type AgentState } from '../../src/lib/fleet/agent';
import { OtaAgent } from '../../src/lib/ota/agent';
import { buildEcuVariant } from '../../src/lib/ota/build-node';
import { generateKeyPair, signImage, type TrustedKey } from '../../src/lib/ota/image';
import { flashInSim } from '../../src/lib/ota/sim-flash';
import { loadEcuImages } from '../../src/lib/sim/load-node';
import { Simulation } from '../../src/lib/sim/simulation';

const TOKEN = 'ota-campaign-admin-token-0123456789';
const VIN = 'ZBV1SVM0000000077';

let dir: string;
let broker: EmbeddedBroker;
let store: Store;
let fleet: Fleet;
let http: ReturnType<typeof createServer>;
let base = '';
let vehicleKey: Awaited<ReturnType<typeof generateKeyPair>>;
let otherKey: Awaited<ReturnType<typeof generateKeyPair>>;
let v110: Uint8Array;
let images: Map<string, WebAssembly.Module>;
const logs: string[] = [];

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'zb-ota-campaign-'));
	vehicleKey = await generateKeyPair();
	otherKey = await generateKeyPair();
	// the server trusts both keys (the format `npm run ota -- keygen` writes); the vehicle only the first
	const trustFile = join(dir, 'trusted-keys.json');
	writeFileSync(trustFile, JSON.stringify({ keys: [vehicleKey, otherKey].map((k) => ({ id: k.id, jwk: k.publicJwk })) }));
	process.env.ZB_OTA_TRUSTED_KEYS = trustFile;
	images = await loadEcuImages();
	v110 = await buildEcuVariant('cvc', '1.1.0');
	broker = await startBroker({ port: 0, token: TOKEN });
	store = await openStore({ dir: 'memory://' });
	const router = new Router();
	http = createServer((req, res) => {
		if (!router.handle(req, res)) res.writeHead(404).end();
	});
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
	base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	fleet = await startFleet({ dataDir: dir, mqttUrl: broker.url, token: TOKEN, metrics: new MetricsRegistry(), version: 'test', route: (p, fn) => router.routePrefix(p, fn), env: {}, log: (t) => logs.push(t), store });
}, 600_000);

afterAll(async () => {
	await fleet?.close();
	http?.close();
	await broker?.close();
	await store?.close();
	delete process.env.ZB_OTA_TRUSTED_KEYS;
	rmSync(dir, { recursive: true, force: true });
});

const call = async (method: string, path: string, body?: unknown) => {
	const r = await fetch(base + path, { method, headers: { authorization: `Bearer ${TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
	const text = await r.text();
	return { status: r.status, body: text ? JSON.parse(text) : null };
};

/** A headless vehicle: the fleet agent (status, telemetry, commands) and the OTA agent flashing its simulation. */
async function startVehicle(trusted: TrustedKey[]) {
	const sim = await Simulation.create({ seed: 5, profile: null }, images);
	sim.setInputs({ gear: 0 });
	const tester = new DiagTester();
	sim.addParticipant(tester);
	sim.step(2000);
	const send = async (target: number, p: number[]) => {
		const pr = tester.request(target, p);
		for (let k = 0; k < 30_000 && tester.busy; k++) sim.step(1);
		return pr;
	};
	const version = async () => String.fromCharCode(...(await send(0x7e0, [0x22, 0xf1, 0x95])).responses[0].payload.slice(3));
	let state: AgentState | null = null;
	const agent = new VehicleAgent({
		vin: VIN,
		url: broker.url,
		password: TOKEN,
		outbox: new MemoryOutbox(100),
		memory: { load: () => state, save: (s) => (state = structuredClone(s)) },
		host: { firmware: () => ({ cvc: '1.0.0' }), execute: async () => ({ state: 'REJECTED', reason: 'not in this test' }) }
	});
	agent.start();
	const c = await mqtt.connectAsync(broker.url, { clientId: `zb-ota-${VIN}`, username: VIN, password: TOKEN, reconnectPeriod: 0 });
	const ota = new OtaAgent({
		vin: VIN,
		publish: async (t, p) => void (await c.publishAsync(t, p, { qos: 1 })),
		// the image URL is the fleet's route; the vehicle downloads it with its token from this server
		fetchImage: async (url) => {
			const r = await fetch(base + url, { headers: { authorization: `Bearer ${TOKEN}` } });
			if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
			return new Uint8Array(await r.arrayBuffer());
		},
		trusted: () => trusted,
		flash: (ecu, bytes) => flashInSim(sim, send, ecu, bytes)
	});
	c.on('message', (t, p) => void ota.handle(t, p.toString()));
	await c.subscribeAsync(ota.filter, { qos: 1 });
	return {
		version,
		async stop() {
			await c.endAsync();
			await agent.stop();
		}
	};
}

async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
	const end = Date.now() + ms;
	for (;;) {
		const v = await fn();
		if (v) return v;
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

type Campaign = { id: string; vehicles: Array<{ vin: string; state: string; reason: string | null }>; events: Array<{ state: string }> };

describe('OTA campaign through the fleet REST API', () => {
	it('the fleet has the OTA module: upload → campaign → INITIATED … UPDATED, CVC runs 1.1.0', async () => {
		expect(fleet.health().ota).toBe('installed');
		// what the browser tab verifies with: without ZB_OTA_VEHICLE_KEYS, the keys the server trusts
		const keys = await call('GET', `${API_PREFIX}/ota/trusted-keys`);
		expect(keys.status).toBe(200);
		expect(keys.body.keys.map((k: { id: string }) => k.id)).toEqual([vehicleKey.id, otherKey.id]);
		expect(JSON.stringify(keys.body)).not.toMatch(/"d":/); // public keys only
		const v = await startVehicle([{ id: vehicleKey.id, jwk: vehicleKey.publicJwk }]);
		try {
			await until('the vehicle registered', async () => (await call('GET', `${API_PREFIX}/vehicles/${VIN}`)).status === 200);
			expect(await v.version()).toBe('CVC 1.0.0');
			const b = await signImage(v110, { ecu: 'cvc', version: '1.1.0', privateJwk: vehicleKey.privateJwk });
			const up = await call('POST', `${API_PREFIX}/ota/images`, { manifest: b.manifest, signature: b.signature, data: b.data });
			expect(up.status, JSON.stringify(up.body)).toBe(201);
			expect(up.body).toMatchObject({ ecu: 'cvc', version: '1.1.0', sha256: b.manifest.sha256 });
			// the upload named no key: the server keeps the id of the key that verified, for the pages to show
			expect(b.manifest).not.toHaveProperty('keyId');
			expect(up.body.manifest.keyId).toBe(vehicleKey.id);
			const camp = await call('POST', `${API_PREFIX}/ota/campaigns`, { name: 'cvc 1.1.0', image_id: up.body.id, vins: [VIN] });
			expect(camp.status, JSON.stringify(camp.body)).toBe(201);
			const done = await until('UPDATED or FAILED', async () => {
				const c = (await call('GET', `${API_PREFIX}/ota/campaigns/${camp.body.id}`)).body as Campaign;
				return ['UPDATED', 'FAILED'].includes(c.vehicles[0].state) && c;
			});
			expect(done.vehicles[0]).toMatchObject({ vin: VIN, state: 'UPDATED', reason: null });
			expect(done.events.map((e) => e.state)).toEqual(['QUEUED', 'INITIATED', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATING', 'UPDATED']);
			expect(await v.version()).toBe('CVC 1.1.0');
		} finally {
			await v.stop();
		}
	}, 180_000);

	it('a bad signature is refused at upload with the reason, nothing stored', async () => {
		const before = (await call('GET', `${API_PREFIX}/ota/images`)).body.length;
		const attacker = await generateKeyPair();
		const b = await signImage(v110, { ecu: 'cvc', version: '6.6.6', privateJwk: attacker.privateJwk });
		const up = await call('POST', `${API_PREFIX}/ota/images`, { manifest: b.manifest, signature: b.signature, data: b.data });
		expect(up.status).toBe(422);
		expect(up.body.error).toMatch(/^image refused: .*(trusted key|signature)/);
		expect((await call('GET', `${API_PREFIX}/ota/images`)).body.length).toBe(before);
	});

	it('the same ECU version twice is a 409; an image the vehicle cannot verify: the campaign ends FAILED with the vehicle’s reason, 1.0.0 keeps running', async () => {
		const v = await startVehicle([{ id: vehicleKey.id, jwk: vehicleKey.publicJwk }]);
		try {
			expect(await v.version()).toBe('CVC 1.0.0');
			const again = await signImage(v110, { ecu: 'cvc', version: '1.1.0', privateJwk: otherKey.privateJwk });
			const dup = await call('POST', `${API_PREFIX}/ota/images`, { manifest: again.manifest, signature: again.signature, data: again.data });
			expect([dup.status, dup.body.error]).toEqual([409, 'an image for cvc 1.1.0 is already stored']);
			const b = await signImage(await buildEcuVariant('cvc', '1.2.0'), { ecu: 'cvc', version: '1.2.0', privateJwk: otherKey.privateJwk });
			const up = await call('POST', `${API_PREFIX}/ota/images`, { manifest: b.manifest, signature: b.signature, data: b.data });
			expect(up.status, JSON.stringify(up.body)).toBe(201); // the server trusts this key; the vehicle does not
			const camp = await call('POST', `${API_PREFIX}/ota/campaigns`, { name: 'other key', image_id: up.body.id, vins: [VIN] });
			const done = await until('UPDATED or FAILED', async () => {
				const c = (await call('GET', `${API_PREFIX}/ota/campaigns/${camp.body.id}`)).body as Campaign;
				return ['UPDATED', 'FAILED'].includes(c.vehicles[0].state) && c;
			});
			expect(done.vehicles[0].state).toBe('FAILED');
			expect(done.vehicles[0].reason).toMatch(/^verify \(/);
			expect(done.events.map((e) => e.state)).not.toContain('UPDATING');
			expect(await v.version()).toBe('CVC 1.0.0');

			// the list: every campaign of this file, newest first, each with its own vehicles' states
			const list = (await call('GET', `${API_PREFIX}/ota/campaigns`)).body as Array<Campaign & { name: string }>;
			expect(list.map((c) => c.name)).toEqual(['other key', 'cvc 1.1.0']);
			expect(list.map((c) => c.vehicles.map((x) => `${x.vin} ${x.state}`))).toEqual([[`${VIN} FAILED`], [`${VIN} UPDATED`]]);
			expect(list[0].vehicles[0].reason).toMatch(/^verify \(/);
			const mine = (await call('GET', `${API_PREFIX}/ota/campaigns?vin=${VIN}`)).body as Campaign[];
			expect(mine.map((c) => c.id)).toEqual(list.map((c) => c.id));
			const none = (await call('GET', `${API_PREFIX}/ota/campaigns?vin=ZBV1SVM0000000099`)).body as Campaign[];
			expect(none).toEqual([]);
		} finally {
			await v.stop();
		}
	}, 180_000);

	it('a campaign stored by an instance that stopped before publishing: the next instance to start delivers it, and the vehicle ends UPDATED', async () => {
		const b = await signImage(await buildEcuVariant('cvc', '1.3.0'), { ecu: 'cvc', version: '1.3.0', privateJwk: vehicleKey.privateJwk });
		const up = await call('POST', `${API_PREFIX}/ota/images`, { manifest: b.manifest, signature: b.signature, data: b.data });
		expect(up.status, JSON.stringify(up.body)).toBe(201);
		// what a crashed instance leaves: the campaign in the store, the vehicle QUEUED, no request published
		const id = '0190a000-0000-7000-8000-00000000c0de';
		await store.ota.createCampaign({ id, name: 'left queued', image_id: up.body.id, vins: [VIN], created_by: 'crashed' });
		const v = await startVehicle([{ id: vehicleKey.id, jwk: vehicleKey.publicJwk }]);
		let second: Fleet | null = null;
		try {
			expect(await v.version()).toBe('CVC 1.0.0');
			await new Promise((r) => setTimeout(r, 1500));
			expect(((await call('GET', `${API_PREFIX}/ota/campaigns/${id}`)).body as Campaign).vehicles[0].state).toBe('QUEUED');
			second = await startFleet({ dataDir: dir, mqttUrl: broker.url, token: TOKEN, metrics: new MetricsRegistry(), version: 'test', route: () => {}, env: {}, log: (t) => logs.push(t), store, instance: 'second' });
			expect(logs.some((l) => l.includes(`OTA campaign ${id} (left queued): delivered again to 1 vehicle(s) still QUEUED`))).toBe(true);
			const done = await until('UPDATED or FAILED', async () => {
				const c = (await call('GET', `${API_PREFIX}/ota/campaigns/${id}`)).body as Campaign;
				return ['UPDATED', 'FAILED'].includes(c.vehicles[0].state) && c;
			});
			expect(done.vehicles[0]).toMatchObject({ state: 'UPDATED', reason: null });
			expect(await v.version()).toBe('CVC 1.3.0');
		} finally {
			await second?.close();
			await v.stop();
		}
	}, 180_000);
});
