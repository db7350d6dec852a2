import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDbcFile } from '../can/dbc/load-node';
import type { Dbc } from '../can/dbc/types';
import { ATTACK_KINDS } from '../sim/bench/attacks/index';
import { variantSpec } from '../sim/bench/attacks/plan';
import { loadEcuImages } from '../sim/load-node';
import { IdsDetector } from './detector';
import { attackDrive, cleanDrive, type Images } from './drive';
import { parseHcrlCsv, toHcrlCsv } from './hcrl';
import { parseModel, type IdsModel } from './model';

const root = resolve(import.meta.dirname, '../../..');
let images: Images;
let dbc: Dbc;
let model: IdsModel;

beforeAll(async () => {
	images = await loadEcuImages();
	dbc = loadDbcFile(resolve(root, 'static/vehicle.dbc'));
	model = parseModel(JSON.parse(readFileSync(resolve(root, 'static/ids/model.json'), 'utf8')));
});

describe('intrusion detector on the simulated vehicle (static/ids/model.json)', () => {
	it('raises no alert on a clean drive with a seed it was not learned on', async () => {
		const r = await cleanDrive(images, dbc, model, 'city', 77, 40);
		expect(r.frames).toBeGreaterThan(30_000);
		expect(r.alerts).toEqual([]);
	}, 60_000);

	for (const kind of ATTACK_KINDS) {
		it(`detects ${kind} within its time limit`, async () => {
			const o = await attackDrive(images, dbc, model, variantSpec(kind, dbc, 1, 5), 'city', 5, 10, 1);
			expect(o.before).toBe(0);
			expect(o.start_us).not.toBeNull();
			expect(o.ttd_us).not.toBeNull();
			expect(o.ttd_us!).toBeLessThanOrEqual(kind === 'masquerade' || kind === 'replay' ? 1e6 : 1e5);
		}, 60_000);
	}
});

describe('sessions', () => {
	it('after reset() a new session whose clock starts at 0 again raises no rate alert', () => {
		const det = new IdsDetector(
			{ version: 1, trainedOn: [], seconds: 1, ids: [{ key: 0x316, count: 100, dlcs: [8], period_us: 10_000, minGap_us: 10_000, maxGap_us: 10_000, maxPerSecond: 100, fixedMask: [], fixedBits: [] }] },
			null
		);
		const data = new Uint8Array(8);
		// 20 s of the old session, then a reset and 5 s from t = 0: the same 100 frames a second throughout
		for (let t = 0; t < 20e6; t += 10_000) det.feed(t, 0x316, 0, 8, data, 0);
		expect(det.take()).toEqual([]);
		det.reset();
		for (let t = 0; t < 5e6; t += 10_000) det.feed(t, 0x316, 0, 8, data, 0);
		expect(det.take().map((a) => a.cls)).toEqual([]);
	});
});

describe('identifiers also sent on change', () => {
	const model = (minGap_us: number): IdsModel => ({
		version: 1,
		trainedOn: [],
		seconds: 1,
		ids: [{ key: 0x402, count: 100, dlcs: [1], period_us: 100_000, minGap_us, maxGap_us: 100_000, maxPerSecond: 11, fixedMask: [], fixedBits: [] }]
	});
	const drive = (det: IdsDetector, extra: number[]) => {
		const data = new Uint8Array(1);
		const times = [...Array.from({ length: 30 }, (_, k) => k * 100_000), ...extra].sort((a, b) => a - b);
		for (const t of times) det.feed(t, 0x402, 0, 1, data, 0);
		return det.take().map((a) => a.cls);
	};
	it('a frame sent on change between two cycles is normal when the drives saw such gaps (shortest gap < half the period)', () => {
		// learned: a 100 ms cycle and a change sent 17.8 ms after a cycle frame; now one comes after 7.4 ms
		expect(drive(new IdsDetector(model(17_832), null), [1_507_400])).toEqual([]);
		// a burst still raises the rate alert
		expect(drive(new IdsDetector(model(17_832), null), Array.from({ length: 20 }, (_, k) => 1_500_000 + 1000 * (k + 1)))).toContain('rate');
	});
	it('a strictly cyclic identifier keeps its timing check', () => {
		expect(drive(new IdsDetector(model(99_000), null), [1_507_400])).toContain('timing');
	});
});

describe('HCRL Car-Hacking CSV', () => {
	it('reads the data set columns, with and without flags, and finds the injected frames', () => {
		const rows = ['Timestamp,ID,DLC,Data,Flag'];
		// 0x316 every 10 ms, then an injected 0x000 burst flagged T (the data set's DoS attack)
		for (let k = 0; k < 200; k++) rows.push(`${(1478198376 + k * 0.01).toFixed(6)},0316,8,05,21,68,09,21,21,00,6f,R`);
		for (let k = 0; k < 5; k++) rows.push(`${(1478198378 + k * 0.0003).toFixed(6)},0000,8,00,00,00,00,00,00,00,00,T`);
		rows.push('1478198378.01,0153,2,ab,cd');
		const f = parseHcrlCsv(rows.join('\n'), 'dos.csv');
		expect(f.batch.count).toBe(206);
		expect(f.batch.id[0]).toBe(0x316);
		expect(f.batch.t_us[1] - f.batch.t_us[0]).toBe(10_000);
		expect([...f.injected].filter(Boolean).length).toBe(5);
		expect(f.batch.dlc[205]).toBe(2);
		const back = parseHcrlCsv(toHcrlCsv(f.batch, f.injected), 'again.csv');
		expect([...back.batch.data]).toEqual([...f.batch.data]);
		// a model that knows only the regular 0x316: the injected 0x000 and the 0x153 are unknown at once
		const det = new IdsDetector(
			{ version: 1, trainedOn: [], seconds: 1, ids: [{ key: 0x316, count: 100, dlcs: [8], period_us: 10_000, minGap_us: 10_000, maxGap_us: 10_000, maxPerSecond: 100, fixedMask: [], fixedBits: [] }] },
			null
		);
		const alerts = det.feedBatch(f.batch);
		expect(alerts.map((a) => [a.cls, a.id])).toEqual([
			['unknown-id', 0],
			['unknown-id', 0x153]
		]);
	});

	it('names the file and line of a malformed row', () => {
		expect(() => parseHcrlCsv('1.0,0316,8,05,21,68,R', 'x.csv')).toThrow('x.csv:1: DLC 8 but 4 data fields');
		expect(() => parseHcrlCsv('1.0,03G6,1,05,R', 'x.csv')).toThrow("x.csv:1: ID '03G6' is not hexadecimal");
		expect(() => parseHcrlCsv('1.0,0316,1,05,X', 'y.csv')).toThrow("y.csv:1: flag 'X' is neither R nor T");
	});
});
