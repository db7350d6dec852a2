/* ports_abi: see ports_abi.h. */
#include "ports_abi.h"

#include "ecu_abi.h"

const canif_driver_t canif_port_abi = {.tx = can_tx};
const dem_nvm_port_t nvm_port_abi = {.read = nvm_read, .write = nvm_write};

#if defined(ECU_IO_IN_MEMORY)
/* The host writes every input channel here before each tick (ecu_io_inputs tells it where), so a read is a
 * load, not a call out of the instance: io_sample reads every input every 1 ms, straight from the table
 * (io_port_t.mem). Channels past the table still go to io_read, which counts the misuse like before. */
static int32_t abi_io_inputs[ECU_IO_CHANNELS];

int32_t *ecu_io_inputs(void)
{
	return abi_io_inputs;
}

static int32_t abi_io_read(uint32_t channel)
{
	return (channel < ECU_IO_CHANNELS) ? abi_io_inputs[channel] : io_read(channel);
}

const io_port_t io_port_abi = {
	.read = abi_io_read, .write = io_write, .mem = abi_io_inputs, .mem_channels = ECU_IO_CHANNELS};
#else
const io_port_t io_port_abi = {.read = io_read, .write = io_write};
#endif

#if defined(ECU_TICK_SPLIT)
/* ecu_tick with the time as two 32-bit halves: a JS host calls it without making a BigInt every 1 ms. */
void ecu_tick_split(uint32_t now_lo, uint32_t now_hi)
{
	ecu_tick(((uint64_t)now_hi << 32U) | (uint64_t)now_lo);
}

/* The linker's constructor list (none of ours; wasi-libc's are empty). Calling it here makes the image a
 * reactor, so the exports are not wrapped. */
extern void __wasm_call_ctors(void);

void _initialize(void)
{
	__wasm_call_ctors();
}
#endif
