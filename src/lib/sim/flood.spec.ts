/**
 * Flood mode: the bench interface fills the bus with low-priority frames (the UI load test). The seven real
 * firmware images run beside it, so the test shows what a tester would check on a real bench: the bus is
 * full, the vehicle's own frames still win arbitration and keep their periods, and it is reproducible.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEcuImages } from './load-node';
import { FloodGenerator } from './bench/flood';
import { Simulation } from './simulation';

let images: Map<string, WebAssembly.Module>;
beforeAll(async () => {
	images = await loadEcuImages();
});

/** Frames of one ID seen through a frame tap: end times and payloads. */
function watch(sim: Simulation, id: number) {
	const t: number[] = [];
	const payloads: number[][] = [];
	sim.on('frame', (tEnd, fid, _flags, dlc, data, off) => {
		if (fid !== id) return;
		t.push(tEnd);
		payloads.push(Array.from(data.subarray(off, off + dlc)));
	});
	return { t, payloads };
}

function periods(t: number[]): number[] {
	return t.slice(1).map((x, i) => x - t[i]);
}

describe('flood mode', () => {
	it('fills the bus to ≥ 95 % while the ICU ClusterDisplay (0x450) keeps its 50 ms period', async () => {
		const sim = await Simulation.create({ seed: 1, profile: 'city' }, images);
		sim.step(2000);
		const normal = sim.snapshot().bus.load;
		expect(normal).toBeLessThan(0.5);

		const gen = new FloodGenerator({});
		const detach = sim.addParticipant(gen);
		expect(gen.options).toEqual({ id: 0x7f0, dlc: 8 });
		const cluster = watch(sim, 0x450);
		let flood = 0;
		sim.on('frame', (_t, id, _flags, _dlc, _data, _off, sender) => {
			if (id === 0x7f0 && sender === 'BENCH') flood++;
		});
		sim.step(3000);
		const snap = sim.snapshot();
		expect(snap.bus.load).toBeGreaterThanOrEqual(0.95);
		// a full 500 kbit/s bus of 8-byte frames is ~4,000 frames/s; the vehicle's own take their share
		expect(flood / 3).toBeGreaterThan(2500);
		expect(snap.ecus.every((e) => e.trap === null && e.txOverflows === 0)).toBe(true);

		// the ICU's frame still arrives every 50 ms, delayed by at most one frame already on the wire (< 0.3 ms)
		const p = periods(cluster.t);
		expect(cluster.t.length).toBeGreaterThanOrEqual(59);
		const mean = p.reduce((a, b) => a + b, 0) / p.length;
		expect(Math.abs(mean - 50_000)).toBeLessThan(50);
		for (const x of p) expect(Math.abs(x - 50_000)).toBeLessThan(600);

		// off: the load falls back to what the vehicle alone puts on the bus (1 s window)
		detach();
		const sentBefore = gen.sent;
		sim.step(2000);
		const after = sim.snapshot();
		expect(gen.sent).toBe(sentBefore);
		expect(Math.abs(after.bus.load - normal)).toBeLessThan(0.05);
	});

	it('flood frames carry a counter, and the same seed gives the same frames', async () => {
		const run = async () => {
			const sim = await Simulation.create({ seed: 5, profile: 'city' }, images);
			sim.step(100);
			sim.addParticipant(new FloodGenerator({ id: 0x7f3, dlc: 8 }));
			const h = createHash('sha256');
			const flood: number[][] = [];
			sim.on('frame', (t, id, flags, dlc, data, off) => {
				h.update(`${t} ${id} ${flags} ${dlc} ${Buffer.from(data.subarray(off, off + dlc)).toString('hex')}\n`);
				if (id === 0x7f3) flood.push(Array.from(data.subarray(off, off + dlc)));
			});
			sim.step(500);
			return { hash: h.digest('hex'), flood };
		};
		const a = await run();
		const b = await run();
		expect(b.hash).toBe(a.hash);
		expect(a.flood.length).toBeGreaterThan(1000);
		const counters = a.flood.map((d) => d[0] + d[1] * 256 + d[2] * 65536);
		expect(counters).toEqual(counters.map((_, i) => i));
	});

	it('rejects a bad ID or DLC with a message naming it', () => {
		expect(() => new FloodGenerator({ id: 0x800 })).toThrow('setFlood: id 2048 is not a standard 11-bit identifier (0..0x7FF)');
		expect(() => new FloodGenerator({ dlc: 9 })).toThrow('setFlood: dlc 9 is not 0..8');
		expect(new FloodGenerator({ id: 0x7f1 }).options).toEqual({ id: 0x7f1, dlc: 8 });
	});
});
