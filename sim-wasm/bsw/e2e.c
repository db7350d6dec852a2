/* e2e: CRC-8 SAE J1850 and the Profile 1 style protect/check described in e2e.h. */
#include "e2e.h"

#define E2E_CRC8_POLY  0x1DU
#define E2E_CRC8_INIT  0xFFU
#define E2E_CRC8_XOROUT 0xFFU

uint8_t e2e_crc8_update(uint8_t reg, const uint8_t *data, size_t len)
{
	uint8_t crc = reg;
	for (size_t i = 0U; i < len; i++) {
		crc = (uint8_t)(crc ^ data[i]);
		for (uint8_t bit = 0U; bit < 8U; bit++) {
			if ((crc & 0x80U) != 0U) {
				crc = (uint8_t)((uint8_t)(crc << 1U) ^ E2E_CRC8_POLY);
			} else {
				crc = (uint8_t)(crc << 1U);
			}
		}
	}
	return crc;
}

uint8_t e2e_crc8(const uint8_t *data, size_t len)
{
	return (uint8_t)(e2e_crc8_update(E2E_CRC8_INIT, data, len) ^ E2E_CRC8_XOROUT);
}

uint8_t e2e_p1_crc(uint8_t data_id, const uint8_t *data, size_t len)
{
	/* data ID, then byte 0 (data ID nibble + alive counter, so a corrupted counter fails the CRC too),
	 * then the payload after the CRC byte */
	uint8_t reg = e2e_crc8_update(E2E_CRC8_INIT, &data_id, 1U);
	reg = e2e_crc8_update(reg, data, 1U);
	if (len > E2E_P1_MIN_LEN) {
		reg = e2e_crc8_update(reg, &data[E2E_P1_MIN_LEN], len - E2E_P1_MIN_LEN);
	} else {
		/* header only: the CRC covers the data ID and byte 0 */
	}
	return (uint8_t)(reg ^ E2E_CRC8_XOROUT);
}

int32_t e2e_p1_protect(const e2e_p1_config_t *cfg, e2e_p1_protect_state_t *state, uint8_t *data, size_t len)
{
	if ((cfg == NULL) || (state == NULL) || (data == NULL) || (len < E2E_P1_MIN_LEN)) {
		return -1;
	}
	uint8_t counter = (uint8_t)(state->counter % E2E_P1_COUNTER_MOD);
	data[0] = (uint8_t)((uint8_t)((cfg->data_id & 0x0FU) << 4U) | counter);
	data[1] = e2e_p1_crc(cfg->data_id, data, len);
	state->counter = (uint8_t)((counter + 1U) % E2E_P1_COUNTER_MOD);
	return 0;
}

e2e_p1_status_t e2e_p1_check(const e2e_p1_config_t *cfg, e2e_p1_check_state_t *state, const uint8_t *data,
                             size_t len)
{
	if ((cfg == NULL) || (state == NULL) || (data == NULL) || (len < E2E_P1_MIN_LEN)) {
		return E2E_P1_ERROR;
	}
	if ((uint8_t)(data[0] >> 4U) != (uint8_t)(cfg->data_id & 0x0FU)) {
		return E2E_P1_ERROR;
	}
	if (data[1] != e2e_p1_crc(cfg->data_id, data, len)) {
		return E2E_P1_ERROR;
	}
	uint8_t counter = (uint8_t)(data[0] & 0x0FU);
	e2e_p1_status_t status;
	if (!state->has_last) {
		status = E2E_P1_INITIAL;
	} else {
		uint8_t delta = (uint8_t)((uint8_t)(counter + E2E_P1_COUNTER_MOD - state->last_counter) % E2E_P1_COUNTER_MOD);
		uint8_t max_delta = (cfg->max_delta_counter == 0U) ? 1U : cfg->max_delta_counter;
		if (delta == 0U) {
			status = E2E_P1_REPEATED;
		} else if (delta == 1U) {
			status = E2E_P1_OK;
		} else if (delta <= max_delta) {
			status = E2E_P1_OK_SOME_LOST;
		} else {
			status = E2E_P1_WRONG_SEQUENCE;
		}
	}
	state->last_counter = counter;
	state->has_last = true;
	return status;
}

bool e2e_p1_usable(e2e_p1_status_t status)
{
	return (status == E2E_P1_OK) || (status == E2E_P1_INITIAL) || (status == E2E_P1_OK_SOME_LOST);
}
