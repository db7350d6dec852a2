/*
 * canif: CAN interface. TX goes to the controller through a driver table (the wasm port calls the host's
 * can_tx; tests plug in a loopback); when the controller's mailboxes are full the frame waits in a small
 * FIFO and is retried every canif_main(). RX is filtered by an ID table and handed to the upper layer.
 */
#ifndef CANIF_H
#define CANIF_H

#include <stdbool.h>
#include <stdint.h>

#ifndef CANIF_TXQ_LEN
#define CANIF_TXQ_LEN 16U /* frames waiting for a free mailbox */
#endif
#define CANIF_MAX_LEN 64U /* CAN FD payload */

#define CANIF_OK          0
#define CANIF_QUEUED      1
#define CANIF_E_PARAM    (-1)
#define CANIF_E_OVERFLOW (-2)

/** The controller port: the ECU ABI's can_tx, a SocketCAN port, or a test loopback. */
typedef struct {
	/* Returns 0 when the controller took the frame, < 0 when every mailbox is full. */
	int32_t (*tx)(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data);
} canif_driver_t;

/** One accepted receive identifier and the upper-layer handle it maps to. */
typedef struct {
	uint32_t id;
	uint8_t extended; /* 1 for a 29-bit identifier */
	uint16_t handle;
} canif_rx_entry_t;

/** Upper layer receive callback (COM's com_rx_indication). */
typedef void (*canif_rx_indication_fn)(uint16_t handle, const uint8_t *data, uint8_t len);

typedef struct {
	const canif_driver_t *driver;
	const canif_rx_entry_t *rx_table;
	uint16_t rx_count;
	canif_rx_indication_fn rx_indication;
} canif_config_t;

/** Counters; never reset except by canif_init, so overflows are visible. */
typedef struct {
	uint32_t tx_direct;   /* frames the controller took at once */
	uint32_t tx_queued;   /* frames that had to wait in the FIFO */
	uint32_t tx_overflow; /* frames dropped because the FIFO was full */
	uint32_t rx_accepted;
	uint32_t rx_filtered; /* identifiers not in the table, remote frames */
	uint32_t rx_bad_dlc;
	uint16_t txq_high_water;
} canif_stats_t;

/** Resets the FIFO, the counters and takes the configuration (kept by pointer: it must be static). */
void canif_init(const canif_config_t *cfg);
/** Sends or queues a frame: CANIF_OK, CANIF_QUEUED, or CANIF_E_OVERFLOW / CANIF_E_PARAM. */
int32_t canif_transmit(uint32_t id, uint32_t flags, uint8_t len, const uint8_t *data);
/** Retries queued frames in order until the controller refuses one. Call every tick. */
void canif_main(void);
/** Frame from the controller (the ECU's ecu_can_rx): filtered by the RX table, passed up. */
void canif_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data);
/** Frames waiting in the FIFO. */
uint16_t canif_tx_pending(void);
/** The counters. */
const canif_stats_t *canif_stats(void);
/** The configuration canif_init took (its receive table), or NULL before the first canif_init. */
const canif_config_t *canif_config(void);
/**
 * canif's rx_filtered counter, for a host that filters frames before they reach the ECU (ecu_rx_accept in
 * ecu_abi.h): it adds the frames it dropped, so the counter reads as if canif had seen every frame.
 */
uint32_t *canif_rx_filtered_counter(void);
/** Payload bytes for a DLC code (9..15 are CAN FD lengths 12..64). */
uint8_t canif_dlc_to_len(uint32_t dlc);
/** Smallest DLC code holding len bytes. */
uint8_t canif_len_to_dlc(uint8_t len);

#endif /* CANIF_H */
