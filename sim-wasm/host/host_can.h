/*
 * host_can: the native runner's CAN port. A raw SocketCAN socket (PF_CAN/SOCK_RAW/CAN_RAW) on one interface,
 * non-blocking, or, for interface "-", no bus at all: sent frames are printed to stdout as candump -L lines
 * and nothing is received (a bench of one, for checking a build where the kernel has no SocketCAN).
 */
#ifndef HOST_CAN_H
#define HOST_CAN_H

#include <stddef.h>
#include <stdint.h>

/** One received frame in ABI terms (flags are CAN_FLAG_* of ecu_abi.h, dlc the DLC code). */
typedef struct {
	uint32_t id;
	uint32_t flags;
	uint32_t dlc;
	uint8_t data[64];
} host_can_frame_t;

/** An open CAN port and its counters. */
typedef struct {
	int fd;             /* -1 in stdout mode */
	int fd_frames;      /* 1 when the socket accepts CAN FD frames */
	const char *ifname;
	uint64_t now_us;    /* stamped on stdout-mode lines; set by the runner before each tick */
	uint32_t tx;        /* frames written */
	uint32_t tx_full;   /* frames refused (socket queue full: the ECU saw "mailbox full") */
	uint32_t tx_error;  /* frames refused for another reason (first one is logged) */
	uint32_t rx;        /* frames delivered */
	uint32_t rx_error;  /* failed reads and frames of a size the runner does not know */
	int last_errno;     /* errno of the last tx/rx error, for the summary */
} host_can_t;

/**
 * Opens `ifname` ("-" for stdout mode). Returns 0, or -1 with a message in `err` that names the interface
 * and says how to fix it (create the vcan, bring it up, load the CAN modules).
 */
int host_can_open(host_can_t *c, const char *ifname, char *err, size_t err_size);

/** Sends one frame; 0 when written, -1 when refused (the counters say why). */
int32_t host_can_send(host_can_t *c, uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data);

/** Reads one pending frame without blocking: 1 got one, 0 none pending. */
int host_can_recv(host_can_t *c, host_can_frame_t *f);

/** Closes the socket (no-op in stdout mode). */
void host_can_close(host_can_t *c);

/** Payload bytes of a DLC code (9..15 map to 12..64, as in CAN FD). */
uint32_t host_can_dlc_to_len(uint32_t dlc);

/** Smallest DLC code holding `len` bytes. */
uint32_t host_can_len_to_dlc(uint32_t len);

#endif /* HOST_CAN_H */
