import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import type { FrameBatch } from '../can/frame';
import { spawnSimWorker } from './node-spawn';
import type { StreamEvent } from './api';

// A real worker_threads worker running the same API object the browser worker exposes.
const sw = spawnSimWorker();
const api = sw.api;
sw.worker.on('error', (e) => console.error('sim worker failed:', e));
afterAll(async () => {
	await sw.terminate();
});

describe('simulation API over comlink in a worker_threads worker', () => {
	it('init reports which ECUs are on the bus and which are absent', async () => {
		const r = await api.init({ seed: 5, profile: null });
		expect(r.ecus).toContain('bcm');
		expect([...r.ecus, ...r.absent].sort()).toEqual(['bcm', 'cvc', 'fzc', 'icu', 'rzc', 'sc', 'tcu']);
	});

	it('step(n) advances virtual time by exactly n ms and streams the frames as a FrameBatch', async () => {
		const batches: FrameBatch[] = [];
		const unsubscribe = await api.subscribeFrames(Comlink.proxy((b: FrameBatch) => void batches.push(b)));
		const t0 = (await api.snapshot()).t_us;
		await api.step(1000);
		expect((await api.snapshot()).t_us).toBe(t0 + 1_000_000);
		// the listener is a proxy on its own message port: its call may land after step() has returned
		await expect.poll(() => batches.length, { timeout: 10_000 }).toBe(1);
		const b = batches[0];
		expect(b.count).toBeGreaterThan(5);
		expect(b.t_us).toBeInstanceOf(Float64Array);
		expect(b.id).toBeInstanceOf(Uint32Array);
		expect(b.data.length).toBe(b.count * b.stride);
		expect(await api.framesSent()).toBe(b.count);
		await unsubscribe();
		await api.step(1000);
		await new Promise((r) => setTimeout(r, 200));
		expect(batches.length).toBe(1); // unsubscribed: nothing more arrives
	});

	it('runs on its own once started and stops when paused', async () => {
		const t0 = (await api.snapshot()).t_us;
		await api.setSpeed(100);
		await api.start();
		expect((await api.status()).running).toBe(true);
		await expect.poll(async () => (await api.snapshot()).t_us, { timeout: 20_000 }).toBeGreaterThan(t0 + 1_000_000);
		await api.pause();
		const t1 = (await api.snapshot()).t_us;
		await new Promise((r) => setTimeout(r, 100));
		expect((await api.snapshot()).t_us).toBe(t1);
	});

	it('subscribeStream: the session marker comes after the old run\'s last batch and before the new one\'s first; pause/step say how many frames were sent', async () => {
		const events: StreamEvent[] = [];
		const unsubscribe = await api.subscribeStream(Comlink.proxy((e: StreamEvent) => void events.push(e)));
		const sentA = await api.step(300);
		await api.reset(3);
		const sentB = await api.step(300);
		await expect.poll(() => events.length, { timeout: 10_000 }).toBe(3);
		await unsubscribe();
		const [a, marker, b] = events;
		if (!('batch' in a) || !('session' in marker) || !('batch' in b)) throw new Error(`out of order: ${events.map((e) => Object.keys(e)[0]).join(', ')}`);
		expect(marker.session).toMatchObject({ reason: 'reset', t_us: 0, seed: 3 });
		// the old session's batch ends at 300 ms (the step before the reset), the new one starts again near 0
		expect(a.batch.t_us[a.batch.count - 1]).toBeGreaterThan(b.batch.t_us[b.batch.count - 1] - 1);
		expect(b.batch.t_us[0]).toBeLessThan(300_000);
		// what step() returned is the count the stream carries: a caller waits for it to arrive
		expect(a.sent).toBe(sentA);
		expect(b.sent).toBe(sentB);
		expect(b.sent).toBe(b.batch.count); // counted from the reset
	});

	it('driver inputs reach the firmware; reset restarts virtual time', async () => {
		await api.setInputs({ hazard: true });
		await api.step(200);
		expect((await api.snapshot()).inputs.hazard).toBe(true);
		await api.reset(9);
		const s = await api.snapshot();
		expect(s.t_us).toBe(0);
		expect(s.seed).toBe(9);
	});

	it('bad requests are refused with a clear error, and the worker lives on', async () => {
		await expect(api.setSpeed(0)).rejects.toThrow('speed must be > 0 (got 0)');
		await expect(api.setAutopilot('moon')).rejects.toThrow("Unknown drive profile 'moon'");
		await api.step(10);
		expect((await api.snapshot()).t_us).toBe(10_000);
	});
});

describe('ECU NVM over comlink', () => {
	it('reports the blocks written per run slice, keeps them across reset and erases them on request', async () => {
		const vin = new Uint8Array([...'ZBV1TEST000000042'].map((c) => c.charCodeAt(0)));
		await api.init({ seed: 5, profile: null, nvm: new Map([['icu', new Map([[1, vin]])]]) });
		const slices: Array<Array<{ ecu: string; block: number; bytes: Uint8Array }>> = [];
		const unsubscribe = await api.subscribeNvm(Comlink.proxy((w) => void slices.push(w)));
		await api.step(2500); // one slice: every DEM stores its block at the first tick and again at 1 s
		await expect.poll(() => slices.length, { timeout: 10_000 }).toBe(1);
		const keys = slices[0].map((w) => `${w.ecu}/${w.block}`);
		expect(new Set(keys).size).toBe(keys.length); // latest bytes per block, not every write
		expect(new Set(slices[0].map((w) => w.ecu))).toEqual(new Set(['cvc', 'fzc', 'rzc', 'sc', 'bcm', 'icu', 'tcu']));
		expect((await api.nvm()).get('icu')?.get(1)).toEqual(vin); // the stored VIN is kept, not rewritten

		await api.reset(5);
		expect((await api.nvm()).get('icu')?.get(1)).toEqual(vin);
		await api.reset(5, 'erase');
		expect((await api.nvm()).get('icu')).toBeUndefined();
		await unsubscribe();
	});

	it('powerOff silences one ECU until the next reset; an unknown name is refused', async () => {
		await api.powerOff('fzc');
		await api.step(10);
		expect((await api.snapshot()).ecus.find((e) => e.name === 'fzc')?.trap?.message).toBe('powered off');
		await expect(api.powerOff('xyz')).rejects.toThrow("no ECU 'xyz' on the bus");
		await api.reset();
		expect((await api.snapshot()).ecus.find((e) => e.name === 'fzc')?.trap).toBeNull();
	});
});
