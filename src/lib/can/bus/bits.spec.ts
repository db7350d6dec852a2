import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLAG_BRS, FLAG_EXT, FLAG_FD, FLAG_RTR } from '../frame';
import { bitTimeNs, bytesToBits, crc15, crc17, crc21, fdFrameTimeNs, frameBits, frameTimeNs } from './bits';

// ---------------------------------------------------------------------------------------------------------
// An independent reference encoder: it builds the real bit sequence as an array, computes CRCs by
// polynomial long division (not the shift-register or table code under test), stuffs it with a generic
// stuffer and simply counts. Field layout per ISO 11898-1:2015.

const bitsOf = (v: number, n: number): number[] => Array.from({ length: n }, (_, i) => Math.floor(v / 2 ** (n - 1 - i)) % 2);

/** Remainder of (message with `init` XOR-ed into its first bits) · x^w divided by the generator. */
function crcByDivision(msg: number[], generator: number[], init: number): number[] {
	const w = generator.length - 1;
	const m = msg.slice();
	const initBits = bitsOf(init, w);
	for (let i = 0; i < w && i < m.length; i++) m[i] ^= initBits[i];
	const work = m.concat(new Array(w).fill(0));
	for (let i = 0; i < m.length; i++) {
		if (work[i] === 1) for (let k = 0; k <= w; k++) work[i + k] ^= generator[k];
	}
	return work.slice(m.length);
}
const G15 = bitsOf(0xc599, 16); // x^15+x^14+x^10+x^8+x^7+x^4+x^3+1
const G17 = bitsOf(0x3685b, 18); // x^17+x^16+x^14+x^13+x^11+x^6+x^4+x^3+x+1
const G21 = bitsOf(0x302899, 22); // x^21+x^20+x^13+x^11+x^7+x^4+x^3+1

/** Inserts a complement after every 5 equal bits; `phase[i]` of each output bit is its input bit's phase. */
function stuff(bits: number[], phase: number[]): { out: number[]; outPhase: number[]; count: number } {
	const out: number[] = [];
	const outPhase: number[] = [];
	let count = 0;
	let run = 0;
	let last = -1;
	bits.forEach((b, i) => {
		out.push(b);
		outPhase.push(phase[i]);
		run = b === last ? run + 1 : 1;
		last = b;
		if (run === 5) {
			out.push(1 - b);
			outPhase.push(i + 1 < bits.length ? phase[i + 1] : phase[i]);
			count++;
			last = 1 - b;
			run = 1;
		}
	});
	return { out, outPhase, count };
}

interface Ref {
	total: number;
	stuff: number;
	nominal: number;
	data: number;
	crc?: number;
}

const GRAY = [0, 1, 3, 2, 6, 7, 5, 4];

function reference(id: number, flags: number, dlc: number, data: number[], esi = 0): Ref {
	const ext = (flags & FLAG_EXT) !== 0;
	const rtr = flags & FLAG_RTR ? 1 : 0;
	if (!(flags & FLAG_FD)) {
		const len = rtr ? 0 : Math.min(dlc, 8);
		const head = ext
			? [0, ...bitsOf(id >>> 18, 11), 1, 1, ...bitsOf(id & 0x3ffff, 18), rtr, 0, 0, ...bitsOf(dlc, 4)]
			: [0, ...bitsOf(id, 11), rtr, 0, 0, ...bitsOf(dlc, 4)];
		const body = head.concat(bytesToBits(data.slice(0, len)));
		const crc = crcByDivision(body, G15, 0);
		const all = body.concat(crc);
		const s = stuff(all, all.map(() => 0));
		const total = s.out.length + 1 /* CRC delim */ + 2 /* ACK */ + 7; /* EOF */
		return { total, stuff: s.count, nominal: total, data: 0, crc: parseInt(crc.join(''), 2) };
	}
	const brs = flags & FLAG_BRS ? 1 : 0;
	const len = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64][dlc];
	const arb = ext
		? [0, ...bitsOf(id >>> 18, 11), 1, 1, ...bitsOf(id & 0x3ffff, 18), 0, 1, 0, brs]
		: [0, ...bitsOf(id, 11), 0, 0, 1, 0, brs];
	const rest = [esi, ...bitsOf(dlc, 4), ...bytesToBits(data.slice(0, len))];
	// Phase 0 = nominal rate, 1 = data rate. A stuff bit takes the phase of the bit that follows its trigger,
	// so one triggered by BRS is sent in the data phase.
	const raw = arb.concat(rest);
	const phase = raw.map((_, i) => (brs && i >= arb.length ? 1 : 0));
	const s = stuff(raw, phase);
	const sc = [...bitsOf(GRAY[s.count % 8], 3)];
	sc.push(sc.reduce((a, b) => a ^ b, 0)); // even parity over the Gray-coded count
	const wide = len > 16;
	const crc = crcByDivision(s.out.concat(sc), wide ? G21 : G17, wide ? 1 << 20 : 1 << 16);
	const field = sc.concat(crc);
	const crcField: number[] = [];
	let prev = s.out[s.out.length - 1];
	field.forEach((b, i) => {
		if (i % 4 === 0) crcField.push(1 - prev); // fixed stuff bit, complement of the bit before it
		crcField.push(b);
		prev = b;
	});
	const nominalHead = s.outPhase.filter((p) => p === 0).length;
	const dataHead = s.out.length - nominalHead;
	const tail = 1 + 2 + 7;
	const fieldPhaseBits = crcField.length;
	const total = s.out.length + fieldPhaseBits + tail;
	return brs
		? { total, stuff: s.count, nominal: nominalHead + tail, data: dataHead + fieldPhaseBits }
		: { total, stuff: s.count, nominal: total, data: 0 };
}

// Bytes biased towards long runs so stuffing (and runs that cross field borders) happen often.
const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0xff, 0x0f, 0xf0, 0x07, 0xe0, 0x1f, 0xf8));

const classicFrame = fc.record({
	ext: fc.boolean(),
	rtr: fc.boolean(),
	idStd: fc.oneof(fc.integer({ min: 0, max: 0x7ff }), fc.constantFrom(0, 0x7ff, 0x400, 0x3ff)),
	idExt: fc.oneof(fc.integer({ min: 0, max: 0x1fffffff }), fc.constantFrom(0, 0x1fffffff, 0x3ffff, 0x1ffc0000)),
	dlc: fc.integer({ min: 0, max: 15 }),
	data: fc.array(byte, { minLength: 8, maxLength: 8 })
});

const fdFrame = fc.record({
	ext: fc.boolean(),
	brs: fc.boolean(),
	esi: fc.constantFrom(0 as const, 1 as const),
	idStd: fc.oneof(fc.integer({ min: 0, max: 0x7ff }), fc.constantFrom(0, 0x7ff, 0x7c0)),
	idExt: fc.oneof(fc.integer({ min: 0, max: 0x1fffffff }), fc.constantFrom(0, 0x1fffffff)),
	dlc: fc.integer({ min: 0, max: 15 }),
	data: fc.array(byte, { minLength: 64, maxLength: 64 })
});

describe('frameBits against the reference bit-level encoder', () => {
	it('classical data and remote frames, standard and extended', () => {
		fc.assert(
			fc.property(classicFrame, (f) => {
				const flags = (f.ext ? FLAG_EXT : 0) | (f.rtr ? FLAG_RTR : 0);
				const id = f.ext ? f.idExt : f.idStd;
				const got = frameBits(id, flags, f.dlc, f.data);
				const ref = reference(id, flags, f.dlc, f.data);
				expect(got.totalBits).toBe(ref.total);
				expect(got.stuffBits).toBe(ref.stuff);
				expect(got.crc).toBe(ref.crc);
				expect(got.nominalBits).toBe(ref.total);
				expect(got.dataBits).toBe(0);
			}),
			{ numRuns: 3000 }
		);
	});

	it('CAN FD frames with and without bit-rate switch, both ESI levels', () => {
		fc.assert(
			fc.property(fdFrame, (f) => {
				const flags = FLAG_FD | (f.ext ? FLAG_EXT : 0) | (f.brs ? FLAG_BRS : 0);
				const id = f.ext ? f.idExt : f.idStd;
				const got = frameBits(id, flags, f.dlc, f.data, 0, f.esi);
				const ref = reference(id, flags, f.dlc, f.data, f.esi);
				expect(got.totalBits).toBe(ref.total);
				expect(got.stuffBits).toBe(ref.stuff);
				expect(got.nominalBits).toBe(ref.nominal);
				expect(got.dataBits).toBe(ref.data);
			}),
			{ numRuns: 3000 }
		);
	});

	it('reads the payload from an offset inside a larger buffer', () => {
		fc.assert(
			fc.property(fc.array(byte, { minLength: 80, maxLength: 80 }), fc.integer({ min: 0, max: 16 }), (buf, off) => {
				const ref = reference(0x123, FLAG_FD | FLAG_BRS, 15, buf.slice(off, off + 64));
				expect(frameBits(0x123, FLAG_FD | FLAG_BRS, 15, buf, off).totalBits).toBe(ref.total);
			})
		);
	});
});

describe('hand-checked vectors', () => {
	it('CRC check values of the reveng CRC catalogue ("123456789")', () => {
		// reveng.sourceforge.io/crc-catalogue: CRC-15/CAN check=0x059e, CRC-17/CAN-FD check=0x04f03,
		// CRC-21/CAN-FD check=0x0ed841 (all with init 0, no reflection, no final XOR).
		const msg = bytesToBits([...'123456789'].map((c) => c.charCodeAt(0)));
		expect(crc15(msg)).toBe(0x059e);
		expect(crc17(msg)).toBe(0x04f03);
		expect(crc21(msg)).toBe(0x0ed841);
	});

	it('ID 0x000, DLC 0 standard data frame: 34 dominant bits get 6 stuff bits → 50 bits + 3 intermission', () => {
		// SOF, 11 ID bits, RTR, IDE, r0 and DLC 0000 are 19 zeros; the CRC of all zeros is 0, so SOF..CRC is 34
		// zeros. A stuff bit follows every 5th: floor(34 / 5) = 6 (34 = 6·5 + 4, so none after the last bit).
		const b = frameBits(0, 0, 0);
		expect(b.crc).toBe(0);
		expect(b.stuffBits).toBe(6);
		expect(b.totalBits).toBe(34 + 6 + 10);
		expect(frameTimeNs(0, 0, 0)).toBe(50 * 2000);
	});

	it('ID 0x000, 8 zero bytes: the 15 leading zeros and the 67-zero run give 3 + 13 stuff bits', () => {
		// SOF..r0 = 15 zeros → stuff after the 5th, 10th, 15th (3). The third stuff bit (1) and DLC's 1 are a
		// run of two; DLC's 000 and 64 data zeros are 67 zeros → 13 stuff bits, 2 zeros left in the run.
		// The CRC-15 of that header+data (by long division) is 0x145b = 001010001011011: its longest run is 3
		// and it begins with 00 after the 2 left-over zeros (a run of 4), so it adds no stuff bit.
		const data = new Array(8).fill(0);
		const crc = parseInt(crcByDivision([...new Array(15).fill(0), 1, 0, 0, 0, ...new Array(64).fill(0)], G15, 0).join(''), 2);
		expect(crc).toBe(0x145b);
		const b = frameBits(0, 0, 8, data);
		expect(b.crc).toBe(0x145b);
		expect(b.stuffBits).toBe(16);
		expect(b.totalBits).toBe(44 + 64 + 16);
	});

	it('ID 0x000 CAN FD, DLC 0: 3 dynamic stuff bits, CRC-17 field with 6 fixed stuff bits', () => {
		// SOF, ID, RRS, IDE = 14 zeros → stuff after 5th and 10th; FDF = 1 breaks the run; res, BRS, ESI and
		// DLC 0000 = 7 zeros → 1 more. 22 header + 3 + (4 stuff count + 17 CRC + 6 FSB) + 10 = 62 bits.
		expect(frameBits(0, FLAG_FD, 0)).toMatchObject({ totalBits: 62, stuffBits: 3, fixedStuffBits: 6, dataBits: 0 });
		// With BRS = 1: SOF..BRS has 2 stuff bits (17 + 2 bits + 10 tail at 500 kbit/s); ESI + DLC are 5 zeros
		// after BRS's 1 → 1 stuff bit, so 5 + 1 + 27 bits at 2 Mbit/s: 29·2000 + 33·500 ns.
		const brs = frameBits(0, FLAG_FD | FLAG_BRS, 0);
		expect(brs).toMatchObject({ nominalBits: 29, dataBits: 33 });
		expect(fdFrameTimeNs(0, FLAG_FD | FLAG_BRS, 0, [], 0, 500_000, 2_000_000)).toBe(29 * 2000 + 33 * 500);
	});

	it('never exceeds the published worst case (Davis et al., 2007)', () => {
		// Davis, Burns, Bril, Lukkien, "CAN schedulability analysis: refuted, revisited and revised":
		// C = (g + 8n + 13 + floor((g + 8n − 1) / 4)) bit times with g = 34 (standard) / 54 (extended),
		// intermission included; e.g. 135 bits for an 8-byte standard frame.
		fc.assert(
			fc.property(classicFrame, (f) => {
				const flags = f.ext ? FLAG_EXT : 0;
				const n = Math.min(f.dlc, 8);
				const g = f.ext ? 54 : 34;
				const b = frameBits(f.ext ? f.idExt : f.idStd, flags, f.dlc, f.data);
				expect(b.totalBits + b.intermissionBits).toBeLessThanOrEqual(g + 8 * n + 13 + Math.floor((g + 8 * n - 1) / 4));
			}),
			{ numRuns: 2000 }
		);
		expect(34 + 64 + 13 + Math.floor((34 + 64 - 1) / 4)).toBe(135);
	});

	it('without dynamic stuffing every frame matches the Linux can_frame_bits() field sizes', () => {
		// include/linux/can/length.h: classical header 19 / 39 bits, CRC field 16, footer 9 (ACK slot,
		// ACK delimiter, EOF), intermission 3; FD header 22 / 41, CRC17 field 28 (≤ 16 bytes), CRC21 field 33.
		for (const ext of [false, true]) {
			for (let dlc = 0; dlc <= 15; dlc++) {
				const data = new Array(64).fill(0x55);
				const c = frameBits(1, ext ? FLAG_EXT : 0, dlc, data);
				const n = Math.min(dlc, 8);
				expect(c.totalBits - c.stuffBits + 3).toBe((ext ? 39 : 19) + 8 * n + 16 + 9 + 3);
				const f = frameBits(1, FLAG_FD | (ext ? FLAG_EXT : 0), dlc, data);
				const len = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64][dlc];
				expect(f.totalBits - f.stuffBits + 3).toBe((ext ? 41 : 22) + 8 * len + (len <= 16 ? 28 : 33) + 9 + 3);
				expect(f.fixedStuffBits).toBe(len <= 16 ? 6 : 7);
			}
		}
	});

	it('a remote frame carries no data field whatever its DLC', () => {
		const a = frameBits(0x321, FLAG_RTR, 8);
		expect(a.totalBits).toBe(reference(0x321, FLAG_RTR, 8, []).total);
		expect(a.totalBits).toBeLessThan(frameBits(0x321, 0, 8, new Array(8).fill(0x55)).totalBits);
	});
});

describe('timing and input checks', () => {
	it('converts bits to exact ns at both rates', () => {
		const data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
		const b = frameBits(0x1abcdef, FLAG_FD | FLAG_EXT | FLAG_BRS, 9, data);
		expect(fdFrameTimeNs(0x1abcdef, FLAG_FD | FLAG_EXT | FLAG_BRS, 9, data, 0, 1_000_000, 8_000_000)).toBe(
			b.nominalBits * 1000 + b.dataBits * 125
		);
		expect(bitTimeNs(500_000)).toBe(2000);
		expect(bitTimeNs(800_000)).toBe(1250);
		expect(() => bitTimeNs(3_000_000)).toThrow(/333\.3.*whole ns/);
	});

	it('names the bad field', () => {
		expect(() => frameBits(0x800, 0, 0)).toThrow(/id 2048 \(0x800\).*standard.*max 0x7ff/);
		expect(() => frameBits(0x20000000, FLAG_EXT, 0)).toThrow(/extended/);
		expect(() => frameBits(1, 0, 16)).toThrow(/dlc 16/);
		expect(() => frameBits(1, FLAG_FD | FLAG_RTR, 0)).toThrow(/no remote frames/);
		expect(() => frameBits(1, FLAG_BRS, 0)).toThrow(/FLAG_BRS needs FLAG_FD/);
		expect(() => frameBits(1, 0, 4, [1, 2])).toThrow(/needs 4 data bytes from offset 0, got 2/);
		expect(() => fdFrameTimeNs(1, 0, 0, [], 0, 500_000, 2_000_000)).toThrow(/FLAG_FD/);
		expect(() => crc15([0, 2])).toThrow(/bits\[1\] is 2/);
	});
});
