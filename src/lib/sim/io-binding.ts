/**
 * Wires each ECU's IO channels to the plant and the driver: `sense` fills the ECU's input channels from the
 * plant's state and the driver's controls before its tick; `actuate` applies its output channels to the
 * plant's actuators. Channel numbers and units come from io-channels.ts (mirror of io_channels.h).
 */
import { IO } from './io-channels';
import type { Plant } from './plant/plant';

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
	sense(plant: Plant, d: DriverInputs, inputs: Int32Array): void;
	/** `halted`: the ECU trapped; its outputs drop to their reset state (0). */
	actuate(outputs: Int32Array, plant: Plant, halted: boolean): void;
}

const NONE: IoBinding = { sense() {}, actuate() {} };

const b = (x: boolean): number => (x ? 1 : 0);

const bcm: IoBinding = {
	sense(plant, d, io) {
		const c = IO.bcm;
		io[c.AMBIENT_LUX.ch] = Math.round(plant.s.ambient_lux);
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

const cvc: IoBinding = {
	sense(plant, d, io) {
		const c = IO.cvc;
		const pedal = Math.round(Math.min(1, Math.max(0, d.accel)) * 1000);
		io[c.PEDAL_S1.ch] = pedal;
		io[c.PEDAL_S2.ch] = pedal;
		io[c.BRAKE_PEDAL.ch] = Math.round(Math.min(1, Math.max(0, d.brake)) * 1000);
		io[c.STEERING_WHEEL.ch] = Math.round(d.steer_deg * 100);
		io[c.GEAR_SELECTOR.ch] = d.gear;
		io[c.ESTOP_BUTTON.ch] = b(d.estop);
		void plant;
	},
	actuate() {}
};

const fzc: IoBinding = {
	sense(plant, _d, io) {
		const c = IO.fzc;
		io[c.STEER_FEEDBACK.ch] = Math.round(plant.s.steer_angle_deg * 100);
		io[c.BRAKE_PRESSURE.ch] = Math.round(plant.s.brake_pressure_front_bar * 100);
		io[c.FRONT_DISTANCE.ch] = Math.round(plant.s.front_distance_m * 100);
	},
	actuate(out, plant, halted) {
		const c = IO.fzc;
		plant.act.steer_angle_cmd_deg = halted ? plant.s.steer_angle_deg : out[c.STEER_ACTUATOR.ch] / 100;
		plant.act.brake_pressure_cmd_bar = halted ? 0 : (out[c.BRAKE_ACTUATOR.ch] / 1000) * plant.params.brake_max_pressure_bar;
	}
};

const rzc: IoBinding = {
	sense(plant, _d, io) {
		const c = IO.rzc;
		const s = plant.s;
		io[c.PHASE_CURRENT.ch] = Math.round(s.phase_current_a * 10);
		io[c.MOTOR_TEMP.ch] = Math.round(s.motor_temp_c * 10);
		io[c.INVERTER_TEMP.ch] = Math.round(s.inverter_temp_c * 10);
		io[c.MOTOR_SPEED.ch] = Math.round(s.motor_speed_rpm);
		io[c.BATTERY_V.ch] = Math.round(s.pack_voltage_v * 1000);
		io[c.BATTERY_I.ch] = Math.round(s.pack_current_a * 10);
		io[c.BATTERY_TEMP.ch] = Math.round(s.pack_temp_c * 10);
		io[c.AUX_V.ch] = Math.round(s.aux_12v_v * 1000);
		io[c.WHEEL_SPEED_FL.ch] = Math.round(s.wheel_speed_fl_mps * 360);
		io[c.WHEEL_SPEED_FR.ch] = Math.round(s.wheel_speed_fr_mps * 360);
		io[c.WHEEL_SPEED_RL.ch] = Math.round(s.wheel_speed_rl_mps * 360);
		io[c.WHEEL_SPEED_RR.ch] = Math.round(s.wheel_speed_rr_mps * 360);
		io[c.INVERTER_ENABLE_FB.ch] = b(plant.act.inverter_enable);
	},
	actuate(out, plant, halted) {
		const c = IO.rzc;
		plant.act.motor_torque_cmd_nm = halted ? 0 : out[c.MOTOR_TORQUE_CMD.ch] / 10;
		plant.act.inverter_enable = !halted && out[c.INVERTER_ENABLE.ch] !== 0;
		plant.act.contactor_closed = !halted && out[c.CONTACTOR.ch] === 2;
	}
};

/** The binding of one ECU by name; ECUs without IO (TCU) get a no-op binding. */
export function bindEcuIo(name: string): IoBinding {
	switch (name) {
		case 'bcm':
			return bcm;
		case 'cvc':
			return cvc;
		case 'fzc':
			return fzc;
		case 'rzc':
			return rzc;
		default:
			return NONE;
	}
}
