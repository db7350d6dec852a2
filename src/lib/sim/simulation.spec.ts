import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EcuAbiError, EcuHost } from './ecu-host';
import { loadEcuImages } from './load-node';
import { Simulation, collectFrames } from './simulation';
import { tinyEcu } from './test-wasm';

async function frameHash(seed: number, profile: string, ms: number): Promise<{ hash: string; frames: number }> {
	const sim = await Simulation.create({ seed, profile }, await loadEcuImages());
	const h = createHash('sha256');
	let frames = 0;
	sim.on('frame', (t, id, flags, dlc, data, offset) => {
		frames++;
		h.update(`${t} ${id} ${flags} ${dlc} ${Buffer.from(data.subarray(offset, offset + dlc)).toString('hex')}\n`);
	});
	sim.step(ms);
	return { hash: h.digest('hex'), frames };
}

describe('Simulation (real BCM firmware through the ECU ABI)', () => {
	it('puts the BCM image on the bus and its frames come out', async () => {
		const images = await loadEcuImages();
		expect(images.has('bcm')).toBe(true);
		const sim = await Simulation.create({ seed: 1 }, images);
		const tap = collectFrames(sim);
		sim.step(2000);
		const b = tap.take();
		expect(b.count).toBeGreaterThan(10);
		const ids = new Set(b.id.subarray(0, b.count));
		expect(ids.has(0x014)).toBe(true); // BCM heartbeat
		expect(ids.has(0x400)).toBe(true); // Lights
		// frames are time-ordered and inside the simulated window
		for (let i = 1; i < b.count; i++) expect(b.t_us[i]).toBeGreaterThan(b.t_us[i - 1]);
		expect(b.t_us[b.count - 1]).toBeLessThanOrEqual(2_000_000);
	});

	it('same seed and profile give a bit-identical frame stream', async () => {
		const a = await frameHash(7, 'city', 5000);
		const b = await frameHash(7, 'city', 5000);
		expect(a.frames).toBeGreaterThan(0);
		expect(b).toEqual(a);
	});

	it('stepping in slices gives the same stream as one long step', async () => {
		const images = await loadEcuImages();
		const run = async (slices: number[]) => {
			const sim = await Simulation.create({ seed: 3, profile: 'city' }, images);
			const tap = collectFrames(sim);
			for (const s of slices) sim.step(s);
			const b = tap.take();
			return [Array.from(b.t_us.subarray(0, b.count)), Array.from(b.id.subarray(0, b.count))];
		};
		expect(await run([1, 2, 997, 1000, 500, 500])).toEqual(await run([3000]));
	});
});

describe('ECU host: bad images', () => {
	const ports = { canTx: () => 0 };

	it('rejects an image with the wrong ABI version, naming the ECU and both versions', async () => {
		const m = await WebAssembly.compile(tinyEcu({ abiVersion: 2 }));
		const err = await EcuHost.create('rzc', m, ports).catch((e) => e);
		expect(err).toBeInstanceOf(EcuAbiError);
		expect(err.message).toBe("ECU 'rzc': ABI version 2, but this host speaks version 1");
	});

	it('rejects an image that lacks an ABI export', async () => {
		const m = await WebAssembly.compile(tinyEcu({ omitExport: 'ecu_can_rx' }));
		await expect(EcuHost.create('icu', m, ports)).rejects.toThrow("ECU 'icu': missing exports: ecu_can_rx");
	});

	it('a trapping ECU halts alone; the rest of the vehicle goes on', async () => {
		const images = await loadEcuImages();
		images.set('tcu', await WebAssembly.compile(tinyEcu({ trapAtUs: 500_000 })));
		const sim = await Simulation.create({ seed: 1 }, images);
		const logs: string[] = [];
		sim.on('log', (ecu, level, text) => logs.push(`${ecu}:${level}:${text}`));
		const tap = collectFrames(sim);
		sim.step(1000);
		const tcu = sim.snapshot().ecus.find((e) => e.name === 'tcu')!;
		expect(tcu.trap).not.toBeNull();
		expect(tcu.trap!.t_us).toBe(500_000);
		expect(tcu.trap!.message).toMatch(/unreachable/);
		expect(logs.some((l) => l.startsWith('tcu:3:trap'))).toBe(true);
		const before = tap.take().count;
		sim.step(1000);
		const after = tap.take();
		expect(before).toBeGreaterThan(0);
		expect(after.count).toBeGreaterThan(0); // the BCM still talks
		expect(sim.snapshot().ecus.find((e) => e.name === 'bcm')!.trap).toBeNull();
	});
});
