/*
 * isotp: ISO 15765-2 transport protocol on classic CAN (8-byte frames, normal addressing).
 * One channel per (rx id, tx id) pair, optionally also listening on a functional id (0x7DF) that only
 * carries single frames. Full duplex: the receiver and the sender of a channel are independent.
 *  - Receiver: SF, FF + CF with sequence numbers; sends FC CTS with the configured BS/STmin, FC OVFLW when
 *    the message does not fit the buffer; N_Cr timeout; wrong SN aborts with N_WRONG_SN.
 *  - Sender: SF or FF, then CFs paced by the peer's FC (BS, STmin, WAIT up to wft_max, OVFLW);
 *    N_Bs and N_As timeouts.
 * Frames go out through a tx function pointer (canif, the wasm ABI or a test loopback). Time is passed in:
 * isotp_main(now_us) advances timers and sends due CFs; frames received between two calls are stamped with
 * the last call's time. Results are the ISO 15765-2 N_Result names as negative codes.
 */
#ifndef ISOTP_H
#define ISOTP_H

#include <stdbool.h>
#include <stdint.h>

#define ISOTP_MAX_MSG_LEN 4095U /* FF_DL without the escape sequence */
#ifndef ISOTP_BUF_SIZE
#define ISOTP_BUF_SIZE 256U /* default message buffer of a channel (each direction) */
#endif
#ifndef ISOTP_CF_PER_MAIN
#define ISOTP_CF_PER_MAIN 4U /* most CFs one isotp_main call sends with STmin 0: ~ a 1 ms tick of 500 kbit/s */
#endif
#define ISOTP_FRAME_LEN 8U
#define ISOTP_DEFAULT_TIMEOUT_US 1000000U /* N_As, N_Bs, N_Cr when the config says 0 */
#define ISOTP_DEFAULT_WFT_MAX 10U        /* FC WAIT frames accepted in a row when the config says 0 */
#define ISOTP_PAD_DEFAULT 0xCCU
#define ISOTP_PAD_NONE 0x100U /* config.padding: send frames only as long as their content */
#define ISOTP_NO_ID 0xFFFFFFFFU /* config.func_id: no functional address */

/* N_Result (ISO 15765-2) */
#define ISOTP_N_OK            0
#define ISOTP_N_TIMEOUT_A     (-1) /* the driver refused a frame for N_As */
#define ISOTP_N_TIMEOUT_Bs    (-2) /* no FC within N_Bs */
#define ISOTP_N_TIMEOUT_Cr    (-3) /* no CF within N_Cr */
#define ISOTP_N_WRONG_SN      (-4)
#define ISOTP_N_INVALID_FS    (-5)
#define ISOTP_N_UNEXP_PDU     (-6) /* SF/FF arrived during a reception: the old one is dropped */
#define ISOTP_N_WFT_OVRN      (-7) /* more than wft_max FC WAIT in a row */
#define ISOTP_N_BUFFER_OVFLW  (-8) /* receiver: message longer than the buffer; sender: peer sent FC OVFLW */
/* API errors (not N_Result) */
#define ISOTP_E_PARAM (-20)
#define ISOTP_E_BUSY  (-21) /* isotp_send while a message is still being sent */
#define ISOTP_E_LEN   (-22) /* isotp_send: 0 bytes, or more than the buffer / 4095 */

/* flow status */
#define ISOTP_FS_CTS   0U
#define ISOTP_FS_WAIT  1U
#define ISOTP_FS_OVFLW 2U

/** Sends one CAN frame; returns >= 0 when taken, < 0 when the controller/queue refused it (retried). */
typedef int32_t (*isotp_tx_fn)(uint32_t id, const uint8_t *data, uint8_t len);
/**
 * A message arrived (result ISOTP_N_OK, data valid during the call only), or a reception failed
 * (result < 0, data NULL, len 0). functional: it came on the functional id.
 */
typedef void (*isotp_rx_indication_fn)(void *user, const uint8_t *data, uint16_t len, bool functional,
                                       int32_t result);
/** The message given to isotp_send is out (ISOTP_N_OK) or was abandoned (< 0). */
typedef void (*isotp_tx_confirmation_fn)(void *user, int32_t result);

/** Channel parameters; 0 in a timeout or wft_max means its default. Kept by pointer: must outlive the channel. */
typedef struct {
	uint32_t rx_id;   /* physical requests and FCs from the peer */
	uint32_t tx_id;   /* our frames, including FCs */
	uint32_t func_id; /* functional requests (single frames only), or ISOTP_NO_ID */
	isotp_tx_fn tx;
	uint8_t block_size; /* BS we announce as receiver; 0 = no further FC */
	uint8_t st_min;     /* STmin byte we announce as receiver (0x00..0x7F ms, 0xF1..0xF9 x100 µs) */
	uint16_t padding;   /* fill byte 0..0xFF for 8-byte frames, or ISOTP_PAD_NONE */
	uint32_t n_as_us;
	uint32_t n_bs_us;
	uint32_t n_cr_us;
	uint8_t wft_max;
	isotp_rx_indication_fn rx_indication; /* may be NULL */
	isotp_tx_confirmation_fn tx_confirmation; /* may be NULL */
	void *user; /* passed to both callbacks */
} isotp_config_t;

/** Counters since isotp_init; nothing is dropped silently. */
typedef struct {
	uint32_t rx_msgs;       /* complete messages indicated */
	uint32_t rx_functional; /* of which on the functional id */
	uint32_t rx_garbage;    /* DLC 0, unknown PCI, lengths that contradict the DLC */
	uint32_t rx_unexpected; /* CF while not receiving, FC while not waiting for one, FF on the functional id */
	uint32_t rx_aborted;    /* receptions replaced by a new SF/FF (N_UNEXP_PDU) */
	uint32_t rx_wrong_sn;
	uint32_t rx_timeout_cr;
	uint32_t rx_overflow;   /* FF longer than the buffer: FC OVFLW sent */
	uint32_t tx_msgs;       /* messages sent completely */
	uint32_t tx_frames;
	uint32_t tx_refused;    /* frames the tx function refused (retried) */
	uint32_t tx_timeout_bs;
	uint32_t tx_timeout_a;
	uint32_t tx_fc_wait;    /* FC WAIT received */
	uint32_t tx_aborted;    /* peer's FC OVFLW, invalid FS, too many WAITs */
} isotp_stats_t;

/** One channel. Declare it with ISOTP_CHANNEL_DEFINE so its buffers come with it; fields are private. */
typedef struct {
	uint8_t *rx_buf;
	uint8_t *tx_buf;
	uint16_t buf_size;
	const isotp_config_t *cfg;
	uint64_t now_us;
	/* receiver */
	uint8_t rx_state;
	uint8_t rx_sn;      /* expected SN of the next CF */
	uint8_t rx_bs_left; /* CFs until we send the next FC; 0 = unlimited */
	uint8_t rx_fc_pending; /* flow status to (re)send, or 0xFF */
	uint16_t rx_len;
	uint16_t rx_pos;
	uint64_t rx_deadline_us;
	/* sender */
	uint8_t tx_state;
	uint8_t tx_sn;
	uint8_t tx_bs;
	uint8_t tx_bs_left;
	uint8_t tx_wft;
	int32_t tx_result; /* confirmation due in the next isotp_main (ISOTP_TX_DONE) */
	uint16_t tx_len;
	uint16_t tx_pos;
	uint32_t tx_stmin_us;
	uint64_t tx_next_cf_us;
	uint64_t tx_deadline_us;
	isotp_stats_t st;
} isotp_channel_t;

/*
 * Declares a static channel `name` with its own rx and tx buffers of `size` bytes (8..4095, checked at
 * compile time). Example: ISOTP_CHANNEL_DEFINE(uds_tp, ISOTP_BUF_SIZE);
 */
#define ISOTP_CHANNEL_DEFINE(name, size)                                                                      \
	typedef char name##_size_check_[(((size) >= 8U) && ((size) <= ISOTP_MAX_MSG_LEN)) ? 1 : -1];              \
	static uint8_t name##_rx_buf_[(size)];                                                                     \
	static uint8_t name##_tx_buf_[(size)];                                                                     \
	static isotp_channel_t name = {.rx_buf = name##_rx_buf_, .tx_buf = name##_tx_buf_, .buf_size = (uint16_t)(size)}

/** Resets the channel (keeping its buffers) and takes the config. ISOTP_N_OK or ISOTP_E_PARAM. */
int32_t isotp_init(isotp_channel_t *ch, const isotp_config_t *cfg);
/** Offers a received frame; false when id is neither the channel's rx id nor its functional id. */
bool isotp_rx(isotp_channel_t *ch, uint32_t id, const uint8_t *data, uint8_t len);
/** Advances time: timeouts, retries of refused frames, due CFs, the confirmation of a finished send. */
void isotp_main(isotp_channel_t *ch, uint64_t now_us);
/** Starts sending a message (copied). ISOTP_N_OK, ISOTP_E_BUSY, ISOTP_E_LEN or ISOTP_E_PARAM. */
int32_t isotp_send(isotp_channel_t *ch, const uint8_t *data, uint16_t len);
/** True from isotp_send until the confirmation has been given. */
bool isotp_tx_busy(const isotp_channel_t *ch);
/** True while a multi-frame reception is in progress. */
bool isotp_rx_busy(const isotp_channel_t *ch);
/** The channel's counters. */
const isotp_stats_t *isotp_stats(const isotp_channel_t *ch);
/** STmin byte to microseconds (reserved values count as 127 ms, as ISO 15765-2 asks). */
uint32_t isotp_stmin_us(uint8_t st_min);

#endif /* ISOTP_H */
