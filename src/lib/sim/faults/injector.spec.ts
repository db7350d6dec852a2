/** Every fault of the catalog does what it says, measured on the seven real firmware images and the bus. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEcuImages } from '../load-node';
import { Simulation } from '../simulation';
import { vehicleDbc } from '../scenario/node-run';
import { Observer } from '../scenario/runner';
import { FAULTS, parseFaultArg, type FaultSpec } from './catalog';
import { FaultInjector } from './injector';
import { IO } from '../io-channels';

let images: Map<string, WebAssembly.Module>;
beforeAll(async () => {
	images = await loadEcuImages();
});

/** Frames per ID as a tap counts them (the simulation's bus keeps no per-ID statistics): count and last end of frame. */
const seenIds = new WeakMap<Simulation, Map<number, { count: number; lastUs: number }>>();
function tapIds(sim: Simulation): Simulation {
	const m = new Map<number, { count: number; lastUs: number }>();
	sim.on('frame', (t, id) => {
		const r = m.get(id);
		if (r) {
			r.count++;
			r.lastUs = t;
		} else m.set(id, { count: 1, lastUs: t });
	});
	seenIds.set(sim, m);
	return sim;
}
const seen = (sim: Simulation, id: number) => seenIds.get(sim)!.get(id)!;

/** A city drive at 5 s with a fault injected; returns ms until `effect` holds (Infinity after `maxMs`). */
async function effectAfter(spec: FaultSpec, effect: (sim: Simulation, obs: Observer) => boolean, maxMs = 1000, then?: (sim: Simulation) => void): Promise<number> {
	const sim = tapIds(await Simulation.create({ seed: 11, profile: 'city' }, images));
	const obs = new Observer(sim, vehicleDbc());
	const inj = new FaultInjector(sim);
	sim.step(12000); // city: ≈ 30 km/h by now
	expect(effect(sim, obs)).toBe(false);
	await inj.inject(spec);
	then?.(sim);
	for (let ms = 0; ms <= maxMs; ms++) {
		if (effect(sim, obs)) return ms;
		sim.step(1);
	}
	return Infinity;
}
const sig = (obs: Observer, name: string): number => obs.signal(name)();
const killed = (obs: Observer) => sig(obs, 'SafetyStatus.KillRelayClosed') === 0;

const rzcTorque = (s: Simulation) => s.ecu('rzc').host.outputs[IO.rzc.MOTOR_TORQUE_CMD.ch] / 10;
const fzcBrake = (s: Simulation) => s.ecu('fzc').host.outputs[IO.fzc.BRAKE_ACTUATOR.ch];
const cases: [FaultSpec, (sim: Simulation, obs: Observer) => boolean, number, ((sim: Simulation) => void)?][] = [
	[{ kind: 'sensor-stuck', target: 'cvc.PEDAL_S1', param: 80 }, (_s, o) => sig(o, 'VehicleState.PedalFault') !== 0, 200],
	[{ kind: 'sensor-offset', target: 'fzc.STEER_FEEDBACK', param: 15 }, (_s, o) => sig(o, 'SteerStatus.SteerPlausFault') === 1, 200],
	[{ kind: 'sensor-noise', target: 'cvc.PEDAL_S2', param: 30 }, (_s, o) => sig(o, 'VehicleState.PedalFault') !== 0, 1000],
	[{ kind: 'sensor-open', target: 'rzc.MOTOR_TEMP' }, (s) => s.ecu('rzc').host.inputs.some((v) => v === -0x7fffffff), 2],
	[{ kind: 'pedal-disagree', param: 10 }, (_s, o) => sig(o, 'VehicleState.TorqueLimit') <= 75, 200],
	[{ kind: 'actuator-stuck', target: 'motor' }, (s) => Math.abs(rzcTorque(s) - s.plant.act.motor_torque_cmd_nm) > 20, 5000],
	[{ kind: 'actuator-weak', target: 'brake', param: 0 }, (s) => fzcBrake(s) > 500 && s.plant.s.brake_pressure_front_bar < 1 && s.plant.act.brake_pressure_cmd_bar === 0, 100, (s) => s.setInputs({ estop: true })],
	[{ kind: 'motor-overtemp', param: 155 }, (_s, o) => sig(o, 'MotorTemp.TempShutdown') === 1, 100],
	[{ kind: 'cell-fault', param: 60 }, (s) => s.plant.s.pack_ocv_v < 330, 5],
	[{ kind: 'low-friction', param: 0.2 }, (s) => Math.abs(s.plant.s.mu - 0.2 * 0.9) < 0.2 && s.plant.s.mu < 0.3, 5],
	[{ kind: 'obstacle', param: 25 }, (_s, o) => sig(o, 'FrontDistance.AebZone') >= 2, 50],
	[{ kind: 'drop-id', target: '0x103' }, (_s, o) => sig(o, 'BrakeStatus.BrakeCmdTimeout') === 1, 100],
	[{ kind: 'delay-id', target: '0x011', param: 300 }, (_s, o) => sig(o, 'SafetyStatus.HbTimeoutFzc') === 1, 300],
	[{ kind: 'corrupt-crc', target: '0x101', param: 3 }, (s) => s.bus.stats().errors >= 3, 20],
	[{ kind: 'frozen-alive', target: '0x101' }, (_s, o) => sig(o, 'SafetyStatus.E2eFault') === 1, 100],
	[{ kind: 'wrong-e2e-crc', target: '0x101' }, (_s, o) => sig(o, 'MotorStatus.MotorCmdTimeout') === 1, 50],
	// the babbler starves SafetyStatus too: the kill relay is seen at the relay itself
	[{ kind: 'babbling-node', param: 0 }, (s) => !s.plant.act.inverter_enable && seen(s, 0).count > 100, 300],
	[{ kind: 'bus-off', target: 'bcm' }, (s) => s.bus.nodeState(s.ecu('bcm').bus).busOffCount === 1, 50],
	[{ kind: 'spoof', target: '0x103', param: 5, data: '0000ff02' }, (_s, o) => sig(o, 'BrakeFault.BrakeFaultActive') === 1, 100],
	[{ kind: 'ecu-hang', target: 'fzc' }, (s) => s.ecu('fzc').host.trap === null && seen(s, 0x011).lastUs < s.now_us - 60_000, 200],
	[{ kind: 'ecu-reset', target: 'rzc' }, (_s, o) => sig(o, 'MotorStatus.InverterState') !== 2, 50],
	[{ kind: 'ecu-trap', target: 'fzc' }, (_s, o) => sig(o, 'SafetyStatus.HbTimeoutFzc') === 1, 200],
	[{ kind: 'power-off', target: 'rzc' }, (_s, o) => killed(o), 200]
];

describe('fault catalog', () => {
	it('has ≥ 20 faults on five levels, each with a case here', () => {
		expect(FAULTS.length).toBeGreaterThanOrEqual(20);
		expect(new Set(FAULTS.map((f) => f.level))).toEqual(new Set(['sensor', 'actuator', 'plant', 'bus', 'ecu']));
		expect(cases.map(([s]) => s.kind).sort()).toEqual(FAULTS.map((f) => f.kind).sort());
	});
	it.each(cases)('$kind on $target: the effect shows on the bus/plant in time', async (spec, effect, maxMs, then) => {
		const ms = await effectAfter(spec, effect, maxMs, then);
		expect(ms, `${spec.kind}: no effect within ${maxMs} ms`).toBeLessThanOrEqual(maxMs);
	});
	it('a hung ECU is reset by its own watchdog (its watchdog DTC), and heartbeats return', async () => {
		const sim = tapIds(await Simulation.create({ seed: 11, profile: 'city' }, images));
		const obs = new Observer(sim, vehicleDbc());
		const inj = new FaultInjector(sim);
		sim.step(5000);
		await inj.inject({ kind: 'ecu-hang', target: 'rzc' });
		expect(inj.active()).toHaveLength(1);
		sim.step(60);
		expect(inj.active()).toHaveLength(0);
		expect(inj.events.map((e) => e.action)).toEqual(['inject', 'end']);
		sim.step(400);
		expect([...obs.dtcs.keys()]).toContain('rzc:U1F02-47');
		expect(seen(sim, 0x012).lastUs).toBeGreaterThan(sim.now_us - 60_000);
	});
	it('clearing ends the effect; bad targets name what exists', async () => {
		const sim = tapIds(await Simulation.create({ seed: 11, profile: 'city' }, images));
		const inj = new FaultInjector(sim);
		sim.step(2000);
		const h = await inj.inject({ kind: 'drop-id', target: '0x012' });
		sim.step(100);
		const last = seen(sim, 0x012).lastUs;
		await inj.clear(h);
		sim.step(100);
		expect(seen(sim, 0x012).lastUs).toBeGreaterThan(last);
		await expect(inj.inject({ kind: 'power-off', target: 'xyz' })).rejects.toThrow(/present: cvc, fzc, rzc, sc, bcm, icu, tcu/);
		await expect(inj.inject({ kind: 'sensor-open', target: 'cvc.NOPE' })).rejects.toThrow(/has: PEDAL_S1/);
		await expect(inj.inject({ kind: 'drop-id', target: '0x800' })).rejects.toThrow(/not an 11-bit CAN ID/);
		expect(inj.active()).toHaveLength(0);
	});
	it('parses the CLI form KIND:TARGET[:PARAM]@T', () => {
		expect(parseFaultArg('sensor-offset:cvc.PEDAL_S2:10@5')).toEqual({ spec: { kind: 'sensor-offset', target: 'cvc.PEDAL_S2', param: 10 }, at_s: 5 });
		expect(parseFaultArg('obstacle:30@2.5')).toEqual({ spec: { kind: 'obstacle', param: 30 }, at_s: 2.5 });
		expect(() => parseFaultArg('melt:cvc')).toThrow(/unknown fault 'melt'/);
	});
});
