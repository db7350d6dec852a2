/* rzc_app: see rzc_app.h. */
#include "rzc_app.h"

#include <string.h>

/* Pack capacity in 0.1 A·ms, the unit of current (0.1 A) times the step (ms). */
#define RZC_Q_FULL ((int64_t)RZC_CAPACITY_AH * 3600LL * 1000LL * 10LL)

/* NMC cell open-circuit voltage (mV) at SOC 0, 5, ..., 100 % (the plant's battery.ts curve). */
static const int32_t rzc_ocv_mv[21] = {3000, 3300, 3450, 3500, 3550, 3590, 3620, 3645, 3670, 3695, 3720,
                                       3755, 3790, 3830, 3870, 3910, 3950, 4000, 4050, 4100, 4180};

static struct {
	bool started;
	int64_t q;             /* charge left, 0.1 A·ms */
	int32_t t_motor_eff;   /* 0.1 degC after the hysteresis */
	int32_t t_inv_eff;
	uint32_t oc_ms;
	bool oc_latched;
	uint32_t ov_ms, uv_ms, uvs_ms, poc_ms, aux_ms;
	bool severe;
	uint8_t cont;          /* RZC_CONT_* */
	uint32_t precharge_ms;
	bool enable_prev;
} rzc;

void rzc_app_init(void)
{
	(void)memset(&rzc, 0, sizeof rzc);
}

uint16_t rzc_soc_from_ocv(int32_t pack_mv)
{
	/* per cell in µV keeps the interpolation exact to a permille */
	int64_t cell_uv = ((int64_t)pack_mv * 1000) / (int64_t)RZC_CELLS;
	if (cell_uv <= (int64_t)rzc_ocv_mv[0] * 1000) {
		return 0U;
	}
	for (uint32_t i = 0U; i < 20U; i++) {
		int64_t lo = (int64_t)rzc_ocv_mv[i] * 1000;
		int64_t hi = (int64_t)rzc_ocv_mv[i + 1U] * 1000;
		if (cell_uv < hi) {
			return (uint16_t)((i * 50U) + (uint32_t)(((cell_uv - lo) * 50) / (hi - lo)));
		} else {
			/* higher segment */
		}
	}
	return 1000U;
}

static int32_t rzc_clamp(int32_t v, int32_t lo, int32_t hi)
{
	return (v < lo) ? lo : ((v > hi) ? hi : v);
}

/* Backlash: follows a rise at once, a fall only once it exceeds the hysteresis. */
static int32_t rzc_hyst(int32_t eff, int32_t t)
{
	int32_t lagged = (eff < (t + RZC_DERATE_HYST)) ? eff : (t + RZC_DERATE_HYST);
	return (t > lagged) ? t : lagged;
}

/* Allowed torque in permille: fine enough that only the end temperature itself gives 0 (shutdown). */
static uint16_t rzc_derate(int32_t t, int32_t start, int32_t end)
{
	if (t <= start) {
		return 1000U;
	} else if (t >= end) {
		return 0U;
	} else {
		int32_t p = (1000 * (end - t)) / (end - start);
		return (uint16_t)((p < 1) ? 1 : p);
	}
}

/* Counts how long a condition has held; true once it held `limit_ms`. */
static bool rzc_held(bool cond, uint32_t *ms, uint32_t step_ms, uint32_t limit_ms)
{
	if (cond) {
		*ms = ((*ms + step_ms) > limit_ms) ? limit_ms : (*ms + step_ms);
	} else {
		*ms = 0U;
	}
	return cond && (*ms >= limit_ms);
}

static void rzc_battery(const rzc_inputs_t *in, rzc_outputs_t *out)
{
	uint32_t dt = in->elapsed_ms;
	rzc.q -= (int64_t)in->battery_i * (int64_t)dt;
	rzc.q = (rzc.q < 0) ? 0 : ((rzc.q > RZC_Q_FULL) ? RZC_Q_FULL : rzc.q);
	out->soc_permille = (uint16_t)((rzc.q * 1000) / RZC_Q_FULL);
	out->soc_low = out->soc_permille < RZC_SOC_LOW_PERMILLE;

	int32_t mv = in->battery_mv;
	out->pack_ov = rzc_held(mv > RZC_PACK_OV_MV, &rzc.ov_ms, dt, RZC_PACK_V_MS);
	out->pack_uv = rzc_held(mv < RZC_PACK_UV_MV, &rzc.uv_ms, dt, RZC_PACK_V_MS);
	out->pack_uv_severe = rzc_held(mv < RZC_PACK_UV_SEVERE_MV, &rzc.uvs_ms, dt, RZC_PACK_V_MS);
	int32_t ia = (in->battery_i < 0) ? -in->battery_i : in->battery_i;
	out->pack_oc = rzc_held(ia > RZC_PACK_OC, &rzc.poc_ms, dt, RZC_PACK_OC_MS);
	out->pack_ot = in->battery_temp > RZC_PACK_OT;
	out->pack_ot_severe = in->battery_temp > RZC_PACK_OT_SEVERE;
	out->aux_uv = rzc_held(in->aux_mv < RZC_AUX_UV_MV, &rzc.aux_ms, dt, RZC_AUX_UV_MS);
	rzc.severe = rzc.severe || out->pack_ov || out->pack_uv_severe || out->pack_oc || out->pack_ot_severe;
	out->severe = rzc.severe;

	/* contactor: close through the precharge resistor first, open for good on a severe fault */
	if (rzc.severe) {
		rzc.cont = RZC_CONT_FAULT;
	} else if (rzc.cont == RZC_CONT_OPEN) {
		if ((mv >= RZC_PACK_UV_SEVERE_MV) && (mv <= RZC_PACK_OV_MV)) {
			rzc.cont = RZC_CONT_PRECHARGE;
			rzc.precharge_ms = 0U;
		} else {
			/* no plausible pack voltage: stay open */
		}
	} else if (rzc.cont == RZC_CONT_PRECHARGE) {
		rzc.precharge_ms += dt;
		rzc.cont = (rzc.precharge_ms >= RZC_PRECHARGE_MS) ? (uint8_t)RZC_CONT_CLOSED : (uint8_t)RZC_CONT_PRECHARGE;
	} else {
		/* CLOSED holds; FAULT left only through rzc_app_clear_faults */
	}
	out->contactor_state = rzc.cont;
	out->contactor = (rzc.cont == RZC_CONT_FAULT) ? (uint8_t)RZC_CONT_OPEN : rzc.cont;
}

void rzc_app_step(const rzc_inputs_t *in, rzc_outputs_t *out)
{
	if (!rzc.started) {
		/* the contactor is open at power-up: the terminal voltage is the open-circuit voltage */
		rzc.q = (RZC_Q_FULL * (int64_t)rzc_soc_from_ocv(in->battery_mv)) / 1000;
		rzc.t_motor_eff = in->motor_temp;
		rzc.t_inv_eff = in->inverter_temp;
		rzc.started = true;
	} else {
		/* running */
	}
	rzc_battery(in, out);

	/* thermal derating */
	rzc.t_motor_eff = rzc_hyst(rzc.t_motor_eff, in->motor_temp);
	rzc.t_inv_eff = rzc_hyst(rzc.t_inv_eff, in->inverter_temp);
	uint16_t pm = rzc_derate(rzc.t_motor_eff, RZC_MOTOR_DERATE_START, RZC_MOTOR_DERATE_END);
	uint16_t pi = rzc_derate(rzc.t_inv_eff, RZC_INV_DERATE_START, RZC_INV_DERATE_END);
	uint16_t thermal = (pm < pi) ? pm : pi;
	out->derate_pct = (uint8_t)(thermal / 10U);
	out->temp_derate = thermal < 1000U;
	out->motor_overtemp = pm == 0U;
	out->inverter_overtemp = pi == 0U;
	out->overtemp = thermal == 0U;

	/* phase overcurrent: latched, the current must not come back by itself */
	if (rzc_held(in->phase_current > RZC_OC_LIMIT, &rzc.oc_ms, 1U, RZC_OC_MS)) {
		rzc.oc_latched = true;
	} else {
		/* within the limit */
	}
	out->overcurrent = rzc.oc_latched;

	/* what the drive may deliver now, then what the CVC's mode allows */
	uint32_t avail = thermal; /* permille */
	if ((out->pack_uv || out->pack_ot) && (avail > (RZC_LIMP_PCT * 10U))) {
		avail = RZC_LIMP_PCT * 10U;
	} else {
		/* battery within its limits */
	}
	out->derating = avail < 1000U;
	out->max_torque = (RZC_TORQUE_MAX * (int32_t)avail) / 1000;
	uint32_t cap = avail;
	uint32_t vs_cap = in->vs_valid ? (((in->torque_limit_pct > 100U) ? 100U : in->torque_limit_pct) * 10U)
	                               : (RZC_LIMP_PCT * 10U);
	cap = (vs_cap < cap) ? vs_cap : cap;
	int32_t limit = (RZC_TORQUE_MAX * (int32_t)cap) / 1000;

	out->cmd_timeout = !in->tq_valid;
	bool enable = (rzc.cont == RZC_CONT_CLOSED) && in->tq_valid && in->inverter_enable_req && !rzc.oc_latched &&
	              !out->overtemp && !in->estop;
	/* the SC's kill relay cut a line we asked for in the last step: no torque into a dead inverter */
	bool killed = rzc.enable_prev && !in->inverter_enable_fb;
	rzc.enable_prev = enable;
	int32_t t = 0;
	if (enable && !in->cutoff && !killed && (in->direction != RZC_DIR_NEUTRAL)) {
		t = rzc_clamp(in->tq_req, -RZC_TORQUE_MAX, RZC_TORQUE_MAX);
		if (!in->regen_allowed) {
			/* regeneration is torque against the direction of travel */
			t = (in->direction == RZC_DIR_FORWARD) ? ((t < 0) ? 0 : t) : ((t > 0) ? 0 : t);
		} else {
			/* both signs allowed */
		}
		t = rzc_clamp(t, -limit, limit);
	} else {
		/* off, cut off, or neutral */
	}
	out->torque_cmd = t;
	out->inverter_enable = enable;
	if (rzc.oc_latched || out->overtemp || (rzc.cont == RZC_CONT_FAULT)) {
		out->inverter_state = RZC_INV_FAULT;
	} else if (!enable || killed) {
		out->inverter_state = RZC_INV_OFF;
	} else if (t == 0) {
		out->inverter_state = RZC_INV_STANDBY;
	} else if (out->derating || (cap < 1000U)) {
		out->inverter_state = RZC_INV_DERATED;
	} else {
		out->inverter_state = RZC_INV_RUN;
	}
}

bool rzc_app_clear_faults(void)
{
	if ((rzc.oc_ms > 0U) || (rzc.ov_ms > 0U) || (rzc.uvs_ms > 0U) || (rzc.poc_ms > 0U)) {
		return false;
	}
	rzc.oc_latched = false;
	rzc.severe = false;
	if (rzc.cont == RZC_CONT_FAULT) {
		rzc.cont = RZC_CONT_OPEN; /* the sequence starts over through precharge */
	} else {
		/* contactor fine */
	}
	return true;
}
