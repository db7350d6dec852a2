/**
 * DBC reader. A hand-written recursive-descent parser over a character cursor: DBC is line-sensitive in a
 * few places (signal receivers, node lists) and keyword-driven everywhere else, which a generic tokenizer
 * handles badly. Lenient where cantools (strict=False) is lenient — layout problems become `warnings` —
 * strict on syntax: a broken line throws `DbcError` naming the token that was expected and where.
 */
import {
	DbcError,
	messageKey,
	type Dbc,
	type DbcAttributeDef,
	type DbcEnvVar,
	type DbcMessage,
	type DbcNode,
	type DbcRelAttribute,
	type DbcSignal,
	type SourcePos
} from './types';

/** Decodes DBC file bytes: UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what CANdb++ writes). */
export function decodeDbcBytes(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** Statements the parser understands; also used to find where a skipped statement ends. */
const KEYWORDS = new Set([
	'VERSION', 'NS_', 'BS_', 'BU_', 'BO_', 'SG_', 'VAL_TABLE_', 'VAL_', 'CM_', 'BA_DEF_', 'BA_DEF_REL_',
	'BA_DEF_DEF_', 'BA_DEF_DEF_REL_', 'BA_', 'BA_REL_', 'BO_TX_BU_', 'SIG_GROUP_', 'SIG_VALTYPE_',
	'SG_MUL_VAL_', 'EV_', 'ENVVAR_DATA_', 'EV_DATA_', 'SGTYPE_', 'SGTYPE_VAL_', 'BA_DEF_SGTYPE_',
	'BA_SGTYPE_', 'SIG_TYPE_REF_', 'SIGTYPE_VALTYPE_', 'CAT_DEF_', 'CAT_', 'FILTER', 'BU_SG_REL_',
	'BU_EV_REL_', 'BU_BO_REL_', 'NS_DESC_'
]);
/** Known statements we read past without keeping anything (signal types, categories, filters). */
const IGNORED = new Set([
	'ENVVAR_DATA_', 'EV_DATA_', 'SGTYPE_', 'SGTYPE_VAL_', 'BA_DEF_SGTYPE_', 'BA_SGTYPE_', 'SIG_TYPE_REF_',
	'SIGTYPE_VALTYPE_', 'CAT_DEF_', 'CAT_', 'FILTER', 'BU_SG_REL_', 'BU_EV_REL_', 'BU_BO_REL_', 'NS_DESC_'
]);

/** Vector's numbering of VFrameFormat when a DBC declares it as INT instead of ENUM. */
const FRAME_FORMATS_BY_INT: Record<number, string> = {
	0: 'StandardCAN',
	1: 'ExtendedCAN',
	3: 'J1939PG',
	14: 'StandardCAN_FD',
	15: 'ExtendedCAN_FD'
};

// A name may begin with digits, as cantools and opendbc accept (`2WD_Status`); it must hold a letter or `_`
// somewhere, so a bare number is never taken for a name. Names that begin with a digit are warned about.
const IDENT = /[0-9]*[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const UINT = /\d+/y;

interface MuxInfo {
	/** N of `mN` / `mNM`. */
	muxId?: number;
	/** The `M` of `M` / `mNM`. */
	isSwitch: boolean;
}

interface MulVal {
	at: number;
	key: number;
	signal: string;
	switchName: string;
	ranges: Array<[number, number]>;
}

class Parser {
	pos = 0;
	readonly lineStarts: number[] = [0];
	readonly warnings: string[] = [];

	constructor(
		readonly text: string,
		readonly file: string
	) {
		for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
	}

	posAt(at: number): SourcePos {
		let lo = 0;
		let hi = this.lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.lineStarts[mid] <= at) lo = mid;
			else hi = mid - 1;
		}
		return { file: this.file, line: lo + 1, col: at - this.lineStarts[lo] + 1 };
	}

	error(reason: string, at = this.pos): DbcError {
		return new DbcError(reason, this.posAt(at));
	}

	warn(text: string, at: number): void {
		const p = this.posAt(at);
		this.warnings.push(`${p.file}:${p.line}:${p.col}: ${text}`);
	}

	get eof(): boolean {
		return this.pos >= this.text.length;
	}

	/** Skips blanks, line breaks and `//` comments. */
	skipWs(): void {
		const t = this.text;
		for (;;) {
			const c = t.charCodeAt(this.pos);
			if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xfeff) this.pos++;
			else if (c === 47 && t.charCodeAt(this.pos + 1) === 47) {
				while (this.pos < t.length && t.charCodeAt(this.pos) !== 10) this.pos++;
			} else return;
		}
	}

	/** Skips blanks on the current line only. */
	skipInline(): void {
		for (;;) {
			const c = this.text.charCodeAt(this.pos);
			if (c === 32 || c === 9) this.pos++;
			else return;
		}
	}

	atEol(): boolean {
		this.skipInline();
		const c = this.text.charCodeAt(this.pos);
		return this.eof || c === 10 || c === 13;
	}

	/** The next token as a person would read it, for error messages. */
	describeNext(): string {
		if (this.eof) return 'end of file';
		const c = this.text[this.pos];
		if (c === '\n' || c === '\r') return 'end of line';
		const m = /[^\s]+/y;
		m.lastIndex = this.pos;
		const tok = m.exec(this.text)?.[0] ?? c;
		return `'${tok.length > 24 ? tok.slice(0, 24) + '…' : tok}'`;
	}

	fail(what: string): never {
		throw this.error(`expected ${what} but found ${this.describeNext()}`);
	}

	match(re: RegExp): string | undefined {
		re.lastIndex = this.pos;
		const m = re.exec(this.text);
		if (!m) return undefined;
		this.pos += m[0].length;
		return m[0];
	}

	peekIdent(): string | undefined {
		const save = this.pos;
		this.skipWs();
		const id = this.match(IDENT);
		this.pos = save;
		return id;
	}

	ident(what: string): string {
		this.skipWs();
		return this.match(IDENT) ?? this.fail(what);
	}

	number(what: string): number {
		this.skipWs();
		return Number(this.match(NUMBER) ?? this.fail(what));
	}

	int(what: string): number {
		this.skipWs();
		const at = this.pos;
		const n = this.number(what);
		if (!Number.isInteger(n)) {
			this.pos = at;
			this.fail(what);
		}
		return n;
	}

	uint(what: string): number {
		this.skipWs();
		return Number(this.match(UINT) ?? this.fail(what));
	}

	/** A quoted string; may span lines; `\"` and `\\` are escapes. */
	str(what: string): string {
		this.skipWs();
		if (this.text[this.pos] !== '"') this.fail(what);
		const start = this.pos;
		this.pos++;
		let out = '';
		const t = this.text;
		for (;;) {
			if (this.pos >= t.length) throw this.error(`unterminated string (${what}) starting here`, start);
			const c = t[this.pos];
			if (c === '\\' && (t[this.pos + 1] === '"' || t[this.pos + 1] === '\\')) {
				out += t[this.pos + 1];
				this.pos += 2;
			} else if (c === '"') {
				this.pos++;
				return out;
			} else {
				out += c;
				this.pos++;
			}
		}
	}

	tryChar(ch: string): boolean {
		this.skipWs();
		if (this.text[this.pos] === ch) {
			this.pos++;
			return true;
		}
		return false;
	}

	expect(ch: string, what: string): void {
		if (!this.tryChar(ch)) this.fail(`'${ch}' ${what}`);
	}

	/** Reads past a statement we do not keep: to its ';', or to the next line that starts with a keyword. */
	skipStatement(): void {
		const t = this.text;
		while (this.pos < t.length) {
			const c = t[this.pos];
			if (c === '"') {
				this.str('string');
			} else if (c === ';') {
				this.pos++;
				return;
			} else if (c === '\n') {
				this.pos++;
				const save = this.pos;
				this.skipInline();
				const id = this.match(IDENT);
				this.pos = save;
				if (id !== undefined && KEYWORDS.has(id) && !IGNORED.has(id)) return;
			} else this.pos++;
		}
	}
}

/** Parses DBC text into a `Dbc`; throws `DbcError` (`file:line:col: reason`) on malformed input. */
export function parseDbc(text: string, file = '<input>'): Dbc {
	const p = new Parser(text, file);
	const dbc: Dbc = {
		version: '',
		nodes: [],
		messages: [],
		valueTables: new Map(),
		attributeDefs: [],
		attributes: new Map(),
		byKey: new Map(),
		relAttributes: [],
		envVars: [],
		warnings: p.warnings
	};
	const muxInfo = new Map<DbcSignal, MuxInfo>();
	const mulVals: MulVal[] = [];
	const sigTableRefs: Array<{ at: number; signal: DbcSignal; table: string }> = [];
	const nodeByName = new Map<string, DbcNode>();
	const envByName = new Map<string, DbcEnvVar>();
	const defs = new Map<string, DbcAttributeDef>();

	const findMessage = (rawId: number, at: number): DbcMessage | undefined => {
		const m = dbc.byKey.get(rawId >>> 0);
		if (!m) p.warn(`no message with id ${rawId} (0x${(rawId >>> 0).toString(16)}); statement ignored`, at);
		return m;
	};
	const findSignal = (m: DbcMessage, name: string, at: number): DbcSignal | undefined => {
		const s = m.signals.find((x) => x.name === name);
		if (!s) p.warn(`message '${m.name}' has no signal '${name}'; statement ignored`, at);
		return s;
	};
	const findNode = (name: string, at: number): DbcNode | undefined => {
		const n = nodeByName.get(name);
		if (!n) p.warn(`no node '${name}'; statement ignored`, at);
		return n;
	};

	const parseSignal = (msg: DbcMessage, at: number): void => {
		p.skipWs();
		const nameAt = p.pos;
		const name = p.ident('a signal name after SG_');
		if (/^\d/.test(name)) p.warn(`signal name '${name}' begins with a digit (not a C identifier); read as it is`, nameAt);
		const info: MuxInfo = { isSwitch: false };
		p.skipWs();
		const muxAt = p.pos;
		let mux = p.match(/(?:m(\d+)M?|M)(?![A-Za-z0-9_])/y);
		if (mux !== undefined && mux !== 'M' && !mux.endsWith('M')) {
			// `m1 M`: the switch mark after a space; read as `m1M`, as opendbc's whitespace-tolerant pattern does.
			const save = p.pos;
			p.skipInline();
			if (p.match(/M(?![A-Za-z0-9_])/y) !== undefined) {
				p.warn(`multiplexer indicator '${mux} M' of signal '${name}' has a space inside; read as '${mux}M'`, muxAt);
				mux += 'M';
			} else p.pos = save;
		} else if (mux === undefined) {
			// `m 1` / `m 1M`: spaces between the m and its number.
			const spaced = p.match(/m[ \t]+(\d+)(?:[ \t]*M)?(?![A-Za-z0-9_])/y);
			if (spaced !== undefined) {
				mux = spaced.replace(/[ \t]+/g, '');
				p.warn(`multiplexer indicator '${spaced}' of signal '${name}' has spaces inside; read as '${mux}'`, muxAt);
			}
		}
		if (mux !== undefined) {
			if (mux === 'M') info.isSwitch = true;
			else {
				info.muxId = Number(/\d+/.exec(mux)![0]);
				info.isSwitch = mux.endsWith('M');
			}
		} else if (p.text[p.pos] !== ':') {
			p.pos = muxAt;
			p.fail(`':' or a multiplexer indicator (M, m<n>, m<n>M) after signal name '${name}'`);
		}
		p.expect(':', `after signal '${name}'`);
		const startBit = p.uint(`the start bit of signal '${name}'`);
		p.expect('|', `between start bit and length of signal '${name}'`);
		const length = p.uint(`the bit length of signal '${name}'`);
		p.expect('@', `before the byte order of signal '${name}'`);
		const order = p.text[p.pos];
		if (order !== '0' && order !== '1') p.fail(`byte order 0 (Motorola) or 1 (Intel) of signal '${name}'`);
		p.pos++;
		const sign = p.text[p.pos];
		if (sign !== '+' && sign !== '-') p.fail(`'+' (unsigned) or '-' (signed) of signal '${name}'`);
		p.pos++;
		p.expect('(', `before the factor of signal '${name}'`);
		const factor = p.number(`the factor of signal '${name}'`);
		p.expect(',', `between factor and offset of signal '${name}'`);
		const offset = p.number(`the offset of signal '${name}'`);
		p.expect(')', `after the offset of signal '${name}'`);
		p.expect('[', `before the minimum of signal '${name}'`);
		const min = p.number(`the minimum of signal '${name}'`);
		p.expect('|', `between minimum and maximum of signal '${name}'`);
		const max = p.number(`the maximum of signal '${name}'`);
		p.expect(']', `after the maximum of signal '${name}'`);
		const unit = p.str(`the quoted unit of signal '${name}'`);
		const receivers: string[] = [];
		// Receivers end with the line: the next line starts another statement.
		for (;;) {
			if (p.atEol()) break;
			const r = p.match(IDENT) ?? p.fail(`a receiver node name or the end of the line for signal '${name}'`);
			if (r !== 'Vector__XXX') receivers.push(r);
			p.skipInline();
			if (p.text[p.pos] === ',') p.pos++;
		}
		if (length === 0) throw p.error(`signal '${name}' has length 0`, at);
		const sig: DbcSignal = {
			name,
			startBit,
			length,
			byteOrder: order === '1' ? 'little_endian' : 'big_endian',
			valueType: sign === '-' ? 'signed' : 'unsigned',
			factor,
			offset,
			min,
			max,
			unit,
			receivers,
			isMultiplexor: info.isSwitch,
			attributes: new Map(),
			pos: p.posAt(at)
		};
		if (msg.signals.some((s) => s.name === name))
			p.warn(`signal '${name}' defined twice in message '${msg.name}'`, at);
		msg.signals.push(sig);
		muxInfo.set(sig, info);
	};

	const parseMessage = (at: number): void => {
		const rawId = p.uint('a message id after BO_');
		p.skipWs();
		const nameAt = p.pos;
		const name = p.ident('a message name');
		if (/^\d/.test(name)) p.warn(`message name '${name}' begins with a digit (not a C identifier); read as it is`, nameAt);
		p.expect(':', `after message name '${name}'`);
		const length = p.uint(`the length in bytes of message '${name}'`);
		const senders: string[] = [];
		if (!p.atEol()) {
			const s = p.ident(`the sending node of message '${name}'`);
			if (s !== 'Vector__XXX') senders.push(s);
		}
		if (length > 64) throw p.error(`message '${name}' is ${length} bytes long; CAN FD allows at most 64`, at);
		const extended = rawId >= 0x80000000;
		const msg: DbcMessage = {
			id: (rawId & 0x7fffffff) >>> 0,
			extended,
			name,
			length,
			senders,
			signals: [],
			attributes: new Map(),
			isFd: false,
			signalGroups: [],
			pos: p.posAt(at)
		};
		const key = messageKey(msg.id, extended);
		if (dbc.byKey.has(key)) p.warn(`message id ${rawId} defined twice ('${dbc.byKey.get(key)!.name}' and '${name}')`, at);
		dbc.messages.push(msg);
		dbc.byKey.set(key, msg);
		while (p.peekIdent() === 'SG_') {
			p.skipWs();
			const sgAt = p.pos;
			p.pos += 3;
			parseSignal(msg, sgAt);
		}
	};

	const parseChoices = (what: string): Map<number, string> => {
		const m = new Map<number, string>();
		for (;;) {
			if (p.tryChar(';')) return m;
			const v = p.number(`a value or ';' in ${what}`);
			const label = p.str(`the quoted label of value ${v} in ${what}`);
			m.set(v, label);
		}
	};

	const parseAttrValue = (what: string): string | number => {
		p.skipWs();
		if (p.text[p.pos] === '"') return p.str(what);
		return p.number(what);
	};

	const parseAttrDef = (rel: boolean): void => {
		const at = p.pos;
		const objTypes = rel ? ['BU_SG_REL_', 'BU_EV_REL_', 'BU_BO_REL_'] : ['BU_', 'BO_', 'SG_', 'EV_'];
		let objectType: DbcAttributeDef['objectType'] = '';
		const next = p.peekIdent();
		if (next !== undefined) {
			if (!objTypes.includes(next)) p.fail(`an object type (${objTypes.join(', ')}) or a quoted attribute name`);
			p.ident('object type');
			objectType = next as DbcAttributeDef['objectType'];
		}
		const name = p.str('a quoted attribute name');
		const kind = p.ident(`the type (INT, HEX, FLOAT, STRING, ENUM) of attribute '${name}'`);
		const def: DbcAttributeDef = { objectType, name, kind: 'STRING' };
		if (kind === 'INT' || kind === 'HEX' || kind === 'FLOAT') {
			def.kind = kind;
			def.min = p.number(`the minimum of attribute '${name}'`);
			def.max = p.number(`the maximum of attribute '${name}'`);
		} else if (kind === 'ENUM') {
			def.kind = 'ENUM';
			def.enumValues = [];
			p.skipWs();
			while (p.text[p.pos] === '"') {
				def.enumValues.push(p.str('an enum value'));
				if (!p.tryChar(',')) break;
				p.skipWs();
			}
		} else if (kind !== 'STRING') {
			p.pos -= kind.length;
			p.fail(`an attribute type (INT, HEX, FLOAT, STRING, ENUM) for '${name}'`);
		}
		p.expect(';', `after the definition of attribute '${name}'`);
		if (defs.has(name)) p.warn(`attribute '${name}' defined twice`, at);
		defs.set(name, def);
		dbc.attributeDefs.push(def);
	};

	const parseAttrDefault = (): void => {
		const at = p.pos;
		const name = p.str('a quoted attribute name');
		const value = parseAttrValue(`the default value of attribute '${name}'`);
		p.expect(';', `after the default of attribute '${name}'`);
		const def = defs.get(name);
		if (def) def.default = value;
		else p.warn(`default for undefined attribute '${name}'`, at);
	};

	const parseAttr = (): void => {
		const at = p.pos;
		const name = p.str('a quoted attribute name');
		const kind = p.peekIdent();
		let target: Map<string, string | number> | undefined = dbc.attributes;
		if (kind === 'BU_') {
			p.ident('BU_');
			target = findNode(p.ident('a node name'), at)?.attributes;
		} else if (kind === 'BO_') {
			p.ident('BO_');
			target = findMessage(p.uint('a message id'), at)?.attributes;
		} else if (kind === 'SG_') {
			p.ident('SG_');
			const m = findMessage(p.uint('a message id'), at);
			const s = p.ident('a signal name');
			target = m ? findSignal(m, s, at)?.attributes : undefined;
		} else if (kind === 'EV_') {
			p.ident('EV_');
			p.ident('an environment variable name');
			target = undefined; // nothing downstream reads env var attributes
		} else if (kind !== undefined) {
			p.fail(`BU_, BO_, SG_, EV_ or a value for attribute '${name}'`);
		}
		const value = parseAttrValue(`the value of attribute '${name}'`);
		p.expect(';', `after the value of attribute '${name}'`);
		target?.set(name, value);
	};

	const parseRelAttr = (): void => {
		const at = p.pos;
		const name = p.str('a quoted attribute name');
		const relation = p.ident('BU_SG_REL_, BU_BO_REL_ or BU_EV_REL_');
		const node = p.ident('a node name');
		const rel: DbcRelAttribute = { name, relation: 'BU_SG_REL_', node, value: 0 };
		if (relation === 'BU_SG_REL_') {
			const sgAt = p.pos;
			if (p.ident("SG_ after the node name") !== 'SG_') {
				p.pos = sgAt;
				p.skipWs();
				p.fail('SG_ after the node name');
			}
			const rawId = p.uint('a message id');
			rel.messageKey = rawId >>> 0;
			rel.signal = p.ident('a signal name');
		} else if (relation === 'BU_BO_REL_') {
			rel.relation = 'BU_BO_REL_';
			rel.messageKey = p.uint('a message id') >>> 0;
		} else if (relation === 'BU_EV_REL_') {
			rel.relation = 'BU_EV_REL_';
			rel.envVar = p.ident('an environment variable name');
		} else {
			throw p.error(`expected BU_SG_REL_, BU_BO_REL_ or BU_EV_REL_ but found '${relation}'`, at);
		}
		rel.value = parseAttrValue(`the value of relation attribute '${name}'`);
		p.expect(';', `after the value of relation attribute '${name}'`);
		if (rel.messageKey !== undefined && !dbc.byKey.has(rel.messageKey))
			p.warn(`relation attribute '${name}' names unknown message id ${rel.messageKey}`, at);
		dbc.relAttributes!.push(rel);
	};

	/** The `;` after a comment; missing before the next statement's keyword (or the end), it is warned about. */
	const endComment = (): void => {
		const at = p.pos;
		if (p.tryChar(';')) return;
		const next = p.peekIdent();
		if (p.eof || (next !== undefined && KEYWORDS.has(next))) {
			p.warn(`CM_ comment has no ';' before ${p.eof ? 'the end of the file' : `'${next}'`}; read as if it had`, at);
			return;
		}
		p.fail("';' after the comment");
	};

	const parseComment = (): void => {
		const at = p.pos;
		p.skipWs();
		if (p.text[p.pos] === '"') {
			dbc.comment = p.str('a quoted comment');
			endComment();
			return;
		}
		const kind = p.ident('BU_, BO_, SG_, EV_ or a quoted comment after CM_');
		let set: ((c: string) => void) | undefined;
		if (kind === 'BU_') {
			const n = findNode(p.ident('a node name'), at);
			set = n && ((c) => (n.comment = c));
		} else if (kind === 'BO_') {
			const m = findMessage(p.uint('a message id'), at);
			set = m && ((c) => (m.comment = c));
		} else if (kind === 'SG_') {
			const m = findMessage(p.uint('a message id'), at);
			const sname = p.ident('a signal name');
			const s = m && findSignal(m, sname, at);
			set = s && ((c) => (s.comment = c));
		} else if (kind === 'EV_') {
			const ename = p.ident('an environment variable name');
			const e = envByName.get(ename);
			set = e && ((c) => (e.comment = c));
		} else {
			p.pos -= kind.length;
			p.fail('BU_, BO_, SG_, EV_ or a quoted comment after CM_');
		}
		const text = p.str('a quoted comment');
		endComment();
		set?.(text);
	};

	const parseValueDescriptions = (): void => {
		const at = p.pos;
		p.skipWs();
		if (p.match(IDENT) !== undefined) {
			// VAL_ <env var> ...;
			p.pos = at;
			const ename = p.ident('an environment variable name');
			const choices = parseChoices(`VAL_ of '${ename}'`);
			const e = envByName.get(ename);
			if (e) e.choices = choices;
			return;
		}
		const m = findMessage(p.uint('a message id or environment variable name after VAL_'), at);
		const sname = p.ident('a signal name');
		p.skipWs();
		const tableAt = p.pos;
		const table = p.match(IDENT);
		let choices: Map<number, string> | undefined;
		if (table !== undefined) p.expect(';', `after value table name '${table}'`);
		else choices = parseChoices(`VAL_ of signal '${sname}'`);
		const s = m && findSignal(m, sname, at);
		if (!s) return;
		if (choices) s.choices = choices;
		else sigTableRefs.push({ at: tableAt, signal: s, table: table! });
	};

	const parseEnvVar = (): void => {
		const name = p.ident('an environment variable name after EV_');
		p.expect(':', `after environment variable '${name}'`);
		p.uint(`the type (0 int, 1 float, 2 string) of environment variable '${name}'`);
		p.expect('[', `before the minimum of environment variable '${name}'`);
		const min = p.number('a minimum');
		p.expect('|', 'between minimum and maximum');
		const max = p.number('a maximum');
		p.expect(']', 'after the maximum');
		const unit = p.str(`the quoted unit of environment variable '${name}'`);
		p.skipStatement();
		const e: DbcEnvVar = { name, unit, min, max };
		envByName.set(name, e);
		dbc.envVars!.push(e);
	};

	// --- top level ---
	for (;;) {
		p.skipWs();
		if (p.eof) break;
		const at = p.pos;
		const kw = p.match(IDENT);
		if (kw === undefined)
			throw p.error(`expected a DBC keyword (BO_, SG_, CM_, BA_, VAL_, ...) but found ${p.describeNext()}`);
		switch (kw) {
			case 'VERSION':
				dbc.version = p.str('a quoted version string after VERSION');
				break;
			case 'NS_': {
				p.expect(':', 'after NS_');
				// New-symbol list: names until one that starts a statement (BS_:, BU_: ...).
				for (;;) {
					const save = p.pos;
					p.skipWs();
					const lineStart = p.posAt(p.pos).col === 1;
					const id = p.match(IDENT);
					if (id === undefined) {
						p.pos = save;
						break;
					}
					const afterId = p.pos;
					p.skipInline();
					const colon = p.text[p.pos] === ':';
					p.pos = afterId;
					if (colon || (lineStart && KEYWORDS.has(id) && !IGNORED.has(id))) {
						p.pos = save;
						break;
					}
				}
				break;
			}
			case 'BS_':
				p.expect(':', 'after BS_');
				if (!p.atEol()) {
					p.number('a baud rate after BS_:');
					if (p.tryChar(':')) {
						p.number('BTR1');
						p.expect(',', 'between BTR1 and BTR2');
						p.number('BTR2');
					}
				}
				break;
			case 'BU_':
				p.expect(':', 'after BU_');
				// The node list ends with its line.
				while (!p.atEol()) {
					const name = p.ident('a node name');
					if (!nodeByName.has(name)) {
						const n: DbcNode = { name, attributes: new Map() };
						nodeByName.set(name, n);
						dbc.nodes.push(n);
					}
					p.skipInline();
					if (p.text[p.pos] === ',') p.pos++;
				}
				break;
			case 'BO_':
				parseMessage(at);
				break;
			case 'SG_':
				throw p.error('SG_ outside a message: a signal must follow its BO_ line', at);
			case 'VAL_TABLE_': {
				const name = p.ident('a value table name after VAL_TABLE_');
				dbc.valueTables.set(name, parseChoices(`value table '${name}'`));
				break;
			}
			case 'VAL_':
				parseValueDescriptions();
				break;
			case 'CM_':
				parseComment();
				break;
			case 'BA_DEF_':
				parseAttrDef(false);
				break;
			case 'BA_DEF_REL_':
				parseAttrDef(true);
				break;
			case 'BA_DEF_DEF_':
			case 'BA_DEF_DEF_REL_':
				parseAttrDefault();
				break;
			case 'BA_':
				parseAttr();
				break;
			case 'BA_REL_':
				parseRelAttr();
				break;
			case 'BO_TX_BU_': {
				const m = findMessage(p.uint('a message id after BO_TX_BU_'), at);
				p.expect(':', 'after the message id');
				const senders: string[] = [];
				while (!p.tryChar(';')) {
					senders.push(p.ident("a node name or ';'"));
					p.tryChar(',');
				}
				if (m) for (const s of senders) if (!m.senders.includes(s)) m.senders.push(s);
				break;
			}
			case 'SIG_GROUP_': {
				const m = findMessage(p.uint('a message id after SIG_GROUP_'), at);
				const name = p.ident('a signal group name');
				const repetitions = p.uint(`the repetitions of signal group '${name}'`);
				p.expect(':', `after signal group '${name}'`);
				const signals: string[] = [];
				while (!p.tryChar(';')) {
					signals.push(p.ident(`a signal name or ';' in signal group '${name}'`));
					p.tryChar(',');
				}
				m?.signalGroups.push({ name, repetitions, signals });
				break;
			}
			case 'SIG_VALTYPE_': {
				const m = findMessage(p.uint('a message id after SIG_VALTYPE_'), at);
				const sname = p.ident('a signal name');
				p.tryChar(':');
				const vt = p.uint(`the value type (0 integer, 1 float32, 2 float64) of signal '${sname}'`);
				p.expect(';', 'after SIG_VALTYPE_');
				const s = m && findSignal(m, sname, at);
				if (s && vt === 1) s.valueType = 'float32';
				else if (s && vt === 2) s.valueType = 'float64';
				else if (vt > 2) throw p.error(`SIG_VALTYPE_ ${vt} of signal '${sname}' is not 0, 1 or 2`, at);
				break;
			}
			case 'SG_MUL_VAL_': {
				const key = p.uint('a message id after SG_MUL_VAL_') >>> 0;
				const signal = p.ident('a multiplexed signal name');
				const switchName = p.ident(`the multiplexor signal of '${signal}'`);
				const ranges: Array<[number, number]> = [];
				do {
					const lo = p.uint(`a multiplexor value range (like 1-3) for '${signal}'`);
					if (!p.tryChar('-')) p.fail(`'-' in the multiplexor range of '${signal}'`);
					const hi = p.uint(`the upper end of a multiplexor range for '${signal}'`);
					if (hi < lo) throw p.error(`multiplexor range ${lo}-${hi} of '${signal}' is empty`);
					ranges.push([lo, hi]);
				} while (p.tryChar(','));
				p.expect(';', 'after SG_MUL_VAL_');
				mulVals.push({ at, key, signal, switchName, ranges });
				break;
			}
			case 'EV_':
				parseEnvVar();
				break;
			default:
				if (!IGNORED.has(kw)) p.warn(`skipped unknown section '${kw}'`, at);
				p.skipStatement();
		}
	}

	for (const ref of sigTableRefs) {
		const t = dbc.valueTables.get(ref.table);
		if (t) ref.signal.choices = new Map(t);
		else p.warn(`no value table '${ref.table}'`, ref.at);
	}
	resolveMultiplexing(p, dbc, muxInfo, mulVals);
	resolveMessageAttributes(dbc, defs);
	applyLongNames(dbc);
	checkLayouts(p, dbc);
	return dbc;
}

function resolveMultiplexing(p: Parser, dbc: Dbc, muxInfo: Map<DbcSignal, MuxInfo>, mulVals: MulVal[]): void {
	const explicit = new Map<DbcSignal, MulVal>();
	for (const mv of mulVals) {
		const m = dbc.byKey.get(mv.key);
		if (!m) {
			p.warn(`SG_MUL_VAL_ names unknown message id ${mv.key}; ignored`, mv.at);
			continue;
		}
		const s = m.signals.find((x) => x.name === mv.signal);
		const sw = m.signals.find((x) => x.name === mv.switchName);
		if (!s) throw p.error(`SG_MUL_VAL_: message '${m.name}' has no signal '${mv.signal}'`, mv.at);
		if (!sw) throw p.error(`SG_MUL_VAL_: message '${m.name}' has no multiplexor signal '${mv.switchName}'`, mv.at);
		const prev = explicit.get(s);
		if (prev && prev.switchName === mv.switchName) prev.ranges.push(...mv.ranges);
		else explicit.set(s, { ...mv, ranges: [...mv.ranges] });
	}
	for (const m of dbc.messages) {
		// The switch for plain `mN` signals: the message's top-level `M` signal.
		const top = m.signals.find((s) => muxInfo.get(s)?.isSwitch && muxInfo.get(s)?.muxId === undefined);
		for (const s of m.signals) {
			const info = muxInfo.get(s)!;
			const mv = explicit.get(s);
			if (mv) {
				s.multiplexerSignal = mv.switchName;
				s.multiplexerRanges = mv.ranges;
				m.signals.find((x) => x.name === mv.switchName)!.isMultiplexor = true;
			} else if (info.muxId !== undefined) {
				if (!top)
					throw new DbcError(
						`signal '${s.name}' is multiplexed (m${info.muxId}) but message '${m.name}' has no multiplexor signal (M)`,
						s.pos!
					);
				s.multiplexerSignal = top.name;
				s.multiplexerRanges = [[info.muxId, info.muxId]];
			}
		}
		// A switch chain must end at an unmultiplexed signal.
		for (const s of m.signals) {
			const seen = new Set<string>();
			let cur: DbcSignal | undefined = s;
			while (cur?.multiplexerSignal !== undefined) {
				if (seen.has(cur.name))
					throw new DbcError(`multiplexing of signal '${s.name}' in '${m.name}' is circular`, s.pos!);
				seen.add(cur.name);
				const name: string = cur.multiplexerSignal;
				cur = m.signals.find((x) => x.name === name);
			}
		}
	}
}

function attrOf(
	attrs: Map<string, string | number>,
	defs: Map<string, DbcAttributeDef>,
	name: string
): string | number | undefined {
	return attrs.get(name) ?? defs.get(name)?.default;
}

function resolveMessageAttributes(dbc: Dbc, defs: Map<string, DbcAttributeDef>): void {
	const ffDef = defs.get('VFrameFormat');
	for (const m of dbc.messages) {
		const ct = attrOf(m.attributes, defs, 'GenMsgCycleTime');
		if (typeof ct === 'number' && ct > 0) m.cycleTimeMs = ct;
		const ff = attrOf(m.attributes, defs, 'VFrameFormat');
		if (typeof ff === 'string') m.frameFormat = ff;
		else if (typeof ff === 'number')
			m.frameFormat = ffDef?.kind === 'ENUM' ? ffDef.enumValues?.[ff] : FRAME_FORMATS_BY_INT[ff];
		m.isFd = m.length > 8 || (m.frameFormat?.endsWith('_FD') ?? false);
	}
}

/** CANdb++ shortens names to 32 characters and keeps the real one in System*LongSymbol attributes. */
function applyLongNames(dbc: Dbc): void {
	const nodeRename = new Map<string, string>();
	for (const n of dbc.nodes) {
		const long = n.attributes.get('SystemNodeLongSymbol');
		if (typeof long === 'string' && long !== '') {
			nodeRename.set(n.name, long);
			n.name = long;
		}
	}
	const rn = (x: string): string => nodeRename.get(x) ?? x;
	for (const r of dbc.relAttributes ?? []) r.node = rn(r.node);
	for (const m of dbc.messages) {
		const long = m.attributes.get('SystemMessageLongSymbol');
		if (typeof long === 'string' && long !== '') m.name = long;
		m.senders = m.senders.map(rn);
		const sigRename = new Map<string, string>();
		for (const s of m.signals) {
			s.receivers = s.receivers.map(rn);
			const sl = s.attributes.get('SystemSignalLongSymbol');
			if (typeof sl === 'string' && sl !== '') {
				sigRename.set(s.name, sl);
				s.name = sl;
			}
		}
		if (sigRename.size === 0) continue;
		const rs = (x: string): string => sigRename.get(x) ?? x;
		for (const s of m.signals) if (s.multiplexerSignal) s.multiplexerSignal = rs(s.multiplexerSignal);
		for (const g of m.signalGroups) g.signals = g.signals.map(rs);
		const key = messageKey(m.id, m.extended);
		for (const r of dbc.relAttributes ?? []) if (r.messageKey === key && r.signal) r.signal = rs(r.signal);
	}
}

/** Bit positions (byte*8 + bit, bit 0 = LSB) of a signal, value LSB first. */
export function signalBitPositions(s: Pick<DbcSignal, 'startBit' | 'length' | 'byteOrder'>): number[] {
	const out = new Array<number>(s.length);
	if (s.byteOrder === 'little_endian') {
		for (let k = 0; k < s.length; k++) out[k] = s.startBit + k;
		return out;
	}
	// Motorola: start bit is the MSB; walk down within a byte, then to bit 7 of the next byte.
	let pos = s.startBit;
	for (let k = s.length - 1; k >= 0; k--) {
		out[k] = pos;
		pos = (pos & 7) === 0 ? pos + 15 : pos - 1;
	}
	return out;
}

function checkLayouts(p: Parser, dbc: Dbc): void {
	for (const m of dbc.messages) {
		for (const s of m.signals) {
			const at0 = s.pos ? p.lineStarts[s.pos.line - 1] + s.pos.col - 1 : 0;
			// Before the bit positions: a length of 10^12 would otherwise ask for an array that size.
			if (s.length > 64) throw p.error(`signal '${s.name}' is ${s.length} bits long; at most 64 are supported`, at0);
			if (s.startBit > 511) throw p.error(`signal '${s.name}' starts at bit ${s.startBit}, past the 512 bits of a 64-byte frame`, at0);
			const bits = signalBitPositions(s);
			const hiByte = Math.max(...bits) >> 3;
			const at = s.pos ? p.lineStarts[s.pos.line - 1] + s.pos.col - 1 : 0;
			if (hiByte >= 64)
				throw p.error(`signal '${s.name}' at bit ${s.startBit} with length ${s.length} reaches past 64 bytes`, at);
			if (hiByte >= m.length)
				p.warn(
					`signal '${s.name}' at bit ${s.startBit} with length ${s.length} overflows the ${m.length}-byte message '${m.name}'`,
					at
				);
			if (s.valueType === 'float32' && s.length !== 32)
				throw p.error(`float signal '${s.name}' must be 32 bits long, not ${s.length}`, at);
			if (s.valueType === 'float64' && s.length !== 64)
				throw p.error(`double signal '${s.name}' must be 64 bits long, not ${s.length}`, at);
			if (s.length > 64) throw p.error(`signal '${s.name}' is ${s.length} bits long; at most 64 are supported`, at);
		}
	}
}
