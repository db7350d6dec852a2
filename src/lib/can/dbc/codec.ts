/**
 * DBC signal codec. Each message's layout is turned once into a specialised JavaScript function
 * (`new Function`) made of constant byte indices, shifts and masks, so decoding a frame costs a handful of
 * integer operations per signal and allocates nothing.
 *
 * Values travel as float64: integer signals longer than 53 bits lose precision above 2^53 (both ways).
 * Multiplexed signals that the frame does not select decode as NaN, and are not written by `encode`.
 */
import { signalBitPositions } from './parse';
import { FLAG_EXT } from '../frame';
import { messageKey, type Dbc, type DbcMessage, type DbcSignal } from './types';

/** A message layout compiled into decode/encode functions. */
export interface CompiledMessage {
	readonly msg: DbcMessage;
	/** `messageKey()` of the message. */
	readonly key: number;
	/** Signals in the order used by the `out`/`values` arrays (the DBC's order). */
	readonly signals: readonly DbcSignal[];
	readonly signalNames: readonly string[];
	/** Index of each signal by name. */
	readonly indexOf: ReadonlyMap<string, number>;
	/** Payload bytes signal `i` needs: a shorter frame does not carry it. */
	readonly bytesNeeded: Uint8Array;
	/** Bytes from `offset` the decoder reads / the encoder writes (≥ msg.length when signals overflow it). */
	readonly span: number;
	/** Physical values (raw × factor + offset) of all signals into `out[0..signals.length)`; unselected → NaN. */
	decode(data: Uint8Array, offset: number, out: Float64Array): void;
	/** Raw values (integers, or the IEEE value for float signals); unselected → NaN. */
	decodeRaw(data: Uint8Array, offset: number, out: Float64Array): void;
	/**
	 * Packs physical values: raw = round-half-even((value − offset) / factor), clamped to the signal's raw
	 * range (float signals are neither rounded nor clamped). Clears `span` bytes first; missing or NaN
	 * values and signals their multiplexor does not select stay 0.
	 */
	encode(values: Readonly<Record<string, number>> | Float64Array, out: Uint8Array, offset?: number): void;
	/** Packs raw values (same clamping, no scaling). */
	encodeRaw(values: Readonly<Record<string, number>> | Float64Array, out: Uint8Array, offset?: number): void;
}

interface Run {
	byte: number;
	/** First bit in the byte (0 = LSB). */
	lo: number;
	/** Value bit of the run's lowest bit. */
	k0: number;
	bits: number;
}

/** Groups a signal's bits into runs that sit in one byte and one 32-bit half of the value. */
function runsOf(s: DbcSignal): Run[] {
	const pos = signalBitPositions(s);
	const runs: Run[] = [];
	let cur: Run | undefined;
	for (let k = 0; k < pos.length; k++) {
		const p = pos[k];
		if (cur && (p >> 3) === cur.byte && p === cur.byte * 8 + cur.lo + cur.bits && k % 32 !== 0) cur.bits++;
		else {
			cur = { byte: p >> 3, lo: p & 7, k0: k, bits: 1 };
			runs.push(cur);
		}
	}
	return runs;
}

/** JS expression for 32-bit word `w` of the signal's value, as an int32. */
function wordExpr(runs: Run[], w: number): string {
	const parts: string[] = [];
	for (const r of runs) {
		if (r.k0 >> 5 !== w) continue;
		let e = `d[o+${r.byte}]`;
		if (r.lo) e = `(${e}>>>${r.lo})`;
		if (r.lo + r.bits < 8) e = `(${e}&${(1 << r.bits) - 1})`;
		const sh = r.k0 - 32 * w;
		if (sh) e = `(${e}<<${sh})`;
		parts.push(e);
	}
	return parts.length ? `(${parts.join('|')})` : '0';
}

/** Statements writing word `w` (held in variable `v`) into the bytes of its runs. */
function wordWrite(runs: Run[], w: number, v: string): string {
	let code = '';
	for (const r of runs) {
		if (r.k0 >> 5 !== w) continue;
		const sh = r.k0 - 32 * w;
		let e = sh ? `(${v}>>>${sh})` : v;
		e = `(${e}&${(1 << r.bits) - 1})`;
		if (r.lo) e = `(${e}<<${r.lo})`;
		code += `d[o+${r.byte}]|=${e};`;
	}
	return code;
}

/** Raw value expression of a signal. */
function rawExpr(s: DbcSignal, runs: Run[]): string {
	const n = s.length;
	const w0 = wordExpr(runs, 0);
	switch (s.valueType) {
		case 'float32':
			return `(U32[0]=${w0},F32[0])`;
		case 'float64':
			return `(U32[LO]=${w0},U32[HI]=${wordExpr(runs, 1)},F64[0])`;
		case 'signed':
			if (n <= 32) return n === 32 ? `(${w0}|0)` : `((${w0}<<${32 - n})>>${32 - n})`;
			return `(((${wordExpr(runs, 1)}<<${64 - n})>>${64 - n})*4294967296+(${w0}>>>0))`;
		default:
			if (n <= 32) return n === 32 ? `(${w0}>>>0)` : w0;
			return `((${wordExpr(runs, 1)}>>>0)*4294967296+(${w0}>>>0))`;
	}
}

/** Switches before the signals they select, so one pass knows every presence. */
function topoOrder(msg: DbcMessage): number[] {
	const idx = new Map(msg.signals.map((s, i) => [s.name, i]));
	const done = new Set<number>();
	const order: number[] = [];
	const visit = (i: number, depth: number): void => {
		if (done.has(i)) return;
		if (depth > msg.signals.length) throw new Error(`multiplexing of message '${msg.name}' is circular`);
		const parent = msg.signals[i].multiplexerSignal;
		if (parent !== undefined) {
			const pi = idx.get(parent);
			if (pi === undefined)
				throw new Error(`signal '${msg.signals[i].name}' of '${msg.name}' names unknown multiplexor '${parent}'`);
			visit(pi, depth + 1);
		}
		done.add(i);
		order.push(i);
	};
	for (let i = 0; i < msg.signals.length; i++) visit(i, 0);
	return order;
}

function num(x: number): string {
	// Keeps full precision and spells the non-finite values JS understands.
	// Parenthesised so that `x - ${num(-1)}` never reads as the `--` operator.
	return Number.isFinite(x) ? `(${x})` : x > 0 ? 'Infinity' : x < 0 ? '(-Infinity)' : 'NaN';
}

function presenceExpr(msg: DbcMessage, s: DbcSignal, idx: Map<string, number>): string | undefined {
	if (s.multiplexerSignal === undefined) return undefined;
	const p = idx.get(s.multiplexerSignal)!;
	const conds = (s.multiplexerRanges ?? []).map(([a, b]) => (a === b ? `r${p}===${a}` : `(r${p}>=${a}&&r${p}<=${b})`));
	const parentPresent = msg.signals[p].multiplexerSignal !== undefined ? `p${p}&&` : '';
	return `(${parentPresent}(${conds.join('||') || 'false'}))`;
}

const BIG_ENDIAN_HOST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 0;

/** Compiles one message's layout. Throws when its multiplexing refers to unknown or circular switches. */
export function compileMessage(msg: DbcMessage): CompiledMessage {
	const signals = msg.signals;
	const idx = new Map(signals.map((s, i) => [s.name, i]));
	const order = topoOrder(msg);
	const runs = signals.map(runsOf);
	const bytesNeeded = new Uint8Array(signals.length);
	let span = msg.length;
	runs.forEach((rs, i) => {
		const need = Math.max(...rs.map((r) => r.byte)) + 1;
		bytesNeeded[i] = need;
		span = Math.max(span, need);
	});
	const isSwitch = signals.map((s) => s.isMultiplexor || signals.some((x) => x.multiplexerSignal === s.name));

	const decodeSrc = (scaled: boolean): string => {
		let code = '';
		for (const i of order) {
			const s = signals[i];
			const pres = presenceExpr(msg, s, idx);
			if (pres) code += `var p${i}=${pres};`;
			let raw = rawExpr(s, runs[i]);
			if (isSwitch[i]) {
				code += `var r${i}=${pres ? `p${i}?${raw}:NaN` : raw};`;
				raw = `r${i}`;
			} else if (pres) raw = `(p${i}?${raw}:NaN)`;
			const phys = !scaled || (s.factor === 1 && s.offset === 0) ? raw : `${raw}*${num(s.factor)}+${num(s.offset)}`;
			code += `out[${i}]=${phys};\n`;
		}
		return code;
	};

	const encodeSrc = (scaled: boolean): string => {
		let code = `for(var b=0;b<${span};b++)d[o+b]=0;var x,w0,w1;\n`;
		for (const i of order) {
			const s = signals[i];
			const n = s.length;
			const pres = presenceExpr(msg, s, idx);
			if (pres) code += `var p${i}=${pres};`;
			if (isSwitch[i]) code += `var r${i}=NaN;`;
			code += `x=v[${i}];if(${pres ? `p${i}&&` : ''}x===x){`;
			if (scaled && (s.factor !== 1 || s.offset !== 0)) code += `x=(x-${num(s.offset)})/${num(s.factor)};`;
			const rs = runs[i];
			if (s.valueType === 'float32') code += `F32[0]=x;w0=U32[0];${wordWrite(rs, 0, 'w0')}`;
			else if (s.valueType === 'float64') {
				code += `F64[0]=x;w0=U32[LO];w1=U32[HI];${wordWrite(rs, 0, 'w0')}${wordWrite(rs, 1, 'w1')}`;
			} else {
				const lo = s.valueType === 'signed' ? -(2 ** (n - 1)) : 0;
				const hi = s.valueType === 'signed' ? 2 ** (n - 1) - 1 : 2 ** n - 1;
				code += `x=rte(x);if(x<${num(lo)})x=${num(lo)};else if(x>${num(hi)})x=${num(hi)};`;
				if (n <= 32) code += `w0=x;${wordWrite(rs, 0, 'w0')}`;
				else code += `w1=Math.floor(x/4294967296);w0=x-w1*4294967296;${wordWrite(rs, 0, 'w0')}${wordWrite(rs, 1, 'w1')}`;
			}
			if (isSwitch[i]) code += `r${i}=x;`;
			code += '}\n';
		}
		return code;
	};

	const scratch = new ArrayBuffer(8);
	const env = {
		U32: new Uint32Array(scratch),
		F32: new Float32Array(scratch),
		F64: new Float64Array(scratch),
		LO: BIG_ENDIAN_HOST ? 1 : 0,
		HI: BIG_ENDIAN_HOST ? 0 : 1,
		rte: roundHalfEven
	};
	const build = <F>(params: string, body: string): F =>
		new Function(...Object.keys(env), `"use strict";return function(${params}){${body}}`)(...Object.values(env)) as F;
	type Dec = (d: Uint8Array, o: number, out: Float64Array) => void;
	type Enc = (v: Float64Array, d: Uint8Array, o: number) => void;
	const decode = build<Dec>('d,o,out', decodeSrc(true));
	const decodeRaw = build<Dec>('d,o,out', decodeSrc(false));
	const enc = build<Enc>('v,d,o', encodeSrc(true));
	const encRaw = build<Enc>('v,d,o', encodeSrc(false));

	const valuesScratch = new Float64Array(signals.length);
	const toArray = (values: Readonly<Record<string, number>> | Float64Array): Float64Array => {
		if (values instanceof Float64Array) return values;
		valuesScratch.fill(NaN);
		for (const name in values) {
			const i = idx.get(name);
			if (i !== undefined) valuesScratch[i] = values[name];
		}
		return valuesScratch;
	};
	const signalNames = signals.map((s) => s.name);
	return {
		msg,
		key: messageKey(msg.id, msg.extended),
		signals,
		signalNames,
		indexOf: idx,
		bytesNeeded,
		span,
		decode,
		decodeRaw,
		encode: (values, out, offset = 0) => enc(toArray(values), out, offset),
		encodeRaw: (values, out, offset = 0) => encRaw(toArray(values), out, offset)
	};
}

/** Python's round(): halves go to the even neighbour, as cantools rounds when it encodes. */
export function roundHalfEven(x: number): number {
	const r = Math.round(x);
	return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** All messages of a DBC, compiled on first use and looked up by `messageKey()` or by frame id + flags. */
export class DbcCodec {
	readonly #compiled = new Map<number, CompiledMessage>();
	/** Longest signal list of any message: a `Float64Array` this long fits every `decode`. */
	readonly maxSignals: number;

	constructor(readonly dbc: Dbc) {
		this.maxSignals = dbc.messages.reduce((n, m) => Math.max(n, m.signals.length), 0);
	}

	/** The compiled message for a `messageKey()`, or undefined when the DBC has none. */
	message(key: number): CompiledMessage | undefined {
		let c = this.#compiled.get(key);
		if (c === undefined) {
			const msg = this.dbc.byKey.get(key);
			if (msg === undefined) return undefined;
			c = compileMessage(msg);
			this.#compiled.set(key, c);
		}
		return c;
	}

	/** The compiled message for a frame's id and `FrameBatch` flags. */
	forFrame(id: number, flags: number): CompiledMessage | undefined {
		return this.message(flags & FLAG_EXT ? (id | 0x80000000) >>> 0 : id);
	}
}
