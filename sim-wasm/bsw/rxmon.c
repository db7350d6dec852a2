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

/* A supervised deadline of one entry has run out (an optional sender only once it was heard). */
static bool rxmon_entry_lost(const rxmon_entry_t *e)
{
	const com_rx_stats_t *st = com_rx_stats(e->rx);
	bool heard = (st != NULL) && (st->received > 0U);
	return (e->ev_timeout != RXMON_EV_NONE) && com_rx_timed_out(e->rx) && (heard || !e->after_first);
}

/* True for the first entry of its timeout event: the one that reports for all entries sharing it. */
static bool rxmon_first_of_event(const rxmon_config_t *cfg, uint8_t i)
{
	bool first = cfg->entries[i].ev_timeout != RXMON_EV_NONE;
	for (uint8_t j = 0U; first && (j < i); j++) {
		first = cfg->entries[j].ev_timeout != cfg->entries[i].ev_timeout;
	}
	return first;
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
		if (rxmon_first_of_event(cfg, i)) {
			/* one sender, one event: lost when any of its messages is, passed when none is and one is fresh */
			bool lost = false;
			bool fresh = false;
			for (uint8_t j = i; j < cfg->count; j++) {
				const rxmon_entry_t *o = &cfg->entries[j];
				if (o->ev_timeout == e->ev_timeout) {
					lost = lost || rxmon_entry_lost(o);
					fresh = fresh || com_rx_fresh(o->rx);
				} else {
					/* another event */
				}
			}
			if (lost) {
				(void)dem_set_event_status(e->ev_timeout, DEM_EVENT_FAILED);
				comm = true;
			} else if (fresh) {
				(void)dem_set_event_status(e->ev_timeout, DEM_EVENT_PASSED);
			} else {
				/* nothing received yet and the deadline is still running (or not expected yet) */
			}
		} else {
			/* an event message, or reported with the first entry of its event */
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

bool rxmon_lost(const rxmon_config_t *cfg)
{
	bool lost = false;
	if ((cfg != NULL) && (cfg->entries != NULL) && (cfg->state != NULL)) {
		for (uint8_t i = 0U; !lost && (i < cfg->count); i++) {
			lost = rxmon_entry_lost(&cfg->entries[i]);
		}
	} else {
		/* no table: nothing supervised */
	}
	return lost;
}
