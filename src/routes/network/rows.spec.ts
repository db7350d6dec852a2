import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDbc } from '$lib/can/dbc/parse';
import { FrameBatchBuilder } from '$lib/can/frame';
import { NetStats } from '$lib/can/net-stats';
import { messageRows, sortRows } from './rows';

const dbc = parseDbc(readFileSync('static/vehicle.dbc', 'utf8'), 'vehicle.dbc');
const msgs = dbc.messages.map((m) => ({ msg: m, period_ms: m.cycleTimeMs ?? 0 }));

function stats(frames: Array<[number, number]>): NetStats {
	const s = new NetStats();
	const bb = new FrameBatchBuilder();
	for (const [t, id] of frames.sort((a, b) => a[0] - b[0])) bb.push(t, id, 0, 0, []);
	s.add(bb.take());
	return s;
}

describe('network rows', () => {
	it('lists every DBC message, adds unknown identifiers, and flags periods off by more than 10 %', () => {
		const frames: Array<[number, number]> = [];
		for (let k = 0; k < 10; k++) {
			frames.push([k * 10_000, 0x100]); // VehicleState at its 10 ms
			frames.push([k * 12_000 + 1, 0x101]); // TorqueRequest at 12 ms instead of 10
			frames.push([k * 10_000 + 2, 0x5aa]); // not in the DBC
		}
		const rows = messageRows(stats(frames).rows(), msgs);
		expect(rows.length).toBe(dbc.messages.length + 1);
		const by = (id: number) => rows.find((r) => r.id === id)!;
		expect(by(0x100)).toMatchObject({ name: 'VehicleState', sender: 'CVC', dbcPeriod_ms: 10, count: 10, off: false });
		expect(by(0x100).mean_ms).toBeCloseTo(10, 9);
		expect(by(0x101).off).toBe(true);
		expect(by(0x5aa)).toMatchObject({ name: '(unknown)', known: false, off: false });
		expect(by(0x303).count).toBe(0); // in the DBC, never seen
	});

	it('sorts by any column both ways, keeping unseen rows last', () => {
		const frames: Array<[number, number]> = [];
		for (let k = 0; k < 5; k++) {
			frames.push([k * 10_000, 0x100]);
			frames.push([k * 50_000, 0x010]);
		}
		const rows = messageRows(stats(frames).rows(), msgs);
		const up = sortRows(rows, 'mean', false);
		const down = sortRows(rows, 'mean', true);
		expect(up.slice(0, 2).map((r) => r.id)).toEqual([0x100, 0x010]);
		expect(down.slice(0, 2).map((r) => r.id)).toEqual([0x010, 0x100]);
		expect(Number.isNaN(up.at(-1)!.mean_ms) && Number.isNaN(down.at(-1)!.mean_ms)).toBe(true);
		const names = sortRows(rows, 'name', false).map((r) => r.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(sortRows(rows, 'id', true)[0].id).toBe(Math.max(...rows.map((r) => r.id)));
	});
});
