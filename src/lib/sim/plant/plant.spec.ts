import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { DriverModel } from '../driver';
import { getProfile } from '../profiles';
import { Plant, DEFAULT_PARAMS, type VehicleParams } from './index';

const DT = 0.001;
const G = 9.80665;
const P = DEFAULT_PARAMS;
const KMH = 1 / 3.6;

/** m_eff written out from the parameters, independently of the plant's own helper. */
function meff(p: VehicleParams = P): number {
	return p.mass_kg + (p.wheel_inertia_kgm2 + p.motor_inertia_kgm2 * p.gear_ratio ** 2) / p.wheel_radius_m ** 2;
}

function ready(plant: Plant): Plant {
	plant.act.contactor_closed = true;
	plant.act.inverter_enable = true;
	return plant;
}

/** Runs a plant until `until` returns true or max_s passes; returns elapsed virtual time. */
function runUntil(plant: Plant, until: (p: Plant) => boolean, max_s: number, each?: (p: Plant) => void): number {
	const n = Math.round(max_s / DT);
	for (let i = 0; i < n; i++) {
		each?.(plant);
		plant.step(DT);
		if (until(plant)) return plant.s.time_s;
	}
	return Infinity;
}

describe('Plant longitudinal dynamics', () => {
	it('coasts down from 100 km/h as m·dv/dt = −(F_roll + ½ρCdA·v²) predicts', () => {
		const plant = ready(new Plant({}, { initial: { speed_mps: 100 * KMH } }));
		const m = meff();
		const fr = P.crr * P.mass_kg * G;
		const c = 0.5 * P.air_density_kgpm3 * P.cd * P.frontal_area_m2;
		const v0 = 100 * KMH;
		const k = Math.sqrt(fr / c);
		const phi0 = Math.atan(v0 / k);
		const exact = (t: number) => Math.max(0, k * Math.tan(phi0 - (t * Math.sqrt(fr * c)) / m));
		const tStop = (m / Math.sqrt(fr * c)) * phi0;

		let worst = 0;
		for (let sec = 1; sec < Math.floor(tStop); sec++) {
			runUntil(plant, () => false, 1);
			worst = Math.max(worst, Math.abs(plant.s.speed_mps - exact(plant.s.time_s)));
		}
		expect(worst).toBeLessThan(0.02);
		const stopped = runUntil(plant, (p) => p.s.speed_mps === 0, 30);
		expect(Math.abs(stopped - tStop)).toBeLessThan(0.1);
		// Sanity of the comparison itself: without drag the car would still be rolling at tStop.
		expect(v0 - (fr / m) * tStop).toBeGreaterThan(5);
	});

	it('reaches 100 km/h at full torque between the ideal bound and the road-load integration', () => {
		const plant = ready(new Plant());
		plant.act.motor_torque_cmd_nm = 10_000;
		let limited = 0;
		const t = runUntil(plant, (p) => p.s.speed_mps >= 100 * KMH, 20, (p) => (limited += p.s.traction_limited));
		expect(limited).toBe(0);

		const m = meff();
		const target = 100 * KMH;
		const fMax = (P.motor_max_torque_nm * P.gear_ratio) / P.wheel_radius_m;
		const vBase = (P.motor_max_power_w / P.motor_max_torque_nm / P.gear_ratio) * P.wheel_radius_m;
		// Lower bound: full torque, then full power, no losses, no road load.
		const lower = (m * vBase) / fMax + (m * (target ** 2 - vBase ** 2)) / (2 * P.motor_max_power_w);

		// Independent RK4 integration of the same ODE with road load and gear efficiency.
		const c = 0.5 * P.air_density_kgpm3 * P.cd * P.frontal_area_m2;
		const acc = (v: number) =>
			(P.gear_efficiency * Math.min(fMax, P.motor_max_power_w / Math.max(v, 1e-9)) - P.crr * P.mass_kg * G - c * v * v) /
			m;
		let v = 0;
		let tOde = 0;
		const h = 1e-4;
		while (v < target) {
			const k1 = acc(v);
			const k2 = acc(v + (h / 2) * k1);
			const k3 = acc(v + (h / 2) * k2);
			const k4 = acc(v + h * k3);
			v += (h / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
			tOde += h;
		}
		expect(t).toBeGreaterThan(lower);
		expect(t).toBeGreaterThan(tOde - 0.01);
		// The inverter's 5 ms torque lag is the only dynamic the ODE leaves out.
		expect(t).toBeLessThan(tOde + 0.03);
	});

	it('is traction-limited on ice and cannot beat μ·g', () => {
		const plant = ready(new Plant({}, { mu: 0.15 }));
		plant.act.motor_torque_cmd_nm = 10_000;
		let limited = 0;
		const t = runUntil(plant, (p) => p.s.speed_mps >= 50 * KMH, 60, (p) => (limited += p.s.traction_limited));
		expect(limited).toBeGreaterThan(0);
		// Even with all the weight on the driven axle the tyres give at most μ·m·g.
		expect(t).toBeGreaterThan((50 * KMH * meff()) / (0.15 * P.mass_kg * G));
	});

	it('stops from 100 km/h within the friction-limited distance, twice as far at half the grip', () => {
		const stopDistance = (mu: number) => {
			const plant = new Plant({}, { mu, initial: { speed_mps: 100 * KMH } });
			plant.act.brake_pressure_cmd_bar = P.brake_max_pressure_bar;
			runUntil(plant, (p) => p.s.speed_mps === 0, 60);
			return plant.s.distance_m;
		};
		const v0 = 100 * KMH;
		const c = 0.5 * P.air_density_kgpm3 * P.cd * P.frontal_area_m2;
		const dry = stopDistance(1.0);
		// No stop can be shorter than with every force at its maximum all the way down.
		const aMax = (1.0 * P.mass_kg * G + P.crr * P.mass_kg * G + c * v0 * v0) / meff();
		expect(dry).toBeGreaterThan((v0 * v0) / (2 * aMax));
		// Ideal ABS uses ≥ 90 % of the grip; the pressure build-up (τ = 50 ms) costs about v0·3τ.
		expect(dry).toBeLessThan((v0 * v0) / (2 * 0.9 * ((P.mass_kg * G) / meff())) + v0 * 3 * P.brake_tau_s);
		const wet = stopDistance(0.5);
		expect(wet / dry).toBeGreaterThan(1.8);
		expect(wet / dry).toBeLessThan(2.1);
	});

	it('builds brake pressure with a first-order lag and holds the car on a grade', () => {
		const plant = new Plant({}, { grade_pct: 10 });
		plant.act.brake_pressure_cmd_bar = 60;
		runUntil(plant, () => false, P.brake_tau_s);
		expect(plant.s.brake_pressure_front_bar / 60).toBeCloseTo(1 - Math.exp(-1), 2);
		expect(plant.s.brake_pressure_rear_bar / plant.s.brake_pressure_front_bar).toBeCloseTo(P.brake_rear_ratio, 3);
		runUntil(plant, () => false, 2);
		expect(plant.s.speed_mps).toBe(0);
		// Released, the car rolls back down the hill.
		plant.act.brake_pressure_cmd_bar = 0;
		runUntil(plant, () => false, 3);
		expect(plant.s.speed_mps).toBeLessThan(-1);
		expect(plant.s.distance_m).toBeLessThan(0);
	});
});

describe('Plant energy and battery', () => {
	/** The city profile with a driver whose brake pedal regenerates first and adds friction above 15 %. */
	function driveCity(each: (p: Plant) => void) {
		const plant = ready(new Plant());
		const driver = new DriverModel();
		const prof = getProfile('city');
		const n = Math.round(prof.duration_s / DT);
		for (let i = 0; i < n; i++) {
			driver.follow(prof, i * DT, plant.s.speed_mps, DT);
			const regen = Math.min(driver.brake_pedal, 0.15) / 0.15;
			plant.act.motor_torque_cmd_nm = (driver.accel_pedal - 0.25 * regen) * P.motor_max_torque_nm;
			plant.act.brake_pressure_cmd_bar = Math.max(0, driver.brake_pedal - 0.15) * 150;
			plant.step(DT);
			each(plant);
		}
		return plant;
	}

	it('balances pack energy against mechanical work and every loss within 1 % over a drive cycle', () => {
		const c = 0.5 * P.air_density_kgpm3 * P.cd * P.frontal_area_m2;
		let drag = 0;
		let vPrev = 0;
		let regenJ = 0;
		const plant = driveCity((p) => {
			const v = p.s.speed_mps;
			drag += c * 0.5 * (Math.abs(vPrev) ** 3 + Math.abs(v) ** 3) * DT;
			vPrev = v;
			if (p.s.pack_current_a < 0) regenJ -= p.s.pack_power_w * DT;
		});
		const s = plant.s;
		// The cycle really exercises regeneration and the friction brakes.
		expect(regenJ).toBeGreaterThan(0.05 * s.e_pack_j);
		expect(s.e_loss_brake_j).toBeGreaterThan(0.05 * s.e_pack_j);

		const ke = 0.5 * meff() * s.speed_mps ** 2;
		const sinks =
			s.e_aux_j + s.e_loss_inv_j + s.e_loss_cu_j + s.e_loss_fe_j + // electrical side of the shaft
			s.e_loss_gear_j + s.e_loss_brake_j + s.e_loss_drag_j + s.e_loss_roll_j + s.e_potential_j + ke;
		expect(Math.abs(s.e_pack_j - sinks)).toBeLessThan(0.01 * s.e_pack_j);
		// The shaft work is what is left of pack energy after the electrical losses.
		expect(s.e_mech_j).toBeCloseTo(s.e_pack_j - s.e_aux_j - s.e_loss_inv_j - s.e_loss_cu_j - s.e_loss_fe_j, -2);
		// Road-load accounts against independent integrals of the sampled speed.
		expect(Math.abs(s.e_loss_drag_j - drag)).toBeLessThan(0.01 * drag);
		const roll = P.crr * P.mass_kg * G * s.odometer_m;
		expect(Math.abs(s.e_loss_roll_j - roll)).toBeLessThan(0.01 * roll);
		// The cells gave the terminal energy plus their own I²R heat.
		expect(Math.abs(s.e_chem_j - s.e_pack_j - s.e_loss_batt_j)).toBeLessThan(1e-6 * s.e_chem_j);
	});

	it('lowers the true SOC by ∫I·dt / capacity and raises it while regenerating', () => {
		let ah = 0;
		let socRisesInRegen = 0;
		let prevSoc = P.initial_soc;
		const plant = driveCity((p) => {
			ah += (p.s.pack_current_a * DT) / 3600;
			if (p.s.pack_current_a < -1 && p.s.soc_true > prevSoc) socRisesInRegen++;
			prevSoc = p.s.soc_true;
		});
		const dSoc = P.initial_soc - plant.s.soc_true;
		expect(dSoc).toBeGreaterThan(0.005);
		expect(Math.abs(dSoc - ah / P.pack_capacity_ah)).toBeLessThan(1e-9);
		expect(socRisesInRegen).toBeGreaterThan(1000);
	});

	it('sags the pack voltage by I·R under load and follows OCV(SOC)', () => {
		const full = new Plant({}, { initial: { soc: 0.95 } });
		const low = new Plant({}, { initial: { soc: 0.1 } });
		expect(full.s.pack_voltage_v).toBeGreaterThan(low.s.pack_voltage_v + 50);
		const plant = ready(new Plant({}, { initial: { speed_mps: 20 } }));
		plant.act.motor_torque_cmd_nm = 300;
		runUntil(plant, () => false, 0.1);
		const s = plant.s;
		expect(s.pack_current_a).toBeGreaterThan(100);
		expect(s.pack_voltage_v).toBeCloseTo(s.pack_ocv_v - s.pack_current_a * s.pack_r_ohm, 6);
	});

	it('gives no torque and no pack current with the contactor open, and runs the 12 V net from its battery', () => {
		const plant = ready(new Plant());
		runUntil(plant, () => false, 0.5);
		expect(plant.s.aux_12v_v).toBeCloseTo(P.dcdc_setpoint_v, 1);
		plant.act.contactor_closed = false;
		plant.act.motor_torque_cmd_nm = 300;
		runUntil(plant, () => false, 3 * P.dc_link_discharge_tau_s);
		expect(plant.s.motor_torque_nm).toBe(0);
		expect(plant.s.speed_mps).toBe(0);
		expect(plant.s.pack_current_a).toBe(0);
		expect(plant.s.dc_link_v).toBeLessThan(0.06 * plant.s.pack_voltage_v);
		expect(plant.s.aux_12v_v).toBeLessThan(12.7);
		expect(plant.s.aux_current_a).toBeLessThan(0);
	});
});

describe('Plant thermal', () => {
	it('settles the motor at coolant + P_loss·R_th and overheats when cooling is lost', () => {
		const run = (cooling: number) => {
			const plant = ready(new Plant());
			plant.faults.motor_cooling_scale = cooling;
			plant.act.brake_pressure_cmd_bar = 100; // stall against the brakes: pure copper loss
			plant.act.motor_torque_cmd_nm = 150;
			let loss = 0;
			// Thermal time constants are minutes: a 10 ms step is accurate here and keeps the test quick.
			const dt = 0.01;
			const n = Math.round((8 * P.motor_thermal_cap_j_per_k * P.motor_thermal_res_k_per_w) / dt);
			for (let i = 0; i < n; i++) {
				const before = plant.s.e_loss_cu_j;
				plant.step(dt);
				loss = (plant.s.e_loss_cu_j - before) / dt;
			}
			return { plant, loss };
		};
		const { plant, loss } = run(1);
		expect(plant.s.speed_mps).toBe(0);
		const coolant = plant.s.ambient_temp_c + P.coolant_temp_offset_c;
		expect(plant.s.motor_temp_c - coolant).toBeCloseTo(loss * P.motor_thermal_res_k_per_w, 0);
		const hot = run(0).plant;
		expect(hot.s.motor_temp_c).toBeGreaterThan(plant.s.motor_temp_c + 30);
	});
});

describe('Plant steering and position', () => {
	/** Holds a speed with a small P controller on torque and returns the radius of the driven circle. */
	function circle(speed: number, steer_deg: number): number {
		const plant = ready(new Plant({}, { initial: { speed_mps: speed } }));
		plant.act.steer_angle_cmd_deg = steer_deg;
		const hold = (p: Plant) => {
			p.act.motor_torque_cmd_nm = 20 + 300 * (speed - p.s.speed_mps);
		};
		runUntil(plant, () => false, 3, hold);
		const xs: number[] = [];
		const ys: number[] = [];
		const start = plant.s.heading_deg;
		let turned = 0;
		let last = start;
		runUntil(
			plant,
			(p) => {
				let d = p.s.heading_deg - last;
				if (d < -180) d += 360;
				else if (d > 180) d -= 360;
				turned += d;
				last = p.s.heading_deg;
				xs.push(p.s.x_m);
				ys.push(p.s.y_m);
				return Math.abs(turned) >= 360;
			},
			300,
			hold
		);
		const cx = xs.reduce((a, b) => a + b, 0) / xs.length;
		const cy = ys.reduce((a, b) => a + b, 0) / ys.length;
		return xs.reduce((a, x, i) => a + Math.hypot(x - cx, ys[i] - cy), 0) / xs.length;
	}

	it('turns on a circle of radius wheelbase / tan(δ) at low speed', () => {
		const r = circle(2, 20);
		expect(Math.abs(r / (P.wheelbase_m / Math.tan((20 * Math.PI) / 180)) - 1)).toBeLessThan(0.01);
	});

	it('understeers at speed: a wider circle than the kinematic one', () => {
		const kinematic = P.wheelbase_m / Math.tan((2 * Math.PI) / 180);
		expect(circle(20, 2)).toBeGreaterThan(1.1 * kinematic);
	});

	it('moves the rack no faster than its rate limit and never beyond its range', () => {
		const plant = new Plant();
		plant.act.steer_angle_cmd_deg = 90;
		runUntil(plant, () => false, 0.1);
		expect(plant.s.steer_angle_deg).toBeLessThanOrEqual(P.steer_rate_max_dps * 0.1 + 1e-9);
		expect(plant.s.steer_angle_deg).toBeGreaterThan(0);
		runUntil(plant, () => false, 3);
		expect(plant.s.steer_angle_deg).toBeCloseTo(P.steer_max_deg, 3);
	});

	it('drives straight along the initial heading', () => {
		const plant = new Plant({}, { initial: { speed_mps: 10, heading_deg: 90 } });
		runUntil(plant, () => false, 2);
		expect(Math.abs(plant.s.x_m)).toBeLessThan(1e-9);
		expect(plant.s.y_m).toBeCloseTo(plant.s.distance_m, 9);
		expect(plant.s.y_m).toBeGreaterThan(15);
	});
});

describe('Plant environment', () => {
	it('measures the gap to a parked obstacle, to a moving one, and latches a collision', () => {
		const plant = ready(
			new Plant({}, { obstacles: [{ s_m: 60 }, { s_m: 30, speed_mps: 10, vanish_s: 2 }], initial: { speed_mps: 10 } })
		);
		plant.act.motor_torque_cmd_nm = 0;
		expect(plant.s.front_distance_m).toBeCloseTo(30 - P.front_overhang_m, 6);
		runUntil(plant, () => false, 1, (p) => (p.act.motor_torque_cmd_nm = 20 + 300 * (10 - p.s.speed_mps)));
		// Same speed as the lead car: the gap stays.
		expect(plant.s.front_distance_m).toBeCloseTo(30 - P.front_overhang_m, 0);
		expect(plant.s.front_rel_speed_mps).toBeCloseTo(0, 1);
		runUntil(plant, () => false, 1.5, (p) => (p.act.motor_torque_cmd_nm = 20 + 300 * (10 - p.s.speed_mps)));
		// The lead car is gone; the parked one is next.
		expect(plant.s.front_distance_m).toBeCloseTo(60 - P.front_overhang_m - plant.s.distance_m, 6);
		expect(plant.s.front_rel_speed_mps).toBeLessThan(-9);
		expect(plant.s.collision).toBe(0);
		runUntil(plant, (p) => p.s.front_distance_m === 0, 20, (p) => (p.act.motor_torque_cmd_nm = 100));
		expect(plant.s.collision).toBe(1);
	});

	it('reports the sensor range when nothing is ahead', () => {
		expect(new Plant().s.front_distance_m).toBe(P.front_sensor_range_m);
	});

	it('has daylight at noon, darkness at midnight, and tunnel lighting inside a tunnel', () => {
		expect(new Plant({}, { time_of_day_h: 12 }).s.ambient_lux).toBeGreaterThan(50_000);
		expect(new Plant({}, { time_of_day_h: 0 }).s.ambient_lux).toBeLessThan(1);
		const dusk = new Plant({}, { time_of_day_h: 17.5 }).s.ambient_lux;
		expect(dusk).toBeGreaterThan(400);
		expect(dusk).toBeLessThan(50_000);
		const plant = new Plant({}, { time_of_day_h: 12, tunnels: [{ from_m: 20, to_m: 40, lux: 80 }], initial: { speed_mps: 10 } });
		runUntil(plant, (p) => p.s.distance_m > 25, 10);
		expect(plant.s.ambient_lux).toBe(80);
		runUntil(plant, (p) => p.s.distance_m > 45, 10);
		expect(plant.s.ambient_lux).toBeGreaterThan(50_000);
	});

	it('uses segment friction and grade along the path', () => {
		const plant = new Plant({}, { segments: [{ from_m: 10, grade_pct: 5, mu: 0.3 }], initial: { speed_mps: 10 } });
		expect(plant.s.mu).toBe(P.mu_road);
		expect(plant.s.grade_pct).toBe(0);
		runUntil(plant, (p) => p.s.distance_m > 12, 5);
		expect(plant.s.grade_pct).toBe(5);
		expect(plant.s.mu).toBe(0.3);
	});
});

describe('Plant determinism and input checks', () => {
	function randomDrive(seed: number) {
		const rng = new Rng(seed);
		const plant = ready(new Plant({}, { obstacles: [{ s_m: 300, speed_mps: 5 }] }));
		for (let i = 0; i < 20_000; i++) {
			if (i % 100 === 0) {
				plant.act.motor_torque_cmd_nm = rng.uniform(-100, 300);
				plant.act.brake_pressure_cmd_bar = rng.next() < 0.2 ? rng.uniform(0, 50) : 0;
				plant.act.steer_angle_cmd_deg = rng.normal(0, 10);
			}
			plant.step(DT);
		}
		return plant.snapshot();
	}

	it('produces identical states for identical inputs and different ones for different inputs', () => {
		const a = randomDrive(1234);
		expect(randomDrive(1234)).toEqual(a);
		expect(randomDrive(1235)).not.toEqual(a);
		expect(a.distance_m).toBeGreaterThan(10);
	});

	it('rejects bad parameters and scenarios, naming what and where', () => {
		expect(() => new Plant({ mass_kg: -1 })).toThrow(/VehicleParams\.mass_kg must be > 0/);
		expect(() => new Plant({ gear_efficiency: 1.2 })).toThrow(/gear_efficiency must be ≤ 1/);
		expect(() => new Plant({ masss_kg: 1 } as unknown as Partial<VehicleParams>)).toThrow(/unknown parameter 'masss_kg'/);
		expect(() => new Plant({}, { obstacles: [{ s_m: 1 }, {} as never] })).toThrow(/scenario\.obstacles\[1\]\.s_m/);
		expect(() => new Plant({}, { segments: [{ from_m: 5 }, { from_m: 5 }] })).toThrow(/scenario\.segments\[1\]\.from_m/);
		expect(() => new Plant({}, { time_of_day_h: 25 })).toThrow(/time_of_day_h/);
		expect(() => new Plant().step(0)).toThrow(/dt_s/);
	});

	it('ignores NaN actuator values instead of corrupting the state', () => {
		const plant = ready(new Plant());
		plant.act.motor_torque_cmd_nm = NaN;
		plant.act.steer_angle_cmd_deg = NaN;
		runUntil(plant, () => false, 0.1);
		expect(Number.isFinite(plant.s.speed_mps)).toBe(true);
		expect(plant.s.motor_torque_nm).toBe(0);
	});
});
