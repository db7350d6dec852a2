/** Chaos mode on the real firmware: the same seed draws and judges the same, and a missing reaction is a MISS. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEcuImages } from '../load-node';
import { Simulation } from '../simulation';
import { FaultInjector } from '../faults/injector';
import { CHAOS_MENU, chaosLine, chaosPlan, runChaos, type ChaosCase } from './chaos';
import { loadScenario } from './load';
import { vehicleDbc } from './node-run';

let images: Map<string, WebAssembly.Module>;
beforeAll(async () => {
	images = await loadEcuImages();
});
const vehicle = (imgs: () => Map<string, WebAssembly.Module>) => (seed: number, profile: string) => Simulation.create({ seed, profile }, imgs());

describe('chaos plan', () => {
	it('the same seed draws the same faults, times and vehicles; another seed others', () => {
		const a = chaosPlan(7, 20).map((f) => [f.label, f.at_ms, f.vehicle_seed]);
		expect(chaosPlan(7, 20).map((f) => [f.label, f.at_ms, f.vehicle_seed])).toEqual(a);
		expect(chaosPlan(8, 20).map((f) => [f.label, f.at_ms, f.vehicle_seed])).not.toEqual(a);
		// faults between 3 and 15 s of the drive, several kinds
		for (const [, at] of a) expect(at as number).toBeGreaterThanOrEqual(3000), expect(at as number).toBeLessThanOrEqual(15000);
		expect(new Set(a.map(([l]) => (l as string).split(':')[0])).size).toBeGreaterThan(5);
	});
	it('every fault chaos can draw is a scenario the loader accepts (schema, DBC signals, catalog)', () => {
		const plan = chaosPlan(1, CHAOS_MENU.length * 8);
		expect(new Set(plan.map((f) => `${f.spec.kind}:${f.spec.target ?? ''}`)).size).toBe(new Set(CHAOS_MENU.map((c) => `${c.kind}:${c.target ?? ''}`)).size);
		for (const f of plan) {
			const { file, ...json } = f.scenario;
			expect(() => loadScenario(JSON.stringify(json), file, vehicleDbc(), ['cvc', 'fzc', 'rzc', 'sc', 'bcm', 'icu', 'tcu'])).not.toThrow();
		}
	});
	it('a bad seed or count is named', () => {
		expect(() => chaosPlan(-1)).toThrow(/seed must be a whole number ≥ 0, is -1/);
		expect(() => chaosPlan(1, 0)).toThrow(/number of faults must be a whole number ≥ 1, is 0/);
	});
});

describe('chaos run (real firmware)', () => {
	it('the same seed gives the same verdicts and the same FDTI/FRTI, line for line', async () => {
		const plan = chaosPlan(5, 4);
		const a = (await runChaos(plan, vehicle(() => images), vehicleDbc())).map(chaosLine);
		const b = (await runChaos(chaosPlan(5, 4), vehicle(() => images), vehicleDbc())).map(chaosLine);
		expect(b).toEqual(a);
		expect(a).toHaveLength(4);
		for (const l of a) expect(l).toMatch(/^pass #\d /);
	}, 60_000);
	it('mechanism disabled in this test vehicle (the FZC motor cutoff request never reaches the bus): a steering sensor offset is reported as a MISS', async () => {
		const menu: ChaosCase[] = [{ kind: 'sensor-offset', target: 'fzc.STEER_FEEDBACK', param: [15, 15], goal: 'SG-003' }];
		const plan = chaosPlan(3, 1, menu);
		// the real vehicle: the FZC detects the implausible rack feedback and requests the motor cutoff in time
		const [ok] = await runChaos(plan, vehicle(() => images), vehicleDbc());
		expect(ok.verdict).toBe('pass');
		expect(ok.fdti_ms! + ok.frti_ms!).toBeLessThanOrEqual(150);
		// the same vehicle with the reaction path cut (MotorCutoffReq 0x211 dropped at the FZC's mailbox)
		const noCutoff = async (seed: number, profile: string) => {
			const sim = await Simulation.create({ seed, profile }, images);
			await new FaultInjector(sim).inject({ kind: 'drop-id', target: '0x211' });
			return sim;
		};
		const [miss] = await runChaos(plan, noCutoff, vehicleDbc());
		expect(miss.verdict).toBe('MISS');
		expect(chaosLine(miss)).toMatch(/^MISS #1 sensor-offset:fzc\.STEER_FEEDBACK:15 @.*SG-003 FDTI – \+ FRTI – = – ms \/ FTTI 150 ms .*detected after \d+ ms, no safe state \(MotorCutoffReq.CutoffRequest == 1\)/);
	}, 60_000);
});
