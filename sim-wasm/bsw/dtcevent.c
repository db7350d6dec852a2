/* dtcevent: see dtcevent.h. */
#include "dtcevent.h"

#include <string.h>

#include "canif.h"
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
