import { describe, expect, it } from 'vitest';
import { DbcCodec } from '$lib/can/dbc/codec';
import { parseDbc } from '$lib/can/dbc/parse';
import { FLAG_ERR, FLAG_EXT } from '$lib/can/frame';
import { TraceBuffer, TraceFilter } from '$lib/can/trace-buffer';
import { compileFilter, isActive, parseIdFilter, type FilterSpec } from './filter';

const DBC = `VERSION ""
BU_: CVC FZC Tester
BO_ 256 VehicleState: 8 CVC
 SG_ Speed : 0|16@1+ (0.1,0) [0|300] "km/h" FZC
BO_ 257 TorqueRequest: 8 CVC
 SG_ Torque : 0|16@1- (0.1,0) [-300|300] "Nm" FZC
BO_ 512 SteerStatus: 8 FZC
 SG_ Angle : 0|16@1- (0.1,0) [-45|45] "deg" CVC
BO_ 2147483900 ExtVehicleStatus: 8 FZC
 SG_ X : 0|8@1+ (1,0) [0|255] "" CVC
`;
const codec = new DbcCodec(parseDbc(DBC, 'test.dbc'));

const frames: Array<[number, number]> = [
	[0x100, 0],
	[0x101, 0],
	[0x200, 0],
	[0x7e0, 0],
	[0xfc, FLAG_EXT], // ExtVehicleStatus (29-bit 0xFC)
	[0x100, FLAG_EXT], // a 29-bit 0x100 the DBC does not know
	[0, FLAG_ERR]
];
const buf = new TraceBuffer(64);
for (const [id, flags] of frames) buf.pushFrame(0, id, flags, 1, [0]);

/** The frames a filter lets through, as `id` or `id x` for extended frames. */
function run(spec: Partial<FilterSpec>): string[] {
	const f = new TraceFilter(buf, compileFilter({ ids: '', name: '', sender: '', ...spec }, codec));
	f.sync();
	const out: string[] = [];
	for (let p = f.start; p < f.end; p++) {
		const slot = buf.slotOf(f.seqAt(p));
		out.push(buf.id[slot].toString(16) + (buf.flags[slot] & FLAG_EXT ? 'x' : buf.flags[slot] & FLAG_ERR ? 'err' : ''));
	}
	return out;
}

describe('parseIdFilter', () => {
	it('reads single IDs, 0x prefixes and ranges separated by commas or spaces', () => {
		expect(parseIdFilter('100, 0x7E0  200-2ff')).toEqual([
			{ lo: 0x100, hi: 0x100 },
			{ lo: 0x7e0, hi: 0x7e0 },
			{ lo: 0x200, hi: 0x2ff }
		]);
		expect(parseIdFilter('  ')).toEqual([]);
	});

	it('names the bad token and its column', () => {
		expect(() => parseIdFilter('100, 1G0')).toThrow("ID filter: '1G0' at column 6 is not a hex identifier");
		expect(() => parseIdFilter('2FF-100')).toThrow("range '2FF-100' at column 1 ends below its start");
		expect(() => parseIdFilter('100-')).toThrow("range '100-' at column 1 has no end");
		expect(() => parseIdFilter('20000000')).toThrow('above 1FFFFFFF');
	});
});

describe('compileFilter', () => {
	it('an empty filter lets everything through, error frames included', () => {
		expect(isActive({ ids: ' ', name: '', sender: '' })).toBe(false);
		expect(compileFilter({ ids: '', name: '', sender: '' }, codec)).toBeNull();
		expect(run({})).toEqual(['100', '101', '200', '7e0', 'fcx', '100x', '0err']);
	});

	it('by ID: single IDs and ranges, standard and extended', () => {
		expect(run({ ids: '100' })).toEqual(['100', '100x']);
		expect(run({ ids: '100-1FF, 7E0' })).toEqual(['100', '101', '7e0', '100x']);
		expect(run({ ids: '0-FF' })).toEqual(['fcx']);
	});

	it('by message name: case-insensitive substring, unknown frames never match', () => {
		expect(run({ name: 'vehicle' })).toEqual(['100', 'fcx']);
		expect(run({ name: 'status' })).toEqual(['200', 'fcx']);
	});

	it('by sender ECU, combined with the other fields', () => {
		expect(run({ sender: 'CVC' })).toEqual(['100', '101']);
		expect(run({ sender: 'FZC' })).toEqual(['200', 'fcx']);
		expect(run({ sender: 'CVC', name: 'torque' })).toEqual(['101']);
		expect(run({ sender: 'FZC', ids: '200-7FF' })).toEqual(['200']);
	});

	it('without a DBC only the ID filter can match', () => {
		expect(compileFilter({ ids: '', name: 'x', sender: '' }, null)).not.toBeNull();
		const f = new TraceFilter(buf, compileFilter({ ids: '', name: 'Vehicle', sender: '' }, null));
		f.sync();
		expect(f.length).toBe(0);
	});

	it('a bad ID list throws instead of silently matching nothing', () => {
		expect(() => compileFilter({ ids: 'zz', name: '', sender: '' }, codec)).toThrow(/'zz' at column 1/);
	});
});
