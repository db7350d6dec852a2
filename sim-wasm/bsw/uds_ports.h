/*
 * uds_ports: the UDS server's ports bound to this basic software, the same for every ECU: responses go out
 * through canif as classic 11-bit data frames, DTC services (0x14, 0x19) read and clear the DEM.
 */
#ifndef UDS_PORTS_H
#define UDS_PORTS_H

#include <stdint.h>

#include "uds.h"

/** uds_config_t.tx: queues a response frame in canif. */
int32_t uds_port_canif_tx(uint32_t id, const uint8_t *data, uint8_t len);
/** uds_config_t.dem: the DEM behind ReadDTCInformation and ClearDiagnosticInformation. */
extern const uds_dem_if_t uds_port_dem;

/* The uds_config_t members of an ECU on its DBC diagnostic IDs (UDS_REQ_<ECU>, the functional request, UDS_RESP_<ECU>,
 * from vehicle_dbc.h), answering through canif, DTC services on the DEM: {UDS_PORTS_ECU(BCM), .dids = ...}. */
#define UDS_PORTS_ECU(ecu)                                                                                          \
	.phys_rx_id = VEHICLE_DBC_UDS_REQ_##ecu##_FRAME_ID, .func_rx_id = VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID,   \
	.tx_id = VEHICLE_DBC_UDS_RESP_##ecu##_FRAME_ID, .tx = uds_port_canif_tx, .dem = &uds_port_dem

/* A whole uds_config_t of an ECU (UDS_PORTS_ECU) with its DID and routine tables and application hooks:
 * static const uds_config_t bcm_uds_cfg = {UDS_CONFIG_ECU(BCM, bcm_dids, bcm_routines, &bcm_app_if)}; */
#define UDS_CONFIG_ECU(ecu, did_table, routine_table, app_if)                                                      \
	UDS_PORTS_ECU(ecu), .dids = (did_table), .did_count = (uint16_t)(sizeof(did_table) / sizeof((did_table)[0])), \
	.routines = (routine_table), .routine_count = (uint8_t)(sizeof(routine_table) / sizeof((routine_table)[0])), \
	.app = (app_if)

#endif /* UDS_PORTS_H */
