/**
 * The Fleet REST API under `/api/fleet/…` and its OpenAPI 3.1 document at `/api/docs`. One table of
 * routes serves both: the dispatcher matches it, the document is generated from it, and
 * `api.spec.ts` checks that what the server answers is what the document says. Every request needs a
 * bearer token (viewer reads; operator or admin writes; admin manages tokens and reads the audit log);
 * every write is in the audit log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tokenMatches } from '../mqtt/broker';
import { decodeVin } from '../../src/lib/diag/vin';
import { ODataError, odataError, parseQuery, type Fields } from './odata';
import type { OtaPort } from './ota-port';
import type { NotificationRow } from './repos/notifications';
import { ROLES, type Role } from './repos/tokens';
import { FleetError, VIN_RE, type FleetService } from './service';
import { UUID_RE, uuidv7 } from './uuid7';

export const API_PREFIX = '/api/fleet';
export const DOCS_PATH = '/api/docs';

export interface Actor {
	name: string;
	role: Role;
}

interface Ctx {
	req: IncomingMessage;
	res: ServerResponse;
	params: Record<string, string>;
	query: URLSearchParams;
	actor: Actor;
	body: () => Promise<unknown>;
}

type Handler = (c: Ctx) => Promise<{ status?: number; body: unknown; type?: string } | void>;

export interface RouteDef {
	method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
	/** OpenAPI path template, e.g. `/api/fleet/vehicles/{vin}`. */
	path: string;
	role: Role;
	summary: string;
	query?: Record<string, string>;
	body?: Record<string, unknown>;
	handler: Handler;
}

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

const NOTIFICATION_FIELDS: Fields = {
	Id: { col: 'id', type: 'number' },
	Vin: { col: 'vin', type: 'string' },
	Ecu: { col: 'ecu', type: 'string' },
	Dtc: { col: 'dtc', type: 'string' },
	Status: { col: 'status', type: 'string' },
	Occurrences: { col: 'occurrences', type: 'number' },
	OpenedAt: { col: 'opened_at', type: 'number' },
	UpdatedAt: { col: 'updated_at', type: 'number' }
};

/** A notification as OData v2 shows it (`/Date(ms)/` times, `__metadata`). */
function odataNotification(n: NotificationRow, base: string): Record<string, unknown> {
	return {
		__metadata: { uri: `${base}/Notifications(${n.id})`, type: 'zonebench.QualityNotification' },
		Id: n.id,
		Vin: n.vin,
		Ecu: n.ecu,
		Dtc: n.dtc,
		Status: n.status,
		Occurrences: n.occurrences,
		FreezeFrame: JSON.stringify(n.freeze_frame),
		OpenedAt: `/Date(${n.opened_at})/`,
		UpdatedAt: `/Date(${n.updated_at})/`,
		ClosedAt: n.closed_at === null ? null : `/Date(${n.closed_at})/`,
		ClosedBy: n.closed_by,
		CloseNote: n.close_note
	};
}

function int(q: URLSearchParams, name: string, def: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
	const v = q.get(name);
	if (v === null || v === '') return def;
	if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new HttpError(400, `${name}: '${v}' must be an integer ${min}..${max}`);
	return Number(v);
}

function vinParam(p: Record<string, string>): string {
	if (!VIN_RE.test(p.vin)) throw new HttpError(400, `'${p.vin}' is not a 17-character VIN (ISO 3779: digits and capitals without I, O, Q)`);
	return p.vin;
}

function obj(v: unknown, what = 'body'): Record<string, unknown> {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new HttpError(400, `${what} must be a JSON object`);
	return v as Record<string, unknown>;
}

export interface ApiOptions {
	fleet: FleetService;
	/** The server's ZB_TOKEN: admin. */
	adminToken: string;
	ota?: OtaPort | null;
	/** Public base URL for image downloads (`http://host:port`), when known. */
	baseUrl?: () => string;
}

/** The route table (also the OpenAPI document's source). */
export function fleetRoutes(o: ApiOptions): RouteDef[] {
	const s = o.fleet.store;
	const f = o.fleet;
	const range = (q: URLSearchParams) => {
		const to = int(q, 'to', Date.now());
		const from = int(q, 'from', to - 3600_000);
		if (from > to) throw new HttpError(400, `from (${from}) is after to (${to})`);
		return { from, to };
	};
	const mustVehicle = async (vin: string) => {
		const v = await s.vehicles.get(vin);
		if (!v) throw new HttpError(404, `no vehicle ${vin} in the fleet`);
		return v;
	};
	const odataBase = `${API_PREFIX}/odata`;
	return [
		{
			method: 'GET', path: `${API_PREFIX}/vehicles`, role: 'viewer', summary: 'Vehicles: online/offline, last seen, VIN decoded, firmware, active DTCs',
			handler: async () => ({ body: (await s.vehicles.list()).map((v) => ({ ...v, decoded: decodeVin(v.vin) })) })
		},
		{
			method: 'POST', path: `${API_PREFIX}/vehicles`, role: 'operator', summary: 'Register a vehicle by VIN', body: { vin: 'string' },
			handler: async (c) => {
				const b = obj(await c.body());
				if (typeof b.vin !== 'string' || !VIN_RE.test(b.vin)) throw new HttpError(400, `vin: ${JSON.stringify(b.vin)} is not a 17-character VIN`);
				const created = await s.vehicles.register(b.vin, c.actor.name);
				return { status: created ? 201 : 200, body: await s.vehicles.get(b.vin) };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/vehicles/{vin}`, role: 'viewer', summary: 'One vehicle, with its latest telemetry',
			handler: async (c) => {
				const v = await mustVehicle(vinParam(c.params));
				return { body: { ...v, decoded: decodeVin(v.vin), latest: await s.telemetry.latest(v.vin) } };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/vehicles/{vin}/telemetry`, role: 'viewer', summary: 'Telemetry of VSS paths over a time range, downsampled into buckets (min/max/avg/n)',
			query: { from: 'epoch ms (default to − 1 h)', to: 'epoch ms (default now)', paths: 'comma-separated VSS paths (default: every path seen)', points: 'buckets wanted (default 600; bucket = range / points)', bucket_ms: 'bucket width, ms (overrides points)' },
			handler: async (c) => {
				const vin = vinParam(c.params);
				await mustVehicle(vin);
				const { from, to } = range(c.query);
				const points = int(c.query, 'points', 600, 1, 10_000);
				const bucket = int(c.query, 'bucket_ms', Math.max(1000, Math.ceil((to - from) / points)), 1, 86_400_000 * 365);
				const pq = c.query.get('paths');
				const paths = pq ? pq.split(',').filter(Boolean) : await s.telemetry.paths(vin, from, to);
				for (const p of paths) if (!/^Vehicle(\.[A-Za-z0-9_]+)+$/.test(p)) throw new HttpError(400, `paths: '${p}' is not a VSS path`);
				const series: Record<string, unknown> = {};
				for (const p of paths) series[p] = await s.telemetry.series(vin, p, from, to, bucket);
				return { body: { vin, from, to, bucket_ms: bucket, series } };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/vehicles/{vin}/gaps`, role: 'viewer', summary: 'Missing telemetry seq ranges and replayed (late) messages in a time range',
			query: { from: 'epoch ms', to: 'epoch ms' },
			handler: async (c) => {
				const vin = vinParam(c.params);
				await mustVehicle(vin);
				const { from, to } = range(c.query);
				return { body: { ...(await s.telemetry.gaps(vin, from, to)), replays: await s.telemetry.replays(vin, from, to) } };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/vehicles/{vin}/dtcs`, role: 'viewer', summary: 'DTC history, newest first',
			handler: async (c) => ({ body: await s.dtcs.history(vinParam(c.params), int(c.query, 'limit', 500, 1, 5000)) })
		},
		{
			method: 'GET', path: `${API_PREFIX}/vehicles/{vin}/commands`, role: 'viewer', summary: 'Commands sent to the vehicle with their state changes',
			handler: async (c) => {
				const rows = await s.commands.listForVehicle(vinParam(c.params), int(c.query, 'limit', 100, 1, 1000));
				return { body: await Promise.all(rows.map(async (r) => ({ ...r, events: await s.commands.events(r.id) }))) };
			}
		},
		{
			method: 'POST', path: `${API_PREFIX}/vehicles/{vin}/commands`, role: 'operator', summary: 'Send a command (lights, lock, read_dtcs, clear_dtcs, ecu_reset, set_did); the same idempotency key twice is one command',
			body: { name: 'string', args: 'object', priority: 'integer', ttl_ms: 'integer', timeout_ms: 'integer', idempotency_key: 'string' },
			handler: async (c) => {
				const b = obj(await c.body());
				const num = (k: string, min: number, max: number) => {
					const v = b[k];
					if (v === undefined) return undefined;
					if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new HttpError(400, `${k}: must be an integer ${min}..${max}`);
					return v;
				};
				if (typeof b.name !== 'string') throw new HttpError(400, 'name: a command name is needed');
				if (b.args !== undefined) obj(b.args, 'args');
				const key = c.req.headers['idempotency-key'] ?? b.idempotency_key;
				if (key !== undefined && (typeof key !== 'string' || key.length < 1 || key.length > 200)) throw new HttpError(400, 'idempotency_key: a string of 1..200 characters');
				const r = await f.sendCommand(vinParam(c.params), { name: b.name, args: b.args as Record<string, unknown> | undefined, priority: num('priority', -100, 100), ttl_ms: num('ttl_ms', 1, 7 * 86_400_000), timeout_ms: num('timeout_ms', 100, 3600_000), idempotency_key: key as string | undefined }, c.actor.name);
				return { status: r.created ? 201 : 200, body: { ...r.command, events: await s.commands.events(r.command.id) } };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/commands/{id}`, role: 'viewer', summary: 'One command and its state changes',
			handler: async (c) => {
				if (!UUID_RE.test(c.params.id)) throw new HttpError(400, `'${c.params.id}' is not a UUID`);
				const r = await s.commands.get(c.params.id);
				if (!r) throw new HttpError(404, `no command ${c.params.id}`);
				return { body: { ...r, events: await s.commands.events(r.id) } };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/vehicles/{vin}/notifications`, role: 'viewer', summary: 'Quality notifications of one vehicle',
			handler: async (c) => ({ body: (await s.notifications.query({ sql: 'vin = $1', params: [vinParam(c.params)] }, 'opened_at DESC', 500, 0)).rows })
		},
		{
			method: 'GET', path: `${odataBase}/Notifications`, role: 'viewer', summary: 'Quality notifications, OData v2: $filter (eq ne gt lt ge le and or not), $top, $skip, $orderby, $format=json, $inlinecount; d.results envelope',
			query: { $filter: "e.g. Status eq 'OPEN' and Ecu eq 'RZC'", $top: 'integer', $skip: 'integer', $orderby: 'e.g. OpenedAt desc', $format: 'json', $inlinecount: 'allpages' },
			handler: async (c) => {
				let q;
				try {
					q = parseQuery(c.query, NOTIFICATION_FIELDS, 'id ASC');
				} catch (e) {
					if (e instanceof ODataError) return { status: 400, body: odataError('BadRequest', e.message) };
					throw e;
				}
				const { rows, count } = await s.notifications.query(q.where, q.orderBy, q.top, q.skip);
				return { body: { d: { results: rows.map((n) => odataNotification(n, odataBase)), ...(q.inlineCount ? { __count: String(count) } : {}) } } };
			}
		},
		{
			method: 'GET', path: `${odataBase}/Notifications({id})`, role: 'viewer', summary: 'One quality notification (OData v2 entity)',
			handler: async (c) => {
				const id = Number(c.params.id);
				if (!Number.isInteger(id)) return { status: 400, body: odataError('BadRequest', `key '${c.params.id}' is not an integer`) };
				const n = await s.notifications.get(id);
				if (!n) return { status: 404, body: odataError('NotFound', `no notification ${id}`) };
				return { body: { d: odataNotification(n, odataBase) } };
			}
		},
		{
			method: 'POST', path: `${API_PREFIX}/notifications/{id}/close`, role: 'operator', summary: 'Close an open quality notification', body: { note: 'string' },
			handler: async (c) => {
				const id = Number(c.params.id);
				if (!Number.isInteger(id)) throw new HttpError(400, `'${c.params.id}' is not a notification id`);
				const b = obj((await c.body()) ?? {});
				const r = await s.notifications.close(id, c.actor.name, typeof b.note === 'string' ? b.note.slice(0, 2000) : null);
				if (!r) {
					const had = await s.notifications.get(id);
					throw new HttpError(had ? 409 : 404, had ? `notification ${id} is ${had.status} already` : `no notification ${id}`);
				}
				return { body: r };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/ota/images`, role: 'viewer', summary: 'OTA images (manifest, SHA-256, signature; not the bytes)',
			handler: async () => ({ body: await s.ota.images() })
		},
		{
			method: 'POST', path: `${API_PREFIX}/ota/images`, role: 'operator', summary: 'Upload a signed ECU image: {manifest, signature, data (base64)}; checked by the OTA module',
			body: { manifest: 'object', signature: 'string', data: 'string (base64)' },
			handler: async (c) => {
				const b = obj(await c.body());
				const manifest = obj(b.manifest, 'manifest');
				if (typeof b.signature !== 'string' || typeof b.data !== 'string') throw new HttpError(400, 'signature and data (base64) are strings');
				if (!o.ota) throw new HttpError(501, 'OTA is not installed in this server (the image cannot be checked, so it is not stored)');
				const data = new Uint8Array(Buffer.from(b.data, 'base64'));
				// ecu + version is unique in ota_images: a second upload is the client's mistake, not a 500
				if ((await s.ota.images()).some((i) => i.ecu === String(manifest.ecu) && i.version === String(manifest.version)))
					throw new HttpError(409, `an image for ${String(manifest.ecu)} ${String(manifest.version)} is already stored`);
				const checked = await o.ota.checkImage(manifest, b.signature, data);
				if ('refused' in checked) throw new HttpError(422, `image refused: ${checked.refused}`);
				const { createHash } = await import('node:crypto');
				// the key that verified is kept (keyId is not part of what is signed), so the pages name the signer
				// also when the upload did not
				const stored = { ...manifest, keyId: checked.keyId };
				const row = await s.ota.addImage({ id: uuidv7(), ecu: String(manifest.ecu), version: String(manifest.version), sha256: createHash('sha256').update(data).digest('hex'), size: data.length, manifest: stored, signature: b.signature, data, created_at: Date.now(), created_by: c.actor.name });
				return { status: 201, body: row };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/ota/trusted-keys`, role: 'viewer', summary: 'The public keys a vehicle served by this server (the browser tab) trusts: {keys: [{id, jwk}]}',
			handler: async () => {
				if (!o.ota?.vehicleKeys) throw new HttpError(501, 'OTA is not installed in this server');
				return { body: { keys: o.ota.vehicleKeys() } };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/ota/images/{id}/data`, role: 'viewer', summary: 'The image bytes (application/wasm)',
			handler: async (c) => {
				if (!UUID_RE.test(c.params.id)) throw new HttpError(400, `'${c.params.id}' is not a UUID`);
				const d = await s.ota.imageData(c.params.id);
				if (!d) throw new HttpError(404, `no image ${c.params.id}`);
				return { body: Buffer.from(d), type: 'application/wasm' };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/ota/campaigns`, role: 'viewer', summary: 'OTA campaigns with each vehicle’s state', query: { vin: 'only campaigns of this vehicle' },
			handler: async (c) => {
				const vin = c.query.get('vin');
				if (vin !== null && !VIN_RE.test(vin)) throw new HttpError(400, `vin: '${vin}' is not a VIN`);
				return { body: await s.ota.campaigns(vin ?? undefined) };
			}
		},
		{
			method: 'POST', path: `${API_PREFIX}/ota/campaigns`, role: 'operator', summary: 'Start an OTA campaign: {name, image_id, vins}', body: { name: 'string', image_id: 'uuid', vins: 'string[]' },
			handler: async (c) => {
				const b = obj(await c.body());
				if (typeof b.name !== 'string' || typeof b.image_id !== 'string' || !UUID_RE.test(b.image_id) || !Array.isArray(b.vins) || b.vins.length === 0)
					throw new HttpError(400, 'name (string), image_id (uuid) and vins (non-empty array) are needed');
				const image = await s.ota.image(b.image_id);
				if (!image) throw new HttpError(404, `no image ${b.image_id}`);
				for (const v of b.vins) if (typeof v !== 'string' || !(await s.vehicles.exists(v))) throw new HttpError(404, `vins: no vehicle ${JSON.stringify(v)} in the fleet`);
				const camp = await s.ota.createCampaign({ id: uuidv7(), name: b.name, image_id: b.image_id, vins: b.vins as string[], created_by: c.actor.name });
				if (o.ota) await o.ota.deliver(camp, image);
				return { status: 201, body: camp };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/ota/campaigns/{id}`, role: 'viewer', summary: 'One campaign with its per-vehicle states and events',
			handler: async (c) => {
				if (!UUID_RE.test(c.params.id)) throw new HttpError(400, `'${c.params.id}' is not a UUID`);
				const r = await s.ota.campaign(c.params.id);
				if (!r) throw new HttpError(404, `no campaign ${c.params.id}`);
				return { body: { ...r, events: await s.ota.events(r.id) } };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/tokens`, role: 'admin', summary: 'API tokens (never their secret)',
			handler: async () => ({ body: await s.tokens.list() })
		},
		{
			method: 'POST', path: `${API_PREFIX}/tokens`, role: 'admin', summary: 'Create a token {name, role: viewer|operator|admin}; its secret is shown once', body: { name: 'string', role: 'string' },
			handler: async (c) => {
				const b = obj(await c.body());
				if (typeof b.name !== 'string' || b.name.length < 1 || b.name.length > 100) throw new HttpError(400, 'name: a string of 1..100 characters');
				if (!(ROLES as readonly unknown[]).includes(b.role)) throw new HttpError(400, `role: one of ${ROLES.join(', ')}`);
				const r = await s.tokens.create(b.name, b.role as Role, c.actor.name);
				return { status: 201, body: { ...r.row, token: r.token } };
			}
		},
		{
			method: 'DELETE', path: `${API_PREFIX}/tokens/{id}`, role: 'admin', summary: 'Revoke a token',
			handler: async (c) => {
				if (!UUID_RE.test(c.params.id) || !(await s.tokens.revoke(c.params.id))) throw new HttpError(404, `no active token ${c.params.id}`);
				return { body: { revoked: c.params.id } };
			}
		},
		{
			method: 'GET', path: `${API_PREFIX}/audit`, role: 'admin', summary: 'The audit log of writes, newest first', query: { limit: 'integer', before: 'id' },
			handler: async (c) => ({ body: await s.audit.list(int(c.query, 'limit', 200, 1, 5000), c.query.has('before') ? int(c.query, 'before', 0) : undefined) })
		},
		{
			method: 'GET', path: `${API_PREFIX}/status`, role: 'viewer', summary: 'The ingest: this instance, the instances alive, database, counts, refusals by reason',
			handler: async () => ({ body: { ...f.status(), instances: await f.instancesAlive() } })
		}
	];
}

/** Compiles a path template into a matcher: `{vin}` is one segment; `({id})` an OData key. */
function compile(path: string): { re: RegExp; names: string[] } {
	const names: string[] = [];
	const parts = path.split(/\{(\w+)\}/);
	let re = '';
	parts.forEach((p, i) => {
		if (i % 2 === 1) {
			names.push(p);
			re += '([^/()]+)';
		} else re += p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	});
	return { re: new RegExp(`^${re}$`), names };
}

/** The OpenAPI 3.1 document for the route table. */
export function openApiDoc(routes: RouteDef[], version: string): Record<string, unknown> {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const r of routes) {
		const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
		for (const [name, description] of Object.entries(r.query ?? {})) params.push({ name, in: 'query', required: false, schema: { type: 'string' }, description } as never);
		const op: Record<string, unknown> = {
			summary: r.summary,
			operationId: `${r.method.toLowerCase()}${r.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ''))}`,
			security: [{ bearer: [] }],
			'x-role': r.role,
			parameters: params,
			responses: {
				'200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
				'400': { description: 'bad request: the message names the parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
				'401': { description: 'no or unknown token' },
				'403': { description: `needs role ${r.role} or higher` },
				'404': { description: 'not found' }
			}
		};
		if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: { type: 'object', properties: Object.fromEntries(Object.entries(r.body).map(([k, t]) => [k, { description: String(t) }])) } } } };
		(paths[r.path] ??= {})[r.method.toLowerCase()] = op;
	}
	return {
		openapi: '3.1.0',
		info: { title: 'zonebench Fleet API', version, description: 'Vehicles, telemetry, DTCs, commands, OTA, quality notifications (docs/fleet.md). Bearer tokens: viewer reads, operator writes, admin manages tokens.' },
		servers: [{ url: '/' }],
		components: {
			securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
			schemas: { Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] } }
		},
		paths
	};
}

const MAX_BODY = 16 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	let n = 0;
	for await (const c of req) {
		n += (c as Buffer).length;
		if (n > MAX_BODY) throw new HttpError(413, `body larger than ${MAX_BODY} bytes`);
		chunks.push(c as Buffer);
	}
	const text = Buffer.concat(chunks).toString('utf8');
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new HttpError(400, `body is not JSON: ${(e as Error).message}`);
	}
}

/** The request handler for every path under `/api/fleet` and `/api/docs`. */
export function createFleetApi(o: ApiOptions, version: string): { routes: RouteDef[]; handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>; doc: Record<string, unknown> } {
	const routes = fleetRoutes(o);
	const compiled = routes.map((r) => ({ r, ...compile(r.path) }));
	const doc = openApiDoc(routes, version);
	const s = o.fleet.store;
	const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json') => {
		const buf = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
		res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': buf.length });
		res.end(buf);
	};
	const auth = async (req: IncomingMessage): Promise<Actor | null> => {
		const h = req.headers.authorization;
		const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
		if (!m) return null;
		if (tokenMatches(m[1], o.adminToken)) return { name: 'server-token', role: 'admin' };
		const t = await s.tokens.find(m[1]);
		return t ? { name: `token:${t.name}`, role: t.role } : null;
	};
	const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname === DOCS_PATH) return send(res, 200, doc);
		const path = decodeURIComponent(url.pathname);
		const method = req.method ?? 'GET';
		let hit: { r: RouteDef; params: Record<string, string> } | null = null;
		let allowed: string[] = [];
		for (const c of compiled) {
			const m = c.re.exec(path);
			if (!m) continue;
			if (c.r.method !== method) {
				allowed.push(c.r.method);
				continue;
			}
			hit = { r: c.r, params: Object.fromEntries(c.names.map((n, i) => [n, m[i + 1]])) };
			break;
		}
		if (!hit) {
			if (allowed.length) {
				res.setHeader('allow', allowed.join(', '));
				return send(res, 405, { error: `${method} ${path}: not allowed (allowed: ${allowed.join(', ')})` });
			}
			return send(res, 404, { error: `${method} ${path}: no such route (the routes are in ${DOCS_PATH})` });
		}
		const write = method !== 'GET';
		let actor: Actor | null = null;
		let status = 500;
		let detail: unknown = undefined;
		try {
			actor = await auth(req);
			if (!actor) throw new HttpError(401, 'a bearer token is needed (Authorization: Bearer TOKEN)');
			if (RANK[actor.role] < RANK[hit.r.role]) throw new HttpError(403, `${method} ${hit.r.path} needs role ${hit.r.role}; this token is ${actor.role}`);
			let body: unknown;
			const r = await hit.r.handler({
				req, res, params: hit.params, query: url.searchParams, actor,
				body: async () => (body ??= await readBody(req))
			});
			status = r?.status ?? 200;
			if (write) detail = summarize(body);
			send(res, status, r?.body ?? null, r?.type);
		} catch (e) {
			const err = e instanceof HttpError || e instanceof FleetError ? e : null;
			status = err?.status ?? 500;
			detail = { error: (e as Error).message };
			if (!res.headersSent) send(res, status, { error: err ? err.message : `internal error: ${(e as Error).message}` });
		} finally {
			// an anonymous write refused at the door is not worth an audit row; everything else with a token is
			if (write && actor) await s.audit.add({ actor: actor.name, role: actor.role, method, path, status, detail }).catch(() => {});
		}
	};
	return { routes, handle, doc };
}

/** What the audit log keeps of a request body: keys and short values (no image bytes, no secrets). */
function summarize(b: unknown): unknown {
	if (!b || typeof b !== 'object') return b ?? null;
	return Object.fromEntries(Object.entries(b as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' && v.length > 200 ? `(${v.length} characters)` : v]));
}
