/*
 * vin: the identification DIDs every ECU serves, written once: the vehicle identification number (F190, ISO
 * 14229 / ISO 3779) an ECU keeps in NVM, its software version (F195) and its serial number (F18C). The VIN is
 * loaded at boot (a default while none is programmed, or while the block holds something that is not a VIN),
 * read into DID responses, and written by a tester through `vin_did_write` (17 characters of the VIN
 * alphabet, stored before it is taken). An ECU lists the rows in its uds_did_t table with the VIN_DID_* macros.
 */
#ifndef VIN_H
#define VIN_H

#include <stdint.h>

#include "dem.h"
#include "uds.h"

#define VIN_LEN 17U
#define VIN_DID 0xF190U            /* VIN, VIN_LEN bytes */
#define VIN_DID_SERIAL 0xF18CU     /* ECU serial number */
#define VIN_DID_SW_VERSION 0xF195U /* ECU software version */

typedef struct {
	const dem_nvm_port_t *nvm;   /* the ECU ABI's nvm_read/nvm_write, or a test double */
	uint32_t block;              /* NVM block that holds the VIN */
	const uint8_t *unprogrammed; /* VIN_LEN bytes served while the block holds none; NULL: 17 '0' */
	const char *sw_version;      /* F195 text (no terminator sent); NULL: not served */
	const char *serial;          /* F18C text; NULL: not served */
} vin_config_t;

/** What vin_load found in the VIN's block. */
typedef enum {
	VIN_STORED = 0,   /* a programmed VIN */
	VIN_UNPROGRAMMED, /* nothing stored: the default, as expected on new parts */
	VIN_CORRUPT       /* something stored, but not a VIN: the default (the ECU reports an NVM fault) */
} vin_load_result_t;

/** Takes the config (kept by pointer) and loads the stored VIN, or the unprogrammed one. */
vin_load_result_t vin_load(const vin_config_t *cfg);
/** The VIN (VIN_LEN bytes, no terminator). */
const uint8_t *vin_get(void);
/** UDS ReadDataByIdentifier handler for F190, F195 and F18C: 0, or -UDS_NRC_ROOR for another DID or length. */
int32_t vin_did_read(uint16_t did, uint8_t *dst, uint16_t len);
/** UDS WriteDataByIdentifier handler for F190: 0, -UDS_NRC_ROOR for a malformed VIN, -UDS_NRC_GPF when NVM fails. */
int32_t vin_did_write(uint16_t did, const uint8_t *src, uint16_t len);

/* uds_did_t rows. The VIN is readable in every session and written in `sessions` (UDS_IN_* mask) after
 * security level 1; the texts are string literals or char arrays, their length without the terminator. */
#define VIN_DID_ROW(sessions)                                                                                  \
	{.id = VIN_DID, .len = VIN_LEN, .read_sessions = UDS_IN_ALL, .write_sessions = (sessions),               \
	 .write_security = 1U, .read = vin_did_read, .write = vin_did_write}
#define VIN_DID_ROW_READ_ONLY {.id = VIN_DID, .len = VIN_LEN, .read_sessions = UDS_IN_ALL, .read = vin_did_read}
#define VIN_DID_TEXT_ROW(did, text) \
	{.id = (did), .len = (uint16_t)(sizeof(text) - 1U), .read_sessions = UDS_IN_ALL, .read = vin_did_read}

#endif /* VIN_H */
