/* vin: see vin.h. */
#include "vin.h"

#include <stddef.h>
#include <string.h>

#include "uds.h"

static const vin_config_t *vin_cfg;
static uint8_t vin_value[VIN_LEN];

void vin_load(const vin_config_t *cfg)
{
	vin_cfg = cfg;
	uint8_t stored[VIN_LEN];
	if ((cfg != NULL) && (cfg->nvm != NULL) && (cfg->nvm->read(cfg->block, stored, VIN_LEN) == (int32_t)VIN_LEN)) {
		(void)memcpy(vin_value, stored, VIN_LEN);
	} else if ((cfg != NULL) && (cfg->unprogrammed != NULL)) {
		(void)memcpy(vin_value, cfg->unprogrammed, VIN_LEN);
	} else {
		(void)memset(vin_value, '0', sizeof vin_value); /* not programmed yet */
	}
}

const uint8_t *vin_get(void)
{
	return vin_value;
}

int32_t vin_did_write(uint16_t did, const uint8_t *src, uint16_t len)
{
	(void)did;
	if ((src == NULL) || (len != VIN_LEN) || !uds_vin_valid(src, len)) {
		return -(int32_t)UDS_NRC_ROOR;
	}
	if ((vin_cfg == NULL) || (vin_cfg->nvm == NULL) || (vin_cfg->nvm->write(vin_cfg->block, src, VIN_LEN) != (int32_t)VIN_LEN)) {
		return -(int32_t)UDS_NRC_GPF;
	}
	(void)memcpy(vin_value, src, VIN_LEN);
	return 0;
}
