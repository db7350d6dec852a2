/*
 * e2e: end-to-end protection, AUTOSAR Profile 1 style (docs/can-matrix.md, the E2E paragraph):
 *   byte 0 bits 0..3 = alive counter (0..15, wraps), bits 4..7 = low nibble of the data ID,
 *   byte 1 = CRC-8 SAE J1850 (poly 0x1D, init 0xFF, final XOR 0xFF) over the data ID byte, byte 0, then
 *   payload bytes 2..len-1 (as in AUTOSAR Profile 1, the counter is covered: a corrupted counter is a CRC
 *   error).
 */
#ifndef E2E_H
#define E2E_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define E2E_P1_COUNTER_MOD 16U  /* counter values 0..15 */
#define E2E_P1_MIN_LEN     2U   /* bytes 0 and 1 hold the header */

/** Continues a CRC-8 SAE J1850 register (no init, no final XOR): for data split over several buffers. */
uint8_t e2e_crc8_update(uint8_t reg, const uint8_t *data, size_t len);
/** CRC-8 SAE J1850 of one buffer: init 0xFF, poly 0x1D, final XOR 0xFF ("123456789" -> 0x4B). */
uint8_t e2e_crc8(const uint8_t *data, size_t len);
/** The Profile 1 CRC of a frame: over the data ID byte, byte 0, then bytes 2..len-1. */
uint8_t e2e_p1_crc(uint8_t data_id, const uint8_t *data, size_t len);

typedef struct {
	uint8_t data_id;           /* E2EDataId from the DBC */
	uint8_t max_delta_counter; /* largest counter jump still accepted as "some frames lost" (>= 1) */
} e2e_p1_config_t;

typedef struct {
	uint8_t counter; /* counter for the next protected frame */
} e2e_p1_protect_state_t;

typedef enum {
	E2E_P1_OK = 0,            /* counter advanced by exactly 1 */
	E2E_P1_INITIAL,           /* first valid frame since init: counter accepted as is */
	E2E_P1_OK_SOME_LOST,      /* counter advanced by 2..max_delta_counter */
	E2E_P1_REPEATED,          /* same counter as the last frame: stale sender */
	E2E_P1_WRONG_SEQUENCE,    /* counter jumped by more than max_delta_counter */
	E2E_P1_ERROR              /* CRC or data ID mismatch, or frame too short: payload unusable */
} e2e_p1_status_t;

typedef struct {
	uint8_t last_counter;
	bool has_last;
} e2e_p1_check_state_t;

/** Writes counter, data ID nibble and CRC into bytes 0 and 1, then advances the counter. 0, or -1 if len < 2. */
int32_t e2e_p1_protect(const e2e_p1_config_t *cfg, e2e_p1_protect_state_t *state, uint8_t *data, size_t len);
/** Checks a received frame against the config and the last counter seen; updates state unless E2E_P1_ERROR. */
e2e_p1_status_t e2e_p1_check(const e2e_p1_config_t *cfg, e2e_p1_check_state_t *state, const uint8_t *data,
                             size_t len);
/** True for the statuses whose payload may be used (OK, INITIAL, OK_SOME_LOST). */
bool e2e_p1_usable(e2e_p1_status_t status);

#endif /* E2E_H */
