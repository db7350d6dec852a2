/*
 * flash: the download half of a flash bootloader, inside the UDS server (uds.c dispatches to it):
 * 0x34 RequestDownload, 0x36 TransferData and 0x37 RequestTransferExit in the programming session
 * (ISO 14229-1 clauses 14.2 to 14.4), security level FLASH_SECURITY_LEVEL unlocked.
 *
 * The image goes to a staging area outside the running image through a port (flash_port_t; flash_abi.c binds
 * it to the ECU ABI imports flash_write, flash_commit, flash_boot). Blocks carry a block sequence counter
 * (1, 2, ... 0xFF, 0, 1, ...); a repeated last block is answered again without being written twice. The
 * CRC-32 (IEEE 802.3, the one of zlib) of the whole image is checked at 0x37; only then is the host told that
 * the staged image is complete, and only when the ECU next resets (0x11) is it told to boot it. A session
 * change (S3 timeout included) or a reset before a good 0x37 drops the transfer: the running image stays.
 * Behaviour for testers: docs/ota.md.
 */
#ifndef FLASH_H
#define FLASH_H

#include <stdbool.h>
#include <stdint.h>

#define FLASH_SECURITY_LEVEL 1U   /* 0x27 level 0x34 needs */
#define FLASH_MAX_IMAGE 0x400000U /* largest image 0x34 accepts, bytes (4 MiB) */

/* transfer states */
#define FLASH_IDLE 0U
#define FLASH_DOWNLOADING 1U
#define FLASH_SUSPENDED 2U /* a write to the staging area failed: 0x36 answers 0x71 until the next 0x34 */
#define FLASH_VERIFIED 3U  /* 0x37 accepted the image: it boots at the next reset */

/** Where the received image goes. Each function returns >= 0 on success, < 0 on failure. */
typedef struct {
	/* Stores len bytes at offset of the staged image; offset 0 with len 0 starts a new, empty one. */
	int32_t (*write)(uint32_t offset, const uint8_t *src, uint32_t len);
	/* The staged image is complete: size bytes with this CRC-32. The host checks both. */
	int32_t (*commit)(uint32_t size, uint32_t crc);
	/* The ECU resets now: the committed image becomes the running one. */
	void (*boot)(void);
} flash_port_t;

/** Drops any transfer (power-on, uds_init). Keeps the port. */
void flash_init(void);
/** Selects the port; NULL selects flash_port_abi when it is linked in (ECU images), else none (NRC 0x70). */
void flash_set_port(const flash_port_t *port);
/**
 * One 0x34/0x36/0x37 request (req[0] is the SID, len >= 2) at the given unlocked security level. Writes the
 * positive response into resp (max bytes, also the longest request the server takes: maxNumberOfBlockLength)
 * and returns its length, or a negated NRC.
 */
int32_t flash_request(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max, uint8_t security_level);
/** The programming session was left: an unfinished or unbooted transfer is dropped. */
void flash_abort(void);
/** The ECU is about to reset: boots a verified image. */
void flash_reset(void);
/** FLASH_IDLE .. FLASH_VERIFIED. */
uint8_t flash_state(void);
/** Bytes of the current transfer received so far. */
uint32_t flash_received(void);
/** CRC-32 (reflected, polynomial 0xEDB88320, init and final xor 0xFFFFFFFF); chain with crc = previous result. */
uint32_t flash_crc32(uint32_t crc, const uint8_t *p, uint32_t len);

#endif /* FLASH_H */
