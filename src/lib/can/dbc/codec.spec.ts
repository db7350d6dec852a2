import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DbcCodec, compileMessage, roundHalfEven } from './codec';
import { loadDbcFile } from './load-node';
import { parseDbc } from './parse';
import { DBC_SAMPLES_DIR } from './samples-node';
import type { DbcMessage, DbcSignal, ValueType } from './types';

const SAMPLES = DBC_SAMPLES_DIR;
const haveSamples = existsSync(SAMPLES);
if (!haveSamples) console.log(`[codec.spec] ${SAMPLES} is absent: the sample-file tests are skipped`);

// ---- an independent reference: cantools' formulation with BigInt over the whole payload ----

/** DBC bit positions (byte*8 + bit) of a signal, LSB first, via cantools' "msb0" numbering for Motorola. */
function refBits(start: number, length: number, intel: boolean): number[] {
	if (intel) return Array.from({ length }, (_, k) => start + k);
	const msb0 = 8 * Math.floor(start / 8) + (7 - (start % 8));
	// msb0 index m ↔ byte m>>3, bit 7-(m&7); the value occupies msb0 [msb0, msb0+length), MSB first.
	return Array.from({ length }, (_, k) => {
		const m = msb0 + length - 1 - k;
		return (m >> 3) * 8 + (7 - (m & 7));
	});
}

function refRaw(data: Uint8Array, s: DbcSignal): number {
	let v = 0n;
	const n = data.length * 8;
	if (s.byteOrder === 'little_endian') {
		let le = 0n;
		for (let i = data.length - 1; i >= 0; i--) le = (le << 8n) | BigInt(data[i]);
		v = (le >> BigInt(s.startBit)) & ((1n << BigInt(s.length)) - 1n);
	} else {
		let be = 0n;
		for (let i = 0; i < data.length; i++) be = (be << 8n) | BigInt(data[i]);
		const msb0 = 8 * Math.floor(s.startBit / 8) + (7 - (s.startBit % 8));
		v = (be >> BigInt(n - msb0 - s.length)) & ((1n << BigInt(s.length)) - 1n);
	}
	if (s.valueType === 'float32' || s.valueType === 'float64') {
		const dv = new DataView(new ArrayBuffer(8));
		if (s.valueType === 'float32') {
			dv.setUint32(0, Number(v));
			return dv.getFloat32(0);
		}
		dv.setBigUint64(0, v);
		return dv.getFloat64(0);
	}
	if (s.valueType === 'signed' && v >= 1n << BigInt(s.length - 1)) v -= 1n << BigInt(s.length);
	return Number(v);
}

function makeSignal(name: string, start: number, length: number, intel: boolean, valueType: ValueType): DbcSignal {
	return {
		name,
		startBit: start,
		length,
		byteOrder: intel ? 'little_endian' : 'big_endian',
		valueType,
		factor: 1,
		offset: 0,
		min: 0,
		max: 0,
		unit: '',
		receivers: [],
		isMultiplexor: false,
		attributes: new Map()
	};
}

function makeMessage(length: number, signals: DbcSignal[]): DbcMessage {
	return { id: 1, extended: false, name: 'M', length, senders: [], signals, attributes: new Map(), isFd: length > 8, signalGroups: [] };
}

const candidate = fc.record({
	intel: fc.boolean(),
	kind: fc.constantFrom<ValueType>('unsigned', 'signed', 'signed', 'unsigned', 'float32', 'float64'),
	start: fc.nat(511),
	length: fc.integer({ min: 1, max: 64 }),
	raw: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
	f32: fc.float({ noNaN: true }),
	f64: fc.double({ noNaN: true })
});

/** Random non-overlapping layout inside a message of `len` bytes, with a raw value per signal. */
const layout = fc.record({ len: fc.constantFrom(1, 2, 3, 5, 8, 8, 8, 12, 32, 64), cands: fc.array(candidate, { maxLength: 14 }) }).map(({ len, cands }) => {
	const used = new Set<number>();
	const signals: DbcSignal[] = [];
	const raws: number[] = [];
	for (const c of cands) {
		const length = c.kind === 'float32' ? 32 : c.kind === 'float64' ? 64 : c.length;
		const start = c.start % (len * 8);
		const bits = refBits(start, length, c.intel);
		if (bits.some((b) => b < 0 || b >= len * 8 || used.has(b))) continue;
		bits.forEach((b) => used.add(b));
		signals.push(makeSignal(`s${signals.length}`, start, length, c.intel, c.kind));
		if (c.kind === 'float32') raws.push(c.f32);
		else if (c.kind === 'float64') raws.push(c.f64);
		else {
			// Keep ≤ 53 significant bits so the value is exact as a JS number.
			let v = c.raw & ((1n << BigInt(length)) - 1n);
			if (length > 53) v &= ~((1n << BigInt(length - 53)) - 1n);
			if (c.kind === 'signed' && v >= 1n << BigInt(length - 1)) v -= 1n << BigInt(length);
			raws.push(Number(v));
		}
	}
	return { msg: makeMessage(len, signals), raws };
});

describe('compiled codec against the bit-level reference', () => {
	it('encodeRaw → decodeRaw gives the raw values back, and the reference reads the same bytes', () => {
		fc.assert(
			fc.property(layout, ({ msg, raws }) => {
				const c = compileMessage(msg);
				const bytes = new Uint8Array(msg.length + 3).fill(0xa5);
				c.encodeRaw(Float64Array.from(raws), bytes, 3);
				const out = new Float64Array(raws.length);
				c.decodeRaw(bytes, 3, out);
				expect(Array.from(out)).toEqual(raws);
				const payload = bytes.subarray(3);
				msg.signals.forEach((s, i) => expect(refRaw(payload, s)).toEqual(raws[i]));
				expect(bytes.subarray(0, 3)).toEqual(new Uint8Array([0xa5, 0xa5, 0xa5])); // nothing before offset
			}),
			{ numRuns: 400 }
		);
	});

	it('decodeRaw agrees with the reference on random bytes (any layout, 64-bit signals included)', () => {
		fc.assert(
			fc.property(layout, fc.uint8Array({ minLength: 64, maxLength: 64 }), ({ msg }, rnd) => {
				const data = rnd.subarray(0, msg.length);
				const out = new Float64Array(msg.signals.length);
				compileMessage(msg).decodeRaw(data, 0, out);
				msg.signals.forEach((s, i) => expect(out[i]).toEqual(refRaw(data, s)));
			}),
			{ numRuns: 400 }
		);
	});

	it('signalBitPositions-independent check of a Motorola signal that crosses bytes (signed.dbc s8big)', () => {
		const s = makeSignal('s8big', 0, 8, false, 'signed');
		const out = new Float64Array(1);
		// MSB is byte 0 bit 0, the 7 lower bits are byte 1 bits 7..1.
		compileMessage(makeMessage(8, [s])).decodeRaw(new Uint8Array([0x01, 0xfe, 0, 0, 0, 0, 0, 0]), 0, out);
		expect(out[0]).toBe(-1);
		compileMessage(makeMessage(8, [s])).decodeRaw(new Uint8Array([0x00, 0x02, 0, 0, 0, 0, 0, 0]), 0, out);
		expect(out[0]).toBe(1);
	});
});

describe('physical values, rounding and clamping', () => {
	const dbc = parseDbc(
		'VERSION ""\nBS_:\nBU_: A\nBO_ 1 M: 8 A\n' +
			' SG_ U : 0|8@1+ (1,0) [0|255] "" A\n' +
			' SG_ S : 8|8@1- (0.5,-1) [0|0] "" A\n' +
			' SG_ F : 16|32@1- (2,1) [0|0] "" A\n' +
			'SIG_VALTYPE_ 1 F : 1;\n'
	);
	const c = new DbcCodec(dbc).message(1)!;
	const bytes = new Uint8Array(8);
	const out = new Float64Array(3);
	const roundTrip = (v: Record<string, number>) => {
		c.encode(v, bytes);
		c.decode(bytes, 0, out);
		return Array.from(out);
	};

	it('rounds half to even like Python round()', () => {
		expect([2.5, 3.5, -2.5, -3.5, 0.49999].map(roundHalfEven)).toEqual([2, 4, -2, -4, 0]);
		expect(roundTrip({ U: 2.5, S: 0, F: 0 })[0]).toBe(2);
		expect(roundTrip({ U: 3.5, S: 0, F: 0 })[0]).toBe(4);
	});

	it('clamps to the raw range of the signal', () => {
		expect(roundTrip({ U: 300, S: 1000, F: 0 }).slice(0, 2)).toEqual([255, 127 * 0.5 - 1]);
		expect(roundTrip({ U: -4, S: -1000, F: 0 }).slice(0, 2)).toEqual([0, -128 * 0.5 - 1]);
	});

	it('scales float signals without rounding', () => {
		expect(roundTrip({ U: 0, S: 0, F: 7.5 })[2]).toBe(7.5);
	});

	it('leaves missing values at zero bits and clears the payload first', () => {
		bytes.fill(0xff);
		c.encode({ U: 7 }, bytes);
		expect(Array.from(bytes)).toEqual([7, 0, 0, 0, 0, 0, 0, 0]);
	});
});

describe.skipIf(!haveSamples)('sample DBCs', () => {
	const load = (f: string) => new DbcCodec(loadDbcFile(join(SAMPLES, f)));

	it('motohawk ExampleMessage: hand-checked bytes', () => {
		const c = load('motohawk.dbc').message(496)!;
		const b = new Uint8Array(8);
		// Enable (bit 7) = 1 → 0x80; AverageRadius 3.2/0.1 = 32 = 0b100000 in bits 6..1 → 0x40; so byte 0 = C0.
		// Temperature raw = (250.55 − 250)/0.01 = 55 = 0b0000_0011_0111, 12 bits Motorola from byte 0 bit 0:
		// bit 11 → byte0.0 = 0, bits 10..3 → byte 1 = 0b00000110 = 06, bits 2..0 → byte 2 bits 7..5 = 0b111 → E0.
		c.encode({ Enable: 1, AverageRadius: 3.2, Temperature: 250.55 }, b);
		expect(Buffer.from(b).toString('hex')).toBe('c006e00000000000');
		// 250.1 → raw 10 = 0b0000_0000_1010: byte 1 = 01, byte 2 = 0b010 << 5 = 40.
		c.encode({ Enable: 1, AverageRadius: 3.2, Temperature: 250.1 }, b);
		expect(Buffer.from(b).toString('hex')).toBe('c001400000000000');
		const out = new Float64Array(3);
		c.decode(Uint8Array.from([0xc0, 0x06, 0xe0, 0, 0, 0, 0, 0]), 0, out);
		expect(c.signalNames).toEqual(['Temperature', 'AverageRadius', 'Enable']);
		expect(out[0]).toBeCloseTo(250.55, 10);
		expect(out[1]).toBeCloseTo(3.2, 10);
		expect(out[2]).toBe(1);
	});

	it('issue_184 cascaded multiplexing: only the selected branch decodes, the rest is NaN', () => {
		const c = load('issue_184_extended_mux_cascaded.dbc').message(0x80000001)!;
		const out = new Float64Array(c.signals.length);
		const get = (n: string) => out[c.indexOf.get(n)!];
		c.decode(Uint8Array.from([2, 1, 0, 42, 0, 0, 0, 0]), 0, out);
		expect([get('MUX_A'), get('muxed_A_2_MUX_B'), get('muxed_B_1')]).toEqual([2, 1, 42]);
		expect(get('muxed_A_1')).toBeNaN();
		expect(get('muxed_B_0')).toBeNaN();
		c.decode(Uint8Array.from([1, 9, 0, 42, 0, 0, 0, 0]), 0, out);
		expect(get('muxed_A_1')).toBe(9);
		// muxed_B_1 needs MUX_A = 2 first: its own switch is not present.
		expect([get('muxed_A_2_MUX_B'), get('muxed_B_1'), get('muxed_B_0')].every(Number.isNaN)).toBe(true);
	});

	it('issue_184 cascaded multiplexing: encode writes only selected signals', () => {
		const c = load('issue_184_extended_mux_cascaded.dbc').message(0x80000001)!;
		const b = new Uint8Array(8);
		c.encode({ MUX_A: 1, muxed_A_1: 5, muxed_A_2_MUX_B: 7, muxed_B_1: 9 }, b);
		expect(Array.from(b)).toEqual([1, 5, 0, 0, 0, 0, 0, 0]);
	});

	it('multiple mux ranges select the signal for each value in them', () => {
		const c = load('issue_184_extended_mux_multiple_values.dbc').message(0x80000001)!;
		const out = new Float64Array(c.signals.length);
		const present = (mux: number) => {
			c.decode(Uint8Array.from([mux, 3, 0, 0, 0, 0, 0, 0]), 0, out);
			return !Number.isNaN(out[c.indexOf.get('muxed_0_3_4_5')!]);
		};
		expect([0, 1, 2, 3, 4, 5, 6].map(present)).toEqual([true, false, false, true, true, true, false]);
	});

	it('floating_point.dbc: float64 and float32 signals', () => {
		const codec = load('floating_point.dbc');
		const b = new Uint8Array(8);
		const out = new Float64Array(2);
		const m1 = codec.message(1024)!;
		new DataView(b.buffer).setFloat64(0, -1.25e-300, true);
		m1.decode(b, 0, out);
		expect(out[0]).toBe(-1.25e-300);
		const m2 = codec.message(1025)!;
		m2.encode({ Signal1: 0.5, Signal2: -3 }, b);
		const dv = new DataView(b.buffer);
		expect([dv.getFloat32(0, true), dv.getFloat32(4, true)]).toEqual([0.5, -3]);
	});

	it('foobar CanFd: two 64-bit signals in a 64-byte FD frame', () => {
		const c = load('foobar.dbc').message(0x80012333)!;
		const b = new Uint8Array(64);
		c.encodeRaw({ Fie: 2 ** 53 - 1, Fas: 2 ** 63 }, b);
		const out = new Float64Array(2);
		c.decodeRaw(b, 0, out);
		expect(Array.from(out)).toEqual([2 ** 53 - 1, 2 ** 63]);
		expect(c.span).toBe(64);
	});

	it('every sample message compiles', async () => {
		const { readdirSync } = await import('node:fs');
		for (const f of readdirSync(SAMPLES).filter((x) => /\.dbc$/i.test(x))) {
			const codec = load(f);
			for (const m of codec.dbc.messages) expect(codec.forFrame(m.id, m.extended ? 1 : 0)?.msg).toBe(m);
		}
	});
});
