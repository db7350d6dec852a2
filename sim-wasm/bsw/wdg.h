/*
 * wdg: watchdog manager (AUTOSAR WdgM style) and a virtual hardware watchdog.
 * Supervised entities (a task, a control loop) are listed in a const table with
 *  - alive supervision: the entity calls wdg_alive() at its checkpoint; per supervision cycle of cycle_ms
 *    the count must lie in [expected - min_margin, expected + max_margin];
 *  - deadline supervision: wdg_deadline_start()/wdg_deadline_end() must be min_ms..max_ms apart (a missing
 *    end is caught by wdg_main once max_ms has passed).
 * A failed supervision cycle makes the entity FAILED; more than failed_tolerance failed cycles in a row
 * make it EXPIRED, which is final until wdg_init. While any entity is EXPIRED the manager stops calling the
 * trigger hook, so the (virtual) hardware watchdog runs out and the ECU resets: the reaction to a hung or
 * overrunning task never depends on that task's cooperation.
 * Time is passed in (now_us); nothing here reads a clock.
 */
#ifndef WDG_H
#define WDG_H

#include <stdbool.h>
#include <stdint.h>

#ifndef WDG_MAX_ENTITIES
#define WDG_MAX_ENTITIES 8U
#endif

#define WDG_OK       0
#define WDG_E_PARAM  (-1)
#define WDG_E_CONFIG (-2)

typedef enum {
	WDG_STATUS_OK = 0,
	WDG_STATUS_FAILED,      /* a supervision failed, still within the tolerance */
	WDG_STATUS_EXPIRED,     /* tolerance exceeded: the hardware watchdog is no longer triggered */
	WDG_STATUS_DEACTIVATED  /* not supervised (wdg_set_active(…, false)) */
} wdg_status_t;

/** One supervised entity. A supervision whose parameters are all 0 is not used. */
typedef struct {
	/* alive supervision */
	uint16_t cycle_ms;        /* supervision cycle; 0 = no alive supervision */
	uint16_t expected;        /* alive indications expected per cycle */
	uint16_t min_margin;      /* fewer than expected - min_margin fails */
	uint16_t max_margin;      /* more than expected + max_margin fails */
	/* deadline supervision */
	uint32_t deadline_min_us; /* end sooner than this after start fails */
	uint32_t deadline_max_us; /* end later than this (or not at all) fails; 0 = no deadline supervision */
	uint8_t failed_tolerance; /* failed cycles in a row tolerated before EXPIRED (0: the first failure expires) */
	uint8_t active;           /* 1: supervised from wdg_init on */
} wdg_entity_cfg_t;

typedef struct {
	const wdg_entity_cfg_t *entities; /* entity id = index */
	uint8_t entity_count;             /* 1..WDG_MAX_ENTITIES */
	uint16_t trigger_period_ms;       /* how often the hardware watchdog is triggered while healthy (> 0) */
	void (*trigger)(void);            /* kicks the hardware watchdog (ECU: wdg_hw_kick) */
	void (*expired)(uint8_t entity);  /* told once, when the first entity expires (log, DEM event); may be NULL */
} wdg_config_t;

/* Table rows (wdg_entity_cfg_t), supervised from wdg_init on: an alive supervision expecting `expected`
 * indications per `cycle_ms`, give or take `margin`; a deadline supervision of at most `max_us`. Each
 * tolerates `tolerance` failed cycles in a row. */
#define WDG_ALIVE_ENTITY(cycle, count, margin, tolerance)                                                        \
	{.cycle_ms = (cycle), .expected = (count), .min_margin = (margin), .max_margin = (margin),              \
	 .failed_tolerance = (tolerance), .active = 1U}
#define WDG_DEADLINE_ENTITY(max_us, tolerance) {.deadline_max_us = (max_us), .failed_tolerance = (tolerance), .active = 1U}

/** Counters since wdg_init. */
typedef struct {
	uint32_t triggers;
	uint32_t alive_failures;    /* supervision cycles with too few or too many indications */
	uint32_t deadline_failures; /* too early, too late or never ended */
	uint32_t bad_calls;         /* unknown entity, end without start */
} wdg_stats_t;

/** Per-entity detail for status displays. */
typedef struct {
	wdg_status_t status;
	uint16_t last_alive_count;  /* indications in the last completed supervision cycle */
	uint8_t failed_cycles;      /* consecutive failed cycles */
	uint32_t last_deadline_us;  /* the last measured start→end time */
} wdg_entity_info_t;

/** Validates and takes the table (kept by pointer); supervision cycles start at now_us. WDG_OK or WDG_E_CONFIG. */
int32_t wdg_init(const wdg_config_t *cfg, uint64_t now_us);
/** Why the last wdg_init failed ("entities[2]: deadline_min_us > deadline_max_us"), or "". */
const char *wdg_config_error(void);
/** Alive indication of an entity (its checkpoint was reached). */
void wdg_alive(uint8_t entity);
/** Start checkpoint of a deadline supervision. */
void wdg_deadline_start(uint8_t entity, uint64_t now_us);
/** End checkpoint of a deadline supervision: judged against deadline_min_us..deadline_max_us at once. */
void wdg_deadline_end(uint8_t entity, uint64_t now_us);
/** Evaluates finished supervision cycles and missing deadline ends, then triggers the watchdog if healthy. */
void wdg_main(uint64_t now_us);
/** Switches supervision of an entity on or off (a stopped task must not expire); not out of EXPIRED. */
int32_t wdg_set_active(uint8_t entity, bool active, uint64_t now_us);
/** Status of one entity (DEACTIVATED for an unknown id, counted as a bad call). */
wdg_status_t wdg_entity_status(uint8_t entity);
/** Worst status over all active entities: OK, FAILED or EXPIRED. */
wdg_status_t wdg_global_status(void);
/** The entity that expired first, or -1. */
int32_t wdg_first_expired(void);
/** Detail of one entity, or NULL for an unknown id. */
const wdg_entity_info_t *wdg_entity_info(uint8_t entity);
/** The counters. */
const wdg_stats_t *wdg_stats(void);

/** A virtual hardware watchdog: runs out timeout_ms after the last kick. Several may exist (e.g. internal + external). */
typedef struct {
	uint64_t timeout_us;
	uint64_t last_kick_us;
	bool fired;
} wdg_hw_t;

/** Arms the hardware watchdog at now_us. */
void wdg_hw_init(wdg_hw_t *hw, uint32_t timeout_ms, uint64_t now_us);
/** Trigger: restarts the timeout. */
void wdg_hw_kick(wdg_hw_t *hw, uint64_t now_us);
/** True once the timeout has run out since the last kick (the ECU then resets itself); stays true until init. */
bool wdg_hw_expired(wdg_hw_t *hw, uint64_t now_us);

#endif /* WDG_H */
