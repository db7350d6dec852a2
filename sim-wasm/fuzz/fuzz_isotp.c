/* libFuzzer target: the ISO-TP channel (bsw/isotp.c) as receiver and sender. The input is a script of
 * frames, each `dt id len data[len]`: dt advances virtual time (0..255 ms), id picks the physical, the
 * functional or a foreign ID, len is the DLC (0..8, taken mod 9) and each frame reaches isotp_rx in a heap
 * copy exactly len bytes long, so ASan sees any read past the DLC. A frame script byte 0xA5 as dt instead
 * starts a send of the following bytes (multi-frame: flow control from the script then drives it). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "isotp.h"

ISOTP_CHANNEL_DEFINE(ch, 256);

static uint32_t tx_frames;
static int32_t fz_tx(uint32_t id, const uint8_t *data, uint8_t len)
{
	(void)id;
	/* touch every byte handed to the driver: an uninitialised or short frame shows up under MSan/ASan */
	volatile uint8_t sink = 0;
	for (uint8_t i = 0; i < len; i++) sink ^= data[i];
	(void)sink;
	tx_frames++;
	return (tx_frames % 7U == 0U) ? -1 : 0; /* the driver refuses now and then: the retry path runs */
}

static void fz_rx(void *user, const uint8_t *data, uint16_t len, bool functional, int32_t result)
{
	(void)user;
	(void)functional;
	if (result == ISOTP_N_OK) {
		volatile uint8_t sink = 0;
		for (uint16_t i = 0; i < len; i++) sink ^= data[i];
		(void)sink;
	}
}

static const isotp_config_t cfg = {
	.rx_id = 0x7E0U,
	.tx_id = 0x7E8U,
	.func_id = 0x7DFU,
	.tx = fz_tx,
	.block_size = 2U,
	.st_min = 0xF3U,
	.padding = 0xCCU,
	.rx_indication = fz_rx,
};

int LLVMFuzzerTestOneInput(const uint8_t *in, size_t n)
{
	static const uint32_t ids[4] = {0x7E0U, 0x7DFU, 0x7E8U, 0x123U};
	uint64_t now = 0U;
	tx_frames = 0U;
	if (isotp_init(&ch, &cfg) != ISOTP_N_OK) abort();
	size_t i = 0;
	while (i + 3U <= n) {
		uint8_t dt = in[i];
		if (dt == 0xA5U) {
			uint16_t len = (uint16_t)(((uint16_t)in[i + 1U] << 8) | in[i + 2U]) % 300U;
			i += 3U;
			uint16_t take = (uint16_t)((n - i) < len ? (n - i) : len);
			if (take > 0U) (void)isotp_send(&ch, &in[i], take);
			i += take;
			continue;
		}
		uint32_t id = ids[in[i + 1U] & 3U];
		uint8_t len = (uint8_t)(in[i + 2U] % 9U);
		i += 3U;
		if (i + len > n) len = (uint8_t)(n - i);
		uint8_t *f = malloc(len == 0U ? 1U : len);
		memcpy(f, &in[i], len);
		(void)isotp_rx(&ch, id, f, len);
		free(f);
		i += len;
		now += (uint64_t)dt * 1000U;
		isotp_main(&ch, now);
	}
	for (int k = 0; k < 3; k++) {
		now += 500000U;
		isotp_main(&ch, now);
	}
	return 0;
}
