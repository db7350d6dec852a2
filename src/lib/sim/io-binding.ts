/**
 * Wires each ECU's IO channels to the plant and the driver: `sense` fills the ECU's input channels from the
 * plant's state and the driver's controls before its tick; `actuate` applies its output channels to the
 * plant's actuators. Channel numbers and units come from io-channels.ts (mirror of io_channels.h).
 */
import { IO } from './io-channels';
import type { Plant } from './plant/plant';
import type { Rng } from './rng';
import { Sensor } from './sensors';

/** What the driver (keyboard, gamepad, autopilot) does to the car's controls. */
export interface DriverInputs {
	/** Accelerator pedal 0..1. */
	accel: number;
	/** Brake pedal 0..1. */
	brake: number;
	/** Steering wheel angle, degrees, positive = left. */
	steer_deg: number;
	/** 0 P, 1 R, 2 N, 3 D. */
	gear: number;
	estop: boolean;
	/** 0 off, 1 left, 2 right. */
	turnStalk: number;
	hazard: boolean;
	/** 0 OFF, 1 AUTO, 2 LOW, 3 HIGH. */
	lightSwitch: number;
	/** Doors open: front left, front right, rear left, rear right. */
	doorsOpen: [boolean, boolean, boolean, boolean];
	/** Central lock button: 0 none, 1 lock, 2 unlock. */
	lockButton: number;
}

export function defaultDriverInputs(): DriverInputs {
	return {
		accel: 0,
		brake: 0,
		steer_deg: 0,
		gear: 3,
		estop: false,
		turnStalk: 0,
		hazard: false,
		lightSwitch: 1,
		doorsOpen: [false, false, false, false],
		lockButton: 0
	};
}

export interface IoBinding {
	/**
	 * Fills the input channels. `slow`: the slow sensors convert too (every 10 ms, and at power-on); between
	 * their conversions their channels hold the last value, like an ADC sampled at 100 Hz. They are the ones
	 * whose reader needs no more: the CVC's pedals and steering wheel (its control task runs every 10 ms, on
	 * the same grid), temperatures, the 12 V supply, wheel speeds (sent every 10 ms) and ambient light. Each
	 * conversion draws noise, so fewer conversions cost less (docs/performance.md).
	 */
	sense(plant: Plant, d: DriverInputs, inputs: Int32Array, slow: boolean): void;
	/** `halted`: the ECU trapped; its outputs drop to their reset state (0). */
	actuate(outputs: Int32Array, plant: Plant, halted: boolean): void;
	/** The ECU's sensors by channel name, for fault injection. */
	readonly sensors: Readonly<Record<string, Sensor>>;
}

const b = (x: boolean): number => (x ? 1 : 0);
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** Builds the binding of one ECU by name; ECUs without IO (TCU) get a no-op binding. */
export function bindEcuIo(name: string, rng: Rng): IoBinding {
	switch (name) {
		case 'bcm': {
			const c = IO.bcm;
			const sensors = { AMBIENT_LUX: new Sensor({ scale: 1, noise: 2, min: 0, max: 100_000 }) };
			return {
				sensors,
				sense(plant, d, io, slow) {
					if (slow) io[c.AMBIENT_LUX.ch] = sensors.AMBIENT_LUX.read(plant.s.ambient_lux, rng);
					io[c.LIGHT_SWITCH.ch] = d.lightSwitch;
					io[c.TURN_STALK.ch] = d.turnStalk;
					io[c.HAZARD_SWITCH.ch] = b(d.hazard);
					io[c.DOOR_OPEN_FL.ch] = b(d.doorsOpen[0]);
					io[c.DOOR_OPEN_FR.ch] = b(d.doorsOpen[1]);
					io[c.DOOR_OPEN_RL.ch] = b(d.doorsOpen[2]);
					io[c.DOOR_OPEN_RR.ch] = b(d.doorsOpen[3]);
					io[c.LOCK_BUTTON.ch] = d.lockButton;
				},
				actuate() {
					// lamps and locks have no effect on the plant's dynamics
				}
			};
		}
		case 'cvc': {
			const c = IO.cvc;
			// two redundant pedal tracks with independent noise, as on a real dual-track pedal
			const pedal = { scale: 10, noise: 0.1, min: 0, max: 100 };
			const sensors = {
				PEDAL_S1: new Sensor(pedal),
				PEDAL_S2: new Sensor(pedal),
				BRAKE_PEDAL: new Sensor({ scale: 10, noise: 0.1, min: 0, max: 100 }),
				STEERING_WHEEL: new Sensor({ scale: 100, noise: 0.05, min: -540, max: 540 })
			};
			return {
				sensors,
				sense(_plant, d, io, slow) {
					if (slow) {
						io[c.PEDAL_S1.ch] = sensors.PEDAL_S1.read(clamp01(d.accel) * 100, rng);
						io[c.PEDAL_S2.ch] = sensors.PEDAL_S2.read(clamp01(d.accel) * 100, rng);
						io[c.BRAKE_PEDAL.ch] = sensors.BRAKE_PEDAL.read(clamp01(d.brake) * 100, rng);
						io[c.STEERING_WHEEL.ch] = sensors.STEERING_WHEEL.read(d.steer_deg, rng);
					}
					io[c.GEAR_SELECTOR.ch] = d.gear;
					io[c.ESTOP_BUTTON.ch] = b(d.estop);
					// the driver's switches are wired to the CVC, which forwards them to the BCM in BodyCommand
					io[c.LIGHT_SWITCH.ch] = d.lightSwitch;
					io[c.TURN_STALK.ch] = d.turnStalk;
					io[c.HAZARD_SWITCH.ch] = b(d.hazard);
					io[c.LOCK_BUTTON.ch] = d.lockButton;
					io[c.AUTO_LOCK_OFF.ch] = 0;
				},
				actuate() {}
			};
		}
		case 'fzc': {
			const c = IO.fzc;
			const sensors = {
				STEER_FEEDBACK: new Sensor({ scale: 100, noise: 0.02, min: -40, max: 40 }),
				BRAKE_PRESSURE: new Sensor({ scale: 100, noise: 0.2, min: 0, max: 250 }),
				FRONT_DISTANCE: new Sensor({ scale: 100, noise: 0.02, min: 0, max: 200 })
			};
			return {
				sensors,
				sense(plant, _d, io) {
					io[c.STEER_FEEDBACK.ch] = sensors.STEER_FEEDBACK.read(plant.s.steer_angle_deg, rng);
					io[c.BRAKE_PRESSURE.ch] = sensors.BRAKE_PRESSURE.read(plant.s.brake_pressure_front_bar, rng);
					io[c.FRONT_DISTANCE.ch] = sensors.FRONT_DISTANCE.read(plant.s.front_distance_m, rng);
				},
				actuate(out, plant, halted) {
					plant.act.steer_angle_cmd_deg = halted ? plant.s.steer_angle_deg : out[c.STEER_ACTUATOR.ch] / 100;
					plant.act.brake_pressure_cmd_bar = halted ? 0 : (out[c.BRAKE_ACTUATOR.ch] / 1000) * plant.params.brake_max_pressure_bar;
				}
			};
		}
		case 'rzc': {
			const c = IO.rzc;
			const wheel = { scale: 100, noise: 0.05, min: 0, max: 300 }; // km/h → 0.01 km/h
			const sensors = {
				PHASE_CURRENT: new Sensor({ scale: 10, noise: 0.5 }),
				MOTOR_TEMP: new Sensor({ scale: 10, noise: 0.1, min: -40, max: 250 }),
				INVERTER_TEMP: new Sensor({ scale: 10, noise: 0.1, min: -40, max: 250 }),
				MOTOR_SPEED: new Sensor({ scale: 1, noise: 1 }),
				BATTERY_V: new Sensor({ scale: 1000, noise: 0.05, min: 0, max: 1000 }),
				BATTERY_I: new Sensor({ scale: 10, noise: 0.2 }),
				BATTERY_TEMP: new Sensor({ scale: 10, noise: 0.05, min: -40, max: 120 }),
				AUX_V: new Sensor({ scale: 1000, noise: 0.01, min: 0, max: 20 }),
				WHEEL_SPEED_FL: new Sensor(wheel),
				WHEEL_SPEED_FR: new Sensor(wheel),
				WHEEL_SPEED_RL: new Sensor(wheel),
				WHEEL_SPEED_RR: new Sensor(wheel)
			};
			return {
				sensors,
				sense(plant, _d, io, slow) {
					const s = plant.s;
					// the inverter's current and speed and the pack's voltage and current every 1 ms: the
					// overcurrent and supply monitors act on them at once
					io[c.PHASE_CURRENT.ch] = sensors.PHASE_CURRENT.read(s.phase_current_a, rng);
					io[c.MOTOR_SPEED.ch] = sensors.MOTOR_SPEED.read(s.motor_speed_rpm, rng);
					io[c.BATTERY_V.ch] = sensors.BATTERY_V.read(s.pack_voltage_v, rng);
					io[c.BATTERY_I.ch] = sensors.BATTERY_I.read(s.pack_current_a, rng);
					if (slow) {
						io[c.MOTOR_TEMP.ch] = sensors.MOTOR_TEMP.read(s.motor_temp_c, rng);
						io[c.INVERTER_TEMP.ch] = sensors.INVERTER_TEMP.read(s.inverter_temp_c, rng);
						io[c.BATTERY_TEMP.ch] = sensors.BATTERY_TEMP.read(s.pack_temp_c, rng);
						io[c.AUX_V.ch] = sensors.AUX_V.read(s.aux_12v_v, rng);
						io[c.WHEEL_SPEED_FL.ch] = sensors.WHEEL_SPEED_FL.read(Math.abs(s.wheel_speed_fl_mps) * 3.6, rng);
						io[c.WHEEL_SPEED_FR.ch] = sensors.WHEEL_SPEED_FR.read(Math.abs(s.wheel_speed_fr_mps) * 3.6, rng);
						io[c.WHEEL_SPEED_RL.ch] = sensors.WHEEL_SPEED_RL.read(Math.abs(s.wheel_speed_rl_mps) * 3.6, rng);
						io[c.WHEEL_SPEED_RR.ch] = sensors.WHEEL_SPEED_RR.read(Math.abs(s.wheel_speed_rr_mps) * 3.6, rng);
					}
					io[c.INVERTER_ENABLE_FB.ch] = b(plant.act.inverter_enable);
				},
				actuate(out, plant, halted) {
					plant.act.motor_torque_cmd_nm = halted ? 0 : out[c.MOTOR_TORQUE_CMD.ch] / 10;
					plant.act.inverter_enable = !halted && out[c.INVERTER_ENABLE.ch] !== 0;
					plant.act.contactor_closed = !halted && out[c.CONTACTOR.ch] === 2;
				}
			};
		}
		case 'sc': {
			const c = IO.sc;
			return {
				sensors: {},
				sense() {},
				// The kill relay powers the inverter enable line and the contactor coil: open (0), or a halted
				// SC (its output drops), cuts both whatever the RZC asks. Runs after the RZC's actuate.
				actuate(out, plant, halted) {
					if (halted || out[c.KILL_RELAY.ch] === 0) {
						plant.act.inverter_enable = false;
						plant.act.contactor_closed = false;
					}
				}
			};
		}
		default:
			return { sensors: {}, sense() {}, actuate() {} };
	}
}
