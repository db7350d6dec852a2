/** The Faults panel's worker API over comlink in a real worker_threads worker with the real firmware. */
import * as Comlink from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import type { FrameBatch } from '../can/frame';
import type { FaultEvent } from '../sim/faults/injector';
import { spawnSimWorker } from './node-spawn';

const sw = spawnSimWorker();
const api = sw.api;
afterAll(async () => {
	await sw.terminate();
});

/** Frames of `id` the worker streamed in `batches`, with their times. */
const timesOf = (batches: FrameBatch[], id: number): number[] => batches.flatMap((b) => Array.from({ length: b.count }, (_, i) => (b.id[i] === id ? b.t_us[i] : -1)).filter((t) => t >= 0));

describe('faults over comlink', () => {
	it('lists the catalog on its five levels with the defaults the panel offers', async () => {
		const cat = await api.faultCatalog();
		expect(new Set(cat.map((f) => f.level))).toEqual(new Set(['sensor', 'actuator', 'plant', 'bus', 'ecu']));
		expect(cat.find((f) => f.kind === 'obstacle')).toMatchObject({ level: 'plant', target: 'none', param: { name: 'distance', default: 30 } });
	});

	it('power-off fzc: the event carries the virtual time, the FZC goes silent, clearing restarts it', async () => {
		await api.init({ seed: 5, profile: null });
		const events: FaultEvent[] = [];
		const batches: FrameBatch[] = [];
		const unE = await api.subscribeFaultEvents(Comlink.proxy((e: FaultEvent) => void events.push(e)));
		const unF = await api.subscribeFrames(Comlink.proxy((b: FrameBatch) => void batches.push(b)));
		await api.step(500);
		const t0 = (await api.snapshot()).t_us;
		const { handle, active } = await api.faultInject({ kind: 'power-off', target: 'fzc' });
		expect(active).toEqual([expect.objectContaining({ handle, kind: 'power-off', level: 'ecu', label: 'power-off:fzc', t_us: t0 })]);
		await expect.poll(() => events.length).toBe(1);
		expect(events[0]).toMatchObject({ action: 'inject', handle, label: 'power-off:fzc', t_us: t0 });
		await api.step(300);
		// the FZC's heartbeat (0x011) stops at the injection and nothing of it follows
		await expect.poll(() => batches.at(-1)?.t_us.at(-1) ?? 0).toBeGreaterThan(t0 + 250_000);
		const hb = timesOf(batches, 0x011);
		expect(hb.some((t) => t < t0)).toBe(true);
		expect(hb.filter((t) => t > t0)).toEqual([]);
		expect(await api.faultClear(handle)).toEqual([]);
		await expect.poll(() => events.map((e) => e.action)).toEqual(['inject', 'clear']);
		const t1 = (await api.snapshot()).t_us;
		await api.step(500);
		await expect.poll(() => timesOf(batches, 0x011).filter((t) => t > t1).length).toBeGreaterThan(0);
		await unE();
		await unF();
	});

	it('a bad request injects nothing and says what is wrong: unknown kind, bad target, absent ECU, bad parameter', async () => {
		await api.init({ seed: 5, profile: null });
		await expect(api.faultInject({ kind: 'gremlin' })).rejects.toThrow(/unknown fault 'gremlin' \(known: sensor-stuck, .*power-off\)/);
		await expect(api.faultInject({ kind: 'power-off', target: 'xyz' })).rejects.toThrow("no ECU 'xyz' on the bus (present: cvc, fzc, rzc, sc, bcm, icu, tcu)");
		await expect(api.faultInject({ kind: 'drop-id', target: '0x9999' })).rejects.toThrow("'0x9999' is not an 11-bit CAN ID");
		await expect(api.faultInject({ kind: 'sensor-open', target: 'cvc.NOPE' })).rejects.toThrow(/ECU 'cvc' has no sensor 'NOPE' \(has: /);
		await expect(api.faultInject({ kind: 'power-off' })).rejects.toThrow("fault 'power-off' needs a target (ecu, e.g. cvc)");
		await expect(api.faultInject({ kind: 'obstacle', param: Number.NaN })).rejects.toThrow(/"param" must be a finite number/);
		await expect(api.faultInject({ kind: 'obstacle', target: 'fzc' })).rejects.toThrow("fault 'obstacle' takes no target (got 'fzc')");
		await expect(api.faultClear(42)).rejects.toThrow('no active fault 42 (active: none)');
		expect(await api.faultsActive()).toEqual([]);
	});

	it('obstacle ahead of a driving car: the FZC’s AEB stops it although the accelerator stays pressed', async () => {
		await api.init({ seed: 11, profile: 'city' });
		await api.step(12_000);
		const v0 = (await api.snapshot()).plant.speed_kph;
		expect(v0).toBeGreaterThan(15);
		await api.faultInject({ kind: 'obstacle', param: 25 });
		await api.setAutopilot(null); // nobody presses the brake: only the FZC's AEB can stop the car
		await api.setInputs({ accel: 0.3 });
		// the driver keeps pressing: AEB brakes in pulses (a car it stopped short of its 5 m braking distance
		// creeps on until it is inside), then holds it there
		await api.step(10_000);
		expect((await api.snapshot()).plant.speed_kph).toBeLessThan(1);
		await api.step(3000);
		expect((await api.snapshot()).plant.speed_kph).toBeLessThan(1);
	});

	it('a fault that ends by itself (ecu-reset) leaves the active list with an end event at the next tick', async () => {
		await api.init({ seed: 5, profile: null });
		await api.step(100);
		const events: FaultEvent[] = [];
		const un = await api.subscribeFaultEvents(Comlink.proxy((e: FaultEvent) => void events.push(e)));
		const { handle } = await api.faultInject({ kind: 'ecu-reset', target: 'cvc' });
		await api.step(2);
		expect(await api.faultsActive()).toEqual([]);
		await expect.poll(() => events.map((e) => [e.action, e.handle])).toEqual([
			['inject', handle],
			['end', handle]
		]);
		await un();
	});

	it('a reset is a new vehicle: the active faults are gone and the next inject is on the new one', async () => {
		await api.init({ seed: 5, profile: null });
		await api.faultInject({ kind: 'low-friction', param: 0.3 });
		await api.faultInject({ kind: 'power-off', target: 'bcm' });
		expect((await api.faultsActive()).map((a) => a.label)).toEqual(['low-friction::0.3', 'power-off:bcm']);
		await api.reset(6);
		expect(await api.faultsActive()).toEqual([]);
		const { active } = await api.faultInject({ kind: 'power-off', target: 'bcm' });
		expect(active.map((a) => [a.label, a.t_us])).toEqual([['power-off:bcm', 0]]);
		expect(await api.faultClearAll()).toEqual([]);
	});
});
