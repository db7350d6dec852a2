/* wdg: see wdg.h. One static instance: one watchdog manager per ECU image. */
#include "wdg.h"

#include <stddef.h>
#include <string.h>

#include "text.h"

#define WDG_US_PER_MS 1000U

typedef struct {
	wdg_entity_info_t info;
	uint16_t alive_count;   /* indications in the running supervision cycle */
	uint64_t cycle_start_us;
	uint64_t dl_start_us;
	bool dl_running;
	bool dl_failed;         /* a deadline failure waiting for wdg_main */
	bool dl_passed;         /* a deadline met, waiting for wdg_main */
} wdg_entity_t;

static const wdg_config_t *wdg_cfg;
static wdg_entity_t wdg_ent[WDG_MAX_ENTITIES];
static wdg_stats_t wdg_st;
static uint64_t wdg_last_trigger_us;
static int32_t wdg_first_exp;
static char wdg_err[64];

/* "<prefix>[<index>]<suffix>", index omitted when 0xFF */
static void wdg_set_error(const char *prefix, uint8_t index, const char *suffix)
{
	(void)text_indexed(wdg_err, sizeof wdg_err, prefix, (index == 0xFFU) ? TEXT_NO_INDEX : index, suffix);
}

static bool wdg_check_config(const wdg_config_t *cfg)
{
	if (cfg == NULL) {
		wdg_set_error("config: NULL", 0xFFU, "");
		return false;
	}
	if ((cfg->entities == NULL) || (cfg->entity_count == 0U) || (cfg->entity_count > WDG_MAX_ENTITIES)) {
		wdg_set_error("entity_count: must be 1..WDG_MAX_ENTITIES with a table", 0xFFU, "");
		return false;
	}
	if ((cfg->trigger == NULL) || (cfg->trigger_period_ms == 0U)) {
		wdg_set_error("trigger: hook NULL or trigger_period_ms 0", 0xFFU, "");
		return false;
	}
	for (uint8_t i = 0U; i < cfg->entity_count; i++) {
		const wdg_entity_cfg_t *e = &cfg->entities[i];
		if ((e->cycle_ms == 0U) && (e->deadline_max_us == 0U)) {
			wdg_set_error("entities", i, ": neither alive (cycle_ms) nor deadline (deadline_max_us) supervision");
			return false;
		}
		if ((e->cycle_ms != 0U) && (e->min_margin > e->expected)) {
			wdg_set_error("entities", i, ": min_margin > expected");
			return false;
		}
		if ((e->deadline_max_us != 0U) && (e->deadline_min_us > e->deadline_max_us)) {
			wdg_set_error("entities", i, ": deadline_min_us > deadline_max_us");
			return false;
		}
	}
	return true;
}

static void wdg_reset_entity(uint8_t i, uint64_t now_us, bool active)
{
	wdg_entity_t *e = &wdg_ent[i];
	(void)memset(e, 0, sizeof *e);
	e->info.status = active ? WDG_STATUS_OK : WDG_STATUS_DEACTIVATED;
	e->cycle_start_us = now_us;
}

int32_t wdg_init(const wdg_config_t *cfg, uint64_t now_us)
{
	wdg_cfg = NULL;
	(void)memset(&wdg_st, 0, sizeof wdg_st);
	wdg_first_exp = -1;
	wdg_last_trigger_us = now_us;
	if (!wdg_check_config(cfg)) {
		return WDG_E_CONFIG;
	}
	wdg_err[0] = '\0';
	wdg_cfg = cfg;
	for (uint8_t i = 0U; i < cfg->entity_count; i++) {
		wdg_reset_entity(i, now_us, cfg->entities[i].active != 0U);
	}
	return WDG_OK;
}

const char *wdg_config_error(void)
{
	return wdg_err;
}

static bool wdg_valid(uint8_t entity)
{
	if ((wdg_cfg == NULL) || (entity >= wdg_cfg->entity_count)) {
		wdg_st.bad_calls++;
		return false;
	}
	return true;
}

static bool wdg_supervised(uint8_t entity)
{
	wdg_status_t s = wdg_ent[entity].info.status;
	return (s == WDG_STATUS_OK) || (s == WDG_STATUS_FAILED);
}

void wdg_alive(uint8_t entity)
{
	if (wdg_valid(entity) && wdg_supervised(entity) && (wdg_ent[entity].alive_count < 0xFFFFU)) {
		wdg_ent[entity].alive_count++;
	}
}

void wdg_deadline_start(uint8_t entity, uint64_t now_us)
{
	if (!wdg_valid(entity) || !wdg_supervised(entity)) {
		return;
	}
	/* a start while running restarts the measurement: the previous run's end was skipped, which the
	   missing-end check would only catch if it took longer than max */
	wdg_ent[entity].dl_running = true;
	wdg_ent[entity].dl_start_us = now_us;
}

void wdg_deadline_end(uint8_t entity, uint64_t now_us)
{
	if (!wdg_valid(entity) || !wdg_supervised(entity)) {
		return;
	}
	wdg_entity_t *e = &wdg_ent[entity];
	const wdg_entity_cfg_t *c = &wdg_cfg->entities[entity];
	if (!e->dl_running) {
		wdg_st.bad_calls++;
		return;
	}
	e->dl_running = false;
	uint64_t took = now_us - e->dl_start_us;
	e->info.last_deadline_us = (took > 0xFFFFFFFFU) ? 0xFFFFFFFFU : (uint32_t)took;
	if ((took < c->deadline_min_us) || (took > c->deadline_max_us)) {
		e->dl_failed = true;
		wdg_st.deadline_failures++;
	} else {
		e->dl_passed = true;
	}
}

/* One supervision result of an entity: failures in a row beyond the tolerance expire it. */
static void wdg_judge(uint8_t i, bool failed)
{
	wdg_entity_t *e = &wdg_ent[i];
	if (!failed) {
		e->info.failed_cycles = 0U;
		e->info.status = WDG_STATUS_OK;
		return;
	}
	if (e->info.failed_cycles < 0xFFU) {
		e->info.failed_cycles++;
	}
	if (e->info.failed_cycles > wdg_cfg->entities[i].failed_tolerance) {
		e->info.status = WDG_STATUS_EXPIRED;
		if (wdg_first_exp < 0) {
			wdg_first_exp = (int32_t)i;
			if (wdg_cfg->expired != NULL) {
				wdg_cfg->expired(i);
			}
		}
	} else {
		e->info.status = WDG_STATUS_FAILED;
	}
}

static bool wdg_alive_ok(const wdg_entity_cfg_t *c, uint32_t count)
{
	uint32_t lo = (uint32_t)c->expected - (uint32_t)c->min_margin;
	uint32_t hi = (uint32_t)c->expected + (uint32_t)c->max_margin;
	return (count >= lo) && (count <= hi);
}

static void wdg_supervise(uint8_t i, uint64_t now_us)
{
	wdg_entity_t *e = &wdg_ent[i];
	const wdg_entity_cfg_t *c = &wdg_cfg->entities[i];
	bool judged = false; /* a supervision cycle ended or a deadline was measured since the last call */
	bool failed = false;
	uint64_t missed = 0U; /* whole cycles that went by without any wdg_main call */
	if (c->cycle_ms != 0U) {
		uint64_t cycle_us = (uint64_t)c->cycle_ms * WDG_US_PER_MS;
		uint64_t done = (now_us - e->cycle_start_us) / cycle_us;
		if (done > 0U) {
			judged = true;
			if (!wdg_alive_ok(c, e->alive_count)) {
				failed = true;
				wdg_st.alive_failures++;
			}
			e->info.last_alive_count = e->alive_count;
			e->alive_count = 0U;
			e->cycle_start_us += done * cycle_us;
			missed = wdg_alive_ok(c, 0U) ? 0U : (done - 1U);
		}
	}
	if (c->deadline_max_us != 0U) {
		if (e->dl_running && ((now_us - e->dl_start_us) > c->deadline_max_us)) {
			e->dl_running = false;
			e->dl_failed = true;
			wdg_st.deadline_failures++;
		}
		judged = judged || e->dl_failed || e->dl_passed;
		failed = failed || e->dl_failed;
		e->dl_failed = false;
		e->dl_passed = false;
	}
	if (judged) {
		wdg_judge(i, failed);
	}
	/* bounded: stops at EXPIRED, which the tolerance (<= 255) reaches quickly */
	for (uint64_t k = 0U; (k < missed) && (e->info.status != WDG_STATUS_EXPIRED); k++) {
		wdg_st.alive_failures++;
		wdg_judge(i, true);
	}
}

void wdg_main(uint64_t now_us)
{
	if (wdg_cfg == NULL) {
		return;
	}
	for (uint8_t i = 0U; i < wdg_cfg->entity_count; i++) {
		if (wdg_supervised(i)) {
			wdg_supervise(i, now_us);
		}
	}
	if ((wdg_first_exp < 0) && ((now_us - wdg_last_trigger_us) >= (uint64_t)wdg_cfg->trigger_period_ms * WDG_US_PER_MS)) {
		wdg_cfg->trigger();
		wdg_last_trigger_us = now_us;
		wdg_st.triggers++;
	}
}

int32_t wdg_set_active(uint8_t entity, bool active, uint64_t now_us)
{
	if (!wdg_valid(entity)) {
		return WDG_E_PARAM;
	}
	wdg_status_t s = wdg_ent[entity].info.status;
	if (s == WDG_STATUS_EXPIRED) {
		wdg_st.bad_calls++;
		return WDG_E_PARAM;
	}
	if (active != (s != WDG_STATUS_DEACTIVATED)) {
		wdg_reset_entity(entity, now_us, active);
	}
	return WDG_OK;
}

wdg_status_t wdg_entity_status(uint8_t entity)
{
	return wdg_valid(entity) ? wdg_ent[entity].info.status : WDG_STATUS_DEACTIVATED;
}

wdg_status_t wdg_global_status(void)
{
	wdg_status_t g = WDG_STATUS_OK;
	if (wdg_cfg == NULL) {
		return g;
	}
	for (uint8_t i = 0U; i < wdg_cfg->entity_count; i++) {
		wdg_status_t s = wdg_ent[i].info.status;
		if (s == WDG_STATUS_EXPIRED) {
			return WDG_STATUS_EXPIRED;
		}
		if (s == WDG_STATUS_FAILED) {
			g = WDG_STATUS_FAILED;
		}
	}
	return g;
}

int32_t wdg_first_expired(void)
{
	return wdg_first_exp;
}

const wdg_entity_info_t *wdg_entity_info(uint8_t entity)
{
	return wdg_valid(entity) ? &wdg_ent[entity].info : NULL;
}

const wdg_stats_t *wdg_stats(void)
{
	return &wdg_st;
}

/* ---- virtual hardware watchdog ---- */

void wdg_hw_init(wdg_hw_t *hw, uint32_t timeout_ms, uint64_t now_us)
{
	hw->timeout_us = (uint64_t)timeout_ms * WDG_US_PER_MS;
	hw->last_kick_us = now_us;
	hw->fired = false;
}

void wdg_hw_kick(wdg_hw_t *hw, uint64_t now_us)
{
	if (!hw->fired) {
		hw->last_kick_us = now_us;
	}
}

bool wdg_hw_expired(wdg_hw_t *hw, uint64_t now_us)
{
	/* a kick exactly at the timeout still counts, like a window that closes after its last tick */
	if (!hw->fired && ((now_us - hw->last_kick_us) > hw->timeout_us)) {
		hw->fired = true;
	}
	return hw->fired;
}
