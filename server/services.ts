/**
 * The services that plug into the hub after the sources start: the MQTT broker and gateway (docs/mqtt.md),
 * the socketcand and slcan servers (docs/can-protocols.md). A service that cannot start (a port in use, a
 * bad setting) is reported in /healthz and the log; the server runs on without it.
 */
import { readFileSync } from 'node:fs';
import type { Config, ResolvedToken } from './config';
import type { Router } from './http';
import type { MetricsRegistry } from './metrics';
import { mqttEnv, startMqtt, type Metrics, type MqttService } from './mqtt/index';
import { parseSlcanSpec, startSlcan, type SlcanServer } from './slcan';
import { startSocketcand } from './socketcand';
import type { Hub } from './types';
import { startFleetService } from './fleet/hook';

export interface Services {
	/** What /healthz shows per service: its status, or `{ error }`. */
	health(): Record<string, unknown>;
	close(): Promise<void>;
}

export interface ServiceContext {
	hub: Hub;
	router: Router;
	metrics: MetricsRegistry;
	config: Config;
	token: ResolvedToken;
	env?: Record<string, string | undefined>;
	log?: (text: string) => void;
}

// the label each MQTT metric is split by (the server's registry declares label names up front)
const MQTT_LABELS: Record<string, string[]> = { zb_mqtt_publishes_total: ['topic'], zb_mqtt_errors_total: ['kind'] };

/** The MQTT module's metrics interface on the server's registry. */
function mqttMetrics(reg: MetricsRegistry): Metrics {
	return {
		counter: (name, help) => {
			const c = reg.counter(name, help, MQTT_LABELS[name] ?? []);
			return { inc: (n = 1, labels) => c.inc(labels, n) };
		},
		gauge: (name, help) => {
			const g = reg.gauge(name, help, MQTT_LABELS[name] ?? []);
			return { set: (v, labels) => g.set(labels, v) };
		}
	};
}

export async function startServices(ctx: ServiceContext): Promise<Services> {
	const env = ctx.env ?? process.env;
	const log = ctx.log ?? ((t: string) => console.log(t));
	const health: Record<string, () => unknown> = {};
	const closers: Array<() => Promise<void>> = [];

	if (env.ZB_MQTT === 'off' || env.ZB_MQTT === '0') health.mqtt = () => ({ state: 'off' });
	else {
		let mqtt: MqttService | null = null;
		try {
			mqtt = await startMqtt(ctx.hub, {
				// a --mqtt-url / --mqtt-port flag wins over the environment, as for every other setting
				...mqttEnv({ ...env, MQTT_URL: ctx.config.mqttUrl ?? env.MQTT_URL, ZB_MQTT_PORT: ctx.config.mqttPort ?? env.ZB_MQTT_PORT }),
				dataDir: ctx.config.dataDir,
				token: ctx.token.token,
				dbcText: readFileSync(new URL('../static/vehicle.dbc', import.meta.url), 'utf8'),
				registerUpgrade: (path, handler) => void ctx.router.onUpgrade(path, handler),
				metrics: mqttMetrics(ctx.metrics),
				log
			});
			const m = mqtt;
			health.mqtt = () => m.status();
			closers.push(() => m.stop());
		} catch (e) {
			const message = `MQTT not started: ${(e as Error).message}${/EADDRINUSE/.test(String(e)) ? ' (another broker holds the port: set ZB_MQTT_PORT, or MQTT_URL to use that broker)' : ''}`;
			log(`zonebench: ${message}`);
			health.mqtt = () => ({ state: 'failed', error: message });
		}
	}

	await startFleetService(ctx, env, health, closers, log); // docs/fleet.md

	// socketcand: ZB_SOCKETCAND=PORT or HOST:PORT (off when unset)
	if (ctx.config.socketcand) {
		const spec = ctx.config.socketcand;
		const m = /^(?:(.+):)?(\d+)$/.exec(spec);
		try {
			if (!m) throw new Error(`ZB_SOCKETCAND='${spec}': expected PORT or HOST:PORT`);
			const srv = await startSocketcand(ctx.hub, { port: Number(m[2]), host: m[1] || undefined, token: ctx.token.token });
			log(`socketcand: listening on ${m[1] || '127.0.0.1'}:${srv.port}`);
			health.socketcand = () => ({ state: 'running', port: srv.port, clients: srv.clients() });
			closers.push(() => srv.close());
		} catch (e) {
			const message = `socketcand not started: ${(e as Error).message}`;
			log(`zonebench: ${message}`);
			health.socketcand = () => ({ state: 'failed', error: message });
		}
	}
	// slcan: ZB_SLCAN=PORT[:CHANNEL][:rw],...
	if (ctx.config.slcan) {
		try {
			const listeners: SlcanServer[] = [];
			for (const l of parseSlcanSpec(ctx.config.slcan)) {
				const srv = await startSlcan(ctx.hub, { port: l.port, channel: l.channel, write: l.write, token: ctx.token.token });
				log(`slcan: listening on 127.0.0.1:${srv.port} (channel ${srv.channel}, ${srv.writable ? 'read-write' : 'listen-only'})`);
				listeners.push(srv);
				closers.push(() => srv.close());
			}
			health.slcan = () => listeners.map((x) => ({ state: 'running', port: x.port, channel: x.channel, writable: x.writable, clients: x.clients() }));
		} catch (e) {
			const message = `slcan not started: ${(e as Error).message}`;
			log(`zonebench: ${message}`);
			health.slcan = () => ({ state: 'failed', error: message });
		}
	}

	return {
		health: () => Object.fromEntries(Object.entries(health).map(([k, f]) => [k, f()])),
		async close() {
			for (const c of closers.reverse()) await c().catch(() => {});
		}
	};
}
