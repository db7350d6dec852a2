/*
 * dem: diagnostic event manager. Each ECU lists its diagnostic events in a const table (event id = index
 * in the table → 3-byte UDS DTC in SAE J2012 form, debouncing, confirmation and aging). The application
 * reports test results; DEM debounces them, keeps the ISO 14229-1 status byte of every DTC across
 * operation cycles, counts occurrences, captures a freeze frame (snapshot record 0x01) at the first failure,
 * persists all of it in one NVM block (version + CRC-32; an empty or corrupt block means a clean start,
 * counted), and tells the ECU about status changes so it can send DtcEvent (0x500).
 * UDS services 0x19/0x14 read and clear through these functions; an ECU wires them into uds.h's table:
 *   static const uds_dem_if_t dem_if = {dem_status_availability_mask, dem_count, dem_get, dem_dtc_status,
 *                                       dem_snapshot, dem_clear};
 * Time comes from dem_main(now_us); reports between two calls are stamped with the last call's time.
 * The lifecycle and parameters are described in docs/dtc.md.
 */
#ifndef DEM_H
#define DEM_H

#include <stdbool.h>
#include <stdint.h>

#ifndef DEM_MAX_EVENTS
#define DEM_MAX_EVENTS 32U
#endif
#ifndef DEM_FF_MAX_BYTES
#define DEM_FF_MAX_BYTES 16U /* freeze frame data bytes per event (DID payloads only) */
#endif
#ifndef DEM_FF_MAX_DIDS
#define DEM_FF_MAX_DIDS 6U
#endif
#ifndef DEM_NVM_MIN_INTERVAL_MS
#define DEM_NVM_MIN_INTERVAL_MS 1000U /* dem_main writes a dirty block at most this often */
#endif

/* ISO 14229-1 DTC status byte */
#define DEM_TF     0x01U /* testFailed */
#define DEM_TFTOC  0x02U /* testFailedThisOperationCycle */
#define DEM_PDTC   0x04U /* pendingDTC */
#define DEM_CDTC   0x08U /* confirmedDTC */
#define DEM_TNCSLC 0x10U /* testNotCompletedSinceLastClear */
#define DEM_TFSLC  0x20U /* testFailedSinceLastClear */
#define DEM_TNCTOC 0x40U /* testNotCompletedThisOperationCycle */
#define DEM_WIR    0x80U /* warningIndicatorRequested */

#define DEM_STATUS_AFTER_CLEAR (DEM_TNCSLC | DEM_TNCTOC)
#define DEM_STATUS_AVAILABILITY 0xFFU /* every bit is supported */
/* Bits whose change is reported through status_changed unless the config names others. */
#define DEM_NOTIFY_DEFAULT (DEM_TF | DEM_PDTC | DEM_CDTC | DEM_WIR)

#define DEM_DEFAULT_CONFIRM_CYCLES 1U
#define DEM_DEFAULT_AGING_CYCLES   40U
#define DEM_DEFAULT_HEALING_CYCLES 1U
#define DEM_AGING_NEVER            0xFFU

#define DEM_GROUP_ALL 0xFFFFFFU /* UDS groupOfDTC "all groups" */

/* SAE J2012 system letters, the top two bits of the DTC */
#define DEM_SYS_P 0U /* powertrain */
#define DEM_SYS_C 1U /* chassis */
#define DEM_SYS_B 2U /* body */
#define DEM_SYS_U 3U /* network */
/* A 3-byte UDS DTC from a J2012 code written as hex: DEM_DTC(DEM_SYS_C, 0x0561U, 0x00U) is C0561-00 = 0x456100.
 * code holds the four characters after the letter (first one 0..3). */
#define DEM_DTC(sys, code, ftb) ((((uint32_t)(sys) & 3U) << 22) | (((uint32_t)(code) & 0x3FFFU) << 8) | ((uint32_t)(ftb) & 0xFFU))

#define DEM_OK        0
#define DEM_E_PARAM   (-1) /* unknown event/DTC, NULL pointer, value out of range */
#define DEM_E_CONFIG  (-2) /* table rejected by dem_init: see dem_config_error() */
#define DEM_E_STATE   (-3) /* no operation cycle running, or not initialised */
#define DEM_E_GROUP   (-4) /* dem_clear: neither "all" nor a configured DTC (UDS NRC 0x31) */
#define DEM_E_RECORD  (-5) /* dem_snapshot: record number not supported (UDS NRC 0x31) */
#define DEM_E_SPACE   (-6) /* dem_snapshot: destination too small */

/** What a monitor reports: a final result, or one step of a debounced result. */
typedef enum {
	DEM_EVENT_PASSED = 0,
	DEM_EVENT_FAILED,
	DEM_EVENT_PREPASSED,
	DEM_EVENT_PREFAILED
} dem_event_result_t;

typedef enum {
	DEM_DEBOUNCE_NONE = 0, /* PREFAILED/PREPASSED count as FAILED/PASSED */
	DEM_DEBOUNCE_COUNTER,  /* steps towards fail_threshold / pass_threshold */
	DEM_DEBOUNCE_TIME      /* PREFAILED held for fail_ms qualifies, PREPASSED held for pass_ms */
} dem_debounce_kind_t;

/** Debouncing of one event; fields not used by its kind stay 0. */
typedef struct {
	uint8_t kind;            /* dem_debounce_kind_t */
	int16_t fail_threshold;  /* counter: failed when the counter reaches it (> 0) */
	int16_t pass_threshold;  /* counter: passed when the counter reaches it (< 0) */
	uint16_t inc_step;       /* counter: added per PREFAILED (> 0) */
	uint16_t dec_step;       /* counter: subtracted per PREPASSED (> 0) */
	uint8_t jump_down;       /* counter: first PREPASSED after PREFAILED restarts from 0 */
	uint8_t jump_up;         /* counter: first PREFAILED after PREPASSED restarts from 0 */
	uint32_t fail_ms;        /* time: PREFAILED held this long qualifies a failure (> 0) */
	uint32_t pass_ms;        /* time: PREPASSED held this long qualifies a pass (> 0) */
} dem_debounce_cfg_t;

/** One diagnostic event. 0 in a cycle count means its default. */
typedef struct {
	uint32_t dtc;            /* 3-byte UDS DTC, see DEM_DTC(); unique in the table, not 0, not DEM_GROUP_ALL */
	dem_debounce_cfg_t debounce;
	uint8_t confirm_cycles;  /* operation cycles with a failure before confirmedDTC (default 1) */
	uint8_t aging_cycles;    /* passed cycles without failure before a confirmed DTC ages (default 40, DEM_AGING_NEVER) */
	uint8_t wir;             /* 1: confirmed DTC requests the warning indicator (bit 7) */
	uint8_t healing_cycles;  /* passed cycles before the warning indicator goes off (default 1) */
} dem_event_cfg_t;

/** One data identifier in the freeze frame (e.g. 0xF40D vehicle speed), len data bytes. */
typedef struct {
	uint16_t did;
	uint8_t len;
} dem_ff_did_t;

/** Persistent storage: the ECU ABI's nvm_read/nvm_write, or a RAM double in tests. */
typedef struct {
	int32_t (*read)(uint32_t block, uint8_t *dst, uint32_t len);
	int32_t (*write)(uint32_t block, const uint8_t *src, uint32_t len);
} dem_nvm_port_t;

/** Fills len bytes of a freeze frame DID at the time of the failure; returns len, or < 0 if unavailable. */
typedef int32_t (*dem_read_did_fn)(uint16_t did, uint8_t *dst, uint8_t len);
/** A DTC's status byte changed in a bit of the notify mask (ECU: send DtcEvent). */
typedef void (*dem_status_changed_fn)(uint16_t event_id, uint32_t dtc, uint8_t old_status, uint8_t new_status,
                                      uint8_t occurrence);

typedef struct {
	const dem_event_cfg_t *events; /* event id = index */
	uint16_t event_count;          /* 1..DEM_MAX_EVENTS */
	const dem_ff_did_t *ff_dids;   /* freeze frame layout, shared by all events (may be NULL) */
	uint8_t ff_did_count;          /* <= DEM_FF_MAX_DIDS, payloads <= DEM_FF_MAX_BYTES in total */
	dem_read_did_fn read_did;      /* needed when ff_did_count > 0 */
	const dem_nvm_port_t *nvm;     /* NULL: no persistence */
	uint32_t nvm_block;
	dem_status_changed_fn status_changed; /* may be NULL */
	uint8_t notify_mask;           /* status bits that trigger status_changed; 0 = DEM_NOTIFY_DEFAULT */
} dem_config_t;

/** Counters since dem_init; nothing is dropped silently. */
typedef struct {
	uint32_t bad_calls;          /* unknown event id / DTC, NULL pointers */
	uint32_t reports_no_cycle;   /* results reported while no operation cycle ran (ignored) */
	uint32_t qualified_failed;
	uint32_t qualified_passed;
	uint32_t occurrence_saturated; /* occurrence counter already at 255 */
	uint32_t ff_captured;
	uint32_t ff_read_errors;     /* read_did failed: the DID's bytes are stored as 0xFF */
	uint32_t aged;
	uint32_t cleared;            /* DTCs cleared by dem_clear */
	uint32_t nvm_loaded;
	uint32_t nvm_empty;          /* nothing stored yet (or read error): clean start */
	uint32_t nvm_corrupt;        /* bad magic, version, length or CRC: clean start */
	uint32_t nvm_mismatch;       /* block written for another event table: clean start */
	uint32_t nvm_writes;
	uint32_t nvm_write_errors;
} dem_stats_t;

/** Validates and takes the table (kept by pointer), loads the NVM block. DEM_OK or DEM_E_CONFIG. */
int32_t dem_init(const dem_config_t *cfg);
/** Why the last dem_init failed ("events[3].dtc: duplicate"), or "" after a successful one. */
const char *dem_config_error(void);
/** Starts an operation cycle (ending a running one first): clears bits 1 and sets bit 6 of every DTC. */
void dem_operation_cycle_start(void);
/** Ends the running cycle: pending, confirmation, aging and healing are evaluated; the block is written. */
void dem_operation_cycle_end(void);
/** True while an operation cycle runs. */
bool dem_operation_cycle_active(void);
/** Reports a test result of event `event_id`. DEM_OK, DEM_E_PARAM or DEM_E_STATE (no cycle). */
int32_t dem_set_event_status(uint16_t event_id, dem_event_result_t result);
/** Advances time-based debouncing and writes a dirty NVM block now and then. Call every tick. */
void dem_main(uint64_t now_us);
/** Writes the block now if anything changed since the last write (before a reset or shutdown). */
void dem_nvm_flush(void);

/** Status byte of an event (0 for an unknown id). */
uint8_t dem_event_status(uint16_t event_id);
/** Fault detection counter of an event, -128 (passed) .. 127 (failed), as UDS 0x19 0x14 reports it. */
int8_t dem_event_fdc(uint16_t event_id);
/** Event id of a DTC, or -1. */
int32_t dem_event_of_dtc(uint32_t dtc);
/** Occurrence counter of an event: transitions to testFailed since the last clear or aging (saturates at 255). */
uint8_t dem_event_occurrence(uint16_t event_id);

/* ---- UDS 0x19 / 0x14 interface ---- */
/** Status bits this DEM supports (UDS 0x19 DTCStatusAvailabilityMask). */
uint8_t dem_status_availability_mask(void);
/** Number of DTCs whose status has a bit of mask set; mask 0 counts every DTC (UDS 0x19 0x01/0x0A). */
uint16_t dem_count(uint8_t mask);
/** The index-th DTC (table order) whose status has a bit of mask set, mask 0 = any; false past the end (0x19 0x02/0x0A). */
bool dem_get(uint16_t index, uint8_t mask, uint32_t *dtc, uint8_t *status);
/** Status byte of a DTC, or DEM_E_PARAM when the table does not have it (UDS 0x19 0x04). */
int32_t dem_dtc_status(uint32_t dtc);
/**
 * Snapshot record of a DTC as UDS 0x19 0x04 sends it after DTC and status: record number 0x01, number of
 * DIDs, then each DID (2 bytes, big-endian) and its data. record 0x01 or 0xFF (all). Returns the bytes
 * written, 0 when no snapshot is stored, DEM_E_PARAM (unknown DTC), DEM_E_RECORD or DEM_E_SPACE.
 */
int32_t dem_snapshot(uint32_t dtc, uint8_t record, uint8_t *dst, uint16_t max);
/** Clears DEM_GROUP_ALL or one DTC (UDS 0x14): status 0x50, counters and snapshot gone, block written. */
int32_t dem_clear(uint32_t group);

/** Formats a DTC's two high bytes as its SAE J2012 code ("C0561") into out (5 chars + NUL); the FTB is not shown. */
void dem_dtc_to_j2012(uint32_t dtc, char out[6]);
/** Parses a 5-character J2012 code ("P0A1F", case-insensitive) plus a failure type byte. DEM_OK or DEM_E_PARAM. */
int32_t dem_j2012_to_dtc(const char *code, uint8_t ftb, uint32_t *dtc);

/** The counters. */
const dem_stats_t *dem_stats(void);

#endif /* DEM_H */
