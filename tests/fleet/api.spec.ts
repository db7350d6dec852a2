/**
 * The Fleet REST API over real HTTP: every route the server answers is in the OpenAPI 3.1 document at
 * /api/docs (and nothing documented is missing from the server), roles (viewer reads, operator writes,
 * admin tokens), the audit log of writes, the OData envelope and its errors, bad input named.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startBroker } from '../../server/mqtt/broker';
import { MetricsRegistry } from '../../server/metrics';
import { Router } from '../../server/http';
import { createFleetApi, API_PREFIX, DOCS_PATH } from '../../server/fleet/api';
import { FleetService } from '../../server/fleet/service';
import { openStore } from '../../server/fleet/store';

const TOKEN = 'api-test-admin-token-0123456789';
const VIN = 'ZBV1SVM0000000003';

describe('fleet REST API', async () => {
	const store = await openStore({ dir: 'memory://' });
	const broker = await startBroker({ port: 0, token: TOKEN });
	const fleet = new FleetService({ store, mqttUrl: broker.url, mqttPassword: TOKEN, autoRegister: true, metrics: new MetricsRegistry(), log: () => {} });
	await fleet.start();
	const api = createFleetApi({ fleet, adminToken: TOKEN }, 'test');
	const router = new Router();
	router.routePrefix(API_PREFIX, api.handle);
	router.routePrefix(DOCS_PATH, api.handle);
	const http = createServer((req, res) => {
		if (!router.handle(req, res)) res.writeHead(404).end();
	});
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
	const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	afterAll(async () => {
		http.close();
		await fleet.close();
		await broker.close();
		await store.close();
	});
	const call = async (method: string, path: string, token: string | null, body?: unknown) => {
		const r = await fetch(base + path, { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) }, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
		const text = await r.text();
		return { status: r.status, body: text ? JSON.parse(text) : null };
	};

	it('documents every route it serves in OpenAPI 3.1 and answers every documented one', async () => {
		const doc = (await call('GET', DOCS_PATH, null)).body;
		expect(doc.openapi).toBe('3.1.0');
		const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
		expect(documented).toEqual(api.routes.map((r) => `${r.method} ${r.path}`).sort());
		// every documented route exists on the server: none answers "no such route" (404 with that text)
		for (const line of documented) {
			const [m, p] = line.split(' ');
			const path = p.replace('{vin}', VIN).replace('{id}', '0190a3b4-0000-7000-8000-000000000000');
			const r = await call(m, path, TOKEN, m === 'GET' || m === 'DELETE' ? undefined : {});
			expect(JSON.stringify(r.body ?? ''), line).not.toMatch(/no such route|not allowed/);
		}
		// and a path that is not documented is not served
		expect((await call('GET', `${API_PREFIX}/secrets`, TOKEN)).status).toBe(404);
	});

	it('needs a token to read, operator to write, admin for tokens; audits writes', async () => {
		expect((await call('GET', `${API_PREFIX}/vehicles`, null)).status).toBe(401);
		expect((await call('GET', `${API_PREFIX}/vehicles`, 'wrong')).status).toBe(401);
		const viewer = (await call('POST', `${API_PREFIX}/tokens`, TOKEN, { name: 'v', role: 'viewer' })).body.token as string;
		const op = (await call('POST', `${API_PREFIX}/tokens`, TOKEN, { name: 'o', role: 'operator' })).body.token as string;
		expect((await call('GET', `${API_PREFIX}/vehicles`, viewer)).status).toBe(200);
		const denied = await call('POST', `${API_PREFIX}/vehicles`, viewer, { vin: VIN });
		expect(denied.status).toBe(403);
		expect(denied.body.error).toMatch(/needs role operator/);
		expect((await call('POST', `${API_PREFIX}/vehicles`, op, { vin: VIN })).status).toBe(201);
		expect((await call('POST', `${API_PREFIX}/tokens`, op, { name: 'x', role: 'admin' })).status).toBe(403);
		const v = (await call('GET', `${API_PREFIX}/vehicles/${VIN}`, viewer)).body;
		expect(v.decoded.vin).toBe(VIN);
		const audit = (await call('GET', `${API_PREFIX}/audit`, TOKEN)).body as Array<{ actor: string; method: string; path: string; status: number }>;
		expect(audit.map((a) => `${a.actor} ${a.method} ${a.path} ${a.status}`)).toEqual(
			expect.arrayContaining([`token:o POST ${API_PREFIX}/vehicles 201`, `token:v POST ${API_PREFIX}/vehicles 403`, 'server-token POST /api/fleet/tokens 201'])
		);
		expect(JSON.stringify(audit)).not.toContain(op); // a token's secret is never in the log
	});

	it('names bad input and answers OData in the d.results envelope', async () => {
		await call('POST', `${API_PREFIX}/vehicles`, TOKEN, { vin: VIN });
		expect((await call('POST', `${API_PREFIX}/vehicles`, TOKEN, '{oops')).body.error).toMatch(/not JSON/);
		expect((await call('POST', `${API_PREFIX}/vehicles/${VIN}/commands`, TOKEN, { name: 'lights', ttl_ms: -1 })).body.error).toMatch(/ttl_ms/);
		expect((await call('GET', `${API_PREFIX}/vehicles/NOTAVIN/telemetry`, TOKEN)).body.error).toMatch(/not a 17-character VIN/);
		const cmd = await call('POST', `${API_PREFIX}/vehicles/${VIN}/commands`, TOKEN, { name: 'lights', idempotency_key: 'a' });
		expect(cmd.status).toBe(201);
		expect(cmd.body.state).toBe('QUEUED'); // the vehicle is offline: not SENT
		expect((await call('POST', `${API_PREFIX}/vehicles/${VIN}/commands`, TOKEN, { name: 'lights', idempotency_key: 'a' })).body.id).toBe(cmd.body.id);
		await store.notifications.confirm(VIN, 'RZC', 'P0A1F-00', 1, { speed: 1 });
		const od = await call('GET', `${API_PREFIX}/odata/Notifications?$filter=${encodeURIComponent("Status eq 'OPEN' and Ecu eq 'RZC'")}&$format=json&$inlinecount=allpages`, TOKEN);
		expect(od.body.d.__count).toBe('1');
		expect(od.body.d.results[0]).toMatchObject({ Vin: VIN, Dtc: 'P0A1F-00', Status: 'OPEN', Occurrences: 1 });
		const id = od.body.d.results[0].Id;
		expect((await call('GET', `${API_PREFIX}/odata/Notifications(${id})`, TOKEN)).body.d.Id).toBe(id);
		const bad = await call('GET', `${API_PREFIX}/odata/Notifications?$filter=${encodeURIComponent('Nope eq 1')}`, TOKEN);
		expect(bad.status).toBe(400);
		expect(bad.body.error.message.value).toMatch(/unknown property 'Nope'/);
		expect((await call('POST', `${API_PREFIX}/notifications/${id}/close`, TOKEN, { note: 'fixed' })).body.status).toBe('CLOSED');
		expect((await call('POST', `${API_PREFIX}/notifications/${id}/close`, TOKEN, {})).status).toBe(409);
	});
});
