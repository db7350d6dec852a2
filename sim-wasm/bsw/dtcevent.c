/* dtcevent: see dtcevent.h. */
#include "dtcevent.h"

#include <string.h>

#include "canif.h"
#include "dem.h"
#include "vehicle_dbc.h"

int32_t dtcevent_send(uint8_t ecu_id, uint32_t dtc, uint8_t status, uint8_t occurrence)
{
	struct vehicle_dbc_dtc_event_t m;
	(void)memset(&m, 0, sizeof m);
	m.dtc_number = dtc;
	m.dtc_status = status;
	m.ecu_id = ecu_id;
	m.occurrence_count = occurrence;
	uint8_t d[VEHICLE_DBC_DTC_EVENT_LENGTH];
	(void)memset(d, 0, sizeof d);
	int32_t rc = -1;
	/* the generated packer cannot fail with a full-size buffer; checked all the same */
	if ((vehicle_dbc_dtc_event_pack(d, &m, sizeof d) >= 0) &&
	    (canif_transmit(VEHICLE_DBC_DTC_EVENT_FRAME_ID, 0U, VEHICLE_DBC_DTC_EVENT_LENGTH, d) >= 0)) {
		rc = 0;
	} else {
		/* not queued */
	}
	return rc;
}

static uint8_t dtcevent_ecu;
static uint32_t dtcevent_lost_frames;
static dtcevent_lister_t *dtcevent_lister;

void dtcevent_init(uint8_t ecu_id)
{
	dtcevent_ecu = ecu_id;
	dtcevent_lost_frames = 0U;
	dtcevent_lister = NULL;
}

void dtcevent_set_lister(dtcevent_lister_t *l)
{
	dtcevent_lister = l;
	if (l != NULL) {
		l->bad_events = 0U;
		l->tx_errors = 0U;
	} else {
		/* an ECU that only reports */
	}
}

void dtcevent_status_changed(uint16_t event_id, uint32_t dtc, uint8_t old_status, uint8_t new_status,
                             uint8_t occurrence)
{
	(void)event_id;
	(void)old_status;
	if (dtcevent_lister != NULL) {
		dtcevent_lister_changed(dtcevent_lister, dtc, new_status, occurrence);
	} else if (dtcevent_send(dtcevent_ecu, dtc, new_status, occurrence) < 0) {
		dtcevent_lost_frames++;
	} else {
		/* queued */
	}
}

uint32_t dtcevent_lost(void)
{
	return dtcevent_lost_frames;
}

bool dtcevent_receive(dtclist_t *l, const uint8_t *data, uint8_t len)
{
	struct vehicle_dbc_dtc_event_t e;
	return (l != NULL) && (data != NULL) && (len >= VEHICLE_DBC_DTC_EVENT_LENGTH) &&
	       (vehicle_dbc_dtc_event_unpack(&e, data, VEHICLE_DBC_DTC_EVENT_LENGTH) == 0) &&
	       dtclist_update(l, e.ecu_id, e.dtc_number, e.dtc_status, e.occurrence_count);
}

bool dtcevent_list_and_send(dtclist_t *l, uint8_t ecu_id, uint32_t dtc, uint8_t status, uint8_t occurrence)
{
	if (l != NULL) {
		(void)dtclist_update(l, ecu_id, dtc, status, occurrence);
	} else {
		/* nothing to list on */
	}
	return dtcevent_send(ecu_id, dtc, status, occurrence) == 0;
}

void dtcevent_list_own(dtclist_t *l, uint8_t ecu_id)
{
	uint32_t dtc;
	uint8_t status;
	for (uint16_t i = 0U; (l != NULL) && dem_get(i, DTCLIST_KEEP_MASK, &dtc, &status); i++) {
		int32_t ev = dem_event_of_dtc(dtc);
		(void)dtclist_update(l, ecu_id, dtc, status, (ev >= 0) ? dem_event_occurrence((uint16_t)ev) : 0U);
	}
}

bool dtcevent_lister_rx(dtcevent_lister_t *l, uint16_t handle, const uint8_t *data, uint8_t len)
{
	bool mine = handle == l->handle;
	if (mine && !dtcevent_receive(l->list, data, len)) {
		l->bad_events++;
	} else {
		/* listed, or not a DtcEvent */
	}
	return mine;
}

void dtcevent_lister_changed(dtcevent_lister_t *l, uint32_t dtc, uint8_t status, uint8_t occurrence)
{
	if (!dtcevent_list_and_send(l->list, l->node, dtc, status, occurrence)) {
		l->tx_errors++;
	} else {
		/* sent or queued */
	}
}
