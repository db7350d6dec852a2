// sources: bsw/dtcevent.c bsw/canif.c gen/vehicle_dbc.c
/*
 * dtcevent: each DTC status change of an ECU goes on the bus as its own DtcEvent (0x500), which the ICU lists
 * and the TCU aggregates; a frame canif cannot queue is counted as lost, never blocks the DEM.
 */
#include <string.h>

#include "canif.h"
#include "dtcevent.h"
#include "unit.h"
#include "vehicle_dbc.h"

static uint32_t sent_id[64];
static uint8_t sent[64][8];
static unsigned sent_n;
static int controller_full;

static int32_t ctl_tx(uint32_t id, uint32_t flags, uint32_t dlc, const uint8_t *data)
{
	(void)flags;
	if (controller_full || (sent_n >= 64U)) {
		return -1;
	}
	sent_id[sent_n] = id;
	(void)memcpy(sent[sent_n], data, dlc);
	sent_n++;
	return 0;
}
static const canif_driver_t ctl = {.tx = ctl_tx};
static const canif_config_t canif_cfg = {.driver = &ctl};

static void test_each_change_is_one_frame_of_this_ecu(void)
{
	canif_init(&canif_cfg);
	sent_n = 0U;
	controller_full = 0;
	dtcevent_init(VEHICLE_DBC_NODE_FZC);
	dtcevent_status_changed(3U, 0x456100U, 0x50U, 0x2FU, 1U);
	dtcevent_status_changed(4U, 0x456200U, 0x50U, 0x09U, 2U);
	CHECK_EQ(sent_n, 2U);
	struct vehicle_dbc_dtc_event_t e;
	CHECK_EQ(sent_id[0], VEHICLE_DBC_DTC_EVENT_FRAME_ID);
	CHECK_EQ(vehicle_dbc_dtc_event_unpack(&e, sent[0], VEHICLE_DBC_DTC_EVENT_LENGTH), 0);
	CHECK_EQ(e.ecu_id, VEHICLE_DBC_NODE_FZC);
	CHECK_EQ(e.dtc_number, 0x456100U);
	CHECK_EQ(e.dtc_status, 0x2FU);
	CHECK_EQ(e.occurrence_count, 1U);
	CHECK_EQ(vehicle_dbc_dtc_event_unpack(&e, sent[1], VEHICLE_DBC_DTC_EVENT_LENGTH), 0);
	CHECK_EQ(e.dtc_number, 0x456200U);
	CHECK_EQ(e.dtc_status, 0x09U);
	CHECK_EQ(e.occurrence_count, 2U);
	CHECK_EQ(dtcevent_lost(), 0U);
}

static void test_a_full_queue_loses_the_frame_and_counts_it(void)
{
	canif_init(&canif_cfg);
	sent_n = 0U;
	controller_full = 1;
	dtcevent_init(VEHICLE_DBC_NODE_BCM);
	for (unsigned i = 0U; i < CANIF_TXQ_LEN; i++) {
		dtcevent_status_changed(0U, 0x900100U + i, 0x50U, 0x2FU, 1U); /* queued in canif */
	}
	CHECK_EQ(dtcevent_lost(), 0U);
	dtcevent_status_changed(0U, 0x900200U, 0x50U, 0x2FU, 1U);
	dtcevent_status_changed(0U, 0x900201U, 0x50U, 0x2FU, 1U);
	CHECK_EQ(dtcevent_lost(), 2U);
	CHECK_EQ(dtcevent_send(VEHICLE_DBC_NODE_BCM, 0x900202U, 0x2FU, 1U), -1);
	/* the controller frees up: the queued ones go out in order, the lost ones never */
	controller_full = 0;
	canif_main();
	CHECK_EQ(sent_n, CANIF_TXQ_LEN);
	struct vehicle_dbc_dtc_event_t e;
	(void)vehicle_dbc_dtc_event_unpack(&e, sent[0], VEHICLE_DBC_DTC_EVENT_LENGTH);
	CHECK_EQ(e.ecu_id, VEHICLE_DBC_NODE_BCM);
	CHECK_EQ(e.dtc_number, 0x900100U);
	/* a reset clears the count */
	dtcevent_init(VEHICLE_DBC_NODE_BCM);
	CHECK_EQ(dtcevent_lost(), 0U);
}

int main(void)
{
	RUN(test_each_change_is_one_frame_of_this_ecu);
	RUN(test_a_full_queue_loses_the_frame_and_counts_it);
	return UNIT_END();
}
