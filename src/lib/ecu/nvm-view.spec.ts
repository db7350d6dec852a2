import { describe, expect, it } from 'vitest';
import { loadEcuImages } from '$lib/sim/load-node';
import { Simulation } from '$lib/sim/simulation';
import { describeNvmBlock, viewNvmBlock } from './nvm-view';

describe('NVM block view', () => {
	it('reads the real DEM blocks: clean after a normal start, a confirmed DTC in the ICU after the FZC goes silent', async () => {
		const sim = await Simulation.create({ seed: 3 }, await loadEcuImages());
		sim.step(2000);
		for (const [ecu, blocks] of sim.nvm()) {
			const views = [...blocks.values()].map(viewNvmBlock);
			const dem = views.find((v) => v.kind === 'dtc-memory');
			expect(dem, ecu).toBeDefined();
			expect(dem).toMatchObject({ confirmed: 0, testFailed: 0 });
		}
		sim.powerOff('fzc');
		sim.step(2000);
		const icu = viewNvmBlock(sim.nvm().get('icu')!.get(0)!);
		expect(icu.kind).toBe('dtc-memory');
		if (icu.kind === 'dtc-memory') {
			expect(icu.events).toBe(6);
			expect(icu.confirmed).toBe(1);
		}
		expect(describeNvmBlock(sim.nvm().get('icu')!.get(0)!)).toBe('DTC memory: 6 events, 1 confirmed, 1 pending, 1 failing');
	});

	it('a flipped bit is a CRC mismatch; a VIN and other bytes are told apart', async () => {
		const sim = await Simulation.create({ seed: 3 }, await loadEcuImages());
		sim.step(10);
		const block = sim.nvm().get('icu')!.get(0)!.slice();
		block[12] ^= 0x08;
		expect(viewNvmBlock(block)).toEqual({ kind: 'dtc-memory-corrupt', reason: 'CRC-32 mismatch' });
		expect(viewNvmBlock(block.subarray(0, 10))).toMatchObject({ kind: 'dtc-memory-corrupt' });
		const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
		expect(describeNvmBlock(bytes('ZBV1SVM0000000001'))).toBe('VIN ZBV1SVM0000000001');
		expect(viewNvmBlock(bytes('zbv1sim0000000001'))).toEqual({ kind: 'data' });
		expect(viewNvmBlock(new Uint8Array([1, 2, 3]))).toEqual({ kind: 'data' });
	});
});
