/* flash: see flash.h. One static transfer per ECU image, like the one flash bank a bootloader writes. */
#include "flash.h"

#include <stddef.h>

#include "uds.h" /* only for the NRC codes */

#define FLASH_SID_DOWNLOAD 0x34U
#define FLASH_SID_TRANSFER 0x36U
#define FLASH_SID_EXIT 0x37U
#define FLASH_LFID 0x20U /* lengthFormatIdentifier of the 0x34 response: 2-byte maxNumberOfBlockLength */

/* ISO 14229-1 download NRCs that uds.h does not need */
#define FLASH_NRC_UDNA 0x70U /* uploadDownloadNotAccepted */
#define FLASH_NRC_TDS 0x71U  /* transferDataSuspended */
#define FLASH_NRC_WBSC 0x73U /* wrongBlockSequenceCounter */

/* Defined by flash_abi.c in ECU images; host tests that do not link it get NULL and pick their own port. */
extern const flash_port_t flash_port_abi __attribute__((weak));

static const flash_port_t *flash_port_override;
static uint8_t flash_st;
static uint32_t flash_size;
static uint32_t flash_got;
static uint32_t flash_crc;
static uint8_t flash_bsc; /* counter of the last accepted block, 0 before the first */
static bool flash_any;    /* a block has been accepted (so a repeat of flash_bsc is a retry) */

static const flash_port_t *flash_port(void)
{
	return (flash_port_override != NULL) ? flash_port_override : &flash_port_abi;
}

uint32_t flash_crc32(uint32_t crc, const uint8_t *p, uint32_t len)
{
	uint32_t c = ~crc;
	for (uint32_t i = 0U; i < len; i++) {
		c ^= p[i];
		for (uint8_t k = 0U; k < 8U; k++) {
			c = ((c & 1U) != 0U) ? ((c >> 1) ^ 0xEDB88320U) : (c >> 1);
		}
	}
	return ~c;
}

void flash_init(void)
{
	flash_st = FLASH_IDLE;
	flash_size = 0U;
	flash_got = 0U;
	flash_crc = 0U;
	flash_bsc = 0U;
	flash_any = false;
}

void flash_set_port(const flash_port_t *port)
{
	flash_port_override = port;
}

static uint32_t flash_get_be(const uint8_t *p, uint8_t n)
{
	uint32_t v = 0U;
	for (uint8_t i = 0U; i < n; i++) {
		v = (v << 8) | p[i];
	}
	return v;
}

/* ---- 0x34 RequestDownload: 34 DFI ALFID memoryAddress memorySize ---- */
static int32_t flash_download(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max, uint8_t level)
{
	if (len < 3U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	uint8_t size_len = (uint8_t)(req[2] >> 4);
	uint8_t addr_len = (uint8_t)(req[2] & 0x0FU);
	if ((size_len < 1U) || (size_len > 4U) || (addr_len < 1U) || (addr_len > 4U)) {
		return -(int32_t)UDS_NRC_ROOR;
	}
	if (len != (uint16_t)(3U + addr_len + size_len)) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if (flash_st == FLASH_DOWNLOADING) {
		return -(int32_t)UDS_NRC_CNC; /* one download at a time: 0x37 or a session change ends it */
	}
	uint32_t addr = flash_get_be(&req[3], addr_len);
	uint32_t size = flash_get_be(&req[3U + addr_len], size_len);
	/* no compression or encryption; the image slot starts at address 0 */
	if ((req[1] != 0x00U) || (addr != 0U) || (size == 0U) || (size > FLASH_MAX_IMAGE)) {
		return -(int32_t)UDS_NRC_ROOR;
	}
	if (level != FLASH_SECURITY_LEVEL) {
		return -(int32_t)UDS_NRC_SAD;
	}
	const flash_port_t *port = flash_port();
	if ((port == NULL) || (port->write == NULL) || (port->commit == NULL) || (port->write(0U, NULL, 0U) < 0)) {
		return -(int32_t)FLASH_NRC_UDNA;
	}
	flash_init();
	flash_st = FLASH_DOWNLOADING;
	flash_size = size;
	resp[1] = FLASH_LFID;
	resp[2] = (uint8_t)(max >> 8);
	resp[3] = (uint8_t)(max & 0xFFU);
	return 4;
}

/* ---- 0x36 TransferData: 36 blockSequenceCounter data ---- */
static int32_t flash_transfer(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	if ((len < 3U) || (len > max)) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if (flash_st == FLASH_SUSPENDED) {
		return -(int32_t)FLASH_NRC_TDS;
	}
	if (flash_st != FLASH_DOWNLOADING) {
		return -(int32_t)UDS_NRC_RSE;
	}
	uint8_t bsc = req[1];
	resp[1] = bsc;
	if (flash_any && (bsc == flash_bsc)) {
		return 2; /* the tester repeats a block whose response it lost: already written */
	}
	if (bsc != (uint8_t)(flash_bsc + 1U)) {
		return -(int32_t)FLASH_NRC_WBSC;
	}
	uint32_t n = (uint32_t)len - 2U;
	if (n > flash_size - flash_got) {
		return -(int32_t)UDS_NRC_ROOR; /* more than 0x34 announced */
	}
	if (flash_port()->write(flash_got, &req[2], n) < 0) {
		flash_st = FLASH_SUSPENDED;
		return -(int32_t)UDS_NRC_GPF;
	}
	flash_crc = flash_crc32(flash_crc, &req[2], n);
	flash_got += n;
	flash_bsc = bsc;
	flash_any = true;
	return 2;
}

/* ---- 0x37 RequestTransferExit: 37 CRC-32 of the image (4 bytes, big-endian) ---- */
static int32_t flash_exit(const uint8_t *req, uint16_t len, uint8_t *resp)
{
	if (len != 5U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if ((flash_st != FLASH_DOWNLOADING) || (flash_got != flash_size)) {
		return -(int32_t)UDS_NRC_RSE; /* nothing to finish, or blocks still missing */
	}
	uint32_t want = flash_get_be(&req[1], 4U);
	if ((want != flash_crc) || (flash_port()->commit(flash_size, flash_crc) < 0)) {
		flash_init(); /* the staged image is never committed: the running one stays */
		return -(int32_t)UDS_NRC_GPF;
	}
	flash_st = FLASH_VERIFIED;
	for (uint8_t i = 0U; i < 4U; i++) {
		resp[1U + i] = req[1U + i];
	}
	return 5;
}

int32_t flash_request(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max, uint8_t security_level)
{
	if (req[0] == FLASH_SID_DOWNLOAD) {
		return flash_download(req, len, resp, max, security_level);
	} else if (req[0] == FLASH_SID_TRANSFER) {
		return flash_transfer(req, len, resp, max);
	} else if (req[0] == FLASH_SID_EXIT) {
		return flash_exit(req, len, resp);
	} else {
		return -(int32_t)UDS_NRC_SNS;
	}
}

void flash_abort(void)
{
	flash_init();
}

void flash_reset(void)
{
	if (flash_st == FLASH_VERIFIED) {
		const flash_port_t *port = flash_port();
		if (port->boot != NULL) {
			port->boot();
		}
	}
	flash_init();
}

uint8_t flash_state(void)
{
	return flash_st;
}

uint32_t flash_received(void)
{
	return flash_got;
}
