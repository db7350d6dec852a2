/* heartbeat: see heartbeat.h. */
#include "heartbeat.h"

#include <string.h>

#include "dem.h"
#include "vehicle_dbc.h"

/* the one layout: its length is checked against the DBC here (a mismatch does not compile), its bytes against
 * every generated packer in test_heartbeat.c */
typedef char heartbeat_length_is_the_dbcs[((VEHICLE_DBC_HEARTBEAT_CVC_LENGTH == HEARTBEAT_LENGTH) &&
                                          (VEHICLE_DBC_HEARTBEAT_FZC_LENGTH == HEARTBEAT_LENGTH) &&
                                          (VEHICLE_DBC_HEARTBEAT_RZC_LENGTH == HEARTBEAT_LENGTH) &&
                                          (VEHICLE_DBC_HEARTBEAT_BCM_LENGTH == HEARTBEAT_LENGTH) &&
                                          (VEHICLE_DBC_HEARTBEAT_ICU_LENGTH == HEARTBEAT_LENGTH) &&
                                          (VEHICLE_DBC_HEARTBEAT_TCU_LENGTH == HEARTBEAT_LENGTH))
                                             ? 1
                                             : -1];

void heartbeat_reset(heartbeat_t *hb)
{
	if (hb != NULL) {
		hb->counter = 0U;
	}
}

int heartbeat_pack(heartbeat_t *hb, uint8_t mode, uint8_t fault_status, uint8_t *dst, size_t size)
{
	if ((hb == NULL) || (dst == NULL) || (size < HEARTBEAT_LENGTH)) {
		return -1;
	}
	(void)memset(dst, 0, HEARTBEAT_LENGTH);
	if (hb->own_counter) {
		dst[0] = (uint8_t)(hb->counter & 0x0FU);
		hb->counter = (uint8_t)((hb->counter + 1U) & 0x0FU);
	} else {
		/* the E2E header: com protects the frame after packing */
	}
	uint16_t failed = dem_count(DEM_TF);
	dst[2] = hb->ecu_id;
	dst[3] = mode;
	dst[4] = fault_status;
	dst[5] = (failed > 255U) ? 255U : (uint8_t)failed;
	return (int)HEARTBEAT_LENGTH;
}
