// sources: bsw/dtcevent.c bsw/canif.c bsw/dem.c bsw/text.c bsw/dtclist.c gen/vehicle_dbc.c
/*
 * dtcevent: each DTC status change of an ECU goes on the bus as its own DtcEvent (0x500), which the ICU lists
 * and the TCU aggregates; a frame canif cannot queue is counted as lost, never blocks the DEM.
 */
#include <string.h>

#include "canif.h"
#include "dem.h"
#include "dtclist.h"
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

DTCLIST_DEFINE(list, 4U);

static void test_frames_from_the_bus_fill_the_list(void)
{
	dtclist_clear(&list);
	uint8_t d[8];
	struct vehicle_dbc_dtc_event_t e = {.dtc_number = 0x0A1F00U, .dtc_status = 0x2FU, .ecu_id = 2U, .occurrence_count = 3U};
	CHECK_EQ(vehicle_dbc_dtc_event_pack(d, &e, sizeof d), VEHICLE_DBC_DTC_EVENT_LENGTH);
	CHECK(dtcevent_receive(&list, d, VEHICLE_DBC_DTC_EVENT_LENGTH));
	CHECK_EQ(list.count, 1U);
	CHECK_EQ(list.entry[0].ecu_id, 2U);
	CHECK_EQ(list.entry[0].dtc, 0x0A1F00U);
	CHECK_EQ(list.entry[0].occurrence, 3U);
	/* short, or an EcuId past the TCU: refused, the list as it was */
	CHECK(!dtcevent_receive(&list, d, (uint8_t)(VEHICLE_DBC_DTC_EVENT_LENGTH - 1U)));
	e.ecu_id = 7U;
	(void)vehicle_dbc_dtc_event_pack(d, &e, sizeof d);
	CHECK(!dtcevent_receive(&list, d, VEHICLE_DBC_DTC_EVENT_LENGTH));
	CHECK(!dtcevent_receive(&list, NULL, 8U));
	CHECK(!dtcevent_receive(NULL, d, 8U));
	CHECK_EQ(list.count, 1U);
}

static const dem_event_cfg_t own_events[3] = {
	{.dtc = 0xC10087U}, {.dtc = 0xC10187U}, {.dtc = 0xC10287U},
};
static const dem_config_t own_dem = {.events = own_events, .event_count = 3U};

static void test_own_dtcs_are_listed_after_a_reset(void)
{
	CHECK_EQ(dem_init(&own_dem), DEM_OK);
	dem_operation_cycle_start();
	(void)dem_set_event_status(1U, DEM_EVENT_FAILED);
	(void)dem_set_event_status(1U, DEM_EVENT_PASSED);
	(void)dem_set_event_status(1U, DEM_EVENT_FAILED); /* twice: occurrence 2 */
	(void)dem_set_event_status(2U, DEM_EVENT_PASSED);
	dtclist_clear(&list);
	dtcevent_list_own(&list, 5U);
	CHECK_EQ(list.count, 1U); /* only what the DEM keeps: the passed one is not a DTC to show */
	CHECK_EQ(list.entry[0].ecu_id, 5U);
	CHECK_EQ(list.entry[0].dtc, 0xC10187U);
	CHECK_EQ(list.entry[0].occurrence, 2U);
	dtcevent_list_own(NULL, 5U); /* no crash */
}

/* the ICU's and the TCU's own changes: on their list at once (their frames never come back) and on the bus */
static void test_a_listers_own_change_is_listed_and_sent(void)
{
	canif_init(&canif_cfg);
	sent_n = 0U;
	controller_full = 0;
	dtclist_clear(&list);
	CHECK(dtcevent_list_and_send(&list, VEHICLE_DBC_NODE_ICU, 0xC10187U, 0x2FU, 1U));
	CHECK_EQ(list.count, 1U);
	CHECK_EQ(list.entry[0].ecu_id, VEHICLE_DBC_NODE_ICU);
	CHECK_EQ(list.entry[0].dtc, 0xC10187U);
	CHECK_EQ(sent_n, 1U);
	struct vehicle_dbc_dtc_event_t e;
	CHECK_EQ(vehicle_dbc_dtc_event_unpack(&e, sent[0], VEHICLE_DBC_DTC_EVENT_LENGTH), 0);
	CHECK_EQ(e.ecu_id, VEHICLE_DBC_NODE_ICU);
	CHECK_EQ(e.dtc_status, 0x2FU);
	/* canif cannot take the frame: false for the caller to count, the list still shows the change */
	controller_full = 1;
	for (unsigned i = 0U; i < CANIF_TXQ_LEN; i++) {
		(void)dtcevent_send(VEHICLE_DBC_NODE_ICU, 0x900100U + i, 0x2FU, 1U); /* fill the queue */
	}
	CHECK(!dtcevent_list_and_send(&list, VEHICLE_DBC_NODE_ICU, 0xC10187U, 0x28U, 1U));
	CHECK_EQ(list.count, 1U);
	CHECK_EQ(list.entry[0].status, 0x28U);
	controller_full = 0;
	canif_init(&canif_cfg);
	CHECK(dtcevent_list_and_send(NULL, VEHICLE_DBC_NODE_TCU, 0xC10187U, 0x2FU, 1U)); /* no list: still sent */
}

/* the ICU's and the TCU's wiring: the DtcEvent handle is the lister's, every other handle goes back to COM */
/* the list entry of `dtc`, or NULL */
static const dtclist_entry_t *entry_of(uint32_t dtc)
{
	for (uint16_t i = 0U; i < list.count; i++) {
		if (list.entry[i].dtc == dtc) {
			return &list.entry[i];
		}
	}
	return NULL;
}

static dtcevent_lister_t lister = {.handle = 9U, .node = VEHICLE_DBC_NODE_TCU, .list = &list};

static void test_a_lister_takes_its_handle_and_counts_what_fails(void)
{
	canif_init(&canif_cfg);
	sent_n = 0U;
	controller_full = 0;
	dtclist_clear(&list);
	dtcevent_set_lister(&lister); /* clears its counters */
	dtcevent_set_lister(NULL);
	uint8_t d[8];
	struct vehicle_dbc_dtc_event_t e = {.dtc_number = 0x0A1F00U, .dtc_status = 0x2FU, .ecu_id = 2U, .occurrence_count = 1U};
	(void)vehicle_dbc_dtc_event_pack(d, &e, sizeof d);
	CHECK(!dtcevent_lister_rx(&lister, 3U, d, VEHICLE_DBC_DTC_EVENT_LENGTH)); /* COM's */
	CHECK_EQ(list.count, 0U);
	CHECK(dtcevent_lister_rx(&lister, 9U, d, VEHICLE_DBC_DTC_EVENT_LENGTH));
	CHECK_EQ(list.count, 1U);
	CHECK_EQ(lister.bad_events, 0U);
	CHECK(dtcevent_lister_rx(&lister, 9U, d, 2U)); /* short: taken, counted, not listed */
	CHECK_EQ(lister.bad_events, 1U);
	CHECK_EQ(list.count, 1U);
	/* its own change: listed as its node's and sent; a frame canif refuses is counted */
	dtcevent_lister_changed(&lister, 0xC10187U, 0x2FU, 1U);
	CHECK_EQ(list.count, 2U);
	CHECK(entry_of(0xC10187U) != NULL);
	CHECK_EQ(entry_of(0xC10187U)->ecu_id, VEHICLE_DBC_NODE_TCU);
	CHECK_EQ(sent_n, 1U);
	CHECK_EQ(lister.tx_errors, 0U);
	controller_full = 1;
	for (unsigned i = 0U; i < CANIF_TXQ_LEN; i++) {
		(void)dtcevent_send(VEHICLE_DBC_NODE_TCU, 0x900100U + i, 0x2FU, 1U); /* fill the queue */
	}
	dtcevent_lister_changed(&lister, 0xC10187U, 0x28U, 1U);
	CHECK_EQ(lister.tx_errors, 1U);
	CHECK_EQ(entry_of(0xC10187U)->status, 0x28U);
	controller_full = 0;
	canif_init(&canif_cfg);
	/* the DEM's one hook reports through the lister once it is set, and plainly again after dtcevent_init */
	sent_n = 0U;
	dtcevent_init(VEHICLE_DBC_NODE_TCU);
	dtcevent_set_lister(&lister);
	dtcevent_status_changed(0U, 0xC10287U, 0x00U, 0x2FU, 1U);
	CHECK_EQ(list.count, 3U);
	CHECK_EQ(sent_n, 1U);
	dtcevent_init(VEHICLE_DBC_NODE_TCU);
	dtcevent_status_changed(0U, 0xC10387U, 0x00U, 0x2FU, 1U);
	CHECK_EQ(list.count, 3U);
	CHECK_EQ(sent_n, 2U);
}

int main(void)
{
	RUN(test_a_lister_takes_its_handle_and_counts_what_fails);
	RUN(test_a_listers_own_change_is_listed_and_sent);
	RUN(test_frames_from_the_bus_fill_the_list);
	RUN(test_own_dtcs_are_listed_after_a_reset);
	RUN(test_each_change_is_one_frame_of_this_ecu);
	RUN(test_a_full_queue_loses_the_frame_and_counts_it);
	return UNIT_END();
}
