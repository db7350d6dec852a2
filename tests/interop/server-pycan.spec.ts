/**
 * Debian's python-can (python3-can 4.1) against the REAL live server: `startServer` with `ZB_CAN=sim` (the
 * simulation in a worker_thread, the seven wasm ECUs), its socketcand server and a read-write slcan listener
 * on free ports, exactly as `npm start` wires them (server/services.ts). A WebSocket client of the same
 * server is the reference: python-can must read the frames it reads, in the same order, on the same time base.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameData } from '../../src/lib/can/frame';
import { startServer, type ZbServer } from '../../server/app';
import { loadConfig } from '../../server/config';
import { MetricsRegistry } from '../../server/metrics';
import { connectLive, type LiveTestClient } from '../../server/test-client';

const PY = '/usr/bin/python3';
const CLIENT = join(import.meta.dirname, 'pycan_client.py');
const TOKEN = 'server-pycan-token-0123';

interface PyResult {
	frames: [number, number, string][];
	uds: string | null;
	warnings: string[];
	error?: string;
}

const pycan = (args: string[]): Promise<PyResult> =>
	new Promise((resolve, reject) =>
		execFile(PY, [CLIENT, ...args], { timeout: 30_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
			try {
				resolve(JSON.parse(stdout) as PyResult);
			} catch {
				reject(new Error(`python-can client printed no JSON (${err?.message ?? 'exit 0'}): ${stdout}\n${stderr}`));
			}
		})
	);

const pythonCan = existsSync(PY)
	? await new Promise<string | null>((res) => execFile(PY, ['-c', 'import can, serial'], (e) => res(e ? `python3-can or python3-serial missing: ${e.message}` : null)))
	: `${PY} not found`;
if (pythonCan) console.log(`python-can against the server skipped: ${pythonCan} (run .ci/setup)`);

const hex = (d: Uint8Array): string => Buffer.from(d).toString('hex');
/** Every channel-0 frame a WebSocket client received, in order. */
const wsFrames = (c: LiveTestClient): { t_us: number; id: number; data: string }[] =>
	c.batches.flatMap((b) => Array.from({ length: b.count }, (_, i) => ({ t_us: b.t_us[i], id: b.id[i], data: hex(frameData(b, i)), ch: b.channel[i] })).filter((f) => f.ch === 0));

describe.skipIf(pythonCan !== null)('python-can against the real server (ZB_CAN=sim, socketcand and slcan from services.ts)', () => {
	let dir: string;
	let server: ZbServer;
	let scdPort: number;
	let slcanPort: number;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'zb-srv-pycan-'));
		const config = loadConfig({ ZB_PORT: '0', ZB_CAN: 'sim', ZB_DATA: dir, ZB_TOKEN: TOKEN, ZB_SOCKETCAND: '0', ZB_SLCAN: '0:0:rw', ZB_MQTT_PORT: '0' });
		server = await startServer(config, { web: false, metrics: new MetricsRegistry() });
		const health = (await (await fetch(`${server.url}/healthz`)).json()) as { services: { socketcand: { state: string; port: number }; slcan: { port: number; writable: boolean }[] } };
		expect(health.services.socketcand.state).toBe('running');
		expect(health.services.slcan[0].writable).toBe(true);
		scdPort = health.services.socketcand.port;
		slcanPort = health.services.slcan[0].port;
	}, 60_000);
	afterAll(async () => {
		await server?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('socketcand: the frames a WebSocket client of the same server got, same order and time base; UDS 0x7E0 → CVC answer on 0x7E8', async () => {
		const ws = await connectLive(server.port);
		try {
			await new Promise((r) => setTimeout(r, 300)); // the WebSocket's stream is running before python-can's window opens
			const r = await pycan(['--interface', 'socketcand', '--channel', `sim@${TOKEN}`, '--port', String(scdPort), '--read', '1.5', '--uds']);
			await new Promise((r) => setTimeout(r, 200)); // the WebSocket's last coalesced batch (15 ms) arrives
			expect(r.error).toBeUndefined();
			expect(r.uds, 'the CVC firmware’s positive answer to DiagnosticSessionControl(extended)').toMatch(/^06500300/);

			const ref = wsFrames(ws);
			const ids = new Set(r.frames.map((f) => f[1]));
			for (const id of [0x100, 0x101, 0x010, 0x011, 0x012, 0x014, 0x015, 0x016]) expect(ids, `0x${id.toString(16)} read by python-can`).toContain(id);
			expect(r.frames.length).toBeGreaterThan(200);
			// the request python-can sent came back in the WebSocket stream too (TX of the bench node), and the answer
			expect(ref.some((f) => f.id === 0x7e0 && f.data.startsWith('021003'))).toBe(true);
			expect(ref.some((f) => f.id === 0x7e8 && f.data === r.uds)).toBe(true);

			// python-can's frames are a run of the WebSocket's: same IDs and payloads in the same order, and its
			// wall-clock timestamps are the sim's t_us plus one constant offset (socketcand carries µs)
			// (a periodic frame repeats its payload: the first frame's occurrence is the one most others agree with)
			const same = (i: number, f: [number, number, string]): boolean => ref[i].id === f[1] && ref[i].data === f[2];
			const offsets = ref.flatMap((f, i) => (same(i, r.frames[0]) ? [r.frames[0][0] * 1e6 - f.t_us] : []));
			expect(offsets.length, 'python-can’s first frame is in the WebSocket stream').toBeGreaterThan(0);
			const agree = (off: number): number => r.frames.filter((f) => ref.some((g) => g.id === f[1] && g.data === f[2] && Math.abs(f[0] * 1e6 - g.t_us - off) < 5)).length;
			const offset = offsets.reduce((a, b) => (agree(b) > agree(a) ? b : a));
			let k = 0;
			let first = -1;
			for (const f of r.frames) {
				while (k < ref.length && !(same(k, f) && Math.abs(f[0] * 1e6 - ref[k].t_us - offset) < 5)) k++;
				expect(k, `0x${f[1].toString(16)} ${f[2]} at ${f[0]} in the WebSocket stream, in order, at its time`).toBeLessThan(ref.length);
				if (first < 0) first = k;
				k++;
			}
			expect(k - first).toBe(r.frames.length);
		} finally {
			await ws.close();
		}
	});

	it('slcan (socket://): reads the bus and the same UDS exchange gets the CVC’s answer', async () => {
		const r = await pycan(['--interface', 'slcan', '--port', String(slcanPort), '--read', '0.5', '--uds']);
		expect(r.error).toBeUndefined();
		expect(new Set(r.frames.map((f) => f[1]))).toContain(0x100);
		expect(r.uds).toMatch(/^06500300/);
	});

	it('without the token a socketcand send is refused and the CVC does not answer', async () => {
		const r = await pycan(['--interface', 'socketcand', '--channel', 'sim', '--port', String(scdPort), '--read', '0.2', '--uds', '--wait', '1']);
		expect(r.uds).toBeNull();
		expect(r.warnings.join('\n')).toContain('read-only');
	});
});
