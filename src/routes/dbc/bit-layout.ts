/**
 * The byte/bit layout grid of a message: which signal owns each bit, numbered as the DBC numbers bits
 * (bit n = byte n >> 3, bit n & 7, LSB = 0), for Intel and Motorola signals alike.
 */
import { signalBitPositions } from '$lib/can/dbc/parse';
import type { DbcMessage } from '$lib/can/dbc/types';

export interface BitCell {
	/** DBC bit number, byte * 8 + bit. */
	bit: number;
	/** Signals covering this bit (more than one only for multiplexed signals, or a DBC error). */
	owners: Array<{ signal: number; /** value bit, 0 = LSB */ k: number }>;
}

export interface Layout {
	/** Rows of the grid: one per byte, bits 7..0 left to right as tools like CANdb++ draw them. */
	bytes: BitCell[][];
	/** Start bit as the DBC writes it, per signal: the LSB for Intel, the MSB for Motorola. */
	startBits: number[];
	/** Signals whose bits run past the message length (drawn in extra rows). */
	overflowing: string[];
}

/** Builds the grid for a message; rows cover the DLC and any bytes a signal reaches beyond it. */
export function messageLayout(msg: DbcMessage): Layout {
	const pos = msg.signals.map((s) => signalBitPositions(s));
	let nBytes = Math.max(1, msg.length);
	const overflowing: string[] = [];
	pos.forEach((p, i) => {
		const hi = Math.max(...p, 0) >> 3;
		if (hi >= msg.length) overflowing.push(msg.signals[i].name);
		nBytes = Math.max(nBytes, hi + 1);
	});
	const cells: BitCell[] = Array.from({ length: nBytes * 8 }, (_, bit) => ({ bit, owners: [] }));
	pos.forEach((p, signal) => p.forEach((b, k) => cells[b].owners.push({ signal, k })));
	const bytes: BitCell[][] = [];
	for (let y = 0; y < nBytes; y++) bytes.push([7, 6, 5, 4, 3, 2, 1, 0].map((x) => cells[y * 8 + x]));
	return { bytes, startBits: msg.signals.map((s) => s.startBit), overflowing };
}

/** A colour per signal, spread around the hue circle so neighbours differ. */
export function signalColour(i: number): string {
	return `hsl(${Math.round((i * 137.508) % 360)} 65% 55%)`;
}
