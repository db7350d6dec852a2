/* cvc_app: see cvc_app.h. */
#include "cvc_app.h"

#include <string.h>

#include "vehicle_dbc.h"

#define CVC_US_PER_MS 1000U

typedef struct {
	mode_machine_t vm;
	/* pedal plausibility */
	uint8_t disagree_cycles;
	uint8_t agree_cycles;
	bool disagree;
	bool s1_stuck;
	bool s2_stuck;
	int16_t win1[CVC_STUCK_WINDOW];
	int16_t win2[CVC_STUCK_WINDOW];
	uint8_t win_pos;
	uint8_t win_fill;
	/* torque, steering */
	bool bos_latched;
	int16_t torque;
	int16_t steer;
	/* SAFE_STOP → SHUTDOWN */
	uint32_t standstill_ms;
} cvc_app_state_t;

static cvc_app_state_t cvc;

static const mode_state_cfg_t cvc_states[CVC_MODE_COUNT] = {
	[CVC_INIT] = {"INIT", NULL, NULL},
	[CVC_RUN] = {"RUN", NULL, NULL},
	[CVC_DEGRADED] = {"DEGRADED", NULL, NULL},
	[CVC_LIMP] = {"LIMP", NULL, NULL},
	[CVC_SAFE_STOP] = {"SAFE_STOP", NULL, NULL},
	[CVC_SHUTDOWN] = {"SHUTDOWN", NULL, NULL},
};

/* Escalation is always allowed; the way back to RUN goes through cvc_step_mode's standstill rule. SAFE_STOP
 * only leads to SHUTDOWN, which is final until power-up. */
static const mode_transition_t cvc_transitions[] = {
	{CVC_INIT, CVC_RUN},          {CVC_INIT, CVC_DEGRADED},     {CVC_INIT, CVC_LIMP},
	{CVC_INIT, CVC_SAFE_STOP},    {CVC_RUN, CVC_DEGRADED},      {CVC_RUN, CVC_LIMP},
	{CVC_RUN, CVC_SAFE_STOP},     {CVC_DEGRADED, CVC_RUN},      {CVC_DEGRADED, CVC_LIMP},
	{CVC_DEGRADED, CVC_SAFE_STOP}, {CVC_LIMP, CVC_RUN},         {CVC_LIMP, CVC_DEGRADED},
	{CVC_LIMP, CVC_SAFE_STOP},    {CVC_SAFE_STOP, CVC_SHUTDOWN},
};

static const mode_config_t cvc_mode_cfg = {"vehicle", cvc_states, CVC_MODE_COUNT, cvc_transitions,
                                           (uint8_t)(sizeof cvc_transitions / sizeof cvc_transitions[0]),
                                           CVC_INIT};

/* Torque cap per state, percent of CVC_TORQUE_MAX. */
static const uint8_t cvc_cap_pct[CVC_MODE_COUNT] = {0U, 100U, 75U, 30U, 0U, 0U};

void cvc_app_init(uint64_t now_us)
{
	(void)memset(&cvc, 0, sizeof cvc);
	(void)mode_init(&cvc.vm, &cvc_mode_cfg, NULL, now_us);
}

const mode_machine_t *cvc_app_machine(void)
{
	return &cvc.vm;
}

static int32_t cvc_abs(int32_t v)
{
	return (v < 0) ? -v : v;
}

/* max - min of a window of samples */
static int32_t cvc_span(const int16_t *w, uint8_t n)
{
	int32_t lo = w[0];
	int32_t hi = w[0];
	for (uint8_t i = 1U; i < n; i++) {
		lo = (w[i] < lo) ? w[i] : lo;
		hi = (w[i] > hi) ? w[i] : hi;
	}
	return hi - lo;
}

/* Plausibility of the two sensors; returns the pedal position to use (0.1 %), or -1 when none is usable. */
static int32_t cvc_pedal(const cvc_inputs_t *in)
{
	bool both_in_range = !in->pedal_s1_range && !in->pedal_s2_range;
	if (both_in_range && (cvc_abs(in->pedal_s1 - in->pedal_s2) >= CVC_PEDAL_DISAGREE)) {
		cvc.agree_cycles = 0U;
		cvc.disagree_cycles = (cvc.disagree_cycles < 255U) ? (uint8_t)(cvc.disagree_cycles + 1U) : 255U;
		if (cvc.disagree_cycles >= CVC_PEDAL_DISAGREE_CYCLES) {
			cvc.disagree = true;
		} else {
			/* one cycle may be a sampling skew between the sensors */
		}
	} else {
		cvc.disagree_cycles = 0U;
		cvc.agree_cycles = (cvc.agree_cycles < 255U) ? (uint8_t)(cvc.agree_cycles + 1U) : 255U;
		if (cvc.agree_cycles >= CVC_PEDAL_DISAGREE_CYCLES) {
			cvc.disagree = false;
		} else {
			/* heal with the same confirmation as the fault */
		}
	}

	/* stuck: judged over the last second; only in-range samples enter the window */
	if (both_in_range) {
		cvc.win1[cvc.win_pos] = (int16_t)in->pedal_s1;
		cvc.win2[cvc.win_pos] = (int16_t)in->pedal_s2;
		cvc.win_pos = (uint8_t)((cvc.win_pos + 1U) % CVC_STUCK_WINDOW);
		cvc.win_fill = (cvc.win_fill < CVC_STUCK_WINDOW) ? (uint8_t)(cvc.win_fill + 1U) : (uint8_t)CVC_STUCK_WINDOW;
		if (cvc.win_fill == CVC_STUCK_WINDOW) {
			int32_t span1 = cvc_span(cvc.win1, cvc.win_fill);
			int32_t span2 = cvc_span(cvc.win2, cvc.win_fill);
			/* a stuck sensor stays identified for the drive cycle: it was seen not to follow the pedal */
			cvc.s1_stuck = cvc.s1_stuck || ((span1 <= CVC_STUCK_TOL) && (span2 > CVC_STUCK_OTHER_MOVE));
			cvc.s2_stuck = cvc.s2_stuck || ((span2 <= CVC_STUCK_TOL) && (span1 > CVC_STUCK_OTHER_MOVE));
		} else {
			/* not a full second yet */
		}
	} else {
		/* a range fault already identifies the bad sensor */
	}

	bool s1_ok = !in->pedal_s1_range && !cvc.s1_stuck;
	bool s2_ok = !in->pedal_s2_range && !cvc.s2_stuck;
	int32_t p;
	if (s1_ok && s2_ok) {
		/* unexplained disagreement: the lower value is the safe side */
		p = cvc.disagree ? ((in->pedal_s1 < in->pedal_s2) ? in->pedal_s1 : in->pedal_s2)
		                 : ((in->pedal_s1 + in->pedal_s2) / 2);
	} else if (s1_ok) {
		p = in->pedal_s1;
	} else if (s2_ok) {
		p = in->pedal_s2;
	} else {
		p = -1;
	}
	return p;
}

static uint8_t cvc_severity(uint8_t mode)
{
	return (mode == CVC_INIT) ? 0U : (uint8_t)(mode - CVC_RUN);
}

/* The state the faults ask for, with the reason to log. */
static uint8_t cvc_target(const cvc_inputs_t *in, const cvc_outputs_t *out, bool no_pedal, uint8_t *reason)
{
	if (in->estop) {
		*reason = CVC_REASON_ESTOP;
		return CVC_SAFE_STOP;
	}
	if (in->fzc_lost) {
		*reason = CVC_REASON_FZC_LOST; /* no steering, no front brakes: stop */
		return CVC_SAFE_STOP;
	}
	if (in->sc_kill) {
		*reason = CVC_REASON_SAFETY_KILL; /* propulsion is cut anyway */
		return CVC_SAFE_STOP;
	}
	if (no_pedal) {
		*reason = CVC_REASON_NO_PEDAL;
		return CVC_SAFE_STOP;
	}
	if (in->rzc_lost || in->sc_lost) {
		*reason = CVC_REASON_PARTNER_LOST;
		return CVC_LIMP;
	}
	if (in->steer_fault || in->brake_fault || in->motor_fault || in->battery_fault) {
		*reason = CVC_REASON_ZONE_FAULT;
		return CVC_LIMP;
	}
	if (out->pedal_fault) {
		*reason = CVC_REASON_PEDAL;
		return CVC_DEGRADED;
	}
	*reason = CVC_REASON_HEALED;
	return CVC_RUN;
}

static bool cvc_standstill(const cvc_inputs_t *in)
{
	return in->speed_valid && (in->speed <= CVC_STANDSTILL_SPEED);
}

static void cvc_step_mode(const cvc_inputs_t *in, uint64_t now_us, const cvc_outputs_t *out, bool no_pedal)
{
	uint8_t reason = CVC_REASON_NONE;
	uint8_t target = cvc_target(in, out, no_pedal, &reason);
	uint8_t mode = mode_state(&cvc.vm);
	uint64_t in_state_ms = mode_time_in_state_us(&cvc.vm, now_us) / CVC_US_PER_MS;
	switch (mode) {
	case CVC_INIT:
		/* partners get CVC_INIT_MAX_MS to come up; an E-stop or an unusable pedal ends INIT at once */
		if (in->estop || no_pedal ||
		    ((in_state_ms >= CVC_INIT_MIN_MS) && ((in->fzc_seen && in->rzc_seen) || (in_state_ms >= CVC_INIT_MAX_MS)))) {
			(void)mode_request(&cvc.vm, target, (target == CVC_RUN) ? CVC_REASON_INIT_DONE : reason, now_us);
		} else {
			/* self-test time, or waiting for the zone controllers */
		}
		break;
	case CVC_RUN:
	case CVC_DEGRADED:
	case CVC_LIMP:
		if (cvc_severity(target) > cvc_severity(mode)) {
			(void)mode_request(&cvc.vm, target, reason, now_us);
		} else if ((target != mode) && cvc_standstill(in) && (out->pedal_used < CVC_PEDAL_PRESSED)) {
			/* healed: back only at standstill with the foot off the pedal, so torque never jumps while driving */
			(void)mode_request(&cvc.vm, target, CVC_REASON_HEALED, now_us);
		} else {
			/* stay */
		}
		break;
	case CVC_SAFE_STOP:
		cvc.standstill_ms = cvc_standstill(in) ? (cvc.standstill_ms + CVC_APP_PERIOD_MS) : 0U;
		if (cvc.standstill_ms >= CVC_STANDSTILL_MS) {
			(void)mode_request(&cvc.vm, CVC_SHUTDOWN, CVC_REASON_STANDSTILL, now_us);
		} else if (in_state_ms >= CVC_SAFE_STOP_MAX_MS) {
			/* no speed source: after the longest plausible stop, shut down anyway */
			(void)mode_request(&cvc.vm, CVC_SHUTDOWN, CVC_REASON_TIMEOUT, now_us);
		} else {
			/* stopping */
		}
		break;
	default:
		/* SHUTDOWN: final */
		break;
	}
}

static int16_t cvc_pedal_map(int32_t pedal)
{
	if (pedal <= CVC_PEDAL_DEADZONE) {
		return 0;
	}
	int32_t p = (pedal > CVC_PEDAL_MAX) ? CVC_PEDAL_MAX : pedal;
	return (int16_t)(((p - CVC_PEDAL_DEADZONE) * CVC_TORQUE_MAX) / (CVC_PEDAL_MAX - CVC_PEDAL_DEADZONE));
}

static void cvc_torque(const cvc_inputs_t *in, cvc_outputs_t *out)
{
	uint8_t mode = out->mode;
	bool driving_mode = (mode == CVC_RUN) || (mode == CVC_DEGRADED) || (mode == CVC_LIMP);
	bool in_gear = (in->gear == VEHICLE_DBC_VEHICLE_STATE_GEAR_D_CHOICE) ||
	               (in->gear == VEHICLE_DBC_VEHICLE_STATE_GEAR_R_CHOICE);
	int32_t pedal = (out->pedal_used < 0) ? 0 : out->pedal_used;

	/* brake override: brake with the accelerator pressed removes torque until the accelerator is released */
	if (out->brake_pressed && (pedal >= CVC_PEDAL_PRESSED)) {
		cvc.bos_latched = true;
	} else if (pedal < CVC_PEDAL_PRESSED) {
		cvc.bos_latched = false;
	} else {
		/* keep */
	}
	out->brake_override = cvc.bos_latched;

	int32_t demand = cvc_pedal_map(pedal);
	if (cvc.bos_latched || in->motor_cutoff || !in_gear) {
		demand = 0;
	} else {
		/* driver demand stands */
	}
	int32_t capped = (demand * (int32_t)cvc_cap_pct[mode]) / 100;

	int32_t t = cvc.torque;
	if (!driving_mode || !in_gear) {
		t = 0; /* no ramp when leaving drive: SAFE_STOP, P and N cut at once */
	} else if (capped > t) {
		t = ((capped - t) > CVC_RAMP_UP) ? (t + CVC_RAMP_UP) : capped;
	} else {
		t = ((t - capped) > CVC_RAMP_DOWN) ? (t - CVC_RAMP_DOWN) : capped;
	}
	cvc.torque = (int16_t)t;

	out->torque_limit = cvc_cap_pct[mode];
	out->torque_req = cvc.torque;
	out->accel_pedal = (uint8_t)(pedal / 5);
	out->inverter_enable = driving_mode;
	if (!in_gear) {
		out->direction = VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_NEUTRAL_CHOICE;
	} else if (in->gear == VEHICLE_DBC_VEHICLE_STATE_GEAR_R_CHOICE) {
		out->direction = VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_REVERSE_CHOICE;
	} else {
		out->direction = VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_FORWARD_CHOICE;
	}
}

static void cvc_steer(const cvc_inputs_t *in, cvc_outputs_t *out)
{
	out->steer_enable = (out->mode != CVC_INIT) && (out->mode != CVC_SHUTDOWN);
	int32_t target = out->steer_enable ? (in->steering_wheel / CVC_STEER_RATIO) : 0;
	target = (target > CVC_STEER_MAX) ? CVC_STEER_MAX : ((target < -CVC_STEER_MAX) ? -CVC_STEER_MAX : target);
	const int32_t step = (int32_t)(CVC_STEER_RATE * CVC_APP_PERIOD_MS / 10U); /* 0.01 deg per cycle */
	int32_t s = cvc.steer;
	if (target > s) {
		s = ((target - s) > step) ? (s + step) : target;
	} else {
		s = ((s - target) > step) ? (s - step) : target;
	}
	cvc.steer = (int16_t)s;
	out->steer_cmd = cvc.steer;
}

static void cvc_brake(const cvc_inputs_t *in, cvc_outputs_t *out)
{
	int32_t pedal = (in->brake_pedal < 0) ? 0 : ((in->brake_pedal > CVC_PEDAL_MAX) ? CVC_PEDAL_MAX : in->brake_pedal);
	uint8_t req = (uint8_t)(pedal / 5);
	uint8_t bmode = (req > 0U) ? VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_SERVICE_CHOICE
	                           : VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_RELEASE_CHOICE;
	if (out->mode == CVC_SAFE_STOP) {
		uint8_t floor = in->estop ? CVC_BRAKE_ESTOP : CVC_BRAKE_SAFE_STOP;
		req = (req > floor) ? req : floor;
		bmode = in->estop ? VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_EMERGENCY_CHOICE
		                  : VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_SERVICE_CHOICE;
	} else if (out->mode == CVC_SHUTDOWN) {
		req = (req > CVC_BRAKE_SAFE_STOP) ? req : CVC_BRAKE_SAFE_STOP;
		bmode = VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_HOLD_CHOICE;
	} else {
		/* the driver brakes */
	}
	out->brake_req = req;
	out->brake_mode = bmode;
	out->brake_pressed = in->brake_pedal >= CVC_BRAKE_PRESSED;
}

void cvc_app_step(const cvc_inputs_t *in, uint64_t now_us, cvc_outputs_t *out)
{
	(void)memset(out, 0, sizeof *out);
	out->pedal_used = cvc_pedal(in);
	bool no_pedal = out->pedal_used < 0;
	out->pedal_disagree = cvc.disagree;
	out->s1_stuck = cvc.s1_stuck;
	out->s2_stuck = cvc.s2_stuck;
	out->pedal_fault = cvc.disagree || cvc.s1_stuck || cvc.s2_stuck || in->pedal_s1_range || in->pedal_s2_range;
	out->brake_pressed = in->brake_pedal >= CVC_BRAKE_PRESSED;
	cvc_step_mode(in, now_us, out, no_pedal);
	out->mode = mode_state(&cvc.vm);
	cvc_torque(in, out);
	cvc_steer(in, out);
	cvc_brake(in, out);
}
