/**
 * The fleet service: a server-side MQTT subscriber on the broker (embedded or MQTT_URL) for
 * `zb/v1/+/status|telemetry|dtc|ack/+`, writing what vehicles report into the store, and the command
 * dispatcher whose states change only from what happened (docs/fleet.md, "Ingest", "Commands").
 */
import { randomUUID } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import type { MetricsRegistry } from '../metrics';
import { FINAL_STATES, type CommandRow, type CommandState } from './repos/commands';
import type { TelemetryIn } from './repos/telemetry';
import type { Store } from './store';
import { uuidv7 } from './uuid7';

export const VIN_RE = /^[A-HJ-NPR-Z0-9]{17}$/;
/** Commands a vehicle executes (docs/fleet.md, "Commands"). */
export const COMMAND_NAMES = ['lights', 'lock', 'read_dtcs', 'clear_dtcs', 'ecu_reset', 'set_did'] as const;
/** The ingest's topic filters (QoS 1). */
export const INGEST_FILTERS = ['zb/v1/+/status', 'zb/v1/+/telemetry', 'zb/v1/+/dtc', 'zb/v1/+/ack/+'] as const;
/** The shared-subscription group every instance's ingest joins: `$share/zb-ingest/zb/v1/+/telemetry`, … */
export const SHARE_GROUP = 'zb-ingest';
const shared = (filter: string): string => `$share/${SHARE_GROUP}/${filter}`;

export interface FleetOptions {
	store: Store;
	/** Broker URL (the embedded broker's TCP URL or MQTT_URL). */
	mqttUrl: string;
	/** MQTT password (the server token on the embedded broker). */
	mqttPassword?: string;
	/** Telemetry from an unregistered VIN: register it (true) or refuse and count it (false). */
	autoRegister: boolean;
	metrics: MetricsRegistry;
	/**
	 * MQTT client id; one per server instance and the same across its restarts (a persistent session:
	 * nothing is missed across restarts). Default `zb-fleet-{instance}`.
	 */
	clientId?: string;
	/** This instance's name (claims, heartbeats, logs); default the client id. */
	instance?: string;
	/**
	 * `probe`: at the first connection, check that the broker delivers through a shared subscription
	 * (`$share/zb-ingest/…`) and then split the ingest with the other instances; when it does not (NATS'
	 * MQTT gateway grants the subscription and delivers nothing), subscribe plainly. `off` (default):
	 * plain subscriptions, every instance receives every message (the embedded broker has no shared ones).
	 */
	share?: 'probe' | 'off';
	/** How long the probe waits for its message (default 2000 ms). */
	probeMs?: number;
	/** Heartbeat and overdue-command sweep period (default 5000 ms). */
	sweepMs?: number;
	/** How long a claim to publish a command keeps other instances off it (default 10 s). */
	claimMs?: number;
	log?: (t: string) => void;
	/** Telemetry rows are written in batches of at most this many (default 500) … */
	batchMax?: number;
	/** … or after this many ms (default 50). */
	batchMs?: number;
	/** How long a restarted server waits for ACKs queued in its session before timing out commands. */
	resumeGraceMs?: number;
}

export interface CommandRequest {
	name: string;
	args?: Record<string, unknown>;
	priority?: number;
	ttl_ms?: number;
	timeout_ms?: number;
	idempotency_key?: string;
}

/** A request the service refuses; `status` is the HTTP status the API answers with. */
export class FleetError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

type Refusal = 'malformed' | 'unknown_vehicle' | 'duplicate_seq' | 'bad_topic' | 'unknown_command' | 'late_ack' | 'bad_vin';

export class FleetService {
	readonly store: Store;
	#o: FleetOptions;
	#log: (t: string) => void;
	#client: MqttClient | null = null;
	#known = new Set<string>();
	#maxSeq = new Map<string, number>();
	#batch: Array<{ row: TelemetryIn }> = [];
	#flushTimer: NodeJS.Timeout | null = null;
	#flushing: Promise<void> = Promise.resolve();
	#timers = new Map<string, NodeJS.Timeout>();
	#inflight = new Set<string>();
	#listeners = new Set<(e: { kind: string; vin: string; id?: string }) => void>();
	#extraSubs = new Map<string, Set<(topic: string, payload: Buffer) => void>>();
	#closed = false;
	/** null until decided at the first connection. */
	#shared: boolean | null = null;
	#deciding: Promise<void> | null = null;
	#sharedWhy = '';
	#probeTopic: string | null = null;
	#probeSeen: (() => void) | null = null;
	#sweepTimer: NodeJS.Timeout | null = null;
	#startedAt = Date.now();
	readonly clientId: string;
	readonly instance: string;
	#m: {
		msgs: ReturnType<MetricsRegistry['counter']>;
		refused: ReturnType<MetricsRegistry['counter']>;
		cmds: ReturnType<MetricsRegistry['counter']>;
	};
	readonly counts = { telemetry: 0, dtc: 0, status: 0, ack: 0, refused: {} as Record<string, number> };
	lastRefusal: string | null = null;

	constructor(opts: FleetOptions) {
		this.#o = opts;
		this.store = opts.store;
		this.#log = opts.log ?? ((t) => console.log(t));
		this.clientId = opts.clientId ?? (opts.instance ? `zb-fleet-${opts.instance}` : 'zb-fleet-ingest');
		this.instance = opts.instance ?? this.clientId;
		this.#m = {
			msgs: opts.metrics.counter('zb_fleet_messages_total', 'Vehicle messages stored by the fleet ingest', ['stream']),
			refused: opts.metrics.counter('zb_fleet_refused_total', 'Vehicle messages the fleet ingest refused, by reason', ['reason']),
			cmds: opts.metrics.counter('zb_fleet_command_states_total', 'Command state changes', ['state'])
		};
	}

	#chains = new Map<string, Promise<void>>();

	/** Connects and subscribes; resolves when subscribed (the broker may still be down: it retries). */
	async start(): Promise<void> {
		for (const v of await this.store.vehicles.list()) {
			this.#known.add(v.vin);
			this.#maxSeq.set(v.vin, v.telemetry_seq);
		}
		const c = mqtt.connect(this.#o.mqttUrl, {
			clientId: this.clientId,
			clean: false,
			username: 'fleet',
			password: this.#o.mqttPassword,
			reconnectPeriod: 1000,
			connectTimeout: 5000
		});
		this.#client = c;
		// one vehicle's messages are stored in the order they arrived (its DELIVERED before its COMPLETED, its
		// seqs in order); different vehicles go on side by side
		c.on('message', (topic, payload) => {
			if (topic === this.#probeTopic) return this.#probeSeen?.();
			const at = Date.now();
			const vin = topic.split('/')[2] ?? '';
			const next = (this.#chains.get(vin) ?? Promise.resolve())
				.then(() => this.#onMessage(topic, payload, at))
				.catch((e) => this.#log(`fleet: ${topic}: ${(e as Error).message}`));
			this.#chains.set(vin, next);
			void next.then(() => {
				if (this.#chains.get(vin) === next) this.#chains.delete(vin);
			});
		});
		c.on('error', (e) => this.#log(`fleet: mqtt: ${e.message}`));
		let subscribed!: () => void;
		const ready = new Promise<void>((res) => (subscribed = res));
		c.on('connect', () => void this.#onConnect(c).then(subscribed, (e) => this.#log(`fleet: ${(e as Error).message}`)));
		await new Promise<void>((res) => {
			const t = setTimeout(res, 3000 + (this.#o.share === 'probe' ? (this.#o.probeMs ?? 2000) : 0));
			void ready.then(() => (clearTimeout(t), res()));
		});
		await this.#resume();
		await this.#beat();
		this.#sweepTimer = setInterval(() => void this.#sweep().catch((e) => this.#log(`fleet: sweep: ${(e as Error).message}`)), this.#o.sweepMs ?? 5000);
		this.#sweepTimer.unref?.();
	}

	/** Every connection: decide shared or plain once, subscribe (a resumed session keeps its subscriptions; again is harmless). */
	async #onConnect(c: MqttClient): Promise<void> {
		// a reconnection while the probe runs waits for its answer instead of probing again
		this.#deciding ??= this.#decide(c);
		await this.#deciding;
		if (!c.connected) return;
		const filters = [...INGEST_FILTERS, ...this.#extraSubs.keys()];
		// a persistent session may still hold the other form from an earlier start: two copies to one client
		if (this.#o.share === 'probe') c.unsubscribe(filters.map((f) => (this.#shared ? f : shared(f))));
		// a clustered broker (NATS with JetStream) can refuse a subscription while it elects a leader: retry
		await new Promise<void>((done) => {
			const subscribe = (attempt: number): void => {
				c.subscribe(filters.map((f) => this.#filter(f)), { qos: 1 }, (err) => {
					if (!err) return done();
					this.#log(`fleet: cannot subscribe (attempt ${attempt}): ${err.message}; retrying`);
					if (c.connected) setTimeout(() => subscribe(attempt + 1), Math.min(5000, 250 * 2 ** attempt));
					else done();
				});
			};
			subscribe(1);
		});
		void this.#dispatchAll();
	}

	async #decide(c: MqttClient): Promise<void> {
		if (this.#o.share === 'probe') {
			this.#shared = await this.#probe(c);
			this.#sharedWhy = this.#shared
				? `shared subscriptions ($share/${SHARE_GROUP}/…): the instances split the vehicles' messages`
				: `the broker did not deliver through a shared subscription within ${this.#o.probeMs ?? 2000} ms: plain subscriptions, every instance receives every message (a second copy is dropped by seq)`;
		} else {
			this.#shared = false;
			this.#sharedWhy = 'plain subscriptions (shared subscriptions off, or the embedded broker, which has none)';
		}
		this.#log(`fleet: instance ${this.instance}, MQTT client id ${this.clientId}: ${this.#sharedWhy}`);
	}

	/** The filter as this instance subscribes it: in the share group when the broker has shared subscriptions. */
	#filter(f: string): string {
		return this.#shared ? shared(f) : f;
	}

	/** Publishes one message to a topic only a shared subscription of this client matches: delivered or not. */
	async #probe(c: MqttClient): Promise<boolean> {
		const topic = `zb/v1/_fleet/probe/${randomUUID()}`;
		const filter = shared(topic);
		this.#probeTopic = topic;
		try {
			const seen = new Promise<boolean>((res) => {
				const t = setTimeout(() => res(false), this.#o.probeMs ?? 2000);
				this.#probeSeen = () => (clearTimeout(t), res(true));
			});
			const granted = await c.subscribeAsync(filter, { qos: 1 });
			if (granted.some((g) => g.qos === 128)) return false;
			await c.publishAsync(topic, 'probe', { qos: 1 });
			return await seen;
		} catch (e) {
			this.#log(`fleet: shared subscription probe failed: ${(e as Error).message}`);
			return false;
		} finally {
			this.#probeSeen = null;
			await c.unsubscribeAsync(filter).catch(() => {});
		}
	}

	/** Heartbeat in fleet_instances (the others see this instance alive). */
	async #beat(): Promise<void> {
		await this.store.instances.beat({ name: this.instance, client_id: this.clientId, shared: this.#shared === true, started_at: this.#startedAt });
	}

	/**
	 * Every `sweepMs`: the heartbeat, and open commands past their TTL or timeout that no timer here ends:
	 * commands another instance created and can no longer time out (it stopped). Compare-and-set, so the
	 * owner's own timer and this one cannot both win.
	 */
	async #sweep(): Promise<void> {
		if (this.#closed) return;
		await this.#beat();
		for (const c of await this.store.commands.overdue(Date.now(), this.#o.resumeGraceMs ?? 2000)) {
			if (this.#timers.has(c.id)) continue;
			if (c.state === 'QUEUED') await this.#expire(c.id);
			else await this.#timeout(c.id);
		}
	}

	/** Told of every stored change (for live pages): `{kind: 'telemetry'|'command'|'status'|'dtc'|'notification', vin}`. */
	onChange(fn: (e: { kind: string; vin: string; id?: string }) => void): () => void {
		this.#listeners.add(fn);
		return () => void this.#listeners.delete(fn);
	}

	#emit(kind: string, vin: string, id?: string): void {
		for (const fn of this.#listeners) fn({ kind, vin, id });
	}

	#refuse(reason: Refusal, what: string): void {
		this.counts.refused[reason] = (this.counts.refused[reason] ?? 0) + 1;
		this.#m.refused.inc({ reason });
		this.lastRefusal = `${reason}: ${what}`;
		// the first few of each reason, then every hundredth: a flood of bad input does not flood the log
		const n = this.counts.refused[reason];
		if (n <= 5 || n % 100 === 0) this.#log(`fleet: refused (${reason}, #${n}): ${what}`);
	}

	async #vehicle(vin: string, topic: string): Promise<boolean> {
		if (this.#known.has(vin)) return true;
		if (await this.store.vehicles.exists(vin)) {
			this.#known.add(vin);
			return true;
		}
		if (!this.#o.autoRegister) {
			this.#refuse('unknown_vehicle', `${topic}: VIN ${vin} is not registered (ZB_FLEET_AUTOREGISTER=0); register it with POST /api/fleet/vehicles`);
			return false;
		}
		// another instance may register it at the same moment: only the one whose insert won says so
		const fresh = await this.store.vehicles.register(vin, 'auto-register');
		this.#known.add(vin);
		if (!this.#maxSeq.has(vin)) this.#maxSeq.set(vin, 0);
		if (fresh) this.#log(`fleet: registered ${vin} (first message, ZB_FLEET_AUTOREGISTER)`);
		return true;
	}

	async #onMessage(topic: string, payload: Buffer, at: number): Promise<void> {
		for (const [filter, fns] of this.#extraSubs) if (topicMatches(filter, topic)) for (const fn of fns) fn(topic, payload);
		const m = /^zb\/v1\/([^/]+)\/(status|telemetry|dtc|ack\/([^/]+))$/.exec(topic);
		if (!m) return;
		const vin = m[1];
		if (!VIN_RE.test(vin)) return this.#refuse('bad_vin', `${topic}: '${vin}' is not a 17-character VIN`);
		let body: Record<string, unknown>;
		try {
			const v = JSON.parse(payload.toString('utf8'));
			if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not a JSON object');
			body = v;
		} catch (e) {
			return this.#refuse('malformed', `${topic}: ${(e as Error).message}`);
		}
		const kind = m[2].startsWith('ack/') ? 'ack' : m[2];
		if (kind === 'ack') return this.#onAck(vin, m[3], body, topic);
		if (kind === 'status') return this.#onStatus(vin, body, topic, at);
		if (!(await this.#vehicle(vin, topic))) return;
		if (kind === 'telemetry') return this.#onTelemetry(vin, body, topic);
		return this.#onDtc(vin, body, topic);
	}

	async #onStatus(vin: string, b: Record<string, unknown>, topic: string, at: number): Promise<void> {
		if (b.state !== 'online' && b.state !== 'offline') return this.#refuse('malformed', `${topic}: state must be 'online' or 'offline'`);
		// a last will from a vehicle never registered is not worth a registration
		if (b.state === 'offline' && !this.#known.has(vin) && !(await this.store.vehicles.exists(vin))) return;
		if (!(await this.#vehicle(vin, topic))) return;
		const fw = b.firmware && typeof b.firmware === 'object' && !Array.isArray(b.firmware) ? (b.firmware as Record<string, string>) : null;
		// ordered by when it arrived here: a status another instance received later and stored first stays
		const stored = await this.store.vehicles.setStatus(vin, b.state === 'online', typeof b.reason === 'string' ? b.reason : null, b, fw, Date.now(), at);
		this.counts.status++;
		if (!stored) return;
		this.#m.msgs.inc({ stream: 'status' });
		this.#emit('status', vin);
		if (b.state === 'online') await this.#dispatch(vin);
	}

	#onTelemetry(vin: string, b: Record<string, unknown>, topic: string): void {
		const seq = b.seq;
		if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return this.#refuse('malformed', `${topic}: seq must be a positive integer (got ${JSON.stringify(seq)})`);
		if (typeof b.ts !== 'number' || !Number.isFinite(b.ts)) return this.#refuse('malformed', `${topic}: seq ${seq}: ts must be epoch ms`);
		if (!b.signals || typeof b.signals !== 'object' || Array.isArray(b.signals)) return this.#refuse('malformed', `${topic}: seq ${seq}: signals must be an object of VSS paths`);
		for (const k of Object.keys(b.signals)) if (!/^Vehicle(\.[A-Za-z0-9_]+)+$/.test(k)) return this.#refuse('malformed', `${topic}: seq ${seq}: '${k.slice(0, 80)}' is not a VSS path`);
		const now = Date.now();
		const top = this.#maxSeq.get(vin) ?? 0;
		// late = it comes after a newer message, or long after it was made: it waited in the vehicle's outbox
		const replayed = seq < top || now - b.ts > 10_000 || b.replayed === true;
		if (seq > top) this.#maxSeq.set(vin, seq);
		this.#batch.push({ row: { vin, seq, ts: Math.round(b.ts), t_us: typeof b.t_us === 'number' ? Math.round(b.t_us) : null, received_at: now, replayed, signals: b.signals as Record<string, unknown> } });
		if (this.#batch.length >= (this.#o.batchMax ?? 500)) this.#flush();
		else this.#flushTimer ??= setTimeout(() => this.#flush(), this.#o.batchMs ?? 50);
	}

	#flush(): Promise<void> {
		if (this.#flushTimer) clearTimeout(this.#flushTimer);
		this.#flushTimer = null;
		const batch = this.#batch.splice(0);
		if (batch.length === 0) return this.#flushing;
		this.#flushing = this.#flushing.then(async () => {
			// a batch may hold one seq twice (a resend after a lost PUBACK): keep the first
			const seen = new Set<string>();
			const rows: TelemetryIn[] = [];
			for (const { row } of batch) {
				const k = `${row.vin}/${row.seq}`;
				if (seen.has(k)) {
					this.#refuse('duplicate_seq', `zb/v1/${row.vin}/telemetry: seq ${row.seq} arrived twice; stored once`);
					continue;
				}
				seen.add(k);
				rows.push(row);
			}
			try {
				const fresh = await this.store.telemetry.insertMany(rows);
				for (const r of rows) {
					if (fresh.has(`${r.vin}/${r.seq}`)) {
						this.counts.telemetry++;
						this.#m.msgs.inc({ stream: 'telemetry' });
					} else this.#refuse('duplicate_seq', `zb/v1/${r.vin}/telemetry: seq ${r.seq} is stored already`);
				}
				const vins = new Set(rows.map((r) => r.vin));
				for (const v of vins) {
					await this.store.vehicles.seen(v);
					this.#emit('telemetry', v);
				}
			} catch (e) {
				this.#log(`fleet: storing ${rows.length} telemetry message(s) failed: ${(e as Error).message}`);
			}
		});
		return this.#flushing;
	}

	async #onDtc(vin: string, b: Record<string, unknown>, topic: string): Promise<void> {
		const seq = b.seq;
		if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return this.#refuse('malformed', `${topic}: seq must be a positive integer`);
		if (typeof b.dtc !== 'string' || typeof b.ecu !== 'string' || typeof b.status !== 'number')
			return this.#refuse('malformed', `${topic}: seq ${seq}: needs dtc (string), ecu (string), status (number)`);
		const ts = typeof b.ts === 'number' ? b.ts : Date.now();
		const confirmed = (b.status & 0x08) !== 0;
		const occurrence = typeof b.occurrence === 'number' ? b.occurrence : null;
		const fresh = await this.store.dtcs.insert({ vin, seq, ts, received_at: Date.now(), ecu: b.ecu, dtc: b.dtc, status: b.status, confirmed, occurrence, payload: b });
		if (!fresh) return this.#refuse('duplicate_seq', `${topic}: dtc seq ${seq} is stored already`);
		this.counts.dtc++;
		this.#m.msgs.inc({ stream: 'dtc' });
		await this.store.vehicles.seen(vin);
		this.#emit('dtc', vin);
		if (confirmed) {
			const freeze = b.freezeFrame && typeof b.freezeFrame === 'object' ? (b.freezeFrame as Record<string, unknown>) : { ts, t_us: b.t_us ?? null, status: b.status, statusBits: b.statusBits ?? [] };
			const n = await this.store.notifications.confirm(vin, b.ecu, b.dtc, occurrence, freeze);
			if (n.opened) this.#log(`fleet: notification ${n.row.id} opened: ${vin} ${b.ecu} ${b.dtc}`);
			this.#emit('notification', vin, String(n.row.id));
		}
	}

	async #onAck(vin: string, id: string, b: Record<string, unknown>, topic: string): Promise<void> {
		const cmd = await this.store.commands.get(id).catch(() => null);
		if (!cmd || cmd.vin !== vin) return this.#refuse('unknown_command', `${topic}: no command ${id} for ${vin}`);
		const state = b.state;
		const detail = typeof b.reason === 'string' ? b.reason.slice(0, 500) : null;
		this.counts.ack++;
		let to: CommandState;
		let from: CommandState[];
		switch (state) {
			case 'DELIVERED':
				to = 'DELIVERED';
				from = ['QUEUED', 'SENT'];
				break;
			case 'COMPLETED':
			case 'REJECTED':
			case 'FAILED':
			case 'EXPIRED':
				to = state;
				// QUEUED: a server that restarted between publishing and recording SENT
				from = ['QUEUED', 'SENT', 'DELIVERED'];
				break;
			default:
				return this.#refuse('malformed', `${topic}: ack state must be DELIVERED, COMPLETED, REJECTED, FAILED or EXPIRED (got ${JSON.stringify(state)})`);
		}
		const row = await this.store.commands.transition(id, from, to, Date.now(), detail, b.result);
		if (!row) {
			// the row as it is now: another instance may have moved it since it was read above
			const now = (await this.store.commands.get(id)) ?? cmd;
			if (now.state === to || (to === 'DELIVERED' && FINAL_STATES.has(now.state))) return; // a repeated or overtaken ACK
			return this.#refuse('late_ack', `${topic}: ${state} after the command was ${now.state}; kept ${now.state}`);
		}
		this.#m.cmds.inc({ state: to });
		if (FINAL_STATES.has(to)) this.#clearTimer(id);
		this.#emit('command', vin, id);
	}

	/** Creates a command (QUEUED) and sends it when the vehicle is online; the same idempotency key twice is one command. */
	async sendCommand(vin: string, req: CommandRequest, actor: string): Promise<{ command: CommandRow; created: boolean }> {
		if (!VIN_RE.test(vin)) throw new FleetError(400, `'${vin}' is not a 17-character VIN`);
		if (!(await this.store.vehicles.exists(vin))) throw new FleetError(404, `no vehicle ${vin} in the fleet`);
		if (!(COMMAND_NAMES as readonly string[]).includes(req.name)) throw new FleetError(400, `name: '${req.name}' is not a command (known: ${COMMAND_NAMES.join(', ')})`);
		const now = Date.now();
		const ttl = req.ttl_ms ?? 60_000;
		const { row, created } = await this.store.commands.create({
			id: uuidv7(now),
			vin,
			name: req.name,
			args: req.args ?? {},
			priority: req.priority ?? 0,
			ttl_ms: ttl,
			timeout_ms: req.timeout_ms ?? 30_000,
			idempotency_key: req.idempotency_key ?? null,
			created_by: actor,
			created_at: now,
			expires_at: now + ttl
		});
		if (created) {
			this.#m.cmds.inc({ state: 'QUEUED' });
			this.#schedule(row);
			this.#emit('command', vin, row.id);
			await this.#dispatch(vin);
		}
		return { command: (await this.store.commands.get(row.id)) ?? row, created };
	}

	/** Sends the vehicle's QUEUED commands, highest priority first, when it is online. */
	async #dispatch(vin: string): Promise<void> {
		const c = this.#client;
		if (!c?.connected || this.#closed) return;
		const v = await this.store.vehicles.get(vin);
		if (!v?.online) return;
		for (const cmd of await this.store.commands.open(vin)) {
			if (cmd.state !== 'QUEUED' || this.#inflight.has(cmd.id)) continue;
			if (cmd.expires_at <= Date.now()) {
				await this.#expire(cmd.id);
				continue;
			}
			this.#inflight.add(cmd.id);
			// of several instances dispatching this vehicle (the one that took the request, the ones that saw it come
			// online) the one whose claim is stored publishes
			if (!(await this.store.commands.claim(cmd.id, this.instance, Date.now(), this.#o.claimMs ?? 10_000))) {
				this.#inflight.delete(cmd.id);
				continue;
			}
			const payload = JSON.stringify({ id: cmd.id, name: cmd.name, args: cmd.args, priority: cmd.priority, ttl_ms: cmd.ttl_ms, expires_at: cmd.expires_at });
			const err = await new Promise<Error | undefined>((res) => c.publish(`zb/v1/${vin}/cmd/${cmd.id}`, payload, { qos: 1 }, (e) => res(e ?? undefined)));
			this.#inflight.delete(cmd.id);
			if (err) {
				this.#log(`fleet: command ${cmd.id} not sent: ${err.message}; stays QUEUED`);
				await this.store.commands.release(cmd.id, this.instance);
				continue;
			}
			// SENT: the broker has it (PUBACK); only the vehicle's own ACK says DELIVERED
			const row = await this.store.commands.transition(cmd.id, ['QUEUED'], 'SENT', Date.now(), null);
			if (row) {
				this.#m.cmds.inc({ state: 'SENT' });
				this.#schedule(row);
				this.#emit('command', vin, cmd.id);
			}
		}
	}

	async #dispatchAll(): Promise<void> {
		const vins = new Set((await this.store.commands.open()).filter((c) => c.state === 'QUEUED').map((c) => c.vin));
		for (const v of vins) await this.#dispatch(v);
	}

	#clearTimer(id: string): void {
		const t = this.#timers.get(id);
		if (t) clearTimeout(t);
		this.#timers.delete(id);
	}

	/** QUEUED: expires at its TTL; SENT/DELIVERED: times out `timeout_ms` after it was sent. */
	#schedule(c: CommandRow): void {
		this.#clearTimer(c.id);
		if (this.#closed || FINAL_STATES.has(c.state)) return;
		const at = c.state === 'QUEUED' ? c.expires_at : (c.sent_at ?? c.created_at) + c.timeout_ms;
		const t = setTimeout(() => void (c.state === 'QUEUED' ? this.#expire(c.id) : this.#timeout(c.id)), Math.max(0, Math.min(at - Date.now(), 2 ** 31 - 1)));
		t.unref?.();
		this.#timers.set(c.id, t);
	}

	async #expire(id: string): Promise<void> {
		const r = await this.store.commands.transition(id, ['QUEUED'], 'EXPIRED', Date.now(), 'TTL passed before the vehicle was reachable');
		this.#clearTimer(id);
		if (r) {
			this.#m.cmds.inc({ state: 'EXPIRED' });
			this.#emit('command', r.vin, id);
		}
	}

	async #timeout(id: string): Promise<void> {
		const r = await this.store.commands.transition(id, ['SENT', 'DELIVERED'], 'TIMEOUT', Date.now(), 'no final ACK from the vehicle within timeout_ms');
		this.#clearTimer(id);
		if (r) {
			this.#m.cmds.inc({ state: 'TIMEOUT' });
			this.#emit('command', r.vin, id);
		}
	}

	/** After a restart: timers for every open command; ACKs waiting in the session get a grace period first. */
	async #resume(): Promise<void> {
		const open = await this.store.commands.open();
		if (open.length === 0) return;
		this.#log(`fleet: resuming ${open.length} open command(s)`);
		const grace = this.#o.resumeGraceMs ?? 2000;
		for (const c of open) {
			const due = c.state === 'QUEUED' ? c.expires_at : (c.sent_at ?? c.created_at) + c.timeout_ms;
			if (due <= Date.now()) {
				const t = setTimeout(async () => {
					const now = await this.store.commands.get(c.id);
					if (now) this.#schedule(now);
				}, grace);
				t.unref?.();
				this.#timers.set(c.id, t);
			} else this.#schedule(c);
		}
	}

	/** Publishes on the fleet's connection (QoS 1); resolves on PUBACK. */
	publish(topic: string, payload: string): Promise<void> {
		const c = this.#client;
		if (!c) return Promise.reject(new Error('fleet MQTT client not started'));
		return new Promise((res, rej) => c.publish(topic, payload, { qos: 1 }, (e) => (e ? rej(e) : res())));
	}

	/** Subscribes (QoS 1) on the fleet's connection. */
	subscribe(filter: string, fn: (topic: string, payload: Buffer) => void): () => void {
		let s = this.#extraSubs.get(filter);
		if (!s) {
			this.#extraSubs.set(filter, (s = new Set()));
			// before the first connection has decided shared or plain, that connection subscribes it
			if (this.#shared !== null && this.#client?.connected) this.#client.subscribe(this.#filter(filter), { qos: 1 });
		}
		s.add(fn);
		return () => void s.delete(fn);
	}

	get connected(): boolean {
		return this.#client?.connected ?? false;
	}

	/** Waits until every telemetry message received so far is written. */
	async drain(): Promise<void> {
		await this.#flush();
		await this.#flushing;
	}

	/** The instances whose heartbeat is recent (this one included), for `GET /api/fleet/status`. */
	instancesAlive(): Promise<Array<{ name: string; client_id: string; shared: boolean; started_at: number; seen_at: number }>> {
		return this.store.instances.alive(Date.now(), 3 * (this.#o.sweepMs ?? 5000));
	}

	/** Whether this instance's subscriptions are shared with the other instances (null: not connected yet). */
	get shared(): boolean | null {
		return this.#shared;
	}

	status(): Record<string, unknown> {
		return {
			state: this.connected ? 'running' : 'connecting',
			instance: this.instance,
			clientId: this.clientId,
			subscriptions: this.#shared === null ? 'not decided (no connection yet)' : this.#shared ? `shared ($share/${SHARE_GROUP}/…)` : 'plain (every message)',
			db: this.store.db.kind,
			where: this.store.db.where,
			autoRegister: this.#o.autoRegister,
			counts: this.counts,
			lastRefusal: this.lastRefusal
		};
	}

	/**
	 * Stops. With shared subscriptions and another instance alive, first leaves the share group (the broker
	 * then gives this instance's share to the others instead of queueing it in this session), takes what was
	 * already on its way, and writes it; the last instance keeps its session subscribed, so what vehicles send
	 * while every instance is down waits in it.
	 */
	async close(): Promise<void> {
		this.#closed = true;
		for (const t of this.#timers.values()) clearTimeout(t);
		this.#timers.clear();
		if (this.#sweepTimer) clearInterval(this.#sweepTimer);
		const c = this.#client;
		const others = await this.store.instances.leave(this.instance, Date.now(), 3 * (this.#o.sweepMs ?? 5000)).catch((e: Error) => {
			this.#log(`fleet: cannot tell whether another instance runs (${e.message}): keeping the session subscribed`);
			return [] as string[];
		});
		if (c?.connected && this.#shared && others.length > 0) {
			const filters = [...INGEST_FILTERS, ...this.#extraSubs.keys()].map(shared);
			await c.unsubscribeAsync(filters).catch((e: Error) => this.#log(`fleet: leaving the share group: ${e.message}`));
			// messages the broker sent before the UNSUBACK are still arriving: let them in
			await new Promise((r) => setTimeout(r, 300));
			this.#log(`fleet: left the share group; ${others.join(', ')} ingest on`);
		}
		await Promise.all([...this.#chains.values()]).catch(() => {});
		await this.drain().catch(() => {});
		if (c) await new Promise<void>((res) => c.end(false, {}, () => res()));
	}
}

/** MQTT topic filter match (`+` one level, `#` the rest). */
export function topicMatches(filter: string, topic: string): boolean {
	const f = filter.split('/');
	const t = topic.split('/');
	for (let i = 0; i < f.length; i++) {
		if (f[i] === '#') return true;
		if (i >= t.length) return false;
		if (f[i] !== '+' && f[i] !== t[i]) return false;
	}
	return f.length === t.length;
}
