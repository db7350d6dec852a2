/**
 * Driver model: turns a target speed trace into accelerator and brake pedal positions the way a
 * calibrated test driver does — looks ahead on the trace (feed-forward), corrects the error (PI), moves
 * the pedals at finite rates and never presses both: the foot leaves one pedal before reaching the other.
 */
import type { DriveProfile } from './profiles';

/** Tuning and the driver's rough knowledge of the car; units in the names. */
export interface DriverParams {
	/** Mass the driver "feels", including rotating parts. */
	mass_kg: number;
	/** Wheel force at full accelerator at low speed (full motor torque through the gear). */
	drive_force_full_n: number;
	/** Deceleration at full brake pedal. */
	brake_decel_full_mps2: number;
	/** Road-load estimate used for feed-forward: F = crr·m·g + ½·ρ·Cd·A·v². */
	crr: number;
	cda_m2: number;
	/** How far ahead on the trace the driver reads the target slope. */
	lookahead_s: number;
	/** Proportional gain: demanded acceleration per m/s of speed error. */
	kp_per_s: number;
	/** Integral gain: demanded acceleration per metre of accumulated speed error. */
	ki_per_s2: number;
	accel_rate_up_per_s: number;
	accel_rate_down_per_s: number;
	brake_rate_up_per_s: number;
	brake_rate_down_per_s: number;
	/** Time the foot needs to move between the pedals. */
	pedal_switch_s: number;
	/** Deceleration demands smaller than this are left to coasting rather than braking. */
	coast_band_mps2: number;
	/** Brake pedal held while waiting at standstill (keeps the car from creeping or rolling). */
	hold_brake: number;
}

/** A driver of DEFAULT_PARAMS' car. */
export const DEFAULT_DRIVER: Readonly<DriverParams> = Object.freeze({
	mass_kg: 1870,
	drive_force_full_n: (310 * 9 * 0.97) / 0.33,
	brake_decel_full_mps2: 9,
	crr: 0.01,
	cda_m2: 0.28 * 2.3,
	lookahead_s: 0.5,
	kp_per_s: 0.5,
	ki_per_s2: 0.05,
	accel_rate_up_per_s: 1.5,
	accel_rate_down_per_s: 3,
	brake_rate_up_per_s: 3,
	brake_rate_down_per_s: 3,
	pedal_switch_s: 0.2,
	coast_band_mps2: 0.05,
	hold_brake: 0.3
});

/** Pedal positions, 0..1. */
export interface DriverCommand {
	accel: number;
	brake: number;
}

const G = 9.80665;

/** PI + look-ahead feed-forward speed follower with human pedal limits; outputs pedals in [0, 1]. */
export class DriverModel {
	readonly params: Readonly<DriverParams>;
	/** Accelerator pedal position, 0..1. */
	accel_pedal = 0;
	/** Brake pedal position, 0..1. */
	brake_pedal = 0;
	#integral_m = 0;
	#switch_left_s = 0;
	readonly #cmd: DriverCommand = { accel: 0, brake: 0 };

	/** Throws naming the parameter if any override is not a finite non-negative number. */
	constructor(params: Partial<DriverParams> = {}) {
		const p: DriverParams = { ...DEFAULT_DRIVER };
		for (const [k, v] of Object.entries(params)) {
			if (!(k in DEFAULT_DRIVER)) throw new Error(`DriverParams: unknown parameter '${k}'`);
			if (v === undefined) continue;
			if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
				throw new Error(`DriverParams.${k} must be a finite number ≥ 0, got ${String(v)}`);
			}
			(p as unknown as Record<string, number>)[k] = v;
		}
		for (const k of ['mass_kg', 'drive_force_full_n', 'brake_decel_full_mps2', 'lookahead_s'] as const) {
			if (p[k] <= 0) throw new Error(`DriverParams.${k} must be > 0, got ${p[k]}`);
		}
		this.params = Object.freeze(p);
	}

	/** Forgets the accumulated error and lifts both feet. */
	reset(): void {
		this.accel_pedal = 0;
		this.brake_pedal = 0;
		this.#integral_m = 0;
		this.#switch_left_s = 0;
	}

	/** One step following `profile` at time t_s (reads the target now and `lookahead_s` ahead). */
	follow(profile: DriveProfile, t_s: number, speed_mps: number, dt_s: number): void {
		this.step(dt_s, profile.speedAt(t_s), profile.speedAt(t_s + this.params.lookahead_s), speed_mps);
	}

	/**
	 * One step for a host that owns the trace: `ahead(dt)` gives the target dt seconds from now. Returns
	 * the pedals in an object that is reused on every call (no allocation per tick).
	 */
	update(
		target_mps: number,
		speed_mps: number,
		dt_s: number,
		ahead?: (dt_ahead_s: number) => number
	): DriverCommand {
		this.step(dt_s, target_mps, ahead ? ahead(this.params.lookahead_s) : target_mps, speed_mps);
		this.#cmd.accel = this.accel_pedal;
		this.#cmd.brake = this.brake_pedal;
		return this.#cmd;
	}

	/** One step from explicit targets: target now, target `lookahead_s` ahead, measured speed. */
	step(dt_s: number, target_mps: number, target_ahead_mps: number, speed_mps: number): void {
		const p = this.params;
		let wantAccel = 0;
		let wantBrake = 0;
		if (target_mps <= 0.05 && target_ahead_mps <= 0.05 && speed_mps < 0.5) {
			// Waiting: hold the car on the brake, no throttle, nothing to integrate.
			this.#integral_m = 0;
			wantBrake = p.hold_brake;
		} else {
			const err = target_mps - speed_mps;
			const aFf = (target_ahead_mps - target_mps) / p.lookahead_s;
			const aDemand = aFf + p.kp_per_s * err + p.ki_per_s2 * this.#integral_m;
			const v = Math.abs(speed_mps);
			const fRoad = p.crr * p.mass_kg * G + 0.5 * 1.2 * p.cda_m2 * v * v;
			const force = p.mass_kg * aDemand + fRoad;
			if (force >= 0) wantAccel = force / p.drive_force_full_n;
			else if (-force > p.coast_band_mps2 * p.mass_kg) wantBrake = -force / (p.mass_kg * p.brake_decel_full_mps2);
			// Anti-windup: stop integrating while a pedal is saturated in the direction of the error.
			const saturated = (wantAccel >= 1 && err > 0) || (wantBrake >= 1 && err < 0);
			if (!saturated) this.#integral_m += err * dt_s;
		}
		if (wantAccel > 1) wantAccel = 1;
		if (wantBrake > 1) wantBrake = 1;

		// The foot is on at most one pedal; moving across costs `pedal_switch_s` with both released.
		if (wantBrake > 0 && this.accel_pedal > 0) {
			this.accel_pedal = approach(this.accel_pedal, 0, p.accel_rate_down_per_s * dt_s);
			if (this.accel_pedal === 0) this.#switch_left_s = p.pedal_switch_s;
			return;
		}
		if (wantAccel > 0 && this.brake_pedal > 0) {
			this.brake_pedal = approach(this.brake_pedal, 0, p.brake_rate_down_per_s * dt_s);
			if (this.brake_pedal === 0) this.#switch_left_s = p.pedal_switch_s;
			return;
		}
		if (this.#switch_left_s > 0) {
			this.#switch_left_s -= dt_s;
			return;
		}
		this.accel_pedal = approach(
			this.accel_pedal,
			wantAccel,
			(wantAccel > this.accel_pedal ? p.accel_rate_up_per_s : p.accel_rate_down_per_s) * dt_s
		);
		this.brake_pedal = approach(
			this.brake_pedal,
			wantBrake,
			(wantBrake > this.brake_pedal ? p.brake_rate_up_per_s : p.brake_rate_down_per_s) * dt_s
		);
	}
}

function approach(x: number, target: number, maxStep: number): number {
	if (target > x) return x + maxStep >= target ? target : x + maxStep;
	return x - maxStep <= target ? target : x - maxStep;
}
