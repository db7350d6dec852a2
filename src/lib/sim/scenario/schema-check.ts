/**
 * A JSON Schema validator for the subset static/schemas/scenario.schema.json uses (type, enum, required,
 * properties, additionalProperties: false, items, minItems, minLength, minimum, maximum, pattern, $ref into
 * $defs, anyOf). Small on purpose: the scenario files need clear `json-path: reason` errors, and anyOf
 * reports the branch the value was meant for (the one whose required keys and `type` it has) instead of
 * every branch's complaint.
 */

export interface Schema {
	type?: string | string[];
	enum?: unknown[];
	required?: string[];
	properties?: Record<string, Schema>;
	additionalProperties?: boolean;
	items?: Schema;
	minItems?: number;
	minLength?: number;
	minimum?: number;
	maximum?: number;
	pattern?: string;
	$ref?: string;
	anyOf?: Schema[];
	$defs?: Record<string, Schema>;
	[k: string]: unknown;
}

const typeOf = (v: unknown): string =>
	v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

const fits = (v: unknown, t: string): boolean => {
	const a = typeOf(v);
	return a === t || (t === 'number' && a === 'integer');
};

/** Child path in the `$.a.b[0]` notation. */
const at = (path: string, key: string | number): string =>
	typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Every violation of `schema` by `value`, as `json-path: reason` (empty when valid). */
export function checkSchema(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
	if (schema.$ref) {
		const name = schema.$ref.replace(/^#\/\$defs\//, '');
		const def = root.$defs?.[name];
		if (!def) throw new Error(`schema: unresolved $ref ${schema.$ref}`);
		return checkSchema(value, def, root, path);
	}
	if (schema.anyOf) {
		const isObj = typeOf(value) === 'object';
		const o = value as Record<string, unknown>;
		const meant = schema.anyOf.map((s) => (s.$ref ? root.$defs![s.$ref.replace(/^#\/\$defs\//, '')] : s)).filter((s) => {
			if (!isObj || !s.required) return false;
			const typeEnum = s.properties?.type?.enum;
			if (typeEnum && 'type' in o) return typeEnum.includes(o.type);
			return s.required.every((k) => k in o);
		});
		if (meant.length === 1) return checkSchema(value, meant[0], root, path);
		for (const s of meant) if (checkSchema(value, s, root, path).length === 0) return [];
		const keys = schema.anyOf.map((s) => {
			const typeEnum = s.properties?.type?.enum;
			return typeEnum ? `type "${typeEnum.join('|')}"` : `{${(s.required ?? []).join(', ')}}`;
		});
		return [`${path}: must be one of ${keys.join(' / ')}`];
	}
	const errs: string[] = [];
	if (schema.type) {
		const types = Array.isArray(schema.type) ? schema.type : [schema.type];
		if (!types.some((t) => fits(value, t))) return [`${path}: must be ${types.join(' or ')}, is ${typeOf(value)}`];
	}
	if (schema.enum && !schema.enum.includes(value)) return [`${path}: must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}, is ${JSON.stringify(value)}`];
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && value.length < schema.minLength) errs.push(`${path}: must not be empty`);
		if (schema.pattern && !new RegExp(schema.pattern).test(value)) errs.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
	}
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum) errs.push(`${path}: must be ≥ ${schema.minimum}, is ${value}`);
		if (schema.maximum !== undefined && value > schema.maximum) errs.push(`${path}: must be ≤ ${schema.maximum}, is ${value}`);
	}
	if (Array.isArray(value)) {
		if (schema.minItems !== undefined && value.length < schema.minItems) errs.push(`${path}: needs at least ${schema.minItems} item(s)`);
		if (schema.items) value.forEach((v, i) => errs.push(...checkSchema(v, schema.items!, root, at(path, i))));
	}
	if (typeOf(value) === 'object') {
		const o = value as Record<string, unknown>;
		for (const k of schema.required ?? []) if (!(k in o)) errs.push(`${path}: missing required property "${k}"`);
		for (const [k, v] of Object.entries(o)) {
			const ps = schema.properties?.[k];
			if (ps) errs.push(...checkSchema(v, ps, root, at(path, k)));
			else if (schema.additionalProperties === false) errs.push(`${at(path, k)}: unknown property (allowed: ${Object.keys(schema.properties ?? {}).join(', ')})`);
		}
	}
	return errs;
}
