/* isotp: see isotp.h. */
#include "isotp.h"

#include <stddef.h>
#include <string.h>

#define ISOTP_PCI_SF 0U
#define ISOTP_PCI_FF 1U
#define ISOTP_PCI_CF 2U
#define ISOTP_PCI_FC 3U

#define ISOTP_SF_MAX 7U /* payload of a classic single frame */
#define ISOTP_FF_DATA 6U
#define ISOTP_CF_DATA 7U
#define ISOTP_FC_NONE 0xFFU

enum { ISOTP_RX_IDLE = 0, ISOTP_RX_CF };
enum { ISOTP_TX_IDLE = 0, ISOTP_TX_FIRST, ISOTP_TX_WAIT_FC, ISOTP_TX_CF, ISOTP_TX_DONE };

static uint32_t isotp_timeout(uint32_t configured)
{
	return (configured == 0U) ? ISOTP_DEFAULT_TIMEOUT_US : configured;
}

uint32_t isotp_stmin_us(uint8_t st_min)
{
	if (st_min <= 0x7FU) {
		return (uint32_t)st_min * 1000U;
	} else if ((st_min >= 0xF1U) && (st_min <= 0xF9U)) {
		return ((uint32_t)st_min - 0xF0U) * 100U;
	} else {
		return 127000U;
	}
}

/* Pads to 8 bytes unless padding is off; returns the frame length handed to the driver. */
static uint8_t isotp_frame(const isotp_channel_t *ch, uint8_t *f, uint8_t used)
{
	if (ch->cfg->padding == ISOTP_PAD_NONE) {
		return used;
	}
	(void)memset(&f[used], (int)(ch->cfg->padding & 0xFFU), (size_t)(ISOTP_FRAME_LEN - used));
	return (uint8_t)ISOTP_FRAME_LEN;
}

static bool isotp_send_frame(isotp_channel_t *ch, const uint8_t *f, uint8_t len)
{
	if (ch->cfg->tx(ch->cfg->tx_id, f, len) < 0) {
		ch->st.tx_refused++;
		return false;
	}
	ch->st.tx_frames++;
	return true;
}

static bool isotp_send_fc(isotp_channel_t *ch, uint8_t fs)
{
	uint8_t f[ISOTP_FRAME_LEN];
	f[0] = (uint8_t)((ISOTP_PCI_FC << 4) | fs);
	f[1] = ch->cfg->block_size;
	f[2] = ch->cfg->st_min;
	return isotp_send_frame(ch, f, isotp_frame(ch, f, 3U));
}

static void isotp_indicate(const isotp_channel_t *ch, const uint8_t *data, uint16_t len, bool functional,
                           int32_t result)
{
	if (ch->cfg->rx_indication != NULL) {
		ch->cfg->rx_indication(ch->cfg->user, data, len, functional, result);
	}
}

/* Ends the send; the confirmation follows in the next isotp_main so callers never see it inside isotp_send. */
static void isotp_tx_finish(isotp_channel_t *ch, int32_t result)
{
	ch->tx_state = ISOTP_TX_DONE;
	ch->tx_result = result;
}

int32_t isotp_init(isotp_channel_t *ch, const isotp_config_t *cfg)
{
	if ((ch == NULL) || (cfg == NULL) || (cfg->tx == NULL) || (ch->rx_buf == NULL) || (ch->tx_buf == NULL) ||
	    (ch->buf_size < ISOTP_FRAME_LEN) || (ch->buf_size > ISOTP_MAX_MSG_LEN) ||
	    (cfg->padding > ISOTP_PAD_NONE) || (cfg->rx_id == cfg->func_id)) {
		if (ch != NULL) {
			ch->cfg = NULL;
		}
		return ISOTP_E_PARAM;
	}
	ch->cfg = cfg;
	ch->now_us = 0U;
	ch->rx_state = ISOTP_RX_IDLE;
	ch->rx_sn = 0U;
	ch->rx_bs_left = 0U;
	ch->rx_fc_pending = ISOTP_FC_NONE;
	ch->rx_len = 0U;
	ch->rx_pos = 0U;
	ch->rx_deadline_us = 0U;
	ch->tx_state = ISOTP_TX_IDLE;
	ch->tx_sn = 0U;
	ch->tx_bs = 0U;
	ch->tx_bs_left = 0U;
	ch->tx_wft = 0U;
	ch->tx_result = ISOTP_N_OK;
	ch->tx_len = 0U;
	ch->tx_pos = 0U;
	ch->tx_stmin_us = 0U;
	ch->tx_next_cf_us = 0U;
	ch->tx_deadline_us = 0U;
	(void)memset(&ch->st, 0, sizeof ch->st);
	return ISOTP_N_OK;
}

/* A new SF/FF while CFs were expected: the old message is lost (ISO 15765-2 N_UNEXP_PDU). */
static void isotp_rx_abort_for_new(isotp_channel_t *ch)
{
	if (ch->rx_state != ISOTP_RX_IDLE) {
		ch->rx_state = ISOTP_RX_IDLE;
		ch->rx_fc_pending = ISOTP_FC_NONE;
		ch->st.rx_aborted++;
		isotp_indicate(ch, NULL, 0U, false, ISOTP_N_UNEXP_PDU);
	}
}

static void isotp_rx_sf(isotp_channel_t *ch, const uint8_t *data, uint8_t len, bool functional)
{
	uint8_t dl = (uint8_t)(data[0] & 0x0FU);
	/* SF_DL 0 is the CAN FD escape; on classic CAN it and lengths beyond the DLC are malformed */
	if ((dl == 0U) || (dl > ISOTP_SF_MAX) || (dl > (uint8_t)(len - 1U))) {
		ch->st.rx_garbage++;
		return;
	}
	if (!functional) {
		isotp_rx_abort_for_new(ch);
	}
	ch->st.rx_msgs++;
	if (functional) {
		ch->st.rx_functional++;
	}
	isotp_indicate(ch, &data[1], dl, functional, ISOTP_N_OK);
}

static void isotp_rx_ff(isotp_channel_t *ch, const uint8_t *data, uint8_t len)
{
	if (len < ISOTP_FRAME_LEN) {
		ch->st.rx_garbage++;
		return;
	}
	uint32_t dl = ((uint32_t)(data[0] & 0x0FU) << 8) | data[1];
	uint8_t off = 2U;
	if (dl == 0U) {
		/* escape sequence: 32-bit length, only meaningful above 4095, so always beyond our buffer */
		dl = ((uint32_t)data[2] << 24) | ((uint32_t)data[3] << 16) | ((uint32_t)data[4] << 8) | data[5];
		off = 6U;
	}
	if (dl <= ISOTP_SF_MAX) {
		ch->st.rx_garbage++; /* would have fitted a single frame */
		return;
	}
	isotp_rx_abort_for_new(ch);
	if (dl > ch->buf_size) {
		ch->st.rx_overflow++;
		(void)isotp_send_fc(ch, ISOTP_FS_OVFLW);
		isotp_indicate(ch, NULL, 0U, false, ISOTP_N_BUFFER_OVFLW);
		return;
	}
	uint8_t n = (uint8_t)(ISOTP_FRAME_LEN - off);
	(void)memcpy(ch->rx_buf, &data[off], n);
	ch->rx_len = (uint16_t)dl;
	ch->rx_pos = n;
	ch->rx_sn = 1U;
	ch->rx_bs_left = ch->cfg->block_size;
	ch->rx_state = ISOTP_RX_CF;
	ch->rx_deadline_us = ch->now_us + isotp_timeout(ch->cfg->n_cr_us);
	ch->rx_fc_pending = isotp_send_fc(ch, ISOTP_FS_CTS) ? ISOTP_FC_NONE : (uint8_t)ISOTP_FS_CTS;
}

static void isotp_rx_cf(isotp_channel_t *ch, const uint8_t *data, uint8_t len)
{
	if (ch->rx_state != ISOTP_RX_CF) {
		ch->st.rx_unexpected++;
		return;
	}
	uint8_t sn = (uint8_t)(data[0] & 0x0FU);
	if (sn != ch->rx_sn) {
		ch->rx_state = ISOTP_RX_IDLE;
		ch->rx_fc_pending = ISOTP_FC_NONE;
		ch->st.rx_wrong_sn++;
		isotp_indicate(ch, NULL, 0U, false, ISOTP_N_WRONG_SN);
		return;
	}
	uint16_t left = (uint16_t)(ch->rx_len - ch->rx_pos);
	uint8_t n = (left < ISOTP_CF_DATA) ? (uint8_t)left : (uint8_t)ISOTP_CF_DATA;
	if ((uint8_t)(len - 1U) < n) {
		ch->st.rx_garbage++; /* shorter than its content: wait for a good one or N_Cr */
		return;
	}
	(void)memcpy(&ch->rx_buf[ch->rx_pos], &data[1], n);
	ch->rx_pos = (uint16_t)(ch->rx_pos + n);
	ch->rx_sn = (uint8_t)((ch->rx_sn + 1U) & 0x0FU);
	if (ch->rx_pos >= ch->rx_len) {
		ch->rx_state = ISOTP_RX_IDLE;
		ch->st.rx_msgs++;
		isotp_indicate(ch, ch->rx_buf, ch->rx_len, false, ISOTP_N_OK);
		return;
	}
	ch->rx_deadline_us = ch->now_us + isotp_timeout(ch->cfg->n_cr_us);
	if (ch->rx_bs_left > 0U) {
		ch->rx_bs_left--;
		if (ch->rx_bs_left == 0U) {
			ch->rx_bs_left = ch->cfg->block_size;
			ch->rx_fc_pending = isotp_send_fc(ch, ISOTP_FS_CTS) ? ISOTP_FC_NONE : (uint8_t)ISOTP_FS_CTS;
		}
	}
}

static void isotp_rx_fc(isotp_channel_t *ch, const uint8_t *data, uint8_t len)
{
	if (ch->tx_state != ISOTP_TX_WAIT_FC) {
		ch->st.rx_unexpected++;
		return;
	}
	if (len < 3U) {
		ch->st.rx_garbage++;
		return;
	}
	uint8_t fs = (uint8_t)(data[0] & 0x0FU);
	if (fs == ISOTP_FS_CTS) {
		ch->tx_bs = data[1];
		ch->tx_bs_left = data[1];
		ch->tx_stmin_us = isotp_stmin_us(data[2]);
		ch->tx_wft = 0U;
		ch->tx_state = ISOTP_TX_CF;
		ch->tx_next_cf_us = ch->now_us; /* the first CF of a block needs no STmin gap */
		ch->tx_deadline_us = ch->now_us + isotp_timeout(ch->cfg->n_as_us);
	} else if (fs == ISOTP_FS_WAIT) {
		ch->st.tx_fc_wait++;
		ch->tx_wft++;
		uint8_t wft_max = (ch->cfg->wft_max == 0U) ? (uint8_t)ISOTP_DEFAULT_WFT_MAX : ch->cfg->wft_max;
		if (ch->tx_wft > wft_max) {
			ch->st.tx_aborted++;
			isotp_tx_finish(ch, ISOTP_N_WFT_OVRN);
		} else {
			ch->tx_deadline_us = ch->now_us + isotp_timeout(ch->cfg->n_bs_us);
		}
	} else if (fs == ISOTP_FS_OVFLW) {
		ch->st.tx_aborted++;
		isotp_tx_finish(ch, ISOTP_N_BUFFER_OVFLW);
	} else {
		ch->st.tx_aborted++;
		isotp_tx_finish(ch, ISOTP_N_INVALID_FS);
	}
}

bool isotp_rx(isotp_channel_t *ch, uint32_t id, const uint8_t *data, uint8_t len)
{
	if ((ch == NULL) || (ch->cfg == NULL)) {
		return false;
	}
	bool functional = (ch->cfg->func_id != ISOTP_NO_ID) && (id == ch->cfg->func_id);
	if (!functional && (id != ch->cfg->rx_id)) {
		return false;
	}
	if ((len == 0U) || (data == NULL)) {
		ch->st.rx_garbage++;
		return true;
	}
	/* a CAN FD frame longer than 8 bytes is read as its first 8: classic ISO-TP only */
	uint8_t n = (len > ISOTP_FRAME_LEN) ? (uint8_t)ISOTP_FRAME_LEN : len;
	uint8_t pci = (uint8_t)(data[0] >> 4);
	if (functional) {
		if (pci == ISOTP_PCI_SF) {
			isotp_rx_sf(ch, data, n, true);
		} else if (pci <= ISOTP_PCI_FC) {
			ch->st.rx_unexpected++; /* functional addressing carries single frames only */
		} else {
			ch->st.rx_garbage++;
		}
		return true;
	}
	switch (pci) {
	case ISOTP_PCI_SF:
		isotp_rx_sf(ch, data, n, false);
		break;
	case ISOTP_PCI_FF:
		isotp_rx_ff(ch, data, n);
		break;
	case ISOTP_PCI_CF:
		isotp_rx_cf(ch, data, n);
		break;
	case ISOTP_PCI_FC:
		isotp_rx_fc(ch, data, n);
		break;
	default:
		ch->st.rx_garbage++;
		break;
	}
	return true;
}

/* Sends the SF or FF; false if the driver refused it. */
static bool isotp_tx_first(isotp_channel_t *ch)
{
	uint8_t f[ISOTP_FRAME_LEN];
	if (ch->tx_len <= ISOTP_SF_MAX) {
		f[0] = (uint8_t)ch->tx_len; /* PCI SF = 0 in the high nibble */
		(void)memcpy(&f[1], ch->tx_buf, ch->tx_len);
		if (!isotp_send_frame(ch, f, isotp_frame(ch, f, (uint8_t)(1U + ch->tx_len)))) {
			return false;
		}
		ch->st.tx_msgs++;
		isotp_tx_finish(ch, ISOTP_N_OK);
		return true;
	}
	f[0] = (uint8_t)((ISOTP_PCI_FF << 4) | ((uint32_t)ch->tx_len >> 8));
	f[1] = (uint8_t)(ch->tx_len & 0xFFU);
	(void)memcpy(&f[2], ch->tx_buf, ISOTP_FF_DATA);
	if (!isotp_send_frame(ch, f, (uint8_t)ISOTP_FRAME_LEN)) {
		return false;
	}
	ch->tx_pos = ISOTP_FF_DATA;
	ch->tx_sn = 1U;
	ch->tx_wft = 0U;
	ch->tx_state = ISOTP_TX_WAIT_FC;
	ch->tx_deadline_us = ch->now_us + isotp_timeout(ch->cfg->n_bs_us);
	return true;
}

int32_t isotp_send(isotp_channel_t *ch, const uint8_t *data, uint16_t len)
{
	if ((ch == NULL) || (ch->cfg == NULL) || (data == NULL)) {
		return ISOTP_E_PARAM;
	}
	if ((len == 0U) || (len > ch->buf_size)) {
		return ISOTP_E_LEN;
	}
	if (ch->tx_state != ISOTP_TX_IDLE) {
		return ISOTP_E_BUSY;
	}
	(void)memcpy(ch->tx_buf, data, len);
	ch->tx_len = len;
	ch->tx_pos = 0U;
	ch->tx_state = ISOTP_TX_FIRST;
	ch->tx_deadline_us = ch->now_us + isotp_timeout(ch->cfg->n_as_us);
	(void)isotp_tx_first(ch);
	return ISOTP_N_OK;
}

/* Sends due CFs; stops at the end of a block, of the message, at STmin, or when the driver refuses. */
static void isotp_tx_cfs(isotp_channel_t *ch)
{
	for (uint8_t k = 0U; (k < ISOTP_CF_PER_MAIN) && (ch->tx_state == ISOTP_TX_CF); k++) {
		if (ch->now_us < ch->tx_next_cf_us) {
			return;
		}
		uint8_t f[ISOTP_FRAME_LEN];
		uint16_t left = (uint16_t)(ch->tx_len - ch->tx_pos);
		uint8_t n = (left < ISOTP_CF_DATA) ? (uint8_t)left : (uint8_t)ISOTP_CF_DATA;
		f[0] = (uint8_t)((ISOTP_PCI_CF << 4) | ch->tx_sn);
		(void)memcpy(&f[1], &ch->tx_buf[ch->tx_pos], n);
		if (!isotp_send_frame(ch, f, isotp_frame(ch, f, (uint8_t)(1U + n)))) {
			return;
		}
		ch->tx_pos = (uint16_t)(ch->tx_pos + n);
		ch->tx_sn = (uint8_t)((ch->tx_sn + 1U) & 0x0FU);
		if (ch->tx_bs > 0U) {
			ch->tx_bs_left--;
		}
		if (ch->tx_pos >= ch->tx_len) {
			ch->st.tx_msgs++;
			isotp_tx_finish(ch, ISOTP_N_OK);
		} else if ((ch->tx_bs > 0U) && (ch->tx_bs_left == 0U)) {
			ch->tx_state = ISOTP_TX_WAIT_FC;
			ch->tx_deadline_us = ch->now_us + isotp_timeout(ch->cfg->n_bs_us);
		} else {
			ch->tx_next_cf_us = ch->now_us + ch->tx_stmin_us;
			/* N_As runs from when the next CF is due, not through the STmin gap */
			ch->tx_deadline_us = ch->tx_next_cf_us + isotp_timeout(ch->cfg->n_as_us);
		}
	}
}

void isotp_main(isotp_channel_t *ch, uint64_t now_us)
{
	if ((ch == NULL) || (ch->cfg == NULL)) {
		return;
	}
	ch->now_us = now_us;
	/* receiver */
	if (ch->rx_state == ISOTP_RX_CF) {
		if (ch->rx_fc_pending != ISOTP_FC_NONE) {
			if (isotp_send_fc(ch, ch->rx_fc_pending)) {
				ch->rx_fc_pending = ISOTP_FC_NONE;
			}
		}
		if (now_us >= ch->rx_deadline_us) {
			ch->rx_state = ISOTP_RX_IDLE;
			ch->rx_fc_pending = ISOTP_FC_NONE;
			ch->st.rx_timeout_cr++;
			isotp_indicate(ch, NULL, 0U, false, ISOTP_N_TIMEOUT_Cr);
		}
	}
	/* sender */
	if (ch->tx_state == ISOTP_TX_FIRST) {
		if (!isotp_tx_first(ch) && (now_us >= ch->tx_deadline_us)) {
			ch->st.tx_timeout_a++;
			isotp_tx_finish(ch, ISOTP_N_TIMEOUT_A);
		}
	} else if (ch->tx_state == ISOTP_TX_WAIT_FC) {
		if (now_us >= ch->tx_deadline_us) {
			ch->st.tx_timeout_bs++;
			isotp_tx_finish(ch, ISOTP_N_TIMEOUT_Bs);
		}
	} else if (ch->tx_state == ISOTP_TX_CF) {
		isotp_tx_cfs(ch);
		if ((ch->tx_state == ISOTP_TX_CF) && (now_us >= ch->tx_deadline_us)) {
			ch->st.tx_timeout_a++;
			isotp_tx_finish(ch, ISOTP_N_TIMEOUT_A);
		}
	} else {
		/* idle or done */
	}
	if (ch->tx_state == ISOTP_TX_DONE) {
		ch->tx_state = ISOTP_TX_IDLE;
		if (ch->cfg->tx_confirmation != NULL) {
			ch->cfg->tx_confirmation(ch->cfg->user, ch->tx_result);
		}
	}
}

bool isotp_tx_busy(const isotp_channel_t *ch)
{
	return (ch != NULL) && (ch->tx_state != ISOTP_TX_IDLE);
}

bool isotp_rx_busy(const isotp_channel_t *ch)
{
	return (ch != NULL) && (ch->rx_state != ISOTP_RX_IDLE);
}

const isotp_stats_t *isotp_stats(const isotp_channel_t *ch)
{
	static const isotp_stats_t none;
	return (ch == NULL) ? &none : &ch->st;
}
