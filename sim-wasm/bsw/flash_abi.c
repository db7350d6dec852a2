/* flash_abi: the flash port bound to the ECU ABI imports (ecu_abi.h); kept apart so host tests link their own. */
#include "ecu_abi.h"
#include "flash.h"

const flash_port_t flash_port_abi = {flash_write, flash_commit, flash_boot};
