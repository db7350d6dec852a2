/**
 * A fleet vehicle's MQTT side, the same for the in-browser vehicle and the headless ones (docs/fleet.md,
 * "Vehicles"): retained status with a last will, telemetry and DTC messages numbered by `seq` and kept in
 * an outbox until the broker acknowledges them (replayed in order after an outage), and commands
 * (`zb/v1/{vin}/cmd/{id}`) answered on `zb/v1/{vin}/ack/{id}`: DELIVERED, then COMPLETED / REJECTED /
 * FAILED / EXPIRED. A command id already handled is answered again from memory, never executed twice.
 */
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';

/** One message waiting for the broker's PUBACK (server/mqtt/outbox.ts has the same shape). */
export interface OutboxEntry {
	topic: string;
	payload: string;
	seq: number;
}

/** The outbox the agent needs: a file headless (server/mqtt/outbox.ts), IndexedDB in the browser. */
export interface AgentOutbox {
	readonly depth: number;
	readonly dropped: number;
	readonly max: number;
	push(e: OutboxEntry): void;
	next(window: number): OutboxEntry | undefined;
	ack(e: OutboxEntry): void;
	releaseInflight(): void;
}

export type FinalState = 'COMPLETED' | 'REJECTED' | 'FAILED';

export interface CommandResult {
	state: FinalState;
	reason?: string;
	result?: unknown;
}

/** What the vehicle does with a command (its simulation). */
export interface VehicleHost {
	execute(name: string, args: Record<string, unknown>): Promise<CommandResult>;
	/** ECU name → firmware version, for the status message. */
	firmware(): Record<string, string>;
}

/** What survives a restart of the vehicle: its seq counters and the commands it has handled. */
export interface AgentState {
	seq: { telemetry: number; dtc: number };
	/** Command id → the final ACK sent (bounded: the newest 500). */
	handled: Array<[string, Record<string, unknown>]>;
}

export interface AgentMemory {
	load(): AgentState | null;
	save(s: AgentState): void;
}

export interface AgentOptions {
	vin: string;
	url: string;
	/** MQTT password (the server token on the embedded broker). */
	password?: string;
	outbox: AgentOutbox;
	host: VehicleHost;
	memory: AgentMemory;
	log?: (t: string) => void;
	/**
	 * More topics the vehicle listens on, in the same session (the OTA agent's `zb/v1/{vin}/ota/+`): a message
	 * not on `cmd/+` goes to every `handle`, which ignores what is not its own.
	 */
	subscriptions?: Array<{ filter: string; handle(topic: string, payload: string): void }>;
	/** For tests: extra mqtt.js options (e.g. a faster reconnect). */
	mqttOptions?: Partial<IClientOptions>;
	/** Wall clock (epoch ms). */
	now?: () => number;
}

const WINDOW = 32;
const HANDLED_MAX = 500;

export class VehicleAgent {
	readonly vin: string;
	#o: AgentOptions;
	#c: MqttClient | null = null;
	#state: AgentState;
	#handled: Map<string, Record<string, unknown>>;
	#running = new Set<string>();
	#inflight = 0;
	#log: (t: string) => void;
	#now: () => number;
	#statusTimer: ReturnType<typeof setInterval> | null = null;
	/** Commands executed (not counting repeats), for the page and tests. */
	executed = 0;
	repeats = 0;
	connected = false;
	onChange: (() => void) | null = null;

	constructor(o: AgentOptions) {
		this.#o = o;
		this.vin = o.vin;
		this.#log = o.log ?? (() => {});
		this.#now = o.now ?? Date.now;
		this.#state = o.memory.load() ?? { seq: { telemetry: 0, dtc: 0 }, handled: [] };
		this.#handled = new Map(this.#state.handled);
	}

	get seq(): { telemetry: number; dtc: number } {
		return { ...this.#state.seq };
	}
	get outboxDepth(): number {
		return this.#o.outbox.depth;
	}

	#base(): string {
		return `zb/v1/${this.vin}`;
	}

	#save(): void {
		this.#state.handled = [...this.#handled].slice(-HANDLED_MAX);
		this.#o.memory.save(this.#state);
	}

	#status(state: 'online' | 'offline', reason?: string): string {
		const ob = this.#o.outbox;
		return JSON.stringify({ state, vin: this.vin, ts: this.#now(), ...(reason ? { reason } : {}), seq: this.seq, outbox: { depth: ob.depth, max: ob.max, dropped: ob.dropped }, firmware: this.#o.host.firmware() });
	}

	start(): void {
		const c = mqtt.connect(this.#o.url, {
			clientId: `zb-veh-${this.vin}`,
			clean: false,
			username: this.vin,
			password: this.#o.password,
			reconnectPeriod: 1000,
			connectTimeout: 5000,
			will: { topic: `${this.#base()}/status`, payload: JSON.stringify({ state: 'offline', vin: this.vin, reason: 'connection lost' }), qos: 1, retain: true },
			...this.#o.mqttOptions
		});
		this.#c = c;
		c.on('connect', () => {
			this.connected = true;
			c.subscribe(`${this.#base()}/cmd/+`, { qos: 1 });
			for (const x of this.#o.subscriptions ?? []) c.subscribe(x.filter, { qos: 1 });
			c.publish(`${this.#base()}/status`, this.#status('online'), { qos: 1, retain: true });
			this.#o.outbox.releaseInflight();
			this.#inflight = 0;
			this.#pump();
			this.onChange?.();
		});
		c.on('close', () => {
			if (this.connected) this.onChange?.();
			this.connected = false;
		});
		c.on('error', (e) => this.#log(`vehicle ${this.vin}: mqtt: ${e.message}`));
		c.on('message', (topic, payload) => {
			if (topic.startsWith(`${this.#base()}/cmd/`)) return void this.#onCommand(topic, payload);
			for (const x of this.#o.subscriptions ?? []) x.handle(topic, payload.toString('utf8'));
		});
		this.#statusTimer = setInterval(() => {
			if (this.connected) c.publish(`${this.#base()}/status`, this.#status('online'), { qos: 1, retain: true });
		}, 10_000);
	}

	/** Sends whatever waits in the outbox, oldest first, at most WINDOW in flight. */
	#pump(): void {
		const c = this.#c;
		if (!c || !this.connected) return;
		for (;;) {
			const e = this.#o.outbox.next(WINDOW);
			if (!e) return;
			this.#inflight++;
			c.publish(e.topic, e.payload, { qos: 1 }, (err) => {
				this.#inflight--;
				if (!err) this.#o.outbox.ack(e);
				this.#pump();
			});
		}
	}

	/** Publishes the retained status now (the firmware changed), not only every 10 s. */
	announce(): void {
		if (this.connected) this.#c?.publish(`${this.#base()}/status`, this.#status('online'), { qos: 1, retain: true });
	}

	/** Publishes one message at QoS 1 on this vehicle's connection; resolves at PUBACK (mqtt.js keeps it while offline). */
	publish(topic: string, payload: string): Promise<void> {
		const c = this.#c;
		if (!c) return Promise.reject(new Error(`vehicle ${this.vin}: not started`));
		return new Promise((res, rej) => c.publish(topic, payload, { qos: 1 }, (err) => (err ? rej(err) : res())));
	}

	/** Queues one telemetry message of VSS signals (sent now, or replayed when the broker is back). */
	telemetry(signals: Record<string, unknown>, t_us?: number): number {
		const seq = ++this.#state.seq.telemetry;
		this.#save();
		this.#o.outbox.push({ topic: `${this.#base()}/telemetry`, payload: JSON.stringify({ seq, ts: this.#now(), ...(t_us !== undefined ? { t_us } : {}), signals }), seq });
		this.#pump();
		return seq;
	}

	/** Queues one DTC event (docs/mqtt.md payload without seq/ts; the agent numbers and stamps it). */
	dtc(ev: Record<string, unknown>): number {
		const seq = ++this.#state.seq.dtc;
		this.#save();
		this.#o.outbox.push({ topic: `${this.#base()}/dtc`, payload: JSON.stringify({ ...ev, seq, ts: this.#now() }), seq });
		this.#pump();
		return seq;
	}

	#ack(id: string, body: Record<string, unknown>): void {
		this.#c?.publish(`${this.#base()}/ack/${id}`, JSON.stringify({ id, ts: this.#now(), ...body }), { qos: 1 });
	}

	async #onCommand(topic: string, payload: Buffer): Promise<void> {
		const id = topic.slice(topic.lastIndexOf('/') + 1);
		const done = this.#handled.get(id);
		if (done || this.#running.has(id)) {
			// the broker (or the server) sent it again: answer again, do not run it again
			this.repeats++;
			if (done) this.#ack(id, done);
			return;
		}
		let cmd: { name?: unknown; args?: unknown; expires_at?: unknown };
		try {
			cmd = JSON.parse(payload.toString('utf8'));
		} catch {
			return this.#finish(id, { state: 'REJECTED', reason: 'command payload is not JSON' });
		}
		if (typeof cmd.name !== 'string') return this.#finish(id, { state: 'REJECTED', reason: 'command without a name' });
		if (typeof cmd.expires_at === 'number' && cmd.expires_at < this.#now()) return this.#finish(id, { state: 'EXPIRED', reason: `arrived after its TTL (expired ${this.#now() - cmd.expires_at} ms ago)` });
		this.#running.add(id);
		// remembered before it runs: a command that arrives again meanwhile, or after a crash, is not run twice
		this.#handled.set(id, { state: 'FAILED', reason: 'interrupted (the vehicle restarted while executing)' });
		this.#save();
		this.#ack(id, { state: 'DELIVERED' });
		let r: CommandResult;
		try {
			r = await this.#o.host.execute(cmd.name, cmd.args && typeof cmd.args === 'object' ? (cmd.args as Record<string, unknown>) : {});
		} catch (e) {
			r = { state: 'FAILED', reason: (e as Error).message };
		}
		this.#running.delete(id);
		this.executed++;
		this.#finish(id, r);
	}

	#finish(id: string, r: CommandResult | { state: 'EXPIRED' | 'REJECTED'; reason: string }): void {
		const body: Record<string, unknown> = { state: r.state, ...(r.reason ? { reason: r.reason } : {}), ...('result' in r && r.result !== undefined ? { result: r.result } : {}) };
		this.#handled.set(id, body);
		this.#save();
		this.#ack(id, body);
		this.onChange?.();
	}

	/** A clean shutdown: status offline (reason shutdown), then disconnect. */
	async stop(): Promise<void> {
		if (this.#statusTimer) clearInterval(this.#statusTimer);
		const c = this.#c;
		if (!c) return;
		if (c.connected) await new Promise<void>((res) => c.publish(`${this.#base()}/status`, this.#status('offline', 'shutdown'), { qos: 1, retain: true }, () => res()));
		await new Promise<void>((res) => c.end(false, {}, () => res()));
	}

	/** Drops the connection without a goodbye (the broker publishes the last will). */
	kill(): void {
		if (this.#statusTimer) clearInterval(this.#statusTimer);
		this.#c?.end(true);
	}
}

/** An in-memory outbox (bounded; the oldest unsent message is dropped beyond `max`). */
export class MemoryOutbox implements AgentOutbox {
	q: OutboxEntry[] = [];
	#inflight = 0;
	dropped = 0;
	constructor(readonly max = 10_000) {}
	get depth(): number {
		return this.q.length;
	}
	push(e: OutboxEntry): void {
		this.q.push(e);
		while (this.q.length > this.max) {
			this.q.splice(Math.min(this.#inflight, this.q.length - 1), 1);
			this.dropped++;
		}
	}
	next(window: number): OutboxEntry | undefined {
		if (this.#inflight >= window || this.#inflight >= this.q.length) return undefined;
		return this.q[this.#inflight++];
	}
	ack(e: OutboxEntry): void {
		const i = this.q.indexOf(e);
		if (i < 0) return;
		this.q.splice(i, 1);
		if (i < this.#inflight) this.#inflight--;
	}
	releaseInflight(): void {
		this.#inflight = 0;
	}
}
