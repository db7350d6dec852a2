/* libFuzzer target: the UDS server with its ISO-TP channel and DEM, as the TCU firmware runs them (its
 * ecu/tcu sources, bsw and the generated DBC code, linked natively through the ECU ABI implemented below).
 * The input is a script of CAN frames `dt selector len data[len]` on the diagnostic IDs (0x7DF functional,
 * 0x7E6 physical) and a few others the TCU listens to; between frames the ECU ticks for dt ms. Each frame
 * reaches ecu_can_rx through the rx buffer exactly as the wasm host writes it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ecu_abi.h"

static uint8_t nvm[4][1024];
static uint32_t nvm_len[4];

int32_t can_tx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	(void)id;
	(void)flags;
	if (dlc > 8U) abort(); /* classic frames only on this bus */
	volatile uint8_t sink = 0;
	for (uint32_t i = 0; i < dlc; i++) sink ^= data[i];
	(void)sink;
	return 0;
}
int32_t io_read(uint32_t channel) { (void)channel; return 0; }
void io_write(uint32_t channel, int32_t value) { (void)channel; (void)value; }
void ecu_log(uint32_t level, const char *msg, uint32_t len) { (void)level; (void)msg; (void)len; }
int32_t nvm_read(uint32_t block, uint8_t *dst, uint32_t len)
{
	if (block >= 4U) return -1;
	uint32_t k = nvm_len[block] < len ? nvm_len[block] : len;
	memcpy(dst, nvm[block], k);
	return (int32_t)k;
}
int32_t nvm_write(uint32_t block, const uint8_t *src, uint32_t len)
{
	if (block >= 4U || len > 1024U) return -1;
	memcpy(nvm[block], src, len);
	nvm_len[block] = len;
	return 0;
}

/* flash staging: the fuzzed TCU is never reflashed here; a download is refused (NRC 0x70), as on the bench */
int32_t flash_write(uint32_t offset, const uint8_t *src, uint32_t len)
{
	(void)offset;
	(void)src;
	(void)len;
	return -1;
}
int32_t flash_commit(uint32_t size, uint32_t crc)
{
	(void)size;
	(void)crc;
	return -1;
}
void flash_boot(void) {}

int LLVMFuzzerTestOneInput(const uint8_t *in, size_t n)
{
	static const uint32_t ids[8] = {0x7DFU, 0x7E6U, 0x7E6U, 0x7E6U, 0x7DFU, 0x500U, 0x7E0U, 0x100U};
	memset(nvm_len, 0, sizeof nvm_len);
	uint64_t now = 0U;
	ecu_init(1U);
	ecu_tick(now);
	size_t i = 0;
	while (i + 3U <= n) {
		uint8_t dt = in[i];
		uint32_t id = ids[in[i + 1U] & 7U];
		uint8_t len = (uint8_t)(in[i + 2U] % 9U);
		i += 3U;
		if (i + len > n) len = (uint8_t)(n - i);
		memcpy(ecu_rx_buffer(), &in[i], len);
		ecu_can_rx(id, 0U, len, ecu_rx_buffer());
		i += len;
		for (uint8_t k = 0; k <= (dt & 0x1FU); k++) {
			now += 1000U;
			ecu_tick(now);
		}
	}
	return 0;
}
