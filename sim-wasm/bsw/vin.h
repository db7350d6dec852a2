/*
 * vin: the vehicle identification number an ECU keeps in NVM and serves as DID F190 (ISO 14229 / ISO 3779),
 * written once for the ECUs that store their own copy: loaded at boot (a default while none is programmed),
 * read into DID responses, written by a tester through `vin_did_write` (17 characters of the VIN alphabet,
 * stored before it is taken).
 */
#ifndef VIN_H
#define VIN_H

#include <stdint.h>

#include "dem.h"

#define VIN_LEN 17U

typedef struct {
	const dem_nvm_port_t *nvm; /* the ECU ABI's nvm_read/nvm_write, or a test double */
	uint32_t block;            /* NVM block that holds the VIN */
	const uint8_t *unprogrammed; /* VIN_LEN bytes served while the block holds none; NULL: 17 '0' */
} vin_config_t;

/** Takes the config (kept by pointer) and loads the stored VIN, or the unprogrammed one when the block holds none. */
void vin_load(const vin_config_t *cfg);
/** The VIN (VIN_LEN bytes, no terminator). */
const uint8_t *vin_get(void);
/** UDS WriteDataByIdentifier handler for F190: 0, -UDS_NRC_ROOR for a malformed VIN, -UDS_NRC_GPF when NVM fails. */
int32_t vin_did_write(uint16_t did, const uint8_t *src, uint16_t len);

#endif /* VIN_H */
