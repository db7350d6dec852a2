/* icu_app: see icu_app.h. */
#include "icu_app.h"

#include <string.h>

#define ICU_US_PER_MS 1000U
#define ICU_FILTER_SHIFT 8U /* filter state in 1/256 of 0.01 km/h */

typedef struct {
	bool started;
	bool filter_valid;
	uint64_t last_us;
	int64_t speed_q; /* filtered over-read target, Q8 of 0.01 km/h */
} icu_app_state_t;

static icu_app_state_t icu;

/* Warning texts in priority order: the first whose condition holds is shown. Safety first, then faults
 * that change how the car drives, then information. */
static const uint8_t icu_warning_priority[] = {
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ESTOP_ACTIVE_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFETY_SHUTDOWN_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_EMERGENCY_BRAKING_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFE_STOP_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_COLLISION_WARNING_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BRAKE_FAULT_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_STEER_FAULT_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ECU_COMM_LOST_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_LIMP_MODE_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_MOTOR_OVERTEMP_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DEGRADED_POWER_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BATTERY_LOW_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DOOR_OPEN_CHOICE,
	VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SERVICE_REQUIRED_CHOICE,
};

void icu_app_init(void)
{
	(void)memset(&icu, 0, sizeof icu);
}

int32_t icu_app_true_speed(const icu_inputs_t *in)
{
	if (in->vs_valid) {
		return (int32_t)in->vs.vehicle_speed;
	} else if (in->wheels_valid) {
		/* CVC silent: the mean of the RZC's wheel speeds is the next best estimate */
		uint32_t sum = 0U;
		for (uint8_t i = 0U; i < 4U; i++) {
			sum += in->wheel_speed[i];
		}
		return (int32_t)(sum / 4U);
	} else {
		return -1;
	}
}

static uint32_t icu_div_ceil(uint32_t a, uint32_t b)
{
	return (a + b - 1U) / b;
}

static void icu_speed(const icu_inputs_t *in, uint32_t dt_ms, icu_outputs_t *out)
{
	int32_t v = icu_app_true_speed(in);
	if (v < 0) {
		icu.filter_valid = false;
		out->speed_valid = false;
		out->speed = ICU_SPEED_NOT_AVAILABLE;
		return;
	}
	uint32_t vt = (uint32_t)v;
	int64_t target_q = (int64_t)(((uint64_t)vt * (100U + ICU_SPEED_OVERREAD_PCT) / 100U) << ICU_FILTER_SHIFT);
	if (!icu.filter_valid) {
		/* a reappearing source starts the needle where the car is, not at 0 */
		icu.speed_q = target_q;
		icu.filter_valid = true;
	} else {
		uint32_t dt = (dt_ms > ICU_SPEED_TAU_MS) ? ICU_SPEED_TAU_MS : dt_ms;
		icu.speed_q += ((target_q - icu.speed_q) * (int64_t)dt) / (int64_t)(ICU_SPEED_TAU_MS + dt);
	}
	uint32_t shown = (icu.speed_q <= 0) ? 0U : (uint32_t)(icu.speed_q >> ICU_FILTER_SHIFT);
	/* legal band, in 0.01 km/h: [true, true + 10 % + 4 km/h] */
	uint32_t hi = vt + (vt * ICU_SPEED_MAX_REL_PCT) / 100U + ICU_SPEED_MAX_ABS;
	shown = (shown < vt) ? vt : ((shown > hi) ? hi : shown);
	/* to 0.1 km/h: round up (never below true), unless that crosses the upper bound */
	uint32_t s01 = icu_div_ceil(shown, 10U);
	if (s01 * 10U > hi) {
		s01 = hi / 10U;
	} else {
		/* within the band */
	}
	out->speed_valid = true;
	out->speed = (uint16_t)((s01 > ICU_SPEED_DISPLAY_MAX) ? ICU_SPEED_DISPLAY_MAX : s01);
}

static void icu_tt(uint16_t *tt, uint8_t bit, bool on)
{
	if (on) {
		*tt = (uint16_t)(*tt | (1U << bit));
	} else {
		/* off */
	}
}

static bool icu_mode_is(const icu_inputs_t *in, uint8_t mode)
{
	return in->vs_valid && (in->vs.mode == mode);
}

static uint16_t icu_telltales(const icu_inputs_t *in)
{
	uint16_t tt = 0U;
	const struct vehicle_dbc_vehicle_state_t *vs = &in->vs;
	bool drive_mode = icu_mode_is(in, VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE) ||
	                  icu_mode_is(in, VEHICLE_DBC_VEHICLE_STATE_MODE_DEGRADED_CHOICE) ||
	                  icu_mode_is(in, VEHICLE_DBC_VEHICLE_STATE_MODE_LIMP_CHOICE);
	bool kill = (in->vs_valid && (vs->safety_kill != 0U)) || (in->safety_valid && (in->safety.kill_relay_closed == 0U));
	bool contactor_closed =
	    in->batt_valid && (in->batt.contactor_state == VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_CLOSED_CHOICE);
	icu_tt(&tt, ICU_TT_READY, drive_mode && contactor_closed && !kill);
	icu_tt(&tt, ICU_TT_SYSTEM_FAULT,
	       in->comm_lost || in->dtc_warning ||
	           (in->vs_valid && ((vs->pedal_fault | vs->motor_fault | vs->fzc_timeout | vs->rzc_timeout) != 0U)) ||
	           (in->motor_valid && (in->motor.inverter_state == VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_FAULT_CHOICE)));
	/* a missing BatteryStatus raises the battery telltale: the SOC on the display is not known */
	icu_tt(&tt, ICU_TT_BATTERY_LOW,
	       !in->batt_valid || (in->vs_valid && (vs->battery_fault != 0U)) ||
	           ((in->batt.soc_low | in->batt.pack_undervoltage | in->batt.pack_overvoltage | in->batt.pack_overcurrent |
	             in->batt.aux_undervoltage) != 0U));
	icu_tt(&tt, ICU_TT_MOTOR_TEMP,
	       (in->temp_valid && ((in->temp.temp_derate_active | in->temp.temp_shutdown) != 0U)) ||
	           (in->motor_valid && (in->motor.overtemp_fault != 0U)) ||
	           (in->batt_valid && (in->batt.pack_overtemp != 0U)));
	icu_tt(&tt, ICU_TT_BRAKE_FAULT, (in->vs_valid && (vs->brake_fault != 0U)) || in->brake_fault_event);
	icu_tt(&tt, ICU_TT_STEER_FAULT, in->vs_valid && (vs->steer_fault != 0U));
	icu_tt(&tt, ICU_TT_TURN_LEFT, in->ind_valid && (in->ind.left_lamp_on != 0U));
	icu_tt(&tt, ICU_TT_TURN_RIGHT, in->ind_valid && (in->ind.right_lamp_on != 0U));
	icu_tt(&tt, ICU_TT_HAZARD,
	       in->ind_valid && (in->ind.indicator_state == VEHICLE_DBC_INDICATORS_INDICATOR_STATE_HAZARD_CHOICE));
	icu_tt(&tt, ICU_TT_LOW_BEAM,
	       in->lights_valid && (in->headlamp_state == VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_LOW_CHOICE));
	icu_tt(&tt, ICU_TT_HIGH_BEAM,
	       in->lights_valid && (in->headlamp_state == VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE));
	icu_tt(&tt, ICU_TT_DOOR_OPEN, in->doors_valid && in->door_open);
	icu_tt(&tt, ICU_TT_ESTOP, in->estop_frame || (in->vs_valid && (vs->e_stop_active != 0U)));
	icu_tt(&tt, ICU_TT_COLLISION_WARN,
	       in->dist_valid && (in->aeb_zone >= VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_WARNING_CHOICE));
	icu_tt(&tt, ICU_TT_LIMP_MODE, icu_mode_is(in, VEHICLE_DBC_VEHICLE_STATE_MODE_LIMP_CHOICE));
	icu_tt(&tt, ICU_TT_SAFETY_KILL, kill);
	return tt;
}

static bool icu_has(uint16_t tt, uint8_t bit)
{
	return (tt & (1U << bit)) != 0U;
}

static uint8_t icu_warning(const icu_inputs_t *in, uint16_t tt)
{
	uint32_t cond = 0U; /* bit n: warning text n applies */
	const struct vehicle_dbc_vehicle_state_t *vs = &in->vs;
	const bool c[] = {
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_NONE_CHOICE] = false,
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ESTOP_ACTIVE_CHOICE] = icu_has(tt, ICU_TT_ESTOP),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFE_STOP_CHOICE] =
		    icu_mode_is(in, VEHICLE_DBC_VEHICLE_STATE_MODE_SAFE_STOP_CHOICE),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_LIMP_MODE_CHOICE] = icu_has(tt, ICU_TT_LIMP_MODE),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DEGRADED_POWER_CHOICE] =
		    icu_mode_is(in, VEHICLE_DBC_VEHICLE_STATE_MODE_DEGRADED_CHOICE) ||
		    (in->motor_valid && (in->motor.derating != 0U)),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BATTERY_LOW_CHOICE] = icu_has(tt, ICU_TT_BATTERY_LOW),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_MOTOR_OVERTEMP_CHOICE] = icu_has(tt, ICU_TT_MOTOR_TEMP),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BRAKE_FAULT_CHOICE] = icu_has(tt, ICU_TT_BRAKE_FAULT),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_STEER_FAULT_CHOICE] = icu_has(tt, ICU_TT_STEER_FAULT),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_COLLISION_WARNING_CHOICE] =
		    in->dist_valid && (in->aeb_zone == VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_WARNING_CHOICE),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_EMERGENCY_BRAKING_CHOICE] =
		    in->dist_valid && (in->aeb_zone >= VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_BRAKE_CHOICE),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DOOR_OPEN_CHOICE] = icu_has(tt, ICU_TT_DOOR_OPEN),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ECU_COMM_LOST_CHOICE] =
		    in->comm_lost || (in->vs_valid && ((vs->fzc_timeout | vs->rzc_timeout) != 0U)),
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SERVICE_REQUIRED_CHOICE] = in->dtc_confirmed,
		[VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFETY_SHUTDOWN_CHOICE] = icu_has(tt, ICU_TT_SAFETY_KILL),
	};
	for (uint8_t i = 0U; i < (uint8_t)(sizeof c / sizeof c[0]); i++) {
		cond |= c[i] ? (1U << i) : 0U;
	}
	for (uint8_t i = 0U; i < (uint8_t)sizeof icu_warning_priority; i++) {
		if ((cond & (1U << icu_warning_priority[i])) != 0U) {
			return icu_warning_priority[i];
		} else {
			/* lower priority next */
		}
	}
	return VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_NONE_CHOICE;
}

void icu_app_step(const icu_inputs_t *in, uint64_t now_us, icu_outputs_t *out)
{
	uint32_t dt_ms = 0U;
	if (icu.started && (now_us > icu.last_us)) {
		uint64_t d = (now_us - icu.last_us) / ICU_US_PER_MS;
		dt_ms = (d > 0xFFFFU) ? 0xFFFFU : (uint32_t)d;
	} else {
		/* first step, or time did not advance */
	}
	icu.started = true;
	icu.last_us = now_us;
	(void)memset(out, 0, sizeof *out);
	icu_speed(in, dt_ms, out);
	/* SOC floors to whole percent: the display never promises range the pack does not have */
	out->soc_valid = in->batt_valid && (in->batt.soc <= 200U);
	out->soc = out->soc_valid ? (uint8_t)(in->batt.soc / 2U) : ICU_SOC_NOT_AVAILABLE;
	out->gear = in->vs_valid ? in->vs.gear : VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_GEAR_P_CHOICE;
	out->mode = in->vs_valid ? in->vs.mode : ICU_MODE_UNKNOWN;
	if (in->batt_valid) {
		/* P = U * I: 0.01 V * 0.1 A = 1 mW; 0.1 kW = 100000 mW */
		int64_t p = ((int64_t)in->batt.pack_voltage * (int64_t)in->batt.pack_current) / 100000;
		out->power = (int16_t)((p > 32767) ? 32767 : ((p < -32768) ? -32768 : p));
	} else {
		out->power = 0;
	}
	uint16_t tt = icu_telltales(in);
	out->warning = icu_warning(in, tt);
	out->telltales = in->lamp_test ? (uint16_t)((1U << ICU_TT_COUNT) - 1U) : tt;
}
