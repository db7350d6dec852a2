/*
 * dtclist: the DTCs of every ECU as one list, fed by DtcEvent (0x500) frames and the ECU's own DEM (the ICU's
 * cluster list, the TCU's OBD-II/UDS aggregate). One entry per (ECU, DTC): a new status replaces the old one
 * and moves the entry to the front (most recent first); a status without testFailed, pending, confirmed or
 * warning indicator (e.g. 0x50 after a clear, or an aged DTC) removes it. The list is bounded: when full, the
 * oldest entry makes room and the overflow is counted, never silent.
 * No heap: declare each list with DTCLIST_DEFINE(name, capacity), which brings its static entry buffer along.
 */
#ifndef DTCLIST_H
#define DTCLIST_H

#include <stdbool.h>
#include <stdint.h>

/* ISO 14229-1 status bits that keep a DTC in the list: testFailed, pendingDTC, confirmedDTC, WIR */
#define DTCLIST_KEEP_MASK 0x8DU
#define DTCLIST_MAX_ECU 6U       /* EcuId range of DtcEvent (BU_ order CVC..TCU) */
#define DTCLIST_MAX_CAPACITY 255U /* count is a byte, as in the DIDs that report it */

typedef struct {
	uint32_t dtc; /* 3-byte UDS DTC */
	uint8_t ecu_id;
	uint8_t status;
	uint8_t occurrence;
} dtclist_entry_t;

/** One list. Declare it with DTCLIST_DEFINE; read count/entry/overflows/rejected, change it only here. */
typedef struct {
	dtclist_entry_t *entry; /* capacity entries; [0] is the most recent */
	uint8_t capacity;
	uint8_t count;
	uint32_t overflows; /* entries pushed out by newer ones */
	uint32_t rejected;  /* updates with an EcuId or DTC out of range */
} dtclist_t;

/*
 * Declares `static dtclist_t name` with a static buffer of `len` entries (1..255, checked at compile
 * time). Example: DTCLIST_DEFINE(icu_dtcs, 16U);
 */
#define DTCLIST_DEFINE(name, len)                                                                          \
	typedef char name##_len_check_[(((len) >= 1U) && ((len) <= DTCLIST_MAX_CAPACITY)) ? 1 : -1];           \
	static dtclist_entry_t name##_entry_[(len)];                                                           \
	static dtclist_t name = {.entry = name##_entry_, .capacity = (uint8_t)(len)}

/** Empties the list and its counters (the capacity stays). */
void dtclist_clear(dtclist_t *l);
/** Applies one DTC status change; false (counted) when ecu_id or dtc is out of range. */
bool dtclist_update(dtclist_t *l, uint8_t ecu_id, uint32_t dtc, uint8_t status, uint8_t occurrence);
/** Entries whose status has a bit of mask set (mask 0: all entries). */
uint8_t dtclist_count(const dtclist_t *l, uint8_t mask);
/*
 * The list as the ICU's DID 0xD101 and the TCU's 0xD200 report it, len bytes (zero-filled): count, overflows
 * (saturating at 255), then per entry its EcuId, the DTC (3 bytes, big-endian), status and occurrence; the
 * entries that do not fit in len are left out.
 */
void dtclist_did_fill(const dtclist_t *l, uint8_t *dst, uint16_t len);

#endif /* DTCLIST_H */
