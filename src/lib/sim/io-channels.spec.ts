import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IO, IO_CHANNEL_COUNT, IO_INPUT_FIRST, IO_OUTPUT_FIRST, type IoChannel } from './io-channels';

const HEADER = new URL('../../../sim-wasm/bsw/io_channels.h', import.meta.url);

interface HeaderChannel {
	value: number;
	dir?: string;
	unit?: string;
}

/** `#define NAME 12U /* in [unit] text *\/` → NAME → {value, dir, unit}. */
function parseHeader(text: string): Map<string, HeaderChannel> {
	const defs = new Map<string, HeaderChannel>();
	const re = /^#define\s+(IO_[A-Z0-9_]+)\s+(\d+)U\s*(?:\/\*\s*(in|out)\s+\[([^\]]*)\])?/gm;
	for (const m of text.matchAll(re)) {
		if (defs.has(m[1])) throw new Error(`io_channels.h defines ${m[1]} twice`);
		defs.set(m[1], { value: Number(m[2]), dir: m[3], unit: m[4] });
	}
	return defs;
}

const header = parseHeader(readFileSync(HEADER, 'utf8'));
const channelDefs = [...header].filter(([, d]) => d.dir !== undefined);
const tsChannels: [string, IoChannel][] = Object.entries(IO).flatMap(([ecu, chans]) =>
	Object.entries(chans as Record<string, IoChannel>).map(([name, c]): [string, IoChannel] => [
		`IO_${ecu.toUpperCase()}_${name}`,
		c
	])
);

describe('io channels: io_channels.h and io-channels.ts agree', () => {
	it('parses a channel table from the header', () => {
		expect(channelDefs.length).toBeGreaterThan(20);
		expect(header.get('IO_BCM_AMBIENT_LUX')).toEqual({ value: 0, dir: 'in', unit: 'lx' });
	});

	it('has the same layout constants', () => {
		expect(header.get('IO_CHANNEL_COUNT')?.value).toBe(IO_CHANNEL_COUNT);
		expect(header.get('IO_INPUT_FIRST')?.value).toBe(IO_INPUT_FIRST);
		expect(header.get('IO_OUTPUT_FIRST')?.value).toBe(IO_OUTPUT_FIRST);
	});

	it('every TS channel is in the header with the same number, direction and unit', () => {
		for (const [name, c] of tsChannels) {
			expect(header.get(name), name).toEqual({ value: c.ch, dir: c.dir, unit: c.unit });
		}
	});

	it('every header channel is in TS', () => {
		const ts = new Set(tsChannels.map(([n]) => n));
		expect(channelDefs.map(([n]) => n).filter((n) => !ts.has(n))).toEqual([]);
	});

	it('numbers are unique per ECU and inputs/outputs sit in their ranges', () => {
		for (const [ecu, chans] of Object.entries(IO)) {
			const list = Object.values(chans as Record<string, IoChannel>);
			const nums = list.map((c) => c.ch);
			expect(new Set(nums).size, `${ecu} has a duplicate channel number`).toBe(nums.length);
			for (const c of list) {
				const [lo, hi] = c.dir === 'in' ? [IO_INPUT_FIRST, IO_OUTPUT_FIRST] : [IO_OUTPUT_FIRST, IO_CHANNEL_COUNT];
				expect(c.ch, `${ecu} ${c.dir} channel ${c.ch}`).toBeGreaterThanOrEqual(lo);
				expect(c.ch, `${ecu} ${c.dir} channel ${c.ch}`).toBeLessThan(hi);
			}
		}
	});
});
