/*
 * tcu_dtc_list: the DTCs of every ECU aggregated for OBD-II modes 03/07 and UDS, fed by DtcEvent (0x500)
 * frames and the TCU's own DEM.
 * (A copy of the ICU's icu_dtc_list with a longer list; a candidate for bsw/.)
 * One entry per (ECU, DTC): a new status replaces the old one and moves the entry to the front (most recent
 * first); a status without testFailed, pending, confirmed or warning indicator (e.g. 0x50 after a clear,
 * or an aged DTC) removes it. The list is bounded: when full, the oldest entry makes room and the overflow
 * is counted, never silent.
 */
#ifndef TCU_DTC_LIST_H
#define TCU_DTC_LIST_H

#include <stdbool.h>
#include <stdint.h>

#ifndef TCU_DTC_LIST_LEN
#define TCU_DTC_LIST_LEN 32U
#endif
/* ISO 14229-1 status bits that keep a DTC in the list: testFailed, pendingDTC, confirmedDTC, WIR */
#define TCU_DTC_LIST_KEEP_MASK 0x8DU
#define TCU_DTC_LIST_MAX_ECU 6U /* EcuId range of DtcEvent (BU_ order CVC..TCU) */

typedef struct {
	uint32_t dtc; /* 3-byte UDS DTC */
	uint8_t ecu_id;
	uint8_t status;
	uint8_t occurrence;
} tcu_dtc_entry_t;

typedef struct {
	tcu_dtc_entry_t entry[TCU_DTC_LIST_LEN]; /* [0] is the most recent */
	uint8_t count;
	uint32_t overflows; /* entries pushed out by newer ones */
	uint32_t rejected;  /* updates with an EcuId or DTC out of range */
} tcu_dtc_list_t;

/** Empties the list and its counters. */
void tcu_dtc_list_clear(tcu_dtc_list_t *l);
/** Applies one DTC status change; false (counted) when ecu_id or dtc is out of range. */
bool tcu_dtc_list_update(tcu_dtc_list_t *l, uint8_t ecu_id, uint32_t dtc, uint8_t status, uint8_t occurrence);
/** Entries whose status has a bit of mask set (mask 0: all entries). */
uint8_t tcu_dtc_list_count(const tcu_dtc_list_t *l, uint8_t mask);

#endif /* TCU_DTC_LIST_H */
