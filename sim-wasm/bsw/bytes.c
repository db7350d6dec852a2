/* bytes: see bytes.h. */
#include "bytes.h"

void bytes_put_be(uint8_t *dst, uint32_t v, uint8_t len)
{
	uint8_t n = (len > 4U) ? 4U : len; /* a uint32_t has no more */
	for (uint8_t i = 0U; i < n; i++) {
		dst[i] = (uint8_t)(v >> (8U * (uint32_t)(n - 1U - i)));
	}
}

void bytes_put16(uint8_t *dst, uint16_t v)
{
	bytes_put_be(dst, v, 2U);
}

void bytes_put32(uint8_t *dst, uint32_t v)
{
	bytes_put_be(dst, v, 4U);
}
