// sources: bsw/e2e.c
/* E2E: CRC-8 SAE J1850 against the AUTOSAR CRC spec vectors, Profile 1 protect/check round trips. */
#include <string.h>

#include "e2e.h"
#include "unit.h"

static void test_crc8_check_value(void)
{
	const uint8_t s[] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
	CHECK_EQ(e2e_crc8(s, sizeof s), 0x4B);
}

static void test_crc8_autosar_table(void)
{
	/* AUTOSAR SWS CRC Library, "8-bit SAE J1850 CRC Calculation" result table */
	static const struct {
		uint8_t len;
		uint8_t data[9];
		uint8_t crc;
	} v[] = {
		{4U, {0x00, 0x00, 0x00, 0x00}, 0x59},
		{3U, {0xF2, 0x01, 0x83}, 0x37},
		{4U, {0x0F, 0xAA, 0x00, 0x55}, 0x79},
		{4U, {0x00, 0xFF, 0x55, 0x11}, 0xB8},
		{9U, {0x33, 0x22, 0x55, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF}, 0xCB},
		{3U, {0x92, 0x6B, 0x55}, 0x8C},
		{4U, {0xFF, 0xFF, 0xFF, 0xFF}, 0x74},
	};
	for (size_t i = 0U; i < sizeof v / sizeof v[0]; i++) {
		CHECK_EQ(e2e_crc8(v[i].data, v[i].len), v[i].crc);
	}
}

/* the table-driven CRC against the bit-serial definition, for every register value and byte */
static void test_crc8_table_matches_bitwise(void)
{
	unsigned bad = 0U;
	for (unsigned reg = 0U; reg < 256U; reg++) {
		for (unsigned b = 0U; b < 256U; b++) {
			uint8_t crc = (uint8_t)(reg ^ b);
			for (unsigned bit = 0U; bit < 8U; bit++) {
				crc = (uint8_t)(((crc & 0x80U) != 0U) ? ((uint8_t)(crc << 1U) ^ 0x1DU) : (uint8_t)(crc << 1U));
			}
			uint8_t one = (uint8_t)b;
			bad += (e2e_crc8_update((uint8_t)reg, &one, 1U) != crc) ? 1U : 0U;
		}
	}
	CHECK_EQ(bad, 0);
}

static void test_crc8_update_splits(void)
{
	const uint8_t s[] = {0x33, 0x22, 0x55, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF};
	uint8_t reg = e2e_crc8_update(0xFFU, s, 4U);
	reg = e2e_crc8_update(reg, &s[4], 5U);
	CHECK_EQ((uint8_t)(reg ^ 0xFFU), 0xCB);
}

static const e2e_p1_config_t cfg = {.data_id = 0x3AU, .max_delta_counter = 2U};

static void test_protect_layout(void)
{
	e2e_p1_protect_state_t ps = {0U};
	uint8_t f[8] = {0, 0, 1, 2, 3, 4, 5, 6};
	CHECK_EQ(e2e_p1_protect(&cfg, &ps, f, sizeof f), 0);
	CHECK_EQ(f[0] & 0x0F, 0);
	CHECK_EQ(f[0] >> 4, 0xA);
	/* CRC over data ID, byte 0, then bytes 2..7, computed independently */
	const uint8_t ref[] = {0x3A, 0xA0, 1, 2, 3, 4, 5, 6};
	CHECK_EQ(f[1], e2e_crc8(ref, sizeof ref));
	/* a corrupted alive counter fails the CRC, not only the sequence check */
	e2e_p1_check_state_t cs = {0};
	uint8_t g[8];
	memcpy(g, f, sizeof g);
	g[0] ^= 0x01U;
	CHECK_EQ(e2e_p1_check(&cfg, &cs, g, sizeof g), E2E_P1_ERROR);
	CHECK_EQ(e2e_p1_protect(&cfg, &ps, f, sizeof f), 0);
	CHECK_EQ(f[0] & 0x0F, 1);
	CHECK_EQ(e2e_p1_protect(&cfg, &ps, f, 1U), -1);
}

static void test_counter_wraps_after_15(void)
{
	e2e_p1_protect_state_t ps = {0U};
	e2e_p1_check_state_t cs = {0U, false};
	uint8_t f[4] = {0, 0, 0x55, 0xAA};
	unsigned bad = 0U;
	for (unsigned i = 0U; i < 40U; i++) {
		(void)e2e_p1_protect(&cfg, &ps, f, sizeof f);
		CHECK_EQ(f[0] & 0x0F, i % 16U);
		e2e_p1_status_t st = e2e_p1_check(&cfg, &cs, f, sizeof f);
		if (st != ((i == 0U) ? E2E_P1_INITIAL : E2E_P1_OK)) {
			bad++;
		}
	}
	CHECK_EQ(bad, 0);
}

static void test_check_detects_faults(void)
{
	e2e_p1_protect_state_t ps = {0U};
	e2e_p1_check_state_t cs = {0U, false};
	uint8_t f[8] = {0, 0, 10, 20, 30, 40, 50, 60};
	(void)e2e_p1_protect(&cfg, &ps, f, sizeof f);
	CHECK_EQ(e2e_p1_check(&cfg, &cs, f, sizeof f), E2E_P1_INITIAL);
	/* same frame again: repeated (frozen counter) */
	CHECK_EQ(e2e_p1_check(&cfg, &cs, f, sizeof f), E2E_P1_REPEATED);
	CHECK(!e2e_p1_usable(E2E_P1_REPEATED));
	/* one lost frame is tolerated by max_delta_counter = 2 */
	(void)e2e_p1_protect(&cfg, &ps, f, sizeof f);
	(void)e2e_p1_protect(&cfg, &ps, f, sizeof f);
	CHECK_EQ(e2e_p1_check(&cfg, &cs, f, sizeof f), E2E_P1_OK_SOME_LOST);
	/* three lost are not */
	for (int i = 0; i < 4; i++) {
		(void)e2e_p1_protect(&cfg, &ps, f, sizeof f);
	}
	CHECK_EQ(e2e_p1_check(&cfg, &cs, f, sizeof f), E2E_P1_WRONG_SEQUENCE);
	/* corrupt one payload bit: CRC error, and the state keeps the last good counter */
	(void)e2e_p1_protect(&cfg, &ps, f, sizeof f);
	uint8_t g[8];
	memcpy(g, f, sizeof g);
	g[5] ^= 0x10U;
	CHECK_EQ(e2e_p1_check(&cfg, &cs, g, sizeof g), E2E_P1_ERROR);
	CHECK_EQ(e2e_p1_check(&cfg, &cs, f, sizeof f), E2E_P1_OK);
	/* a frame from a sender with another data ID is rejected even with a good-looking header */
	const e2e_p1_config_t other = {.data_id = 0x3BU, .max_delta_counter = 2U};
	e2e_p1_protect_state_t ps2 = {0U};
	(void)e2e_p1_protect(&other, &ps2, f, sizeof f);
	CHECK_EQ(e2e_p1_check(&cfg, &cs, f, sizeof f), E2E_P1_ERROR);
	/* same low nibble but different data ID: the CRC tells them apart */
	const e2e_p1_config_t alias = {.data_id = 0x4AU, .max_delta_counter = 2U};
	(void)e2e_p1_protect(&alias, &ps2, f, sizeof f);
	CHECK_EQ(e2e_p1_check(&cfg, &cs, f, sizeof f), E2E_P1_ERROR);
	CHECK_EQ(e2e_p1_check(&cfg, &cs, f, 1U), E2E_P1_ERROR);
}

int main(void)
{
	RUN(test_crc8_check_value);
	RUN(test_crc8_autosar_table);
	RUN(test_crc8_table_matches_bitwise);
	RUN(test_crc8_update_splits);
	RUN(test_protect_layout);
	RUN(test_counter_wraps_after_15);
	RUN(test_check_detects_faults);
	return UNIT_END();
}
