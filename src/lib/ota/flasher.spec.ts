/**
 * OTA through UDS into a running vehicle: a rebuilt CVC (software version DID 'CVC 1.1.0') is flashed with
 * 0x34/0x36/0x37 and boots at the 0x11 reset as a new wasm instance, NVM kept, while the other six ECUs keep
 * sending; a corrupted block, a missing block, a reset mid-transfer and a refused security step all leave
 * 'CVC 1.0.0' running. Real firmware, real bus model, the real tester.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagClient } from '../diag/client';
import { DiagTester } from '../diag/tester';
import { loadEcuImages } from '../sim/load-node';
import { Simulation } from '../sim/simulation';
import { buildEcuVariant } from './build-node';
import { flashEcu } from './flasher';

let images: Map<string, WebAssembly.Module>;
let v110: Uint8Array;
beforeAll(async () => {
	images = await loadEcuImages();
	v110 = await buildEcuVariant('cvc', '1.1.0');
}, 600_000);

const CVC = 0x7e0;

async function bench() {
	const sim = await Simulation.create({ seed: 7, profile: null }, images);
	sim.setInputs({ gear: 0 }); // parked: the CVC allows the programming session only in P at standstill
	const tester = new DiagTester();
	sim.addParticipant(tester);
	// the longest silence of each node, µs (the "heartbeats never stop" check)
	const last = new Map<string, number>();
	const gaps = new Map<string, number>();
	sim.on('frame', (t, _id, _f, _d, _data, _o, sender) => {
		const prev = last.get(sender);
		if (prev !== undefined) gaps.set(sender, Math.max(gaps.get(sender) ?? 0, t - prev));
		last.set(sender, t);
	});
	sim.step(3000);
	const windows = { gaps, last };
	const send = async (target: number, p: number[]) => {
		const pr = tester.request(target, p);
		for (let k = 0; k < 30_000 && tester.busy; k++) sim.step(1);
		return pr;
	};
	const client = new DiagClient(send, () => sim.now_us);
	const version = async (): Promise<string> => {
		const r = await client.raw(CVC, [0x22, 0xf1, 0x95]);
		const p = r.exchanges[0].responses[0].payload;
		return String.fromCharCode(...p.slice(3));
	};
	return { sim, tester, send, client, windows, version };
}

describe('OTA flash through UDS (real CVC firmware)', () => {
	it('flashes CVC 1.1.0 into the running vehicle: it boots the new image, the other ECUs never stop sending', async () => {
		const { sim, send, windows, version } = await bench();
		expect(await version()).toBe('CVC 1.0.0');
		const nvmBefore = sim.nvm().get('cvc');
		const baseline = new Map(windows.gaps);
		windows.gaps.clear();
		const t0 = sim.now_us;
		const steps: string[] = [];
		const r = await flashEcu(send, CVC, v110, { onProgress: (p) => void (steps.at(-1) !== p.step && steps.push(p.step)) });
		expect(r.reason).toBeNull();
		expect(r.ok).toBe(true);
		expect(r.maxBlockLength).toBe(256); // the UDS server's buffer; 254 data bytes per 0x36
		expect(r.blocks).toBe(Math.ceil(v110.length / 254));
		expect(steps).toEqual(['session', 'security', 'download', 'transfer', 'exit', 'reset']);
		sim.step(200);
		const host = sim.ecu('cvc').host;
		expect(host.imageGeneration).toBe(1);
		expect(host.lastBoot).toMatchObject({ size: v110.length, error: null });
		expect(await version()).toBe('CVC 1.1.0');
		// NVM kept across the image change (the DEM block the old image wrote at its reset is still there)
		for (const [block] of nvmBefore ?? []) expect(sim.nvm().get('cvc')!.has(block)).toBe(true);
		// no other ECU was silent longer during the flash than in the 3 s before it
		const longer: string[] = [];
		for (const e of ['FZC', 'RZC', 'SC', 'BCM', 'ICU', 'TCU']) {
			const before = baseline.get(e)!;
			const during = Math.max(windows.gaps.get(e) ?? Infinity, sim.now_us - windows.last.get(e)!);
			if (!(before > 0) || during > before + 1000) longer.push(`${e}: ${during} µs silent, ${before} µs before`);
		}
		expect(longer).toEqual([]);
		expect(sim.now_us - t0).toBeGreaterThan(1_000_000); // the flash took over a second of bus time
		for (const n of sim.nodes) expect(n.host.trap).toBeNull();
	}, 120_000);

	it('a corrupted block fails the CRC at 0x37 (NRC 0x72): the old image keeps running', async () => {
		const { sim, send, version } = await bench();
		const r = await flashEcu(send, CVC, v110, {
			tamperBlock: (i, req) => (i === 5 ? req.map((b, k) => (k === 10 ? b ^ 0xff : b)) : req)
		});
		expect(r.ok).toBe(false);
		expect(r.reason).toBe('0x37 RequestTransferExit: NRC 0x72 generalProgrammingFailure');
		await send(CVC, [0x11, 0x01]);
		sim.step(200);
		expect(sim.ecu('cvc').host.imageGeneration).toBe(0);
		expect(await version()).toBe('CVC 1.0.0');
	}, 120_000);

	it('a missing block is refused with NRC 0x73 at the next one', async () => {
		const { send, version } = await bench();
		const r = await flashEcu(send, CVC, v110, { tamperBlock: (i, req) => (i === 3 ? null : req) });
		expect(r.reason).toBe('0x36 block 5: NRC 0x73 wrongBlockSequenceCounter');
		expect(await version()).toBe('CVC 1.0.0');
	}, 120_000);

	it('a reset in the middle of the transfer boots the old image again', async () => {
		const { sim, send, version } = await bench();
		const r = await flashEcu(send, CVC, v110, { stopAfterBlocks: 20 });
		expect(r.reason).toBe('transfer stopped after 20 blocks');
		const x = await send(CVC, [0x11, 0x01]);
		expect(x.responses[0].payload).toEqual([0x51, 0x01]);
		sim.step(300);
		expect(sim.ecu('cvc').host.imageGeneration).toBe(0);
		expect(await version()).toBe('CVC 1.0.0');
		// and a complete flash afterwards still works: the aborted one left nothing behind
		expect((await flashEcu(send, CVC, v110)).ok).toBe(true);
		sim.step(200);
		expect(await version()).toBe('CVC 1.1.0');
	}, 180_000);

	it('RequestDownload without security access is denied (NRC 0x33) and outside the programming session not supported (0x7F)', async () => {
		const { send } = await bench();
		const dl = [0x34, 0x00, 0x44, 0, 0, 0, 0, 0, 0, 0x10, 0];
		expect((await send(CVC, dl)).responses[0].payload).toEqual([0x7f, 0x34, 0x7f]);
		await send(CVC, [0x10, 0x03]);
		await send(CVC, [0x10, 0x02]);
		expect((await send(CVC, dl)).responses[0].payload).toEqual([0x7f, 0x34, 0x33]);
		expect((await send(CVC, [0x36, 0x01, 0xaa])).responses[0].payload).toEqual([0x7f, 0x36, 0x24]);
	}, 60_000);
});
