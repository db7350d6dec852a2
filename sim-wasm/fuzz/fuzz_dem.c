/* libFuzzer target: the DEM (bsw/dem.c). The first bytes are the NVM block it loads at init (a corrupt,
 * truncated or foreign block must mean a clean start, never a crash); the rest is a script of operations:
 * event reports, operation cycles, clears, dem_main at advancing times, snapshot and DTC list reads. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dem.h"

static uint8_t nvm[1024];
static uint32_t nvm_len;

static int32_t fz_read(uint32_t block, uint8_t *dst, uint32_t len)
{
	(void)block;
	uint32_t k = nvm_len < len ? nvm_len : len;
	memcpy(dst, nvm, k);
	return (int32_t)k;
}

static int32_t fz_write(uint32_t block, const uint8_t *src, uint32_t len)
{
	(void)block;
	if (len > sizeof nvm) return -1;
	memcpy(nvm, src, len);
	nvm_len = len;
	return 0;
}

static int32_t fz_did(uint16_t did, uint8_t *dst, uint8_t len)
{
	if (did == 0x0BADU) return -1;
	memset(dst, (int)(did & 0xFFU), len);
	return 0;
}

static const dem_nvm_port_t port = {fz_read, fz_write};
static const dem_ff_did_t ff[] = {{0xF40DU, 1U}, {0xF442U, 2U}, {0x0BADU, 4U}, {0x0100U, 4U}};
static const dem_event_cfg_t ev[] = {
	{.dtc = DEM_DTC(0U, 0x0A1FU, 0x00U)},
	{.dtc = DEM_DTC(1U, 0x0561U, 0x00U), .wir = 1U, .confirm_cycles = 2U},
	{.dtc = DEM_DTC(2U, 0x1234U, 0x4BU), .debounce = {.kind = DEM_DEBOUNCE_COUNTER, .fail_threshold = 10, .pass_threshold = -10, .inc_step = 3, .dec_step = 2, .jump_down = 1}},
	{.dtc = DEM_DTC(3U, 0x0100U, 0x87U), .debounce = {.kind = DEM_DEBOUNCE_TIME, .fail_ms = 50U, .pass_ms = 20U}, .aging_cycles = 2U, .healing_cycles = 2U},
};
static const dem_config_t cfg = {.events = ev, .event_count = 4U, .ff_dids = ff, .ff_did_count = 4U, .read_did = fz_did, .nvm = &port, .nvm_block = 0U};

int LLVMFuzzerTestOneInput(const uint8_t *in, size_t n)
{
	if (n < 2U) return 0;
	/* byte 0: how much of the input is the stored NVM block */
	size_t blk = (size_t)in[0] * 2U;
	if (blk > n - 1U) blk = n - 1U;
	if (blk > sizeof nvm) blk = sizeof nvm;
	memcpy(nvm, &in[1], blk);
	nvm_len = (uint32_t)blk;
	if (dem_init(&cfg) != DEM_OK) abort();
	uint64_t now = 0U;
	uint8_t buf[300];
	for (size_t i = 1U + blk; i + 1U < n; i += 2U) {
		uint8_t op = in[i], arg = in[i + 1U];
		switch (op % 9U) {
		case 0: dem_operation_cycle_start(); break;
		case 1: dem_operation_cycle_end(); break;
		case 2: (void)dem_set_event_status((uint16_t)(arg % 5U), (dem_event_result_t)(arg >> 6)); break;
		case 3: now += (uint64_t)arg * 1000U; dem_main(now); break;
		case 4: (void)dem_clear(arg & 1U ? 0xFFFFFFU : ev[arg % 4U].dtc + (arg & 2U)); break;
		case 5: (void)dem_snapshot(ev[arg % 4U].dtc, arg & 0x80U ? 0xFFU : (uint8_t)(arg & 3U), buf, (uint16_t)(arg % sizeof buf)); break;
		case 6: {
			uint32_t dtc;
			uint8_t st;
			(void)dem_count(arg);
			(void)dem_get((uint16_t)(arg % 6U), arg, &dtc, &st);
			break;
		}
		case 7: (void)dem_event_fdc((uint16_t)(arg % 5U)); (void)dem_dtc_status(ev[arg % 4U].dtc); break;
		default: dem_nvm_flush(); break;
		}
	}
	return 0;
}
