/**
 * Debian's Caddy in front of the real server (docs/Caddyfile, TLS from Caddy's internal CA): `/healthz` over
 * https trusting only that CA, and a `wss://` client of `/api/live` that receives FrameBatches and, with the
 * token, sends a UDS request the simulated CVC answers. The Origin check sees the name the browser used,
 * because Caddy keeps the Host header: the proxied origin is accepted, a foreign one still refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { frameData, type FrameBatch } from '../../src/lib/can/frame';
import { decodeBatch } from '../../src/lib/can/wire';
import { startServer, type ZbServer } from '../../server/app';
import { loadConfig } from '../../server/config';
import { LIVE_PROTOCOL } from '../../server/live';
import { MetricsRegistry } from '../../server/metrics';
import { caddyMissing, httpsGet, startCaddy, type Caddy } from './caddy';

const TOKEN = 'caddy-test-token-012345';
if (caddyMissing) console.log(`Caddy tests skipped: ${caddyMissing}`);

/** A wss:// client trusting only Caddy's root CA; resolves once open, or with the HTTP status it got. */
function wss(caddy: Caddy, origin: string): Promise<{ ws: WebSocket; json: Record<string, unknown>[]; batches: FrameBatch[] } | { status: number }> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`wss://localhost:${caddy.port}/api/live`, [LIVE_PROTOCOL], { ca: caddy.rootCA, origin });
		const json: Record<string, unknown>[] = [];
		const batches: FrameBatch[] = [];
		ws.on('message', (d: Buffer, bin) => {
			if (bin) batches.push(decodeBatch(new Uint8Array(d.buffer, d.byteOffset, d.byteLength)));
			else json.push(JSON.parse(d.toString('utf8')));
		});
		ws.once('open', () => resolve({ ws, json, batches }));
		ws.once('unexpected-response', (_q, res) => resolve({ status: res.statusCode ?? 0 }));
		ws.once('error', reject);
	});
}

const until = async (what: string, ok: () => boolean, ms = 10_000): Promise<void> => {
	const end = Date.now() + ms;
	while (!ok()) {
		if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
		await new Promise((r) => setTimeout(r, 50));
	}
};

describe.skipIf(caddyMissing !== null)('Caddy (docs/Caddyfile, tls internal) in front of the real server', () => {
	let dir: string;
	let server: ZbServer;
	let caddy: Caddy;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'zb-caddy-srv-'));
		server = await startServer(loadConfig({ ZB_PORT: '0', ZB_CAN: 'sim', ZB_DATA: dir, ZB_TOKEN: TOKEN, ZB_MQTT_PORT: '0' }), { web: false, metrics: new MetricsRegistry() });
		caddy = await startCaddy(server.port);
	}, 60_000);
	afterAll(async () => {
		await caddy?.stop();
		await server?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('/healthz over https, the certificate checked against Caddy’s root CA (pki/authorities/local/root.crt)', async () => {
		const r = await httpsGet(`${caddy.url}/healthz`, caddy.rootCA);
		expect(r.status).toBe(200);
		expect(r.headers.server).toBe('Caddy');
		const h = JSON.parse(r.body) as { ok: boolean; sources: { kind: string; state: string }[] };
		expect(h.ok).toBe(true);
		expect(h.sources[0]).toMatchObject({ kind: 'sim', state: 'running' });
		// a client that does not trust that CA is refused by TLS itself
		await expect(httpsGet(`${caddy.url}/healthz`, '')).rejects.toThrow(/certificate|self.signed|issuer/i);
	});

	it('wss:// /api/live through Caddy: FrameBatches arrive; auth + send puts a UDS request on the bus and the CVC answers', async () => {
		const c = await wss(caddy, caddy.url);
		if ('status' in c) throw new Error(`upgrade refused through Caddy: HTTP ${c.status}`);
		try {
			await until('hello', () => c.json.some((m) => m.op === 'hello'));
			await until('100 frames', () => c.batches.reduce((n, b) => n + b.count, 0) > 100);
			c.ws.send(JSON.stringify({ op: 'send', id: 1, channel: 0, frames: [{ id: 0x7e0, data: '0210030000000000' }] }));
			await until('the refusal', () => c.json.some((m) => m.re === 1));
			expect(c.json.find((m) => m.re === 1)).toMatchObject({ op: 'error', code: 'unauthorized' });
			c.ws.send(JSON.stringify({ op: 'auth', id: 2, token: TOKEN }));
			await until('auth', () => c.json.some((m) => m.re === 2));
			expect(c.json.find((m) => m.re === 2)).toMatchObject({ op: 'auth', ok: true, canWrite: true });
			c.ws.send(JSON.stringify({ op: 'send', id: 3, channel: 0, frames: [{ id: 0x7e0, data: '0210030000000000' }] }));
			await until('ok', () => c.json.some((m) => m.re === 3));
			expect(c.json.find((m) => m.re === 3)).toMatchObject({ op: 'ok' });
			const answer = (): string | undefined => {
				for (const b of c.batches) for (let i = 0; i < b.count; i++) if (b.id[i] === 0x7e8) return Buffer.from(frameData(b, i)).toString('hex');
			};
			await until('the CVC’s 0x7E8 answer', () => answer() !== undefined);
			expect(answer()).toMatch(/^06500300/);
		} finally {
			c.ws.close();
		}
	});

	it('the Origin check behind Caddy: the proxied origin is accepted, a foreign page gets 403', async () => {
		const foreign = await wss(caddy, 'https://evil.example');
		expect(foreign).toEqual({ status: 403 });
		const ok = await wss(caddy, `https://localhost:${caddy.port}`);
		expect('ws' in ok).toBe(true);
		if ('ws' in ok) ok.ws.close();
	});
});
