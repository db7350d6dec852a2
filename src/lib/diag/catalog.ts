/**
 * What the tester knows about each ECU: addresses, data identifiers (name, length, unit, decoding, whether
 * it can be written) and routines, as sim-wasm/ecu/<ecu>/README.md documents them. Data, not code: a DID
 * the catalog does not know is still readable from the raw console.
 */

export interface DidDef {
	did: number;
	name: string;
	/** Exact length in bytes, or null for variable-length ASCII (the answer's rest). */
	len: number | null;
	unit?: string;
	/** Human-readable value. */
	decode: (d: number[]) => string;
	/** Writable with 0x2E (extended session, security level 1 on these ECUs). */
	write?: 'vin';
}

export interface RoutineDef {
	id: number;
	name: string;
	stop: boolean;
	results: boolean;
	security: boolean;
}

export interface EcuDef {
	name: string;
	/** Physical request ID; the response comes on request + 8. */
	req: number;
	title: string;
	dids: DidDef[];
	routines: RoutineDef[];
}

const ascii = (d: number[]): string => String.fromCharCode(...d.filter((b) => b !== 0)).trim();
const u = (d: number[]): number => d.reduce((a, b) => a * 256 + b, 0);
const s16 = (d: number[]): number => ((u(d) << 16) >> 16);
const s32 = (d: number[]): number => u(d) | 0;
const fix = (v: number, k: number): string => v.toFixed(k);

const VIN: DidDef = { did: 0xf190, name: 'VIN', len: 17, decode: ascii, write: 'vin' };
const VIN_RO: DidDef = { did: 0xf190, name: 'VIN', len: 17, decode: ascii };
const SW: DidDef = { did: 0xf195, name: 'Software version', len: null, decode: ascii };
const SERIAL: DidDef = { did: 0xf18c, name: 'ECU serial number', len: null, decode: ascii };
const SESSION: DidDef = { did: 0xf186, name: 'Active session', len: 1, decode: (d) => ({ 1: 'default', 2: 'programming', 3: 'extended' })[d[0]] ?? `0x${d[0]?.toString(16)}` };
const SPEED: DidDef = { did: 0xf40d, name: 'Vehicle speed', len: 1, unit: 'km/h', decode: (d) => `${d[0]}` };
const VOLT: DidDef = { did: 0xf442, name: 'Control module voltage', len: 2, unit: 'V', decode: (d) => fix(u(d) / 1000, 3) };
const UPTIME: DidDef = { did: 0x0100, name: 'Time since power-up', len: 4, unit: 's', decode: (d) => `${u(d)}` };
const counters = (did: number, names: string[]): DidDef => ({
	did,
	name: 'Diagnostic counters',
	len: names.length * 4,
	decode: (d) => names.map((n, i) => `${n} ${u(d.slice(4 * i, 4 * i + 4))}`).join(', ')
});
const dtcList = (did: number, n: number): DidDef => ({
	did,
	name: 'Aggregated DTC list',
	len: 2 + n * 6,
	decode: (d) => `${d[0]} entries, ${d[1]} overflows`
});

const VEHICLE_STATES = ['INIT', 'RUN', 'DEGRADED', 'LIMP', 'SAFE_STOP', 'SHUTDOWN'];

export const ECUS: EcuDef[] = [
	{
		name: 'cvc',
		req: 0x7e0,
		title: 'Central vehicle controller',
		dids: [
			VIN, SW, SERIAL, SESSION, SPEED,
			{ did: 0x0100, name: 'Vehicle state', len: 1, decode: (d) => VEHICLE_STATES[d[0]] ?? `${d[0]}` },
			{ did: 0x0101, name: 'Pedal sensors S1, S2', len: 4, unit: '%', decode: (d) => `${fix(u(d.slice(0, 2)) / 10, 1)}, ${fix(u(d.slice(2, 4)) / 10, 1)}` },
			{ did: 0x0102, name: 'Torque request', len: 2, unit: 'Nm', decode: (d) => fix(s16(d) / 10, 1) }
		],
		routines: [{ id: 0x0200, name: 'Tester E-stop', stop: true, results: true, security: false }]
	},
	{
		name: 'fzc',
		req: 0x7e1,
		title: 'Front zone controller',
		dids: [
			VIN, SW, SESSION, SPEED, UPTIME,
			{ did: 0xfd01, name: 'Road-wheel angle', len: 2, unit: 'deg', decode: (d) => fix(s16(d) / 100, 2) },
			{ did: 0xfd02, name: 'Front brake pressure', len: 2, unit: 'bar', decode: (d) => fix(s16(d) / 100, 2) },
			{ did: 0xfd03, name: 'Front distance', len: 2, unit: 'cm', decode: (d) => `${u(d)}` }
		],
		routines: [{ id: 0x0101, name: 'Clear latched steer fault', stop: false, results: false, security: false }]
	},
	{
		name: 'rzc',
		req: 0x7e2,
		title: 'Rear zone controller',
		dids: [
			VIN, SW, SESSION, SPEED, UPTIME,
			{ did: 0xfd11, name: 'State of charge', len: 1, unit: '%', decode: (d) => fix(d[0] / 2, 1) },
			{ did: 0xfd12, name: 'Pack voltage', len: 2, unit: 'V', decode: (d) => fix(u(d) / 10, 1) },
			{ did: 0xfd13, name: 'Motor temperature', len: 1, unit: '°C', decode: (d) => `${d[0] - 40}` },
			{ did: 0xfd14, name: 'Phase current', len: 2, unit: 'A', decode: (d) => fix(s16(d) / 10, 1) }
		],
		routines: [{ id: 0x0201, name: 'Clear overcurrent/contactor latch', stop: false, results: false, security: true }]
	},
	{
		name: 'sc',
		req: 0x7e3,
		title: 'Safety controller',
		dids: [
			VIN_RO, SW, SERIAL, SESSION, SPEED,
			{ did: 0x0300, name: 'Kill reason, relay state', len: 2, decode: (d) => `reason ${d[0]}, relay ${d[1] ? 'closed' : 'open'}` },
			{ did: 0x0301, name: 'Phase current', len: 2, unit: 'A', decode: (d) => fix(s16(d) / 10, 1) },
			{ did: 0x0302, name: 'Torque request', len: 2, unit: 'Nm', decode: (d) => fix(s16(d) / 10, 1) }
		],
		routines: [{ id: 0x0301, name: 'Reset kill relay', stop: false, results: false, security: true }]
	},
	{
		name: 'bcm',
		req: 0x7e4,
		title: 'Body control module',
		dids: [
			VIN, SW, SERIAL, SESSION, SPEED, UPTIME,
			{ did: 0xfd10, name: 'Ambient light', len: 4, unit: 'lx', decode: (d) => (s32(d) < 0 ? 'open circuit' : `${s32(d)}`) },
			{
				did: 0xfd11,
				name: 'Lamps lit',
				len: 1,
				decode: (d) => ['low', 'high', 'tail', 'brake', 'reverse', 'left', 'right'].filter((_, i) => (d[0] >> i) & 1).join(', ') || 'none'
			},
			{ did: 0xfd12, name: 'Indicator state, hazard reason', len: 2, decode: (d) => `${d[0]}, ${d[1]}` },
			{ did: 0xfd13, name: 'Door locks, reason, open doors', len: 3, decode: (d) => `lock ${d[0]}, reason ${d[1]}, open 0b${d[2].toString(2).padStart(4, '0')}` }
		],
		routines: [{ id: 0x0401, name: 'Lamp test', stop: true, results: true, security: false }]
	},
	{
		name: 'icu',
		req: 0x7e5,
		title: 'Instrument cluster',
		dids: [
			VIN, SW, SERIAL, SESSION, SPEED, VOLT,
			{ did: 0xd100, name: 'Cluster display', len: 10, decode: (d) => `speed ${fix(u(d.slice(0, 2)) / 10, 1)} km/h, SOC ${d[2]} %, gear ${d[3]}, mode ${d[4]}` },
			dtcList(0xd101, 16),
			counters(0xd1fe, ['filtered', 'bad DLC', 'bad diag', 'bad DtcEvent', 'DtcEvent not sent'])
		],
		routines: [
			{ id: 0x0201, name: 'Lamp test', stop: true, results: true, security: false },
			{ id: 0x0202, name: 'Clear the DTC list', stop: false, results: false, security: false }
		]
	},
	{
		name: 'tcu',
		req: 0x7e6,
		title: 'Telematics gateway (OBD-II)',
		dids: [
			VIN, SW, SERIAL, SESSION, SPEED, VOLT,
			dtcList(0xd200, 32),
			counters(0xd2fe, ['filtered', 'bad DLC', 'bad diag', 'bad DtcEvent', 'DtcEvent not sent', 'OBD requests', 'OBD dropped', 'OBD garbage'])
		],
		routines: [{ id: 0x0203, name: 'Clear the aggregate', stop: false, results: false, security: false }]
	}
];

/** The ECU whose physical request ID is `req`, or whose response ID is `req`. */
export function ecuByReq(req: number): EcuDef | undefined {
	return ECUS.find((e) => e.req === req || e.req + 8 === req);
}

export function ecuByName(name: string): EcuDef | undefined {
	return ECUS.find((e) => e.name === name);
}

/** The catalog entry of a DID on an ECU (the same number can mean different things on two ECUs). */
export function didDef(ecu: EcuDef | undefined, did: number): DidDef | undefined {
	return ecu?.dids.find((d) => d.did === did);
}

/** Security lockout as the firmware implements it (docs/diagnostics.md, Security access). */
export const SECURITY_ATTEMPTS = 3;
export const SECURITY_DELAY_MS = 10_000;
