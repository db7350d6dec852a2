/**
 * Vehicle parameters of the plant model. Defaults describe a plausible rear-wheel-drive mid-size EV
 * (≈1800 kg, 150 kW / 310 Nm PMSM, 9:1 single-speed reduction, 96s pack of ≈71 kWh).
 */

/** All plant parameters; units are in the names. */
export interface VehicleParams {
	// body and road
	mass_kg: number;
	cd: number;
	frontal_area_m2: number;
	crr: number;
	air_density_kgpm3: number;
	wheel_radius_m: number;
	/** Moment of inertia of all four wheels together. */
	wheel_inertia_kgm2: number;
	wheelbase_m: number;
	/** Distance from the centre of gravity to the front axle; sets the static axle loads. */
	cg_to_front_m: number;
	cg_height_m: number;
	track_m: number;
	/** Understeer gradient of the steady-state bicycle model; 0 gives the pure kinematic model. */
	understeer_s2pm: number;
	/** Dry-asphalt tyre-road friction coefficient; the scenario and faults scale it. */
	mu_road: number;

	// driveline (rear axle)
	gear_ratio: number;
	gear_efficiency: number;
	motor_max_torque_nm: number;
	motor_max_power_w: number;
	motor_max_speed_rpm: number;
	motor_inertia_kgm2: number;
	/** Torque-producing current constant (q-axis), Nm per A rms. */
	motor_kt_nm_per_a: number;
	/** Field-weakening d-axis current reached at maximum speed. */
	motor_id_max_a: number;
	motor_rs_ohm: number;
	/** Iron losses P = k1·ω + k2·ω² with ω in rad/s (hysteresis + eddy). */
	motor_iron_k1_w_s: number;
	motor_iron_k2_w_s2: number;
	/** Time constant of the inverter current loop (commanded → actual torque). */
	motor_torque_tau_s: number;
	motor_thermal_cap_j_per_k: number;
	motor_thermal_res_k_per_w: number;
	/** Equivalent forward voltage per phase leg (conduction + switching), V. */
	inverter_v0_v: number;
	inverter_r_ohm: number;
	/** Gate-driver and control losses while the inverter is enabled. */
	inverter_idle_w: number;
	inverter_thermal_cap_j_per_k: number;
	inverter_thermal_res_k_per_w: number;
	coolant_temp_offset_c: number;
	dc_link_discharge_tau_s: number;

	// high-voltage battery
	pack_cells_series: number;
	pack_capacity_ah: number;
	pack_r_ohm: number;
	/** Internal resistance grows by this fraction per kelvin below 25 °C (and shrinks above). */
	pack_r_temp_coeff_per_k: number;
	pack_thermal_cap_j_per_k: number;
	pack_thermal_res_k_per_w: number;
	initial_soc: number;

	// 12 V system
	dcdc_setpoint_v: number;
	dcdc_efficiency: number;
	dcdc_max_power_w: number;
	aux_batt_capacity_ah: number;
	aux_batt_r_ohm: number;

	// brakes
	brake_max_pressure_bar: number;
	brake_tau_s: number;
	/** Pressure in the rear circuit relative to the front (proportioning valve). */
	brake_rear_ratio: number;
	/** Brake torque of the whole axle per bar. */
	brake_front_nm_per_bar: number;
	brake_rear_nm_per_bar: number;

	// steer-by-wire rack (road-wheel angle)
	steer_max_deg: number;
	steer_rate_max_dps: number;
	steer_tau_s: number;

	// sensors
	front_sensor_range_m: number;
	/** Distance from the rear-axle reference point to the front bumper. */
	front_overhang_m: number;
}

/** Plausible mid-size rear-wheel-drive EV. */
export const DEFAULT_PARAMS: Readonly<VehicleParams> = Object.freeze({
	mass_kg: 1800,
	cd: 0.28,
	frontal_area_m2: 2.3,
	crr: 0.01,
	air_density_kgpm3: 1.2,
	wheel_radius_m: 0.33,
	wheel_inertia_kgm2: 4.8,
	wheelbase_m: 2.875,
	cg_to_front_m: 1.38,
	cg_height_m: 0.55,
	track_m: 1.6,
	understeer_s2pm: 0.0015,
	mu_road: 1.0,

	gear_ratio: 9.0,
	gear_efficiency: 0.97,
	motor_max_torque_nm: 310,
	motor_max_power_w: 150_000,
	motor_max_speed_rpm: 16_000,
	motor_inertia_kgm2: 0.04,
	motor_kt_nm_per_a: 0.69,
	motor_id_max_a: 250,
	motor_rs_ohm: 0.012,
	motor_iron_k1_w_s: 0.35,
	motor_iron_k2_w_s2: 0.0012,
	motor_torque_tau_s: 0.005,
	motor_thermal_cap_j_per_k: 15_000,
	motor_thermal_res_k_per_w: 0.02,
	inverter_v0_v: 1.5,
	inverter_r_ohm: 0.003,
	inverter_idle_w: 40,
	inverter_thermal_cap_j_per_k: 2_000,
	inverter_thermal_res_k_per_w: 0.03,
	coolant_temp_offset_c: 5,
	dc_link_discharge_tau_s: 0.5,

	pack_cells_series: 96,
	pack_capacity_ah: 200,
	pack_r_ohm: 0.06,
	pack_r_temp_coeff_per_k: 0.015,
	pack_thermal_cap_j_per_k: 400_000,
	pack_thermal_res_k_per_w: 0.01,
	initial_soc: 0.8,

	dcdc_setpoint_v: 14.0,
	dcdc_efficiency: 0.93,
	dcdc_max_power_w: 2_500,
	aux_batt_capacity_ah: 60,
	aux_batt_r_ohm: 0.02,

	brake_max_pressure_bar: 180,
	brake_tau_s: 0.05,
	brake_rear_ratio: 0.7,
	brake_front_nm_per_bar: 34,
	brake_rear_nm_per_bar: 32,

	steer_max_deg: 35,
	steer_rate_max_dps: 60,
	steer_tau_s: 0.05,

	front_sensor_range_m: 200,
	front_overhang_m: 3.8
});

// Fields that may be zero; every other field must be strictly positive.
const MAY_BE_ZERO = new Set<keyof VehicleParams>([
	'understeer_s2pm',
	'motor_id_max_a',
	'motor_iron_k1_w_s',
	'motor_iron_k2_w_s2',
	'motor_torque_tau_s',
	'inverter_v0_v',
	'inverter_r_ohm',
	'inverter_idle_w',
	'coolant_temp_offset_c',
	'pack_r_temp_coeff_per_k',
	'initial_soc',
	'brake_tau_s',
	'brake_rear_ratio',
	'steer_tau_s',
	'front_overhang_m',
	'crr',
	'cd',
	'wheel_inertia_kgm2',
	'motor_inertia_kgm2',
	'cg_height_m'
]);

/** Merges overrides onto DEFAULT_PARAMS and checks every value; throws naming the offending field. */
export function resolveParams(overrides: Partial<VehicleParams> = {}): VehicleParams {
	const p: VehicleParams = { ...DEFAULT_PARAMS };
	for (const [k, v] of Object.entries(overrides)) {
		if (!(k in DEFAULT_PARAMS)) throw new Error(`VehicleParams: unknown parameter '${k}'`);
		if (v === undefined) continue;
		(p as unknown as Record<string, unknown>)[k] = v;
	}
	for (const k of Object.keys(p) as (keyof VehicleParams)[]) {
		const v = p[k];
		if (typeof v !== 'number' || !Number.isFinite(v)) {
			throw new Error(`VehicleParams.${k} must be a finite number, got ${String(v)}`);
		}
		if (v < 0 || (v === 0 && !MAY_BE_ZERO.has(k))) {
			throw new Error(`VehicleParams.${k} must be ${MAY_BE_ZERO.has(k) ? '≥ 0' : '> 0'}, got ${v}`);
		}
	}
	const ratios: (keyof VehicleParams)[] = ['gear_efficiency', 'dcdc_efficiency', 'initial_soc'];
	for (const k of ratios) {
		if (p[k] > 1) throw new Error(`VehicleParams.${k} must be ≤ 1, got ${p[k]}`);
	}
	if (p.cg_to_front_m >= p.wheelbase_m) {
		throw new Error(
			`VehicleParams.cg_to_front_m (${p.cg_to_front_m}) must be less than wheelbase_m (${p.wheelbase_m})`
		);
	}
	if (p.steer_max_deg >= 89) throw new Error(`VehicleParams.steer_max_deg must be < 89, got ${p.steer_max_deg}`);
	return p;
}

/** Translational mass plus the wheels' and the motor's rotational inertia reflected to the road. */
export function effectiveMass(p: VehicleParams): number {
	const r2 = p.wheel_radius_m * p.wheel_radius_m;
	return p.mass_kg + (p.wheel_inertia_kgm2 + p.motor_inertia_kgm2 * p.gear_ratio * p.gear_ratio) / r2;
}
