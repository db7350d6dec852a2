/* mode: see mode.h. */
#include "mode.h"

#include <stddef.h>
#include <string.h>

#include "text.h"

static char mode_err[64];

/* "<prefix>[<index>]<suffix>", index omitted when 0xFF */
static void mode_set_error(const char *prefix, uint8_t index, const char *suffix)
{
	(void)text_indexed(mode_err, sizeof mode_err, prefix, (index == 0xFFU) ? TEXT_NO_INDEX : index, suffix);
}

static bool mode_check_config(const mode_config_t *cfg)
{
	if (cfg == NULL) {
		mode_set_error("config: NULL", 0xFFU, "");
		return false;
	}
	if ((cfg->states == NULL) || (cfg->state_count == 0U) || (cfg->state_count > MODE_MAX_STATES)) {
		mode_set_error("state_count: must be 1..MODE_MAX_STATES with a table", 0xFFU, "");
		return false;
	}
	if (cfg->initial >= cfg->state_count) {
		mode_set_error("initial: no such state", 0xFFU, "");
		return false;
	}
	if ((cfg->transitions == NULL) && (cfg->transition_count > 0U)) {
		mode_set_error("transitions: NULL with transition_count > 0", 0xFFU, "");
		return false;
	}
	for (uint8_t i = 0U; i < cfg->transition_count; i++) {
		if (cfg->transitions[i].from >= cfg->state_count) {
			mode_set_error("transitions", i, ".from: no such state");
			return false;
		}
		if (cfg->transitions[i].to >= cfg->state_count) {
			mode_set_error("transitions", i, ".to: no such state");
			return false;
		}
	}
	return true;
}

static void mode_log(mode_machine_t *m, uint8_t from, uint8_t to, uint8_t reason, bool accepted)
{
	mode_log_entry_t *e = &m->log[m->log_total % MODE_LOG_LEN];
	e->t_us = m->now_us;
	e->from = from;
	e->to = to;
	e->reason = reason;
	e->accepted = accepted ? 1U : 0U;
	if (m->log_total < 0xFFFFFFFFU) {
		m->log_total++;
	}
}

static void mode_enter(mode_machine_t *m, uint8_t to, uint8_t reason)
{
	uint8_t from = m->state;
	const mode_state_cfg_t *states = m->cfg->states;
	mode_log(m, from, to, reason, true);
	m->in_hook = true;
	if ((from != MODE_NONE) && (states[from].on_exit != NULL)) {
		states[from].on_exit(m, from, to, reason);
	}
	m->previous = from;
	m->state = to;
	m->entered_us = m->now_us;
	if (from != MODE_NONE) {
		m->transitions++;
	}
	if (states[to].on_entry != NULL) {
		states[to].on_entry(m, from, to, reason);
	}
	m->in_hook = false;
}

int32_t mode_init(mode_machine_t *m, const mode_config_t *cfg, void *ctx, uint64_t now_us)
{
	if (m == NULL) {
		mode_set_error("machine: NULL", 0xFFU, "");
		return MODE_E_CONFIG;
	}
	(void)memset(m, 0, sizeof *m);
	if (!mode_check_config(cfg)) {
		return MODE_E_CONFIG;
	}
	mode_err[0] = '\0';
	m->cfg = cfg;
	m->ctx = ctx;
	m->state = MODE_NONE;
	m->previous = MODE_NONE;
	m->now_us = now_us;
	mode_enter(m, cfg->initial, 0U);
	/* the initial entry hook may already ask to move on */
	if (m->has_pending) {
		m->has_pending = false;
		(void)mode_request(m, m->pending_to, m->pending_reason, now_us);
	}
	return MODE_OK;
}

const char *mode_config_error(void)
{
	return mode_err;
}

bool mode_allowed(const mode_machine_t *m, uint8_t to)
{
	if ((m == NULL) || (m->cfg == NULL)) {
		return false;
	}
	for (uint8_t i = 0U; i < m->cfg->transition_count; i++) {
		if ((m->cfg->transitions[i].from == m->state) && (m->cfg->transitions[i].to == to)) {
			return true;
		}
	}
	return false;
}

int32_t mode_request(mode_machine_t *m, uint8_t to, uint8_t reason, uint64_t now_us)
{
	if ((m == NULL) || (m->cfg == NULL) || (to >= m->cfg->state_count)) {
		return MODE_E_PARAM;
	}
	if (m->in_hook) {
		if (m->has_pending) {
			m->now_us = now_us;
			mode_log(m, m->state, to, reason, false);
			m->refused++;
			return MODE_E_BUSY;
		}
		m->has_pending = true;
		m->pending_to = to;
		m->pending_reason = reason;
		return MODE_PENDING;
	}
	m->now_us = now_us;
	int32_t result = MODE_OK;
	/* each pass takes one transition; a hook's follow-up request loops here instead of recursing.
	   Bounded by the state count so two hooks that bounce between each other cannot hang the ECU. */
	for (uint8_t chain = 0U; chain <= m->cfg->state_count; chain++) {
		if (mode_allowed(m, to)) {
			mode_enter(m, to, reason);
		} else if (to == m->state) {
			if (chain == 0U) {
				result = MODE_SAME;
			}
		} else {
			mode_log(m, m->state, to, reason, false);
			m->refused++;
			if (chain == 0U) {
				result = MODE_E_ILLEGAL;
			}
		}
		if (!m->has_pending) {
			return result;
		}
		m->has_pending = false;
		to = m->pending_to;
		reason = m->pending_reason;
	}
	/* the chain limit was hit: the last follow-up is dropped, and counted */
	mode_log(m, m->state, to, reason, false);
	m->refused++;
	return result;
}

uint8_t mode_state(const mode_machine_t *m)
{
	return ((m == NULL) || (m->cfg == NULL)) ? MODE_NONE : m->state;
}

const char *mode_state_name(const mode_machine_t *m, uint8_t state)
{
	if ((m == NULL) || (m->cfg == NULL) || (state >= m->cfg->state_count) || (m->cfg->states[state].name == NULL)) {
		return "?";
	}
	return m->cfg->states[state].name;
}

uint64_t mode_time_in_state_us(const mode_machine_t *m, uint64_t now_us)
{
	if ((m == NULL) || (m->cfg == NULL) || (now_us < m->entered_us)) {
		return 0U;
	}
	return now_us - m->entered_us;
}

uint8_t mode_log_count(const mode_machine_t *m)
{
	if (m == NULL) {
		return 0U;
	}
	return (m->log_total < MODE_LOG_LEN) ? (uint8_t)m->log_total : (uint8_t)MODE_LOG_LEN;
}

const mode_log_entry_t *mode_log_get(const mode_machine_t *m, uint8_t i)
{
	uint8_t n = mode_log_count(m);
	if (i >= n) {
		return NULL;
	}
	uint32_t oldest = m->log_total - n;
	return &m->log[(oldest + i) % MODE_LOG_LEN];
}
