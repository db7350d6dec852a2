/**
 * A campaign end to end through the real embedded MQTT broker (aedes) and a real HTTP download: the server's
 * OTA module publishes the request, a vehicle (OtaAgent + a Simulation with the real firmware) downloads,
 * verifies, flashes the CVC through UDS and reports each state. The test's OtaHost records the reports in an
 * array (tests/fleet/ota-campaign.spec.ts runs the same through the fleet's store and REST API). A bad signature and a wrong ECU end FAILED
 * with the reason and leave CVC 1.0.0 running.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagTester } from '../../src/lib/diag/tester';
import { OtaAgent, type OtaState } from '../../src/lib/ota/agent';
import { buildEcuVariant } from '../../src/lib/ota/build-node';
import { fromBase64, generateKeyPair, signImage, type TrustedKey } from '../../src/lib/ota/image';
import { flashInSim } from '../../src/lib/ota/sim-flash';
import { loadEcuImages } from '../../src/lib/sim/load-node';
import { Simulation } from '../../src/lib/sim/simulation';
import { startBroker, type EmbeddedBroker } from '../mqtt/broker';
import { openStore, type Store } from '../fleet/store';
import { createOta } from './index';

const TOKEN = 'ota-test-token';
const VIN = 'ZBV1SVM0000000001';
let broker: EmbeddedBroker;
let http: ReturnType<typeof createServer>;
let base = '';
const files = new Map<string, Uint8Array>();
let images: Map<string, WebAssembly.Module>;
let v110: Uint8Array;
// the host's repo (the fleet's OTA tables) is not used by the module's checks and delivery; a real one all the same
let store: Store;

beforeAll(async () => {
	broker = await startBroker({ port: 0, token: TOKEN });
	http = createServer((req, res) => {
		const f = files.get(req.url ?? '');
		res.writeHead(f ? 200 : 404).end(f ? Buffer.from(f) : 'not found');
	});
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	images = await loadEcuImages();
	v110 = await buildEcuVariant('cvc', '1.1.0');
	store = await openStore({ dir: 'memory://' });
}, 600_000);
afterAll(async () => {
	await broker?.close();
	http?.close();
	await store?.close();
});

async function connect() {
	const c = await mqtt.connectAsync(broker.url, { username: 'zb', password: TOKEN, reconnectPeriod: 0 });
	return c;
}

async function setup(trustedOnVehicle: TrustedKey[]) {
	const server = await connect();
	const reports: Array<{ vin: string; state: OtaState; reason: string | null }> = [];
	const handlers: Array<[string, (t: string, p: Buffer) => void]> = [];
	server.on('message', (t, p) => handlers.forEach(([f, fn]) => mqttMatch(f, t) && fn(t, p)));
	const ota = createOta(
		{
			repo: store.ota,
			publish: async (t, p) => void (await server.publishAsync(t, p, { qos: 1 })),
			subscribe: (f, fn) => {
				handlers.push([f, fn]);
				void server.subscribeAsync(f, { qos: 1 });
				return () => void server.unsubscribeAsync(f);
			},
			report: async (_c, vin, state, reason) => void reports.push({ vin, state, reason }),
			imageUrl: (id) => `${base}/img/${id}`,
			log: () => {}
		},
		{ trusted: trustedOnVehicle }
	);
	const sim = await Simulation.create({ seed: 3, profile: null }, images);
	sim.setInputs({ gear: 0 });
	const tester = new DiagTester();
	sim.addParticipant(tester);
	sim.step(2000);
	const send = async (target: number, p: number[]) => {
		const pr = tester.request(target, p);
		for (let k = 0; k < 30_000 && tester.busy; k++) sim.step(1);
		return pr;
	};
	const vehicle = await connect();
	const agent = new OtaAgent({
		vin: VIN,
		publish: async (t, p) => void (await vehicle.publishAsync(t, p, { qos: 1 })),
		fetchImage: async (url) => {
			const r = await fetch(url);
			if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
			return new Uint8Array(await r.arrayBuffer());
		},
		trusted: () => trustedOnVehicle,
		flash: (ecu, bytes) => flashInSim(sim, send, ecu, bytes)
	});
	const done: Promise<void>[] = [];
	vehicle.on('message', (t, p) => done.push(agent.handle(t, p.toString())));
	await vehicle.subscribeAsync(agent.filter, { qos: 1 });
	await new Promise((r) => setTimeout(r, 100));
	const version = async () => String.fromCharCode(...(await send(0x7e0, [0x22, 0xf1, 0x95])).responses[0].payload.slice(3));
	const finish = async () => {
		for (let i = 0; i < 200 && !reports.some((r) => r.state === 'UPDATED' || r.state === 'FAILED'); i++) {
			await Promise.all(done);
			await new Promise((r) => setTimeout(r, 20));
		}
		await server.endAsync();
		await vehicle.endAsync();
		await ota.close();
	};
	return { ota, reports, finish, version, sim };
}

const campaign = (id: string, image_id: string) => ({ id, name: id, image_id, created_at: 0, created_by: 't', vehicles: [{ vin: VIN, state: 'QUEUED' as const, reason: null, updated_at: 0 }] });
const imageRow = (id: string, b: Awaited<ReturnType<typeof signImage>>) => ({ id, ecu: b.manifest.ecu, version: b.manifest.version, sha256: b.manifest.sha256, size: b.manifest.size, manifest: b.manifest as never, signature: b.signature, created_at: 0, created_by: 't' });

function mqttMatch(filter: string, topic: string): boolean {
	const f = filter.split('/');
	const t = topic.split('/');
	return f.length === t.length && f.every((x, i) => x === '+' || x === t[i]);
}

describe('OTA campaign over MQTT into a simulated vehicle', () => {
	it('goes INITIATED → … → UPDATED and the CVC runs 1.1.0; the server checked the image first', async () => {
		const k = await generateKeyPair();
		const trusted = [{ id: k.id, jwk: k.publicJwk }];
		const b = await signImage(v110, { ecu: 'cvc', version: '1.1.0', privateJwk: k.privateJwk });
		const { ota, reports, finish, version } = await setup(trusted);
		expect(await version()).toBe('CVC 1.0.0');
		expect(await ota.checkImage(b.manifest as never, b.signature, fromBase64(b.data!))).toEqual({ keyId: k.id });
		files.set('/img/i1', v110);
		await ota.deliver(campaign('c1', 'i1'), imageRow('i1', b));
		await finish();
		expect(reports.map((r) => r.state)).toEqual(['INITIATED', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATING', 'UPDATED']);
		expect(await version()).toBe('CVC 1.1.0');
	}, 120_000);

	it('a bad signature: the server refuses the upload, and a vehicle handed it anyway reports FAILED and keeps 1.0.0', async () => {
		const k = await generateKeyPair();
		const attacker = await generateKeyPair();
		const b = await signImage(v110, { ecu: 'cvc', version: '1.1.0', privateJwk: attacker.privateJwk });
		const { ota, reports, finish, version } = await setup([{ id: k.id, jwk: k.publicJwk }]);
		expect(await ota.checkImage(b.manifest as never, b.signature, v110)).toEqual({ refused: expect.stringMatching(/not verify with trusted key/) });
		expect(ota.counters.imagesRefused).toBe(1);
		files.set('/img/i2', v110);
		await ota.deliver(campaign('c2', 'i2'), imageRow('i2', b));
		await finish();
		expect(reports.at(-1)).toMatchObject({ state: 'FAILED', reason: expect.stringMatching(/^verify \(signature\): signature does not verify/) });
		expect(reports.map((r) => r.state)).not.toContain('UPDATING');
		expect(await version()).toBe('CVC 1.0.0');
	}, 120_000);

	it('an image signed for another ECU: FAILED (wrong-ecu), nothing flashed', async () => {
		const k = await generateKeyPair();
		const trusted = [{ id: k.id, jwk: k.publicJwk }];
		const b = await signImage(v110, { ecu: 'bcm', version: '1.1.0', privateJwk: k.privateJwk });
		const { ota, reports, finish, version } = await setup(trusted);
		files.set('/img/i3', v110);
		await ota.deliver(campaign('c3', 'i3'), { ...imageRow('i3', b), ecu: 'cvc' });
		await finish();
		expect(reports.at(-1)).toMatchObject({ state: 'FAILED', reason: "verify (wrong-ecu): image is for ECU 'bcm', the target is 'cvc'" });
		expect(await version()).toBe('CVC 1.0.0');
	}, 120_000);
});
