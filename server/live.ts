/**
 * The live WebSocket endpoint `/api/live`, subprotocol `zonebench.live.v1` (docs/live-protocol.md): binary
 * FrameBatch messages from the hub, JSON control messages both ways. Reading is open to allowed origins;
 * sending frames and driving a simulation need the token. One slow client never slows the others: beyond
 * its send-buffer limit its batches are dropped and counted.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import { FLAG_FD, FLAG_RTR, FrameBatchBuilder, frameData, lenToDlc, type FrameBatch } from '../src/lib/can/frame';
import { OP_FRAMES, WireError, decodeBatch, encodeBatch } from '../src/lib/can/wire';
import { DiagArgError, RealtimeDiag, checkDiag, type DiagBackend } from './diag';
import { frameProblem } from './frame-check';
import { HubError } from './hub';
import type { MetricsRegistry } from './metrics';
import { SIM_COMMANDS, SimCommandError, SimSource } from './sources/sim';
import type { FaultEvent } from '../src/lib/sim/faults/injector';
import type { CanFrameOut, Hub, SessionEvent, SourceInfo } from './types';

export const LIVE_PATH = '/api/live';
export const LIVE_PROTOCOL = 'zonebench.live.v1';
export const PROTOCOL_VERSION = 1;
/** Binary client → server: a FrameBatch to send (same layout as OP_FRAMES). */
export const OP_SEND = 0x02;

export type ErrorCode =
	| 'bad_json'
	| 'bad_message'
	| 'unknown_op'
	| 'unauthorized'
	| 'bad_frame'
	| 'unknown_channel'
	| 'cannot_send'
	| 'rate_limited'
	| 'too_large'
	| 'failed';

export interface LiveLimits {
	/** Largest message a client may send, bytes; larger ⇒ `too_large` (twice this ⇒ close 1009). */
	maxMessageBytes: number;
	/** A client's unsent bytes beyond which its frame batches are dropped and counted. */
	maxBufferedBytes: number;
	/** Messages a client may send per second (token bucket, burst of the same size). */
	messagesPerSecond: number;
	/** Frames a client may send to the buses per second. */
	framesPerSecond: number;
	/** Frames of one channel are gathered this long into one message, ms. */
	coalesceMs: number;
}

export const DEFAULT_LIMITS: LiveLimits = {
	maxMessageBytes: 1 << 20,
	maxBufferedBytes: 4 << 20,
	messagesPerSecond: 100,
	framesPerSecond: 5000,
	coalesceMs: 4
};

export interface LiveOptions {
	hub: Hub;
	token: string;
	/** The server's port (localhost origins on it are allowed); a function since port 0 is known after listen. */
	port: () => number;
	/** Extra allowed origins (`ZB_ORIGINS`), normalised. */
	origins: readonly string[];
	version: string;
	metrics: MetricsRegistry;
	limits?: Partial<LiveLimits>;
}

/** Whether a browser page at `origin` may open the endpoint (absent Origin = not a browser: allowed). */
export function originAllowed(origin: string | undefined, host: string | undefined, port: number, allowed: readonly string[]): boolean {
	if (origin === undefined) return true;
	let u: URL;
	try {
		u = new URL(origin);
	} catch {
		return false;
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
	if (host !== undefined && u.host === host.toLowerCase()) return true;
	const uPort = u.port === '' ? (u.protocol === 'https:' ? 443 : 80) : Number(u.port);
	if ((u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]') && uPort === port) return true;
	return allowed.includes(u.origin);
}

class Bucket {
	#tokens: number;
	#last = performance.now();
	constructor(readonly rate: number) {
		this.#tokens = rate;
	}
	take(n: number): boolean {
		const now = performance.now();
		this.#tokens = Math.min(this.rate, this.#tokens + ((now - this.#last) / 1000) * this.rate);
		this.#last = now;
		if (this.#tokens < n) return false;
		this.#tokens -= n;
		return true;
	}
}

interface Client {
	id: number;
	ws: WebSocket;
	authed: boolean;
	/** null = every channel. */
	channels: Set<number> | null;
	dropped: number;
	droppedReported: number;
	messages: Bucket;
	frames: Bucket;
	lastRateError: number;
	/** Channels whose tester this client used: it gets their `diag-trace`. */
	diagChannels: Set<number>;
}

/** A message the client got wrong; becomes `{op:'error', code, message, re}`. */
class ClientError extends Error {
	constructor(
		readonly code: ErrorCode,
		message: string
	) {
		super(message);
	}
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export interface LiveEndpoint {
	/** For the HTTP server's `upgrade` event on LIVE_PATH. */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	/** Connected clients. */
	clientCount(): number;
	/** Closes every client (1001) and stops. */
	close(): Promise<void>;
}

export function createLiveEndpoint(o: LiveOptions): LiveEndpoint {
	const L: LiveLimits = { ...DEFAULT_LIMITS, ...o.limits };
	const hub = o.hub;
	const tokenHash = sha256(o.token);
	const clients = new Set<Client>();
	let nextId = 1;

	const m = o.metrics;
	const mClients = m.gauge('zb_ws_clients', 'Connected live WebSocket clients');
	const mDropped = m.counter('zb_ws_dropped_frames_total', 'Frames not sent to live clients whose send buffer was full (all clients)');
	const mClientDropped = m.gauge('zb_ws_client_dropped_frames', 'Frames dropped for one connected live client', ['client']);
	const mSent = m.counter('zb_ws_frames_sent_total', 'Frames sent to live clients (summed over clients)');
	const mErrors = m.counter('zb_errors_total', 'Errors by kind (live protocol error codes, source failures)', ['kind']);

	const wss = new WebSocketServer({
		noServer: true,
		// ws closes with 1009 beyond this; up to maxMessageBytes the client gets `too_large` and stays connected
		maxPayload: 2 * L.maxMessageBytes,
		perMessageDeflate: false,
		handleProtocols: (protocols) => (protocols.has(LIVE_PROTOCOL) ? LIVE_PROTOCOL : false)
	});

	// --- fan-out: one builder per channel, flushed every coalesceMs, encoded once for every client
	const pending = new Map<number, FrameBatchBuilder>();
	const builder = (ch: number): FrameBatchBuilder => {
		let b = pending.get(ch);
		if (!b) pending.set(ch, (b = new FrameBatchBuilder(256)));
		return b;
	};
	const flush = (ch: number): void => {
		const b = pending.get(ch);
		if (!b || b.count === 0) return;
		const batch = b.take();
		if (clients.size === 0) return;
		const msg = encodeBatch(batch, OP_FRAMES);
		for (const c of clients) {
			if (c.ws.readyState !== WebSocket.OPEN || (c.channels && !c.channels.has(ch))) continue;
			if (c.ws.bufferedAmount > L.maxBufferedBytes) {
				c.dropped += batch.count;
				mDropped.inc(undefined, batch.count);
				mClientDropped.set({ client: c.id }, c.dropped);
				continue;
			}
			c.ws.send(msg);
			mSent.inc(undefined, batch.count);
			if (c.dropped > c.droppedReported) {
				send(c, { op: 'dropped', count: c.dropped - c.droppedReported, total: c.dropped });
				c.droppedReported = c.dropped;
			}
		}
	};
	const flushAll = (): void => {
		for (const ch of pending.keys()) flush(ch);
	};
	const timer = setInterval(flushAll, L.coalesceMs);

	const unsub: (() => void)[] = [];
	unsub.push(
		hub.onBatch((b: FrameBatch) => {
			if (clients.size === 0) return;
			for (let i = 0; i < b.count; i++) builder(b.channel[i]).pushFrom(b, i);
		}),
		hub.onSession((e: SessionEvent) => {
			// frames of the old session go out before the event that ends it
			flush(e.channel);
			broadcast(e.channel, { op: 'session', channel: e.channel, reason: e.reason, t_us: e.t_us, ...(e.epoch_us !== undefined ? { epoch_us: e.epoch_us } : {}) });
		}),
		hub.onSources((sources: SourceInfo[]) => {
			broadcast(null, { op: 'sources', sources });
			watchStatus();
			watchFaults();
		})
	);

	// --- fault events of every sim source, to everyone on its channel (the markers of the trace and plots)
	const faultUnsub = new Map<number, { source: SimSource; off: () => void }>();
	const watchFaults = (): void => {
		for (const info of hub.sources()) {
			const s = hub.source(info.channel);
			const have = faultUnsub.get(info.channel);
			if (have && have.source === s) continue;
			have?.off();
			faultUnsub.delete(info.channel);
			if (!(s instanceof SimSource)) continue;
			faultUnsub.set(info.channel, {
				source: s,
				off: s.onFaultEvent((e: FaultEvent) => {
					// frames up to the event go out first, so a marker never precedes frames older than it
					flush(info.channel);
					broadcast(info.channel, { op: 'fault-event', channel: info.channel, action: e.action, handle: e.handle, kind: e.kind, label: e.label, t_us: e.t_us });
				})
			});
		}
	};
	watchFaults();

	// --- sim status, ≤ 10/s, only while someone listens
	const statusUnsub = new Map<number, () => void>();
	const watchStatus = (): void => {
		if (clients.size === 0) {
			for (const u of statusUnsub.values()) u();
			statusUnsub.clear();
			return;
		}
		for (const info of hub.sources()) {
			const s = hub.source(info.channel);
			if (!(s instanceof SimSource) || info.state !== 'running' || statusUnsub.has(info.channel)) continue;
			statusUnsub.set(
				info.channel,
				s.onStatus((snapshot) => broadcast(info.channel, { op: 'status', channel: info.channel, snapshot }, true))
			);
		}
	};

	// --- diagnostic testers, one per channel, made on first use (docs/live-protocol.md, `diag`)
	const testers = new Map<number, { source: unknown; backend: DiagBackend; untrace: Promise<() => void> }>();
	const dropTester = (ch: number): void => {
		const t = testers.get(ch);
		if (!t) return;
		testers.delete(ch);
		void t.untrace.then((u) => u()).catch(() => {});
		t.backend.close?.();
	};
	const testerFor = (ch: number): DiagBackend => {
		const s = hub.source(ch)!;
		const have = testers.get(ch);
		if (have && have.source === s) return have.backend;
		dropTester(ch);
		const info = s.describe();
		if (info.state !== 'running') throw new ClientError('cannot_send', `channel ${ch} (${info.kind} ${info.name}) is ${info.state}: no tester on it`);
		let backend: DiagBackend;
		if (s instanceof SimSource) backend = s.diag;
		else if (s.send && info.canSend) backend = new RealtimeDiag({ send: (f) => hub.send(ch, f), onBatch: (fn) => s.onBatch(fn) });
		else throw new ClientError('cannot_send', `channel ${ch} (${info.kind} ${info.name}) cannot send: a tester needs a bus it can write to`);
		const untrace = backend.onTrace((entries) => {
			const text = JSON.stringify({ op: 'diag-trace', channel: ch, entries });
			for (const c of clients) if (c.diagChannels.has(ch) && c.ws.readyState === WebSocket.OPEN) c.ws.send(text);
		});
		untrace.catch(() => {});
		testers.set(ch, { source: s, backend, untrace });
		return backend;
	};

	function send(c: Client, msg: object): void {
		if (c.ws.readyState === WebSocket.OPEN) c.ws.send(JSON.stringify(msg));
	}

	/** To every client (on `channel`, or all when null); `lossy` messages skip clients whose buffer is full. */
	function broadcast(channel: number | null, msg: object, lossy = false): void {
		if (clients.size === 0) return;
		const text = JSON.stringify(msg);
		for (const c of clients) {
			if (c.ws.readyState !== WebSocket.OPEN) continue;
			if (channel !== null && c.channels && !c.channels.has(channel)) continue;
			if (lossy && c.ws.bufferedAmount > L.maxBufferedBytes) continue;
			c.ws.send(text);
		}
	}

	function error(c: Client, code: ErrorCode, message: string, re?: unknown): void {
		mErrors.inc({ kind: code });
		send(c, { op: 'error', code, message, ...(re !== undefined ? { re } : {}) });
	}

	// --- client messages
	const channelOf = (v: unknown): number => {
		if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 255) throw new ClientError('bad_message', `channel must be an integer 0..255 (got ${JSON.stringify(v)})`);
		if (!hub.source(v as number)) throw new ClientError('unknown_channel', `no channel ${v} (channels: ${hub.sources().map((s) => s.channel).join(', ') || 'none'})`);
		return v as number;
	};

	const needAuth = (c: Client, what: string): void => {
		if (!c.authed) throw new ClientError('unauthorized', `${what} needs the token: send {"op":"auth","token":"..."} first`);
	};

	const sendFrames = (c: Client, channelFor: (i: number) => number, frames: CanFrameOut[]): void => {
		for (let i = 0; i < frames.length; i++) {
			const p = frameProblem(frames[i]);
			if (p) throw new ClientError('bad_frame', `frame ${i}: ${p}`);
		}
		const chans = new Set(frames.map((_, i) => channelFor(i)));
		for (const ch of chans) {
			const info = hub.sources().find((s) => s.channel === ch);
			if (!info) throw new ClientError('unknown_channel', `no channel ${ch}`);
			if (info.state !== 'running' || !info.canSend)
				throw new ClientError('cannot_send', `channel ${ch} (${info.kind} ${info.name}) cannot send${info.state !== 'running' ? `: it is ${info.state}` : ''}`);
		}
		if (!c.frames.take(frames.length)) throw new ClientError('rate_limited', `more than ${L.framesPerSecond} frames a second; slow down`);
		for (let i = 0; i < frames.length; i++) {
			try {
				hub.send(channelFor(i), frames[i]);
			} catch (e) {
				if (e instanceof HubError) throw new ClientError(e.code, `frame ${i}: ${e.message}`);
				if (e instanceof RangeError) throw new ClientError('bad_frame', `frame ${i}: ${e.message}`);
				throw e;
			}
		}
	};

	const parseJsonFrame = (f: unknown, i: number): CanFrameOut => {
		const bad = (why: string): never => {
			throw new ClientError('bad_frame', `frame ${i}: ${why}`);
		};
		if (typeof f !== 'object' || f === null || Array.isArray(f)) bad('must be an object {id, flags?, data}');
		const r = f as Record<string, unknown>;
		if (!Number.isInteger(r.id) || (r.id as number) < 0) bad(`id must be a non-negative integer (got ${JSON.stringify(r.id)})`);
		const flags = r.flags ?? 0;
		if (!Number.isInteger(flags) || (flags as number) < 0 || (flags as number) > 255) bad(`flags must be an integer 0..255 (got ${JSON.stringify(r.flags)})`);
		const hex = r.data ?? '';
		if (typeof hex !== 'string') bad(`data must be a hex string (got ${JSON.stringify(r.data)})`);
		const h = hex as string;
		if (!/^[0-9a-fA-F]*$/.test(h)) bad(`data '${h.length > 40 ? h.slice(0, 40) + '…' : h}' is not hex`);
		if (h.length % 2) bad(`data '${h}' has an odd number of hex digits`);
		const data = new Uint8Array(h.length / 2);
		for (let k = 0; k < data.length; k++) data[k] = parseInt(h.substr(k * 2, 2), 16);
		const fl = flags as number;
		if (!(fl & FLAG_FD) && data.length > 8) bad(`${data.length} data bytes on a classic frame (at most 8; set the FD flag for more)`);
		if (fl & FLAG_FD && ![0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64].includes(data.length))
			bad(`${data.length} data bytes is not a CAN FD length (0..8, 12, 16, 20, 24, 32, 48, 64)`);
		let dlc = lenToDlc(data.length);
		if (fl & FLAG_RTR) {
			if (data.length) bad('a remote frame (RTR) carries no data; give its length as dlc');
			dlc = r.dlc === undefined ? 0 : (r.dlc as number);
			if (!Number.isInteger(dlc) || dlc < 0 || dlc > 8) bad(`dlc of a remote frame must be 0..8 (got ${JSON.stringify(r.dlc)})`);
		}
		return { id: r.id as number, flags: fl, dlc, data };
	};

	async function onJson(c: Client, text: string): Promise<void> {
		let msg: unknown;
		try {
			msg = JSON.parse(text);
		} catch (e) {
			return error(c, 'bad_json', `not JSON: ${(e as Error).message}`);
		}
		if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return error(c, 'bad_message', 'a message must be a JSON object with "op"');
		const r = msg as Record<string, unknown>;
		const re = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : undefined;
		if (r.id !== undefined && re === undefined) return error(c, 'bad_message', '"id" must be a string or a number');
		try {
			if (typeof r.op !== 'string') throw new ClientError('bad_message', 'a message must have a string "op"');
			switch (r.op) {
				case 'ping':
					return send(c, { op: 'pong', re });
				case 'auth': {
					if (typeof r.token !== 'string') throw new ClientError('bad_message', 'auth needs "token": a string');
					// hashes have equal length, so timingSafeEqual compares without leaking where they differ
					if (!timingSafeEqual(sha256(r.token), tokenHash)) {
						c.authed = false;
						throw new ClientError('unauthorized', 'wrong token');
					}
					c.authed = true;
					return send(c, { op: 'auth', re, ok: true, canWrite: true });
				}
				case 'subscribe': {
					if (r.channels === undefined || r.channels === null) c.channels = null;
					else {
						if (!Array.isArray(r.channels)) throw new ClientError('bad_message', 'subscribe needs "channels": an array of channel numbers (or null for all)');
						c.channels = new Set(r.channels.map(channelOf));
					}
					return send(c, { op: 'ok', re });
				}
				case 'send': {
					needAuth(c, 'send');
					const ch = channelOf(r.channel);
					if (!Array.isArray(r.frames) || r.frames.length === 0) throw new ClientError('bad_message', 'send needs "frames": a non-empty array of {id, flags?, data}');
					const frames = r.frames.map(parseJsonFrame);
					sendFrames(c, () => ch, frames);
					return send(c, { op: 'ok', re });
				}
				case 'sim': {
					needAuth(c, 'sim');
					const ch = channelOf(r.channel);
					const s = hub.source(ch);
					if (!(s instanceof SimSource)) throw new ClientError('bad_message', `channel ${ch} is a ${s?.kind} source; sim commands need a sim source`);
					if (typeof r.cmd !== 'string' || !(SIM_COMMANDS as readonly string[]).includes(r.cmd))
						throw new ClientError('bad_message', `sim "cmd" must be one of ${SIM_COMMANDS.join(', ')} (got ${JSON.stringify(r.cmd)})`);
					try {
						await s.control(r.cmd, r.args);
					} catch (e) {
						if (e instanceof SimCommandError) throw new ClientError('bad_message', e.message);
						throw new ClientError('failed', `sim ${r.cmd} on channel ${ch}: ${(e as Error).message}`);
					}
					return send(c, { op: 'ok', re });
				}
				case 'fault': {
					needAuth(c, 'fault');
					const ch = channelOf(r.channel);
					const s = hub.source(ch);
					if (!(s instanceof SimSource)) throw new ClientError('bad_message', `channel ${ch} is a ${s?.kind} source; faults can only be injected into a sim source`);
					let out: Awaited<ReturnType<SimSource['fault']>>;
					try {
						out = await s.fault(r.action, r.spec, r.handle);
					} catch (e) {
						if (e instanceof SimCommandError) throw new ClientError('bad_message', e.message);
						throw new ClientError('failed', `fault ${String(r.action)} on channel ${ch}: ${(e as Error).message}`);
					}
					return send(c, { op: 'fault', re, channel: ch, action: r.action, ...(out.handle !== undefined ? { handle: out.handle } : {}), active: out.active });
				}
				case 'diag': {
					needAuth(c, 'diag');
					const ch = channelOf(r.channel);
					let q: ReturnType<typeof checkDiag>;
					try {
						q = checkDiag(r.cmd, r.args);
					} catch (e) {
						if (e instanceof DiagArgError) throw new ClientError('bad_message', e.message);
						throw e;
					}
					const backend = testerFor(ch);
					c.diagChannels.add(ch);
					let result: unknown;
					try {
						result = await backend.call(q.cmd, q.args);
					} catch (e) {
						throw new ClientError('failed', `diag ${q.cmd} on channel ${ch}: ${(e as Error).message}`);
					}
					return send(c, { op: 'diag', re, channel: ch, cmd: q.cmd, result: result ?? null });
				}
				default:
					throw new ClientError('unknown_op', `unknown op '${String(r.op).slice(0, 40)}' (known: auth, send, sim, fault, diag, subscribe, ping)`);
			}
		} catch (e) {
			if (e instanceof ClientError) return error(c, e.code, e.message, re);
			return error(c, 'failed', (e as Error).message ?? String(e), re);
		}
	}

	function onBinary(c: Client, buf: Buffer): void {
		try {
			needAuth(c, 'sending frames');
			const op = buf[0];
			if (op !== OP_SEND) throw new ClientError('bad_message', `binary message opcode 0x${(op ?? 0).toString(16).padStart(2, '0')}: clients send 0x02 (frames to send)`);
			let b: FrameBatch;
			try {
				b = decodeBatch(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), OP_SEND);
			} catch (e) {
				if (e instanceof WireError) throw new ClientError('bad_message', e.message);
				throw e;
			}
			if (b.count === 0) return;
			const frames: CanFrameOut[] = [];
			for (let i = 0; i < b.count; i++) frames.push({ id: b.id[i], flags: b.flags[i], dlc: b.dlc[i], data: frameData(b, i).slice() });
			sendFrames(c, (i) => b.channel[i], frames);
		} catch (e) {
			if (e instanceof ClientError) error(c, e.code, e.message);
			else error(c, 'failed', (e as Error).message ?? String(e));
		}
	}

	function onMessage(c: Client, data: RawData, isBinary: boolean): void {
		const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
		if (!c.messages.take(1)) {
			const now = performance.now();
			// one notice per quarter second: answering every message of a flood would be a flood
			if (now - c.lastRateError > 250) {
				c.lastRateError = now;
				error(c, 'rate_limited', `more than ${L.messagesPerSecond} messages a second; messages are being dropped`);
			} else mErrors.inc({ kind: 'rate_limited' });
			return;
		}
		if (buf.byteLength > L.maxMessageBytes) return error(c, 'too_large', `message of ${buf.byteLength} bytes is larger than ${L.maxMessageBytes}`);
		if (isBinary) onBinary(c, buf);
		else void onJson(c, buf.toString('utf8'));
	}

	wss.on('connection', (ws: WebSocket) => {
		const c: Client = {
			id: nextId++,
			ws,
			authed: false,
			channels: null,
			dropped: 0,
			droppedReported: 0,
			messages: new Bucket(L.messagesPerSecond),
			frames: new Bucket(L.framesPerSecond),
			lastRateError: -Infinity,
			diagChannels: new Set()
		};
		clients.add(c);
		mClients.set(undefined, clients.size);
		ws.on('error', () => {
			// a protocol violation (oversized frame, bad UTF-8): ws closes the socket itself
			mErrors.inc({ kind: 'ws_protocol' });
		});
		ws.on('close', () => {
			clients.delete(c);
			mClients.set(undefined, clients.size);
			mClientDropped.remove({ client: c.id });
			watchStatus();
		});
		ws.on('message', (data, isBinary) => {
			try {
				onMessage(c, data, isBinary);
			} catch (e) {
				error(c, 'failed', (e as Error).message ?? String(e));
			}
		});
		send(c, { op: 'hello', v: PROTOCOL_VERSION, server: 'zonebench', version: o.version, sources: hub.sources(), canWrite: false });
		watchStatus();
	});

	return {
		handleUpgrade(req, socket, head) {
			socket.on('error', () => socket.destroy());
			const reject = (status: number, text: string): void => {
				mErrors.inc({ kind: 'ws_rejected' });
				socket.end(`HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Bad Request'}\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
			};
			const origin = req.headers.origin;
			if (!originAllowed(origin, req.headers.host, o.port(), o.origins))
				return reject(403, `origin ${origin} is not allowed (add it to ZB_ORIGINS)\n`);
			const offered = req.headers['sec-websocket-protocol'];
			if (offered !== undefined && !offered.split(',').some((p) => p.trim() === LIVE_PROTOCOL))
				return reject(400, `subprotocol ${LIVE_PROTOCOL} required (offered: ${offered})\n`);
			wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
		},
		clientCount: () => clients.size,
		async close() {
			clearInterval(timer);
			for (const ch of [...testers.keys()]) dropTester(ch);
			for (const u of unsub.splice(0)) u();
			for (const u of statusUnsub.values()) u();
			statusUnsub.clear();
			for (const f of faultUnsub.values()) f.off();
			faultUnsub.clear();
			const open = [...clients];
			for (const c of open) c.ws.close(1001, 'server shutting down');
			// a client that does not read never completes the closing handshake: give up on it after 1 s
			await Promise.race([
				Promise.all(open.map((c) => new Promise<void>((r) => (c.ws.readyState === WebSocket.CLOSED ? r() : c.ws.once('close', () => r()))))),
				new Promise((r) => setTimeout(r, 1000).unref())
			]);
			for (const c of clients) c.ws.terminate();
			await new Promise<void>((r) => wss.close(() => r()));
		}
	};
}
