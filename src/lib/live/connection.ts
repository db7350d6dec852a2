/**
 * The page's side of the live server's WebSocket `/api/live` (protocol `zonebench.live.v1`, documented in
 * docs/live-protocol.md): a FrameSource over the server's channels, plus its control requests (auth, send,
 * driving the server's simulated vehicle). Plain TypeScript so Node tests can run it against the real
 * server with the `ws` package's WebSocket.
 */
import type { FrameBatch } from '$lib/can/frame';
import { SourceFanout, type FrameSource, type OutFrame, type SessionListener, type SourceDescription, type SourceSession } from '$lib/can/source';
import { WireError, decodeBatch } from '$lib/can/wire';
import type { TraceEntry } from '$lib/diag/tester';
import type { SimSnapshot } from '$lib/sim/simulation';
import type { FaultSpec } from '$lib/sim/faults/catalog';
import type { FaultEvent } from '$lib/sim/faults/injector';
import type { ActiveFaultInfo } from '$lib/worker/faults-api';

export const LIVE_PROTOCOL = 'zonebench.live.v1';

/** A channel of the server as `hello` and `sources` list it. */
export interface LiveSourceInfo {
	channel: number;
	kind: 'sim' | 'socketcan' | 'replay';
	name: string;
	state: 'starting' | 'running' | 'stopped' | 'failed';
	error?: string;
	canSend: boolean;
	framesIn: number;
	framesOut: number;
}

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'closed';

export interface LiveState {
	status: LiveStatus;
	/** The last problem: connection refused, a rejected request, a message this side could not read. */
	error: string | null;
	sources: LiveSourceInfo[];
	/** A token was accepted: this connection may send frames and drive the server's vehicle. */
	canWrite: boolean;
	/** Frames the server dropped for this client because it read too slowly. */
	dropped: number;
	serverVersion: string | null;
}

/** A request the server refused: `code` is the protocol's error code (`unauthorized`, `bad_frame`, …). */
export class LiveError extends Error {
	constructor(
		readonly code: string,
		message: string
	) {
		super(message);
	}
}

type WsCtor = new (url: string, protocols?: string | string[]) => WebSocket;

export interface LiveOptions {
	url: string;
	/** The WebSocket class (the browser's by default; `ws` in Node tests). */
	WebSocket?: WsCtor;
	/** Reconnect after an unexpected close, with backoff (default true). */
	reconnect?: boolean;
	onChange?: (s: LiveState) => void;
	/** Wall-clock timers (this is page code, not simulation code). */
	setTimeout?: (fn: () => void, ms: number) => unknown;
	clearTimeout?: (t: unknown) => void;
}

interface Pending {
	resolve: (m: Record<string, unknown>) => void;
	reject: (e: Error) => void;
}

const hex = (d: Uint8Array): string => Array.from(d, (x) => x.toString(16).padStart(2, '0')).join('');

export class LiveConnection implements FrameSource {
	#opts: LiveOptions;
	#ws: WebSocket | null = null;
	#fan = new SourceFanout();
	#status = new Set<(channel: number, s: SimSnapshot) => void>();
	#diagTrace = new Set<(channel: number, entries: TraceEntry[]) => void>();
	#faultEvents = new Set<(channel: number, e: FaultEvent) => void>();
	#pending = new Map<number, Pending>();
	#nextId = 1;
	#token: string | null = null;
	#wanted = false;
	#backoff = 500;
	#timer: unknown = null;
	state: LiveState = { status: 'idle', error: null, sources: [], canWrite: false, dropped: 0, serverVersion: null };

	constructor(opts: LiveOptions) {
		this.#opts = opts;
	}

	get url(): string {
		return this.#opts.url;
	}

	#set(p: Partial<LiveState>): void {
		this.state = { ...this.state, ...p };
		this.#opts.onChange?.(this.state);
	}

	/** Opens the connection (and keeps reopening it after drops until `close`). */
	connect(): void {
		this.#wanted = true;
		if (this.#ws) return;
		const Ws = this.#opts.WebSocket ?? (globalThis.WebSocket as unknown as WsCtor);
		let ws: WebSocket;
		try {
			ws = new Ws(this.#opts.url, LIVE_PROTOCOL);
		} catch (e) {
			this.#set({ status: 'closed', error: `cannot open ${this.#opts.url}: ${(e as Error).message}` });
			return;
		}
		this.#ws = ws;
		ws.binaryType = 'arraybuffer';
		this.#set({ status: 'connecting' });
		ws.onopen = () => {
			this.#backoff = 500;
			// a token given earlier is presented again on every new connection
			if (this.#token) void this.auth(this.#token).catch(() => {});
		};
		ws.onmessage = (ev: MessageEvent) => this.#onMessage(ev.data);
		ws.onerror = () => {
			this.#set({ error: `no live server at ${this.#opts.url} (is \`npm start\` running? the static demo has none)` });
		};
		ws.onclose = (ev: CloseEvent) => {
			this.#ws = null;
			for (const p of this.#pending.values()) p.reject(new LiveError('closed', 'the connection closed'));
			this.#pending.clear();
			const why = ev.code === 1000 || ev.code === 1005 ? null : `connection closed (${ev.code}${ev.reason ? `: ${ev.reason}` : ''})`;
			this.#set({ status: 'closed', canWrite: false, ...(why && !this.state.error ? { error: why } : {}) });
			if (this.#wanted && this.#opts.reconnect !== false) {
				const st = this.#opts.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
				this.#timer = st(() => {
					this.#timer = null;
					if (this.#wanted) this.connect();
				}, this.#backoff);
				this.#backoff = Math.min(this.#backoff * 2, 10_000);
			}
		};
	}

	/** Closes the connection for good (until the next `connect`). */
	close(): void {
		this.#wanted = false;
		if (this.#timer !== null) (this.#opts.clearTimeout ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>)))(this.#timer);
		this.#timer = null;
		this.#ws?.close(1000);
		this.#ws = null;
		this.#set({ status: 'idle', canWrite: false });
	}

	#onMessage(data: unknown): void {
		if (typeof data !== 'string') {
			try {
				const b = decodeBatch(new Uint8Array(data as ArrayBuffer));
				this.#fan.batch(b);
			} catch (e) {
				this.#set({ error: `unreadable frame message from the server: ${e instanceof WireError ? e.message : String(e)}` });
			}
			return;
		}
		let m: Record<string, unknown>;
		try {
			m = JSON.parse(data);
		} catch {
			this.#set({ error: 'the server sent a message that is not JSON' });
			return;
		}
		const re = typeof m.re === 'number' ? m.re : null;
		const pend = re !== null ? this.#pending.get(re) : undefined;
		switch (m.op) {
			case 'hello':
				this.#set({ status: 'open', error: null, sources: (m.sources as LiveSourceInfo[]) ?? [], serverVersion: String(m.version ?? ''), dropped: 0 });
				this.#fan.session({ reason: 'source changed', t_us: 0 });
				return;
			case 'sources':
				this.#set({ sources: (m.sources as LiveSourceInfo[]) ?? [] });
				return;
			case 'session':
				this.#fan.session({ reason: m.reason as SourceSession['reason'], t_us: Number(m.t_us ?? 0), epoch_us: m.epoch_us as number | undefined });
				return;
			case 'status':
				for (const l of this.#status) l(Number(m.channel), m.snapshot as SimSnapshot);
				return;
			case 'fault-event': {
				const e: FaultEvent = { t_us: Number(m.t_us), action: m.action as FaultEvent['action'], handle: Number(m.handle), kind: String(m.kind), label: String(m.label) };
				for (const l of this.#faultEvents) l(Number(m.channel), e);
				return;
			}
			case 'diag-trace':
				for (const l of this.#diagTrace) l(Number(m.channel), (m.entries as TraceEntry[]) ?? []);
				return;
			case 'dropped':
				this.#set({ dropped: Number(m.total ?? this.state.dropped + Number(m.count ?? 0)) });
				return;
			case 'error': {
				const err = new LiveError(String(m.code), String(m.message));
				if (pend) {
					this.#pending.delete(re!);
					pend.reject(err);
				} else this.#set({ error: `${err.code}: ${err.message}` });
				return;
			}
			default:
				if (pend) {
					this.#pending.delete(re!);
					pend.resolve(m);
				}
		}
	}

	/** Sends a JSON request and waits for its reply (`ok`, `auth`, `pong`, …); rejects with a LiveError. */
	request(msg: Record<string, unknown>): Promise<Record<string, unknown>> {
		const ws = this.#ws;
		if (!ws || ws.readyState !== 1) return Promise.reject(new LiveError('closed', 'not connected to the live server'));
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			ws.send(JSON.stringify({ ...msg, id }));
		});
	}

	/** Presents a token; resolves true when the server accepts it (then this connection may write). */
	async auth(token: string): Promise<boolean> {
		try {
			const r = await this.request({ op: 'auth', token });
			const ok = r.ok === true;
			this.#token = ok ? token : null;
			this.#set({ canWrite: ok && r.canWrite !== false, error: ok ? null : this.state.error });
			return ok;
		} catch (e) {
			this.#token = null;
			this.#set({ canWrite: false });
			if (e instanceof LiveError && e.code === 'unauthorized') return false;
			throw e;
		}
	}

	/** Drives the server's simulated vehicle on `channel` (needs a token). */
	async sim(channel: number, cmd: string, args?: unknown): Promise<void> {
		await this.request({ op: 'sim', channel, cmd, args });
	}

	/**
	 * Injects, clears or lists catalog faults on the server's simulated vehicle on `channel` (needs a token);
	 * resolves with the faults active afterwards. docs/live-protocol.md, `fault`.
	 */
	async fault(channel: number, action: 'inject' | 'clear' | 'clear-all' | 'list', o: { spec?: FaultSpec; handle?: number } = {}): Promise<{ handle?: number; active: ActiveFaultInfo[] }> {
		const r = await this.request({ op: 'fault', channel, action, ...o });
		return { ...(typeof r.handle === 'number' ? { handle: r.handle } : {}), active: (r.active as ActiveFaultInfo[]) ?? [] };
	}

	/** Faults injected, cleared or ended on the server's simulated vehicles; returns the unsubscribe function. */
	onFaultEvent(fn: (channel: number, e: FaultEvent) => void): () => void {
		this.#faultEvents.add(fn);
		return () => void this.#faultEvents.delete(fn);
	}

	/**
	 * Runs the server's diagnostic tester on `channel` (needs a token): `cmd` is one of the worker API's
	 * diag operations without its `diag` prefix (`scan`, `readDid`, …), `args` its arguments; resolves with
	 * its result (an Outcome). docs/live-protocol.md, `diag`.
	 */
	async diag<T = unknown>(channel: number, cmd: string, args: unknown[] = []): Promise<T> {
		const r = await this.request({ op: 'diag', channel, cmd, args });
		return r.result as T;
	}

	/** The frames and events of the server's testers this connection used; returns the unsubscribe function. */
	onDiagTrace(fn: (channel: number, entries: TraceEntry[]) => void): () => void {
		this.#diagTrace.add(fn);
		return () => void this.#diagTrace.delete(fn);
	}

	/** Status snapshots of the server's simulated vehicles (≤ 10 a second); returns the unsubscribe function. */
	onStatus(fn: (channel: number, s: SimSnapshot) => void): () => void {
		this.#status.add(fn);
		return () => void this.#status.delete(fn);
	}

	subscribe(fn: (b: FrameBatch) => void): () => void {
		return this.#fan.subscribe(fn);
	}

	onSession(fn: SessionListener): () => void {
		return this.#fan.onSession(fn);
	}

	describe(): SourceDescription {
		const ch = this.state.sources;
		return {
			kind: 'live',
			label: ch.length ? `Live: ${ch.map((c) => c.name).join(', ')}` : 'Live',
			channels: ch.map((c) => ({ channel: c.channel, name: c.name, kind: c.kind, state: c.state, error: c.error })),
			canSend: this.state.canWrite
		};
	}

	/** Sends one frame through the server (needs a token). */
	async send(f: OutFrame): Promise<void> {
		await this.request({ op: 'send', channel: f.channel ?? this.state.sources[0]?.channel ?? 0, frames: [{ id: f.id, flags: f.flags ?? 0, data: hex(f.data) }] });
	}
}
