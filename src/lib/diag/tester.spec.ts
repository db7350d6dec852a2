/**
 * The tester's timing on virtual time, asserted to the µs: STmin and block size when it sends, N_Bs, N_Cr,
 * P2 and P2* deadlines. Two kinds of peer: the real ECU firmware (wasm) where it can show the behaviour,
 * and a scripted ISO-TP peer on its own bus node where no ECU can (no ECU sends 0x78 or asks for STmin;
 * the tests that use it say so in their names). The bus is the real bus model in both.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { frameTimeNs } from '../can/bus/bits';
import { loadEcuImages } from '../sim/load-node';
import { Simulation } from '../sim/simulation';
import { DiagTester, type Exchange, type TesterOptions } from './tester';
import { PAD, segment } from './isotp';

let images: Map<string, WebAssembly.Module>;
beforeAll(async () => {
	images = await loadEcuImages();
});

/** Steps until every request is answered (at most `limitMs`), then returns the exchange. */
async function run(sim: Simulation, t: DiagTester, p: Promise<Exchange>, limitMs = 20_000): Promise<Exchange> {
	for (let k = 0; k < limitMs && t.busy; k++) sim.step(1);
	return p;
}

const dur = (data: ArrayLike<number>, id = 0x7e0): number => frameTimeNs(id, 0, data.length, data) / 1000;

interface PeerScript {
	/** FC the peer answers a first frame (and each block) with. */
	fc?: number[] | null;
	/** Answers to a complete request: [delay µs after the request's end, payload]. */
	answers?: Array<[number, number[]]>;
}

/** A scripted ISO-TP server on its own bus node (0x7E0 → 0x7E8): it only does what the script says. */
function scriptedPeer(sim: Simulation, script: PeerScript) {
	const node = sim.bus.addNode('PEER');
	const frames: Array<{ t: number; id: number; data: number[] }> = [];
	let got = 0;
	let want = 0;
	let block = 0;
	sim.on('frame', (t, id, _f, dlc, data, off, _s, from) => {
		const d = Array.from(data.subarray(off, off + dlc));
		frames.push({ t, id, data: d });
		if (from === node || id !== 0x7e0) return;
		const type = d[0] >> 4;
		let complete = false;
		if (type === 0) complete = true;
		else if (type === 1) {
			want = ((d[0] & 15) << 8) | d[1];
			got = 6;
			block = 0;
			if (script.fc) sim.bus.send(node, t, 0x7e8, 0, 8, [...script.fc, PAD, PAD, PAD, PAD, PAD].slice(0, 8));
		} else if (type === 2) {
			got += 7;
			block++;
			if (got >= want) complete = true;
			else if (script.fc && script.fc[1] > 0 && block === script.fc[1]) {
				block = 0;
				sim.bus.send(node, t, 0x7e8, 0, 8, [...script.fc, PAD, PAD, PAD, PAD, PAD].slice(0, 8));
			}
		}
		if (complete) for (const [delay, p] of script.answers ?? []) for (const f of segment(p)) sim.bus.send(node, t + delay, 0x7e8, 0, 8, f);
	});
	return { frames };
}

async function bare(opts: TesterOptions = {}) {
	const sim = await Simulation.create({ seed: 1 }, new Map());
	const tester = new DiagTester(opts);
	sim.addParticipant(tester);
	return { sim, tester };
}

describe('tester → peer (scripted peer node: no ECU asks for STmin or sends 0x78)', () => {
	it('honours the peer\'s STmin of 5 ms between consecutive frames, to the µs', async () => {
		const { sim, tester } = await bare();
		const peer = scriptedPeer(sim, { fc: [0x30, 0x00, 0x05], answers: [[0, [0x6e, 0xf1, 0x90]]] });
		const req = Array.from({ length: 40 }, (_, i) => i);
		const x = await run(sim, tester, tester.request(0x7e0, req));
		expect(x.result).toBe('OK');
		const cfs = peer.frames.filter((f) => f.id === 0x7e0 && f.data[0] >> 4 === 2);
		expect(cfs).toHaveLength(5); // 40 = 6 + 5 × 7 (the last one partly)
		const fc = peer.frames.find((f) => f.id === 0x7e8 && f.data[0] === 0x30)!;
		// the first CF is queued the moment the FC ends and starts after the 3-bit intermission (6 µs at
		// 500 kbit/s); each next one starts 5000 µs after the previous one ended
		expect(cfs[0].t - dur(cfs[0].data)).toBeCloseTo(fc.t + 6, 6);
		for (let k = 1; k < cfs.length; k++) expect(cfs[k].t - dur(cfs[k].data) - cfs[k - 1].t).toBeCloseTo(5000, 6);
	});

	it('honours STmin 0xF3 (300 µs) and block size 2 (waits for a new FC after every second CF)', async () => {
		const { sim, tester } = await bare();
		const peer = scriptedPeer(sim, { fc: [0x30, 0x02, 0xf3], answers: [[0, [0x6e, 0xf1, 0x90]]] });
		const x = await run(sim, tester, tester.request(0x7e0, Array.from({ length: 50 }, (_, i) => i)));
		expect(x.result).toBe('OK');
		const seq = peer.frames.filter((f) => f.id === 0x7e0 || (f.id === 0x7e8 && f.data[0] >> 4 === 3)).map((f) => (f.id === 0x7e8 ? 'FC' : ['SF', 'FF', 'CF'][f.data[0] >> 4]));
		// 50 bytes = FF (6) + 7 CFs
		expect(seq.join(' ')).toBe('FF FC CF CF FC CF CF FC CF CF FC CF');
		const cfs = peer.frames.filter((f) => f.id === 0x7e0 && f.data[0] >> 4 === 2);
		expect(cfs[1].t - dur(cfs[1].data) - cfs[0].t).toBeCloseTo(300, 6);
	});

	it('reports N_TIMEOUT_Bs exactly 1 000 000 µs after the first frame when no flow control comes', async () => {
		const { sim, tester } = await bare();
		const peer = scriptedPeer(sim, { fc: null });
		const x = await run(sim, tester, tester.request(0x7e0, Array.from({ length: 20 }, () => 0x11)));
		const ff = peer.frames.find((f) => f.id === 0x7e0)!;
		expect(x.result).toBe('N_TIMEOUT_Bs');
		expect(x.t_end).toBeCloseTo(ff.t + 1_000_000, 6);
		expect(peer.frames.filter((f) => f.id === 0x7e0)).toHaveLength(1);
	});

	it('reports P2_TIMEOUT exactly P2 after the request left when nobody answers', async () => {
		const { sim, tester } = await bare({ p2_us: 25_000 });
		scriptedPeer(sim, {});
		const x = await run(sim, tester, tester.request(0x7e0, [0x22, 0xf1, 0x90]));
		expect(x.result).toBe('P2_TIMEOUT');
		expect(x.t_end).toBeCloseTo(x.t_sent! + 25_000, 6);
	});

	it('waits P2* after each 0x78 responsePending and takes the final answer (scripted peer)', async () => {
		const { sim, tester } = await bare();
		const seen: string[] = [];
		tester.onTrace((e) => e.note.includes('responsePending') && seen.push(`${e.t_us}`));
		scriptedPeer(sim, { answers: [[10_000, [0x7f, 0x31, 0x78]], [4_010_000, [0x7f, 0x31, 0x78]], [8_500_000, [0x71, 0x01, 0x02, 0x00]]] });
		const x = await run(sim, tester, tester.request(0x7e0, [0x31, 0x01, 0x02, 0x00]));
		expect(x.result).toBe('OK');
		expect(x.responses[0].payload).toEqual([0x71, 0x01, 0x02, 0x00]);
		expect(x.responses[0].pending).toBe(2);
		expect(seen).toHaveLength(2); // shown as they happened, before the final answer
	});

	it('reports P2STAR_TIMEOUT exactly P2* after the last 0x78 (scripted peer)', async () => {
		const { sim, tester } = await bare({ p2star_us: 2_000_000 });
		const peer = scriptedPeer(sim, { answers: [[1_000, [0x7f, 0x31, 0x78]]] });
		const x = await run(sim, tester, tester.request(0x7e0, [0x31, 0x01, 0x02, 0x00]));
		const pending = peer.frames.filter((f) => f.id === 0x7e8).at(-1)!;
		expect(x.result).toBe('P2STAR_TIMEOUT');
		expect(x.t_end).toBeCloseTo(pending.t + 2_000_000, 6);
	});

	it('ends with N_BUFFER_OVFLW when the peer answers FC OVFLW', async () => {
		const { sim, tester } = await bare();
		scriptedPeer(sim, { fc: [0x32, 0x00, 0x00] });
		const x = await run(sim, tester, tester.request(0x7e0, Array.from({ length: 300 }, () => 1)));
		expect(x.result).toBe('N_BUFFER_OVFLW');
	});
});

describe('tester ↔ real ECU firmware', () => {
	it('reads the TCU VIN with BS 1: the ECU waits for our flow control before every consecutive frame', async () => {
		const sim = await Simulation.create({ seed: 1 }, images);
		const tester = new DiagTester({ bs: 1 });
		sim.addParticipant(tester);
		sim.step(200);
		const x = await run(sim, tester, tester.request(0x7e6, [0x22, 0xf1, 0x90]));
		expect(x.result).toBe('OK');
		expect(String.fromCharCode(...x.responses[0].payload.slice(3))).toBe('ZBV1SVM0000000001');
		const notes = x.trace.filter((e) => e.dir !== 'event').map((e) => `${e.dir} ${e.note.split(' ')[0]}`);
		expect(notes).toEqual(['tx SF', 'rx FF', 'tx FC', 'rx CF', 'tx FC', 'rx CF']);
	});

	it('the ECU honours our STmin of 5 ms over a 194-byte answer (TCU DTC aggregate D200)', async () => {
		const sim = await Simulation.create({ seed: 1 }, images);
		const tester = new DiagTester({ stmin: 5 });
		sim.addParticipant(tester);
		sim.step(200);
		const x = await run(sim, tester, tester.request(0x7e6, [0x22, 0xd2, 0x00]));
		expect(x.result).toBe('OK');
		expect(x.responses[0].payload).toHaveLength(3 + 194);
		const cf = x.trace.filter((e) => e.dir === 'rx' && e.note.startsWith('CF'));
		expect(cf).toHaveLength(28);
		// CFs are queued by the ECU's 1 ms task STmin after the previous one was queued (the firmware counts
		// STmin from handing the frame to the driver, not from its end on the bus: with arbitration delays the
		// gap end → start can be shorter, docs/diagnostics.md); the tick each CF started in is ≥ 5 ms on
		const tick = (e: { t_us: number; data?: number[] }) => Math.floor((e.t_us - dur(e.data!, 0x7ee)) / 1000);
		for (let k = 1; k < cf.length; k++) {
			expect(tick(cf[k]) - tick(cf[k - 1])).toBeGreaterThanOrEqual(5);
			expect(tick(cf[k]) - tick(cf[k - 1])).toBeLessThanOrEqual(6);
		}
	});

	it('an ECU that stops answering mid-transfer gives N_TIMEOUT_Cr exactly N_Cr after our flow control', async () => {
		const sim = await Simulation.create({ seed: 1 }, images);
		const tester = new DiagTester();
		sim.addParticipant(tester);
		sim.step(200);
		// pull the CVC's fuse the moment its first frame is on the bus
		const off = sim.on('frame', (_t, id, _f, _d, data, o) => {
			if (id === 0x7e8 && data[o] >> 4 === 1) {
				sim.powerOff('cvc');
				off();
			}
		});
		const x = await run(sim, tester, tester.request(0x7e0, [0x22, 0xf1, 0x90]));
		const fc = x.trace.find((e) => e.dir === 'tx' && e.note.startsWith('FC'))!;
		expect(x.result).toBe('N_TIMEOUT_Cr');
		expect(x.t_end).toBeCloseTo(fc.t_us + 1_000_000, 6);
		expect(x.error).toMatch(/6 of 20 bytes/);
		// the tester stays usable: the next request to another ECU is answered
		const y = await run(sim, tester, tester.request(0x7e6, [0x3e, 0x00]));
		expect(y.responses[0].payload).toEqual([0x7e, 0x00]);
	});

	it('a functional 3E 00 is answered by all seven ECUs within P2', async () => {
		const sim = await Simulation.create({ seed: 1 }, images);
		const tester = new DiagTester();
		sim.addParticipant(tester);
		sim.step(200);
		const x = await run(sim, tester, tester.request(0x7df, [0x3e, 0x00]));
		expect(x.result).toBe('OK');
		expect(x.responses.map((r) => r.id).sort()).toEqual([0x7e8, 0x7e9, 0x7ea, 0x7eb, 0x7ec, 0x7ed, 0x7ee]);
		for (const r of x.responses) expect(r.t_us - x.t_sent!).toBeLessThanOrEqual(50_000);
		expect(x.t_end).toBeCloseTo(x.t_sent! + 50_000, 6);
	});

	it('keeps the extended session open with 3E 80 every 2 s (S3 is 5 s), and the session falls back without it', async () => {
		const sim = await Simulation.create({ seed: 1 }, images);
		const tester = new DiagTester();
		sim.addParticipant(tester);
		sim.step(200);
		expect((await run(sim, tester, tester.request(0x7e4, [0x10, 0x03]))).responses[0].payload[0]).toBe(0x50);
		tester.setKeepAlive(0x7e4);
		sim.step(12_000);
		expect((await run(sim, tester, tester.request(0x7e4, [0x22, 0xf1, 0x86]))).responses[0].payload).toEqual([0x62, 0xf1, 0x86, 0x03]);
		tester.setKeepAlive(null);
		sim.step(6_000);
		expect((await run(sim, tester, tester.request(0x7e4, [0x22, 0xf1, 0x86]))).responses[0].payload).toEqual([0x62, 0xf1, 0x86, 0x01]);
	});

	it('is deterministic: the same seed gives the same exchange to the ns', async () => {
		const once = async () => {
			const sim = await Simulation.create({ seed: 7, profile: 'city' }, images);
			const tester = new DiagTester();
			sim.addParticipant(tester);
			sim.step(3000);
			return run(sim, tester, tester.request(0x7df, [0x22, 0xf1, 0x95]));
		};
		expect(JSON.stringify(await once())).toBe(JSON.stringify(await once()));
	});
});
