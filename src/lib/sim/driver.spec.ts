import { describe, expect, it } from 'vitest';
import { DEFAULT_DRIVER, DriverModel, type DriverParams } from './driver';
import { Plant } from './plant';
import { PROFILES, getProfile } from './profiles';

const DT = 0.001;
const BRAKE_BAR_FULL = 100;

/**
 * Test-only stand-in for the ECUs: accelerator → torque = pedal × max torque, brake → pressure.
 * Returns the RMS and worst speed error (m/s) and pedal-behaviour violations.
 */
function track(name: string, params: Partial<DriverParams> = {}) {
	const prof = getProfile(name);
	const plant = new Plant();
	plant.act.contactor_closed = true;
	plant.act.inverter_enable = true;
	const driver = new DriverModel(params);
	const d = driver.params;
	let se = 0;
	let worst = 0;
	let both = 0;
	let tooFast = 0;
	let prevA = 0;
	let prevB = 0;
	const n = Math.round(prof.duration_s / DT);
	for (let i = 0; i < n; i++) {
		driver.follow(prof, i * DT, plant.s.speed_mps, DT);
		const a = driver.accel_pedal;
		const b = driver.brake_pedal;
		if (a > 0 && b > 0) both++;
		if (a - prevA > d.accel_rate_up_per_s * DT + 1e-12 || prevA - a > d.accel_rate_down_per_s * DT + 1e-12) tooFast++;
		if (b - prevB > d.brake_rate_up_per_s * DT + 1e-12 || prevB - b > d.brake_rate_down_per_s * DT + 1e-12) tooFast++;
		if (a < 0 || a > 1 || b < 0 || b > 1) tooFast++;
		prevA = a;
		prevB = b;
		plant.act.motor_torque_cmd_nm = a * plant.params.motor_max_torque_nm;
		plant.act.brake_pressure_cmd_bar = b * BRAKE_BAR_FULL;
		plant.step(DT);
		const e = plant.s.speed_mps - prof.speedAt((i + 1) * DT);
		se += e * e;
		worst = Math.max(worst, Math.abs(e));
	}
	return { rms_kmh: Math.sqrt(se / n) * 3.6, worst_kmh: worst * 3.6, both, tooFast, plant };
}

describe('DriverModel with the plant', () => {
	// Bounds are about twice the errors measured when this was written (city 0.25, highway 0.07,
	// wltp3 0.05 km/h RMS); a driver reading the trace 5 s ahead shows ≈1.8 km/h in the city (below).
	const bounds: Record<string, number> = { idle: 0.01, city: 0.5, highway: 0.15, wltp3: 0.12 };

	for (const name of Object.keys(PROFILES)) {
		it(`tracks the ${name} profile within ${bounds[name]} km/h RMS with human pedal limits`, () => {
			const r = track(name);
			expect(r.rms_kmh).toBeLessThan(bounds[name]);
			expect(r.worst_kmh).toBeLessThan(5);
			expect(r.both).toBe(0);
			expect(r.tooFast).toBe(0);
			expect(Math.abs(r.plant.s.distance_m - distanceOf(name))).toBeLessThan(0.01 * distanceOf(name) + 1);
		});
	}

	it('misses the city bound when the driver reads the trace too far ahead', () => {
		expect(track('city', { lookahead_s: 5 }).rms_kmh).toBeGreaterThan(bounds.city);
	});

	it('holds the brake while waiting and releases it to drive off', () => {
		const driver = new DriverModel();
		for (let i = 0; i < 1000; i++) driver.step(DT, 0, 0, 0);
		expect(driver.brake_pedal).toBeCloseTo(DEFAULT_DRIVER.hold_brake, 9);
		expect(driver.accel_pedal).toBe(0);
		let firstAccel = -1;
		for (let i = 0; i < 2000 && firstAccel < 0; i++) {
			driver.step(DT, 2, 3, 0);
			if (driver.accel_pedal > 0) firstAccel = i * DT;
		}
		// Brake released at its rate, then the foot moves across.
		const expected = DEFAULT_DRIVER.hold_brake / DEFAULT_DRIVER.brake_rate_down_per_s + DEFAULT_DRIVER.pedal_switch_s;
		expect(firstAccel).toBeGreaterThan(expected - 0.01);
		expect(firstAccel).toBeLessThan(expected + 0.01);
	});

	it('gives the same pedals through update() with a look-ahead callback as through follow()', () => {
		const prof = getProfile('city');
		const a = new DriverModel();
		const b = new DriverModel();
		let v = 0;
		for (let i = 0; i < 20_000; i++) {
			const t = i * DT;
			a.follow(prof, t, v, DT);
			const cmd = b.update(prof.speedAt(t), v, DT, (dt) => prof.speedAt(t + dt));
			expect(cmd.accel).toBe(a.accel_pedal);
			expect(cmd.brake).toBe(a.brake_pedal);
			v = prof.speedAt(t) * 0.98; // a slightly slow car keeps both controllers busy
		}
		expect(a.accel_pedal + a.brake_pedal).toBeGreaterThan(0);
	});

	it('rejects bad parameters by name', () => {
		expect(() => new DriverModel({ kp_per_s: -1 })).toThrow('DriverParams.kp_per_s must be a finite number ≥ 0, got -1');
		expect(() => new DriverModel({ lookahead_s: 0 })).toThrow(/lookahead_s must be > 0/);
		expect(() => new DriverModel({ kq: 1 } as never)).toThrow(/unknown parameter 'kq'/);
	});
});

function distanceOf(name: string): number {
	const p = getProfile(name);
	let d = 0;
	for (let t = 0; t < p.duration_s; t += DT) d += p.speedAt(t + DT / 2) * DT;
	return d;
}
