import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EcuIdentity, Outcome } from '../src/lib/diag/client';
import type { TraceEntry } from '../src/lib/diag/tester';
import { startServer, type ZbServer } from './app';
import { loadConfig } from './config';
import { RealtimeDiag } from './diag';
import { MetricsRegistry } from './metrics';
import { connectLive, type Json, type LiveTestClient } from './test-client';

// A real server: channel 0 the simulation in a worker_thread (real wasm ECUs, paced to real time), channel 1
// a replay of a three-line log (it cannot send, so it can have no tester).
const TOKEN = 'diag-token-0123456789abcdef';
const VIN = 'ZBV1SVM0000000001';
let dir: string;
let server: ZbServer;
let c: LiveTestClient;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'zb-diag-'));
	writeFileSync(join(dir, 'tiny.log'), ['(1700000000.000000) vcan0 100#00', '(1700000000.010000) vcan0 100#01', '(1700000000.020000) vcan0 100#02', ''].join('\n'));
	const config = loadConfig({ ZB_PORT: '0', ZB_CAN: `sim,replay:${join(dir, 'tiny.log')}`, ZB_DATA: dir, ZB_TOKEN: TOKEN });
	server = await startServer(config, { web: false, services: false, metrics: new MetricsRegistry() });
	c = await connectLive(server.port);
	await c.waitJson((m) => m.op === 'hello');
}, 60_000);

afterAll(async () => {
	await c?.close();
	await server?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const diag = (cmd: string, args?: unknown[], channel = 0): Promise<Json> => c.request({ op: 'diag', channel, cmd, args }, 60_000);

describe('the live tester: {op:"diag"} on the server’s simulated vehicle', () => {
	it('refuses without the token, and writes nothing to the bus', async () => {
		const r = await diag('readDid', [0x7e0, 0xf190]);
		expect(r).toMatchObject({ op: 'error', code: 'unauthorized' });
		expect(String(r.message)).toContain('diag needs the token');
		// the refused request put nothing on the bus: no 0x7E0 frame came back in the stream
		const sent = c.batches.some((b) => Array.from(b.id.subarray(0, b.count)).includes(0x7e0));
		expect(sent).toBe(false);
	});

	it('scans, reads the VIN and reads DTCs with the token; the trace streams as diag-trace', async () => {
		expect(await c.request({ op: 'auth', token: TOKEN })).toMatchObject({ op: 'auth', ok: true });
		const scan = await diag('scan');
		expect(scan.op).toBe('diag');
		const s = scan.result as Outcome<EcuIdentity[]>;
		expect(s.ok).toBe(true);
		expect(s.value!.map((e) => e.name).sort()).toEqual(['bcm', 'cvc', 'fzc', 'icu', 'rzc', 'sc', 'tcu']);
		expect(s.value!.find((e) => e.name === 'tcu')!.software).toBe('TCU 1.0.0');

		const vin = (await diag('readDid', [0x7e0, 0xf190])).result as Outcome<{ value: string; name: string }>;
		expect(vin.ok).toBe(true);
		expect(vin.value).toMatchObject({ value: VIN });

		const dtcs = (await diag('readDtcs', [0x7e5, 0xff])).result as Outcome<{ availability: number; dtcs: unknown[] }>;
		expect(dtcs.ok).toBe(true);
		expect(dtcs.value!.availability).toBeGreaterThan(0);
		expect(Array.isArray(dtcs.value!.dtcs)).toBe(true);

		// the frames of the VIN read, as the worker's tester saw them on virtual time: FF from the CVC, our FC
		const trace = c.json.filter((m) => m.op === 'diag-trace' && m.channel === 0).flatMap((m) => m.entries as TraceEntry[]);
		expect(trace.some((e) => e.dir === 'tx' && e.id === 0x7e0 && e.note.includes('FC'))).toBe(true);
		expect(trace.some((e) => e.dir === 'rx' && e.id === 0x7e8 && e.data?.[0] === 0x10 && e.data?.[1] === 20)).toBe(true);
		// the tester's frames went out on the server's bus: every client sees them in the stream
		const seen = c.batches.some((b) => Array.from(b.id.subarray(0, b.count)).includes(0x7e0));
		expect(seen).toBe(true);
	}, 60_000);

	it('names the NRC of 0x19 0x06 (the ECUs keep no extended data records)', async () => {
		const r = (await diag('extendedData', [0x7e5, 0xc10087, 0xff])).result as Outcome<unknown>;
		expect(r.ok).toBe(false);
		expect(r.nrc).toBe(0x12);
		expect(r.error).toBe('NRC 0x12 subFunctionNotSupported');
	});

	it('refuses bad arguments by name and stays up', async () => {
		expect(await diag('readDid', [0x7e0, 'F190'])).toMatchObject({ op: 'error', code: 'bad_message', message: 'diag readDid: argument 1 (did) must be an integer 0..65535 (got "F190")' });
		expect(await diag('readDid', [0x123, 0xf190])).toMatchObject({ code: 'bad_message' });
		expect(await diag('raw', [0x7e0, []])).toMatchObject({ code: 'bad_message' });
		expect(await diag('format', [])).toMatchObject({ code: 'bad_message' });
		expect(await c.request({ op: 'diag', channel: 0, cmd: 'scan', args: { target: 1 } })).toMatchObject({ code: 'bad_message' });
		expect(await diag('scan', [], 9)).toMatchObject({ code: 'unknown_channel' });
		const replay = await diag('readDid', [0x7e0, 0xf190], 1);
		expect(replay).toMatchObject({ code: 'cannot_send' });
		expect(String(replay.message)).toContain('replay');
		// a request that is valid JSON but not ISO-TP-able: too long for a functional single frame
		const raw = (await diag('raw', [0x7df, [0x22, 1, 2, 3, 4, 5, 6, 7]])) as Json;
		expect(raw).toMatchObject({ op: 'error', code: 'failed' });
		expect(String(raw.message)).toContain('single frame');
		expect(await c.request({ op: 'ping' })).toMatchObject({ op: 'pong' });
	});
});

describe('the real-time tester (what a socketcan channel gets), on the same bus through the source’s send/onBatch', () => {
	it('reads the VIN (a multi-frame answer) and writes it back (a multi-frame request) on the wall clock', async () => {
		const src = server.hub.source(0)!;
		const rt = new RealtimeDiag({ send: (f) => server.hub.send(0, f), onBatch: (fn) => src.onBatch(fn) });
		try {
			const read = (await rt.call('readDid', [0x7e0, 0xf190])) as Outcome<{ value: string }>;
			expect(read.error).toBeNull();
			expect(read.value!.value).toBe(VIN);
			const x = read.exchanges[0];
			// wall-clock µs: the answer took at least the bus time of FF + FC + 2 CF, and under P2 + N_Cr
			expect(x.t_end - x.t_start).toBeGreaterThan(500);
			expect(x.t_end - x.t_start).toBeLessThan(1_150_000);
			expect(((await rt.call('session', [0x7e0, 3])) as Outcome).ok).toBe(true);
			expect(((await rt.call('unlock', [0x7e0, 1])) as Outcome).ok).toBe(true);
			const w = (await rt.call('writeDid', [0x7e0, 0xf190, VIN, false])) as Outcome;
			expect(w.error).toBeNull();
			const nrc = (await rt.call('raw', [0x7e0, [0x10, 0x04]])) as Outcome<{ text: string }[]>;
			expect(nrc.value![0].text).toBe('negative response to DiagnosticSessionControl: NRC 0x12 subFunctionNotSupported');
		} finally {
			await rt.call('session', [0x7e0, 1]).catch(() => {});
			rt.close();
		}
	}, 60_000);
});
