/**
 * OTA into the worker's running vehicle, over comlink in a real worker_threads worker as the page uses it:
 * a rebuilt TCU ('TCU 1.1.0', real firmware) is flashed while the pacer drives the car on the city profile
 * — the car keeps driving and the cluster keeps its speed, the TCU boots the new image and a Reset keeps it —;
 * an image that is not an ECU image is refused at boot and the old one keeps running; the CVC refuses the
 * programming session while driving and the reason says the vehicle is not parked.
 */
import * as Comlink from 'comlink';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEcuVariant } from '../ota/build-node';
import { WASM_DIR } from '../sim/load-node';
import type { FlashBoot } from './api';
import { spawnSimWorker } from './node-spawn';

const sw = spawnSimWorker();
const api = sw.api;
let tcu110: Uint8Array;
beforeAll(async () => {
	tcu110 = await buildEcuVariant('tcu', '1.1.0');
}, 600_000);
afterAll(async () => {
	await sw.terminate();
});

/** Starts a vehicle that drives the city profile at ×5 and waits until it moves. */
async function driving(seed: number): Promise<void> {
	await api.init({ seed, profile: 'city' });
	await api.setSpeed(5);
	await api.start();
	await expect.poll(async () => (await api.snapshot()).plant.speed_kph, { timeout: 60_000, interval: 100 }).toBeGreaterThan(5);
}

describe('OTA into the worker’s running simulation', () => {
	it('flashes TCU 1.1.0 while the car drives: the TCU boots it, the cluster keeps showing speed, a Reset keeps it', async () => {
		await driving(11);
		expect((await api.otaFirmware()).tcu).toEqual({ version: 'TCU 1.0.0', generation: 0 });
		const before = await api.snapshot();
		const r = await api.otaFlash('tcu', tcu110);
		expect(r).toEqual({ ok: true, reason: null, version: 'TCU 1.1.0', generation: 1 });
		const after = await api.snapshot();
		// the pacer kept stepping the whole car: virtual time went on, the car still drives, the ICU shows it
		expect((await api.status()).running).toBe(true);
		expect(after.t_us - before.t_us).toBeGreaterThan(500_000);
		expect(after.plant.speed_kph).toBeGreaterThan(1);
		expect(after.cluster?.speed_kph ?? 0).toBeGreaterThan(1);
		expect(after.ecus.every((e) => e.trap === null)).toBe(true);
		expect((await api.otaFirmware()).tcu).toEqual({ version: 'TCU 1.1.0', generation: 1 });
		// a power cycle: the flashed image is what the TCU powers up with
		await api.pause();
		await api.reset();
		expect((await api.otaFirmware()).tcu).toEqual({ version: 'TCU 1.1.0', generation: 0 });
	}, 180_000);

	it('paused, the flash advances virtual time itself, like a single step, and the TCU boots 1.1.0', async () => {
		await api.init({ seed: 14, profile: null });
		await api.step(2000);
		const t0 = (await api.snapshot()).t_us;
		expect(await api.otaFlash('tcu', tcu110)).toEqual({ ok: true, reason: null, version: 'TCU 1.1.0', generation: 1 });
		expect((await api.status()).running).toBe(false);
		expect((await api.snapshot()).t_us).toBeGreaterThan(t0 + 500_000);
	}, 120_000);

	it('an image that is not an ECU image is refused at boot: the old TCU image keeps running', async () => {
		await driving(12);
		const junk = new Uint8Array(3000).map((_, i) => (i * 37) & 0xff);
		const r = await api.otaFlash('tcu', junk);
		expect(r.ok).toBe(false);
		expect(r.reason).toMatch(/^the ECU refused the image at boot: /);
		expect(r.version).toBe('TCU 1.0.0');
		expect(r.generation).toBe(0);
		expect((await api.snapshot()).ecus.find((e) => e.name === 'tcu')?.trap).toBeNull();
	}, 120_000);

	it('the booted image reaches a flash listener; a vehicle built with it as stored firmware powers up with it; restoring flashes the built-in image back', async () => {
		await api.init({ seed: 15, profile: null });
		const boots: FlashBoot[] = [];
		const stop = await api.subscribeFlash(Comlink.proxy((f: FlashBoot) => void boots.push(f)));
		expect((await api.otaFlash('tcu', tcu110)).ok).toBe(true);
		await expect.poll(() => boots.length).toBe(1);
		expect(boots[0].ecu).toBe('tcu');
		expect(Buffer.from(boots[0].bytes).equals(Buffer.from(tcu110))).toBe(true);
		await stop();

		// the page's next power-up (a reload) with the stored image
		const r = await api.init({ seed: 15, profile: null, flashed: { tcu: boots[0].bytes } });
		expect(r).toMatchObject({ flashed: ['tcu'], flashRefused: [] });
		expect((await api.otaFirmware()).tcu).toEqual({ version: 'TCU 1.1.0', generation: 0 });
		await api.reset();
		expect((await api.otaFirmware()).tcu.version).toBe('TCU 1.1.0');

		await api.restoreFirmware('tcu');
		expect((await api.otaFirmware()).tcu).toEqual({ version: 'TCU 1.0.0', generation: 1 });
		await api.reset();
		expect((await api.otaFirmware()).tcu).toEqual({ version: 'TCU 1.0.0', generation: 0 });
		await expect(api.restoreFirmware('abs')).rejects.toThrow(/no ECU 'abs'.*present: cvc/);
	}, 120_000);

	it('stored firmware that is not wasm, or wasm that is not an ECU image, is refused at power-up with the reason: that ECU runs its built-in image', async () => {
		const junk = new Uint8Array(3000).map((_, i) => (i * 37) & 0xff);
		// a real wasm module without the ECU ABI's exports
		const empty = Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0);
		const r = await api.init({ seed: 16, profile: null, flashed: { tcu: junk, icu: empty, abs: junk } });
		expect(r.flashed).toEqual([]);
		const why = Object.fromEntries(r.flashRefused.map((x) => [x.ecu, x.reason]));
		expect(why.tcu).toMatch(/^not a WebAssembly module: /);
		expect(why.icu).toMatch(/^ECU 'icu': .*/);
		expect(why.abs).toBe("no ECU 'abs' in this vehicle");
		const fw = await api.otaFirmware();
		expect(fw.tcu.version).toBe('TCU 1.0.0');
		expect(fw.icu.version).toBe('ICU 1.0.0');
		// and one good stored image beside a bad one still powers up with the good one
		const bcm = new Uint8Array(readFileSync(join(WASM_DIR, 'bcm.wasm')));
		const r2 = await api.init({ seed: 16, profile: null, flashed: { tcu: tcu110, icu: empty, bcm } });
		expect(r2.flashed.sort()).toEqual(['bcm', 'tcu']);
		expect(r2.flashRefused.map((x) => x.ecu)).toEqual(['icu']);
		expect((await api.otaFirmware()).tcu.version).toBe('TCU 1.1.0');
		expect((await api.snapshot()).ecus.every((e) => e.trap === null)).toBe(true);
	}, 120_000);

	it('the CVC refuses programming while the car drives: the reason says the vehicle is not parked', async () => {
		await driving(13);
		const r = await api.otaFlash('cvc', tcu110);
		expect(r.ok).toBe(false);
		expect(r.reason).toMatch(/^vehicle not parked: .*NRC 0x22 conditionsNotCorrect/);
		expect(r.version).toBe('CVC 1.0.0');
		expect(await api.otaFlash('abs', tcu110)).toMatchObject({ ok: false, reason: "no ECU 'abs' in this vehicle" });
		await api.pause();
	}, 120_000);
});
