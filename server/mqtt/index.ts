/**
 * MQTT for live mode: the embedded broker (when no MQTT_URL is set) and the gateway that publishes the
 * hub's traffic as VSS telemetry. The server calls `startMqtt(hub, opts)` once at start (docs/mqtt.md).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hub } from '../types';
import { startBroker, type EmbeddedBroker } from './broker';
import { Gateway, redact, type GatewayStatus, type Metrics } from './gateway';

export type { Metrics, GatewayStatus } from './gateway';

/** An HTTP upgrade handler, as `node:http`'s 'upgrade' event gives it. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface MqttOptions {
	/** MQTT_URL: the broker to use instead of the embedded one (Mosquitto, EMQX, NATS's MQTT gateway). */
	mqttUrl?: string;
	/** ZB_MQTT_PORT: the embedded broker's TCP port (default 1883; 0 = any free port). */
	tcpPort?: number;
	/** ZB_MQTT_HOST: the embedded broker's TCP bind address (default 127.0.0.1). */
	tcpHost?: string;
	/** The server's data folder: outbox and seq counters live here. */
	dataDir: string;
	/** The server token: the MQTT password for publishing under zb/v1/ on the embedded broker. */
	token: string;
	/** ZB_VIN (default ZBV1SVM0000000001, the firmware's default VIN). */
	vin: string;
	/** The DBC the server decodes with (static/vehicle.dbc unless the user loaded another). */
	dbcText: string;
	/** Mounts MQTT over WebSocket on the HTTP server (the server calls it with `/mqtt`). */
	registerUpgrade?(path: string, handler: UpgradeHandler): void;
	metrics?: Metrics;
	/** ZB_OUTBOX_MAX: messages the outbox keeps while the broker is unreachable (default 10 000). */
	outboxMax?: number;
	/** Source time one telemetry message gathers, ms (default 500). */
	batchMs?: number;
	/** The dbc2vss mapping tree (default static/vss/vehicle-dbc2vss.json). */
	mapping?: unknown;
	log?: (text: string) => void;
}

export interface MqttStatus {
	broker: { kind: 'embedded'; url: string; port: number; ws: string | null; refusedPublishes: number } | { kind: 'external'; url: string };
	gateway: GatewayStatus;
}

export interface MqttService {
	status(): MqttStatus;
	onStatus(fn: (s: MqttStatus) => void): () => void;
	readonly gateway: Gateway;
	/** The embedded broker, when no MQTT_URL was given. */
	readonly broker: EmbeddedBroker | null;
	stop(): Promise<void>;
}

export const DEFAULT_VIN = 'ZBV1SVM0000000001';

/** MqttOptions fields from the environment (MQTT_URL, ZB_MQTT_PORT, ZB_MQTT_HOST, ZB_VIN, ZB_OUTBOX_MAX); throws naming a bad value. */
export function mqttEnv(env: Record<string, string | undefined> = process.env): Pick<MqttOptions, 'mqttUrl' | 'tcpPort' | 'tcpHost' | 'vin' | 'outboxMax'> {
	const int = (name: string, min: number, max: number): number | undefined => {
		const v = env[name];
		if (v === undefined || v === '') return undefined;
		const n = Number(v);
		if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name}=${v}: expected an integer ${min}..${max}`);
		return n;
	};
	const vin = env.ZB_VIN || DEFAULT_VIN;
	// the VIN is a topic level: '+', '#' and '/' would change what the topics mean
	if (!/^[0-9A-HJ-NPR-Z]{17}$/.test(vin)) throw new Error(`ZB_VIN=${vin}: expected 17 characters 0-9, A-Z without I, O, Q (ISO 3779)`);
	const url = env.MQTT_URL || undefined;
	if (url && !/^(mqtts?|wss?|tcp|ssl):\/\//.test(url)) throw new Error(`MQTT_URL=${redact(url)}: expected mqtt://, mqtts://, ws:// or wss://`);
	return { mqttUrl: url, tcpPort: int('ZB_MQTT_PORT', 0, 65535), tcpHost: env.ZB_MQTT_HOST || undefined, vin, outboxMax: int('ZB_OUTBOX_MAX', 1, 10_000_000) };
}

/** Starts the embedded broker (unless `mqttUrl`) and the gateway; rejects when the broker cannot listen. */
export async function startMqtt(hub: Hub, opts: MqttOptions): Promise<MqttService> {
	const log = opts.log ?? ((t: string) => console.log(t));
	let broker: EmbeddedBroker | null = null;
	let url = opts.mqttUrl;
	let wsPath: string | null = null;
	if (!url) {
		broker = await startBroker({ port: opts.tcpPort ?? 1883, host: opts.tcpHost, token: opts.token, log });
		url = broker.url;
		if (opts.registerUpgrade) {
			opts.registerUpgrade('/mqtt', broker.handleUpgrade);
			wsPath = '/mqtt';
		}
		log(`mqtt: embedded broker on ${broker.url}${wsPath ? ` and MQTT over WebSocket on ${wsPath}` : ''}`);
	}
	const gateway = new Gateway({
		hub,
		url,
		// the embedded broker knows the token; an external broker has its own credentials (in MQTT_URL)
		...(broker ? { username: 'zonebench-gateway', password: opts.token } : {}),
		vin: opts.vin,
		dbcText: opts.dbcText,
		mapping: opts.mapping,
		dataDir: opts.dataDir,
		outboxMax: opts.outboxMax,
		batchMs: opts.batchMs,
		metrics: opts.metrics,
		log
	});
	gateway.start();
	const b = broker;
	const status = (): MqttStatus => ({
		broker: b ? { kind: 'embedded', url: b.url, port: b.port, ws: wsPath, refusedPublishes: b.refused } : { kind: 'external', url: redact(url!) },
		gateway: gateway.status()
	});
	return {
		status,
		onStatus: (fn) => gateway.onStatus(() => fn(status())),
		gateway,
		broker,
		async stop() {
			await gateway.stop();
			await broker?.close();
		}
	};
}
