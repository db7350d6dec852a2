/*
 * icu_dtc_list: the DTCs of every ECU as one list, fed by DtcEvent (0x500) frames and the ECU's own DEM.
 * One entry per (ECU, DTC): a new status replaces the old one and moves the entry to the front (most recent
 * first); a status without testFailed, pending, confirmed or warning indicator (e.g. 0x50 after a clear,
 * or an aged DTC) removes it. The list is bounded: when full, the oldest entry makes room and the overflow
 * is counted, never silent.
 */
#ifndef ICU_DTC_LIST_H
#define ICU_DTC_LIST_H

#include <stdbool.h>
#include <stdint.h>

#ifndef ICU_DTC_LIST_LEN
#define ICU_DTC_LIST_LEN 16U
#endif
/* ISO 14229-1 status bits that keep a DTC in the list: testFailed, pendingDTC, confirmedDTC, WIR */
#define ICU_DTC_LIST_KEEP_MASK 0x8DU
#define ICU_DTC_LIST_MAX_ECU 6U /* EcuId range of DtcEvent (BU_ order CVC..TCU) */

typedef struct {
	uint32_t dtc; /* 3-byte UDS DTC */
	uint8_t ecu_id;
	uint8_t status;
	uint8_t occurrence;
} icu_dtc_entry_t;

typedef struct {
	icu_dtc_entry_t entry[ICU_DTC_LIST_LEN]; /* [0] is the most recent */
	uint8_t count;
	uint32_t overflows; /* entries pushed out by newer ones */
	uint32_t rejected;  /* updates with an EcuId or DTC out of range */
} icu_dtc_list_t;

/** Empties the list and its counters. */
void icu_dtc_list_clear(icu_dtc_list_t *l);
/** Applies one DTC status change; false (counted) when ecu_id or dtc is out of range. */
bool icu_dtc_list_update(icu_dtc_list_t *l, uint8_t ecu_id, uint32_t dtc, uint8_t status, uint8_t occurrence);
/** Entries whose status has a bit of mask set (mask 0: all entries). */
uint8_t icu_dtc_list_count(const icu_dtc_list_t *l, uint8_t mask);

#endif /* ICU_DTC_LIST_H */
