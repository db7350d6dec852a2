/**
 * ECU NVM through the simulation: writes are reported with the ECU's name and block, and a vehicle built
 * from those blocks powers up with them (real firmware, a VIN written over UDS like a workshop tester does).
 */
import { describe, expect, it } from 'vitest';
import { loadEcuImages } from './load-node';
import { Simulation, collectFrames, type NvmImage } from './simulation';

/** A minimal UDS-on-ISO-TP tester on the bench interface, for one ECU (request ID, response ID = +8). */
class Tester {
	#rx: number[][] = [];
	constructor(
		private sim: Simulation,
		private req: number
	) {
		sim.on('frame', (_t, id, _flags, dlc, data, offset) => {
			if (id === req + 8) this.#rx.push(Array.from(data.subarray(offset, offset + dlc)));
		});
	}

	#frame(): number[] {
		for (let ms = 0; ms < 200; ms++) {
			const f = this.#rx.shift();
			if (f) return f;
			this.sim.step(1);
		}
		throw new Error(`no answer on 0x${(this.req + 8).toString(16)} within 200 ms`);
	}

	#send(bytes: number[]): void {
		const d = [...bytes, ...new Array(8 - bytes.length).fill(0xcc)];
		expect(this.sim.inject(this.req, 0, 8, d)).toBe(true);
	}

	/** Sends one UDS request (single or segmented) and returns the response payload. */
	request(payload: number[]): number[] {
		if (payload.length <= 7) this.#send([payload.length, ...payload]);
		else {
			this.#send([0x10 | (payload.length >> 8), payload.length & 0xff, ...payload.slice(0, 6)]);
			expect(this.#frame()[0] >> 4).toBe(3); // flow control from the ECU
			for (let i = 6, sn = 1; i < payload.length; i += 7, sn++) this.#send([0x20 | (sn & 15), ...payload.slice(i, i + 7)]);
		}
		const first = this.#frame();
		if (first[0] >> 4 === 0) return first.slice(1, 1 + first[0]);
		expect(first[0] >> 4).toBe(1);
		const len = ((first[0] & 15) << 8) | first[1];
		const out = first.slice(2);
		this.#send([0x30, 0, 0]);
		while (out.length < len) out.push(...this.#frame().slice(1));
		return out.slice(0, len);
	}
}

const ascii = (b: ArrayLike<number>) => String.fromCharCode(...Array.from(b));

/** Extended session, security level 1 (the documented default key algorithm), then writes F190. */
function writeVin(t: Tester, vin: string): void {
	expect(t.request([0x10, 0x03])[0]).toBe(0x50);
	const seedRsp = t.request([0x27, 0x01]);
	expect(seedRsp.slice(0, 2)).toEqual([0x67, 0x01]);
	const seed = ((seedRsp[2] << 24) | (seedRsp[3] << 16) | (seedRsp[4] << 8) | seedRsp[5]) >>> 0;
	const x = (seed ^ 0x5a3c96e1) >>> 0;
	const key = ((((x << 7) | (x >>> 25)) >>> 0) + 0x01010101) >>> 0;
	expect(t.request([0x27, 0x02, key >>> 24, (key >>> 16) & 0xff, (key >>> 8) & 0xff, key & 0xff])).toEqual([0x67, 0x02]);
	expect(t.request([0x2e, 0xf1, 0x90, ...Array.from(vin, (c) => c.charCodeAt(0))])).toEqual([0x6e, 0xf1, 0x90]);
}

function readVin(t: Tester): string {
	const rsp = t.request([0x22, 0xf1, 0x90]);
	expect(rsp.slice(0, 3)).toEqual([0x62, 0xf1, 0x90]);
	return ascii(rsp.slice(3));
}

describe('ECU NVM (real ICU firmware)', () => {
	const VIN = 'ZBV1TEST000000042';

	it('reports every nvm_write with ECU and block; a vehicle built from those blocks reads the VIN back', async () => {
		const images = await loadEcuImages();
		const writes: Array<{ ecu: string; block: number; bytes: Uint8Array }> = [];
		const sim = await Simulation.create({ seed: 5, onNvmWrite: (ecu, block, bytes) => writes.push({ ecu, block, bytes }) }, images);
		// the first tick already writes: every ECU's DEM stores its fresh DTC memory
		sim.step(1);
		expect(new Set(writes.map((w) => w.ecu))).toEqual(new Set(sim.nodes.map((n) => n.name)));
		sim.step(50);
		writes.length = 0;
		const t = new Tester(sim, 0x7e5);
		expect(readVin(t)).toBe('ZBV1SVM0000000001'); // the ICU's default before any write
		writeVin(t, VIN);
		const vinWrites = writes.filter((w) => w.ecu === 'icu' && w.block === 1);
		expect(vinWrites).toHaveLength(1);
		expect(ascii(vinWrites[0].bytes)).toBe(VIN);

		const nvm = sim.nvm();
		expect(ascii(nvm.get('icu')!.get(1)!)).toBe(VIN);
		// the image is a copy: the old vehicle writing on does not change it
		const before = nvm.get('icu')!.get(1);
		writeVin(t, 'ZBV1TEST000000043');
		expect(nvm.get('icu')!.get(1)).toBe(before);

		const again = await Simulation.create({ seed: 5, nvm }, images);
		again.step(50);
		expect(readVin(new Tester(again, 0x7e5))).toBe(VIN);
		// the image passed in is input only: the new vehicle's writes land in its own copy
		const t2 = new Tester(again, 0x7e5);
		writeVin(t2, 'ZBV1TEST000000044');
		expect(ascii(nvm.get('icu')!.get(1)!)).toBe(VIN);
		expect(ascii(again.nvm().get('icu')!.get(1)!)).toBe('ZBV1TEST000000044');
	});

	it('an erased NVM (a new part) gives the default VIN again; blocks of an ECU without an image are kept', async () => {
		const images = await loadEcuImages();
		const nvm: NvmImage = new Map([['icu', new Map([[1, new Uint8Array(Array.from(VIN, (c) => c.charCodeAt(0)))]])]]);
		const fresh = await Simulation.create({ seed: 5 }, images);
		fresh.step(50);
		expect(readVin(new Tester(fresh, 0x7e5))).toBe('ZBV1SVM0000000001');

		images.delete('icu');
		const withoutIcu = await Simulation.create({ seed: 5, nvm }, images);
		withoutIcu.step(10);
		expect(ascii(withoutIcu.nvm().get('icu')!.get(1)!)).toBe(VIN);
	});

	it('the same seed from the same NVM gives the same frames; a stored DTC changes what the cluster shows', async () => {
		const images = await loadEcuImages();
		const run = await Simulation.create({ seed: 9 }, images);
		run.step(3000);
		run.powerOff('fzc'); // the ICU confirms U0129 (lost communication with the FZC) and stores it
		run.step(3000);
		const nvm = run.nvm();

		const frames = async (from: NvmImage | undefined) => {
			const s = await Simulation.create({ seed: 9, nvm: from }, images);
			const tap = collectFrames(s);
			s.step(2000);
			const b = tap.take();
			return { ids: Array.from(b.id.subarray(0, b.count)), data: Array.from(b.data.subarray(0, b.count * b.stride)), cluster: s.snapshot().cluster };
		};
		const a = await frames(nvm);
		expect(await frames(nvm)).toEqual(a);
		const clean = await frames(undefined);
		expect(a.cluster?.warning).toBe(13); // SERVICE_REQUIRED: a confirmed DTC in the ICU's list
		expect(clean.cluster?.warning).toBe(0);
		expect(clean.data).not.toEqual(a.data);
	});
});
