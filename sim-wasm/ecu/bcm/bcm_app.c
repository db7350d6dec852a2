/* bcm_app: see bcm_app.h. */
#include "bcm_app.h"

#include <string.h>

#include "vehicle_dbc.h"

#define BCM_US_PER_MS 1000U

typedef struct {
	bool started;
	uint64_t last_us;
	bool dark;             /* automatic headlamp decision */
	uint32_t dark_ms;      /* time the light has been below BCM_LUX_ON */
	uint32_t bright_ms;    /* time the light has been above BCM_LUX_OFF */
	uint8_t flash_state;   /* indicator state the flash phase belongs to */
	uint64_t flash_start_us;
	uint8_t lock_state;
	uint8_t lock_reason;
	bool autolock_armed;
	bool estop_unlock_done;
} bcm_app_state_t;

static bcm_app_state_t bcm;

void bcm_app_init(void)
{
	(void)memset(&bcm, 0, sizeof bcm);
	bcm.lock_state = VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_UNLOCKED_CHOICE;
	bcm.lock_reason = VEHICLE_DBC_DOORS_LOCK_REASON_NONE_CHOICE;
	bcm.autolock_armed = true;
}

static void bcm_auto_headlamps(const bcm_inputs_t *in, uint32_t dt_ms)
{
	if (!bcm.started) {
		bcm.dark = in->ambient_fault || (in->ambient_lux < BCM_LUX_ON);
		return;
	}
	if (in->ambient_fault) {
		/* no reliable light reading: lamps on is the safe side */
		bcm.dark = true;
		bcm.dark_ms = 0U;
		bcm.bright_ms = 0U;
		return;
	}
	bcm.dark_ms = (in->ambient_lux < BCM_LUX_ON) ? (bcm.dark_ms + dt_ms) : 0U;
	bcm.bright_ms = (in->ambient_lux > BCM_LUX_OFF) ? (bcm.bright_ms + dt_ms) : 0U;
	if (!bcm.dark && (bcm.dark_ms >= BCM_LUX_ON_DELAY_MS)) {
		bcm.dark = true;
	} else if (bcm.dark && (bcm.bright_ms >= BCM_LUX_OFF_DELAY_MS)) {
		bcm.dark = false;
	} else {
		/* hold */
	}
}

static void bcm_lights(const bcm_inputs_t *in, bcm_outputs_t *out)
{
	switch (in->light_switch) {
	case VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_LOW_CHOICE:
		out->headlamp_state = VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_LOW_CHOICE;
		break;
	case VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_HIGH_CHOICE:
		out->headlamp_state = VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE;
		break;
	case VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE:
		out->headlamp_state =
		    bcm.dark ? VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_LOW_CHOICE : VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_OFF_CHOICE;
		break;
	default:
		out->headlamp_state = VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_OFF_CHOICE;
		break;
	}
	out->headlamp_auto = in->light_switch == VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE;
	out->tail_lamp = out->headlamp_state != VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_OFF_CHOICE;
	out->brake_lamp = in->brake_pressed;
	out->reverse_lamp = in->reverse_gear;
}

static void bcm_indicators(const bcm_inputs_t *in, uint64_t now_us, bcm_outputs_t *out)
{
	uint8_t reason = VEHICLE_DBC_INDICATORS_HAZARD_REASON_NONE_CHOICE;
	if (in->estop_active) {
		reason = VEHICLE_DBC_INDICATORS_HAZARD_REASON_ESTOP_CHOICE;
	} else if (in->safe_stop) {
		reason = VEHICLE_DBC_INDICATORS_HAZARD_REASON_SAFE_STOP_CHOICE;
	} else if (in->hazard_switch) {
		reason = VEHICLE_DBC_INDICATORS_HAZARD_REASON_SWITCH_CHOICE;
	} else {
		/* no hazard */
	}
	uint8_t state = VEHICLE_DBC_INDICATORS_INDICATOR_STATE_OFF_CHOICE;
	if (reason != VEHICLE_DBC_INDICATORS_HAZARD_REASON_NONE_CHOICE) {
		state = VEHICLE_DBC_INDICATORS_INDICATOR_STATE_HAZARD_CHOICE;
	} else if (in->turn_stalk == VEHICLE_DBC_BODY_COMMAND_INDICATOR_SWITCH_LEFT_CHOICE) {
		state = VEHICLE_DBC_INDICATORS_INDICATOR_STATE_LEFT_CHOICE;
	} else if (in->turn_stalk == VEHICLE_DBC_BODY_COMMAND_INDICATOR_SWITCH_RIGHT_CHOICE) {
		state = VEHICLE_DBC_INDICATORS_INDICATOR_STATE_RIGHT_CHOICE;
	} else {
		/* off */
	}
	if (state != bcm.flash_state) {
		/* a new request starts with the lamps lit, as the driver expects immediate feedback */
		bcm.flash_state = state;
		bcm.flash_start_us = now_us;
	} else {
		/* keep the phase */
	}
	bool phase_on = (((now_us - bcm.flash_start_us) * BCM_FLASH_NUM_HZ2) % BCM_FLASH_PERIOD_X_US) <
	                (BCM_FLASH_PERIOD_X_US / 2U);
	bool hazard = state == VEHICLE_DBC_INDICATORS_INDICATOR_STATE_HAZARD_CHOICE;
	out->indicator_state = state;
	out->hazard_reason = reason;
	out->left_lamp = phase_on && (hazard || (state == VEHICLE_DBC_INDICATORS_INDICATOR_STATE_LEFT_CHOICE));
	out->right_lamp = phase_on && (hazard || (state == VEHICLE_DBC_INDICATORS_INDICATOR_STATE_RIGHT_CHOICE));
}

static void bcm_doors(const bcm_inputs_t *in, bcm_outputs_t *out)
{
	if (in->lock_request == VEHICLE_DBC_BODY_COMMAND_DOOR_LOCK_REQ_LOCK_CHOICE) {
		bcm.lock_state = VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_LOCKED_CHOICE;
		bcm.lock_reason = VEHICLE_DBC_DOORS_LOCK_REASON_DRIVER_CHOICE;
	} else if (in->lock_request == VEHICLE_DBC_BODY_COMMAND_DOOR_LOCK_REQ_UNLOCK_CHOICE) {
		bcm.lock_state = VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_UNLOCKED_CHOICE;
		bcm.lock_reason = VEHICLE_DBC_DOORS_LOCK_REASON_DRIVER_CHOICE;
	} else {
		/* no request */
	}
	if (in->speed_valid) {
		if (in->speed > BCM_AUTOLOCK_SPEED) {
			if (bcm.autolock_armed && in->auto_lock_enable &&
			    (bcm.lock_state == VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_UNLOCKED_CHOICE)) {
				bcm.lock_state = VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_LOCKED_CHOICE;
				bcm.lock_reason = VEHICLE_DBC_DOORS_LOCK_REASON_AUTO_SPEED_CHOICE;
			} else {
				/* already locked, disabled, or the driver unlocked after the last auto-lock */
			}
			bcm.autolock_armed = false;
		} else if (in->speed < BCM_AUTOLOCK_REARM) {
			bcm.autolock_armed = true;
		} else {
			/* between the thresholds: keep */
		}
	} else {
		/* speed unknown: never lock or unlock on a guess */
	}
	if (in->estop_active) {
		if (!bcm.estop_unlock_done && in->speed_valid && (in->speed <= BCM_STANDSTILL_SPEED)) {
			bcm.lock_state = VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_UNLOCKED_CHOICE;
			bcm.lock_reason = VEHICLE_DBC_DOORS_LOCK_REASON_SAFETY_UNLOCK_CHOICE;
			bcm.estop_unlock_done = true;
		} else {
			/* still moving, speed unknown, or already unlocked for this E-stop */
		}
	} else {
		bcm.estop_unlock_done = false;
	}
	out->lock_state = bcm.lock_state;
	out->lock_reason = bcm.lock_reason;
}

void bcm_app_step(const bcm_inputs_t *in, uint64_t now_us, bcm_outputs_t *out)
{
	uint32_t dt_ms = 0U;
	if (bcm.started && (now_us > bcm.last_us)) {
		uint64_t d = (now_us - bcm.last_us) / BCM_US_PER_MS;
		dt_ms = (d > 0xFFFFU) ? 0xFFFFU : (uint32_t)d;
	} else {
		/* first step, or time did not advance */
	}
	(void)memset(out, 0, sizeof *out);
	bcm_auto_headlamps(in, dt_ms);
	bcm_lights(in, out);
	bcm_indicators(in, now_us, out);
	bcm_doors(in, out);
	bcm.started = true;
	bcm.last_us = now_us;
}
