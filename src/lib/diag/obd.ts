/**
 * OBD-II (SAE J1979 / ISO 15031-5) for the tester: mode 01 PIDs the TCU answers with their formulas,
 * supported-PID bitmaps, DTC lists of modes 03/07, mode 09 info. sim-wasm/ecu/tcu/README.md, OBD-II.
 */
import { obdDtc, toHex } from './uds';

export interface PidDef {
	pid: number;
	name: string;
	unit: string;
	len: number;
	value: (d: number[]) => number;
}

/** The mode 01 PIDs the dashboard shows (and the common formulas of J1979 Appendix B). */
export const PIDS: PidDef[] = [
	{ pid: 0x05, name: 'Coolant (motor winding) temperature', unit: '°C', len: 1, value: (d) => d[0] - 40 },
	{ pid: 0x0c, name: 'Engine (motor) speed', unit: 'rpm', len: 2, value: (d) => (256 * d[0] + d[1]) / 4 },
	{ pid: 0x0d, name: 'Vehicle speed', unit: 'km/h', len: 1, value: (d) => d[0] },
	{ pid: 0x2f, name: 'Fuel level (state of charge)', unit: '%', len: 1, value: (d) => (d[0] * 100) / 255 },
	{ pid: 0x42, name: 'Control module voltage', unit: 'V', len: 2, value: (d) => (256 * d[0] + d[1]) / 1000 },
	{ pid: 0x46, name: 'Ambient air temperature', unit: '°C', len: 1, value: (d) => d[0] - 40 },
	{ pid: 0x5b, name: 'Hybrid/EV battery remaining life', unit: '%', len: 1, value: (d) => (d[0] * 100) / 255 }
];
/** Data lengths of the PIDs a mode 01 answer can hold (to walk a multi-PID answer). */
const LEN: Record<number, number> = { 0x00: 4, 0x01: 4, 0x20: 4, 0x40: 4, 0x60: 4, 0x80: 4, 0xa0: 4, 0xc0: 4 };
for (const p of PIDS) LEN[p.pid] = p.len;

/** PIDs marked supported in a 4-byte bitmap answered for PID `base` (0x00, 0x20, …); bit 7 of byte 0 = base + 1. */
export function supportedPids(base: number, bitmap: number[]): number[] {
	const out: number[] = [];
	for (let i = 0; i < 32; i++) if ((bitmap[i >> 3] >> (7 - (i & 7))) & 1) out.push(base + i + 1);
	return out;
}

/** `41 pid data [pid data…]` → pid → data bytes; throws on a PID whose length the tester does not know. */
export function parseMode01(p: number[]): Map<number, number[]> {
	if (p[0] !== 0x41) throw new Error(`not a mode 01 answer: ${toHex(p)}`);
	const out = new Map<number, number[]>();
	let i = 1;
	while (i < p.length) {
		const pid = p[i];
		const len = LEN[pid];
		if (len === undefined) throw new Error(`mode 01 answer holds PID 0x${pid.toString(16).toUpperCase()} of unknown length`);
		out.set(pid, p.slice(i + 1, i + 1 + len));
		i += 1 + len;
	}
	return out;
}

/** Monitor status since DTCs cleared (PID 01): MIL, confirmed DTC count, and whether readiness monitors exist. */
export function monitorStatus(d: number[]): { mil: boolean; dtcCount: number; monitors: string } {
	const supported = (d[1] & 0x07) | d[2];
	return { mil: (d[0] & 0x80) !== 0, dtcCount: d[0] & 0x7f, monitors: supported === 0 ? 'none supported (electric vehicle)' : `supported 0x${toHex([d[1], d[2]])}, not complete 0x${toHex([d[3]])}` };
}

/** `43 N (hi lo)*` (or 47/4A) → J2012 codes. */
export function parseObdDtcs(p: number[]): string[] {
	if (![0x43, 0x47, 0x4a].includes(p[0])) throw new Error(`not a mode 03/07/0A answer: ${toHex(p)}`);
	const out: string[] = [];
	for (let i = 2; i + 1 < p.length; i += 2) out.push(obdDtc(p[i], p[i + 1]));
	return out;
}

/** `49 02 01 VIN…` / `49 0A 01 name…` → the text (NULs dropped). */
export function parseMode09Text(p: number[]): string {
	if (p[0] !== 0x49 || p.length < 3) throw new Error(`not a mode 09 answer: ${toHex(p)}`);
	return String.fromCharCode(...p.slice(3).filter((b) => b !== 0));
}
