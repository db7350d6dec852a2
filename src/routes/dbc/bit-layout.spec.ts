import { describe, expect, it } from 'vitest';
import { parseDbc } from '$lib/can/dbc/parse';
import { messageLayout } from './bit-layout';

const dbc = parseDbc(
	`VERSION ""
BU_: A
BO_ 291 M: 4 A
 SG_ Intel12 : 0|12@1+ (1,0) [0|0] "" A
 SG_ Moto10 : 19|10@0+ (1,0) [0|0] "" A
BO_ 292 Over: 1 A
 SG_ Wide : 4|8@1+ (1,0) [0|0] "" A
 SG_ Low : 0|6@1+ (1,0) [0|0] "" A
`,
	't.dbc'
);

const ownerOf = (l: ReturnType<typeof messageLayout>, bit: number) => l.bytes[bit >> 3].find((c) => c.bit === bit)!.owners;

describe('message layout grid', () => {
	it('places Intel bits upwards from the start bit and Motorola bits down from the MSB across bytes', () => {
		const l = messageLayout(dbc.messages[0]);
		expect(l.bytes).toHaveLength(4);
		// Intel12: start bit 0 is its LSB, bits 0..11
		expect(ownerOf(l, 0)).toEqual([{ signal: 0, k: 0 }]);
		expect(ownerOf(l, 11)).toEqual([{ signal: 0, k: 11 }]);
		// Moto10: start bit 19 is its MSB; 19 down to 16, then on in the next byte from bit 31 down to 26 (LSB)
		expect(ownerOf(l, 19)).toEqual([{ signal: 1, k: 9 }]);
		expect(ownerOf(l, 16)).toEqual([{ signal: 1, k: 6 }]);
		expect(ownerOf(l, 31)).toEqual([{ signal: 1, k: 5 }]);
		expect(ownerOf(l, 26)).toEqual([{ signal: 1, k: 0 }]);
		expect(ownerOf(l, 25)).toEqual([]);
		expect(ownerOf(l, 20)).toEqual([]);
		// bits drawn 7..0 left to right
		expect(l.bytes[1].map((c) => c.bit)).toEqual([15, 14, 13, 12, 11, 10, 9, 8]);
		expect(l.startBits).toEqual([0, 19]);
		expect(l.overflowing).toEqual([]);
	});

	it('adds rows for a signal that runs past the DLC, names it, and shows both owners of an overlapping bit', () => {
		const l = messageLayout(dbc.messages[1]);
		expect(l.bytes).toHaveLength(2);
		expect(l.overflowing).toEqual(['Wide']);
		expect(ownerOf(l, 5).map((o) => o.signal)).toEqual([0, 1]);
		expect(ownerOf(l, 11)).toEqual([{ signal: 0, k: 7 }]);
	});
});
