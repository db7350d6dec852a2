/**
 * The trace page's filters (ID list/ranges, message name, sender ECU) turned into one allocation-free
 * predicate over the trace buffer. Name and sender are looked up in the DBC once per identifier, not once
 * per frame.
 */
import { FLAG_ERR, FLAG_EXT } from '$lib/can/frame';
import type { DbcCodec } from '$lib/can/dbc/codec';
import type { FramePredicate } from '$lib/can/trace-buffer';

/** An inclusive identifier range. */
export interface IdRange {
	lo: number;
	hi: number;
}

/** What the user typed in the three filter fields. */
export interface FilterSpec {
	/** `100`, `0x100`, `100-1FF`, several separated by commas or spaces; empty = every ID. */
	ids: string;
	/** Substring of the DBC message name, case-insensitive; empty = every frame. */
	name: string;
	/** DBC node that sends the message; empty = every sender. */
	sender: string;
}

/** A filter field that cannot be read: the message names the token and its column. */
export class FilterError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FilterError';
	}
}

const MAX_ID = 0x1fffffff;

function parseHex(tok: string, at: number): number {
	const s = tok.replace(/^0x/i, '');
	if (!/^[0-9a-f]{1,8}$/i.test(s)) throw new FilterError(`ID filter: '${tok}' at column ${at + 1} is not a hex identifier (e.g. 100, 0x7E0, 100-1FF)`);
	const v = parseInt(s, 16);
	if (v > MAX_ID) throw new FilterError(`ID filter: '${tok}' at column ${at + 1} is above 1FFFFFFF, the largest 29-bit identifier`);
	return v;
}

/** Parses `100, 0x200-2FF 7E0` into ranges; throws FilterError naming the bad token and its column. */
export function parseIdFilter(text: string): IdRange[] {
	const out: IdRange[] = [];
	const re = /[^\s,]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		const tok = m[0];
		const dash = tok.indexOf('-', 1);
		if (dash < 0) {
			const v = parseHex(tok, m.index);
			out.push({ lo: v, hi: v });
			continue;
		}
		const a = tok.slice(0, dash);
		const b = tok.slice(dash + 1);
		if (b === '') throw new FilterError(`ID filter: range '${tok}' at column ${m.index + 1} has no end (e.g. 100-1FF)`);
		const lo = parseHex(a, m.index);
		const hi = parseHex(b, m.index + dash + 1);
		if (hi < lo) throw new FilterError(`ID filter: range '${tok}' at column ${m.index + 1} ends below its start`);
		out.push({ lo, hi });
	}
	return out;
}

/** Whether a filter selects anything less than every frame. */
export function isActive(spec: FilterSpec): boolean {
	return spec.ids.trim() !== '' || spec.name.trim() !== '' || spec.sender !== '';
}

/**
 * The predicate for a filter, or null when it lets every frame through. Frames the DBC does not know never
 * match a name or sender filter; error frames match only an empty filter. Throws FilterError on a bad ID list.
 */
export function compileFilter(spec: FilterSpec, codec: DbcCodec | null): FramePredicate | null {
	if (!isActive(spec)) return null;
	const ranges = parseIdFilter(spec.ids);
	const name = spec.name.trim().toLowerCase();
	const sender = spec.sender;
	const test = (id: number, flags: number): boolean => {
		if (ranges.length && !ranges.some((r) => id >= r.lo && id <= r.hi)) return false;
		if (!name && !sender) return true;
		const msg = codec?.forFrame(id, flags)?.msg;
		if (!msg) return false;
		if (name && !msg.name.toLowerCase().includes(name)) return false;
		if (sender && !msg.senders.includes(sender)) return false;
		return true;
	};
	// Standard IDs: a lookup table; extended IDs: decided once per ID and remembered.
	const std = new Uint8Array(0x800);
	for (let id = 0; id < 0x800; id++) std[id] = test(id, 0) ? 1 : 0;
	const ext = new Map<number, boolean>();
	return (buf, slot) => {
		const flags = buf.flags[slot];
		if (flags & FLAG_ERR) return false;
		const id = buf.id[slot];
		if ((flags & FLAG_EXT) === 0) return std[id & 0x7ff] === 1;
		let ok = ext.get(id);
		if (ok === undefined) {
			ok = test(id, FLAG_EXT);
			ext.set(id, ok);
		}
		return ok;
	};
}
