/*
 * IO channel contract (mirrored by src/lib/sim/io-channels.ts; io-channels.spec.ts checks they agree).
 *
 * Every ECU has its own channel space, like pins on its own chip: the host keeps IO_CHANNEL_COUNT input
 * and output slots per ECU (src/lib/sim/ecu-host.ts). Inputs (sensors, switches; read with io_read) use
 * 0..31, outputs (actuators, lamps, display; written with io_write) use 32..63, so a number alone says the
 * direction. Values are int32 in the integer unit given in brackets, e.g. [0.01 km/h] means 1234 = 12.34 km/h.
 * Comment format, parsed by the spec: "in [unit] text" or "out [unit] text".
 *
 * Only the BCM is implemented now; the other ECUs' channels are reserved with their names and units so the
 * plant and the firmware can be written against them.
 */
#ifndef IO_CHANNELS_H
#define IO_CHANNELS_H

#define IO_CHANNEL_COUNT 64U
#define IO_INPUT_FIRST   0U
#define IO_OUTPUT_FIRST  32U

/* ---- BCM, body control module ---- */
#define IO_BCM_AMBIENT_LUX        0U  /* in [lx] ambient light sensor, 0..200000 (full sun ~120000); < 0 = sensor fault */
#define IO_BCM_LIGHT_SWITCH       1U  /* in [enum] light stalk 0 OFF, 1 AUTO, 2 LOW, 3 HIGH (BodyCommand wins while received) */
#define IO_BCM_TURN_STALK         2U  /* in [enum] indicator stalk 0 OFF, 1 LEFT, 2 RIGHT */
#define IO_BCM_HAZARD_SWITCH      3U  /* in [bool] hazard switch, 1 = pressed (latching switch) */
#define IO_BCM_DOOR_OPEN_FL       4U  /* in [bool] front left door open */
#define IO_BCM_DOOR_OPEN_FR       5U  /* in [bool] front right door open */
#define IO_BCM_DOOR_OPEN_RL       6U  /* in [bool] rear left door open */
#define IO_BCM_DOOR_OPEN_RR       7U  /* in [bool] rear right door open */
#define IO_BCM_LOCK_BUTTON        8U  /* in [enum] central lock button 0 NONE, 1 LOCK, 2 UNLOCK (acts on the press) */
#define IO_BCM_HEADLAMP_LOW      32U  /* out [bool] low beam */
#define IO_BCM_HEADLAMP_HIGH     33U  /* out [bool] high beam */
#define IO_BCM_TAIL_LAMP         34U  /* out [bool] tail and position lamps */
#define IO_BCM_BRAKE_LAMP        35U  /* out [bool] brake lamps */
#define IO_BCM_REVERSE_LAMP      36U  /* out [bool] reversing lamps */
#define IO_BCM_TURN_LEFT_LAMP    37U  /* out [bool] left indicator lamps (flash phase applied) */
#define IO_BCM_TURN_RIGHT_LAMP   38U  /* out [bool] right indicator lamps (flash phase applied) */
#define IO_BCM_DOOR_LOCK         39U  /* out [bool] central lock actuator, 1 = locked */

/* ---- CVC, central vehicle computer (reserved) ---- */
#define IO_CVC_PEDAL_S1           0U  /* in [0.1 %] accelerator pedal sensor 1, 0..1000 */
#define IO_CVC_PEDAL_S2           1U  /* in [0.1 %] accelerator pedal sensor 2 (redundant), 0..1000 */
#define IO_CVC_BRAKE_PEDAL        2U  /* in [0.1 %] brake pedal travel, 0..1000 */
#define IO_CVC_STEERING_WHEEL     3U  /* in [0.01 deg] steering wheel angle, positive = left */
#define IO_CVC_GEAR_SELECTOR      4U  /* in [enum] 0 P, 1 R, 2 N, 3 D */
#define IO_CVC_ESTOP_BUTTON       5U  /* in [bool] emergency stop button, 1 = pressed */
#define IO_CVC_LIGHT_SWITCH       6U  /* in [enum] light stalk 0 OFF, 1 AUTO, 2 LOW, 3 HIGH (forwarded to the BCM in BodyCommand) */
#define IO_CVC_TURN_STALK         7U  /* in [enum] indicator stalk 0 OFF, 1 LEFT, 2 RIGHT (forwarded in BodyCommand) */
#define IO_CVC_HAZARD_SWITCH      8U  /* in [bool] hazard switch, 1 = pressed (forwarded in BodyCommand) */
#define IO_CVC_LOCK_BUTTON        9U  /* in [enum] central lock button 0 NONE, 1 LOCK, 2 UNLOCK (forwarded in BodyCommand) */
#define IO_CVC_AUTO_LOCK_OFF     10U  /* in [bool] driver setting, 1 = auto-lock above 10 km/h disabled (0 = enabled) */

/* ---- FZC, front zone controller (reserved) ---- */
#define IO_FZC_STEER_FEEDBACK     0U  /* in [0.01 deg] measured road-wheel angle, positive = left */
#define IO_FZC_STEER_CURRENT      1U  /* in [mA] steer motor current */
#define IO_FZC_BRAKE_PRESSURE     2U  /* in [0.01 bar] front brake pressure */
#define IO_FZC_FRONT_DISTANCE     3U  /* in [cm] distance sensor, < 0 = sensor fault */
#define IO_FZC_STEER_ACTUATOR    32U  /* out [0.01 deg] road-wheel angle set point */
#define IO_FZC_BRAKE_ACTUATOR    33U  /* out [0.1 %] front brake force request, 0..1000 */

/* ---- RZC, rear zone controller (reserved) ---- */
#define IO_RZC_PHASE_CURRENT      0U  /* in [0.1 A] motor phase current (RMS) */
#define IO_RZC_MOTOR_TEMP         1U  /* in [0.1 degC] motor winding temperature */
#define IO_RZC_INVERTER_TEMP      2U  /* in [0.1 degC] inverter temperature */
#define IO_RZC_MOTOR_SPEED        3U  /* in [rpm] motor speed, signed */
#define IO_RZC_BATTERY_V          4U  /* in [mV] traction pack voltage */
#define IO_RZC_BATTERY_I          5U  /* in [0.1 A] pack current, positive = discharge */
#define IO_RZC_BATTERY_TEMP       6U  /* in [0.1 degC] pack temperature */
#define IO_RZC_AUX_V              7U  /* in [mV] 12 V auxiliary supply */
#define IO_RZC_WHEEL_SPEED_FL     8U  /* in [0.01 km/h] wheel speed front left */
#define IO_RZC_WHEEL_SPEED_FR     9U  /* in [0.01 km/h] wheel speed front right */
#define IO_RZC_WHEEL_SPEED_RL    10U  /* in [0.01 km/h] wheel speed rear left */
#define IO_RZC_WHEEL_SPEED_RR    11U  /* in [0.01 km/h] wheel speed rear right */
#define IO_RZC_INVERTER_ENABLE_FB 12U /* in [bool] inverter enable line after the SC kill relay */
#define IO_RZC_MOTOR_TORQUE_CMD  32U  /* out [0.1 Nm] torque set point to the inverter, signed */
#define IO_RZC_INVERTER_ENABLE   33U  /* out [bool] inverter enable request */
#define IO_RZC_CONTACTOR         34U  /* out [enum] contactor 0 OPEN, 1 PRECHARGE, 2 CLOSED */

/* ---- SC, safety controller (reserved) ---- */
#define IO_SC_KILL_RELAY         32U  /* out [bool] kill relay, 1 = closed (inverter enable and contactor powered) */

/* ---- ICU, instrument cluster (reserved) ---- */
#define IO_ICU_DISPLAY_SPEED     32U  /* out [0.1 km/h] speed shown to the driver */
#define IO_ICU_DISPLAY_SOC       33U  /* out [%] state of charge shown */
#define IO_ICU_DISPLAY_GEAR      34U  /* out [enum] 0 P, 1 R, 2 N, 3 D */
#define IO_ICU_TELLTALES         35U  /* out [bits] telltale lamps, bit n = ClusterDisplay telltale n (bit 0 Ready) */
#define IO_ICU_WARNING_TEXT      36U  /* out [enum] WarningTextId of the DBC */
#define IO_ICU_DISPLAY_POWER     37U  /* out [0.1 kW] battery power shown, negative = regeneration */

/* ---- TCU: no IO channels (bus only) ---- */

#endif /* IO_CHANNELS_H */
