/*
 * bytes: big-endian fields of DID payloads and freeze frames (ISO 14229 sends multi-byte values big-endian),
 * written once for every ECU's DID handlers.
 */
#ifndef BYTES_H
#define BYTES_H

#include <stdint.h>

/** The low `len` bytes (1..4; more are taken as 4) of v, most significant first. */
void bytes_put_be(uint8_t *dst, uint32_t v, uint8_t len);
/** v as 2 bytes, big-endian. */
void bytes_put16(uint8_t *dst, uint16_t v);
/** v as 4 bytes, big-endian. */
void bytes_put32(uint8_t *dst, uint32_t v);

#endif /* BYTES_H */
