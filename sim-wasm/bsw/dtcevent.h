/*
 * dtcevent: every ECU reports each DTC status change of its DEM on the bus as a DtcEvent frame (0x500), sent
 * straight to canif rather than through a COM trigger, so several DTCs changing in one tick each get their own
 * frame. The ICU and the TCU list them (dtclist); a tester reads the same DTCs over UDS 0x19.
 */
#ifndef DTCEVENT_H
#define DTCEVENT_H

#include <stdbool.h>
#include <stdint.h>

#include "dtclist.h"

/*
 * Packs and queues one DtcEvent: `ecu_id` in BU_ order (VEHICLE_DBC_NODE_<ECU>), the 3-byte UDS `dtc`, its new
 * ISO 14229-1 `status` byte and its `occurrence` counter. Returns 0 when queued, -1 when it could not be sent
 * (canif's queue full); the caller counts the loss.
 */
int32_t dtcevent_send(uint8_t ecu_id, uint32_t dtc, uint8_t status, uint8_t occurrence);

/** Names the ECU whose DEM reports through dtcevent_status_changed, clears the lost-frame count and the
 * lister (boot). */
void dtcevent_init(uint8_t ecu_id);
/*
 * The DEM's status_changed hook (dem_config_t.status_changed) of every ECU: one DtcEvent per change. A frame
 * canif could not queue is counted, not retried: the DTC itself stays in the DEM and a tester reads it over
 * UDS 0x19. On a lister (dtcevent_set_lister) the change is listed as well (dtcevent_lister_changed).
 */
void dtcevent_status_changed(uint16_t event_id, uint32_t dtc, uint8_t old_status, uint8_t new_status,
                             uint8_t occurrence);
/** DtcEvent frames lost (canif's queue full) since dtcevent_init. */
uint32_t dtcevent_lost(void);

/* ---- the ECUs that list everyone's DTCs (ICU, TCU) ---- */
/** A DtcEvent frame from the bus into the list; false (the caller counts it) when short or out of range. */
bool dtcevent_receive(dtclist_t *l, const uint8_t *data, uint8_t len);
/*
 * The own DTC change of a lister (its DEM's status_changed hook calls this): listed at once as `ecu_id`'s, since
 * its own frames do not come back from the bus, and sent as DtcEvent like every ECU's. Returns false when canif
 * could not queue the frame (the caller counts it; the list has the change either way).
 */
bool dtcevent_list_and_send(dtclist_t *l, uint8_t ecu_id, uint32_t dtc, uint8_t status, uint8_t occurrence);
/* The lister's canif_rx_entry_t row: DtcEvent frames (0x500) go to `handle` (dtcevent_lister_t.handle). */
#define DTCEVENT_CANIF_RX_ROW(handle_)                                                                         \
	{.id = VEHICLE_DBC_DTC_EVENT_FRAME_ID, .extended = (uint8_t)VEHICLE_DBC_DTC_EVENT_IS_EXTENDED, .handle = (handle_)}

/*
 * A lister's DtcEvent wiring: the canif handle its DtcEvent row has, its node and its list (the ECU sets
 * these), and the two error counters it shows in a DID (dtcevent_set_lister clears them).
 */
typedef struct {
	uint16_t handle;     /* canif_rx_entry_t.handle of the DtcEvent frame */
	uint8_t node;        /* VEHICLE_DBC_NODE_<ECU> */
	dtclist_t *list;
	uint32_t bad_events; /* DtcEvent frames too short or with values out of range */
	uint32_t tx_errors;  /* own DtcEvent frames canif could not queue */
} dtcevent_lister_t;
/**
 * The lister's canif rx_indication, first: takes a DtcEvent frame (`handle` is the lister's) into the list,
 * counting a bad one, and returns true; false for any other handle, which the caller passes to COM.
 */
bool dtcevent_lister_rx(dtcevent_lister_t *l, uint16_t handle, const uint8_t *data, uint8_t len);
/** The lister's own DTC change (its DEM's status_changed hook calls this): dtcevent_list_and_send, a loss counted. */
void dtcevent_lister_changed(dtcevent_lister_t *l, uint32_t dtc, uint8_t status, uint8_t occurrence);
/** Makes dtcevent_status_changed report through lister `l` (the ICU, the TCU) and clears its counters; NULL:
 * none, as after dtcevent_init. */
void dtcevent_set_lister(dtcevent_lister_t *l);
/** Lists the DTCs the own DEM keeps (DTCLIST_KEEP_MASK) as `ecu_id`'s: after a reset they are there from the start. */
void dtcevent_list_own(dtclist_t *l, uint8_t ecu_id);

#endif
