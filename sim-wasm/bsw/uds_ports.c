/* uds_ports: see uds_ports.h. */
#include "uds_ports.h"

#include "canif.h"
#include "dem.h"

int32_t uds_port_canif_tx(uint32_t id, const uint8_t *data, uint8_t len)
{
	return canif_transmit(id, 0U, len, data);
}

const uds_dem_if_t uds_port_dem = {.status_availability_mask = dem_status_availability_mask,
                                   .count = dem_count,
                                   .get = dem_get,
                                   .status = dem_dtc_status,
                                   .snapshot = dem_snapshot,
                                   .clear = dem_clear};
