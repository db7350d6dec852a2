/* ports_abi: see ports_abi.h. */
#include "ports_abi.h"

#include "ecu_abi.h"

const canif_driver_t canif_port_abi = {can_tx};
const io_port_t io_port_abi = {io_read, io_write};
