/**
 * Test helper: a real `ws` client of `/api/live` that keeps every message it got, decoded, and can wait
 * for one. Used by the server's specs (and handy from a REPL); not part of the server.
 */
import { WebSocket } from 'ws';
import type { FrameBatch } from '../src/lib/can/frame';
import { decodeBatch } from '../src/lib/can/wire';
import { LIVE_PATH, LIVE_PROTOCOL } from './live';

export type Json = Record<string, unknown> & { op: string };

export interface LiveTestClient {
	ws: WebSocket;
	json: Json[];
	batches: FrameBatch[];
	/** Every message in arrival order (JSON objects and decoded batches). */
	log: (Json | FrameBatch)[];
	/** Resolves with the first message (already received or future) that matches. */
	waitJson(pred: (m: Json) => boolean, timeoutMs?: number): Promise<Json>;
	/** Sends a JSON message with a fresh `id` and resolves with the reply carrying `re: id`. */
	request(msg: Record<string, unknown>, timeoutMs?: number): Promise<Json>;
	close(): Promise<void>;
}

let ids = 0;

export function connectLive(port: number, opts: { origin?: string; protocol?: string | null } = {}): Promise<LiveTestClient> {
	const protocol = opts.protocol === undefined ? LIVE_PROTOCOL : opts.protocol;
	const ws = new WebSocket(`ws://127.0.0.1:${port}${LIVE_PATH}`, protocol ? [protocol] : [], opts.origin ? { origin: opts.origin } : {});
	const json: Json[] = [];
	const batches: FrameBatch[] = [];
	const log: (Json | FrameBatch)[] = [];
	const waiters = new Set<() => void>();
	ws.on('message', (data, isBinary) => {
		const buf = data as Buffer;
		if (isBinary) {
			const b = decodeBatch(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
			batches.push(b);
			log.push(b);
		} else {
			const m = JSON.parse(buf.toString('utf8')) as Json;
			json.push(m);
			log.push(m);
		}
		for (const w of [...waiters]) w();
	});
	const client: LiveTestClient = {
		ws,
		json,
		batches,
		log,
		waitJson(pred, timeoutMs = 10_000) {
			return new Promise((resolve, reject) => {
				const check = (): boolean => {
					const m = json.find(pred);
					if (m) {
						waiters.delete(check);
						clearTimeout(t);
						resolve(m);
						return true;
					}
					return false;
				};
				const t = setTimeout(() => {
					waiters.delete(check);
					reject(new Error(`no matching message in ${timeoutMs} ms; got ops: ${json.map((m) => m.op).join(' ')}`));
				}, timeoutMs);
				if (!check()) waiters.add(check);
			});
		},
		request(msg, timeoutMs) {
			const id = `r${++ids}`;
			ws.send(JSON.stringify({ ...msg, id }));
			return client.waitJson((m) => m.re === id, timeoutMs);
		},
		close() {
			return new Promise((r) => {
				if (ws.readyState === WebSocket.CLOSED) return r();
				ws.once('close', () => r());
				ws.close();
			});
		}
	};
	return new Promise((resolve, reject) => {
		ws.once('open', () => resolve(client));
		ws.once('error', reject);
		ws.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode })));
	});
}
