/*
 * ports_abi: the basic software's hardware ports bound to the ECU ABI imports (can_tx, io_read, io_write).
 * Kept apart from the modules so host tests can link a module with their own port instead.
 */
#ifndef PORTS_ABI_H
#define PORTS_ABI_H

#include "canif.h"
#include "io.h"

/** CAN controller port: the host's can_tx. */
extern const canif_driver_t canif_port_abi;
/** IO port: the host's io_read/io_write. */
extern const io_port_t io_port_abi;

#endif /* PORTS_ABI_H */
