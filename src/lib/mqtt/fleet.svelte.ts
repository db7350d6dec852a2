/**
 * What the /mqtt page shows: the vehicles heard on a broker (mqtt.js over WebSocket, in the browser), their
 * latest VSS telemetry and their DTC events. Malformed payloads are counted and the last few kept as
 * warnings; they never stop the view.
 */
import type { MqttClient } from 'mqtt';
import { parseMessage, type DtcMsg, type VssValue } from './payloads';

export interface VehicleView {
	vin: string;
	online: boolean | null;
	/** Wall time the page last heard from it (epoch ms). */
	lastSeen: number;
	lastSeq: number;
	/** seq jumps seen (messages the page did not receive, e.g. before it connected or from a drop). */
	gaps: number;
	signals: Record<string, { value: VssValue; at: number }>;
	dtcs: DtcMsg[];
	outboxDropped: number;
}

export type ConnState = 'idle' | 'connecting' | 'connected' | 'error';
const TOPICS = ['zb/v1/+/status', 'zb/v1/+/telemetry', 'zb/v1/+/dtc'];
const MAX_DTCS = 50;

export class FleetView {
	#state = $state<ConnState>('idle');
	#error = $state<string | null>(null);
	#url = $state('');
	#vehicles = $state<Record<string, VehicleView>>({});
	#malformed = $state(0);
	#warnings = $state<string[]>([]);
	#client: MqttClient | null = null;

	get state(): ConnState {
		return this.#state;
	}
	/** Why the broker cannot be reached, in words a user can act on. */
	get error(): string | null {
		return this.#error;
	}
	get url(): string {
		return this.#url;
	}
	get vehicles(): VehicleView[] {
		return Object.values(this.#vehicles).sort((a, b) => a.vin.localeCompare(b.vin));
	}
	get malformed(): number {
		return this.#malformed;
	}
	/** The latest malformed payloads (newest first), each naming the topic and the fault. */
	get warnings(): readonly string[] {
		return this.#warnings;
	}

	/** Connects (replacing any connection) and subscribes to the contract's topics. */
	async connect(url: string): Promise<void> {
		this.disconnect();
		this.#url = url;
		this.#state = 'connecting';
		this.#error = null;
		let mod: typeof import('mqtt');
		try {
			mod = await import('mqtt');
		} catch (e) {
			this.#fail(`the MQTT client could not load (${(e as Error).message})`);
			return;
		}
		const connectFn = mod.connect ?? (mod as unknown as { default: typeof mod }).default.connect;
		let c: MqttClient;
		try {
			c = connectFn(url, { protocolVersion: 4, reconnectPeriod: 3000, connectTimeout: 5000, clean: true });
		} catch (e) {
			this.#fail(`${url}: ${(e as Error).message}`);
			return;
		}
		this.#client = c;
		c.on('connect', () => {
			if (c !== this.#client) return;
			this.#state = 'connected';
			this.#error = null;
			c.subscribe(TOPICS, { qos: 1 }, (err) => {
				if (err) this.#fail(`subscribing failed: ${err.message}`);
			});
		});
		c.on('message', (topic, payload) => this.#onMessage(topic, payload));
		c.on('error', (err) => c === this.#client && this.#fail(`${url}: ${err.message}`));
		c.on('close', () => {
			if (c !== this.#client || this.#state === 'idle') return;
			if (this.#state !== 'error') this.#fail(`cannot reach the broker at ${url} (connection closed); retrying every 3 s`);
		});
		c.on('reconnect', () => {
			if (c === this.#client && this.#state !== 'error') this.#state = 'connecting';
		});
	}

	#fail(msg: string): void {
		this.#state = 'error';
		this.#error = msg;
	}

	disconnect(): void {
		const c = this.#client;
		this.#client = null;
		this.#state = 'idle';
		c?.end(true);
	}

	#vehicle(vin: string): VehicleView {
		return (this.#vehicles[vin] ??= { vin, online: null, lastSeen: 0, lastSeq: 0, gaps: 0, signals: {}, dtcs: [], outboxDropped: 0 });
	}

	#onMessage(topic: string, payload: Uint8Array): void {
		const p = parseMessage(topic, payload);
		const now = Date.now();
		if (p.kind === 'bad') {
			this.#malformed++;
			this.#warnings = [`${new Date(now).toLocaleTimeString()} ${p.topic}: ${p.reason}`, ...this.#warnings].slice(0, 5);
			return;
		}
		const v = this.#vehicle(p.vin);
		v.lastSeen = now;
		if (p.kind === 'status') {
			v.online = p.msg.state === 'online';
			v.outboxDropped = p.msg.outbox?.dropped ?? v.outboxDropped;
		} else if (p.kind === 'telemetry') {
			v.online ??= true;
			if (v.lastSeq > 0 && p.msg.seq > v.lastSeq + 1) v.gaps++;
			if (p.msg.seq > v.lastSeq) v.lastSeq = p.msg.seq;
			for (const [k, val] of Object.entries(p.msg.signals)) v.signals[k] = { value: val, at: now };
		} else {
			v.dtcs = [p.msg, ...v.dtcs].slice(0, MAX_DTCS);
		}
	}
}
