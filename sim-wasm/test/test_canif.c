// sources: bsw/canif.c
/* canif: TX through a test controller with a configurable number of free mailboxes, FIFO order and
 * overflow counting, RX filtering by the ID table. */
#include <string.h>

#include "canif.h"
#include "ecu_abi.h"
#include "unit.h"

/* Test controller: accepts frames while it has free mailboxes, records what reached the bus. */
static int free_mailboxes;
static uint32_t bus_id[64];
static uint8_t bus_dlc[64];
static uint8_t bus_b0[64];
static unsigned bus_n;

static int32_t ctl_tx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	(void)flags;
	if (free_mailboxes <= 0) {
		return -1;
	}
	free_mailboxes--;
	if (bus_n < 64U) {
		bus_id[bus_n] = id;
		bus_dlc[bus_n] = (uint8_t)dlc;
		bus_b0[bus_n] = (dlc > 0U) ? data[0] : 0U;
		bus_n++;
	}
	return 0;
}

static const canif_driver_t ctl = {ctl_tx};

static uint16_t rx_handle[16];
static uint8_t rx_len[16];
static uint8_t rx_b0[16];
static unsigned rx_n;

static void upper_rx(uint16_t handle, const uint8_t *data, uint8_t len)
{
	if (rx_n < 16U) {
		rx_handle[rx_n] = handle;
		rx_len[rx_n] = len;
		rx_b0[rx_n] = data[0];
		rx_n++;
	}
}

static const canif_rx_entry_t rx_table[] = {
	{0x001U, 0U, 7U},
	{0x100U, 0U, 3U},
	{0x100U, 1U, 9U}, /* same number as an extended ID: a different frame */
};
static const canif_config_t cfg = {&ctl, rx_table, 3U, upper_rx};

static void reset(int mailboxes)
{
	canif_init(&cfg);
	free_mailboxes = mailboxes;
	bus_n = 0U;
	rx_n = 0U;
}

static void test_direct_tx(void)
{
	reset(3);
	const uint8_t d[3] = {0xAA, 0xBB, 0xCC};
	CHECK_EQ(canif_transmit(0x400U, 0U, 3U, d), CANIF_OK);
	CHECK_EQ(bus_n, 1);
	CHECK_EQ(bus_id[0], 0x400);
	CHECK_EQ(bus_dlc[0], 3);
	CHECK_EQ(bus_b0[0], 0xAA);
	CHECK_EQ(canif_stats()->tx_direct, 1);
}

static void test_queue_keeps_order_when_mailboxes_full(void)
{
	reset(1);
	uint8_t d[1];
	for (uint8_t i = 0U; i < 5U; i++) {
		d[0] = i;
		(void)canif_transmit(0x400U + i, 0U, 1U, d);
	}
	CHECK_EQ(bus_n, 1);
	CHECK_EQ(canif_tx_pending(), 4);
	/* one mailbox frees per "tick": the queued frames leave oldest first */
	for (unsigned t = 0U; t < 4U; t++) {
		free_mailboxes = 1;
		canif_main();
	}
	CHECK_EQ(bus_n, 5);
	CHECK_EQ(canif_tx_pending(), 0);
	unsigned in_order = 0U;
	for (unsigned i = 0U; i < bus_n; i++) {
		in_order += (bus_b0[i] == i) ? 1U : 0U;
	}
	CHECK_EQ(in_order, 5);
	/* a new frame must not overtake queued ones even if a mailbox is free */
	free_mailboxes = 0;
	(void)canif_transmit(0x500U, 0U, 0U, NULL);
	free_mailboxes = 5;
	d[0] = 0x77U;
	CHECK_EQ(canif_transmit(0x501U, 0U, 1U, d), CANIF_QUEUED);
	canif_main();
	CHECK_EQ(bus_id[5], 0x500);
	CHECK_EQ(bus_id[6], 0x501);
}

static void test_overflow_is_counted(void)
{
	reset(0);
	uint8_t d[8] = {0};
	unsigned accepted = 0U;
	for (unsigned i = 0U; i < CANIF_TXQ_LEN + 3U; i++) {
		accepted += (canif_transmit(0x123U, 0U, 8U, d) == CANIF_QUEUED) ? 1U : 0U;
	}
	CHECK_EQ(accepted, CANIF_TXQ_LEN);
	CHECK_EQ(canif_stats()->tx_overflow, 3);
	CHECK_EQ(canif_stats()->txq_high_water, CANIF_TXQ_LEN);
	CHECK_EQ(canif_transmit(0x123U, 0U, 8U, d), CANIF_E_OVERFLOW);
}

static void test_bad_tx_params(void)
{
	reset(4);
	uint8_t d[64] = {0};
	CHECK_EQ(canif_transmit(0x800U, 0U, 1U, d), CANIF_E_PARAM);                 /* > 11 bits */
	CHECK_EQ(canif_transmit(0x800U, CAN_FLAG_EXT, 1U, d), CANIF_OK);            /* fine as 29-bit */
	CHECK_EQ(canif_transmit(0x100U, 0U, 9U, d), CANIF_E_PARAM);                 /* classic max 8 */
	CHECK_EQ(canif_transmit(0x100U, CAN_FLAG_FD, 12U, d), CANIF_OK);
	CHECK_EQ(bus_dlc[1], 9);
	CHECK_EQ(canif_transmit(0x100U, CAN_FLAG_FD, 13U, d), CANIF_OK);
	CHECK_EQ(bus_dlc[2], 10); /* 13 bytes need the 16-byte DLC */
	CHECK_EQ(canif_transmit(0x100U, 0U, 2U, NULL), CANIF_E_PARAM);
	CHECK_EQ(bus_n, 3);
}

static void test_rx_filter(void)
{
	reset(0);
	uint8_t d[8] = {0x42, 1, 2, 3, 4, 5, 6, 7};
	canif_rx(0x100U, 0U, 8U, d);
	canif_rx(0x101U, 0U, 8U, d);            /* not in the table */
	canif_rx(0x100U, CAN_FLAG_EXT, 2U, d);  /* the extended 0x100 */
	canif_rx(0x001U, CAN_FLAG_RTR, 0U, d);  /* remote frame: no data for COM */
	canif_rx(0x001U, 0U, 9U, d);            /* DLC 9 on a classic frame */
	CHECK_EQ(rx_n, 2);
	CHECK_EQ(rx_handle[0], 3);
	CHECK_EQ(rx_len[0], 8);
	CHECK_EQ(rx_b0[0], 0x42);
	CHECK_EQ(rx_handle[1], 9);
	CHECK_EQ(rx_len[1], 2);
	CHECK_EQ(canif_stats()->rx_accepted, 2);
	CHECK_EQ(canif_stats()->rx_filtered, 2);
	CHECK_EQ(canif_stats()->rx_bad_dlc, 1);
}

static void test_dlc_mapping(void)
{
	CHECK_EQ(canif_dlc_to_len(8U), 8);
	CHECK_EQ(canif_dlc_to_len(15U), 64);
	CHECK_EQ(canif_len_to_dlc(8U), 8);
	CHECK_EQ(canif_len_to_dlc(20U), 11);
	CHECK_EQ(canif_len_to_dlc(33U), 14);
	CHECK_EQ(canif_len_to_dlc(64U), 15);
}

int main(void)
{
	RUN(test_direct_tx);
	RUN(test_queue_keeps_order_when_mailboxes_full);
	RUN(test_overflow_is_counted);
	RUN(test_bad_tx_params);
	RUN(test_rx_filter);
	RUN(test_dlc_mapping);
	return UNIT_END();
}
