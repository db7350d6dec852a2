/**
 * A small OData v2 query adapter for the notifications collection: `$filter` (eq, ne, gt, lt, ge, le,
 * and, or, not, parentheses; string, number, null, true/false literals) over a whitelist of properties,
 * `$orderby`, `$top`, `$skip`, `$format=json`, `$inlinecount=allpages`, answered in the `d.results`
 * envelope. The filter becomes a parameterised SQL WHERE; a property or operator not known is an
 * `ODataError` naming it and its position.
 */

export interface SqlWhere {
	sql: string;
	params: unknown[];
}

export class ODataError extends Error {}

/** OData property → SQL column and its type. */
export type Fields = Record<string, { col: string; type: 'string' | 'number' | 'boolean' }>;

type Tok = { k: 'id' | 'str' | 'num' | 'op' | '(' | ')' | 'kw'; v: string; at: number };

const OPS: Record<string, string> = { eq: '=', ne: '<>', gt: '>', lt: '<', ge: '>=', le: '<=' };

function lex(s: string): Tok[] {
	const out: Tok[] = [];
	let i = 0;
	while (i < s.length) {
		const c = s[i];
		if (c === ' ') {
			i++;
			continue;
		}
		if (c === '(' || c === ')') {
			out.push({ k: c, v: c, at: i++ });
			continue;
		}
		if (c === "'") {
			let j = i + 1;
			let v = '';
			for (;;) {
				if (j >= s.length) throw new ODataError(`$filter: string starting at ${i + 1} is not closed`);
				if (s[j] === "'") {
					if (s[j + 1] === "'") {
						v += "'";
						j += 2;
						continue;
					}
					break;
				}
				v += s[j++];
			}
			out.push({ k: 'str', v, at: i });
			i = j + 1;
			continue;
		}
		const m = /^(-?\d+(?:\.\d+)?)|^([A-Za-z_][A-Za-z0-9_]*)/.exec(s.slice(i));
		if (!m) throw new ODataError(`$filter: unexpected '${c}' at ${i + 1}`);
		if (m[1] !== undefined) out.push({ k: 'num', v: m[1], at: i });
		else {
			const w = m[2];
			const k = w in OPS ? 'op' : ['and', 'or', 'not', 'null', 'true', 'false'].includes(w) ? 'kw' : 'id';
			out.push({ k, v: w, at: i });
		}
		i += m[0].length;
	}
	return out;
}

/** `$filter` → a parameterised WHERE; parameter numbers start after `offset`. */
export function parseFilter(src: string, fields: Fields, offset = 0): SqlWhere {
	const toks = lex(src);
	const params: unknown[] = [];
	let p = 0;
	const peek = () => toks[p];
	const fail = (what: string): never => {
		const t = peek();
		throw new ODataError(`$filter: ${what} ${t ? `at ${t.at + 1} ('${t.v}')` : 'at the end'}`);
	};
	const param = (v: unknown) => {
		params.push(v);
		return `$${offset + params.length}`;
	};
	const or = (): string => {
		let l = and();
		while (peek()?.k === 'kw' && peek().v === 'or') {
			p++;
			l = `(${l} OR ${and()})`;
		}
		return l;
	};
	const and = (): string => {
		let l = unary();
		while (peek()?.k === 'kw' && peek().v === 'and') {
			p++;
			l = `(${l} AND ${unary()})`;
		}
		return l;
	};
	const unary = (): string => {
		const t = peek();
		if (t?.k === 'kw' && t.v === 'not') {
			p++;
			return `(NOT ${unary()})`;
		}
		if (t?.k === '(') {
			p++;
			const e = or();
			if (peek()?.k !== ')') fail("expected ')'");
			p++;
			return `(${e})`;
		}
		return cmp();
	};
	const cmp = (): string => {
		const t = peek();
		if (t?.k !== 'id') fail('expected a property');
		const f = fields[t.v];
		if (!f) throw new ODataError(`$filter: unknown property '${t.v}' at ${t.at + 1} (known: ${Object.keys(fields).join(', ')})`);
		p++;
		const op = peek();
		if (op?.k !== 'op') fail('expected eq, ne, gt, lt, ge or le');
		p++;
		const lit = peek();
		if (!lit) fail('expected a value');
		p++;
		if (lit.k === 'kw' && lit.v === 'null') {
			if (op.v === 'eq') return `${f.col} IS NULL`;
			if (op.v === 'ne') return `${f.col} IS NOT NULL`;
			throw new ODataError(`$filter: null only compares with eq or ne (at ${lit.at + 1})`);
		}
		let v: unknown;
		if (f.type === 'string') {
			if (lit.k !== 'str') throw new ODataError(`$filter: ${t.v} is a string: quote the value at ${lit.at + 1} ('${lit.v}')`);
			v = lit.v;
		} else if (f.type === 'number') {
			if (lit.k !== 'num') throw new ODataError(`$filter: ${t.v} is a number; '${lit.v}' at ${lit.at + 1} is not`);
			v = Number(lit.v);
		} else {
			if (lit.k !== 'kw' || (lit.v !== 'true' && lit.v !== 'false')) throw new ODataError(`$filter: ${t.v} is true or false; '${lit.v}' at ${lit.at + 1} is not`);
			v = lit.v === 'true';
		}
		return `${f.col} ${OPS[op.v]} ${param(v)}`;
	};
	if (toks.length === 0) return { sql: 'TRUE', params };
	const sql = or();
	if (p < toks.length) fail('unexpected');
	return { sql, params };
}

/** `$orderby=OpenedAt desc,Id` → SQL (whitelisted columns only). */
export function parseOrderBy(src: string | null, fields: Fields, fallback: string): string {
	if (!src) return fallback;
	return src
		.split(',')
		.map((part) => {
			const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/.exec(part);
			if (!m) throw new ODataError(`$orderby: '${part.trim()}' is not 'Property [asc|desc]'`);
			const f = fields[m[1]];
			if (!f) throw new ODataError(`$orderby: unknown property '${m[1]}' (known: ${Object.keys(fields).join(', ')})`);
			return `${f.col} ${m[2] === 'desc' ? 'DESC' : 'ASC'}`;
		})
		.join(', ');
}

export interface ODataQuery {
	where: SqlWhere;
	orderBy: string;
	top: number;
	skip: number;
	inlineCount: boolean;
}

/** Reads the system query options of a request; throws ODataError on a bad one. */
export function parseQuery(q: URLSearchParams, fields: Fields, fallbackOrder: string, maxTop = 1000): ODataQuery {
	const fmt = q.get('$format');
	if (fmt !== null && fmt !== 'json') throw new ODataError(`$format: only json is served (got '${fmt}')`);
	const int = (name: string, def: number): number => {
		const v = q.get(name);
		if (v === null) return def;
		if (!/^\d+$/.test(v)) throw new ODataError(`${name}: '${v}' is not a non-negative integer`);
		return Number(v);
	};
	const top = Math.min(int('$top', 100), maxTop);
	const ic = q.get('$inlinecount');
	if (ic !== null && ic !== 'allpages' && ic !== 'none') throw new ODataError(`$inlinecount: allpages or none (got '${ic}')`);
	return { where: parseFilter(q.get('$filter') ?? '', fields), orderBy: parseOrderBy(q.get('$orderby'), fields, fallbackOrder), top, skip: int('$skip', 0), inlineCount: ic === 'allpages' };
}

/** OData v2's error body. */
export function odataError(code: string, message: string): { error: { code: string; message: { lang: string; value: string } } } {
	return { error: { code, message: { lang: 'en', value: message } } };
}
