import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileMessage } from './codec';
import { generateC, generatedFiles, messageFacts, snakeCase } from './gen-c';
import { loadDbcFile } from './load-node';
import { parseDbc } from './parse';
import { DBC_SAMPLES_DIR } from './samples-node';
import type { Dbc, DbcMessage, DbcSignal } from './types';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const VEHICLE = join(ROOT, 'static/vehicle.dbc');
const SAMPLES = DBC_SAMPLES_DIR;
const vehicle = loadDbcFile(VEHICLE);

const HAS_CC = spawnSync('cc', ['--version']).status === 0;
if (!HAS_CC) console.warn('gen-c.spec: no `cc` on this machine; skipping the native compile-and-compare tests');
const HAS_SAMPLES = existsSync(join(SAMPLES, 'motohawk.dbc'));
if (!HAS_SAMPLES) console.warn(`gen-c.spec: ${SAMPLES} is absent; skipping the cantools sample DBCs`);

const STRICT = ['-std=c99', '-O2', '-Wall', '-Wextra', '-Werror', '-Wconversion', '-Wsign-conversion', '-pedantic'];

const tmp = mkdtempSync(join(tmpdir(), 'gen-c-spec-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// ---- an independent model of DBC bit placement (not the generator's, not the codec's)

/** Frame bit (byte*8 + bit) of each value bit, LSB first. */
function bitsOf(s: DbcSignal): number[] {
	const out: number[] = [];
	if (s.byteOrder === 'little_endian') {
		for (let k = 0; k < s.length; k++) out.push(s.startBit + k);
		return out;
	}
	// Motorola "sawtooth": the start bit is the MSB; bits run 7..0 within a byte, then into the next byte.
	const msbFirst: number[] = [];
	let byte = s.startBit >> 3;
	let bit = s.startBit & 7;
	for (let k = 0; k < s.length; k++) {
		msbFirst.push(byte * 8 + bit);
		if (bit === 0) {
			byte++;
			bit = 7;
		} else bit--;
	}
	return msbFirst.reverse();
}

function place(frame: Uint8Array, s: DbcSignal, raw: bigint): void {
	const u = raw & ((1n << BigInt(s.length)) - 1n);
	bitsOf(s).forEach((pos, k) => {
		if ((u >> BigInt(k)) & 1n) frame[pos >> 3] |= 1 << (pos & 7);
	});
}

// ---- deterministic test values

/** mulberry32: tests must be reproducible, so no Math.random. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randBig(rnd: () => number, lo: bigint, hi: bigint): bigint {
	const span = hi - lo + 1n;
	let r = 0n;
	for (let i = 0; i < 3; i++) r = (r << 32n) | BigInt(Math.floor(rnd() * 4294967296));
	return lo + (r % span);
}

function bitRange(s: DbcSignal): [bigint, bigint] {
	const n = BigInt(s.length);
	return s.valueType === 'signed' ? [-(1n << (n - 1n)), (1n << (n - 1n)) - 1n] : [0n, (1n << n) - 1n];
}

interface Sample {
	/** Raw integer values, or IEEE bits for float signals; only for the signals present in the frame. */
	raw: Map<DbcSignal, bigint>;
	floats: Map<DbcSignal, number>;
}

function present(msg: DbcMessage, s: DbcSignal, raw: Map<DbcSignal, bigint>): boolean {
	if (s.multiplexerSignal === undefined) return true;
	const parent = msg.signals.find((x) => x.name === s.multiplexerSignal)!;
	if (!present(msg, parent, raw)) return false;
	const v = Number(raw.get(parent));
	return (s.multiplexerRanges ?? []).some(([a, b]) => v >= a && v <= b);
}

function sampleMessage(msg: DbcMessage, rnd: () => number, smallInts: boolean): Sample {
	const raw = new Map<DbcSignal, bigint>();
	const floats = new Map<DbcSignal, number>();
	const isSwitch = (s: DbcSignal): boolean => msg.signals.some((x) => x.multiplexerSignal === s.name);
	// Switches first, taking a value some of their children want, so multiplexed signals get exercised.
	const order = [...msg.signals].sort((a, b) => depth(msg, a) - depth(msg, b));
	for (const s of order) {
		if (!present(msg, s, raw)) continue;
		if (s.valueType === 'float32' || s.valueType === 'float64') {
			const x = (rnd() - 0.5) * 2000;
			const v = s.valueType === 'float32' ? Math.fround(x) : x;
			floats.set(s, v);
			const b = new DataView(new ArrayBuffer(8));
			if (s.valueType === 'float32') {
				b.setFloat32(0, v, true);
				raw.set(s, BigInt(b.getUint32(0, true)));
			} else {
				b.setFloat64(0, v, true);
				raw.set(s, b.getBigUint64(0, true));
			}
			continue;
		}
		let [lo, hi] = bitRange(s);
		if (smallInts) {
			// The codec carries values as float64: stay within 2^53 where it is exact.
			const lim = (1n << 52n) - 1n;
			if (hi > lim) hi = lim;
			if (lo < -lim) lo = -lim;
		}
		const children = msg.signals.filter((x) => x.multiplexerSignal === s.name);
		if (isSwitch(s) && children.length && rnd() < 0.8) {
			const ranges = children.flatMap((c) => c.multiplexerRanges ?? []);
			const [a, b] = ranges[Math.floor(rnd() * ranges.length)];
			raw.set(s, randBig(rnd, BigInt(a), BigInt(b)));
		} else {
			// Mix the extremes in: sign bits and all-ones are where packing bugs hide.
			const pick = rnd();
			raw.set(s, pick < 0.15 ? lo : pick < 0.3 ? hi : randBig(rnd, lo, hi));
		}
	}
	return { raw, floats };
}

function depth(msg: DbcMessage, s: DbcSignal): number {
	let d = 0;
	let cur: DbcSignal | undefined = s;
	while (cur?.multiplexerSignal !== undefined && d <= msg.signals.length) {
		const name: string = cur.multiplexerSignal;
		cur = msg.signals.find((x) => x.name === name);
		d++;
	}
	return d;
}

// ---- C test program

function cLiteral(s: DbcSignal, v: bigint): string {
	if (s.valueType === 'signed') {
		if (s.length > 32) return v === -(1n << 63n) ? '(-9223372036854775807LL - 1LL)' : `(${v}LL)`;
		return v === -(1n << 31n) ? '(-2147483647 - 1)' : `(${v})`;
	}
	return s.length > 32 ? `${v}ULL` : `${v}U`;
}

function cSetField(obj: string, s: DbcSignal, raw: bigint): string {
	const f = snakeCase(s.name);
	if (s.valueType === 'float32') return `{ union { uint32_t u; float f; } c; c.u = ${raw}U; ${obj}.${f} = c.f; }`;
	if (s.valueType === 'float64') return `{ union { uint64_t u; double f; } c; c.u = ${raw}ULL; ${obj}.${f} = c.f; }`;
	return `${obj}.${f} = ${cLiteral(s, raw)};`;
}

interface Case {
	msg: DbcMessage;
	sample: Sample;
	label: string;
}

/** Writes a C program that packs every case, prints the bytes, and checks unpack returns the same values. */
function cProgram(base: string, cases: Case[]): string {
	const lines = [
		'#include <stdio.h>',
		'#include <stdint.h>',
		'#include <string.h>',
		`#include "${base}.h"`,
		'',
		'static int failures = 0;',
		'static void dump(const char *label, const uint8_t *b, int n)',
		'{',
		'    int i;',
		'    printf("%s", label);',
		'    for (i = 0; i < n; i++) printf(" %02x", b[i]);',
		'    printf("\\n");',
		'}',
		''
	];
	cases.forEach((c, i) => {
		const n = snakeCase(c.msg.name);
		const T = `struct ${base}_${n}_t`;
		lines.push(`static void case_${i}(void)`, '{', `    ${T} in;`, `    ${T} out;`, '    uint8_t buf[64];', '    int r;');
		lines.push('    memset(&in, 0, sizeof in);', '    memset(&out, 0xA5, sizeof out);', '    memset(buf, 0xEE, sizeof buf);');
		for (const [s, v] of c.sample.raw) lines.push(`    ${cSetField('in', s, v)}`);
		lines.push(`    r = ${base}_${n}_pack(buf, &in, sizeof buf);`);
		lines.push(`    if (r != ${c.msg.length}) { printf("FAIL ${c.label} pack returned %d\\n", r); failures++; }`);
		lines.push(`    dump("BYTES ${c.label}", buf, ${c.msg.length});`);
		if (c.msg.length > 0) {
			lines.push(`    if (${base}_${n}_pack(buf, &in, ${c.msg.length - 1}U) != -1) { printf("FAIL ${c.label} short pack\\n"); failures++; }`);
			lines.push(`    if (${base}_${n}_unpack(&out, buf, ${c.msg.length - 1}U) != -1) { printf("FAIL ${c.label} short unpack\\n"); failures++; }`);
		}
		lines.push(`    if (${base}_${n}_unpack(&out, buf, ${c.msg.length}U) != 0) { printf("FAIL ${c.label} unpack\\n"); failures++; }`);
		for (const s of c.sample.raw.keys()) {
			const f = snakeCase(s.name);
			const same =
				s.valueType === 'float32' || s.valueType === 'float64'
					? `memcmp(&in.${f}, &out.${f}, sizeof in.${f}) == 0`
					: `in.${f} == out.${f}`;
			lines.push(`    if (!(${same})) { printf("FAIL ${c.label} round trip of ${s.name}\\n"); failures++; }`);
		}
		lines.push('}', '');
	});
	lines.push('int main(void)', '{');
	cases.forEach((_, i) => lines.push(`    case_${i}();`));
	lines.push('    printf("failed checks: %d\\n", failures);', '    return failures == 0 ? 0 : 1;', '}', '');
	return lines.join('\n');
}

function compileAndRun(base: string, header: string, source: string, program: string): string {
	const dir = mkdtempSync(join(tmp, `${base}-`));
	writeFileSync(join(dir, `${base}.h`), header);
	writeFileSync(join(dir, `${base}.c`), source);
	writeFileSync(join(dir, 'main.c'), program);
	const obj = spawnSync('cc', [...STRICT, '-c', `${base}.c`, '-o', `${base}.o`], { cwd: dir, encoding: 'utf8' });
	expect(obj.status, `cc ${STRICT.join(' ')} ${base}.c:\n${obj.stderr}`).toBe(0);
	// The harness needs stdio and memset; it is held to -Wall -Wextra -Werror, the generated code to STRICT.
	const exe = spawnSync('cc', ['-std=c99', '-Wall', '-Wextra', '-Werror', 'main.c', `${base}.o`, '-o', 'main'], {
		cwd: dir,
		encoding: 'utf8'
	});
	expect(exe.status, `cc main.c:\n${exe.stderr}`).toBe(0);
	const run = spawnSync(join(dir, 'main'), [], { encoding: 'utf8' });
	expect(run.stdout.split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
	expect(run.status).toBe(0);
	return run.stdout;
}

function bytesOf(stdout: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const l of stdout.split('\n')) {
		const m = /^BYTES (\S+)(.*)$/.exec(l);
		if (m) out.set(m[1], m[2].trim());
	}
	return out;
}

const hexBytes = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');

/** Packs random values with the generated C and checks the bytes against bit placement and the TS codec. */
function checkAgainstC(dbc: Dbc, base: string, perMessage: number, seed: number): void {
	const rnd = prng(seed);
	const { header, source } = generateC(dbc, base, { source: `${base}.dbc` });
	const cases: Case[] = [];
	dbc.messages.forEach((msg, mi) => {
		for (let k = 0; k < perMessage; k++) {
			// Every other sample stays within 2^53 so the float64 codec can check it too.
			cases.push({ msg, sample: sampleMessage(msg, rnd, k % 2 === 0), label: `m${mi}_${msg.name}_${k}` });
		}
	});
	const got = bytesOf(compileAndRun(base, header, source, cProgram(base, cases)));
	let codecChecked = 0;
	for (const c of cases) {
		const expected = new Uint8Array(c.msg.length);
		for (const [s, v] of c.sample.raw) place(expected, s, v);
		expect(got.get(c.label), `${c.label}: C pack vs bit placement`).toBe(hexBytes(expected));

		const exact = [...c.sample.raw].every(([s, v]) => s.valueType.startsWith('float') || (v < 1n << 53n && v > -(1n << 53n)));
		if (!exact) continue;
		const cm = compileMessage(c.msg);
		const values: Record<string, number> = {};
		for (const [s, v] of c.sample.raw) values[s.name] = c.sample.floats.get(s) ?? Number(v);
		const viaCodec = new Uint8Array(Math.max(cm.span, 1));
		cm.encodeRaw(values, viaCodec);
		expect(hexBytes(viaCodec.subarray(0, c.msg.length)), `${c.label}: C pack vs codec.encodeRaw`).toBe(got.get(c.label));
		codecChecked++;
	}
	expect(codecChecked).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------------------------------------

describe('generated files on disk', () => {
	it.each(generatedFiles(vehicle).map((f) => [f.path, f.content] as const))('%s matches static/vehicle.dbc', (path, content) => {
		const abs = join(ROOT, path);
		const onDisk = existsSync(abs) ? readFileSync(abs, 'utf8') : '<missing>';
		expect(onDisk === content, `${path} is stale or missing: run \`npm run build:wasm\``).toBe(true);
	});
});

describe('generateC on vehicle.dbc', () => {
	const { header, source } = generateC(vehicle);

	it('starts both files with the do-not-edit banner and no timestamp', () => {
		for (const text of [header, source]) {
			expect(text.split('\n')[0]).toBe('/* generated from static/vehicle.dbc by src/cli/gen-c.ts — do not edit */');
			expect(text).not.toMatch(/\b20\d\d-\d\d-\d\d/);
		}
		expect(generateC(vehicle)).toEqual({ header, source });
	});

	it('emits the contract macros, struct and functions the firmware uses', () => {
		expect(header).toContain('#define VEHICLE_DBC_VEHICLE_STATE_FRAME_ID (0x100U)');
		expect(header).toContain('#define VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS (10U)');
		expect(header).toContain('#define VEHICLE_DBC_VEHICLE_STATE_IS_EXTENDED (0)');
		expect(header).toMatch(/#define VEHICLE_DBC_VEHICLE_STATE_E2E_DATA_ID \(0x[0-9A-F]{2}U\)/);
		expect(header).not.toMatch(/VEHICLE_DBC_WHEEL_SPEEDS_E2E_DATA_ID/);
		expect(header).toContain('#define VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE (1U)');
		expect(header).toContain('#define VEHICLE_DBC_NODE_CVC (0U)');
		expect(header).toContain('#define VEHICLE_DBC_NODE_TCU (6U)');
		expect(header).toContain(`#define VEHICLE_DBC_MSG_COUNT (${vehicle.messages.length}U)`);
		expect(header).toMatch(/struct vehicle_dbc_vehicle_state_t \{[^}]*uint16_t vehicle_speed;/);
		expect(header).toMatch(/struct vehicle_dbc_torque_request_t \{[^}]*int16_t torque_req;/);
		expect(header).toContain(
			'int vehicle_dbc_vehicle_state_pack(uint8_t *dst_p, const struct vehicle_dbc_vehicle_state_t *src_p, size_t size);'
		);
		expect(header).toContain('uint16_t vehicle_dbc_vehicle_state_vehicle_speed_encode(double value);');
		expect(header).toContain('bool vehicle_dbc_vehicle_state_vehicle_speed_is_in_range(uint16_t value);');
		expect(header).toContain('extern const vehicle_dbc_msg_info_t vehicle_dbc_msgs[VEHICLE_DBC_MSG_COUNT];');
		// Event messages have no cycle time, whatever the attribute default says.
		expect(header).toContain('#define VEHICLE_DBC_DTC_EVENT_CYCLE_TIME_MS (0U)');
		expect(source).not.toMatch(/\b(malloc|printf|free)\s*\(/);
	});

	it('refuses an E2E message without the Profile 1 header, naming message and signal', () => {
		const text = readFileSync(VEHICLE, 'utf8').replace(' SG_ Crc : 8|8@1+ (1,0) [0|255] "" RZC,SC', ' SG_ Crc : 9|7@1+ (1,0) [0|127] "" RZC,SC');
		expect(() => generateC(parseDbc(text, 'bad.dbc'))).toThrow(/TorqueRequest.*'Crc' must be 8\|8@1\+/);
	});

	it('refuses two signals whose C names collide', () => {
		const dbc = parseDbc(
			'VERSION ""\nBU_: A\nBO_ 1 M: 2 A\n SG_ FooBar : 0|8@1+ (1,0) [0|0] "" A\n SG_ foo_bar : 8|8@1+ (1,0) [0|0] "" A\n',
			'collide.dbc'
		);
		expect(() => generateC(dbc)).toThrow(/'FooBar' and 'foo_bar' of 'M' both map to the C name 'foo_bar'/);
	});
});

describe.skipIf(!HAS_CC)('generated C compiled natively with cc', () => {
	it('packs every vehicle.dbc message like the bit layout and the TS codec, and unpacks what it packed', () => {
		checkAgainstC(vehicle, 'vehicle_dbc', 4, 0x5eed);
	});

	it('encodes physical values, checks ranges and fills the message table as the DBC says', () => {
		const rnd = prng(7);
		const { header, source } = generateC(vehicle);
		const lines = ['#include <stdio.h>', '#include "vehicle_dbc.h"', 'int main(void)', '{', '    unsigned i;'];
		const expectations: string[] = [];
		for (const msg of vehicle.messages) {
			const cm = compileMessage(msg);
			const m = snakeCase(msg.name);
			for (const s of msg.signals) {
				const f = `vehicle_dbc_${m}_${snakeCase(s.name)}`;
				const phys = s.min + (s.max - s.min) * rnd();
				const buf = new Uint8Array(Math.max(cm.span, 1));
				cm.encode({ [s.name]: phys }, buf);
				const raw = new Float64Array(cm.signals.length);
				cm.decodeRaw(buf, 0, raw);
				const want = raw[cm.indexOf.get(s.name)!];
				const [, bitMax] = bitRange(s);
				const rawMax = Math.round((s.max - s.offset) / s.factor);
				const fmt = s.valueType === 'signed' ? '%lld' : '%llu';
				const cast = s.valueType === 'signed' ? '(long long)' : '(unsigned long long)';
				lines.push(`    printf("ENC ${f} ${fmt}\\n", ${cast}${f}_encode(${phys}));`);
				expectations.push(`ENC ${f} ${want}`);
				lines.push(`    printf("RANGE ${f} %d %d\\n", (int)${f}_is_in_range(${f}_encode(${s.min})), (int)${f}_is_in_range(${f}_encode(${s.max})));`);
				expectations.push(`RANGE ${f} 1 1`);
				if (BigInt(rawMax) < bitMax) {
					lines.push(`    printf("ABOVE ${f} %d\\n", (int)${f}_is_in_range(${rawMax + 1}));`);
					expectations.push(`ABOVE ${f} 0`);
				}
				lines.push(`    printf("DEC ${f} %.9g\\n", ${f}_decode(${f}_encode(${s.max})));`);
				expectations.push(`DEC ${f} ${Number(s.max.toPrecision(9))}`);
			}
		}
		lines.push('    for (i = 0U; i < VEHICLE_DBC_MSG_COUNT; i++) {');
		lines.push(
			'        printf("MSG %lu %u %u %u %u %u\\n", (unsigned long)vehicle_dbc_msgs[i].id, (unsigned)vehicle_dbc_msgs[i].length,' +
				' (unsigned)vehicle_dbc_msgs[i].cycle_ms, (unsigned)vehicle_dbc_msgs[i].sender, (unsigned)vehicle_dbc_msgs[i].e2e_data_id,' +
				' (unsigned)vehicle_dbc_msgs[i].has_e2e);'
		);
		lines.push('    }', '    return 0;', '}', '');
		for (const msg of vehicle.messages) {
			const f = messageFacts(vehicle, msg);
			const sender = msg.senders.length === 1 ? vehicle.nodes.findIndex((n) => n.name === msg.senders[0]) : 255;
			expectations.push(`MSG ${msg.id} ${msg.length} ${f.cycleMs} ${sender} ${f.e2eDataId ?? 0} ${f.e2eDataId ? 1 : 0}`);
		}
		const out = compileAndRun('vehicle_dbc', header, source, lines.join('\n'));
		const got = out.split('\n').filter((l) => /^(ENC|RANGE|ABOVE|DEC|MSG) /.test(l));
		// %.9g prints like JS toPrecision(9) once parsed back, so compare as numbers for DEC lines.
		const norm = (l: string): string => (l.startsWith('DEC ') ? l.replace(/ (\S+)$/, (_, x: string) => ` ${Number(x)}`) : l);
		expect(got.map(norm)).toEqual(expectations);
	});

	it.skipIf(!HAS_SAMPLES)('packs Motorola and signed signals of motohawk.dbc like the layout and the codec', () => {
		checkAgainstC(loadDbcFile(join(SAMPLES, 'motohawk.dbc')), 'motohawk', 24, 1);
	});

	it.skipIf(!HAS_SAMPLES)('handles 63-bit, float and multiplexed signals (signed, floating_point, multiplex_2 samples)', () => {
		checkAgainstC(loadDbcFile(join(SAMPLES, 'signed.dbc')), 'signed', 8, 2);
		checkAgainstC(loadDbcFile(join(SAMPLES, 'floating_point.dbc')), 'floating_point', 4, 3);
		checkAgainstC(loadDbcFile(join(SAMPLES, 'multiplex_2.dbc')), 'multiplex_2', 12, 4);
	});
});

describe('vehicle.dbc', () => {
	const nodes = vehicle.nodes.map((n) => n.name);
	const byName = new Map(vehicle.messages.map((m) => [m.name, m]));

	it('parses without warnings and lists the seven ECUs plus the tester in BU_ order', () => {
		expect(vehicle.warnings ?? []).toEqual([]);
		expect(nodes).toEqual(['CVC', 'FZC', 'RZC', 'SC', 'BCM', 'ICU', 'TCU', 'Tester']);
		expect(vehicle.attributes.get('Baudrate')).toBe(500000);
	});

	it('has no overlapping signals, none outside its DLC, and a DLC that ends at the last byte used', () => {
		for (const m of vehicle.messages) {
			const owner = new Map<number, string>();
			for (const s of m.signals)
				for (const b of bitsOf(s)) {
					expect(owner.get(b), `${m.name}.${s.name} overlaps ${owner.get(b)} at bit ${b}`).toBeUndefined();
					owner.set(b, s.name);
				}
			const lastByte = Math.max(...owner.keys()) >> 3;
			expect(lastByte + 1, `${m.name}: DLC ${m.length} but last byte used is ${lastByte}`).toBe(m.length);
			expect(m.length).toBeLessThanOrEqual(8);
			expect(m.extended).toBe(false);
		}
	});

	it('names only known nodes as senders and receivers, and every message has a comment', () => {
		for (const m of vehicle.messages) {
			expect(m.comment, `${m.name} has no CM_`).toBeTruthy();
			for (const s of m.senders) expect(nodes, `${m.name} sender`).toContain(s);
			for (const sig of m.signals) {
				expect(sig.receivers.length, `${m.name}.${sig.name} has no receiver`).toBeGreaterThan(0);
				for (const r of sig.receivers) expect(nodes, `${m.name}.${sig.name} receiver`).toContain(r);
				expect(sig.receivers, `${m.name}.${sig.name} is received by its own sender`).not.toContain(m.senders[0]);
			}
		}
	});

	it('protects the safety messages (docs/can-matrix.md) with E2E and gives each a distinct data ID nibble', () => {
		const e2e = vehicle.messages.filter((m) => messageFacts(vehicle, m).e2eDataId !== undefined);
		const names = e2e.map((m) => m.name);
		for (const required of ['VehicleState', 'TorqueRequest', 'SteerCommand', 'BrakeCommand', 'SafetyStatus'])
			expect(names).toContain(required);
		const nibbles = e2e.map((m) => messageFacts(vehicle, m).e2eDataId! & 0xf);
		expect(new Set(nibbles).size).toBe(nibbles.length);
		expect(() => generateC(vehicle)).not.toThrow(); // the generator checks the header layout of each
	});

	it('sends heartbeats 0x010..0x016 in node order at 50 ms (safety ECUs), 100 ms (SC) and 500 ms (QM)', () => {
		const want = [50, 50, 50, 100, 500, 500, 500];
		for (let i = 0; i < 7; i++) {
			const m = vehicle.byKey.get(0x10 + i)!;
			expect(m.senders, `0x01${i}`).toEqual([nodes[i]]);
			expect(messageFacts(vehicle, m).cycleMs, m.name).toBe(want[i]);
			const ecuId = m.signals.find((s) => s.name === 'EcuId')!;
			expect(ecuId.choices?.get(i)).toBe(nodes[i]);
			for (const sig of ['AliveCounter', 'Mode', 'FaultStatus']) expect(m.signals.map((s) => s.name)).toContain(sig);
		}
	});

	it('gives every enum the labels the firmware and the UI rely on', () => {
		const labels = (msg: string, sig: string): string[] => [...(byName.get(msg)!.signals.find((s) => s.name === sig)!.choices ?? new Map()).values()];
		expect(labels('VehicleState', 'Mode')).toEqual(expect.arrayContaining(['INIT', 'RUN', 'DEGRADED', 'LIMP', 'SAFE_STOP', 'SHUTDOWN']));
		expect(labels('VehicleState', 'Gear')).toEqual(expect.arrayContaining(['P', 'R', 'N', 'D']));
		expect(labels('SafetyStatus', 'KillReason')).toContain('NONE');
		expect(labels('ClusterDisplay', 'WarningTextId')).toContain('NONE');
		expect(labels('Lights', 'HeadlampState')).toEqual(expect.arrayContaining(['OFF', 'LOW', 'HIGH']));
		expect(labels('Indicators', 'IndicatorState')).toEqual(expect.arrayContaining(['OFF', 'LEFT', 'RIGHT', 'HAZARD']));
		expect(labels('Doors', 'DoorLockState')).toEqual(expect.arrayContaining(['UNLOCKED', 'LOCKED']));
		// A value table must fit its signal.
		for (const m of vehicle.messages)
			for (const s of m.signals)
				for (const v of s.choices?.keys() ?? []) expect(v, `${m.name}.${s.name}`).toBeLessThanOrEqual(Number(bitRange(s)[1]));
	});

	it('routes UDS: 0x7DF to all ECUs, 0x7E0+i from the tester to node i, answers on 0x7E8+i', () => {
		const all = vehicle.byKey.get(0x7df)!;
		expect(new Set(all.signals.flatMap((s) => s.receivers))).toEqual(new Set(nodes.slice(0, 7)));
		for (let i = 0; i < 7; i++) {
			const req = vehicle.byKey.get(0x7e0 + i)!;
			const resp = vehicle.byKey.get(0x7e8 + i)!;
			expect(req.senders).toEqual(['Tester']);
			expect(req.signals[0].receivers).toEqual([nodes[i]]);
			expect(resp.senders).toEqual([nodes[i]]);
			expect(resp.length).toBe(8);
		}
	});
});
