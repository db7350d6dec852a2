import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { formatCandumpLine } from '../src/lib/can/candump';
import { FLAG_EXT, frameData, type FrameBatch } from '../src/lib/can/frame';
import { encodeBatch } from '../src/lib/can/wire';
import { loadEcuImages } from '../src/lib/sim/load-node';
import { FloodGenerator } from '../src/lib/sim/bench/flood';
import { Simulation } from '../src/lib/sim/simulation';
import { startServer, type ZbServer } from './app';
import { loadConfig } from './config';
import { LIVE_PROTOCOL } from './live';
import { MetricsRegistry } from './metrics';
import { connectLive, type LiveTestClient } from './test-client';

// One real server for the whole file: channel 0 the simulation in a worker_thread, channel 1 a replay of
// a log the real simulation wrote just now, channel 2 a dense replay (a flooded bus played 15x faster) that
// fills a stalled client's socket quickly.
const TOKEN = 'test-token-0123456789abcdef';
let dir: string;
let server: ZbServer;
let logFrames = 0;
let denseIds: number[] = [];

/** Runs the real simulation for `ms` of virtual time and writes what the bus carried as a candump -L log. */
async function writeLog(file: string, ms: number, opts: { flood?: boolean; timeScale?: number } = {}): Promise<number[]> {
	const sim = await Simulation.create({ seed: 3, profile: 'city' }, await loadEcuImages());
	if (opts.flood) sim.addParticipant(new FloodGenerator({}));
	const lines: string[] = [];
	const ids: number[] = [];
	const scale = opts.timeScale ?? 1;
	sim.on('frame', (t, id, flags, dlc, data, offset) => {
		ids.push(id);
		lines.push(formatCandumpLine(1_700_000_000_000_000 + Math.round(t / scale), 'vcan0', id, flags, dlc, data, offset));
	});
	sim.step(ms);
	writeFileSync(file, lines.join('\n') + '\n');
	return ids;
}

const channelFrames = (c: LiveTestClient, ch: number): { t: number; id: number; data: Uint8Array }[] => {
	const out: { t: number; id: number; data: Uint8Array }[] = [];
	for (const b of c.batches) for (let i = 0; i < b.count; i++) if (b.channel[i] === ch) out.push({ t: b.t_us[i], id: b.id[i], data: frameData(b, i) });
	return out;
};

/** The frame times of channel `ch` cut at its session events, in arrival order (one socket keeps the order). */
const sessionRuns = (c: LiveTestClient, ch: number): number[][] => {
	const runs: number[][] = [[]];
	for (const m of c.log) {
		if ('count' in m) {
			const b = m as FrameBatch;
			for (let i = 0; i < b.count; i++) if (b.channel[i] === ch) runs[runs.length - 1].push(b.t_us[i]);
		} else if ((m as { op?: string; channel?: number }).op === 'session' && (m as { channel?: number }).channel === ch) runs.push([]);
	}
	return runs.filter((r) => r.length > 0);
};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'zb-live-'));
	logFrames = (await writeLog(join(dir, 'drive.log'), 2000)).length;
	denseIds = await writeLog(join(dir, 'dense.log'), 3000, { flood: true, timeScale: 15 });
	const config = loadConfig({ ZB_PORT: '0', ZB_CAN: `sim,replay:${join(dir, 'drive.log')},replay:${join(dir, 'dense.log')}`, ZB_DATA: dir, ZB_TOKEN: TOKEN });
	server = await startServer(config, { web: false, services: false, metrics: new MetricsRegistry(), limits: { maxBufferedBytes: 16 << 10 } });
}, 60_000);

afterAll(async () => {
	await server?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000); // closing stops the sim worker_thread: slow on a loaded machine

describe('live WebSocket /api/live', () => {
	it('says hello with the sources, and streams binary FrameBatches with the ECUs frames in time order', async () => {
		const c = await connectLive(server.port);
		const hello = await c.waitJson((m) => m.op === 'hello');
		expect(c.ws.protocol).toBe(LIVE_PROTOCOL);
		expect(hello).toMatchObject({ v: 1, server: 'zonebench', canWrite: false });
		const sources = hello.sources as { channel: number; kind: string; state: string; canSend: boolean }[];
		expect(sources.map((s) => [s.channel, s.kind, s.state, s.canSend])).toEqual([
			[0, 'sim', 'running', true],
			[1, 'replay', 'running', false],
			[2, 'replay', 'running', false]
		]);
		await expect.poll(() => channelFrames(c, 0).length, { timeout: 10_000 }).toBeGreaterThan(200);
		await expect.poll(() => channelFrames(c, 1).length, { timeout: 10_000 }).toBeGreaterThan(200);
		for (const ch of [0, 1]) {
			const f = channelFrames(c, ch);
			const ids = new Set(f.map((x) => x.id));
			expect(ids.has(0x100)).toBe(true); // VehicleState from the CVC
			expect(ids.has(0x101)).toBe(true);
			// replay loops restart at 0, each announced by a session event on the same socket: inside one
			// session (between two events) time never goes back
			const runs = sessionRuns(c, ch);
			for (const run of runs) for (let i = 1; i < run.length; i++) if (run[i] < run[i - 1]) throw new Error(`channel ${ch}: t_us went back at ${i} inside one session`);
			const longest = runs.reduce((a, r) => (r.length > a.length ? r : a), []);
			expect(longest.length).toBeGreaterThan(100);
			expect(longest[longest.length - 1]).toBeGreaterThan(longest[0]);
		}
		await c.close();
	});

	it('a sim reset is announced by a session event with reason reset, and frames restart near t = 0', async () => {
		const c = await connectLive(server.port);
		await c.waitJson((m) => m.op === 'hello');
		expect((await c.request({ op: 'sim', channel: 0, cmd: 'reset', args: { seed: 4 } })).code).toBe('unauthorized');
		expect(await c.request({ op: 'auth', token: TOKEN })).toMatchObject({ op: 'auth', ok: true, canWrite: true });
		await expect.poll(() => channelFrames(c, 0).length, { timeout: 10_000 }).toBeGreaterThan(50);
		const before = channelFrames(c, 0).at(-1)!.t;
		expect(await c.request({ op: 'sim', channel: 0, cmd: 'reset', args: { seed: 4 } })).toMatchObject({ op: 'ok' });
		const ev = await c.waitJson((m) => m.op === 'session' && m.channel === 0);
		expect(ev).toMatchObject({ reason: 'reset', t_us: 0 });
		const at = c.batches.length;
		await expect.poll(() => c.batches.slice(at).some((b) => b.count > 0 && b.channel[0] === 0), { timeout: 10_000 }).toBe(true);
		const next = c.batches.slice(at).find((b) => b.count > 0 && b.channel[0] === 0)!;
		expect(next.t_us[0]).toBeLessThan(before);
		// a status snapshot of the new run arrives too (≤ 10/s)
		const st = await c.waitJson((m) => m.op === 'status' && m.channel === 0 && (m.snapshot as { seed: number }).seed === 4);
		expect((st.snapshot as { t_us: number }).t_us).toBeGreaterThanOrEqual(0);
		await c.close();
	});

	it('send needs the token; with it a UDS request to the CVC (0x7E0 02 10 03) is answered on 0x7E8', async () => {
		const c = await connectLive(server.port);
		await c.waitJson((m) => m.op === 'hello');
		const req = { op: 'send', channel: 0, frames: [{ id: 0x7e0, data: '021003' }] };
		expect(await c.request(req)).toMatchObject({ op: 'error', code: 'unauthorized' });
		expect(await c.request({ op: 'auth', token: 'wrong-token-000000000000' })).toMatchObject({ op: 'error', code: 'unauthorized' });
		expect(await c.request({ op: 'auth', token: TOKEN })).toMatchObject({ ok: true });
		expect(await c.request(req)).toMatchObject({ op: 'ok' });
		await expect
			.poll(() => channelFrames(c, 0).find((f) => f.id === 0x7e8), { timeout: 10_000 })
			.toBeDefined();
		const answer = channelFrames(c, 0).find((f) => f.id === 0x7e8)!;
		expect([...answer.data.slice(0, 3)]).toEqual([0x06, 0x50, 0x03]);
		// the request itself went on the bus from the bench node and is seen like any other frame
		expect(channelFrames(c, 0).some((f) => f.id === 0x7e0)).toBe(true);
		// a replay channel cannot send
		expect(await c.request({ ...req, channel: 1 })).toMatchObject({ code: 'cannot_send' });
		expect(await c.request({ ...req, channel: 9 })).toMatchObject({ code: 'unknown_channel' });
		await c.close();
	});

	it('fault op: needs the token; injects power-off fzc on the server’s vehicle, broadcasts the event, the FZC goes silent, clear brings it back', async () => {
		const c = await connectLive(server.port);
		const watcher = await connectLive(server.port); // another client, without a token, sees the markers
		await c.waitJson((m) => m.op === 'hello');
		await watcher.waitJson((m) => m.op === 'hello');
		const inject = { op: 'fault', channel: 0, action: 'inject', spec: { kind: 'power-off', target: 'fzc' } };
		expect(await c.request(inject)).toMatchObject({ op: 'error', code: 'unauthorized', message: expect.stringMatching(/^fault needs the token/) });
		expect(await watcher.request({ op: 'fault', channel: 0, action: 'list' })).toMatchObject({ code: 'unauthorized' });
		await c.request({ op: 'auth', token: TOKEN });
		const r = await c.request(inject);
		expect(r).toMatchObject({ op: 'fault', channel: 0, action: 'inject', handle: expect.any(Number), active: [{ kind: 'power-off', label: 'power-off:fzc' }] });
		const ev = await watcher.waitJson((m) => m.op === 'fault-event' && m.action === 'inject' && m.handle === r.handle);
		expect(ev).toMatchObject({ channel: 0, kind: 'power-off', label: 'power-off:fzc', t_us: expect.any(Number) });
		// the FZC's heartbeat (0x011) stops: nothing of it with a time after the injection
		const t = ev.t_us as number;
		await expect.poll(() => channelFrames(c, 0).at(-1)?.t ?? 0, { timeout: 10_000 }).toBeGreaterThan(t + 500_000);
		expect(channelFrames(c, 0).filter((f) => f.id === 0x011 && f.t > t)).toEqual([]);
		expect(await c.request({ op: 'fault', channel: 0, action: 'list' })).toMatchObject({ active: [{ handle: r.handle }] });
		expect(await c.request({ op: 'fault', channel: 0, action: 'clear', handle: r.handle })).toMatchObject({ op: 'fault', active: [] });
		const cleared = await watcher.waitJson((m) => m.op === 'fault-event' && m.action === 'clear' && m.handle === r.handle);
		await expect.poll(() => channelFrames(c, 0).some((f) => f.id === 0x011 && f.t > (cleared.t_us as number)), { timeout: 10_000 }).toBe(true);
		expect(await c.request({ op: 'fault', channel: 0, action: 'clear-all' })).toMatchObject({ op: 'fault', active: [] });
		await c.close();
		await watcher.close();
	});

	it('fault op: a bad request gets a clear error and the server carries on', async () => {
		const c = await connectLive(server.port);
		await c.waitJson((m) => m.op === 'hello');
		await c.request({ op: 'auth', token: TOKEN });
		const err = async (msg: object) => (await c.request({ op: 'fault', ...msg })) as unknown as { op: string; code: string; message: string };
		expect(await err({ channel: 0, action: 'inject', spec: { kind: 'gremlin' } })).toMatchObject({ code: 'bad_message', message: expect.stringMatching(/^fault inject: unknown fault 'gremlin' \(known: sensor-stuck, /) });
		expect((await err({ channel: 0, action: 'inject', spec: { kind: 'power-off', target: 'xyz' } })).message).toBe("fault inject: no ECU 'xyz' on the bus (present: cvc, fzc, rzc, sc, bcm, icu, tcu)");
		expect((await err({ channel: 0, action: 'inject', spec: { kind: 'drop-id', target: '0x9999' } })).message).toMatch(/'0x9999' is not an 11-bit CAN ID/);
		expect((await err({ channel: 0, action: 'inject', spec: 'power-off:fzc' })).message).toMatch(/a fault must be an object/);
		expect((await err({ channel: 0, action: 'inject', spec: { kind: 'obstacle', param: 'far' } })).message).toMatch(/"param" must be a finite number/);
		expect((await err({ channel: 0, action: 'clear', handle: 9999 })).message).toMatch(/no active fault 9999/);
		expect((await err({ channel: 0, action: 'clear' })).message).toMatch(/needs "handle"/);
		expect((await err({ channel: 0, action: 'explode' })).message).toMatch(/"action" must be one of inject, clear, clear-all, list/);
		expect(await err({ channel: 1, action: 'list' })).toMatchObject({ code: 'bad_message', message: 'channel 1 is a replay source; faults can only be injected into a sim source' });
		expect(await err({ channel: 9, action: 'list' })).toMatchObject({ code: 'unknown_channel' });
		expect(await c.request({ op: 'fault', channel: 0, action: 'list' })).toMatchObject({ op: 'fault', active: [] });
		expect(await c.request({ op: 'ping' })).toMatchObject({ op: 'pong' });
		await c.close();
	});

	it('answers garbage with the right error codes and keeps the connection usable', async () => {
		const c = await connectLive(server.port);
		await c.waitJson((m) => m.op === 'hello');
		await c.request({ op: 'auth', token: TOKEN });
		const errors = () => c.json.filter((m) => m.op === 'error');
		c.ws.send('this is not json {');
		await expect.poll(() => errors().at(-1)?.code).toBe('bad_json');
		c.ws.send('[1,2,3]');
		await expect.poll(() => errors().length).toBe(2);
		expect(errors()[1].code).toBe('bad_message');
		expect(await c.request({ op: 'fly' })).toMatchObject({ code: 'unknown_op' });
		c.ws.send(JSON.stringify({ op: 'ping', pad: 'x'.repeat(1_500_000) }));
		await expect.poll(() => errors().at(-1)?.code).toBe('too_large');
		const bad = async (frame: object) => (await c.request({ op: 'send', channel: 0, frames: [{ id: 0x123, data: '00' }, frame] })) as unknown as { code: string; message: string };
		const hex = await bad({ id: 0x123, data: 'zz' });
		expect(hex).toMatchObject({ code: 'bad_frame' });
		expect(hex.message).toMatch(/^frame 1: .*not hex/);
		expect((await bad({ id: 0x800, data: '00' })).message).toMatch(/^frame 1: ID 0x800 is above 0x7FF without the EXT flag/);
		expect((await bad({ id: 0x2000_0000, flags: FLAG_EXT, data: '00' })).message).toMatch(/above 0x1FFFFFFF/);
		expect((await bad({ id: 0x123, data: '000102030405060708' })).message).toMatch(/^frame 1: 9 data bytes on a classic frame/);
		expect(await c.request({ op: 'send', channel: 0, frames: 'nope' })).toMatchObject({ code: 'bad_message' });
		expect(await c.request({ op: 'sim', channel: 0, cmd: 'setInputs', args: { accel: 7 } })).toMatchObject({ code: 'bad_message' });
		expect(await c.request({ op: 'sim', channel: 1, cmd: 'start' })).toMatchObject({ code: 'bad_message' });
		expect(await c.request({ op: 'subscribe', channels: [42] })).toMatchObject({ code: 'unknown_channel' });
		// binary: unknown opcode, a truncated batch
		const n = errors().length;
		c.ws.send(Buffer.from([0x07, 1, 2, 3]));
		c.ws.send(Buffer.from([0x02, 8, 1, 0, 5, 0, 0, 0, 1, 2]));
		await expect.poll(() => errors().length).toBe(n + 2);
		expect(errors().slice(n).map((e) => e.code)).toEqual(['bad_message', 'bad_message']);
		expect(await c.request({ op: 'ping' })).toMatchObject({ op: 'pong' });
		await c.close();
	});

	it('limits the message rate per client (rate_limited), then answers again', async () => {
		const c = await connectLive(server.port);
		await c.waitJson((m) => m.op === 'hello');
		for (let i = 0; i < 300; i++) c.ws.send(JSON.stringify({ op: 'ping', id: `p${i}` }));
		await c.waitJson((m) => m.op === 'error' && m.code === 'rate_limited');
		await new Promise((r) => setTimeout(r, 300));
		const pongs = c.json.filter((m) => m.op === 'pong').length;
		expect(pongs).toBeGreaterThanOrEqual(100);
		expect(pongs).toBeLessThan(300);
		await new Promise((r) => setTimeout(r, 500)); // the bucket refills at 100/s
		expect(await c.request({ op: 'ping' })).toMatchObject({ op: 'pong' });
		await c.close();
	});

	it('binary 0x02 batches are sent to the channel their column names', async () => {
		const c = await connectLive(server.port);
		await c.waitJson((m) => m.op === 'hello');
		await c.request({ op: 'auth', token: TOKEN });
		const b: FrameBatch = {
			count: 1,
			stride: 8,
			t_us: new Float64Array(1),
			id: Uint32Array.of(0x7e0),
			flags: new Uint8Array(1),
			dlc: Uint8Array.of(3),
			channel: Uint8Array.of(0),
			data: Uint8Array.of(0x02, 0x10, 0x01, 0, 0, 0, 0, 0)
		};
		c.ws.send(encodeBatch(b, 0x02));
		// DiagnosticSessionControl default session: positive response 50 01
		await expect.poll(() => channelFrames(c, 0).some((f) => f.id === 0x7e8 && f.data[1] === 0x50 && f.data[2] === 0x01), { timeout: 10_000 }).toBe(true);
		await c.close();
	});

	it('refuses a foreign Origin with 403 before the upgrade; same host and localhost are allowed', async () => {
		await expect(connectLive(server.port, { origin: 'http://evil.example' })).rejects.toMatchObject({ status: 403 });
		const ok = await connectLive(server.port, { origin: `http://localhost:${server.port}` });
		await ok.waitJson((m) => m.op === 'hello');
		await ok.close();
		await expect(connectLive(server.port, { protocol: 'other.v9' })).rejects.toMatchObject({ status: 400 });
	});

	it('a stalled client has its batches dropped and counted while another client gets every frame', async () => {
		const slow = await connectLive(server.port);
		const fast = await connectLive(server.port);
		await fast.request({ op: 'subscribe', channels: [2] });
		await slow.request({ op: 'subscribe', channels: [2] });
		// stop reading: the kernel buffers fill, then the server's send buffer for this client
		(slow.ws as unknown as { _socket: { pause(): void } })._socket.pause();
		const droppedTotal = async () => {
			const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
			return Number(/^zb_ws_dropped_frames_total (\d+)$/m.exec(text)?.[1]);
		};
		await expect.poll(droppedTotal, { timeout: 20_000, interval: 200 }).toBeGreaterThan(0);
		// one whole loop of the dense log, from a session event to the next, must reach the fast client
		const isStart = (m: unknown) => (m as { op?: string }).op === 'session' && (m as { channel: number }).channel === 2;
		const t0 = fast.log.length;
		await expect.poll(() => fast.log.slice(t0).filter(isStart).length, { timeout: 15_000 }).toBe(2);
		const starts = fast.log.map((m, i) => (i >= t0 && isStart(m) ? i : -1)).filter((i) => i >= 0);
		const loop: number[] = [];
		for (const m of fast.log.slice(starts[0] + 1, starts[1])) {
			const b = m as FrameBatch;
			if (b.id) for (let i = 0; i < b.count; i++) loop.push(b.id[i]);
		}
		expect(loop.length).toBe(denseIds.length);
		expect(loop).toEqual(denseIds);
		expect(fast.json.some((m) => m.op === 'dropped')).toBe(false);
		// reading again, the slow client is told how many frames it missed
		(slow.ws as unknown as { _socket: { resume(): void } })._socket.resume();
		const d = await slow.waitJson((m) => m.op === 'dropped', 10_000);
		expect(d.count).toBeGreaterThan(0);
		await slow.close();
		await fast.close();
	});
});

describe('HTTP routes', () => {
	it('/healthz reports the sources and their state', async () => {
		const r = await fetch(`http://127.0.0.1:${server.port}/healthz`);
		expect(r.status).toBe(200);
		const h = (await r.json()) as { ok: boolean; uptime_s: number; sources: { state: string }[] };
		expect(h.ok).toBe(true);
		expect(h.uptime_s).toBeGreaterThan(0);
		expect(h.sources.map((s) => s.state)).toEqual(['running', 'running', 'running']);
	});

	it('/metrics is Prometheus text with frame counters per channel', async () => {
		const r = await fetch(`http://127.0.0.1:${server.port}/metrics`);
		expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
		const text = await r.text();
		// every sample line: name{labels} value
		for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) expect(line).toMatch(/^[a-z_:]+(\{[^}]*\})? -?[\d.e+]+$|^[a-z_:]+(\{[^}]*\})? (NaN|[+-]Inf)$/);
		const ch0 = Number(/^zb_frames_in_total\{channel="0",source="sim"\} (\d+)$/m.exec(text)?.[1]);
		expect(ch0).toBeGreaterThan(100);
		expect(text).toMatch(/^zb_frames_out_total\{channel="0"\} [1-9]/m);
		expect(text).toMatch(/^zb_ws_clients \d+$/m);
		expect(text).toMatch(/^zb_errors_total\{kind="bad_frame"\} [1-9]/m);
	});

	it('other paths are 404 without the app build; upgrades on unknown paths are refused', async () => {
		expect((await fetch(`http://127.0.0.1:${server.port}/nothing`)).status).toBe(404);
		const ws = new WebSocket(`ws://127.0.0.1:${server.port}/elsewhere`);
		const status = await new Promise<number>((r) => ws.once('unexpected-response', (_q, res) => r(res.statusCode ?? 0)));
		expect(status).toBe(404);
	});
});
