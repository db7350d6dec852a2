/*
 * ports_abi: the basic software's hardware ports bound to the ECU ABI imports (can_tx, io_read, io_write,
 * nvm_read, nvm_write).
 * Kept apart from the modules so host tests can link a module with their own port instead.
 */
#ifndef PORTS_ABI_H
#define PORTS_ABI_H

#include "canif.h"
#include "dem.h"
#include "io.h"

/** CAN controller port: the host's can_tx. */
extern const canif_driver_t canif_port_abi;
/** IO port: the host's io_read/io_write. */
extern const io_port_t io_port_abi;
/** NVM port (DEM block, VIN block): the host's nvm_read/nvm_write. */
extern const dem_nvm_port_t nvm_port_abi;

#endif /* PORTS_ABI_H */
