import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DbcCodec } from '$lib/can/dbc/codec';
import { parseDbc } from '$lib/can/dbc/parse';
import { FrameBatchBuilder } from '$lib/can/frame';
import { loadEcuImages } from '$lib/sim/load-node';
import { ECU_NAMES as SIM_ECUS, Simulation, collectFrames } from '$lib/sim/simulation';
import { EcuMonitor, dtcStatusNames, failureType, faultStatusNames, formatDtc } from './ecu-monitor';

const codec = new DbcCodec(parseDbc(readFileSync('static/vehicle.dbc', 'utf8'), 'static/vehicle.dbc'));
const msgByName = (n: string) => codec.message(codec.dbc.messages.find((m) => m.name === n)!.id)!;

/** Packs a frame through the DBC (never by hand) into a builder. */
function push(bb: FrameBatchBuilder, t_us: number, msg: string, values: Record<string, number>): void {
	const cm = msgByName(msg);
	const d = new Uint8Array(Math.max(8, cm.span));
	cm.encode(values, d);
	bb.push(t_us, cm.msg.id, 0, cm.msg.length, d);
}

describe('DTC text', () => {
	it('writes 3-byte DTCs in SAE J2012 form', () => {
		expect(formatDtc(0x213800)).toBe('P2138-00');
		expect(formatDtc(0x4a1b62)).toBe('C0A1B-62');
		expect(formatDtc(0x9f0147)).toBe('B1F01-47');
		expect(formatDtc(0xc14087)).toBe('U0140-87');
		expect(formatDtc(0xffffff)).toBe('U3FFF-FF');
		expect(() => formatDtc(0x1000000)).toThrow(/16777216 is not a 3-byte DTC/);
	});

	it('names ISO 14229 status bits, heartbeat fault bits and known failure types', () => {
		expect(dtcStatusNames(0x09)).toEqual(['testFailed', 'confirmedDTC']);
		expect(dtcStatusNames(0x80)).toEqual(['warningIndicatorRequested']);
		expect(dtcStatusNames(0)).toEqual([]);
		expect(faultStatusNames(0x24)).toEqual(['communication (RX timeout / E2E)', 'watchdog reset since power-up']);
		expect(failureType(0xc11087)).toMatch(/missing message/);
		expect(failureType(0xc11083)).toMatch(/E2E/);
		expect(failureType(0xc110fe)).toBeUndefined();
	});
});

describe('EcuMonitor on synthetic frames', () => {
	it('collects DtcEvents per ECU with their latest status, most recent first', () => {
		const m = new EcuMonitor(codec);
		const bb = new FrameBatchBuilder();
		// FZC: U1101-87 (SteerCommand missing) goes testFailed+pending, then confirmed; RZC reports one too
		push(bb, 1_000, 'DtcEvent', { DtcNumber: 0xd10187, DtcStatus: 0x05, EcuId: 1, OccurrenceCount: 1 });
		push(bb, 2_000, 'DtcEvent', { DtcNumber: 0xd10183, DtcStatus: 0x01, EcuId: 1, OccurrenceCount: 1 });
		push(bb, 3_000, 'DtcEvent', { DtcNumber: 0xd10187, DtcStatus: 0x0d, EcuId: 1, OccurrenceCount: 2 });
		push(bb, 3_500, 'DtcEvent', { DtcNumber: 0xd11187, DtcStatus: 0x01, EcuId: 2, OccurrenceCount: 1 });
		m.add(bb.take());
		const fzc = m.view('fzc');
		expect(fzc.dtcs.map((d) => d.code)).toEqual(['U1101-87', 'U1101-83']);
		expect(dtcStatusNames(fzc.dtcs[0].status)).toEqual(['testFailed', 'pendingDTC', 'confirmedDTC']);
		expect(fzc.dtcs[0].occurrences).toBe(2);
		expect(fzc.dtcs[0].events).toBe(2);
		expect(fzc.dtcEvents).toBe(3);
		expect(m.view('RZC').dtcs.map((d) => d.code)).toEqual(['U1111-87']);
		expect(m.view('cvc').dtcs).toEqual([]);
	});

	it('reads mode, fault bits and DTC count from the heartbeat and calls it lost after three periods', () => {
		const m = new EcuMonitor(codec);
		const bb = new FrameBatchBuilder();
		push(bb, 10_000, 'Heartbeat_BCM', { AliveCounter: 1, EcuId: 4, Mode: 2, FaultStatus: 0x21, ActiveDtcCount: 3 });
		push(bb, 1_400_000, 'Lights', {});
		m.add(bb.take());
		const hb = m.view('bcm').heartbeat!;
		expect(hb.mode).toBe('DEGRADED');
		expect(faultStatusNames(hb.faultStatus)).toEqual(['sensor', 'watchdog reset since power-up']);
		expect(hb.activeDtcCount).toBe(3);
		expect(hb.age_ms).toBeCloseTo(1390, 6);
		expect(hb.alive).toBe(true); // 1390 ms ≤ 3 × 500 ms
		push(bb, 1_600_000, 'Lights', {});
		m.add(bb.take());
		expect(m.view('bcm').heartbeat!.alive).toBe(false);
		expect(m.view('icu').heartbeat).toBeNull();
	});

	it('forgets everything on clear() (a new session: the simulation was reset)', () => {
		const m = new EcuMonitor(codec);
		const bb = new FrameBatchBuilder();
		push(bb, 500_000, 'DtcEvent', { DtcNumber: 0xd10187, DtcStatus: 0x09, EcuId: 1, OccurrenceCount: 1 });
		push(bb, 510_000, 'Heartbeat_FZC', { Mode: 1 });
		m.add(bb.take());
		expect(m.view('fzc').dtcs).toHaveLength(1);
		m.clear();
		push(bb, 1_000, 'Heartbeat_CVC', { Mode: 0 });
		m.add(bb.take());
		expect(m.view('fzc').dtcs).toHaveLength(0);
		expect(m.view('fzc').heartbeat).toBeNull();
		expect(m.view('cvc').heartbeat!.mode).toBe('INIT');
	});
});

describe('EcuMonitor on the running vehicle', () => {
	let images: Map<string, WebAssembly.Module>;
	let missing: string[] = [];
	beforeAll(async () => {
		images = await loadEcuImages();
		missing = SIM_ECUS.filter((n) => !images.has(n));
		if (missing.length) console.log(`[skip] needs all seven ECUs built; missing: ${missing.join(', ')}`);
	});

	it('sees all seven ECUs alive in RUN, the SC kill relay closed, and the CVC sending VehicleState every 10 ms', async () => {
		if (missing.length) return;
		const sim = await Simulation.create({ seed: 1, profile: null }, images);
		const tap = collectFrames(sim);
		const m = new EcuMonitor(codec);
		for (let k = 0; k < 20; k++) {
			sim.step(100);
			m.add(tap.take());
		}
		const views = m.views();
		expect(views.map((v) => [v.name, v.heartbeat?.mode, v.heartbeat?.alive])).toEqual(
			['CVC', 'FZC', 'RZC', 'SC', 'BCM', 'ICU', 'TCU'].map((n) => [n, 'RUN', true])
		);
		const sc = views.find((v) => v.name === 'SC')!.heartbeat!;
		expect(sc.message).toBe('SafetyStatus');
		expect(sc.extra.find((s) => s.name === 'KillRelayClosed')?.label).toBe('CLOSED');
		const vs = views[0].tx.find((r) => r.name === 'VehicleState')!;
		expect(vs.dbcPeriod_ms).toBe(10);
		expect(vs.meanPeriod_ms).toBeGreaterThan(9.5);
		expect(vs.meanPeriod_ms).toBeLessThan(10.5);
		expect(vs.crcErrors + vs.counterErrors).toBe(0);
		// a frame the FZC sends is in the FZC's table, not the CVC's
		expect(views[0].tx.some((r) => r.name === 'SteerStatus')).toBe(false);
		expect(views[1].tx.some((r) => r.name === 'SteerStatus')).toBe(true);
	});
});
