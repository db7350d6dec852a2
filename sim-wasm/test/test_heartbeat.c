// sources: bsw/heartbeat.c bsw/dem.c bsw/text.c gen/vehicle_dbc.c
/*
 * heartbeat: the one packer of the seven ECUs' heartbeats. The SC and the CVC supervise these frames and the
 * ICU shows their fault bits, so the bytes must be exactly what the DBC's generated packer of each heartbeat
 * makes; the QM counter counts 0..15 and wraps, the active DTC count follows the DEM and saturates.
 */
#include <string.h>

#include "dem.h"
#include "heartbeat.h"
#include "unit.h"
#include "vehicle_dbc.h"

#define EV_COUNT 3U
static const dem_event_cfg_t events[EV_COUNT] = {
	{.dtc = DEM_DTC(DEM_SYS_U, 0x0100U, 0x87U)},
	{.dtc = DEM_DTC(DEM_SYS_U, 0x0101U, 0x87U)},
	{.dtc = DEM_DTC(DEM_SYS_U, 0x0102U, 0x87U)},
};
static const dem_config_t dem_cfg = {.events = events, .event_count = EV_COUNT};

static void dem_start(void)
{
	CHECK_EQ(dem_init(&dem_cfg), DEM_OK);
	dem_operation_cycle_start();
}

static void test_qm_heartbeats_match_the_generated_packers(void)
{
	dem_start();
	(void)dem_set_event_status(1U, DEM_EVENT_FAILED);
	(void)dem_set_event_status(2U, DEM_EVENT_FAILED);
	heartbeat_t bcm = {.ecu_id = VEHICLE_DBC_NODE_BCM, .own_counter = true};
	heartbeat_t icu = {.ecu_id = VEHICLE_DBC_NODE_ICU, .own_counter = true};
	heartbeat_t tcu = {.ecu_id = VEHICLE_DBC_NODE_TCU, .own_counter = true};
	heartbeat_reset(&bcm);
	heartbeat_reset(&icu);
	heartbeat_reset(&tcu);
	for (uint8_t frame = 0U; frame < 20U; frame++) {
		uint8_t got[8];
		uint8_t want[8];
		uint8_t mode = (uint8_t)(frame % 6U);
		uint8_t fault = (uint8_t)(0x25U + frame);
		CHECK_EQ(heartbeat_pack(&bcm, mode, fault, got, sizeof got), 6);
		struct vehicle_dbc_heartbeat_bcm_t b = {.alive_counter = (uint8_t)(frame & 0x0FU), .ecu_id = 4U, .mode = mode,
		                                        .fault_status = fault, .active_dtc_count = 2U};
		CHECK_EQ(vehicle_dbc_heartbeat_bcm_pack(want, &b, sizeof want), 6);
		CHECK(memcmp(got, want, 6U) == 0);
		CHECK_EQ(heartbeat_pack(&icu, mode, fault, got, sizeof got), 6);
		struct vehicle_dbc_heartbeat_icu_t i = {.alive_counter = (uint8_t)(frame & 0x0FU), .ecu_id = 5U, .mode = mode,
		                                        .fault_status = fault, .active_dtc_count = 2U};
		CHECK_EQ(vehicle_dbc_heartbeat_icu_pack(want, &i, sizeof want), 6);
		CHECK(memcmp(got, want, 6U) == 0);
		CHECK_EQ(heartbeat_pack(&tcu, mode, fault, got, sizeof got), 6);
		struct vehicle_dbc_heartbeat_tcu_t t = {.alive_counter = (uint8_t)(frame & 0x0FU), .ecu_id = 6U, .mode = mode,
		                                        .fault_status = fault, .active_dtc_count = 2U};
		CHECK_EQ(vehicle_dbc_heartbeat_tcu_pack(want, &t, sizeof want), 6);
		CHECK(memcmp(got, want, 6U) == 0);
	}
	/* a reset starts the counter again at 0 */
	uint8_t d[6];
	heartbeat_reset(&bcm);
	(void)heartbeat_pack(&bcm, 1U, 0U, d, sizeof d);
	CHECK_EQ(d[0], 0U);
	(void)heartbeat_pack(&bcm, 1U, 0U, d, sizeof d);
	CHECK_EQ(d[0], 1U);
}

static void test_safety_heartbeats_leave_the_e2e_header_to_com(void)
{
	dem_start();
	(void)dem_set_event_status(0U, DEM_EVENT_FAILED);
	heartbeat_t cvc = {.ecu_id = VEHICLE_DBC_NODE_CVC, .own_counter = false};
	heartbeat_t fzc = {.ecu_id = VEHICLE_DBC_NODE_FZC, .own_counter = false};
	heartbeat_t rzc = {.ecu_id = VEHICLE_DBC_NODE_RZC, .own_counter = false};
	for (uint8_t frame = 0U; frame < 3U; frame++) {
		uint8_t got[6];
		uint8_t want[6];
		CHECK_EQ(heartbeat_pack(&cvc, 2U, 0x04U, got, sizeof got), 6);
		struct vehicle_dbc_heartbeat_cvc_t c = {.ecu_id = 0U, .mode = 2U, .fault_status = 0x04U, .active_dtc_count = 1U};
		(void)vehicle_dbc_heartbeat_cvc_pack(want, &c, sizeof want);
		CHECK(memcmp(got, want, 6U) == 0);
		CHECK_EQ(got[0], 0U); /* counter, data ID and CRC are com's */
		CHECK_EQ(got[1], 0U);
		CHECK_EQ(heartbeat_pack(&fzc, 1U, 0x80U, got, sizeof got), 6);
		struct vehicle_dbc_heartbeat_fzc_t f = {.ecu_id = 1U, .mode = 1U, .fault_status = 0x80U, .active_dtc_count = 1U};
		(void)vehicle_dbc_heartbeat_fzc_pack(want, &f, sizeof want);
		CHECK(memcmp(got, want, 6U) == 0);
		CHECK_EQ(heartbeat_pack(&rzc, 3U, 0x1FU, got, sizeof got), 6);
		struct vehicle_dbc_heartbeat_rzc_t r = {.ecu_id = 2U, .mode = 3U, .fault_status = 0x1FU, .active_dtc_count = 1U};
		(void)vehicle_dbc_heartbeat_rzc_pack(want, &r, sizeof want);
		CHECK(memcmp(got, want, 6U) == 0);
	}
}

static void test_active_dtc_count_follows_the_dem(void)
{
	dem_start();
	heartbeat_t hb = {.ecu_id = VEHICLE_DBC_NODE_BCM, .own_counter = true};
	uint8_t d[6];
	(void)heartbeat_pack(&hb, 1U, 0U, d, sizeof d);
	CHECK_EQ(d[5], 0U);
	(void)dem_set_event_status(0U, DEM_EVENT_FAILED);
	(void)heartbeat_pack(&hb, 1U, 0U, d, sizeof d);
	CHECK_EQ(d[5], 1U);
	(void)dem_set_event_status(0U, DEM_EVENT_PASSED);
	(void)heartbeat_pack(&hb, 1U, 0U, d, sizeof d);
	CHECK_EQ(d[5], 0U); /* healed: no longer testFailed */
}

static void test_bad_arguments_pack_nothing(void)
{
	heartbeat_t hb = {.ecu_id = VEHICLE_DBC_NODE_ICU, .own_counter = true, .counter = 7U};
	uint8_t d[6] = {0xAAU, 0xAAU, 0xAAU, 0xAAU, 0xAAU, 0xAAU};
	CHECK_EQ(heartbeat_pack(&hb, 1U, 0U, d, 5U), -1);
	CHECK_EQ(d[0], 0xAAU); /* untouched */
	CHECK_EQ(hb.counter, 7U); /* a frame not packed does not count */
	CHECK_EQ(heartbeat_pack(NULL, 1U, 0U, d, sizeof d), -1);
	CHECK_EQ(heartbeat_pack(&hb, 1U, 0U, NULL, 6U), -1);
	heartbeat_reset(NULL); /* no crash */
}

int main(void)
{
	RUN(test_qm_heartbeats_match_the_generated_packers);
	RUN(test_safety_heartbeats_leave_the_e2e_header_to_com);
	RUN(test_active_dtc_count_follows_the_dem);
	RUN(test_bad_arguments_pack_nothing);
	return UNIT_END();
}
