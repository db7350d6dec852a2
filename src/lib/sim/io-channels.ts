/**
 * IO channel numbers of each ECU, mirroring sim-wasm/bsw/io_channels.h (io-channels.spec.ts checks that
 * they agree). Each ECU has its own channel space: inputs 0..31 (read by the firmware with `io_read`),
 * outputs 32..63 (written with `io_write`). Values are integers in the unit given, e.g. `0.01 km/h`.
 */

export type IoDirection = 'in' | 'out';

/** One channel: its number, direction and the integer unit of its value. */
export interface IoChannel {
	readonly ch: number;
	readonly dir: IoDirection;
	readonly unit: string;
}

export const IO_CHANNEL_COUNT = 64;
export const IO_INPUT_FIRST = 0;
export const IO_OUTPUT_FIRST = 32;

const inp = (ch: number, unit: string): IoChannel => ({ ch, dir: 'in', unit });
const out = (ch: number, unit: string): IoChannel => ({ ch, dir: 'out', unit });

/** Channels per ECU; `IO.bcm.AMBIENT_LUX.ch` is the number the BCM firmware reads. */
export const IO = {
	bcm: {
		AMBIENT_LUX: inp(0, 'lx'),
		LIGHT_SWITCH: inp(1, 'enum'), // 0 OFF, 1 AUTO, 2 LOW, 3 HIGH
		TURN_STALK: inp(2, 'enum'), // 0 OFF, 1 LEFT, 2 RIGHT
		HAZARD_SWITCH: inp(3, 'bool'),
		DOOR_OPEN_FL: inp(4, 'bool'),
		DOOR_OPEN_FR: inp(5, 'bool'),
		DOOR_OPEN_RL: inp(6, 'bool'),
		DOOR_OPEN_RR: inp(7, 'bool'),
		LOCK_BUTTON: inp(8, 'enum'), // 0 NONE, 1 LOCK, 2 UNLOCK
		HEADLAMP_LOW: out(32, 'bool'),
		HEADLAMP_HIGH: out(33, 'bool'),
		TAIL_LAMP: out(34, 'bool'),
		BRAKE_LAMP: out(35, 'bool'),
		REVERSE_LAMP: out(36, 'bool'),
		TURN_LEFT_LAMP: out(37, 'bool'),
		TURN_RIGHT_LAMP: out(38, 'bool'),
		DOOR_LOCK: out(39, 'bool')
	},
	cvc: {
		PEDAL_S1: inp(0, '0.1 %'),
		PEDAL_S2: inp(1, '0.1 %'),
		BRAKE_PEDAL: inp(2, '0.1 %'),
		STEERING_WHEEL: inp(3, '0.01 deg'),
		GEAR_SELECTOR: inp(4, 'enum'), // 0 P, 1 R, 2 N, 3 D
		ESTOP_BUTTON: inp(5, 'bool'),
		LIGHT_SWITCH: inp(6, 'enum'), // 0 OFF, 1 AUTO, 2 LOW, 3 HIGH
		TURN_STALK: inp(7, 'enum'), // 0 OFF, 1 LEFT, 2 RIGHT
		HAZARD_SWITCH: inp(8, 'bool'),
		LOCK_BUTTON: inp(9, 'enum'), // 0 NONE, 1 LOCK, 2 UNLOCK
		AUTO_LOCK_OFF: inp(10, 'bool')
	},
	fzc: {
		STEER_FEEDBACK: inp(0, '0.01 deg'),
		STEER_CURRENT: inp(1, 'mA'),
		BRAKE_PRESSURE: inp(2, '0.01 bar'),
		FRONT_DISTANCE: inp(3, 'cm'),
		STEER_ACTUATOR: out(32, '0.01 deg'),
		BRAKE_ACTUATOR: out(33, '0.1 %')
	},
	rzc: {
		PHASE_CURRENT: inp(0, '0.1 A'),
		MOTOR_TEMP: inp(1, '0.1 degC'),
		INVERTER_TEMP: inp(2, '0.1 degC'),
		MOTOR_SPEED: inp(3, 'rpm'),
		BATTERY_V: inp(4, 'mV'),
		BATTERY_I: inp(5, '0.1 A'),
		BATTERY_TEMP: inp(6, '0.1 degC'),
		AUX_V: inp(7, 'mV'),
		WHEEL_SPEED_FL: inp(8, '0.01 km/h'),
		WHEEL_SPEED_FR: inp(9, '0.01 km/h'),
		WHEEL_SPEED_RL: inp(10, '0.01 km/h'),
		WHEEL_SPEED_RR: inp(11, '0.01 km/h'),
		INVERTER_ENABLE_FB: inp(12, 'bool'),
		MOTOR_TORQUE_CMD: out(32, '0.1 Nm'),
		INVERTER_ENABLE: out(33, 'bool'),
		CONTACTOR: out(34, 'enum') // 0 OPEN, 1 PRECHARGE, 2 CLOSED
	},
	sc: {
		KILL_RELAY: out(32, 'bool')
	},
	icu: {
		DISPLAY_SPEED: out(32, '0.1 km/h'),
		DISPLAY_SOC: out(33, '%'),
		DISPLAY_GEAR: out(34, 'enum'),
		TELLTALES: out(35, 'bits'),
		WARNING_TEXT: out(36, 'enum'),
		DISPLAY_POWER: out(37, '0.1 kW') // negative = regeneration
	},
	tcu: {}
} as const satisfies Record<string, Record<string, IoChannel>>;

export type IoEcu = keyof typeof IO;
