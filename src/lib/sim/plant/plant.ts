/**
 * The plant: everything physical that the ECUs sense and actuate, stepped on virtual time at 1 kHz.
 *
 * One lumped model per subsystem, explicit Euler at the step the scheduler uses (1 ms); every time constant
 * here is ≥ 5 ms, so that is stable. `step()` allocates nothing and reads no clock, so the same inputs give
 * bit-identical states. Sign conventions: speed and torque positive forward; yaw positive counter-clockwise
 * (left turn); heading 0° along +x; pack current positive when discharging.
 */
import { auxOcv, cellOcv } from './battery';
import { effectiveMass, resolveParams, type VehicleParams } from './params';
import { daylightLux, resolveScenario, type ResolvedScenario, type Scenario } from './scenario';

const G = 9.80665;
const DEG = Math.PI / 180;
const RPM = (2 * Math.PI) / 60;
/** Copper resistance temperature coefficient, 1/K. */
const ALPHA_CU = 0.00393;
/** Charge current limit of the DC-DC into the 12 V battery. */
const AUX_CHARGE_MAX_A = 30;

/** Inputs the ECUs drive through their actuator channels (via the host). Mutate fields in place. */
export class Actuators {
	/** Motor shaft torque request to the inverter; negative regenerates. Clamped to the available torque. */
	motor_torque_cmd_nm = 0;
	inverter_enable = false;
	/** HV main contactor; the inverter and the DC-DC have no supply while it is open. */
	contactor_closed = false;
	/** Hydraulic pressure request for the front circuit; the rear gets `brake_rear_ratio` of it. */
	brake_pressure_cmd_bar = 0;
	/** Road-wheel angle request of the steer-by-wire rack; positive steers left. */
	steer_angle_cmd_deg = 0;
	dcdc_enable = true;
	/** Electrical load on the 12 V net (ECUs, pumps, lamps); the BCM adds lamps here. */
	aux_load_w = 300;
}

/** Plant-level fault injection knobs (docs/faults.md, plant level: overtemp, cell fault, low friction). */
export class PlantFaults {
	/** Multiplies the road friction coefficient (0.2 ≈ ice). */
	friction_scale = 1;
	/** Multiplies the motor's thermal conductance to the coolant (0 = cooling lost ⇒ overtemperature). */
	motor_cooling_scale = 1;
	/** Multiplies the pack internal resistance (ageing, a bad connection). */
	pack_r_scale = 1;
	/** Voltage lost by one faulty cell, subtracted from the pack OCV. */
	cell_voltage_drop_v = 0;
}

/** Plant outputs: a flat object of numbers (flags are 0/1) that sensor channels and plots read. */
export class PlantState {
	time_s = 0;
	// longitudinal
	speed_mps = 0;
	accel_mps2 = 0;
	/** Signed position along the path (scenario coordinates). */
	distance_m = 0;
	odometer_m = 0;
	grade_pct = 0;
	mu = 0;
	/** 1 while the rear tyres cannot transmit the motor torque (ideal traction control cuts it). */
	traction_limited = 0;
	wheel_speed_fl_mps = 0;
	wheel_speed_fr_mps = 0;
	wheel_speed_rl_mps = 0;
	wheel_speed_rr_mps = 0;
	// motor and inverter
	motor_speed_rpm = 0;
	motor_torque_nm = 0;
	motor_torque_avail_nm = 0;
	phase_current_a = 0;
	motor_temp_c = 0;
	inverter_temp_c = 0;
	dc_link_v = 0;
	// HV battery
	pack_voltage_v = 0;
	pack_ocv_v = 0;
	pack_current_a = 0;
	pack_power_w = 0;
	soc_true = 0;
	pack_temp_c = 0;
	pack_r_ohm = 0;
	// 12 V
	aux_12v_v = 0;
	aux_current_a = 0;
	aux_soc = 0;
	// brakes and steering
	brake_pressure_front_bar = 0;
	brake_pressure_rear_bar = 0;
	steer_angle_deg = 0;
	yaw_rate_dps = 0;
	lat_accel_mps2 = 0;
	heading_deg = 0;
	x_m = 0;
	y_m = 0;
	// environment
	front_distance_m = 0;
	/** Obstacle speed minus own speed (negative = closing); 0 when nothing is in range. */
	front_rel_speed_mps = 0;
	/** Latched 1 once the front bumper reached an obstacle. */
	collision = 0;
	ambient_lux = 0;
	ambient_temp_c = 0;
	// energy accounts, J, integrated since start (pack: terminal energy delivered, negative when charged)
	e_pack_j = 0;
	/** OCV·I: chemical energy taken from the cells = e_pack_j + e_loss_batt_j. */
	e_chem_j = 0;
	/** Work done by the motor shaft (T·ω); negative in regeneration. */
	e_mech_j = 0;
	e_aux_j = 0;
	e_loss_batt_j = 0;
	e_loss_cu_j = 0;
	e_loss_fe_j = 0;
	e_loss_inv_j = 0;
	e_loss_gear_j = 0;
	e_loss_brake_j = 0;
	e_loss_drag_j = 0;
	e_loss_roll_j = 0;
	/** m·g·Δh gained on grades. */
	e_potential_j = 0;
	/** ½·m_eff·v² now (includes wheel and motor rotation). */
	e_kinetic_j = 0;
}

/** Longitudinal, electrical, thermal and lateral vehicle model; call `step(dt_s)` every tick. */
export class Plant {
	/** Mutable inputs written by the ECU host. */
	readonly act = new Actuators();
	/** Fault knobs; mutate in place. */
	readonly faults = new PlantFaults();
	/** Outputs; read-only for everyone but the plant. */
	readonly s = new PlantState();
	readonly params: Readonly<VehicleParams>;
	readonly scenario: Readonly<ResolvedScenario>;

	readonly #m_eff: number;
	readonly #c_drag: number;
	readonly #w_base: number;
	readonly #w_max: number;
	// Road segments as parallel arrays; the first one (from -∞) carries the scenario defaults.
	readonly #seg_from: Float64Array;
	readonly #seg_sin: Float64Array;
	readonly #seg_cos: Float64Array;
	readonly #seg_mu: Float64Array;
	readonly #seg_pct: Float64Array;
	#seg = 0;
	#t_us = 0;
	#heading_rad = 0;
	#accel_prev = 0;
	#daylight_lux = 0;
	#daylight_next_s = 0;

	/** Builds a plant at rest (or at `scenario.initial`); throws on bad parameters or scenario data. */
	constructor(params: Partial<VehicleParams> = {}, scenario?: Scenario) {
		const p = resolveParams(params);
		this.params = Object.freeze(p);
		const sc = resolveScenario(scenario, { mu: p.mu_road, soc: p.initial_soc });
		this.scenario = sc;
		this.#m_eff = effectiveMass(p);
		this.#c_drag = 0.5 * p.air_density_kgpm3 * p.cd * p.frontal_area_m2;
		this.#w_base = p.motor_max_power_w / p.motor_max_torque_nm;
		this.#w_max = p.motor_max_speed_rpm * RPM;

		const n = sc.segments.length + 1;
		this.#seg_from = new Float64Array(n);
		this.#seg_sin = new Float64Array(n);
		this.#seg_cos = new Float64Array(n);
		this.#seg_mu = new Float64Array(n);
		this.#seg_pct = new Float64Array(n);
		const put = (i: number, from: number, pct: number, mu: number) => {
			const g = pct / 100;
			this.#seg_from[i] = from;
			this.#seg_pct[i] = pct;
			this.#seg_sin[i] = g / Math.sqrt(1 + g * g);
			this.#seg_cos[i] = 1 / Math.sqrt(1 + g * g);
			this.#seg_mu[i] = mu;
		};
		put(0, -Infinity, sc.grade_pct, sc.mu);
		sc.segments.forEach((g, i) => put(i + 1, g.from_m, g.grade_pct, g.mu));

		const s = this.s;
		const ini = sc.initial;
		s.speed_mps = ini.speed_mps;
		s.distance_m = ini.distance_m;
		s.x_m = ini.x_m;
		s.y_m = ini.y_m;
		this.#heading_rad = ini.heading_deg * DEG;
		s.heading_deg = ini.heading_deg;
		s.soc_true = ini.soc;
		s.aux_soc = 0.9;
		s.ambient_temp_c = sc.ambient_temp_c;
		s.motor_temp_c = s.inverter_temp_c = sc.ambient_temp_c + p.coolant_temp_offset_c;
		s.pack_temp_c = sc.ambient_temp_c;
		s.pack_ocv_v = s.pack_voltage_v = cellOcv(ini.soc) * p.pack_cells_series;
		s.pack_r_ohm = p.pack_r_ohm;
		s.aux_12v_v = auxOcv(s.aux_soc);
		s.e_kinetic_j = 0.5 * this.#m_eff * ini.speed_mps * ini.speed_mps;
		this.#seekSegment(s.distance_m);
		s.mu = this.#seg_mu[this.#seg];
		s.grade_pct = this.#seg_pct[this.#seg];
		this.#updateEnvironment();
	}

	/** Translational plus reflected rotational mass used for acceleration, kg. */
	get effectiveMass_kg(): number {
		return this.#m_eff;
	}

	/** Motor torque available at a motor speed (rad/s): constant torque, then constant power, fading out at max speed. */
	torqueAvailable(w_rad_s: number): number {
		const w = Math.abs(w_rad_s);
		const p = this.params;
		let t = w <= this.#w_base ? p.motor_max_torque_nm : p.motor_max_power_w / w;
		const fade = 0.97 * this.#w_max;
		if (w > fade) t *= Math.max(0, (this.#w_max - w) / (this.#w_max - fade));
		return t;
	}

	/** Advances the plant by dt_s seconds of virtual time (the scheduler uses 0.001). */
	step(dt_s: number): void {
		if (!(dt_s > 0 && dt_s <= 0.1)) throw new Error(`Plant.step: dt_s must be in (0, 0.1], got ${dt_s}`);
		const p = this.params;
		const a = this.act;
		const f = this.faults;
		const s = this.s;
		this.#t_us += Math.round(dt_s * 1e6);
		s.time_s = this.#t_us * 1e-6;

		// --- road under the wheels
		this.#seekSegment(s.distance_m);
		const sinT = this.#seg_sin[this.#seg];
		const cosT = this.#seg_cos[this.#seg];
		const mu = this.#seg_mu[this.#seg] * f.friction_scale;
		s.grade_pct = this.#seg_pct[this.#seg];
		s.mu = mu;

		// --- hydraulic brakes: first-order lag to the (clamped) request
		const pCmd = clampOrZero(a.brake_pressure_cmd_bar, 0, p.brake_max_pressure_bar);
		const kb = p.brake_tau_s > 0 ? Math.min(1, dt_s / p.brake_tau_s) : 1;
		s.brake_pressure_front_bar += (pCmd - s.brake_pressure_front_bar) * kb;
		s.brake_pressure_rear_bar += (pCmd * p.brake_rear_ratio - s.brake_pressure_rear_bar) * kb;

		// --- steer-by-wire rack: first-order lag with a slew-rate limit
		const dCmd = clampOrZero(a.steer_angle_cmd_deg, -p.steer_max_deg, p.steer_max_deg);
		let dd = (dCmd - s.steer_angle_deg) * (p.steer_tau_s > 0 ? Math.min(1, dt_s / p.steer_tau_s) : 1);
		const ddMax = p.steer_rate_max_dps * dt_s;
		if (dd > ddMax) dd = ddMax;
		else if (dd < -ddMax) dd = -ddMax;
		s.steer_angle_deg += dd;

		// --- battery state that the power electronics see this step
		const closed = a.contactor_closed;
		const ocv = cellOcv(s.soc_true) * p.pack_cells_series - f.cell_voltage_drop_v;
		const rPack = p.pack_r_ohm * f.pack_r_scale * Math.exp(p.pack_r_temp_coeff_per_k * (25 - s.pack_temp_c));
		const powered = closed && a.inverter_enable;

		// --- motor torque: inverter current loop as a first-order lag, limited by the torque/power envelope
		const v = s.speed_mps;
		const kRw = p.gear_ratio / p.wheel_radius_m; // motor rad/s per m/s
		const wm = v * kRw;
		const avail = this.torqueAvailable(wm);
		let tem = 0;
		if (powered) {
			const target = clampOrZero(a.motor_torque_cmd_nm, -avail, avail);
			const km = p.motor_torque_tau_s > 0 ? Math.min(1, dt_s / p.motor_torque_tau_s) : 1;
			tem = s.motor_torque_nm + (target - s.motor_torque_nm) * km;
			if (tem > avail) tem = avail;
			else if (tem < -avail) tem = -avail;
		}
		// With the gates off, the magnets still induce iron losses: they brake the shaft instead of
		// being supplied by the inverter.
		const awm = Math.abs(wm);
		const tIronDrag = !powered && awm > 1e-6 ? p.motor_iron_k1_w_s + p.motor_iron_k2_w_s2 * awm : 0;
		let tShaft = tem - (wm > 0 ? tIronDrag : wm < 0 ? -tIronDrag : 0);
		const eta = tShaft * wm >= 0 ? p.gear_efficiency : 1 / p.gear_efficiency;
		let fMotor = tShaft * kRw * eta;

		// --- axle loads with load transfer from last step's acceleration, friction limits per axle
		const wN = p.mass_kg * G * cosT;
		const transfer = (p.mass_kg * this.#accel_prev * p.cg_height_m) / p.wheelbase_m;
		const nFront = Math.max(0, (wN * (p.wheelbase_m - p.cg_to_front_m)) / p.wheelbase_m - transfer);
		const nRear = Math.max(0, (wN * p.cg_to_front_m) / p.wheelbase_m + transfer);
		const limFront = mu * nFront;
		const limRear = mu * nRear;
		s.traction_limited = 0;
		if (Math.abs(fMotor) > limRear) {
			// Ideal traction control: the inverter delivers only what the rear tyres transmit.
			fMotor = fMotor > 0 ? limRear : -limRear;
			tShaft = fMotor / (kRw * eta);
			tem = tShaft + (wm > 0 ? tIronDrag : wm < 0 ? -tIronDrag : 0);
			s.traction_limited = 1;
		}
		// Ideal ABS: brake force per axle never exceeds what the tyres hold; regen has priority at the rear.
		let bFront = (s.brake_pressure_front_bar * p.brake_front_nm_per_bar) / p.wheel_radius_m;
		if (bFront > limFront) bFront = limFront;
		let bRear = (s.brake_pressure_rear_bar * p.brake_rear_nm_per_bar) / p.wheel_radius_m;
		const regen = v !== 0 && fMotor * v < 0;
		const rearRoom = regen ? Math.max(0, limRear - Math.abs(fMotor)) : limRear;
		if (bRear > rearRoom) bRear = rearRoom;

		// --- longitudinal dynamics; friction-type forces (brakes, rolling) never reverse the car
		const fGrade = -p.mass_kg * G * sinT;
		const fRoll = p.crr * wN;
		const fDrag = -this.#c_drag * v * Math.abs(v);
		const fDrive = fMotor + fGrade;
		const fFric = bFront + bRear + fRoll;
		let vn: number;
		if (v !== 0) {
			const sg = v > 0 ? 1 : -1;
			vn = v + ((fDrive + fDrag - sg * fFric) / this.#m_eff) * dt_s;
			if (vn * sg < 0) vn = 0;
		} else if (Math.abs(fDrive) <= fFric) {
			vn = 0;
		} else {
			const sg = fDrive > 0 ? 1 : -1;
			vn = ((fDrive - sg * fFric) / this.#m_eff) * dt_s;
		}
		const vMid = 0.5 * (v + vn);
		const avMid = Math.abs(vMid);
		const ds = vMid * dt_s;
		s.accel_mps2 = (vn - v) / dt_s;
		this.#accel_prev = s.accel_mps2;
		s.speed_mps = vn;
		s.distance_m += ds;
		s.odometer_m += Math.abs(ds);

		// Work of each force over the step, evaluated at the mid-step speed so that their sum equals the
		// change in kinetic energy exactly (explicit Euler with forces held over the step).
		const wMid = vMid * kRw;
		s.e_loss_drag_j += this.#c_drag * v * Math.abs(v) * vMid * dt_s;
		s.e_loss_roll_j += fRoll * avMid * dt_s;
		s.e_loss_brake_j += (bFront + bRear) * avMid * dt_s;
		s.e_potential_j += -fGrade * ds;
		s.e_mech_j += tShaft * wMid * dt_s;
		s.e_loss_gear_j += (tShaft * wMid - fMotor * vMid) * dt_s;
		s.e_kinetic_j = 0.5 * this.#m_eff * vn * vn;

		// --- motor electrics: q-axis current for torque, d-axis current for field weakening above base speed
		const awMid = Math.abs(wMid);
		const pIron = p.motor_iron_k1_w_s * awMid + p.motor_iron_k2_w_s2 * awMid * awMid;
		let iPh = 0;
		let pCu = 0;
		let pInv = 0;
		let pDcInv = 0;
		if (powered) {
			const iq = tem / p.motor_kt_nm_per_a;
			const id =
				awMid > this.#w_base
					? p.motor_id_max_a * Math.min(1, (awMid - this.#w_base) / Math.max(1e-9, this.#w_max - this.#w_base))
					: 0;
			iPh = Math.sqrt(iq * iq + id * id);
			const rs = p.motor_rs_ohm * (1 + ALPHA_CU * (s.motor_temp_c - 20));
			pCu = 3 * rs * iPh * iPh;
			pInv = 3 * p.inverter_v0_v * iPh + 3 * p.inverter_r_ohm * iPh * iPh + p.inverter_idle_w;
			pDcInv = tem * wMid + pCu + pIron + pInv;
			s.e_loss_fe_j += pIron * dt_s;
		} else {
			s.e_loss_fe_j += tIronDrag * awMid * dt_s;
		}
		s.e_loss_cu_j += pCu * dt_s;
		s.e_loss_inv_j += pInv * dt_s;

		// --- 12 V net: the DC-DC holds the setpoint and charges the battery while HV is up
		const pLoad = a.aux_load_w > 0 ? a.aux_load_w : 0;
		const ocv12 = auxOcv(s.aux_soc);
		let iBatt12: number; // into the 12 V battery
		let v12: number;
		let pDcdcIn = 0;
		if (closed && a.dcdc_enable) {
			v12 = p.dcdc_setpoint_v;
			iBatt12 = Math.min((v12 - ocv12) / p.aux_batt_r_ohm, AUX_CHARGE_MAX_A);
			let pOut = pLoad + v12 * iBatt12;
			if (pOut > p.dcdc_max_power_w) {
				// Current-limited: the bus sags to the battery's terminal voltage.
				pOut = p.dcdc_max_power_w;
				iBatt12 = (pOut - pLoad) / p.dcdc_setpoint_v;
				v12 = ocv12 + iBatt12 * p.aux_batt_r_ohm;
			}
			pDcdcIn = pOut / p.dcdc_efficiency;
		} else {
			iBatt12 = -pLoad / ocv12;
			v12 = ocv12 + iBatt12 * p.aux_batt_r_ohm;
		}
		s.aux_soc = Math.min(1, Math.max(0, s.aux_soc + (iBatt12 * dt_s) / (3600 * p.aux_batt_capacity_ah)));
		s.aux_12v_v = v12;
		s.aux_current_a = iBatt12;
		s.e_aux_j += pDcdcIn * dt_s;

		// --- HV pack: current from power through the internal resistance, Vt = OCV − I·R
		let iPack = 0;
		let vt = ocv;
		if (closed) {
			let pPack = pDcInv + pDcdcIn;
			const pMax = (ocv * ocv) / (4 * rPack);
			if (pPack > pMax) pPack = pMax; // beyond the maximum-power point no current can deliver more
			// Rationalised root of R·I² − OCV·I + P = 0: accurate when R·P ≪ OCV².
			iPack = (2 * pPack) / (ocv + Math.sqrt(ocv * ocv - 4 * rPack * pPack));
			vt = ocv - iPack * rPack;
			s.dc_link_v = vt;
		} else {
			s.dc_link_v -= s.dc_link_v * Math.min(1, dt_s / p.dc_link_discharge_tau_s);
		}
		s.soc_true -= (iPack * dt_s) / (3600 * p.pack_capacity_ah);
		s.pack_ocv_v = ocv;
		s.pack_voltage_v = vt;
		s.pack_current_a = iPack;
		s.pack_power_w = vt * iPack;
		s.pack_r_ohm = rPack;
		const pBattLoss = iPack * iPack * rPack;
		s.e_pack_j += vt * iPack * dt_s;
		s.e_chem_j += ocv * iPack * dt_s;
		s.e_loss_batt_j += pBattLoss * dt_s;

		s.motor_speed_rpm = (vn * kRw) / RPM;
		s.motor_torque_nm = tem;
		s.motor_torque_avail_nm = powered ? avail : 0;
		s.phase_current_a = iPh;

		// --- thermal RC networks (coolant loop at ambient + offset)
		const tCool = s.ambient_temp_c + p.coolant_temp_offset_c;
		const pMotorHeat = pCu + (powered ? pIron : tIronDrag * awMid);
		s.motor_temp_c +=
			((pMotorHeat - ((s.motor_temp_c - tCool) * f.motor_cooling_scale) / p.motor_thermal_res_k_per_w) * dt_s) /
			p.motor_thermal_cap_j_per_k;
		s.inverter_temp_c +=
			((pInv - (s.inverter_temp_c - tCool) / p.inverter_thermal_res_k_per_w) * dt_s) / p.inverter_thermal_cap_j_per_k;
		s.pack_temp_c +=
			((pBattLoss - (s.pack_temp_c - s.ambient_temp_c) / p.pack_thermal_res_k_per_w) * dt_s) /
			p.pack_thermal_cap_j_per_k;

		// --- lateral: steady-state bicycle model about the rear axle, yaw limited by tyre grip
		const delta = s.steer_angle_deg * DEG;
		let yaw = (vMid * Math.tan(delta)) / (p.wheelbase_m + p.understeer_s2pm * vMid * vMid);
		if (avMid > 0.1 && Math.abs(yaw) * avMid > mu * G) yaw = ((yaw > 0 ? 1 : -1) * mu * G) / avMid;
		const hMid = this.#heading_rad + 0.5 * yaw * dt_s;
		this.#heading_rad += yaw * dt_s;
		s.x_m += ds * Math.cos(hMid);
		s.y_m += ds * Math.sin(hMid);
		s.yaw_rate_dps = yaw / DEG;
		s.lat_accel_mps2 = yaw * vMid;
		s.heading_deg = wrapDeg(this.#heading_rad / DEG);
		const half = 0.5 * p.track_m * yaw;
		const cosD = Math.cos(delta);
		s.wheel_speed_rl_mps = vn - half;
		s.wheel_speed_rr_mps = vn + half;
		s.wheel_speed_fl_mps = (vn - half) / cosD;
		s.wheel_speed_fr_mps = (vn + half) / cosD;

		this.#updateEnvironment();
	}

	/** A plain copy of the state (allocates; not for the hot path). */
	snapshot(): PlantState {
		return Object.assign(new PlantState(), this.s);
	}

	#seekSegment(pos: number): void {
		const from = this.#seg_from;
		let i = this.#seg;
		// The car moves at most a few centimetres per step, so walking from the last segment is O(1).
		while (i + 1 < from.length && pos >= from[i + 1]) i++;
		while (i > 0 && pos < from[i]) i--;
		this.#seg = i;
	}

	#updateEnvironment(): void {
		const s = this.s;
		const sc = this.scenario;
		const t = s.time_s;
		let lux = -1;
		const tunnels = sc.tunnels;
		for (let i = 0; i < tunnels.length; i++) {
			if (s.distance_m >= tunnels[i].from_m && s.distance_m < tunnels[i].to_m) {
				lux = tunnels[i].lux;
				break;
			}
		}
		// Daylight changes over minutes; re-evaluating it once per virtual second keeps pow/sin off the 1 kHz path.
		if (t >= this.#daylight_next_s) {
			this.#daylight_lux = daylightLux(sc.time_of_day_h + t / 3600);
			this.#daylight_next_s = Math.floor(t) + 1;
		}
		s.ambient_lux = lux >= 0 ? lux : this.#daylight_lux;

		const front = s.distance_m + this.params.front_overhang_m;
		let best = this.params.front_sensor_range_m;
		let rel = 0;
		const obstacles = sc.obstacles;
		for (let i = 0; i < obstacles.length; i++) {
			const ob = obstacles[i];
			if (t < ob.appear_s || t >= ob.vanish_s) continue;
			const gap = ob.s_m + ob.speed_mps * (t - ob.appear_s) - front;
			if (gap < -ob.length_m) continue; // behind us
			if (gap <= 0) s.collision = 1;
			const d = gap > 0 ? gap : 0;
			if (d < best) {
				best = d;
				rel = ob.speed_mps - s.speed_mps;
			}
		}
		s.front_distance_m = best;
		s.front_rel_speed_mps = rel;
	}
}

/** Clamps to [lo, hi]; NaN (an unset channel) reads as 0 clamped, never poisons the state. */
function clampOrZero(x: number, lo: number, hi: number): number {
	if (!(x === x)) x = 0;
	return x < lo ? lo : x > hi ? hi : x;
}

function wrapDeg(d: number): number {
	const w = d % 360;
	return w > 180 ? w - 360 : w <= -180 ? w + 360 : w;
}
