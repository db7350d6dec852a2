// sources: bsw/bytes.c
/* bytes: the big-endian fields of every ECU's DID payloads (a tester decodes them as ISO 14229 sends them). */
#include <string.h>

#include "bytes.h"
#include "unit.h"

static void test_big_endian_fields(void)
{
	uint8_t b[6];
	(void)memset(b, 0xAAU, sizeof b);
	bytes_put16(b, 0x1234U);
	CHECK_EQ(b[0], 0x12U);
	CHECK_EQ(b[1], 0x34U);
	CHECK_EQ(b[2], 0xAAU); /* nothing past the field */
	bytes_put32(&b[1], 0xDEADBEEFU);
	CHECK_EQ(b[0], 0x12U);
	CHECK_EQ(b[1], 0xDEU);
	CHECK_EQ(b[2], 0xADU);
	CHECK_EQ(b[3], 0xBEU);
	CHECK_EQ(b[4], 0xEFU);
	CHECK_EQ(b[5], 0xAAU);
	bytes_put_be(b, 0x00ABCDEFU, 3U);
	CHECK_EQ(b[0], 0xABU);
	CHECK_EQ(b[1], 0xCDU);
	CHECK_EQ(b[2], 0xEFU);
	bytes_put_be(b, 0x1FFU, 1U); /* the low byte only */
	CHECK_EQ(b[0], 0xFFU);
	/* a negative 16-bit value (torque, angle) as its two's complement */
	bytes_put16(b, (uint16_t)(int16_t)-2);
	CHECK_EQ(b[0], 0xFFU);
	CHECK_EQ(b[1], 0xFEU);
	/* more than 4 bytes asked: the 4 a uint32_t has, nothing past them; 0 bytes: nothing */
	(void)memset(b, 0xAAU, sizeof b);
	bytes_put_be(b, 0x01020304U, 6U);
	CHECK_EQ(b[0], 0x01U);
	CHECK_EQ(b[3], 0x04U);
	CHECK_EQ(b[4], 0xAAU);
	bytes_put_be(b, 0x05060708U, 0U);
	CHECK_EQ(b[0], 0x01U);
}

int main(void)
{
	RUN(test_big_endian_fields);
	return UNIT_END();
}
