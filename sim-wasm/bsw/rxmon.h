/*
 * rxmon: receive supervision driven by a table, written once for every ECU (like the RX-check tables of
 * opendbc's safety code). Each entry names a COM receiver and the DEM events its faults raise:
 *   deadline: the receiver timed out (com's per-message timeout) -> ev_timeout FAILED; fresh again -> PASSED;
 *   E2E (counter and CRC, checked by com on reception): one PREFAILED step per bad frame and one PREPASSED
 *   step per received frame since the last call -> ev_e2e, debounced by the DEM.
 * Entries may share a timeout event (one DTC per sending ECU): it fails when any of them timed out and passes
 * when none did and one is fresh, reported once, at the first entry that names it. An entry may also supervise
 * only the E2E of a receiver whose deadline another entry reports (ev_timeout RXMON_EV_NONE), so the order
 * of the DEM reports is the table's.
 * An ECU calls rxmon_main once per tick, after com has seen the tick's frames, and rxmon_reset at boot.
 */
#ifndef RXMON_H
#define RXMON_H

#include <stdbool.h>
#include <stdint.h>

/** An event number meaning "no such monitor on this receiver". */
#define RXMON_EV_NONE 0xFFFFU

/** One supervised receiver. */
typedef struct {
	uint8_t rx;          /* COM RX handle */
	uint16_t ev_timeout; /* RXMON_EV_NONE: an event message, silence is normal */
	uint16_t ev_e2e;     /* RXMON_EV_NONE: no E2E protection */
	bool after_first;    /* the deadline is supervised only once the message was heard (optional sender) */
} rxmon_entry_t;

/** Per-entry state: how many E2E errors and receptions were already reported. */
typedef struct {
	uint32_t e2e_seen;
	uint32_t rx_seen;
} rxmon_state_t;

typedef struct {
	const rxmon_entry_t *entries;
	rxmon_state_t *state; /* `count` entries, owned by the ECU */
	uint8_t count;
} rxmon_config_t;

/* Defines `static const rxmon_config_t cfg` over the entry table `entry_table` (an rxmon_entry_t array) with
 * its state array (cfg##_state), one per entry. Example: RXMON_DEFINE(icu_rxmon_cfg, icu_rx_mon); */
#define RXMON_DEFINE(cfg, entry_table)                                                                         \
	static rxmon_state_t cfg##_state[sizeof(entry_table) / sizeof((entry_table)[0])];                      \
	static const rxmon_config_t cfg = {.entries = (entry_table), .state = cfg##_state,                     \
	                                   .count = (uint8_t)(sizeof(entry_table) / sizeof((entry_table)[0]))}

/** Forgets what was reported (boot, reset): counts start again from com's (re-initialised) statistics. */
void rxmon_reset(const rxmon_config_t *cfg);
/**
 * Reports every entry's results to the DEM, in table order. Returns true when communication is faulty: some
 * entry timed out now (and is supervised), or its timeout or E2E event is test-failed.
 */
bool rxmon_main(const rxmon_config_t *cfg);
/** True when a supervised receiver is timed out now (by the same rules; an E2E fault is not a loss). No reports. */
bool rxmon_lost(const rxmon_config_t *cfg);

#endif /* RXMON_H */
