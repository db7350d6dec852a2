/**
 * `startFleet`: opens the store (PGlite in ZB_DATA/fleet, or PostgreSQL at DATABASE_URL), starts the
 * ingest/command service on the broker, mounts the REST API and `/api/docs`, and runs telemetry
 * retention hourly (docs/fleet.md).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MetricsRegistry } from '../metrics';
import { API_PREFIX, DOCS_PATH, createFleetApi } from './api';
import type { OtaFactory, OtaPort } from './ota-port';
import { FleetService } from './service';
import { openStore, type Store } from './store';

export interface FleetEnv {
	databaseUrl: string | null;
	autoRegister: boolean;
	/** Raw telemetry kept this long, then rolled up into per-minute buckets. */
	rawDays: number;
	rollupDays: number;
	/** ZB_FLEET_CLIENT_ID: the ingest's MQTT client id; null: `zb-fleet-{instance}`. */
	clientId: string | null;
	/** ZB_FLEET_SHARED: `auto` (probe the broker for shared subscriptions) or `off`. */
	shared: 'auto' | 'off';
}

/** Reads DATABASE_URL, ZB_FLEET_AUTOREGISTER, ZB_FLEET_RAW_DAYS, ZB_FLEET_ROLLUP_DAYS, ZB_FLEET_CLIENT_ID, ZB_FLEET_SHARED; names a bad value. */
export function fleetEnv(env: Record<string, string | undefined> = process.env): FleetEnv {
	const num = (k: string, def: number) => {
		const v = env[k];
		if (v === undefined || v === '') return def;
		if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new Error(`${k}='${v}': a positive number of days`);
		return Number(v);
	};
	const ar = env.ZB_FLEET_AUTOREGISTER ?? '1';
	if (!['0', '1', 'true', 'false'].includes(ar)) throw new Error(`ZB_FLEET_AUTOREGISTER='${ar}': 1 (register unknown VINs) or 0 (refuse them)`);
	const url = env.DATABASE_URL || null;
	if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL: expected postgres://user:pass@host:port/db');
	const clientId = env.ZB_FLEET_CLIENT_ID || null;
	// MQTT 3.1.1 lets a broker refuse anything but letters and digits; these pass Mosquitto, NATS, EMQX and aedes
	if (clientId !== null && !/^[A-Za-z0-9_.:-]{1,128}$/.test(clientId))
		throw new Error(`ZB_FLEET_CLIENT_ID='${clientId}': 1 to 128 letters, digits, '.', '_', ':' or '-', and one per server instance`);
	const shared = env.ZB_FLEET_SHARED || 'auto';
	if (shared !== 'auto' && shared !== 'off') throw new Error(`ZB_FLEET_SHARED='${shared}': auto (shared subscriptions when the broker has them) or off`);
	return { databaseUrl: url, autoRegister: ar === '1' || ar === 'true', rawDays: num('ZB_FLEET_RAW_DAYS', 7), rollupDays: num('ZB_FLEET_ROLLUP_DAYS', 365), clientId, shared };
}

export interface FleetContext {
	dataDir: string;
	mqttUrl: string;
	token: string;
	metrics: MetricsRegistry;
	version: string;
	route: (prefix: string, fn: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>) => void;
	env?: Record<string, string | undefined>;
	log?: (t: string) => void;
	/** Tests pass a store (e.g. PostgreSQL started by the test). */
	store?: Store;
	/** This server instance's name (ZB_INSTANCE); the ingest's client id is made from it. */
	instance?: string;
	/** The broker is the embedded one (aedes: no shared subscriptions, so one instance by definition). */
	embeddedBroker?: boolean;
}

export interface Fleet {
	service: FleetService;
	store: Store;
	ota: OtaPort | null;
	health(): Record<string, unknown>;
	close(): Promise<void>;
}

/** Loads the OTA module when it is in this build (`server/ota/index.ts` exporting `createOta`). */
async function loadOta(fleet: FleetService, log: (t: string) => void): Promise<OtaPort | null> {
	const file = [join(import.meta.dirname, '../ota/index.ts'), join(import.meta.dirname, '../ota/index.js')].find(existsSync);
	if (!file) return null;
	const mod = (await import(pathToFileURL(file).href)) as { createOta?: OtaFactory };
	if (!mod.createOta) return null;
	return mod.createOta({
		repo: fleet.store.ota,
		publish: (t, p) => fleet.publish(t, p),
		subscribe: (f, fn) => fleet.subscribe(f, fn),
		report: async (c, v, s, r) => void (await fleet.store.ota.setState(c, v, s, r)),
		imageUrl: (id) => `${API_PREFIX}/ota/images/${id}/data`,
		log
	});
}

/**
 * At start: campaigns whose vehicles are still QUEUED are delivered to those vehicles again. An instance
 * that stored a campaign and stopped before it had published every request (a crash, a deploy) left them
 * waiting; the restarted or another instance picks them up. A vehicle that did get the request is past
 * QUEUED once it reports, and the vehicle's agent ignores a campaign it already runs.
 */
async function resumeOta(store: Store, ota: OtaPort, log: (t: string) => void): Promise<void> {
	try {
		for (const c of await store.ota.campaigns()) {
			const queued = (c.vehicles ?? []).filter((v) => v.state === 'QUEUED').length;
			if (queued === 0) continue;
			const image = await store.ota.image(c.image_id);
			if (!image) {
				log(`fleet: OTA campaign ${c.id}: image ${c.image_id} is gone; its ${queued} QUEUED vehicle(s) stay QUEUED`);
				continue;
			}
			await ota.deliver(c, image);
			log(`fleet: OTA campaign ${c.id} (${c.name}): delivered again to ${queued} vehicle(s) still QUEUED`);
		}
	} catch (e) {
		log(`fleet: OTA campaigns not resumed: ${(e as Error).message}`);
	}
}

export async function startFleet(ctx: FleetContext): Promise<Fleet> {
	const log = ctx.log ?? ((t: string) => console.log(t));
	const env = fleetEnv(ctx.env ?? process.env);
	const store = ctx.store ?? (await openStore({ dataDir: ctx.dataDir, databaseUrl: env.databaseUrl, log }));
	log(`fleet: database ${store.db.kind} (${store.db.where})`);
	const service = new FleetService({
		store,
		mqttUrl: ctx.mqttUrl,
		mqttPassword: ctx.token,
		autoRegister: env.autoRegister,
		metrics: ctx.metrics,
		log,
		instance: ctx.instance,
		clientId: env.clientId ?? undefined,
		share: env.shared === 'off' || ctx.embeddedBroker ? 'off' : 'probe'
	});
	await service.start();
	const ota = await loadOta(service, log).catch((e) => {
		log(`fleet: OTA module not loaded: ${(e as Error).message}`);
		return null;
	});
	if (ota) await resumeOta(store, ota, log);
	const api = createFleetApi({ fleet: service, adminToken: ctx.token, ota }, ctx.version);
	ctx.route(API_PREFIX, api.handle);
	ctx.route(DOCS_PATH, api.handle);
	const retain = async () => {
		const now = Date.now();
		const r = await store.db.tx((q) => new (store.telemetry.constructor as typeof import('./repos/telemetry').TelemetryRepo)(q).retain(now - env.rawDays * 86_400_000, now - env.rollupDays * 86_400_000));
		if (r.deleted) log(`fleet: retention: ${r.deleted} raw telemetry row(s) older than ${env.rawDays} d rolled up into ${r.rolledUp} bucket(s)`);
	};
	const timer = setInterval(() => void retain().catch((e) => log(`fleet: retention failed: ${(e as Error).message}`)), 3600_000);
	timer.unref();
	return {
		service,
		store,
		ota,
		health: () => ({ ...service.status(), ota: ota ? 'installed' : 'not installed' }),
		async close() {
			clearInterval(timer);
			await ota?.close().catch(() => {});
			await service.close();
			if (!ctx.store) await store.close();
		}
	};
}
