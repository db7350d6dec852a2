/* rxmon: see rxmon.h. */
#include "rxmon.h"

#include <stddef.h>

#include "com.h"
#include "dem.h"

void rxmon_reset(const rxmon_config_t *cfg)
{
	if ((cfg == NULL) || (cfg->state == NULL)) {
		return;
	}
	for (uint8_t i = 0U; i < cfg->count; i++) {
		cfg->state[i].e2e_seen = 0U;
		cfg->state[i].rx_seen = 0U;
	}
}

static bool rxmon_failed(uint16_t ev)
{
	return (ev != RXMON_EV_NONE) && ((dem_event_status(ev) & DEM_TF) != 0U);
}

bool rxmon_main(const rxmon_config_t *cfg)
{
	if ((cfg == NULL) || (cfg->entries == NULL) || (cfg->state == NULL)) {
		return false;
	}
	bool comm = false;
	for (uint8_t i = 0U; i < cfg->count; i++) {
		const rxmon_entry_t *e = &cfg->entries[i];
		rxmon_state_t *s = &cfg->state[i];
		const com_rx_stats_t *st = com_rx_stats(e->rx);
		bool heard = (st != NULL) && (st->received > 0U);
		if (e->ev_timeout == RXMON_EV_NONE) {
			/* event message: no deadline */
		} else if (com_rx_timed_out(e->rx) && (heard || !e->after_first)) {
			(void)dem_set_event_status(e->ev_timeout, DEM_EVENT_FAILED);
			comm = true;
		} else if (com_rx_fresh(e->rx)) {
			(void)dem_set_event_status(e->ev_timeout, DEM_EVENT_PASSED);
		} else {
			/* nothing received yet and the deadline is still running (or not expected yet) */
		}
		if ((st != NULL) && (e->ev_e2e != RXMON_EV_NONE)) {
			/* one debounce step per bad and per good frame since the last call */
			for (; s->e2e_seen != st->e2e_errors; s->e2e_seen++) {
				(void)dem_set_event_status(e->ev_e2e, DEM_EVENT_PREFAILED);
			}
			for (; s->rx_seen != st->received; s->rx_seen++) {
				(void)dem_set_event_status(e->ev_e2e, DEM_EVENT_PREPASSED);
			}
		} else {
			/* no E2E on this message (or no such receiver) */
		}
		comm = comm || rxmon_failed(e->ev_timeout) || rxmon_failed(e->ev_e2e);
	}
	return comm;
}
