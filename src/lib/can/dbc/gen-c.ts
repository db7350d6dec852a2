/**
 * C code generator for a parsed DBC (the firmware's side of "static/vehicle.dbc is the single source of
 * truth", docs/can-matrix.md): per message a struct of raw values with pack/unpack, per signal
 * encode/decode/is_in_range, frame IDs, cycle times, E2E data IDs, value-table choices and a message table.
 * cantools `generate_c_source` style, but our own code: no heap, no libc calls, C99, clean under
 * `-Wall -Wextra -Werror -Wconversion -Wsign-conversion` with clang and gcc.
 *
 * Also renders the human-readable CAN matrix (`generateMatrixMarkdown`) so docs/can-matrix.md is generated
 * from the same parse and cannot drift either.
 *
 * Pure: text in, text out, deterministic (no timestamps), so `--check` can compare byte for byte.
 */
import { signalBitPositions } from './parse';
import { DbcError, type Dbc, type DbcMessage, type DbcSignal } from './types';

/** Options of `generateC` / `generateMatrixMarkdown`. */
export interface GenOptions {
	/** DBC path named in the "do not edit" banner. */
	source?: string;
	/** Generator named in the banner. */
	generator?: string;
}

const DEFAULT_SOURCE = 'static/vehicle.dbc';
const DEFAULT_GENERATOR = 'src/cli/gen-c.ts';

/** Attribute names the generator understands (docs/can-matrix.md, the E2E paragraph). */
export const ATTR_CYCLE = 'GenMsgCycleTime';
export const ATTR_SEND_TYPE = 'GenMsgSendType';
export const ATTR_E2E_DATA_ID = 'E2EDataId';

const C_KEYWORDS = new Set(
	(
		'auto break case char const continue default do double else enum extern float for goto if inline int long ' +
		'register restrict return short signed sizeof static struct switch typedef union unsigned void volatile ' +
		'while _Bool _Complex _Imaginary bool true false'
	).split(' ')
);

/** `VehicleState` → `vehicle_state`, `Heartbeat_CVC` → `heartbeat_cvc`, `WheelSpeedFL` → `wheel_speed_fl`. */
export function snakeCase(name: string): string {
	// Same three steps as cantools' camel_to_snake_case, so names match what people know from cantools.
	let s = name.replace(/(.)([A-Z][a-z]+)/g, '$1_$2');
	s = s.replace(/_+/g, '_');
	s = s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
	s = s.replace(/[^a-z0-9_]/g, '_');
	if (/^[0-9]/.test(s)) s = `_${s}`;
	return s;
}

/** An identifier that is safe as a C struct member or function-name part. */
function cIdent(name: string): string {
	const s = snakeCase(name);
	return C_KEYWORDS.has(s) ? `${s}_` : s;
}

/** Upper-case macro part of a value-table label: `SAFE STOP` → `SAFE_STOP`. */
function macroPart(label: string): string {
	return label
		.toUpperCase()
		.replace(/[^A-Z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

function fail(reason: string, where?: { pos?: DbcSignal['pos'] }): never {
	if (where?.pos) throw new DbcError(reason, where.pos);
	throw new Error(reason);
}

function hex(n: number, width = 3): string {
	return `0x${n.toString(16).toUpperCase().padStart(width, '0')}`;
}

// ---------------------------------------------------------------------------------------------------------
// Message facts shared by the C and the Markdown output

/** What the generator derives from a message's attributes; exported for the CLI and tests. */
export interface MessageFacts {
	/** `GenMsgSendType` label (`Cyclic` when the attribute is absent and has no default). */
	sendType: string;
	/** Cycle time in ms; 0 for event messages. */
	cycleMs: number;
	/** E2E data ID (1..255), undefined when the message is not E2E protected. */
	e2eDataId?: number;
}

function enumLabel(dbc: Dbc, attr: string, v: string | number | undefined): string | undefined {
	if (v === undefined) return undefined;
	if (typeof v === 'string') return v;
	const def = dbc.attributeDefs.find((d) => d.name === attr && d.objectType === 'BO_');
	return def?.enumValues?.[v] ?? String(v);
}

/** Send type, cycle time and E2E data ID of a message, from its attributes and the attribute defaults. */
export function messageFacts(dbc: Dbc, msg: DbcMessage): MessageFacts {
	const defOf = (name: string) => dbc.attributeDefs.find((d) => d.name === name && d.objectType === 'BO_');
	const sendType = enumLabel(dbc, ATTR_SEND_TYPE, msg.attributes.get(ATTR_SEND_TYPE) ?? defOf(ATTR_SEND_TYPE)?.default) ?? 'Cyclic';
	const cycleRaw = msg.cycleTimeMs ?? Number(msg.attributes.get(ATTR_CYCLE) ?? defOf(ATTR_CYCLE)?.default ?? 0);
	const cycleMs = sendType === 'Event' || !Number.isFinite(cycleRaw) || cycleRaw < 0 ? 0 : Math.trunc(cycleRaw);
	const e2eRaw = msg.attributes.get(ATTR_E2E_DATA_ID);
	// 0 is the attribute default and means "not protected", so data IDs are 1..255.
	const e2eDataId = e2eRaw === undefined || Number(e2eRaw) === 0 ? undefined : Number(e2eRaw);
	if (e2eDataId !== undefined && (!Number.isInteger(e2eDataId) || e2eDataId < 1 || e2eDataId > 255))
		fail(`message '${msg.name}' (${hex(msg.id)}): ${ATTR_E2E_DATA_ID} ${String(e2eRaw)} is not an integer 1..255`, msg);
	return { sendType, cycleMs, e2eDataId };
}

/** Checks that an E2E message carries the Profile 1 header signals where the contract puts them. */
function checkE2eLayout(msg: DbcMessage): void {
	const want: Array<[string, number, number]> = [
		['AliveCounter', 0, 4],
		['DataId', 4, 4],
		['Crc', 8, 8]
	];
	for (const [suffix, start, len] of want) {
		const s = msg.signals.find((x) => x.name === suffix || x.name.endsWith(`_${suffix}`));
		if (!s)
			fail(`E2E message '${msg.name}' (${hex(msg.id)}) has no '${suffix}' signal (start bit ${start}, ${len} bits)`, msg);
		if (s.startBit !== start || s.length !== len || s.byteOrder !== 'little_endian' || s.valueType !== 'unsigned')
			fail(
				`E2E message '${msg.name}': signal '${s.name}' must be ${start}|${len}@1+ (is ${s.startBit}|${s.length}` +
					`@${s.byteOrder === 'little_endian' ? 1 : 0}${s.valueType === 'signed' ? '-' : '+'})`,
				s
			);
	}
	if (msg.length < 2) fail(`E2E message '${msg.name}' is ${msg.length} bytes long; the E2E header needs 2`, msg);
}

// ---------------------------------------------------------------------------------------------------------
// Signal types and raw ranges

interface SigPlan {
	sig: DbcSignal;
	field: string;
	/** Struct member type. */
	ctype: string;
	/** Unsigned integer type of the same width, used for bit work. */
	utype: string;
	width: 8 | 16 | 32 | 64;
	isFloat: boolean;
	isSigned: boolean;
	/** Raw range that fits in `length` bits. */
	bitMin: bigint;
	bitMax: bigint;
	segments: Segment[];
}

interface Segment {
	byte: number;
	/** Lowest bit in the byte (0 = LSB). */
	shift: number;
	/** Value bit that lands on `shift`. */
	rawLo: number;
	bits: number;
}

function widthFor(len: number): 8 | 16 | 32 | 64 {
	return len <= 8 ? 8 : len <= 16 ? 16 : len <= 32 ? 32 : 64;
}

/** Runs of a signal's bits that sit next to each other in one byte. */
function segmentsOf(sig: DbcSignal): Segment[] {
	const pos = signalBitPositions(sig);
	const segs: Segment[] = [];
	let cur: Segment | undefined;
	for (let k = 0; k < pos.length; k++) {
		const p = pos[k];
		if (cur && p >> 3 === cur.byte && (p & 7) === cur.shift + cur.bits) cur.bits++;
		else {
			cur = { byte: p >> 3, shift: p & 7, rawLo: k, bits: 1 };
			segs.push(cur);
		}
	}
	return segs;
}

function planSignal(msg: DbcMessage, sig: DbcSignal): SigPlan {
	if (sig.length < 1 || sig.length > 64)
		fail(`signal '${sig.name}' of '${msg.name}' is ${sig.length} bits long; the generator handles 1..64`, sig);
	const isFloat = sig.valueType === 'float32' || sig.valueType === 'float64';
	if (sig.valueType === 'float32' && sig.length !== 32) fail(`float signal '${sig.name}' must be 32 bits`, sig);
	if (sig.valueType === 'float64' && sig.length !== 64) fail(`double signal '${sig.name}' must be 64 bits`, sig);
	const isSigned = sig.valueType === 'signed';
	const width = widthFor(sig.length);
	const n = BigInt(sig.length);
	const ctype = sig.valueType === 'float32' ? 'float' : sig.valueType === 'float64' ? 'double' : `${isSigned ? 'int' : 'uint'}${width}_t`;
	return {
		sig,
		field: cIdent(sig.name),
		ctype,
		utype: `uint${width}_t`,
		width,
		isFloat,
		isSigned,
		bitMin: isSigned ? -(1n << (n - 1n)) : 0n,
		bitMax: isSigned ? (1n << (n - 1n)) - 1n : (1n << n) - 1n,
		segments: segmentsOf(sig)
	};
}

function typeMin(p: SigPlan): bigint {
	return p.isSigned ? -(1n << BigInt(p.width - 1)) : 0n;
}
function typeMax(p: SigPlan): bigint {
	return p.isSigned ? (1n << BigInt(p.width - 1)) - 1n : (1n << BigInt(p.width)) - 1n;
}

/** C literal of an integer of the plan's struct type. */
function intLit(p: SigPlan, v: bigint): string {
	if (!p.isSigned) return p.width === 64 ? `${v}ULL` : `${v}U`;
	if (p.width === 64) return v === typeMin(p) ? '(-9223372036854775807LL - 1LL)' : `${v}LL`;
	if (v === -(1n << 31n)) return '(-2147483647 - 1)';
	return v < 0n ? `(${v})` : `${v}`;
}

/** C double literal. */
function dbl(x: number): string {
	if (!Number.isFinite(x)) fail(`non-finite number ${x} in a signal definition`);
	const s = String(x);
	return /[.eE]/.test(s) ? s : `${s}.0`;
}

/** Raw range allowed by the signal's [min|max] (none when both are 0, as in cantools), within its bits. */
function rawRange(p: SigPlan): [bigint, bigint] {
	const { min, max, factor, offset } = p.sig;
	if ((min === 0 && max === 0) || factor === 0) return [p.bitMin, p.bitMax];
	const a = (min - offset) / factor;
	const b = (max - offset) / factor;
	const near = (x: number): number => (Math.abs(x - Math.round(x)) < 1e-6 ? Math.round(x) : x);
	const loN = Math.ceil(near(Math.min(a, b)));
	const hiN = Math.floor(near(Math.max(a, b)));
	const toBig = (x: number, dflt: bigint): bigint => (Number.isSafeInteger(x) ? BigInt(x) : x > 0 ? p.bitMax : x < 0 ? p.bitMin : dflt);
	let lo = toBig(loN, p.bitMin);
	let hi = toBig(hiN, p.bitMax);
	if (lo < p.bitMin) lo = p.bitMin;
	if (hi > p.bitMax) hi = p.bitMax;
	return [lo, hi];
}

// ---------------------------------------------------------------------------------------------------------
// C text

interface MsgPlan {
	msg: DbcMessage;
	name: string;
	macro: string;
	facts: MessageFacts;
	sigs: SigPlan[];
	/** Signals in an order where every multiplexor comes before the signals it selects. */
	order: SigPlan[];
}

/** CANdb++ parks signals that belong to no message here; it is not a frame, so no code for it. */
const PSEUDO_MESSAGE = 'VECTOR__INDEPENDENT_SIG_MSG';

function realMessages(dbc: Dbc): DbcMessage[] {
	return dbc.messages.filter((m) => m.name !== PSEUDO_MESSAGE);
}

function planMessages(dbc: Dbc): MsgPlan[] {
	const seen = new Map<string, string>();
	return realMessages(dbc).map((msg) => {
		const name = cIdent(msg.name);
		const other = seen.get(name);
		if (other !== undefined) fail(`messages '${other}' and '${msg.name}' both map to the C name '${name}'`, msg);
		seen.set(name, msg.name);
		if (msg.length > 64) fail(`message '${msg.name}' is ${msg.length} bytes long (at most 64)`, msg);
		const facts = messageFacts(dbc, msg);
		if (facts.e2eDataId !== undefined) checkE2eLayout(msg);
		const sigs = msg.signals.map((s) => planSignal(msg, s));
		const fields = new Map<string, string>();
		for (const p of sigs) {
			const o = fields.get(p.field);
			if (o !== undefined)
				fail(`signals '${o}' and '${p.sig.name}' of '${msg.name}' both map to the C name '${p.field}'`, p.sig);
			fields.set(p.field, p.sig.name);
			const beyond = p.segments.find((s) => s.byte >= msg.length);
			if (beyond)
				fail(`signal '${p.sig.name}' of '${msg.name}' reaches byte ${beyond.byte} of a ${msg.length}-byte message`, p.sig);
		}
		return { msg, name, macro: name.toUpperCase(), facts, sigs, order: muxOrder(msg, sigs) };
	});
}

function muxOrder(msg: DbcMessage, sigs: SigPlan[]): SigPlan[] {
	const byName = new Map(sigs.map((p) => [p.sig.name, p]));
	const out: SigPlan[] = [];
	const done = new Set<SigPlan>();
	const visit = (p: SigPlan, depth: number): void => {
		if (done.has(p)) return;
		if (depth > sigs.length) fail(`multiplexing of message '${msg.name}' is circular`, msg);
		const parentName = p.sig.multiplexerSignal;
		if (parentName !== undefined) {
			const parent = byName.get(parentName);
			if (!parent) fail(`signal '${p.sig.name}' of '${msg.name}' names unknown multiplexor '${parentName}'`, p.sig);
			if (parent.isFloat) fail(`multiplexor '${parentName}' of '${msg.name}' is a float signal`, parent.sig);
			visit(parent, depth + 1);
		}
		done.add(p);
		out.push(p);
	};
	for (const p of sigs) visit(p, 0);
	return out;
}

/** C condition under which `p` is present, reading multiplexor values from `obj->field`. */
function presenceCond(p: SigPlan, byName: Map<string, SigPlan>, obj: string): string | undefined {
	const parentName = p.sig.multiplexerSignal;
	if (parentName === undefined) return undefined;
	const parent = byName.get(parentName)!;
	const v = `${obj}->${parent.field}`;
	const ranges = p.sig.multiplexerRanges ?? [];
	// clang's -Wparentheses-equality rejects `if ((a == b))`, so parenthesise only compound conditions.
	const group = (xs: string[], op: string): string => (xs.length === 1 ? xs[0] : xs.map((x) => `(${x})`).join(op));
	const conds = ranges.map(([a, b]) => {
		const A = BigInt(a);
		const B = BigInt(b);
		if (A === B) return `${v} == ${intLit(parent, A)}`;
		const parts: string[] = [];
		if (A > typeMin(parent)) parts.push(`${v} >= ${intLit(parent, A)}`);
		if (B < typeMax(parent)) parts.push(`${v} <= ${intLit(parent, B)}`);
		return parts.length ? group(parts, ' && ') : 'true';
	});
	const own = conds.length ? group(conds, ' || ') : 'false';
	const up = presenceCond(parent, byName, obj);
	return up ? `(${up}) && (${own})` : own;
}

function mask(bits: number): string {
	return `0x${((1 << bits) - 1).toString(16).toUpperCase()}U`;
}

function packSignal(p: SigPlan, ind: string): string[] {
	const lines: string[] = [];
	if (p.isFloat) {
		lines.push(`${ind}cvt.${p.width === 32 ? 'f32' : 'f64'} = src_p->${p.field};`);
		lines.push(`${ind}raw${p.width} = cvt.u${p.width};`);
	} else {
		lines.push(`${ind}raw${p.width} = ${p.isSigned ? `(${p.utype})` : ''}src_p->${p.field};`);
	}
	for (const s of p.segments) {
		const v = s.rawLo === 0 ? `raw${p.width}` : `(raw${p.width} >> ${s.rawLo}U)`;
		const word = p.width === 64 ? `(uint32_t)${v}` : p.width === 32 ? v : `(uint32_t)${v}`;
		const shifted = s.shift === 0 ? `(${word} & ${mask(s.bits)})` : `((${word} & ${mask(s.bits)}) << ${s.shift}U)`;
		lines.push(`${ind}dst_p[${s.byte}] |= (uint8_t)${shifted};`);
	}
	return lines;
}

function unpackSignal(p: SigPlan, ind: string): string[] {
	const u = p.utype;
	const lines: string[] = [];
	p.segments.forEach((s, i) => {
		const byte = s.shift === 0 ? `(uint32_t)src_p[${s.byte}]` : `((uint32_t)src_p[${s.byte}] >> ${s.shift}U)`;
		const part = `(${u})(${byte} & ${mask(s.bits)})`;
		const placed = s.rawLo === 0 ? part : `(${u})(${part} << ${s.rawLo}U)`;
		lines.push(i === 0 ? `${ind}raw${p.width} = ${placed};` : `${ind}raw${p.width} = (${u})(raw${p.width} | ${placed});`);
	});
	if (p.isFloat) {
		lines.push(`${ind}cvt.u${p.width} = raw${p.width};`);
		lines.push(`${ind}dst_p->${p.field} = cvt.${p.width === 32 ? 'f32' : 'f64'};`);
	} else if (p.isSigned) {
		if (p.sig.length < p.width) {
			const sign = 1n << BigInt(p.sig.length - 1);
			const ext = ((1n << BigInt(p.width)) - 1n) ^ ((1n << BigInt(p.sig.length)) - 1n);
			const suf = p.width === 64 ? 'ULL' : 'U';
			lines.push(
				`${ind}if ((raw${p.width} & 0x${sign.toString(16).toUpperCase()}${suf}) != 0U) {`,
				`${ind}    raw${p.width} = (${u})(raw${p.width} | 0x${ext.toString(16).toUpperCase()}${suf});`,
				`${ind}} else {`,
				`${ind}}`
			);
		}
		lines.push(`${ind}dst_p->${p.field} = (${p.ctype})raw${p.width};`);
	} else {
		lines.push(`${ind}dst_p->${p.field} = raw${p.width};`);
	}
	return lines;
}

function docComment(text: string | undefined): string | undefined {
	if (!text) return undefined;
	return text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
}

function physDescription(p: SigPlan): string {
	const s = p.sig;
	const unit = s.unit ? ` ${s.unit}` : '';
	const scale = s.factor === 1 && s.offset === 0 ? 'phys = raw' : `phys = raw * ${s.factor}${s.offset ? ` + ${s.offset}` : ''}`;
	const range = s.min === 0 && s.max === 0 ? '' : `, ${s.min}..${s.max}${unit}`;
	const order = s.byteOrder === 'little_endian' ? 'Intel' : 'Motorola';
	return `${s.startBit}|${s.length} ${order}${p.isSigned ? ' signed' : ''}; ${scale}${unit ? ` [${unit.trim()}]` : ''}${range}`;
}

/** Generates `<baseName>.h` and `<baseName>.c` for a parsed DBC. Throws a clear error on what C cannot express. */
export function generateC(dbc: Dbc, baseName = 'vehicle_dbc', opts: GenOptions = {}): { header: string; source: string } {
	if (!/^[a-z_][a-z0-9_]*$/.test(baseName)) throw new Error(`baseName '${baseName}' is not a lower-case C identifier`);
	const P = baseName.toUpperCase();
	const banner = `/* generated from ${opts.source ?? DEFAULT_SOURCE} by ${opts.generator ?? DEFAULT_GENERATOR} — do not edit */`;
	const msgs = planMessages(dbc);

	const nodeIndex = new Map<string, number>();
	const nodeMacros = new Set<string>();
	dbc.nodes.forEach((n, i) => {
		nodeIndex.set(n.name, i);
		const m = macroPart(snakeCase(n.name));
		if (nodeMacros.has(m)) fail(`two nodes map to the macro ${P}_NODE_${m}`);
		nodeMacros.add(m);
	});
	if (dbc.nodes.length > 254) fail(`${dbc.nodes.length} nodes do not fit the uint8_t sender field`);
	if (msgs.length > 65535) fail('too many messages');

	const sendTypeDef = dbc.attributeDefs.find((d) => d.name === ATTR_SEND_TYPE && d.objectType === 'BO_' && d.kind === 'ENUM');

	const h: string[] = [];
	h.push(banner, `#ifndef ${P}_H`, `#define ${P}_H`, '');
	h.push('#include <stdbool.h>', '#include <stddef.h>', '#include <stdint.h>', '');
	h.push('#ifdef __cplusplus', 'extern "C" {', '#endif', '');
	h.push('/* Nodes (BU_ order). */');
	dbc.nodes.forEach((n, i) => h.push(`#define ${P}_NODE_${macroPart(snakeCase(n.name))} (${i}U)`));
	h.push(`#define ${P}_NODE_COUNT (${dbc.nodes.length}U)`);
	h.push(`/* Sender of a message sent by several nodes or by none (msg_info_t.sender). */`);
	h.push(`#define ${P}_SENDER_ANY (0xFFU)`, '');
	// Send-type macros only when every label gives a distinct macro name (real files hold odd enums).
	const sendTypeParts = (sendTypeDef?.enumValues ?? []).map((v) => macroPart(snakeCase(v)));
	const sendTypeMacros = sendTypeParts.length > 0 && new Set(sendTypeParts).size === sendTypeParts.length && sendTypeParts.every(Boolean);
	if (sendTypeMacros) {
		h.push(`/* ${ATTR_SEND_TYPE} values. */`);
		sendTypeParts.forEach((v, i) => h.push(`#define ${P}_SEND_TYPE_${v} (${i}U)`));
		h.push('');
	}

	const c: string[] = [];
	c.push(banner, `#include "${baseName}.h"`, '');
	const needsRound = msgs.some((m) => m.sigs.some((p) => !p.isFloat));
	const needsUnion = msgs.some((m) => m.sigs.some((p) => p.isFloat));
	if (needsRound) {
		c.push(
			'/* Round half to even, as cantools and the TS codec do, so the firmware and the app encode alike. */',
			`static double ${baseName}_round(double x)`,
			'{',
			'    double t;',
			'    double d;',
			'    if ((x >= 4503599627370496.0) || (x <= -4503599627370496.0)) {',
			'        return x; /* |x| >= 2^52: already an integer */',
			'    } else {',
			'    }',
			'    t = (double)(int64_t)x;',
			'    d = x - t;',
			'    if ((d > 0.5) || ((d >= 0.5) && ((((int64_t)t) & 1) != 0))) {',
			'        t += 1.0;',
			'    } else if ((d < -0.5) || ((d <= -0.5) && ((((int64_t)t) & 1) != 0))) {',
			'        t -= 1.0;',
			'    } else {',
			'    }',
			'    return t;',
			'}',
			''
		);
	}
	if (needsUnion) {
		c.push('/* Float signals travel as their IEEE 754 bits. */');
		c.push('typedef union {', '    float f32;', '    double f64;', '    uint32_t u32;', '    uint64_t u64;', `} ${baseName}_cvt_t;`, '');
	}

	for (const m of msgs) {
		const { msg, name, macro, facts } = m;
		const M = `${P}_${macro}`;
		const mc = docComment(msg.comment);
		h.push(`/* ---- ${msg.name} (${hex(msg.id)}${msg.extended ? ', extended' : ''}) ---- */`);
		if (mc) h.push(`/* ${mc} */`);
		h.push(`#define ${M}_FRAME_ID (${hex(msg.id)}U)`);
		h.push(`#define ${M}_LENGTH (${msg.length}U)`);
		h.push(`#define ${M}_CYCLE_TIME_MS (${facts.cycleMs}U)`);
		if (sendTypeMacros && sendTypeDef?.enumValues?.includes(facts.sendType))
			h.push(`#define ${M}_SEND_TYPE (${P}_SEND_TYPE_${macroPart(snakeCase(facts.sendType))})`);
		if (facts.e2eDataId !== undefined) h.push(`#define ${M}_E2E_DATA_ID (${hex(facts.e2eDataId, 2)}U)`);
		h.push(`#define ${M}_IS_EXTENDED (${msg.extended ? 1 : 0})`);
		h.push('');
		for (const p of m.sigs) {
			if (!p.sig.choices || p.sig.choices.size === 0 || p.isFloat) continue;
			const used = new Set<string>();
			for (const [v, label] of [...p.sig.choices].sort((a, b) => a[0] - b[0])) {
				let part = macroPart(label) || `VALUE_${v < 0 ? `M${-v}` : v}`;
				if (used.has(part)) part = `${part}_${v < 0 ? `M${-v}` : v}`;
				used.add(part);
				const bv = BigInt(v);
				if (bv < p.bitMin || bv > p.bitMax) continue; // a label the signal cannot carry
				h.push(`#define ${M}_${p.field.toUpperCase()}_${part}_CHOICE (${intLit(p, bv)})`);
			}
		}
		if (m.sigs.some((p) => p.sig.choices?.size)) h.push('');

		h.push(`/** ${msg.name}: raw signal values (see the encode/decode functions for physical values). */`);
		h.push(`struct ${baseName}_${name}_t {`);
		if (m.sigs.length === 0) h.push('    uint8_t dummy; /* no signals; C99 forbids an empty struct */');
		for (const p of m.sigs) {
			const sc = docComment(p.sig.comment);
			h.push(`    /** ${physDescription(p)}${sc ? `. ${sc}` : ''} */`);
			h.push(`    ${p.ctype} ${p.field};`);
		}
		h.push('};', '');
		const T = `struct ${baseName}_${name}_t`;
		const F = `${baseName}_${name}`;
		h.push(`/** Packs ${msg.name} into dst_p; returns the bytes written (${msg.length}) or -1 when size is too small. */`);
		h.push(`int ${F}_pack(uint8_t *dst_p, const ${T} *src_p, size_t size);`);
		h.push(`/** Unpacks ${msg.name} from src_p; returns 0, or -1 when size is shorter than the message. */`);
		h.push(`int ${F}_unpack(${T} *dst_p, const uint8_t *src_p, size_t size);`);
		for (const p of m.sigs) {
			const S = `${F}_${p.field}`;
			h.push(`${p.ctype} ${S}_encode(double value);`);
			h.push(`double ${S}_decode(${p.ctype} value);`);
			h.push(`bool ${S}_is_in_range(${p.ctype} value);`);
		}
		h.push('');

		// ---- source
		const byName = new Map(m.sigs.map((p) => [p.sig.name, p]));
		const widths = [...new Set(m.sigs.map((p) => p.width))].sort((a, b) => a - b);
		const hasFloat = m.sigs.some((p) => p.isFloat);
		const locals = (): string[] => [
			...widths.map((w) => `    uint${w}_t raw${w};`),
			...(hasFloat ? [`    ${baseName}_cvt_t cvt;`] : [])
		];
		c.push(`int ${F}_pack(uint8_t *dst_p, const ${T} *src_p, size_t size)`, '{');
		if (msg.length === 0) c.push('    (void)dst_p;', '    (void)size;');
		else {
			c.push(...locals(), '    size_t i;', '');
			c.push(`    if (size < ${M}_LENGTH) {`, '        return -1;', '    } else {', '    }');
			c.push(`    for (i = 0U; i < ${M}_LENGTH; i++) {`, '        dst_p[i] = 0U;', '    }');
		}
		for (const p of m.order) {
			const cond = presenceCond(p, byName, 'src_p');
			if (cond) c.push(`    if (${cond}) {`, ...packSignal(p, '        '), '    } else {', '    }');
			else c.push(...packSignal(p, '    '));
		}
		if (m.sigs.length === 0) c.push('    (void)src_p;');
		c.push(`    return (int)${M}_LENGTH;`, '}', '');

		c.push(`int ${F}_unpack(${T} *dst_p, const uint8_t *src_p, size_t size)`, '{');
		if (msg.length === 0) c.push('    (void)size;');
		else {
			c.push(...locals(), '');
			c.push(`    if (size < ${M}_LENGTH) {`, '        return -1;', '    } else {', '    }');
		}
		if (m.sigs.length === 0) c.push('    (void)src_p;', '    dst_p->dummy = 0U;');
		for (const p of m.order) {
			const cond = presenceCond(p, byName, 'dst_p');
			if (cond) {
				c.push(`    if (${cond}) {`, ...unpackSignal(p, '        '), '    } else {');
				c.push(`        dst_p->${p.field} = ${p.isFloat ? '0.0' + (p.width === 32 ? 'f' : '') : intLit(p, 0n)};`, '    }');
			} else c.push(...unpackSignal(p, '    '));
		}
		c.push('    return 0;', '}', '');

		for (const p of m.sigs) c.push(...signalFunctions(baseName, F, p));
	}

	h.push('/* Message table: one row per message, in DBC order. `id` has bit 31 set for extended frames. */');
	h.push('typedef struct {', '    uint32_t id;', '    uint8_t length;', '    uint16_t cycle_ms;', '    uint8_t sender;');
	h.push('    uint8_t e2e_data_id;', '    uint8_t has_e2e;', `} ${baseName}_msg_info_t;`, '');
	h.push(`#define ${P}_MSG_COUNT (${msgs.length}U)`);
	h.push(`extern const ${baseName}_msg_info_t ${baseName}_msgs[${P}_MSG_COUNT];`, '');
	h.push('#ifdef __cplusplus', '}', '#endif', '', `#endif /* ${P}_H */`, '');

	c.push(`const ${baseName}_msg_info_t ${baseName}_msgs[${P}_MSG_COUNT] = {`);
	for (const m of msgs) {
		const s = m.msg.senders.filter((x) => x !== 'Vector__XXX');
		const idx = s.length === 1 ? nodeIndex.get(s[0]) : undefined;
		const sender = idx === undefined ? `${P}_SENDER_ANY` : `${P}_NODE_${macroPart(snakeCase(s[0]))}`;
		const M = `${P}_${m.macro}`;
		const e2e = m.facts.e2eDataId !== undefined ? `${M}_E2E_DATA_ID, 1U` : '0x00U, 0U';
		const id = m.msg.extended ? `(${M}_FRAME_ID | 0x80000000U)` : `${M}_FRAME_ID`;
		c.push(`    { ${id}, ${M}_LENGTH, ${M}_CYCLE_TIME_MS, ${sender}, ${e2e} }, /* ${m.msg.name} */`);
	}
	if (msgs.length === 0) c.push('    { 0U, 0U, 0U, 0U, 0U, 0U }');
	c.push('};', '');
	if (msgs.length === 0) {
		// A zero-length array is not C99; keep one zero row and let MSG_COUNT say 0.
		const i = h.findIndex((l) => l.startsWith(`extern const ${baseName}_msg_info_t`));
		h[i] = `extern const ${baseName}_msg_info_t ${baseName}_msgs[1];`;
		const j = c.findIndex((l) => l.startsWith(`const ${baseName}_msg_info_t`));
		c[j] = `const ${baseName}_msg_info_t ${baseName}_msgs[1] = {`;
	}
	return { header: h.join('\n'), source: c.join('\n') };
}

function signalFunctions(baseName: string, F: string, p: SigPlan): string[] {
	const S = `${F}_${p.field}`;
	const s = p.sig;
	const out: string[] = [];
	const factor = dbl(s.factor);
	const offset = dbl(s.offset);
	if (s.factor === 0) fail(`signal '${s.name}' has factor 0`, s);

	// encode: physical → raw, rounded and saturated to what the signal's bits can carry.
	out.push(`${p.ctype} ${S}_encode(double value)`, '{');
	if (p.isFloat) {
		out.push(`    return (${p.ctype})((value - ${offset}) / ${factor});`);
	} else {
		const lo = intLit(p, p.bitMin);
		const hi = intLit(p, p.bitMax);
		out.push(`    double raw = (value - ${offset}) / ${factor};`, '');
		out.push(`    if (!(raw == raw)) {`, `        return ${intLit(p, 0n)}; /* NaN */`);
		out.push(`    } else if (raw <= ${dbl(Number(p.bitMin))}) {`, `        return ${lo};`);
		out.push(`    } else if (raw >= ${dbl(Number(p.bitMax))}) {`, `        return ${hi};`);
		out.push('    } else {', '    }');
		out.push(`    return (${p.ctype})${baseName}_round(raw);`);
	}
	out.push('}', '');

	out.push(`double ${S}_decode(${p.ctype} value)`, '{');
	out.push(`    return ((double)value * ${factor}) + ${offset};`, '}', '');

	out.push(`bool ${S}_is_in_range(${p.ctype} value)`, '{');
	if (p.isFloat) {
		if (s.min === 0 && s.max === 0) out.push('    (void)value;', '    return true;');
		else out.push(`    return ((double)value >= ${dbl(Math.min(s.min, s.max))}) && ((double)value <= ${dbl(Math.max(s.min, s.max))});`);
	} else {
		const [lo, hi] = rawRange(p);
		const conds: string[] = [];
		if (lo > hi) {
			out.push('    (void)value;', '    return false; /* the DBC range is empty */');
		} else {
			if (lo > typeMin(p)) conds.push(`(value >= ${intLit(p, lo)})`);
			if (hi < typeMax(p)) conds.push(`(value <= ${intLit(p, hi)})`);
			if (conds.length === 0) out.push('    (void)value;', '    return true;');
			else out.push(`    return ${conds.join(' && ')};`);
		}
	}
	out.push('}', '');
	return out;
}

// ---------------------------------------------------------------------------------------------------------
// Markdown

function mdEscape(s: string): string {
	return s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function receiversOf(msg: DbcMessage): string[] {
	const set = new Set<string>();
	for (const s of msg.signals) for (const r of s.receivers) if (r !== 'Vector__XXX') set.add(r);
	return [...set];
}

function periodText(f: MessageFacts): string {
	if (f.sendType === 'Event' || f.cycleMs === 0) return 'event';
	if (f.sendType === 'CyclicIfActive') return `${f.cycleMs} while active`;
	return String(f.cycleMs);
}

function anchor(msg: DbcMessage): string {
	return `${hex(msg.id)}-${msg.name}`.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

/** Renders the CAN matrix as Markdown: a message overview table, then one signal table per message. */
export function generateMatrixMarkdown(dbc: Dbc, opts: GenOptions = {}): string {
	const source = opts.source ?? DEFAULT_SOURCE;
	const out: string[] = [];
	const bitrate = dbc.attributes.get('Baudrate');
	out.push('# CAN matrix', '');
	out.push(
		`<!-- generated from ${source} by ${opts.generator ?? DEFAULT_GENERATOR} — do not edit; change the DBC and run \`npm run build:wasm\` -->`,
		''
	);
	if (dbc.comment) out.push(mdEscape(dbc.comment), '');
	const e2eCount = realMessages(dbc).filter((m) => messageFacts(dbc, m).e2eDataId !== undefined).length;
	out.push(
		`${realMessages(dbc).length} messages, ${dbc.nodes.length} nodes${bitrate !== undefined ? `, ${Number(bitrate) / 1000} kbit/s` : ''}, ` +
			`${e2eCount} E2E-protected messages. Periods in ms; DLC in bytes. Source: \`${source}\`.`,
		''
	);
	if (dbc.nodes.length) {
		out.push('## Nodes', '', '| # | Node | Role |', '|---|---|---|');
		dbc.nodes.forEach((n, i) => out.push(`| ${i} | ${n.name} | ${mdEscape(n.comment ?? '')} |`));
		out.push('');
	}
	out.push('## Messages', '', '| ID | Name | Sender | Receivers | Period | DLC | E2E | Purpose |', '|---|---|---|---|---|---|---|---|');
	for (const msg of realMessages(dbc)) {
		const f = messageFacts(dbc, msg);
		const first = msg.comment ? mdEscape(msg.comment.split(/(?<=\.)\s/)[0]) : '';
		out.push(
			`| ${hex(msg.id)}${msg.extended ? 'x' : ''} | [${msg.name}](#${anchor(msg)}) | ${msg.senders.join(', ')} | ` +
				`${receiversOf(msg).join(', ')} | ${periodText(f)} | ${msg.length} | ${f.e2eDataId !== undefined ? hex(f.e2eDataId, 2) : ''} | ${first} |`
		);
	}
	out.push('');
	out.push('## Signals', '');
	out.push('Bits are `start|length`, Intel (little-endian) unless marked Motorola; physical = raw × factor + offset.', '');
	for (const msg of realMessages(dbc)) {
		const f = messageFacts(dbc, msg);
		out.push(`### ${hex(msg.id)} ${msg.name}`, '');
		const meta = [
			`sender ${msg.senders.join(', ')}`,
			`period ${periodText(f)}`,
			`DLC ${msg.length}`,
			f.e2eDataId !== undefined ? `E2E data ID ${hex(f.e2eDataId, 2)}` : undefined
		].filter(Boolean);
		out.push(`${meta.join(' · ')}.${msg.comment ? ' ' + mdEscape(msg.comment) : ''}`, '');
		if (msg.signals.length === 0) {
			out.push('No signals.', '');
			continue;
		}
		out.push('| Signal | Bits | Type | Factor | Offset | Range | Unit | Receivers | Values / notes |', '|---|---|---|---|---|---|---|---|---|');
		for (const s of msg.signals) {
			const order = s.byteOrder === 'little_endian' ? '' : ' Motorola';
			const type = s.valueType === 'signed' ? 'signed' : s.valueType === 'unsigned' ? 'unsigned' : s.valueType;
			const mux = s.isMultiplexor ? 'multiplexor. ' : s.multiplexerSignal ? `when ${s.multiplexerSignal} ∈ ${JSON.stringify(s.multiplexerRanges ?? [])}. ` : '';
			const choices = s.choices?.size
				? [...s.choices]
						.sort((a, b) => a[0] - b[0])
						.map(([v, l]) => `${v} ${l}`)
						.join(', ')
				: '';
			const notes = [mux + (s.comment ?? ''), choices].map((x) => mdEscape(x)).filter(Boolean).join(' — ');
			out.push(
				`| ${s.name} | ${s.startBit}\\|${s.length}${order} | ${type} | ${s.factor} | ${s.offset} | ${s.min}…${s.max} | ` +
					`${mdEscape(s.unit)} | ${s.receivers.filter((r) => r !== 'Vector__XXX').join(', ')} | ${notes} |`
			);
		}
		out.push('');
	}
	return out.join('\n');
}


/** Repo-relative outputs of `npm run build:wasm`'s generator step for the vehicle DBC, with their content. */
export function generatedFiles(dbc: Dbc, opts: GenOptions = {}): Array<{ path: string; content: string }> {
	const { header, source } = generateC(dbc, 'vehicle_dbc', opts);
	return [
		{ path: 'sim-wasm/gen/vehicle_dbc.h', content: header },
		{ path: 'sim-wasm/gen/vehicle_dbc.c', content: source },
		{ path: 'docs/can-matrix.md', content: generateMatrixMarkdown(dbc, opts) }
	];
}
