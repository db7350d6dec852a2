/* vin: see vin.h. */
#include "vin.h"

#include <stddef.h>
#include <string.h>

static const vin_config_t *vin_cfg;
static uint8_t vin_value[VIN_LEN];

vin_load_result_t vin_load(const vin_config_t *cfg)
{
	vin_cfg = cfg;
	uint8_t stored[VIN_LEN];
	int32_t n = ((cfg != NULL) && (cfg->nvm != NULL)) ? cfg->nvm->read(cfg->block, stored, VIN_LEN) : 0;
	if ((n == (int32_t)VIN_LEN) && uds_vin_valid(stored, VIN_LEN)) {
		(void)memcpy(vin_value, stored, VIN_LEN);
		return VIN_STORED;
	}
	if ((cfg != NULL) && (cfg->unprogrammed != NULL)) {
		(void)memcpy(vin_value, cfg->unprogrammed, VIN_LEN);
	} else {
		(void)memset(vin_value, '0', sizeof vin_value); /* not programmed yet */
	}
	return (n > 0) ? VIN_CORRUPT : VIN_UNPROGRAMMED;
}

const uint8_t *vin_get(void)
{
	return vin_value;
}

/* a configured text of exactly len characters, or NULL */
static const char *vin_text(uint16_t did, uint16_t len)
{
	const char *t = NULL;
	if (vin_cfg == NULL) {
		/* not loaded: nothing to serve */
	} else if (did == VIN_DID_SW_VERSION) {
		t = vin_cfg->sw_version;
	} else if (did == VIN_DID_SERIAL) {
		t = vin_cfg->serial;
	} else {
		/* not an identification text */
	}
	return ((t != NULL) && (strlen(t) == len)) ? t : NULL;
}

int32_t vin_did_read(uint16_t did, uint8_t *dst, uint16_t len)
{
	const char *t = vin_text(did, len);
	if (dst == NULL) {
		return -(int32_t)UDS_NRC_ROOR;
	} else if ((did == VIN_DID) && (len == VIN_LEN)) {
		(void)memcpy(dst, vin_value, VIN_LEN);
	} else if (t != NULL) {
		(void)memcpy(dst, t, len);
	} else {
		return -(int32_t)UDS_NRC_ROOR;
	}
	return 0;
}

int32_t vin_did_write(uint16_t did, const uint8_t *src, uint16_t len)
{
	if ((did != VIN_DID) || (src == NULL) || (len != VIN_LEN) || !uds_vin_valid(src, len)) {
		return -(int32_t)UDS_NRC_ROOR;
	}
	if ((vin_cfg == NULL) || (vin_cfg->nvm == NULL) || (vin_cfg->nvm->write(vin_cfg->block, src, VIN_LEN) != (int32_t)VIN_LEN)) {
		return -(int32_t)UDS_NRC_GPF;
	}
	(void)memcpy(vin_value, src, VIN_LEN);
	return 0;
}
