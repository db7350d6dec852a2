/**
 * Rows of the network view: every message of the DBC (seen or not) plus every identifier seen that the DBC
 * does not know, with the measured statistics next to the DBC's period.
 */
import { messageKey, type DbcMessage } from '$lib/can/dbc/types';
import { periodOff, type NetRow } from '$lib/can/net-stats';

export interface MsgRow {
	key: number;
	id: number;
	ext: boolean;
	name: string;
	sender: string;
	/** True when the DBC defines the message. */
	known: boolean;
	/** DBC period, ms; 0 for event messages and unknown identifiers. */
	dbcPeriod_ms: number;
	count: number;
	mean_ms: number;
	min_ms: number;
	max_ms: number;
	std_ms: number;
	e2e: boolean;
	crcErrors: number;
	counterErrors: number;
	e2eErrors: number;
	/** Mean period more than 10 % away from the DBC period. */
	off: boolean;
}

export type SortKey = 'id' | 'name' | 'sender' | 'dbcPeriod' | 'mean' | 'min' | 'max' | 'std' | 'count' | 'crc' | 'counter';

/** Merges measured rows with the DBC's messages (and their periods). */
export function messageRows(net: readonly NetRow[], messages: ReadonlyArray<{ msg: DbcMessage; period_ms: number }>): MsgRow[] {
	const seen = new Map(net.map((r) => [r.key, r]));
	const out: MsgRow[] = [];
	const row = (key: number, id: number, ext: boolean, m: DbcMessage | undefined, period: number, r: NetRow | undefined): MsgRow => ({
		key,
		id,
		ext,
		name: m?.name ?? '(unknown)',
		sender: m?.senders.join(', ') ?? '',
		known: m !== undefined,
		dbcPeriod_ms: period,
		count: r?.count ?? 0,
		mean_ms: r?.meanPeriod_ms ?? NaN,
		min_ms: r?.minPeriod_ms ?? NaN,
		max_ms: r?.maxPeriod_ms ?? NaN,
		std_ms: r?.stdPeriod_ms ?? NaN,
		e2e: r?.e2eDataId !== undefined,
		crcErrors: r?.crcErrors ?? 0,
		counterErrors: r?.counterErrors ?? 0,
		e2eErrors: (r?.crcErrors ?? 0) + (r?.counterErrors ?? 0),
		// two gaps at least, so a single late frame right after opening the view does not colour the row
		off: r !== undefined && r.count >= 3 && periodOff(r.meanPeriod_ms, period || undefined)
	});
	const inDbc = new Set<number>();
	for (const { msg, period_ms } of messages) {
		const key = messageKey(msg.id, msg.extended);
		inDbc.add(key);
		out.push(row(key, msg.id, msg.extended, msg, period_ms, seen.get(key)));
	}
	for (const r of net) if (!inDbc.has(r.key)) out.push(row(r.key, r.id, r.ext, undefined, 0, r));
	return out;
}

const NUM: Partial<Record<SortKey, (r: MsgRow) => number>> = {
	id: (r) => r.key,
	dbcPeriod: (r) => r.dbcPeriod_ms,
	mean: (r) => r.mean_ms,
	min: (r) => r.min_ms,
	max: (r) => r.max_ms,
	std: (r) => r.std_ms,
	count: (r) => r.count,
	crc: (r) => r.crcErrors,
	counter: (r) => r.counterErrors
};

/** Sorted copy; rows without a value (NaN, never seen) go last in either direction, ties by ID. */
export function sortRows(rows: readonly MsgRow[], key: SortKey, desc: boolean): MsgRow[] {
	const sign = desc ? -1 : 1;
	const num = NUM[key];
	const cmp = (a: MsgRow, b: MsgRow): number => {
		if (num) {
			const x = num(a);
			const y = num(b);
			const xn = Number.isNaN(x);
			const yn = Number.isNaN(y);
			if (xn || yn) return xn === yn ? 0 : xn ? 1 : -1;
			return sign * (x - y);
		}
		const s = key === 'name' ? [a.name, b.name] : [a.sender, b.sender];
		return sign * s[0].localeCompare(s[1]);
	};
	return [...rows].sort((a, b) => cmp(a, b) || a.key - b.key);
}
