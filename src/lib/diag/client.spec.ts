/**
 * The tester's UDS and OBD-II operations against the seven real ECU images: identification, the NRCs a
 * user meets with their names, the security lockout with its delay, DTCs with status bits and freeze
 * frames, writing the VIN, OBD-II through the TCU.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEcuImages } from '../sim/load-node';
import { Simulation } from '../sim/simulation';
import { DiagClient } from './client';
import { DiagTester } from './tester';
import { securityKey } from './uds';

let images: Map<string, WebAssembly.Module>;
beforeAll(async () => {
	images = await loadEcuImages();
});

async function bench(seed = 1, profile: string | null = null) {
	const sim = await Simulation.create({ seed, profile }, images);
	const tester = new DiagTester();
	sim.addParticipant(tester);
	sim.step(500);
	const client = new DiagClient(async (target, p, o) => {
		const pr = tester.request(target, p, o);
		for (let k = 0; k < 30_000 && tester.busy; k++) sim.step(1);
		return pr;
	}, () => sim.now_us);
	return { sim, tester, client };
}

describe('diagnostic client on the real firmware', () => {
	it('asks for extended data records (19 06 DTC FF) and names the NRC the firmware answers (0x12)', async () => {
		const { client } = await bench();
		const r = await client.extendedData(0x7e5, 0xc10087);
		expect(r.exchanges[0].request).toEqual([0x19, 0x06, 0xc1, 0x00, 0x87, 0xff]);
		expect(r).toMatchObject({ ok: false, nrc: 0x12, error: 'NRC 0x12 subFunctionNotSupported' });
		expect(r.exchanges[0].responses[0].payload).toEqual([0x7f, 0x19, 0x12]);
	});

	it('scans: seven ECUs with VIN, software version, serial and their sessions', async () => {
		const { client } = await bench();
		const r = await client.scan();
		expect(r.value!.map((e) => e.name)).toEqual(['cvc', 'fzc', 'rzc', 'sc', 'bcm', 'icu', 'tcu']);
		const tcu = r.value!.find((e) => e.name === 'tcu')!;
		expect(tcu).toMatchObject({ vin: 'ZBV1SVM0000000001', software: 'TCU 1.0.0', serial: 'ZBTCU0000001' });
		expect(tcu.sessions).toEqual({ default: 'ok', extended: 'ok', programming: 'ok' });
		expect(r.value!.find((e) => e.name === 'fzc')!.serial).toBeNull(); // the FZC has no F18C
	});

	it('names the NRC of each request the ECU refuses', async () => {
		const { client } = await bench();
		const nrc = async (p: number[], target = 0x7e0) => (await client.raw(target, p)).value![0].text;
		expect(await nrc([0x85, 0x01])).toMatch(/NRC 0x11 serviceNotSupported/);
		expect(await nrc([0x10, 0x04])).toMatch(/NRC 0x12 subFunctionNotSupported/);
		expect(await nrc([0x22, 0xf1])).toMatch(/NRC 0x13 incorrectMessageLengthOrInvalidFormat/);
		expect(await nrc([0x22, 0x12, 0x34])).toMatch(/NRC 0x31 requestOutOfRange/);
		expect(await nrc([0x10, 0x02])).toMatch(/NRC 0x7E subFunctionNotSupportedInActiveSession/);
		expect(await nrc([0x27, 0x01])).toMatch(/NRC 0x7F serviceNotSupportedInActiveSession/);
		expect((await client.session(0x7e0, 3)).ok).toBe(true);
		expect(await nrc([0x27, 0x02, 1, 2, 3, 4])).toMatch(/NRC 0x24 requestSequenceError/);
		expect(await nrc([0x2e, 0xf1, 0x90, ...Array(17).fill(0x41)])).toMatch(/NRC 0x33 securityAccessDenied/);
	});

	it('refuses the programming session while driving (0x22 conditionsNotCorrect)', async () => {
		const { sim, client } = await bench(1, 'city');
		sim.step(15_000);
		expect((await client.session(0x7e4, 3)).ok).toBe(true);
		const r = await client.session(0x7e4, 2);
		expect(r.error).toBe('NRC 0x22 conditionsNotCorrect');
	});

	it('three wrong keys lock security out for 10 s (0x35, 0x35, 0x36, then 0x37), then it unlocks', async () => {
		const { sim, tester, client } = await bench();
		await client.session(0x7e6, 3);
		tester.setKeepAlive(0x7e6); // S3 (5 s) would end the extended session during the 10 s delay
		const errs: string[] = [];
		for (let k = 0; k < 3; k++) {
			const s = await client.seed(0x7e6, 1);
			errs.push((await client.sendKey(0x7e6, 1, securityKey(s.value!, 1) ^ 1)).error!);
		}
		expect(errs).toEqual(['NRC 0x35 invalidKey', 'NRC 0x35 invalidKey', 'NRC 0x36 exceededNumberOfAttempts']);
		expect((await client.seed(0x7e6, 1)).error).toBe('NRC 0x37 requiredTimeDelayNotExpired');
		sim.step(9_000);
		expect((await client.unlock(0x7e6, 1)).error).toBe('NRC 0x37 requiredTimeDelayNotExpired');
		sim.step(1_200);
		const u = await client.unlock(0x7e6, 1);
		expect(u.ok).toBe(true);
		expect(u.value!.key).toBe(securityKey(u.value!.seed, 1));
	});

	it('writes the VIN (extended + security) after checking it, and reads it back', async () => {
		const { client } = await bench();
		expect((await client.writeDid(0x7e6, 0xf190, '1HGCM8263OA004352')).error).toMatch(/position 10: 'O'/);
		expect((await client.writeDid(0x7e6, 0xf190, '1HGCM82643A004352')).error).toMatch(/check digit is '4', 49 CFR 565.15 gives '3'/);
		await client.session(0x7e6, 3);
		expect((await client.unlock(0x7e6)).ok).toBe(true);
		expect((await client.writeDid(0x7e6, 0xf190, '1HGCM82633A004352')).ok).toBe(true);
		expect((await client.readDid(0x7e6, 0xf190)).value!.value).toBe('1HGCM82633A004352');
		// the TCU reports it over OBD mode 09 too
		expect((await client.obd()).value!.vin).toBe('1HGCM82633A004352');
	});

	it('reads a DTC with its status bits and freeze frame after the FZC loses power, and clears it', async () => {
		const { sim, client } = await bench(1);
		sim.step(3_000);
		sim.powerOff('fzc');
		sim.step(1_000);
		const r = await client.readDtcs(0x7e0);
		expect(r.ok).toBe(true);
		const u = r.value!.dtcs.find((d) => d.code === 'U0131-00')!;
		expect(u.status & 0x09).toBe(0x09); // testFailed + confirmedDTC
		expect(u.snapshot!.records[0].record).toBe(1);
		expect(u.freezeFrame.map((f) => f.name)).toEqual(['Vehicle speed', 'Vehicle state', 'Pedal sensors S1, S2']);
		const obd = await client.obd();
		expect(obd.value!.confirmed).toContain('U0131');
		expect(obd.value!.mil).not.toBeNull();
		expect((await client.clearDtcs(0x7e0)).ok).toBe(true);
		const after = await client.readDtcs(0x7e0);
		expect(after.value!.dtcs.find((d) => d.code === 'U0131-00')?.status ?? 0x50).toBe(0x50);
	});

	it('reports OBD-II live data through the TCU: supported PIDs, speed while driving, no CALID', async () => {
		const { sim, client } = await bench(1, 'city');
		sim.step(20_000);
		const r = await client.obd();
		expect(r.value!.supported).toEqual([0x01, 0x05, 0x0c, 0x0d, 0x2f, 0x42, 0x5b]);
		const speed = r.value!.live.find((p) => p.pid === 0x0d)!.value;
		expect(speed).toBeCloseTo(sim.snapshot().plant.speed_kph, -1);
		expect(r.value!.ecuName).toBe('TCU-TelematicsGW');
		expect(r.value!.calid).toBeNull();
	});

	it('makes a report: VIN decoded, every ECU, OBD readiness', async () => {
		const { client } = await bench();
		const r = (await client.report()).value!;
		expect(r.vin!.manufacturer).toBe('zonebench (simulated vehicle)');
		expect(r.ecus).toHaveLength(7);
		expect(r.obd!.readiness).toBe('none supported (electric vehicle)');
		expect(r.absent).toEqual([]);
	});
});
