/**
 * The MQTT gateway: a tap on the hub's batches that decodes them with the DBC in use, turns them into
 * COVESA VSS 6.0 signals through the dbc2vss mapping and publishes telemetry, DTC events and a retained
 * status to a broker (the embedded one or MQTT_URL). QoS 1 messages go through the persistent outbox, so
 * an unreachable broker delays them instead of losing them (docs/mqtt.md has the topic contract).
 */
import mqtt, { type MqttClient } from 'mqtt';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DbcCodec, type CompiledMessage } from '../../src/lib/can/dbc/codec';
import { parseDbc } from '../../src/lib/can/dbc/parse';
import { FLAG_ERR, FLAG_RTR, dlcToLen, type FrameBatch } from '../../src/lib/can/frame';
import type { Hub, SessionEvent } from '../types';
import { Outbox, type OutboxEntry } from './outbox';
import { bindMapping, evaluate, readMapping, type BoundLeaf, type VssValue } from './vss';

/** The metrics sink the server passes in (Prometheus-style names; labels optional). */
export interface Metrics {
	counter(name: string, help: string): { inc(n?: number, labels?: Record<string, string>): void };
	gauge(name: string, help: string): { set(v: number, labels?: Record<string, string>): void };
}

export interface GatewayOptions {
	hub: Hub;
	/** Broker URL: `mqtt://host:port`, `mqtts://…`, `ws://…/mqtt`; credentials may be in it. */
	url: string;
	username?: string;
	password?: string;
	vin: string;
	/** Text of the DBC the frames are decoded with. */
	dbcText: string;
	/** The dbc2vss mapping tree (default: static/vss/vehicle-dbc2vss.json). */
	mapping?: unknown;
	/** Folder for the outbox and the seq counters. */
	dataDir: string;
	/** ZB_OUTBOX_MAX: messages the outbox keeps at most. */
	outboxMax?: number;
	/** Source time one telemetry message gathers, ms (default 500). */
	batchMs?: number;
	metrics?: Metrics;
	log?: (text: string) => void;
}

/** What the gateway reports in /healthz, over the WebSocket and in the retained status message. */
export interface GatewayStatus {
	url: string;
	connected: boolean;
	/** Why the last connection attempt or connection failed. */
	lastError: string | null;
	/** When the next connection attempt is due (epoch ms), while disconnected. */
	retryAt: number | null;
	connects: number;
	published: number;
	outbox: { depth: number; max: number; dropped: number };
	seq: { telemetry: number; dtc: number };
	commands: { received: number; malformed: number; lastMalformed: string | null };
}

export const DEFAULT_MAPPING_FILE = join(import.meta.dirname, '../../static/vss/vehicle-dbc2vss.json');
const INFLIGHT_WINDOW = 32;
const MAX_COMMAND_BYTES = 64 * 1024;
const VIN_LEAF = 'Vehicle.VehicleIdentification.VIN';
const DTC_LIST_LEAF = 'Vehicle.Diagnostics.DTCList';
const STATUS_BITS = ['testFailed', 'testFailedThisOperationCycle', 'pendingDTC', 'confirmedDTC', 'testNotCompletedSinceLastClear', 'testFailedSinceLastClear', 'testNotCompletedThisOperationCycle', 'warningIndicatorRequested'];

/** 3-byte UDS DTC → SAE J2012 text with the failure type byte, `0x213800` → `P2138-00` (docs/dtc.md). */
export function formatDtc(dtc: number): string {
	const code = ((dtc >>> 8) & 0x3fff).toString(16).toUpperCase().padStart(4, '0');
	return `${'PCBU'[(dtc >>> 22) & 3]}${code}-${(dtc & 0xff).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Why a command payload is malformed, or null (commands are only validated and counted so far). */
export function commandProblem(payload: Buffer): string | null {
	if (payload.length > MAX_COMMAND_BYTES) return `payload of ${payload.length} bytes is over ${MAX_COMMAND_BYTES}`;
	let v: unknown;
	try {
		v = JSON.parse(payload.toString('utf8'));
	} catch (e) {
		return `not JSON (${(e as Error).message})`;
	}
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return `not a JSON object (${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v})`;
	const c = v as Record<string, unknown>;
	if (typeof c.name !== 'string' || c.name === '') return "no 'name' string";
	if (c.ttl_ms !== undefined && (typeof c.ttl_ms !== 'number' || !(c.ttl_ms > 0))) return "'ttl_ms' is not a positive number";
	return null;
}

interface SeqState {
	telemetry: number;
	dtc: number;
	dropped: number;
}

export class Gateway {
	readonly vin: string;
	readonly #o: GatewayOptions;
	readonly #log: (text: string) => void;
	readonly #codec: DbcCodec;
	readonly #byKey = new Map<number, BoundLeaf[]>();
	readonly #dtcMsg: CompiledMessage | undefined;
	readonly #dtcIdx: { number: number; status: number; ecu: number; occ: number } | undefined;
	readonly #nodes: string[];
	readonly #outbox: Outbox;
	readonly #stateFile: string;
	readonly #state: SeqState;
	readonly #topic: { status: string; telemetry: string; dtc: string; cmd: string };
	readonly #scratch: Float64Array;
	#pending = new Map<string, VssValue>();
	#windowStart = -Infinity;
	#lastT = 0;
	#epochUs = new Map<number, number>();
	#vinSent = false;
	#dtcActive = new Map<number, string>();
	#client: MqttClient | null = null;
	#connected = false;
	#stopping = false;
	#backoff = 0;
	#retry: NodeJS.Timeout | null = null;
	#retryAt: number | null = null;
	#lastError: string | null = null;
	#connects = 0;
	#published = 0;
	#commands = { received: 0, malformed: 0, lastMalformed: null as string | null };
	#unsub: Array<() => void> = [];
	#statusTimer: NodeJS.Timeout | null = null;
	#flushTimer: NodeJS.Timeout | null = null;
	#lastBatchWall = 0;
	#statusFns = new Set<(s: GatewayStatus) => void>();
	#m: {
		published: ReturnType<Metrics['counter']>;
		dropped: ReturnType<Metrics['counter']>;
		errors: ReturnType<Metrics['counter']>;
		depth: ReturnType<Metrics['gauge']>;
	} | null;

	constructor(opts: GatewayOptions) {
		this.#o = opts;
		this.vin = opts.vin;
		this.#log = opts.log ?? ((t) => console.log(t));
		const dbc = parseDbc(opts.dbcText, 'dbc');
		this.#codec = new DbcCodec(dbc);
		this.#nodes = dbc.nodes.map((n) => n.name);
		const leaves = readMapping(opts.mapping ?? JSON.parse(readFileSync(DEFAULT_MAPPING_FILE, 'utf8')));
		for (const b of bindMapping(leaves, dbc, this.#codec)) {
			let l = this.#byKey.get(b.msg.key);
			if (!l) this.#byKey.set(b.msg.key, (l = []));
			l.push(b);
		}
		// DtcEvent is found by its signals, so a user's DBC with another identifier still works
		const dtc = dbc.messages.find((m) => ['DtcNumber', 'DtcStatus', 'EcuId'].every((n) => m.signals.some((s) => s.name === n)));
		if (dtc) {
			this.#dtcMsg = this.#codec.message((dtc.extended ? (dtc.id | 0x80000000) : dtc.id) >>> 0);
			const ix = this.#dtcMsg!.indexOf;
			this.#dtcIdx = { number: ix.get('DtcNumber')!, status: ix.get('DtcStatus')!, ecu: ix.get('EcuId')!, occ: ix.get('OccurrenceCount') ?? -1 };
		}
		this.#scratch = new Float64Array(Math.max(1, this.#codec.maxSignals));
		const base = `zb/v1/${opts.vin}`;
		this.#topic = { status: `${base}/status`, telemetry: `${base}/telemetry`, dtc: `${base}/dtc`, cmd: `${base}/cmd/+` };
		mkdirSync(opts.dataDir, { recursive: true });
		this.#stateFile = join(opts.dataDir, 'mqtt-state.json');
		this.#state = this.#loadState();
		this.#outbox = new Outbox({ file: join(opts.dataDir, 'mqtt-outbox.jsonl'), max: opts.outboxMax, log: this.#log });
		const m = opts.metrics;
		this.#m = m
			? {
					published: m.counter('zb_mqtt_publishes_total', 'MQTT messages the broker acknowledged (QoS 1) or accepted, by topic kind'),
					dropped: m.counter('zb_mqtt_dropped_total', 'Outbox messages dropped because the outbox was full'),
					errors: m.counter('zb_mqtt_errors_total', 'MQTT errors by kind (connect, publish, malformed_command)'),
					depth: m.gauge('zb_mqtt_outbox_depth', 'Messages waiting in the MQTT outbox')
				}
			: null;
		this.#outbox.onDrop = (e, total) => {
			this.#m?.dropped.inc();
			// one line per hundred drops: the count is in the status, the log must not flood
			if (total === 1 || total % 100 === 0) this.#log(`mqtt: outbox full (${this.#outbox.max}): dropped ${e.topic} seq ${e.seq} (${total} dropped so far)`);
		};
		this.#state.dropped += this.#outbox.dropped; // lines lost to a crash while loading
	}

	#loadState(): SeqState {
		const fresh = { telemetry: 0, dtc: 0, dropped: 0 };
		if (!existsSync(this.#stateFile)) return fresh;
		try {
			const all = JSON.parse(readFileSync(this.#stateFile, 'utf8')) as { vehicles?: Record<string, Partial<SeqState>> };
			const v = all.vehicles?.[this.vin] ?? {};
			return { telemetry: Number(v.telemetry) || 0, dtc: Number(v.dtc) || 0, dropped: Number(v.dropped) || 0 };
		} catch (e) {
			// seq must never go back: refuse to start rather than reuse numbers the fleet has seen
			throw new Error(`${this.#stateFile}: unreadable (${(e as Error).message}); fix or remove it (seq numbers restart at 1 if removed)`);
		}
	}

	#saveState(): void {
		let all: { vehicles: Record<string, SeqState> } = { vehicles: {} };
		try {
			if (existsSync(this.#stateFile)) all = JSON.parse(readFileSync(this.#stateFile, 'utf8'));
		} catch {
			// unreadable was refused at start; a concurrent writer is not expected
		}
		all.vehicles ??= {};
		all.vehicles[this.vin] = { ...this.#state, dropped: this.#state.dropped + this.#outbox.dropped };
		const tmp = `${this.#stateFile}.tmp`;
		writeFileSync(tmp, JSON.stringify(all));
		renameSync(tmp, this.#stateFile);
	}

	/** Subscribes to the hub and starts connecting (retrying with backoff until `stop`). */
	start(): void {
		this.#unsub.push(this.#o.hub.onBatch((b) => this.#onBatch(b)));
		this.#unsub.push(this.#o.hub.onSession((e) => this.#onSession(e)));
		const batchMs = this.#o.batchMs ?? 500;
		// a source that stops sending (paused sim, silent bus) must not hold the last window back
		this.#flushTimer = setInterval(() => {
			if (this.#pending.size > 0 && Date.now() - this.#lastBatchWall > batchMs) this.#flush();
		}, batchMs);
		this.#statusTimer = setInterval(() => this.#publishStatus(), 10_000);
		this.#connect();
	}

	status(): GatewayStatus {
		return {
			url: redact(this.#o.url),
			connected: this.#connected,
			lastError: this.#lastError,
			retryAt: this.#retryAt,
			connects: this.#connects,
			published: this.#published,
			outbox: { depth: this.#outbox.depth, max: this.#outbox.max, dropped: this.#state.dropped + this.#outbox.dropped },
			seq: { telemetry: this.#state.telemetry, dtc: this.#state.dtc },
			commands: { ...this.#commands }
		};
	}

	/** Told on connect, disconnect and outbox changes; returns the unsubscribe function. */
	onStatus(fn: (s: GatewayStatus) => void): () => void {
		this.#statusFns.add(fn);
		return () => this.#statusFns.delete(fn);
	}

	#changed(): void {
		this.#m?.depth.set(this.#outbox.depth);
		if (this.#statusFns.size === 0) return;
		const s = this.status();
		for (const fn of this.#statusFns) fn(s);
	}

	#onSession(e: SessionEvent): void {
		if (e.epoch_us !== undefined) this.#epochUs.set(e.channel, e.epoch_us);
		else this.#epochUs.delete(e.channel);
		this.#flush();
		// a new session's time starts over: Kuksa's per-signal interval and change memory start over too
		for (const l of this.#byKey.values())
			for (const b of l) {
				b.lastT = -Infinity;
				b.last = undefined;
			}
		this.#windowStart = -Infinity;
		this.#vinSent = false;
	}

	#onBatch(b: FrameBatch): void {
		this.#lastBatchWall = Date.now();
		const out = this.#scratch;
		for (let i = 0; i < b.count; i++) {
			if (b.flags[i] & (FLAG_ERR | FLAG_RTR)) continue;
			const c = this.#codec.forFrame(b.id[i], b.flags[i]);
			if (!c) continue;
			const bound = this.#byKey.get(c.key);
			const isDtc = c === this.#dtcMsg;
			if (!bound && !isDtc) continue;
			const t = b.t_us[i];
			if (t < this.#lastT) this.#windowStart = -Infinity; // time went back without a session event
			this.#lastT = t;
			if (this.#windowStart === -Infinity) this.#windowStart = t;
			const len = dlcToLen(b.dlc[i]);
			c.decode(b.data, i * b.stride, out);
			if (bound)
				for (const x of bound) {
					if (len < c.bytesNeeded[x.index]) continue; // a short frame does not carry the signal
					const v = evaluate(x, t, out[x.index]);
					if (v !== undefined) this.#pending.set(x.leaf.path, v);
				}
			if (isDtc && len >= c.bytesNeeded[this.#dtcIdx!.status]) this.#onDtc(t, b.channel[i], out);
			if (t - this.#windowStart >= (this.#o.batchMs ?? 500) * 1000) this.#flush();
		}
	}

	#ts(channel: number, t_us: number): number {
		const e = this.#epochUs.get(channel);
		return e === undefined ? Date.now() : Math.round((e + t_us) / 1000);
	}

	#onDtc(t: number, channel: number, v: Float64Array): void {
		const ix = this.#dtcIdx!;
		const number = v[ix.number];
		const status = v[ix.status];
		const ecuId = v[ix.ecu];
		const dtc = formatDtc(number);
		const seq = ++this.#state.dtc;
		const payload = {
			seq,
			t_us: t,
			ts: this.#ts(channel, t),
			ecu: this.#nodes[ecuId] ?? `#${ecuId}`,
			ecuId,
			dtc,
			number,
			status,
			statusBits: STATUS_BITS.filter((_, i) => status & (1 << i)),
			...(ix.occ >= 0 ? { occurrence: v[ix.occ] } : {})
		};
		this.#enqueue({ topic: this.#topic.dtc, payload: JSON.stringify(payload), seq });
		// DTCList: what is confirmed now (the DTC memory a scan tool reads with mode 03)
		const key = number * 8 + ecuId;
		const had = this.#dtcActive.has(key);
		if (status & 0x08) this.#dtcActive.set(key, dtc);
		else this.#dtcActive.delete(key);
		if (had !== this.#dtcActive.has(key)) this.#pending.set(DTC_LIST_LEAF, [...new Set(this.#dtcActive.values())].sort());
	}

	#flush(): void {
		if (this.#pending.size === 0) return;
		if (!this.#vinSent) {
			this.#pending.set(VIN_LEAF, this.vin);
			this.#vinSent = true;
		}
		const seq = ++this.#state.telemetry;
		const signals = Object.fromEntries(this.#pending);
		this.#pending.clear();
		const t = this.#lastT;
		this.#windowStart = t;
		const payload = JSON.stringify({ seq, t_us: t, ts: this.#ts(0, t), signals });
		this.#enqueue({ topic: this.#topic.telemetry, payload, seq });
	}

	#enqueue(e: OutboxEntry): void {
		this.#outbox.push(e);
		this.#saveState();
		this.#pump();
		this.#changed();
	}

	#pump(): void {
		const c = this.#client;
		if (!c || !this.#connected) return;
		for (let e = this.#outbox.next(INFLIGHT_WINDOW); e; e = this.#outbox.next(INFLIGHT_WINDOW)) {
			const entry = e;
			c.publish(entry.topic, entry.payload, { qos: 1 }, (err) => {
				if (c !== this.#client) return; // a connection we gave up: its messages were released and go again
				if (err) {
					this.#m?.errors.inc(1, { kind: 'publish' });
					this.#lastError = `publish ${entry.topic}: ${err.message}`;
					return;
				}
				this.#outbox.ack(entry);
				this.#published++;
				this.#m?.published.inc(1, { topic: entry.topic.slice(entry.topic.lastIndexOf('/') + 1) });
				this.#pump();
				this.#changed();
			});
		}
	}

	#statusPayload(state: 'online' | 'offline', reason?: string): string {
		const s = this.status();
		return JSON.stringify({
			state,
			vin: this.vin,
			ts: Date.now(),
			...(reason ? { reason } : {}),
			seq: s.seq,
			outbox: s.outbox,
			commands: { received: s.commands.received, malformed: s.commands.malformed }
		});
	}

	#publishStatus(): void {
		if (this.#client && this.#connected) this.#client.publish(this.#topic.status, this.#statusPayload('online'), { qos: 1, retain: true });
	}

	#connect(): void {
		this.#retry = null;
		this.#retryAt = null;
		const c = mqtt.connect(this.#o.url, {
			clientId: `zb-gateway-${this.vin}`,
			username: this.#o.username,
			password: this.#o.password,
			protocolVersion: 4,
			clean: true,
			// reconnecting is ours (backoff, and the outbox is the only store, so nothing is sent twice)
			reconnectPeriod: 0,
			connectTimeout: 5000,
			keepalive: 30,
			will: { topic: this.#topic.status, payload: Buffer.from(JSON.stringify({ state: 'offline', vin: this.vin, reason: 'connection lost' })), qos: 1, retain: true }
		});
		this.#client = c;
		let closed = false;
		c.on('connect', () => {
			if (c !== this.#client) return;
			this.#connected = true;
			this.#connects++;
			this.#backoff = 0;
			this.#lastError = null;
			this.#log(`mqtt: connected to ${redact(this.#o.url)}${this.#outbox.depth ? `; replaying ${this.#outbox.depth} message(s) from the outbox` : ''}`);
			this.#publishStatus();
			c.subscribe(this.#topic.cmd, { qos: 1 }, (err) => {
				if (err) this.#log(`mqtt: cannot subscribe ${this.#topic.cmd}: ${err.message}`);
			});
			this.#pump();
			this.#changed();
		});
		c.on('message', (topic, payload) => this.#onCommand(topic, payload));
		c.on('error', (err) => {
			if (c !== this.#client) return;
			this.#lastError = err.message;
			this.#m?.errors.inc(1, { kind: 'connect' });
		});
		c.on('close', () => {
			if (closed || c !== this.#client) return;
			closed = true;
			const was = this.#connected;
			this.#connected = false;
			this.#outbox.releaseInflight();
			c.end(true);
			if (this.#stopping) return;
			// 0.5 s doubling to 30 s, ±20 % so a fleet does not reconnect in step
			const delay = Math.min(30_000, 500 * 2 ** this.#backoff) * (0.8 + 0.4 * Math.random());
			this.#backoff = Math.min(this.#backoff + 1, 16);
			this.#retryAt = Date.now() + delay;
			if (was || this.#backoff === 1)
				this.#log(`mqtt: ${was ? 'lost' : 'cannot reach'} ${redact(this.#o.url)}${this.#lastError ? ` (${this.#lastError})` : ''}; retrying in ${(delay / 1000).toFixed(1)} s, telemetry waits in the outbox`);
			this.#retry = setTimeout(() => this.#connect(), delay);
			this.#changed();
		});
	}

	#onCommand(topic: string, payload: Buffer): void {
		const id = topic.slice(topic.lastIndexOf('/') + 1);
		const why = id === '' ? 'empty command id in the topic' : commandProblem(payload);
		if (why) {
			this.#commands.malformed++;
			this.#commands.lastMalformed = `${topic}: ${why}`;
			this.#m?.errors.inc(1, { kind: 'malformed_command' });
			this.#log(`mqtt: ignored command on ${topic}: ${why}`);
		} else {
			this.#commands.received++;
			this.#log(`mqtt: command ${id} on ${topic} is valid; commands are not executed yet (counted only)`);
		}
		this.#changed();
	}

	/** Flushes the last window, says `offline` (retained) and disconnects; the outbox keeps the rest. */
	async stop(): Promise<void> {
		this.#stopping = true;
		for (const u of this.#unsub) u();
		this.#unsub = [];
		if (this.#retry) clearTimeout(this.#retry);
		if (this.#statusTimer) clearInterval(this.#statusTimer);
		if (this.#flushTimer) clearInterval(this.#flushTimer);
		this.#flush();
		const c = this.#client;
		if (c && this.#connected) {
			// give in-flight messages a moment to be acknowledged, then say goodbye
			const until = Date.now() + 2000;
			while (this.#outbox.depth > 0 && this.#connected && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
			// the broker may have gone while we waited: then the last will says offline, and publishing into a
			// closed client would throw from mqtt.js; a broker that does not answer gets 1 s
			if (this.#connected && c.connected && !c.disconnecting) {
				await new Promise<void>((res) => {
					const t = setTimeout(res, 1000);
					try {
						c.publish(this.#topic.status, this.#statusPayload('offline', 'shutdown'), { qos: 1, retain: true }, () => (clearTimeout(t), res()));
					} catch {
						clearTimeout(t);
						res();
					}
				});
			}
		}
		this.#outbox.flush();
		this.#saveState();
		if (c) await new Promise<void>((res) => c.end(false, {}, () => res()));
		this.#client = null;
		this.#connected = false;
	}
}

/** The URL without its password, for logs and status. */
export function redact(url: string): string {
	try {
		const u = new URL(url);
		if (u.password) u.password = '***';
		return u.toString().replace(/\/$/, '');
	} catch {
		return url;
	}
}
