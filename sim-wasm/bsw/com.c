/* com: see com.h. */
#include "com.h"

#include <string.h>

#include "canif.h"

#define COM_US_PER_MS 1000U

typedef struct {
	uint64_t next_due_us;
	bool triggered;
	e2e_p1_protect_state_t e2e;
	com_tx_stats_t st;
} com_tx_state_t;

typedef struct {
	uint8_t data[COM_MAX_LEN];
	uint64_t last_rx_us;
	bool ever;
	bool timed_out;
	bool updated;
	e2e_p1_check_state_t e2e;
	com_rx_stats_t st;
} com_rx_state_t;

static const com_config_t *com_cfg;
static com_tx_state_t com_tx[COM_MAX_TX];
static com_rx_state_t com_rx[COM_MAX_RX];
static uint64_t com_now_us;
/* The earliest time at which com_main has anything to do: a TX entry's next_due_us or an RX deadline
 * (last_rx_us + timeout) not yet flagged. Never later than the true minimum (an RX that moves its deadline
 * later leaves it early; the next scan recomputes it), so a tick before it with no trigger pending can skip
 * the scan of every entry and do exactly what the scan would have done: nothing. */
static uint64_t com_next_us;
static bool com_any_triggered;

int32_t com_init(const com_config_t *cfg, uint64_t now_us)
{
	com_cfg = NULL;
	if ((cfg == NULL) || (cfg->tx_count > COM_MAX_TX) || (cfg->rx_count > COM_MAX_RX) ||
	    ((cfg->tx == NULL) && (cfg->tx_count > 0U)) || ((cfg->rx == NULL) && (cfg->rx_count > 0U))) {
		return COM_E_CONFIG;
	}
	for (uint8_t i = 0U; i < cfg->tx_count; i++) {
		if ((cfg->tx[i].len > COM_MAX_LEN) || (cfg->tx[i].pack == NULL) ||
		    ((cfg->tx[i].e2e != 0U) && (cfg->tx[i].len < E2E_P1_MIN_LEN))) {
			return COM_E_CONFIG;
		}
	}
	for (uint8_t i = 0U; i < cfg->rx_count; i++) {
		if (cfg->rx[i].len > COM_MAX_LEN) {
			return COM_E_CONFIG;
		}
	}
	(void)memset(com_tx, 0, sizeof com_tx);
	(void)memset(com_rx, 0, sizeof com_rx);
	for (uint8_t i = 0U; i < cfg->tx_count; i++) {
		com_tx[i].next_due_us = now_us + ((uint64_t)cfg->tx[i].offset_ms * COM_US_PER_MS);
	}
	for (uint8_t i = 0U; i < cfg->rx_count; i++) {
		com_rx[i].last_rx_us = now_us;
	}
	com_now_us = now_us;
	com_next_us = now_us; /* the first com_main scans */
	com_any_triggered = false;
	com_cfg = cfg;
	return 0;
}

static void com_send(uint8_t i)
{
	const com_tx_cfg_t *c = &com_cfg->tx[i];
	com_tx_state_t *s = &com_tx[i];
	uint8_t buf[COM_MAX_LEN];
	(void)memset(buf, 0, sizeof buf);
	int n = c->pack(buf, c->len);
	if ((n < 0) || ((size_t)n > c->len)) {
		s->st.pack_errors++;
		return;
	}
	if (c->e2e != 0U) {
		const e2e_p1_config_t e2e_cfg = {c->e2e_data_id, 1U};
		(void)e2e_p1_protect(&e2e_cfg, &s->e2e, buf, c->len);
	} else {
		/* QM message: no protection */
	}
	if (canif_transmit(c->id, 0U, c->len, buf) < 0) {
		s->st.tx_errors++;
	} else {
		s->st.sent++;
	}
}

void com_main(uint64_t now_us)
{
	if (com_cfg == NULL) {
		return;
	}
	if ((now_us < com_next_us) && !com_any_triggered && (now_us >= com_now_us)) {
		/* nothing due (time going backwards scans, as the deadline test below wraps then) */
		com_now_us = now_us;
		return;
	} else {
		/* something may be due: scan */
	}
	com_now_us = now_us;
	com_any_triggered = false;
	uint64_t next = UINT64_MAX;
	for (uint8_t i = 0U; i < com_cfg->tx_count; i++) {
		const com_tx_cfg_t *c = &com_cfg->tx[i];
		com_tx_state_t *s = &com_tx[i];
		bool due = false;
		if ((c->cycle_ms > 0U) && (now_us >= s->next_due_us)) {
			due = true;
			uint64_t period = (uint64_t)c->cycle_ms * COM_US_PER_MS;
			/* keep the grid; after a long gap (paused host) resume from now instead of bursting */
			s->next_due_us += period;
			if (s->next_due_us <= now_us) {
				s->next_due_us = now_us + period;
			} else {
				/* on the grid */
			}
		} else {
			/* not due */
		}
		if (s->triggered) {
			due = true;
			s->triggered = false;
		} else {
			/* no event */
		}
		if (due) {
			com_send(i);
		} else {
			/* nothing to send */
		}
		if ((c->cycle_ms > 0U) && (s->next_due_us < next)) {
			next = s->next_due_us;
		} else {
			/* event-only, or not the earliest */
		}
	}
	for (uint8_t i = 0U; i < com_cfg->rx_count; i++) {
		const com_rx_cfg_t *c = &com_cfg->rx[i];
		com_rx_state_t *s = &com_rx[i];
		if ((c->timeout_ms > 0U) && !s->timed_out &&
		    ((now_us - s->last_rx_us) >= ((uint64_t)c->timeout_ms * COM_US_PER_MS))) {
			s->timed_out = true;
			s->st.timeouts++;
		} else {
			/* within the deadline, or already flagged */
		}
		if ((c->timeout_ms > 0U) && !s->timed_out) {
			uint64_t deadline = s->last_rx_us + ((uint64_t)c->timeout_ms * COM_US_PER_MS);
			if (deadline < next) {
				next = deadline;
			} else {
				/* not the earliest */
			}
		} else {
			/* no deadline to watch */
		}
	}
	com_next_us = next;
}

int32_t com_trigger(uint8_t tx)
{
	if ((com_cfg == NULL) || (tx >= com_cfg->tx_count)) {
		return COM_E_PARAM;
	}
	com_tx[tx].triggered = true;
	com_any_triggered = true;
	return 0;
}

void com_rx_indication(uint16_t handle, const uint8_t *data, uint8_t len)
{
	if ((com_cfg == NULL) || (handle >= com_cfg->rx_count) || (data == NULL)) {
		return;
	}
	const com_rx_cfg_t *c = &com_cfg->rx[handle];
	com_rx_state_t *s = &com_rx[handle];
	if (len < c->len) {
		s->st.len_errors++;
		return;
	}
	if (c->e2e != 0U) {
		const e2e_p1_config_t e2e_cfg = {c->e2e_data_id, c->e2e_max_delta};
		s->st.last_e2e = e2e_p1_check(&e2e_cfg, &s->e2e, data, c->len);
		if (!e2e_p1_usable(s->st.last_e2e)) {
			s->st.e2e_errors++;
			return;
		}
	} else {
		/* QM message: accepted as is */
	}
	(void)memcpy(s->data, data, c->len);
	s->last_rx_us = com_now_us;
	if ((c->timeout_ms > 0U) && s->timed_out) {
		/* a deadline watched again: it may be the earliest (one not flagged only moves later) */
		uint64_t deadline = com_now_us + ((uint64_t)c->timeout_ms * COM_US_PER_MS);
		if (deadline < com_next_us) {
			com_next_us = deadline;
		} else {
			/* a scan comes sooner */
		}
	} else {
		/* the deadline moved later, or none */
	}
	s->ever = true;
	s->timed_out = false;
	s->updated = true;
	s->st.received++;
}

static bool com_rx_ok(uint8_t rx)
{
	return (com_cfg != NULL) && (rx < com_cfg->rx_count);
}

const uint8_t *com_rx_data(uint8_t rx)
{
	static const uint8_t zeros[COM_MAX_LEN] = {0U};
	return com_rx_ok(rx) ? com_rx[rx].data : zeros;
}

bool com_rx_fresh(uint8_t rx)
{
	return com_rx_ok(rx) && com_rx[rx].ever && !com_rx[rx].timed_out;
}

bool com_rx_timed_out(uint8_t rx)
{
	return !com_rx_ok(rx) || com_rx[rx].timed_out;
}

bool com_rx_take_update(uint8_t rx)
{
	if (!com_rx_ok(rx) || !com_rx[rx].updated) {
		return false;
	}
	com_rx[rx].updated = false;
	return true;
}

const com_rx_stats_t *com_rx_stats(uint8_t rx)
{
	return com_rx_ok(rx) ? &com_rx[rx].st : NULL;
}

const com_tx_stats_t *com_tx_stats(uint8_t tx)
{
	return ((com_cfg != NULL) && (tx < com_cfg->tx_count)) ? &com_tx[tx].st : NULL;
}
