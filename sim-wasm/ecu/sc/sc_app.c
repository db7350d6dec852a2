/* sc_app: see sc_app.h. */
#include "sc_app.h"

#include <string.h>

#include "uds.h"
#include "vehicle_dbc.h"

#define SC_US_PER_MS 1000U

/* One check: the kill reason it reports and how long its condition must hold (0: at once). */
typedef struct {
	uint8_t reason;
	uint16_t confirm_ms;
} sc_monitor_cfg_t;

static const sc_monitor_cfg_t sc_monitors[SC_MON_COUNT] = {
	[SC_MON_BUS_SILENCE] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_BUS_SILENCE_CHOICE, 0U},
	[SC_MON_HB_CVC] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_HB_TIMEOUT_CVC_CHOICE, SC_CONFIRM_MS},
	[SC_MON_HB_FZC] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_HB_TIMEOUT_FZC_CHOICE, SC_CONFIRM_MS},
	[SC_MON_HB_RZC] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_HB_TIMEOUT_RZC_CHOICE, SC_CONFIRM_MS},
	[SC_MON_E2E] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_E2E_FAILURE_CHOICE, SC_CONFIRM_MS},
	[SC_MON_ESTOP] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_ESTOP_CHOICE, 0U},
	[SC_MON_PLAUS] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_TORQUE_CURRENT_PLAUSIBILITY_CHOICE, SC_PLAUS_CONFIRM_MS},
	[SC_MON_CREEP] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_CREEP_GUARD_CHOICE, SC_CREEP_CONFIRM_MS},
	[SC_MON_CUTOFF] = {VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_MOTOR_CUTOFF_REQUEST_CHOICE, SC_CUTOFF_CONFIRM_MS},
};

static const mode_state_cfg_t sc_states[SC_MODE_COUNT] = {
	[SC_INIT] = {"INIT", NULL, NULL},
	[SC_RUN] = {"RUN", NULL, NULL},
	[SC_KILLED] = {"KILLED", NULL, NULL},
};
static const mode_transition_t sc_transitions[] = {
	{SC_INIT, SC_RUN}, {SC_INIT, SC_KILLED}, {SC_RUN, SC_KILLED}, {SC_KILLED, SC_INIT}};
static const mode_config_t sc_mode_cfg = {"safety", sc_states, SC_MODE_COUNT, sc_transitions,
                                          (uint8_t)(sizeof sc_transitions / sizeof sc_transitions[0]), SC_INIT};

typedef struct {
	mode_machine_t m;
	uint16_t held_ms[SC_MON_COUNT];
	bool confirmed[SC_MON_COUNT];
	uint8_t kill_reason;
	int32_t tref; /* 0.1 Nm */
} sc_app_state_t;

static sc_app_state_t sc;

void sc_app_init(uint64_t now_us, uint8_t latched_reason)
{
	(void)memset(&sc, 0, sizeof sc);
	(void)mode_init(&sc.m, &sc_mode_cfg, NULL, now_us);
	if (latched_reason != VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_NONE_CHOICE) {
		sc.kill_reason = latched_reason;
		(void)mode_request(&sc.m, SC_KILLED, latched_reason, now_us);
	} else {
		/* normal start-up */
	}
}

static int32_t sc_abs(int32_t v)
{
	return (v < 0) ? -v : v;
}

int32_t sc_app_current_limit(int32_t tref, int32_t rpm, bool rpm_known)
{
	int32_t iq = (sc_abs(tref) * 100) / SC_KT_X100;
	int32_t id = SC_ID_MAX; /* speed unknown: allow the most the motor can draw without torque */
	if (rpm_known) {
		int32_t w = sc_abs(rpm);
		id = (w <= SC_RPM_BASE) ? 0
		     : (w >= SC_RPM_MAX) ? SC_ID_MAX
		                         : ((w - SC_RPM_BASE) * SC_ID_MAX) / (SC_RPM_MAX - SC_RPM_BASE);
	} else {
		/* worst case */
	}
	/* iq + id bounds sqrt(iq^2 + id^2) from above: never stricter than the true vector sum */
	return ((iq + id) * SC_PLAUS_MARGIN_PCT) / 100 + SC_PLAUS_MARGIN_ABS;
}

static void sc_conditions(const sc_inputs_t *in, bool *c)
{
	/* the reference torque follows the request up at once and decays at a bounded rate */
	int32_t req = in->tq_valid ? sc_abs(in->torque_req) : 0;
	int32_t decayed = sc.tref - SC_TREF_DECAY;
	sc.tref = (req > decayed) ? req : ((decayed > 0) ? decayed : 0);

	c[SC_MON_BUS_SILENCE] = in->bus_silent;
	c[SC_MON_HB_CVC] = in->hb_cvc_lost;
	c[SC_MON_HB_FZC] = in->hb_fzc_lost;
	c[SC_MON_HB_RZC] = in->hb_rzc_lost;
	c[SC_MON_E2E] = in->e2e_fault;
	c[SC_MON_ESTOP] = in->estop;
	c[SC_MON_PLAUS] = in->cur_valid &&
	                  ((int32_t)in->phase_current > sc_app_current_limit(sc.tref, in->motor_speed, in->ms_valid));
	bool torque_present = (in->ms_valid && (sc_abs(in->motor_torque) > SC_CREEP_TORQUE)) ||
	                      (in->cur_valid && (in->phase_current > SC_CREEP_CURRENT));
	bool no_request = in->tq_valid && (in->accel_pedal == 0U) && (sc_abs(in->torque_req) <= SC_NO_REQUEST_TORQUE);
	bool standing = in->speed_valid && (in->speed <= SC_STANDSTILL_SPEED);
	c[SC_MON_CREEP] = standing && no_request && torque_present;
	c[SC_MON_CUTOFF] = in->cutoff && torque_present;
}

static void sc_kill(uint8_t reason, uint64_t now_us)
{
	if (sc.kill_reason == VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_NONE_CHOICE) {
		sc.kill_reason = reason; /* the first reason stays */
	} else {
		/* already killed */
	}
	(void)mode_request(&sc.m, SC_KILLED, reason, now_us);
}

void sc_app_step(const sc_inputs_t *in, uint64_t now_us, sc_outputs_t *out)
{
	(void)memset(out, 0, sizeof *out);
	sc_conditions(in, out->condition);
	uint8_t state = mode_state(&sc.m);
	if (state == SC_INIT) {
		uint64_t in_state_ms = mode_time_in_state_us(&sc.m, now_us) / SC_US_PER_MS;
		bool checks_ok = in->hb_all_fresh && !in->bus_silent && !in->estop && !in->e2e_fault;
		if ((in_state_ms >= SC_INIT_MIN_MS) && checks_ok) {
			(void)mode_request(&sc.m, SC_RUN, 0U, now_us);
		} else if (in_state_ms >= SC_INIT_MAX_MS) {
			sc_kill(VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_SELF_TEST_CHOICE, now_us);
		} else {
			/* waiting for the partners */
		}
	} else if (state == SC_RUN) {
		for (uint8_t i = 0U; i < SC_MON_COUNT; i++) {
			if (out->condition[i]) {
				sc.held_ms[i] = (sc.held_ms[i] < 0xFFFFU) ? (uint16_t)(sc.held_ms[i] + 1U) : 0xFFFFU;
			} else {
				sc.held_ms[i] = 0U;
			}
			/* held_ms counts this millisecond too: confirm_ms 0 and 1 both act on the first sample */
			if (out->condition[i] && (sc.held_ms[i] > sc_monitors[i].confirm_ms)) {
				sc.confirmed[i] = true;
			} else {
				/* not (yet) confirmed */
			}
		}
		for (uint8_t i = 0U; i < SC_MON_COUNT; i++) {
			if (sc.confirmed[i]) {
				sc_kill(sc_monitors[i].reason, now_us);
				break;
			} else {
				/* next check */
			}
		}
	} else {
		/* KILLED: latched */
	}
	out->state = mode_state(&sc.m);
	out->relay_closed = out->state == SC_RUN;
	out->kill_reason = sc.kill_reason;
	(void)memcpy(out->confirmed, sc.confirmed, sizeof sc.confirmed);
}

int32_t sc_app_reset_kill(const sc_inputs_t *in, uint64_t now_us)
{
	if (mode_state(&sc.m) != SC_KILLED) {
		return -(int32_t)UDS_NRC_RSE; /* nothing to reset */
	}
	bool standing = in->speed_valid && (in->speed <= SC_RESET_SPEED);
	bool c[SC_MON_COUNT];
	sc_conditions(in, c);
	bool any = false;
	for (uint8_t i = 0U; i < SC_MON_COUNT; i++) {
		any = any || c[i];
	}
	if (!standing || any) {
		return -(int32_t)UDS_NRC_CNC;
	}
	(void)memset(sc.held_ms, 0, sizeof sc.held_ms);
	(void)memset(sc.confirmed, 0, sizeof sc.confirmed);
	sc.kill_reason = VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_NONE_CHOICE;
	(void)mode_request(&sc.m, SC_INIT, 0U, now_us);
	return 0;
}
