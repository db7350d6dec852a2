/**
 * The signals of a DBC as a searchable list for the signal picker: "Message.Signal" names, matched by
 * every whitespace-separated word of the query (case-insensitive), best matches first.
 */
import type { Dbc } from '../can/dbc/types';

export interface SignalEntry {
	/** "Message.Signal". */
	name: string;
	message: string;
	signal: string;
	/** Frame identifier as hex (`0x100`, extended ids with 8 digits). */
	idHex: string;
	unit: string;
	senders: string[];
	/** Lower-cased `name` for matching. */
	key: string;
}

/** Every signal of the DBC, in message-id order. */
export function signalCatalog(dbc: Dbc): SignalEntry[] {
	const msgs = [...dbc.messages].sort((a, b) => Number(a.extended) - Number(b.extended) || a.id - b.id);
	const out: SignalEntry[] = [];
	for (const m of msgs) {
		const idHex = '0x' + m.id.toString(16).toUpperCase().padStart(m.extended ? 8 : 3, '0');
		for (const s of m.signals) {
			const name = `${m.name}.${s.name}`;
			out.push({ name, message: m.name, signal: s.name, idHex, unit: s.unit, senders: m.senders, key: name.toLowerCase() });
		}
	}
	return out;
}

/**
 * Entries whose name contains every word of `query` (an `0x…` word also matches the identifier); exact
 * and prefix matches of the signal name rank first. At most `limit` results.
 */
export function searchSignals(list: readonly SignalEntry[], query: string, limit = 50): SignalEntry[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return list.slice(0, limit);
	const scored: Array<[number, number, SignalEntry]> = [];
	list.forEach((e, order) => {
		let score = 0;
		for (const w of words) {
			const idMatch = w.startsWith('0x') && e.idHex.toLowerCase() === w;
			const at = e.key.indexOf(w);
			if (at < 0 && !idMatch) return;
			const sig = e.signal.toLowerCase();
			if (sig === w || e.key === w) score += 3;
			else if (sig.startsWith(w) || e.message.toLowerCase().startsWith(w)) score += 2;
			else score += 1;
		}
		scored.push([-score, order, e]);
	});
	scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	return scored.slice(0, limit).map((s) => s[2]);
}
