/* canif: see canif.h. One static instance: one CAN controller per ECU image. */
#include "canif.h"

#include <string.h>

#include "ecu_abi.h"

typedef struct {
	uint32_t id;
	uint32_t flags;
	uint8_t dlc;
	uint8_t data[CANIF_MAX_LEN];
} canif_frame_t;

static const canif_config_t *canif_cfg;
static canif_frame_t canif_txq[CANIF_TXQ_LEN];
static uint16_t canif_txq_head; /* oldest frame */
static uint16_t canif_txq_count;
static canif_stats_t canif_st;

static const uint8_t canif_fd_len[16] = {0U, 1U, 2U, 3U, 4U, 5U, 6U, 7U, 8U, 12U, 16U, 20U, 24U, 32U, 48U, 64U};

uint8_t canif_dlc_to_len(uint32_t dlc)
{
	return canif_fd_len[dlc & 0x0FU];
}

uint8_t canif_len_to_dlc(uint8_t len)
{
	uint8_t dlc = 0U;
	while ((dlc < 15U) && (canif_fd_len[dlc] < len)) {
		dlc++;
	}
	return dlc;
}

void canif_init(const canif_config_t *cfg)
{
	canif_cfg = cfg;
	canif_txq_head = 0U;
	canif_txq_count = 0U;
	(void)memset(&canif_st, 0, sizeof canif_st);
}

static int32_t canif_driver_tx(const canif_frame_t *f)
{
	if ((canif_cfg == NULL) || (canif_cfg->driver == NULL) || (canif_cfg->driver->tx == NULL)) {
		return -1;
	}
	return canif_cfg->driver->tx(f->id, f->flags, f->dlc, f->data);
}

int32_t canif_transmit(uint32_t id, uint32_t flags, uint8_t len, const uint8_t *data)
{
	bool fd = (flags & CAN_FLAG_FD) != 0U;
	uint32_t id_max = ((flags & CAN_FLAG_EXT) != 0U) ? 0x1FFFFFFFU : 0x7FFU;
	if ((canif_cfg == NULL) || (id > id_max) || (len > (fd ? CANIF_MAX_LEN : 8U)) ||
	    ((data == NULL) && (len > 0U))) {
		return CANIF_E_PARAM;
	}
	canif_frame_t f;
	f.id = id;
	f.flags = flags;
	f.dlc = canif_len_to_dlc(len);
	(void)memset(f.data, 0, sizeof f.data);
	if (len > 0U) {
		(void)memcpy(f.data, data, len);
	}
	/* a frame may only overtake queued ones if nothing is queued, or the bus order would change */
	if ((canif_txq_count == 0U) && (canif_driver_tx(&f) >= 0)) {
		canif_st.tx_direct++;
		return CANIF_OK;
	}
	if (canif_txq_count >= CANIF_TXQ_LEN) {
		canif_st.tx_overflow++;
		return CANIF_E_OVERFLOW;
	}
	uint16_t tail = (uint16_t)((canif_txq_head + canif_txq_count) % CANIF_TXQ_LEN);
	canif_txq[tail] = f;
	canif_txq_count++;
	canif_st.tx_queued++;
	if (canif_txq_count > canif_st.txq_high_water) {
		canif_st.txq_high_water = canif_txq_count;
	}
	return CANIF_QUEUED;
}

void canif_main(void)
{
	while (canif_txq_count > 0U) {
		if (canif_driver_tx(&canif_txq[canif_txq_head]) < 0) {
			break;
		}
		canif_txq_head = (uint16_t)((canif_txq_head + 1U) % CANIF_TXQ_LEN);
		canif_txq_count--;
	}
}

void canif_rx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	if ((canif_cfg == NULL) || ((flags & CAN_FLAG_RTR) != 0U)) {
		canif_st.rx_filtered++;
		return;
	}
	if ((dlc > 15U) || ((dlc > 8U) && ((flags & CAN_FLAG_FD) == 0U)) || (data == NULL)) {
		canif_st.rx_bad_dlc++;
		return;
	}
	uint8_t ext = ((flags & CAN_FLAG_EXT) != 0U) ? 1U : 0U;
	for (uint16_t i = 0U; i < canif_cfg->rx_count; i++) {
		const canif_rx_entry_t *e = &canif_cfg->rx_table[i];
		if ((e->id == id) && (e->extended == ext)) {
			canif_st.rx_accepted++;
			if (canif_cfg->rx_indication != NULL) {
				canif_cfg->rx_indication(e->handle, data, canif_dlc_to_len(dlc));
			} else {
				/* no upper layer configured: accepted and dropped */
			}
			return;
		}
	}
	canif_st.rx_filtered++;
}

uint16_t canif_tx_pending(void)
{
	return canif_txq_count;
}

const canif_stats_t *canif_stats(void)
{
	return &canif_st;
}

const canif_config_t *canif_config(void)
{
	return canif_cfg;
}

uint32_t *canif_rx_filtered_counter(void)
{
	return &canif_st.rx_filtered;
}
