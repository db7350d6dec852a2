/*
 * com: table-driven signal communication over canif. Each ECU lists the messages it sends and receives in
 * const tables built from the DBC-generated macros (IDs, lengths, cycle times, E2E data IDs):
 *  - TX: cyclic transmission at the DBC period, plus event transmission on request (com_trigger); payloads
 *    are produced by the application's pack callback (which calls the generated vehicle_dbc_*_pack), then
 *    E2E-protected when the message is E2E.
 *  - RX: length and E2E checks, the last good payload kept for the application to unpack, deadline
 *    monitoring with a timeout flag per message, counters per message.
 * Time comes from com_main(now_us); frames arriving between ticks are stamped with the last tick's time.
 */
#ifndef COM_H
#define COM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "e2e.h"

#ifndef COM_MAX_TX
#define COM_MAX_TX 16U
#endif
#ifndef COM_MAX_RX
#define COM_MAX_RX 16U
#endif
#define COM_MAX_LEN 8U /* classic CAN payload */

#define COM_E_PARAM  (-1)
#define COM_E_CONFIG (-2)

/** Packs the message's current signal values into dst; returns bytes written or < 0. */
typedef int (*com_pack_fn)(uint8_t *dst, size_t size);

typedef struct {
	uint32_t id;
	uint8_t len;
	uint16_t cycle_ms;  /* 0 = event only */
	uint16_t offset_ms; /* first cyclic transmission this long after com_init; spreads the bus load */
	uint8_t e2e;        /* 1 = protect with e2e_p1_protect */
	uint8_t e2e_data_id;
	com_pack_fn pack;
} com_tx_cfg_t;

typedef struct {
	uint32_t id;
	uint8_t len;         /* minimum length accepted */
	uint16_t timeout_ms; /* deadline; 0 = not monitored */
	uint8_t e2e;         /* 1 = check with e2e_p1_check */
	uint8_t e2e_data_id;
	uint8_t e2e_max_delta; /* counter jump still accepted (lost frames) */
} com_rx_cfg_t;

typedef struct {
	const com_tx_cfg_t *tx;
	uint8_t tx_count; /* <= COM_MAX_TX */
	const com_rx_cfg_t *rx;
	uint8_t rx_count; /* <= COM_MAX_RX */
} com_config_t;

typedef struct {
	uint32_t sent;      /* handed to canif (sent or queued) */
	uint32_t pack_errors;
	uint32_t tx_errors; /* canif refused (FIFO overflow) */
} com_tx_stats_t;

typedef struct {
	uint32_t received;   /* frames accepted */
	uint32_t len_errors; /* shorter than configured */
	uint32_t e2e_errors; /* CRC/data ID error, repeated counter or counter jump */
	uint32_t timeouts;   /* deadline expirations (counted once per expiry) */
	e2e_p1_status_t last_e2e;
} com_rx_stats_t;

/** Takes the tables (kept by pointer), clears state; deadlines start counting at now_us. 0 or COM_E_CONFIG. */
int32_t com_init(const com_config_t *cfg, uint64_t now_us);
/** Sends what is due (cyclic and triggered) and runs deadline monitoring. Call every tick. */
void com_main(uint64_t now_us);
/** Asks for one event transmission of TX message `tx` in the next com_main. 0 or COM_E_PARAM. */
int32_t com_trigger(uint8_t tx);
/** canif upper layer: a frame for RX message `handle` (canif_rx_indication_fn). */
void com_rx_indication(uint16_t handle, const uint8_t *data, uint8_t len);
/** The last good payload of RX message `rx` (zeros before the first), COM_MAX_LEN bytes. */
const uint8_t *com_rx_data(uint8_t rx);
/** True once a good frame arrived and its deadline has not expired since. */
bool com_rx_fresh(uint8_t rx);
/** True while the deadline of RX message `rx` is expired (also before the first frame, after one timeout). */
bool com_rx_timed_out(uint8_t rx);
/** True once per good frame received since the last call: for event messages and edge detection. */
bool com_rx_take_update(uint8_t rx);
/** Counters of RX message `rx` (NULL for a bad index). */
const com_rx_stats_t *com_rx_stats(uint8_t rx);
/** Counters of TX message `tx` (NULL for a bad index). */
const com_tx_stats_t *com_tx_stats(uint8_t tx);

#endif /* COM_H */
