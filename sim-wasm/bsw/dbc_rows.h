/*
 * dbc_rows: the rows of an ECU's COM and canif tables, written from the DBC-generated macros of a message
 * (vehicle_dbc.h: <msg>_FRAME_ID, _LENGTH, _CYCLE_TIME_MS, _IS_EXTENDED, _E2E_DATA_ID), so every ECU builds its
 * tables from one X-macro list of its messages the same way. `e2e` is 1U for an E2E-protected message and 0U
 * for one without (literally: it picks the data ID by token pasting).
 */
#ifndef DBC_ROWS_H
#define DBC_ROWS_H

#define DBC_E2E_ID_0U(msg) 0U
#define DBC_E2E_ID_1U(msg) msg##_E2E_DATA_ID
/* The message's E2E data ID, 0 without protection. */
#define DBC_E2E_ID(e2e, msg) DBC_E2E_ID_##e2e(msg)

/* com_tx_cfg_t row `name`: sent every <msg>_CYCLE_TIME_MS (0: on trigger only) from `offset` ms, packed by `pack`. */
#define DBC_COM_TX_ROW(name, msg, e2e_, offset, pack_)                                                          \
	[name] = {.id = msg##_FRAME_ID, .len = msg##_LENGTH, .cycle_ms = msg##_CYCLE_TIME_MS, .offset_ms = offset, \
	          .e2e = e2e_, .e2e_data_id = DBC_E2E_ID(e2e_, msg), .pack = pack_},

/* com_rx_cfg_t row `name`: timed out after `timeout` ms without a frame, E2E counter jumps up to `delta` accepted. */
#define DBC_COM_RX_ROW(name, msg, e2e_, timeout, delta)                                                         \
	[name] = {.id = msg##_FRAME_ID, .len = msg##_LENGTH, .timeout_ms = (uint16_t)(timeout), .e2e = e2e_,   \
	          .e2e_data_id = DBC_E2E_ID(e2e_, msg), .e2e_max_delta = delta},

/* canif_rx_entry_t row: the message's frames go to COM receiver `name`. */
#define DBC_CANIF_RX_ROW(name, msg) {.id = msg##_FRAME_ID, .extended = (uint8_t)msg##_IS_EXTENDED, .handle = name},

#endif /* DBC_ROWS_H */
