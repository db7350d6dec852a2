import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrameBatchBuilder, FLAG_ERR } from './frame';
import { NetStats, crc8J1850, e2eCrc, e2eValid, e2eDataIds, periodOff } from './net-stats';
import { loadDbcFile } from './dbc/load-node';

/** Bit-by-bit CRC-8 straight from the definition (no table), as an independent reference. */
function refCrc(bytes: number[]): number {
	let c = 0xff;
	for (const b of bytes) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = c & 0x80 ? ((c << 1) ^ 0x1d) & 0xff : (c << 1) & 0xff;
	}
	return c ^ 0xff;
}

const hexBytes = (s: string) => Uint8Array.from(s.match(/../g)!.map((h) => parseInt(h, 16)));

/** Builds a valid E2E frame with the reference CRC. */
function e2eFrame(dataId: number, counter: number, payload: number[]): Uint8Array {
	const b0 = ((dataId & 15) << 4) | (counter & 15);
	return Uint8Array.from([b0, refCrc([dataId, b0, ...payload]), ...payload]);
}

describe('CRC-8 SAE J1850', () => {
	it('gives the catalogue check value 0x4B for "123456789"', () => {
		expect(crc8J1850(Array.from('123456789', (c) => c.charCodeAt(0)))).toBe(0x4b);
	});

	it('matches a bitwise reference on any input', () => {
		fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 70 }), (a) => crc8J1850(a) === refCrc(a)));
	});
});

describe('E2E check', () => {
	// Frames written by the C firmware in a headless run (candump -L), data IDs from static/vehicle.dbc.
	it.each([
		['Heartbeat_CVC', 2, '265500010000'],
		['VehicleState', 6, '679B7101006400'],
		['VehicleState', 6, '68C37100006400'],
		['TorqueRequest', 7, '789700000005'],
		['SafetyStatus', 5, '5E0C030100000001']
	])('accepts %s (data ID %i) %s from the firmware', (_n, dataId, hex) => {
		const d = hexBytes(hex);
		expect(e2eCrc(dataId, d, 0, d.length)).toBe(d[1]);
		expect(e2eValid(dataId, d, 0, d.length)).toBe(true);
	});

	it('rejects any single flipped bit and a wrong data ID', () => {
		const good = e2eFrame(6, 3, [0x71, 0x01, 0x00, 0x64, 0x00]);
		expect(e2eValid(6, good, 0, good.length)).toBe(true);
		for (let bit = 0; bit < good.length * 8; bit++) {
			const bad = good.slice();
			bad[bit >> 3] ^= 1 << (bit & 7);
			expect(e2eValid(6, bad, 0, bad.length), `bit ${bit}`).toBe(false);
		}
		expect(e2eValid(7, good, 0, good.length)).toBe(false);
		// same low nibble, different data ID byte: the CRC still tells them apart
		expect(e2eValid(6 + 16, good, 0, good.length)).toBe(false);
	});

	it('honours the offset into a batch and rejects frames too short for the header', () => {
		const f = e2eFrame(9, 1, [0x12, 0x34]);
		const buf = new Uint8Array(16);
		buf.set(f, 8);
		expect(e2eValid(9, buf, 8, f.length)).toBe(true);
		expect(e2eValid(9, buf, 8, 1)).toBe(false);
		expect(() => e2eCrc(9, buf, 8, 1)).toThrow(/at least 2 bytes \(got 1\)/);
	});

	it('reads the data IDs of the vehicle DBC', () => {
		const ids = e2eDataIds(loadDbcFile('static/vehicle.dbc'));
		expect(ids.get(0x100)).toBe(6);
		expect(ids.get(0x013)).toBe(5);
		expect(ids.has(0x014)).toBe(false); // BCM heartbeat is QM: no E2E
	});
});

describe('NetStats', () => {
	it('measures mean, min, max and standard deviation of the period per identifier', () => {
		const bb = new FrameBatchBuilder();
		// gaps 9, 11, 10, 10 ms → mean 10, min 9, max 11, population σ = sqrt(0.5) ms
		for (const t of [0, 9000, 20000, 30000, 40000]) bb.push(t, 0x123, 0, 2, [1, 2]);
		bb.push(45_000, 0x200, 0, 1, [0]);
		const s = new NetStats();
		s.add(bb.take());
		const [a, b] = s.rows();
		expect(a.id).toBe(0x123);
		expect(a.count).toBe(5);
		expect(a.meanPeriod_ms).toBeCloseTo(10, 9);
		expect(a.minPeriod_ms).toBe(9);
		expect(a.maxPeriod_ms).toBe(11);
		expect(a.stdPeriod_ms).toBeCloseTo(Math.sqrt(0.5), 9);
		expect(b.count).toBe(1);
		expect(b.meanPeriod_ms).toBeNaN();
	});

	it('gives the same statistics whether frames come in one batch or many', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 2, maxLength: 60 }), fc.integer({ min: 1, max: 7 }), (gaps, split) => {
				const one = new NetStats();
				const many = new NetStats();
				const all = new FrameBatchBuilder();
				let part = new FrameBatchBuilder();
				let t = 0;
				gaps.forEach((g, i) => {
					t += g;
					all.push(t, 7, 0, 0, []);
					part.push(t, 7, 0, 0, []);
					if (i % split === 0) {
						many.add(part.take());
						part = new FrameBatchBuilder();
					}
				});
				one.add(all.take());
				many.add(part.take());
				const [r1] = one.rows();
				const [r2] = many.rows();
				const mean = (gaps.slice(1).reduce((x, y) => x + y, 0) / (gaps.length - 1)) / 1000;
				return r1.count === gaps.length && Math.abs(r1.meanPeriod_ms - mean) < 1e-9 && Math.abs(r2.stdPeriod_ms - r1.stdPeriod_ms) < 1e-9 && r2.maxPeriod_ms === r1.maxPeriod_ms;
			})
		);
	});

	it('counts CRC errors and counter jumps or repeats on E2E identifiers only', () => {
		const s = new NetStats(new Map([[0x100, 6]]));
		const bb = new FrameBatchBuilder();
		const counters = [0, 1, 2, 2, 4, 5, 6]; // a repeat (2→2) and a jump (2→4)
		counters.forEach((c, i) => {
			const f = e2eFrame(6, c, [0x10, 0x20]);
			if (i === 5) f[1] ^= 0xff; // one corrupted CRC
			bb.push(i * 10_000, 0x100, 0, f.length, f);
			bb.push(i * 10_000 + 100, 0x101, 0, 3, [0xff, 0x00, 0x00]); // not E2E: never checked
		});
		s.add(bb.take());
		const [vs, other] = s.rows();
		expect(vs.e2eDataId).toBe(6);
		expect(vs.crcErrors).toBe(1);
		expect(vs.counterErrors).toBe(2);
		expect(other.crcErrors + other.counterErrors).toBe(0);
		expect(other.e2eDataId).toBeUndefined();
	});

	it('wraps the alive counter from 15 to 0 without an error', () => {
		const s = new NetStats(new Map([[0x10, 2]]));
		const bb = new FrameBatchBuilder();
		[14, 15, 0, 1].forEach((c, i) => {
			const f = e2eFrame(2, c, [0, 1, 0, 0]);
			bb.push(i * 50_000, 0x10, 0, f.length, f);
		});
		s.add(bb.take());
		expect(s.rows()[0].counterErrors).toBe(0);
		expect(s.rows()[0].crcErrors).toBe(0);
	});

	it('starts over on clear() (a new session), not from time alone, and keeps error frames apart', () => {
		const s = new NetStats();
		const bb = new FrameBatchBuilder();
		bb.push(100_000, 0x1, 0, 0, []);
		bb.push(200_000, 0x1, 0, 0, []);
		bb.push(210_000, 0, FLAG_ERR, 0, []);
		s.add(bb.take());
		expect(s.errorFrames).toBe(1);
		expect(s.rows().map((r) => r.id)).toEqual([0x1]);
		bb.push(300_000, 0x1, 0, 0, []);
		s.add(bb.take());
		expect(s.rows()[0].count).toBe(3);
		s.clear();
		bb.push(1_000, 0x2, 0, 0, []);
		s.add(bb.take());
		expect(s.rows().map((r) => r.id)).toEqual([0x2]);
		expect(s.errorFrames).toBe(0);
	});
});

describe('periodOff', () => {
	it('flags a measured period more than 10 % away from the DBC period, never an event message', () => {
		expect(periodOff(10.9, 10)).toBe(false);
		expect(periodOff(11.1, 10)).toBe(true);
		expect(periodOff(8.9, 10)).toBe(true);
		expect(periodOff(123, undefined)).toBe(false);
		expect(periodOff(123, 0)).toBe(false);
		expect(periodOff(NaN, 10)).toBe(false);
	});
});
