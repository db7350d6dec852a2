// sources: bsw/vin.c bsw/uds.c bsw/isotp.c bsw/flash.c
/*
 * vin: the identification DIDs of every ECU. A tester reads the VIN (F190), the software version (F195) and
 * the serial number (F18C), writes a VIN in NVM, and after a reset reads it back; a block that holds no VIN
 * must serve the default and say so, and a refused write must lose nothing already held.
 */
#include <string.h>

#include "unit.h"
#include "vin.h"

/* a RAM NVM with one block, and a switch to make it fail */
static uint8_t nvm_block[32];
static int32_t nvm_len = -1; /* -1: never written */
static int nvm_fail;

static int32_t nvm_rd(uint32_t block, uint8_t *dst, uint32_t len)
{
	CHECK_EQ(block, 5U);
	if (nvm_len < 0) {
		return -1;
	}
	uint32_t n = ((uint32_t)nvm_len < len) ? (uint32_t)nvm_len : len;
	(void)memcpy(dst, nvm_block, n);
	return (int32_t)n;
}

static int32_t nvm_wr(uint32_t block, const uint8_t *src, uint32_t len)
{
	CHECK_EQ(block, 5U);
	if (nvm_fail) {
		return -1;
	}
	(void)memcpy(nvm_block, src, len);
	nvm_len = (int32_t)len;
	return (int32_t)len;
}

static const dem_nvm_port_t nvm = {.read = nvm_rd, .write = nvm_wr};
static const char bench_vin[] = "ZBV1SVM0000000001";
static const vin_config_t cfg = {.nvm = &nvm,
                                 .block = 5U,
                                 .unprogrammed = (const uint8_t *)bench_vin,
                                 .sw_version = "XYZ 1.0.0",
                                 .serial = "ZB-XYZ-0001"};

static void nvm_holds(const char *bytes, int32_t len)
{
	(void)memcpy(nvm_block, bytes, (size_t)len);
	nvm_len = len;
}

static void test_new_parts_serve_the_default(void)
{
	nvm_len = -1;
	CHECK_EQ(vin_load(&cfg), VIN_UNPROGRAMMED);
	CHECK(memcmp(vin_get(), bench_vin, VIN_LEN) == 0);
	uint8_t b[VIN_LEN];
	CHECK_EQ(vin_did_read(VIN_DID, b, VIN_LEN), 0);
	CHECK(memcmp(b, bench_vin, VIN_LEN) == 0);
	/* no default configured: 17 '0' */
	static const vin_config_t plain = {.nvm = &nvm, .block = 5U};
	CHECK_EQ(vin_load(&plain), VIN_UNPROGRAMMED);
	CHECK(memcmp(vin_get(), "00000000000000000", VIN_LEN) == 0);
	CHECK_EQ(vin_load(NULL), VIN_UNPROGRAMMED);
	CHECK(memcmp(vin_get(), "00000000000000000", VIN_LEN) == 0);
}

static void test_a_stored_vin_is_served_and_garbage_is_not(void)
{
	nvm_holds("WZB12345678901234", 17);
	CHECK_EQ(vin_load(&cfg), VIN_STORED);
	CHECK(memcmp(vin_get(), "WZB12345678901234", VIN_LEN) == 0);
	/* 17 bytes, but an I is not in the VIN alphabet: the default, reported as corrupt */
	nvm_holds("WZB1234567890123I", 17);
	CHECK_EQ(vin_load(&cfg), VIN_CORRUPT);
	CHECK(memcmp(vin_get(), bench_vin, VIN_LEN) == 0);
	/* too short */
	nvm_holds("WZB123", 6);
	CHECK_EQ(vin_load(&cfg), VIN_CORRUPT);
	CHECK(memcmp(vin_get(), bench_vin, VIN_LEN) == 0);
}

static void test_identification_texts(void)
{
	nvm_len = -1;
	(void)vin_load(&cfg);
	uint8_t b[16];
	CHECK_EQ(vin_did_read(VIN_DID_SW_VERSION, b, 9U), 0);
	CHECK(memcmp(b, "XYZ 1.0.0", 9U) == 0);
	CHECK_EQ(vin_did_read(VIN_DID_SERIAL, b, 11U), 0);
	CHECK(memcmp(b, "ZB-XYZ-0001", 11U) == 0);
	/* a wrong length, another DID, or a text the ECU does not have: requestOutOfRange */
	CHECK_EQ(vin_did_read(VIN_DID_SW_VERSION, b, 8U), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(vin_did_read(VIN_DID, b, 16U), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(vin_did_read(0xF40DU, b, 1U), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(vin_did_read(VIN_DID, NULL, VIN_LEN), -(int32_t)UDS_NRC_ROOR);
	static const vin_config_t no_serial = {.nvm = &nvm, .block = 5U, .sw_version = "FZC-1.0.0"};
	(void)vin_load(&no_serial);
	CHECK_EQ(vin_did_read(VIN_DID_SERIAL, b, 11U), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(vin_did_read(VIN_DID_SW_VERSION, b, 9U), 0);
	/* the rows the ECUs list */
	static const char sw[] = "XYZ 1.0.0";
	static const uds_did_t rows[] = {VIN_DID_ROW(UDS_IN_EXTENDED), VIN_DID_ROW_READ_ONLY,
	                                 VIN_DID_TEXT_ROW(VIN_DID_SW_VERSION, sw)};
	CHECK_EQ(rows[0].id, 0xF190U);
	CHECK_EQ(rows[0].len, 17U);
	CHECK_EQ(rows[0].write_sessions, UDS_IN_EXTENDED);
	CHECK_EQ(rows[0].write_security, 1U);
	CHECK(rows[0].write == vin_did_write);
	CHECK(rows[1].write == NULL);
	CHECK_EQ(rows[1].write_sessions, 0U);
	CHECK_EQ(rows[2].id, 0xF195U);
	CHECK_EQ(rows[2].len, 9U);
	CHECK_EQ(rows[2].read_sessions, UDS_IN_ALL);
}

static void test_write_stores_before_it_takes(void)
{
	nvm_len = -1;
	nvm_fail = 0;
	(void)vin_load(&cfg);
	CHECK_EQ(vin_did_write(VIN_DID, (const uint8_t *)"WZB12345678901234", VIN_LEN), 0);
	CHECK(memcmp(vin_get(), "WZB12345678901234", VIN_LEN) == 0);
	CHECK_EQ(nvm_len, 17);
	/* after a reset it comes back from NVM */
	CHECK_EQ(vin_load(&cfg), VIN_STORED);
	CHECK(memcmp(vin_get(), "WZB12345678901234", VIN_LEN) == 0);
	/* a malformed VIN: refused, the old one held, NVM untouched */
	CHECK_EQ(vin_did_write(VIN_DID, (const uint8_t *)"WZB1234567890123O", VIN_LEN), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(vin_did_write(VIN_DID, (const uint8_t *)"WZB1234", 7U), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(vin_did_write(VIN_DID_SERIAL, (const uint8_t *)"WZB12345678901235", VIN_LEN), -(int32_t)UDS_NRC_ROOR);
	CHECK_EQ(vin_did_write(VIN_DID, NULL, VIN_LEN), -(int32_t)UDS_NRC_ROOR);
	CHECK(memcmp(vin_get(), "WZB12345678901234", VIN_LEN) == 0);
	CHECK(memcmp(nvm_block, "WZB12345678901234", VIN_LEN) == 0);
	/* NVM fails: generalProgrammingFailure, the old VIN held */
	nvm_fail = 1;
	CHECK_EQ(vin_did_write(VIN_DID, (const uint8_t *)"WZB98765432109876", VIN_LEN), -(int32_t)UDS_NRC_GPF);
	CHECK(memcmp(vin_get(), "WZB12345678901234", VIN_LEN) == 0);
	nvm_fail = 0;
	/* no NVM at all */
	static const vin_config_t ram_only = {.block = 5U};
	CHECK_EQ(vin_load(&ram_only), VIN_UNPROGRAMMED);
	CHECK_EQ(vin_did_write(VIN_DID, (const uint8_t *)"WZB98765432109876", VIN_LEN), -(int32_t)UDS_NRC_GPF);
	CHECK_EQ(vin_did_read(VIN_DID_SW_VERSION, nvm_block, 9U), -(int32_t)UDS_NRC_ROOR);
}

int main(void)
{
	RUN(test_new_parts_serve_the_default);
	RUN(test_a_stored_vin_is_served_and_garbage_is_not);
	RUN(test_identification_texts);
	RUN(test_write_stores_before_it_takes);
	return UNIT_END();
}
