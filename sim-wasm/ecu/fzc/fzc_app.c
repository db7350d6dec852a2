/* fzc_app: see fzc_app.h. */
#include "fzc_app.h"

#include <string.h>

#define FZC_DIST_RING (FZC_DIST_WINDOW_MS + 1U)

static struct {
	bool started;
	int32_t sp_mdeg;     /* steer set point in 0.001 deg: deg/s is then exactly mdeg per 1 ms step */
	bool ever_cmd;
	uint32_t dev_ms;
	bool plaus_latched;
	bool sensor_bad;     /* steer feedback out of range in the last step */
	uint32_t mm_ms;      /* pressure mismatch duration */
	uint32_t mm_ok_ms;   /* mismatch gone for */
	bool mismatch;
	uint32_t sens_ok_ms; /* pressure sensor back in range for */
	bool sensor_fault;
	int32_t expected;    /* 0.01 bar the last output asked for */
	int32_t ring[FZC_DIST_RING];
	uint32_t ring_n;     /* valid samples in the ring (up to FZC_DIST_RING) */
	uint32_t ring_pos;
	uint8_t zone;
	uint32_t lower_ms;
} fzc;

void fzc_app_init(void)
{
	(void)memset(&fzc, 0, sizeof fzc);
}

static int32_t fzc_abs(int32_t v)
{
	return (v < 0) ? -v : v;
}

static int32_t fzc_clamp(int32_t v, int32_t lo, int32_t hi)
{
	return (v < lo) ? lo : ((v > hi) ? hi : v);
}

static void fzc_steer(const fzc_inputs_t *in, fzc_outputs_t *out)
{
	out->steer_sensor_fault = fzc_abs(in->steer_feedback) > FZC_STEER_SENSOR_MAX;
	out->steer_cmd_timeout = !in->steer_cmd_valid && fzc.ever_cmd;
	out->steer_rate_limited = false;
	if (!fzc.started) {
		/* take over the rack where it stands instead of jumping to 0 */
		fzc.sp_mdeg = out->steer_sensor_fault ? 0 : fzc_clamp(in->steer_feedback, -FZC_STEER_MAX, FZC_STEER_MAX) * 10;
		fzc.started = true;
	} else {
		/* running */
	}
	fzc.sensor_bad = out->steer_sensor_fault;
	if (fzc.plaus_latched || out->steer_sensor_fault) {
		/* motor off: the set point follows the rack so nothing moves it; a bad sensor is not followed */
		out->steer_state = FZC_STEER_FAULT;
		if (!out->steer_sensor_fault) {
			fzc.sp_mdeg = fzc_clamp(in->steer_feedback, -FZC_STEER_MAX, FZC_STEER_MAX) * 10;
		} else {
			/* hold the last set point */
		}
		fzc.dev_ms = 0U;
	} else {
		int32_t target = 0;
		uint32_t rate = FZC_STEER_RTC_RATE;
		if (in->steer_cmd_valid) {
			fzc.ever_cmd = true;
		} else {
			/* no command (yet) */
		}
		if (in->steer_cmd_valid && in->steer_enable) {
			out->steer_state = FZC_STEER_ACTIVE;
			target = fzc_clamp(in->steer_cmd, -FZC_STEER_MAX, FZC_STEER_MAX) * 10;
			rate = ((in->steer_rate == 0U) || (in->steer_rate > FZC_STEER_RATE_MAX)) ? FZC_STEER_RATE_MAX
			                                                                          : in->steer_rate;
		} else if (in->steer_cmd_valid || fzc.ever_cmd) {
			/* disabled, or the command was lost: back to centre at a limited rate and hold */
			out->steer_state = (fzc_abs(fzc.sp_mdeg) <= (FZC_STEER_CENTRE_BAND * 10)) ? FZC_STEER_OFF : FZC_STEER_RTC;
		} else {
			/* never commanded since power-up: hold where the rack stands */
			out->steer_state = FZC_STEER_INIT;
			target = fzc.sp_mdeg;
		}
		int32_t delta = target - fzc.sp_mdeg;
		int32_t step = (int32_t)rate; /* mdeg per 1 ms step */
		if (delta > step) {
			delta = step;
			out->steer_rate_limited = out->steer_state == FZC_STEER_ACTIVE;
		} else if (delta < -step) {
			delta = -step;
			out->steer_rate_limited = out->steer_state == FZC_STEER_ACTIVE;
		} else {
			/* reachable in this step */
		}
		fzc.sp_mdeg += delta;
		/* plausibility: the rack must follow the set point */
		if (fzc_abs((fzc.sp_mdeg / 10) - in->steer_feedback) > FZC_STEER_PLAUS_DEV) {
			fzc.dev_ms++;
		} else {
			fzc.dev_ms = 0U;
		}
		if (fzc.dev_ms > FZC_STEER_PLAUS_MS) {
			fzc.plaus_latched = true;
			out->steer_state = FZC_STEER_FAULT;
		} else {
			/* plausible so far */
		}
	}
	out->steer_plaus_fault = fzc.plaus_latched;
	out->steer_setpoint = fzc.sp_mdeg / 10;
}

static void fzc_distance(const fzc_inputs_t *in, fzc_outputs_t *out)
{
	int32_t d = in->distance_cm;
	out->dist_fault = (d < 0) || (d > FZC_DIST_MAX_CM);
	out->closing_speed = 0;
	out->ttc = 255U;
	if (out->dist_fault) {
		fzc.ring_n = 0U; /* no closing speed across a fault */
		out->distance_cm = 0U;
		out->object_detected = false;
	} else {
		out->distance_cm = (uint16_t)d;
		out->object_detected = d < FZC_DIST_RANGE_CM;
		fzc.ring[fzc.ring_pos] = d;
		fzc.ring_pos = (fzc.ring_pos + 1U) % FZC_DIST_RING;
		fzc.ring_n = (fzc.ring_n < FZC_DIST_RING) ? (fzc.ring_n + 1U) : FZC_DIST_RING;
		/* the oldest sample sits where the next one will go */
		int32_t old = fzc.ring[fzc.ring_pos];
		if ((fzc.ring_n == FZC_DIST_RING) && out->object_detected && (old < FZC_DIST_RANGE_CM)) {
			/* cm per window → 0.01 m/s: Δcm * 1000 / window_ms */
			out->closing_speed = fzc_clamp(((old - d) * 1000) / (int32_t)FZC_DIST_WINDOW_MS, -10000, 10000);
		} else {
			/* an object just appeared or left the range: no rate yet */
		}
		if (out->closing_speed > 0) {
			int32_t ttc = (d * 10) / out->closing_speed;
			out->ttc = (ttc > 255) ? 255U : (uint8_t)ttc;
		} else {
			/* not approaching: no threat */
		}
	}
	uint8_t raw = FZC_ZONE_CLEAR;
	/* AEB braked the car (nearly) to a stop: it holds it there while the obstacle stays within the braking
	 * distance, whatever the accelerator says; below 5 km/h it would otherwise let go and the driver's pedal
	 * would creep the car on into the obstacle */
	bool holding = (fzc.zone >= FZC_ZONE_BRAKE) && in->speed_valid && (in->speed < FZC_AEB_MIN_SPEED);
	bool active = !out->dist_fault && in->speed_valid && out->object_detected &&
	              (((in->speed >= FZC_AEB_MIN_SPEED) && (out->closing_speed > 0)) || holding);
	if (active) {
		if (out->ttc <= FZC_TTC_EMERGENCY) {
			raw = FZC_ZONE_EMERGENCY;
		} else if (out->ttc <= FZC_TTC_BRAKE) {
			raw = FZC_ZONE_BRAKE;
		} else if (out->ttc <= FZC_TTC_WARN) {
			raw = FZC_ZONE_WARNING;
		} else {
			/* far in time */
		}
		if (in->speed < FZC_AEB_LOW_SPEED) {
			/* creeping up to an obstacle: the TTC stays long while the gap is already tiny */
			uint8_t dz = (d <= FZC_DIST_EMERGENCY_CM) ? FZC_ZONE_EMERGENCY
			             : (d <= FZC_DIST_BRAKE_CM)   ? FZC_ZONE_BRAKE
			             : (d <= FZC_DIST_WARN_CM)    ? FZC_ZONE_WARNING
			                                          : FZC_ZONE_CLEAR;
			raw = (dz > raw) ? dz : raw;
		} else {
			/* TTC alone */
		}
	} else {
		/* AEB not available or nothing ahead */
	}
	if (raw >= fzc.zone) {
		fzc.zone = raw;
		fzc.lower_ms = 0U;
	} else {
		/* leave a zone only once the lower one has held: one noisy sample must not release the brakes */
		fzc.lower_ms++;
		if (fzc.lower_ms >= FZC_AEB_HOLD_MS) {
			fzc.zone = raw;
			fzc.lower_ms = 0U;
		} else {
			/* holding */
		}
	}
	out->aeb_zone = fzc.zone;
}

static void fzc_brake(const fzc_inputs_t *in, fzc_outputs_t *out)
{
	int32_t level;
	out->brake_cmd_timeout = !in->brake_cmd_valid;
	if (in->brake_cmd_valid) {
		int32_t req = fzc_clamp((int32_t)in->brake_req, 0, FZC_BRAKE_FULL);
		switch (in->brake_mode) {
		case FZC_BMODE_SERVICE:
			level = req;
			out->brake_state = (req > 0) ? FZC_BRAKE_SERVICE : FZC_BRAKE_RELEASED;
			break;
		case FZC_BMODE_EMERGENCY:
			level = FZC_BRAKE_FULL;
			out->brake_state = FZC_BRAKE_EMERGENCY;
			break;
		case FZC_BMODE_HOLD:
			level = (req > FZC_BRAKE_HOLD_LEVEL) ? req : FZC_BRAKE_HOLD_LEVEL;
			out->brake_state = FZC_BRAKE_HOLD;
			break;
		default: /* RELEASE */
			level = 0;
			out->brake_state = FZC_BRAKE_RELEASED;
			break;
		}
	} else {
		level = FZC_BRAKE_SAFE_LEVEL;
		out->brake_state = FZC_BRAKE_HOLD;
	}
	int32_t aeb = (out->aeb_zone == FZC_ZONE_EMERGENCY) ? FZC_AEB_EMERGENCY_LEVEL
	              : (out->aeb_zone == FZC_ZONE_BRAKE)   ? FZC_AEB_BRAKE_LEVEL
	                                                    : 0;
	if (aeb > level) {
		level = aeb;
		out->brake_state = FZC_BRAKE_AEB;
	} else {
		/* the driver brakes harder than AEB would */
	}

	/* pressure plausibility against what the previous output asked for (the actuator acts on it next) */
	int32_t p = in->brake_pressure;
	if ((p < FZC_BRAKE_SENSOR_MIN) || (p > FZC_BRAKE_SENSOR_MAX)) {
		fzc.sensor_fault = true;
		fzc.sens_ok_ms = 0U;
		fzc.mm_ms = 0U;
	} else {
		if (fzc.sensor_fault) {
			fzc.sens_ok_ms++;
			fzc.sensor_fault = fzc.sens_ok_ms < FZC_BRAKE_HEAL_MS;
		} else {
			/* in range */
		}
		if (fzc_abs(fzc.expected - p) > FZC_BRAKE_MISMATCH) {
			fzc.mm_ms++;
			fzc.mm_ok_ms = 0U;
			fzc.mismatch = fzc.mismatch || (fzc.mm_ms > FZC_BRAKE_MISMATCH_MS);
		} else {
			fzc.mm_ms = 0U;
			if (fzc.mismatch) {
				fzc.mm_ok_ms++;
				fzc.mismatch = fzc.mm_ok_ms < FZC_BRAKE_HEAL_MS;
			} else {
				/* plausible */
			}
		}
	}
	out->brake_sensor_fault = fzc.sensor_fault;
	out->brake_mismatch = fzc.mismatch;
	out->brake_fault_code = fzc.sensor_fault                                 ? FZC_BF_SENSOR_RANGE
	                        : fzc.mismatch                                   ? FZC_BF_MISMATCH
	                        : in->brake_e2e_fault                            ? FZC_BF_E2E
	                        : (in->brake_cmd_seen && out->brake_cmd_timeout) ? FZC_BF_CMD_TIMEOUT
	                                                                         : FZC_BF_NONE;
	if (fzc.sensor_fault || fzc.mismatch) {
		out->brake_state = FZC_BRAKE_FAULT; /* still braking as asked: there is no better actuator */
	} else {
		/* healthy */
	}
	out->brake_out = fzc_clamp(level, 0, FZC_BRAKE_FULL);
	fzc.expected = (out->brake_out * FZC_BRAKE_MAX_PRESSURE) / FZC_BRAKE_FULL;
}

void fzc_app_step(const fzc_inputs_t *in, fzc_outputs_t *out)
{
	fzc_steer(in, out);
	fzc_distance(in, out);
	fzc_brake(in, out);
	out->cutoff = true;
	if (out->aeb_zone == FZC_ZONE_EMERGENCY) {
		out->cutoff_reason = FZC_CUT_AEB;
	} else if (out->steer_state == FZC_STEER_FAULT) {
		out->cutoff_reason = FZC_CUT_STEER;
	} else if (out->brake_sensor_fault || out->brake_mismatch) {
		out->cutoff_reason = FZC_CUT_BRAKE;
	} else if (in->brake_cmd_seen && (out->brake_cmd_timeout || out->steer_cmd_timeout)) {
		out->cutoff_reason = FZC_CUT_CMD_TIMEOUT;
	} else {
		out->cutoff = false;
		out->cutoff_reason = FZC_CUT_NONE;
	}
}

bool fzc_app_clear_faults(void)
{
	if (fzc.sensor_bad) {
		return false;
	}
	fzc.plaus_latched = false;
	return true;
}
