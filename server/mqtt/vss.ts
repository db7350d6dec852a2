/**
 * DBC → VSS mapping in Eclipse Kuksa's CAN provider format (`dbc2vss`: signal, interval_ms, on_change,
 * transform {math | mapping}), read from a VSS JSON tree such as static/vss/vehicle-dbc2vss.json, and the
 * per-signal forwarding rules Kuksa documents (docs/mqtt.md, "The mapping file").
 */
import type { CompiledMessage, DbcCodec } from '../../src/lib/can/dbc/codec';
import type { Dbc } from '../../src/lib/can/dbc/types';

export type VssValue = number | boolean | string | string[];

/** A `dbc2vss` transform: a math formula of `x`, or a `from`/`to` table. */
export type Transform = { math: string } | { mapping: Array<{ from: number | string | boolean; to: VssValue }> };

/** One VSS leaf of the mapping file. */
export interface VssLeaf {
	path: string;
	datatype: string;
	unit?: string;
	min?: number;
	max?: number;
	allowed?: string[];
	/** Kuksa's `dbc2vss` (or its synonym `dbc`); absent for leaves the gateway derives itself. */
	dbc2vss?: { signal: string; interval_ms?: number; on_change?: boolean; transform?: Transform };
	/** Leaves that are not one DBC signal: `config-vin`, `dtc-list`. */
	derive?: string;
}

/** A mapping that failed to load: names the leaf and what is wrong with it. */
export class MappingError extends Error {
	override name = 'MappingError';
}

/** Every leaf of a VSS JSON tree (Kuksa's vss_dbc.json layout: `children` under branches). */
export function readMapping(tree: unknown, file = 'mapping'): VssLeaf[] {
	const out: VssLeaf[] = [];
	const walk = (name: string, node: unknown) => {
		if (typeof node !== 'object' || node === null) throw new MappingError(`${file}: ${name} is not an object`);
		const n = node as Record<string, unknown>;
		if (n.type === 'branch' || n.children !== undefined) {
			if (typeof n.children !== 'object' || n.children === null) throw new MappingError(`${file}: branch ${name} has no children`);
			for (const [k, v] of Object.entries(n.children)) walk(`${name}.${k}`, v);
			return;
		}
		if (typeof n.datatype !== 'string') throw new MappingError(`${file}: ${name} has no datatype`);
		const d2v = (n.dbc2vss ?? n.dbc) as VssLeaf['dbc2vss'] | undefined;
		if (d2v !== undefined && (typeof d2v !== 'object' || typeof d2v.signal !== 'string')) throw new MappingError(`${file}: ${name}: dbc2vss needs a signal name`);
		const zb = n.zonebench as { derive?: string } | undefined;
		out.push({
			path: name,
			datatype: n.datatype,
			unit: typeof n.unit === 'string' ? n.unit : undefined,
			min: typeof n.min === 'number' ? n.min : undefined,
			max: typeof n.max === 'number' ? n.max : undefined,
			allowed: Array.isArray(n.allowed) ? (n.allowed as string[]) : undefined,
			dbc2vss: d2v,
			derive: zb?.derive
		});
	};
	if (typeof tree !== 'object' || tree === null) throw new MappingError(`${file}: not a JSON object`);
	for (const [k, v] of Object.entries(tree)) walk(k, v);
	return out;
}

// ---- math transforms: py-expression-eval's arithmetic subset, evaluated without eval() ----

type Expr = (x: number) => number;
const FUNCS: Record<string, (...a: number[]) => number> = {
	floor: Math.floor,
	ceil: Math.ceil,
	round: Math.round,
	abs: Math.abs,
	sqrt: Math.sqrt,
	min: Math.min,
	max: Math.max
};

/** Compiles a Kuksa `math` formula of `x` (+ - * / % ^, parentheses, floor ceil round abs sqrt min max). */
export function compileMath(src: string): Expr {
	const toks = src.match(/\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+|[A-Za-z_]\w*|[-+*/%^(),]|\S/g) ?? [];
	let i = 0;
	const fail = (why: string): never => {
		throw new MappingError(`math "${src}": ${why}`);
	};
	const peek = () => toks[i];
	const take = (t?: string) => {
		const v = toks[i++];
		if (t !== undefined && v !== t) fail(`expected '${t}' but found ${v === undefined ? 'the end' : `'${v}'`}`);
		return v;
	};
	const primary = (): Expr => {
		const t = take();
		if (t === undefined) return fail('unexpected end');
		if (/^[\d.]/.test(t)) {
			const v = Number(t);
			return () => v;
		}
		if (t === 'x') return (x) => x;
		if (t === '(') {
			const e = sum();
			take(')');
			return e;
		}
		if (t === '-') {
			const e = power();
			return (x) => -e(x);
		}
		if (t === '+') return power();
		const f = FUNCS[t];
		if (!f) return fail(`unknown name '${t}'`);
		take('(');
		const args: Expr[] = [sum()];
		while (peek() === ',') {
			take(',');
			args.push(sum());
		}
		take(')');
		return (x) => f(...args.map((a) => a(x)));
	};
	const power = (): Expr => {
		const b = primary();
		if (peek() !== '^') return b;
		take('^');
		const e = power();
		return (x) => Math.pow(b(x), e(x));
	};
	const product = (): Expr => {
		let l = power();
		while (peek() === '*' || peek() === '/' || peek() === '%') {
			const op = take();
			const a = l;
			const r = power();
			l = op === '*' ? (x) => a(x) * r(x) : op === '/' ? (x) => a(x) / r(x) : (x) => a(x) % r(x);
		}
		return l;
	};
	const sum = (): Expr => {
		let l = product();
		while (peek() === '+' || peek() === '-') {
			const op = take();
			const a = l;
			const r = product();
			l = op === '+' ? (x) => a(x) + r(x) : (x) => a(x) - r(x);
		}
		return l;
	};
	const e = sum();
	if (i < toks.length) fail(`unexpected '${toks[i]}'`);
	return e;
}

const INT_RANGE: Record<string, [number, number]> = {
	int8: [-128, 127],
	uint8: [0, 255],
	int16: [-32768, 32767],
	uint16: [0, 65535],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	uint64: [0, Number.MAX_SAFE_INTEGER]
};

/** Why `v` is not a value of the leaf's VSS datatype (and min/max/allowed), or null when it is. */
export function checkVssValue(leaf: Pick<VssLeaf, 'datatype' | 'min' | 'max' | 'allowed'>, v: unknown): string | null {
	const dt = leaf.datatype;
	if (dt === 'boolean') return typeof v === 'boolean' ? null : `${JSON.stringify(v)} is not a boolean`;
	if (dt === 'string') {
		if (typeof v !== 'string') return `${JSON.stringify(v)} is not a string`;
		if (leaf.allowed && !leaf.allowed.includes(v)) return `'${v}' is not one of ${leaf.allowed.join(', ')}`;
		return null;
	}
	if (dt === 'string[]') return Array.isArray(v) && v.every((s) => typeof s === 'string') ? null : `${JSON.stringify(v)} is not a string[]`;
	if (typeof v !== 'number' || !Number.isFinite(v)) return `${JSON.stringify(v)} is not a finite number`;
	const r = INT_RANGE[dt];
	if (r) {
		if (!Number.isInteger(v)) return `${v} is not an integer (${dt})`;
		if (v < r[0] || v > r[1]) return `${v} is outside ${dt} (${r[0]}..${r[1]})`;
	} else if (dt === 'float') {
		if (Math.abs(v) > 3.4028234663852886e38) return `${v} is outside float`;
	} else if (dt !== 'double') return `datatype ${dt} is not supported`;
	if (leaf.min !== undefined && v < leaf.min) return `${v} is below the VSS min ${leaf.min}`;
	if (leaf.max !== undefined && v > leaf.max) return `${v} is above the VSS max ${leaf.max}`;
	return null;
}

/** A leaf bound to its DBC message and signal, with the forwarding state Kuksa keeps per VSS-DBC pair. */
export interface BoundLeaf {
	leaf: VssLeaf;
	msg: CompiledMessage;
	/** Index of the signal in `msg.signals`. */
	index: number;
	interval_us: number;
	onChange: boolean;
	/** DBC physical value → VSS value; undefined when the transform has no answer (the value is ignored). */
	transform(x: number): VssValue | undefined;
	lastT: number;
	last: VssValue | undefined;
}

function makeTransform(leaf: VssLeaf, choices: Map<number, string> | undefined): (x: number) => VssValue | undefined {
	const t = leaf.dbc2vss?.transform;
	if (!t) return (x) => x;
	if ('math' in t) {
		const f = compileMath(t.math);
		return (x) => f(x);
	}
	if ('mapping' in t && Array.isArray(t.mapping)) {
		// `from` is the physical value, or the DBC's VAL_ label of the raw value (as cantools gives it to Kuksa)
		const table = t.mapping;
		return (x) => {
			const label = choices?.get(x);
			for (const m of table) if (m.from === x || (label !== undefined && m.from === label)) return m.to;
			return undefined;
		};
	}
	throw new MappingError(`${leaf.path}: transform needs 'math' or 'mapping'`);
}

/**
 * Binds every `dbc2vss` leaf to its message in the DBC. Throws `MappingError` naming the leaf when its
 * signal is absent or ambiguous (the same name in two messages).
 */
export function bindMapping(leaves: VssLeaf[], dbc: Dbc, codec: DbcCodec): BoundLeaf[] {
	const where = new Map<string, Array<{ key: number; index: number }>>();
	for (const m of dbc.messages) {
		const key = (m.extended ? (m.id | 0x80000000) : m.id) >>> 0;
		m.signals.forEach((s, index) => {
			let l = where.get(s.name);
			if (!l) where.set(s.name, (l = []));
			l.push({ key, index });
		});
	}
	const out: BoundLeaf[] = [];
	for (const leaf of leaves) {
		const d = leaf.dbc2vss;
		if (!d) continue;
		const at = where.get(d.signal);
		if (!at) throw new MappingError(`${leaf.path}: DBC signal '${d.signal}' does not exist in the DBC`);
		if (at.length > 1) throw new MappingError(`${leaf.path}: DBC signal '${d.signal}' is in ${at.length} messages; the dbc2vss format cannot say which`);
		const msg = codec.message(at[0].key)!;
		const onChange = d.on_change === true;
		const interval = d.interval_ms ?? (onChange ? 0 : 1000);
		out.push({
			leaf,
			msg,
			index: at[0].index,
			interval_us: interval * 1000,
			onChange,
			transform: makeTransform(leaf, msg.signals[at[0].index].choices),
			lastT: -Infinity,
			last: undefined
		});
	}
	return out;
}

function same(a: VssValue | undefined, b: VssValue): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
	return a === b;
}

/**
 * Kuksa's evaluation for one observation at source time `t_us`: the interval gate, then the transform,
 * then the change gate. Returns the VSS value to forward, or undefined.
 */
export function evaluate(b: BoundLeaf, t_us: number, x: number): VssValue | undefined {
	if (Number.isNaN(x)) return undefined;
	if (b.interval_us > 0) {
		if (t_us - b.lastT < b.interval_us) return undefined;
		b.lastT = t_us;
	}
	const v = b.transform(x);
	if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return undefined;
	if (b.onChange && b.last !== undefined && same(b.last, v)) return undefined;
	b.last = v;
	// a float32 leaf carries ~7 significant digits; 12.340000000000002 km/h would only be noise on the wire
	return typeof v === 'number' && b.leaf.datatype === 'float' ? Number(v.toPrecision(7)) : v;
}

/** The VSS leaf list (static/vss/vss-6.0-leaves.json): path → datatype, unit, limits. */
export type VssLeafList = Record<string, { datatype: string; unit?: string; min?: number; max?: number; allowed?: string[] }>;

/**
 * Everything wrong with a mapping against a DBC and the VSS leaf list, one line each: a DBC signal that
 * does not exist, a VSS path or datatype not in the list, a transform result outside the VSS type for any
 * raw value inside the DBC signal's [min|max].
 */
export function checkMapping(leaves: VssLeaf[], dbc: Dbc, codec: DbcCodec, vss: VssLeafList): string[] {
	const problems: string[] = [];
	const signalNames = new Set(dbc.messages.flatMap((m) => m.signals.map((s) => s.name)));
	for (const leaf of leaves) {
		const spec = vss[leaf.path];
		if (!spec) problems.push(`${leaf.path}: not a leaf of the VSS list`);
		else if (spec.datatype !== leaf.datatype) problems.push(`${leaf.path}: datatype ${leaf.datatype}, but VSS says ${spec.datatype}`);
		else if ((spec.unit ?? '') !== (leaf.unit ?? '')) problems.push(`${leaf.path}: unit '${leaf.unit ?? ''}', but VSS says '${spec.unit ?? ''}'`);
		if (!leaf.dbc2vss && !leaf.derive) problems.push(`${leaf.path}: neither dbc2vss nor a zonebench derive`);
		if (leaf.derive === 'dtc-list') for (const s of ['DtcNumber', 'DtcStatus']) if (!signalNames.has(s)) problems.push(`${leaf.path}: needs DBC signal ${s}`);
	}
	let bound: BoundLeaf[] = [];
	try {
		bound = bindMapping(leaves, dbc, codec);
	} catch (e) {
		problems.push((e as Error).message);
		return problems;
	}
	for (const b of bound) {
		const s = b.msg.signals[b.index];
		const limits = { ...b.leaf, ...(vss[b.leaf.path] ?? {}) };
		const rawMax = s.valueType === 'signed' ? 2 ** (s.length - 1) - 1 : 2 ** s.length - 1;
		const rawMin = s.valueType === 'signed' ? -(2 ** (s.length - 1)) : 0;
		const step = Math.max(1, Math.floor((rawMax - rawMin) / 65536));
		let answered = 0;
		for (let raw = rawMin; raw <= rawMax; raw += step) {
			const x = raw * s.factor + s.offset;
			if (x < s.min || x > s.max) continue;
			let v: VssValue | undefined;
			try {
				v = b.transform(x);
			} catch (e) {
				problems.push(`${b.leaf.path}: transform throws for ${s.name} = ${x}: ${(e as Error).message}`);
				break;
			}
			if (v === undefined) continue;
			answered++;
			const why = checkVssValue(limits, v);
			if (why) {
				problems.push(`${b.leaf.path}: ${s.name} = ${x} gives ${why}`);
				break;
			}
		}
		if (answered === 0) problems.push(`${b.leaf.path}: no value of ${s.name} in [${s.min}|${s.max}] gives a VSS value`);
	}
	return problems;
}
