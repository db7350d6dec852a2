// sources: bsw/uds.c bsw/isotp.c bsw/flash.c
/* uds: every service's positive and negative paths through an ISO-TP loopback (a tester channel on
 * 0x7E0/0x7E8, functional requests on 0x7DF), on virtual time: S3 session timeout, security lockout and
 * delay, suppressPosRspMsgIndicationBit, the functional-addressing NRC rule, and garbage requests. Every
 * frame reaches the server in a heap copy exactly as long as its DLC, so ASan sees any read past it. */
#include <stdlib.h>
#include <string.h>

#include "dem.h"
#include "isotp.h"
#include "uds.h"
#include "unit.h"

#define REQ_ID  0x7E0U
#define RESP_ID 0x7E8U
#define FUNC_ID 0x7DFU

ISOTP_CHANNEL_DEFINE(tester, ISOTP_MAX_MSG_LEN);

/* ---- loopback bus ---- */
typedef struct {
	uint32_t id;
	uint8_t len;
	uint8_t d[8];
} frame_t;

static frame_t bus_q[64];
static unsigned bus_qn;
static uint64_t now_us;

static int32_t lb_tx(uint32_t id, const uint8_t *data, uint8_t len)
{
	if (bus_qn >= 64U) {
		return -1;
	}
	bus_q[bus_qn].id = id;
	bus_q[bus_qn].len = len;
	(void)memcpy(bus_q[bus_qn].d, data, len);
	bus_qn++;
	return 0;
}

static void deliver(void)
{
	for (unsigned i = 0U; i < bus_qn; i++) {
		frame_t f = bus_q[i];
		uint8_t *copy = malloc(f.len == 0U ? 1U : f.len);
		(void)memcpy(copy, f.d, f.len);
		if (f.id == RESP_ID) {
			(void)isotp_rx(&tester, f.id, copy, f.len);
		} else {
			CHECK(uds_rx(f.id, copy, f.len));
		}
		free(copy);
	}
	bus_qn = 0U;
}

static void tick(void)
{
	now_us += 1000U;
	isotp_main(&tester, now_us);
	uds_main(now_us);
	deliver();
}

static void run_ms(unsigned ms)
{
	for (unsigned i = 0U; i < ms; i++) {
		tick();
	}
}

/* ---- the tester ---- */
static uint8_t resp[ISOTP_MAX_MSG_LEN];
static uint16_t resp_len;
static unsigned resp_count;

static void tester_rx(void *user, const uint8_t *data, uint16_t len, bool functional, int32_t result)
{
	(void)user;
	(void)functional;
	if (result == ISOTP_N_OK) {
		(void)memcpy(resp, data, len);
		resp_len = len;
		resp_count++;
	}
}

static const isotp_config_t tester_cfg = {
	.rx_id = RESP_ID,
	.tx_id = REQ_ID,
	.func_id = ISOTP_NO_ID,
	.tx = lb_tx,
	.padding = ISOTP_PAD_NONE, /* exact-length requests: the server must not rely on padding */
	.rx_indication = tester_rx,
};

/* Waits up to 200 ms for a response; its length, or -1 when none came. */
static int32_t await_response(unsigned before)
{
	for (int i = 0; (i < 200) && (resp_count == before); i++) {
		tick();
	}
	tick(); /* let the server's confirmation run */
	return (resp_count == before) ? -1 : (int32_t)resp_len;
}

static int32_t request(const uint8_t *req, uint16_t len)
{
	unsigned before = resp_count;
	CHECK_EQ(isotp_send(&tester, req, len), ISOTP_N_OK);
	return await_response(before);
}

static int32_t func_request(const uint8_t *req, uint8_t len)
{
	unsigned before = resp_count;
	uint8_t sf[8];
	sf[0] = len;
	(void)memcpy(&sf[1], req, len);
	CHECK(lb_tx(FUNC_ID, sf, (uint8_t)(len + 1U)) == 0);
	return await_response(before);
}

static int32_t got;
#define REQ(...)                                                     \
	do {                                                             \
		const uint8_t r_[] = {__VA_ARGS__};                          \
		got = request(r_, (uint16_t)sizeof r_);                      \
	} while (0)
#define FUNC_REQ(...)                                                \
	do {                                                             \
		const uint8_t r_[] = {__VA_ARGS__};                          \
		got = func_request(r_, (uint8_t)sizeof r_);                  \
	} while (0)
/* The last response is exactly these bytes. */
#define EXPECT(...)                                                  \
	do {                                                             \
		const uint8_t e_[] = {__VA_ARGS__};                          \
		CHECK_EQ(got, (int32_t)sizeof e_);                           \
		CHECK((got == (int32_t)sizeof e_) && (memcmp(resp, e_, sizeof e_) == 0)); \
	} while (0)
#define EXPECT_NRC(sid, nrc)                                         \
	do {                                                             \
		CHECK_EQ(got, 3);                                            \
		CHECK_EQ(resp[0], 0x7FU);                                    \
		CHECK_EQ(resp[1], (sid));                                    \
		CHECK_EQ(resp[2], (nrc));                                    \
	} while (0)
#define EXPECT_NONE() CHECK_EQ(got, -1)

/* ---- DID and routine tables ---- */
static uint8_t vin[17] = {'Z', 'B', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '1'};
static uint8_t config_byte;
static unsigned routine_starts;

static int32_t read_did(uint16_t did, uint8_t *dst, uint16_t len)
{
	switch (did) {
	case 0xF190U:
		(void)memcpy(dst, vin, len);
		return 0;
	case 0xF18CU:
		(void)memcpy(dst, "SN000042", len);
		return 0;
	case 0xF195U:
		(void)memcpy(dst, "1.0.0", len);
		return 0;
	case 0x0200U:
		dst[0] = config_byte;
		return 0;
	default:
		(void)memset(dst, (int)(did & 0xFFU), len);
		return 0;
	}
}

static int32_t write_did(uint16_t did, const uint8_t *src, uint16_t len)
{
	if (did == 0xF190U) {
		(void)memcpy(vin, src, len);
		return 0;
	}
	if (src[0] > 3U) {
		return -(int32_t)UDS_NRC_ROOR;
	}
	config_byte = src[0];
	return 0;
}

static int32_t failing_read(uint16_t did, uint8_t *dst, uint16_t len)
{
	(void)did;
	(void)dst;
	(void)len;
	return -(int32_t)UDS_NRC_CNC;
}

static const uds_did_t dids[] = {
	{0xF190U, 17U, UDS_IN_ALL, 0U, UDS_IN_EXTENDED, 1U, read_did, write_did},
	{0xF18CU, 8U, UDS_IN_ALL, 0U, 0U, 0U, read_did, NULL},
	{0xF195U, 5U, UDS_IN_ALL, 0U, 0U, 0U, read_did, NULL},
	{0x0100U, 4U, UDS_IN_ALL, 1U, 0U, 0U, read_did, NULL},             /* secured */
	{0x0200U, 1U, UDS_IN_ALL, 0U, UDS_IN_EXTENDED, 0U, read_did, write_did},
	{0x0300U, 2U, UDS_IN_EXTENDED, 0U, 0U, 0U, read_did, NULL},        /* extended session only */
	{0x0400U, 240U, UDS_IN_ALL, 0U, 0U, 0U, read_did, NULL},           /* big */
	{0x0500U, 1U, UDS_IN_ALL, 0U, 0U, 0U, failing_read, NULL},
};

static int32_t rt_start(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	routine_starts++;
	/* echo the option record, then a status byte */
	if (in_len + 1U > out_max) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	(void)memcpy(out, in, in_len);
	out[in_len] = 0x01U;
	return (int32_t)in_len + 1;
}

static int32_t rt_stop(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out;
	(void)out_max;
	return 0;
}

static int32_t rt_results(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out_max;
	out[0] = 0xA5U;
	return 1;
}

static int32_t rt_refuse(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max)
{
	(void)rid;
	(void)in;
	(void)in_len;
	(void)out;
	(void)out_max;
	return -(int32_t)UDS_NRC_CNC;
}

static const uds_routine_t routines[] = {
	{0x0202U, UDS_IN_EXTENDED, 0U, rt_start, NULL, rt_results}, /* self-test: no stop */
	{0xFF00U, UDS_IN_NON_DEFAULT, 1U, rt_start, rt_stop, rt_results}, /* secured */
	{0x0203U, UDS_IN_EXTENDED, 0U, rt_refuse, rt_stop, NULL},
};

/* ---- DEM double: three DTCs, one snapshot ---- */
#define DTC_C0561 0x456100U
#define DTC_P0123 0x012300U
#define DTC_U1001 0xD00100U
static const uint32_t dtc_num[3] = {DTC_C0561, DTC_P0123, DTC_U1001};
static uint8_t dtc_status[3];
static uint32_t last_clear_group;

static uint8_t dem_avail(void)
{
	return 0x7FU; /* WIR not supported: the server must mask it */
}

static uint16_t dem_cnt(uint8_t mask)
{
	uint16_t n = 0U;
	for (unsigned i = 0U; i < 3U; i++) {
		if ((mask == 0U) || ((dtc_status[i] & mask) != 0U)) {
			n++;
		}
	}
	return n;
}

static bool dem_get_(uint16_t index, uint8_t mask, uint32_t *dtc, uint8_t *status)
{
	uint16_t k = 0U;
	for (unsigned i = 0U; i < 3U; i++) {
		if ((mask == 0U) || ((dtc_status[i] & mask) != 0U)) {
			if (k == index) {
				*dtc = dtc_num[i];
				*status = dtc_status[i];
				return true;
			}
			k++;
		}
	}
	return false;
}

static int32_t dem_status_(uint32_t dtc)
{
	for (unsigned i = 0U; i < 3U; i++) {
		if (dtc_num[i] == dtc) {
			return dtc_status[i];
		}
	}
	return DEM_E_PARAM;
}

static int32_t dem_snap(uint32_t dtc, uint8_t record, uint8_t *dst, uint16_t max)
{
	static const uint8_t snap[5] = {0x01U, 0x01U, 0xF4U, 0x0DU, 0x3CU}; /* record 1: 1 DID, speed 60 */
	if ((record != 0x01U) && (record != 0xFFU)) {
		return DEM_E_RECORD;
	}
	if (dtc != DTC_C0561) {
		return 0;
	}
	if (max < sizeof snap) {
		return DEM_E_SPACE;
	}
	(void)memcpy(dst, snap, sizeof snap);
	return (int32_t)sizeof snap;
}

static int32_t dem_clr(uint32_t group)
{
	last_clear_group = group;
	if (group == DEM_GROUP_ALL) {
		for (unsigned i = 0U; i < 3U; i++) {
			dtc_status[i] = DEM_STATUS_AFTER_CLEAR;
		}
		return DEM_OK;
	}
	return (dem_status_(group) < 0) ? DEM_E_GROUP : DEM_OK;
}

static const uds_dem_if_t dem_if = {dem_avail, dem_cnt, dem_get_, dem_status_, dem_snap, dem_clr};

/* ---- application hooks ---- */
static unsigned resets;
static uint8_t reset_type;
static bool sessions_allowed;
static uint8_t last_session_changed;
static unsigned session_changes;

static void app_reset(uint8_t type)
{
	resets++;
	reset_type = type;
}

static bool app_session_allowed(uint8_t session)
{
	(void)session;
	return sessions_allowed;
}

static void app_session_changed(uint8_t session)
{
	last_session_changed = session;
	session_changes++;
}

static uint32_t custom_key(uint8_t level, uint32_t seed)
{
	return ~seed + level;
}

static uds_app_if_t app = {app_reset, app_session_allowed, app_session_changed, NULL};

static uds_config_t cfg;

static void setup_with(uint32_t seed, const uds_dem_if_t *dem)
{
	bus_qn = 0U;
	now_us = 0U;
	resp_count = 0U;
	resp_len = 0U;
	resets = 0U;
	reset_type = 0U;
	sessions_allowed = true;
	session_changes = 0U;
	last_session_changed = 0U;
	routine_starts = 0U;
	config_byte = 0U;
	dtc_status[0] = DEM_TF | DEM_TFTOC | DEM_PDTC | DEM_CDTC | DEM_WIR; /* 0x8F */
	dtc_status[1] = DEM_TNCTOC | DEM_PDTC;                             /* 0x44 */
	dtc_status[2] = 0x00U;
	app.key = NULL;
	app.reset = app_reset;
	(void)memset(&cfg, 0, sizeof cfg);
	cfg.phys_rx_id = REQ_ID;
	cfg.func_rx_id = FUNC_ID;
	cfg.tx_id = RESP_ID;
	cfg.tx = lb_tx;
	cfg.dids = dids;
	cfg.did_count = (uint16_t)(sizeof dids / sizeof dids[0]);
	cfg.routines = routines;
	cfg.routine_count = (uint8_t)(sizeof routines / sizeof routines[0]);
	cfg.dem = dem;
	cfg.app = &app;
	CHECK_EQ(uds_init(&cfg, seed), UDS_OK);
	CHECK_EQ(isotp_init(&tester, &tester_cfg), ISOTP_N_OK);
}

static void setup(void)
{
	setup_with(12345U, &dem_if);
}

static uint32_t seed_of_response(void)
{
	return ((uint32_t)resp[2] << 24) | ((uint32_t)resp[3] << 16) | ((uint32_t)resp[4] << 8) | resp[5];
}

/* Unlocks level 1 with the default key; the server must be in the extended session. */
static void unlock(void)
{
	REQ(0x27U, 0x01U);
	CHECK_EQ(got, 6);
	uint32_t key = uds_default_key(1U, seed_of_response());
	REQ(0x27U, 0x02U, (uint8_t)(key >> 24), (uint8_t)(key >> 16), (uint8_t)(key >> 8), (uint8_t)key);
	EXPECT(0x67U, 0x02U);
	CHECK_EQ(uds_security_level(), 1U);
}

static void test_tester_present(void)
{
	setup();
	REQ(0x3EU, 0x00U);
	EXPECT(0x7EU, 0x00U);
	REQ(0x3EU, 0x80U);
	EXPECT_NONE();
	CHECK_EQ(uds_stats()->suppressed, 1U);
	REQ(0x3EU, 0x01U);
	EXPECT_NRC(0x3EU, UDS_NRC_SFNS);
	REQ(0x3EU, 0x81U); /* an unsupported sub-function is reported even with the bit set */
	EXPECT_NRC(0x3EU, UDS_NRC_SFNS);
	REQ(0x3EU, 0x00U, 0x00U);
	EXPECT_NRC(0x3EU, UDS_NRC_IMLOIF);
	REQ(0x3EU);
	EXPECT_NRC(0x3EU, UDS_NRC_IMLOIF);
}

static void test_unknown_service(void)
{
	setup();
	REQ(0x85U, 0x01U); /* ControlDTCSetting: not implemented */
	EXPECT_NRC(0x85U, UDS_NRC_SNS);
	REQ(0x23U, 0x00U, 0x00U);
	EXPECT_NRC(0x23U, UDS_NRC_SNS);
	REQ(0x7FU);
	EXPECT_NRC(0x7FU, UDS_NRC_SNS);
	/* without a DEM the DTC services do not exist */
	setup_with(1U, NULL);
	REQ(0x19U, 0x01U, 0xFFU);
	EXPECT_NRC(0x19U, UDS_NRC_SNS);
	REQ(0x14U, 0xFFU, 0xFFU, 0xFFU);
	EXPECT_NRC(0x14U, UDS_NRC_SNS);
}

static void test_session_control(void)
{
	setup();
	CHECK_EQ(uds_session(), UDS_SESSION_DEFAULT);
	REQ(0x10U, 0x03U);
	EXPECT(0x50U, 0x03U, 0x00U, 0x32U, 0x01U, 0xF4U); /* P2 50 ms, P2* 5000 ms in 10 ms units */
	CHECK_EQ(uds_session(), UDS_SESSION_EXTENDED);
	CHECK_EQ(last_session_changed, UDS_SESSION_EXTENDED);
	REQ(0x10U, 0x02U);
	EXPECT(0x50U, 0x02U, 0x00U, 0x32U, 0x01U, 0xF4U);
	CHECK_EQ(uds_session(), UDS_SESSION_PROGRAMMING);
	REQ(0x10U, 0x01U);
	EXPECT(0x50U, 0x01U, 0x00U, 0x32U, 0x01U, 0xF4U);
	CHECK_EQ(uds_session(), UDS_SESSION_DEFAULT);
	/* programming only from extended */
	REQ(0x10U, 0x02U);
	EXPECT_NRC(0x10U, UDS_NRC_SFNSIAS);
	REQ(0x10U, 0x04U);
	EXPECT_NRC(0x10U, UDS_NRC_SFNS);
	REQ(0x10U, 0x00U);
	EXPECT_NRC(0x10U, UDS_NRC_SFNS);
	REQ(0x10U, 0x03U, 0x00U);
	EXPECT_NRC(0x10U, UDS_NRC_IMLOIF);
	REQ(0x10U);
	EXPECT_NRC(0x10U, UDS_NRC_IMLOIF);
	sessions_allowed = false;
	REQ(0x10U, 0x03U);
	EXPECT_NRC(0x10U, UDS_NRC_CNC);
	CHECK_EQ(uds_session(), UDS_SESSION_DEFAULT);
	sessions_allowed = true;
	/* suppressed positive response: the session still changes */
	REQ(0x10U, 0x83U);
	EXPECT_NONE();
	CHECK_EQ(uds_session(), UDS_SESSION_EXTENDED);
	/* negative responses are not suppressed */
	REQ(0x10U, 0x84U);
	EXPECT_NRC(0x10U, UDS_NRC_SFNS);
}

static void test_s3_timeout(void)
{
	setup();
	REQ(0x10U, 0x03U);
	unsigned changes = session_changes;
	run_ms(4990U); /* about 5 s since the response went out */
	CHECK_EQ(uds_session(), UDS_SESSION_EXTENDED);
	run_ms(20U);
	CHECK_EQ(uds_session(), UDS_SESSION_DEFAULT);
	CHECK_EQ(uds_stats()->s3_timeouts, 1U);
	CHECK_EQ(session_changes, changes + 1U);
	CHECK_EQ(last_session_changed, UDS_SESSION_DEFAULT);

	/* tester present every 2 s keeps the session for 20 s, suppressed or not */
	REQ(0x10U, 0x03U);
	for (int i = 0; i < 10; i++) {
		run_ms(2000U);
		if ((i & 1) == 0) {
			REQ(0x3EU, 0x80U);
		} else {
			REQ(0x3EU, 0x00U);
		}
	}
	CHECK_EQ(uds_session(), UDS_SESSION_EXTENDED);
	CHECK_EQ(uds_stats()->s3_timeouts, 1U);
	/* configurable S3 */
	setup();
	cfg.s3_us = 1000000U;
	REQ(0x10U, 0x03U);
	run_ms(1010U);
	CHECK_EQ(uds_session(), UDS_SESSION_DEFAULT);
	/* the default session has no S3 */
	run_ms(6000U);
	CHECK_EQ(uds_stats()->s3_timeouts, 1U);
}

static void test_ecu_reset(void)
{
	setup();
	/* the reset happens after the response left, not before */
	const uint8_t sf[3] = {0x02U, 0x11U, 0x01U};
	CHECK(uds_rx(REQ_ID, sf, 3U));
	CHECK_EQ(resets, 0U);
	tick();
	CHECK_EQ(resets, 1U);
	CHECK_EQ(reset_type, 0x01U);
	CHECK_EQ(resp_count, 1U);
	CHECK_EQ(resp[0], 0x51U);
	CHECK_EQ(resp[1], 0x01U);
	REQ(0x11U, 0x03U);
	EXPECT(0x51U, 0x03U);
	CHECK_EQ(reset_type, 0x03U);
	REQ(0x11U, 0x81U); /* suppressed: reset at once */
	EXPECT_NONE();
	CHECK_EQ(resets, 3U);
	REQ(0x11U, 0x02U);
	EXPECT_NRC(0x11U, UDS_NRC_SFNS);
	REQ(0x11U, 0x01U, 0x00U);
	EXPECT_NRC(0x11U, UDS_NRC_IMLOIF);
	CHECK_EQ(resets, 3U);
	app.reset = NULL;
	REQ(0x11U, 0x01U);
	EXPECT_NRC(0x11U, UDS_NRC_CNC);
}

static void test_clear_dtc(void)
{
	setup();
	REQ(0x14U, 0xFFU, 0xFFU, 0xFFU);
	EXPECT(0x54U);
	CHECK_EQ(last_clear_group, DEM_GROUP_ALL);
	CHECK_EQ(dtc_status[0], DEM_STATUS_AFTER_CLEAR);
	REQ(0x14U, 0x45U, 0x61U, 0x00U); /* one DTC */
	EXPECT(0x54U);
	CHECK_EQ(last_clear_group, DTC_C0561);
	REQ(0x14U, 0x12U, 0x34U, 0x56U);
	EXPECT_NRC(0x14U, UDS_NRC_ROOR);
	REQ(0x14U, 0xFFU, 0xFFU);
	EXPECT_NRC(0x14U, UDS_NRC_IMLOIF);
	REQ(0x14U, 0xFFU, 0xFFU, 0xFFU, 0x00U);
	EXPECT_NRC(0x14U, UDS_NRC_IMLOIF);
	REQ(0x10U, 0x03U);
	REQ(0x10U, 0x02U);
	REQ(0x14U, 0xFFU, 0xFFU, 0xFFU);
	EXPECT_NRC(0x14U, UDS_NRC_SNSIAS);
}

static void test_read_dtc_information(void)
{
	setup();
	/* 0x01 count: confirmed (0x08) matches C0561 only */
	REQ(0x19U, 0x01U, 0x08U);
	EXPECT(0x59U, 0x01U, 0x7FU, UDS_DTC_FORMAT_ID, 0x00U, 0x01U);
	REQ(0x19U, 0x01U, 0x04U); /* pending: two */
	EXPECT(0x59U, 0x01U, 0x7FU, UDS_DTC_FORMAT_ID, 0x00U, 0x02U);
	REQ(0x19U, 0x01U, 0x80U); /* WIR is not available: nothing can match */
	EXPECT(0x59U, 0x01U, 0x7FU, UDS_DTC_FORMAT_ID, 0x00U, 0x00U);
	/* 0x02 list, status masked by availability (0x8F -> 0x0F) */
	REQ(0x19U, 0x02U, 0x0CU);
	EXPECT(0x59U, 0x02U, 0x7FU, 0x45U, 0x61U, 0x00U, 0x0FU, 0x01U, 0x23U, 0x00U, 0x44U);
	REQ(0x19U, 0x02U, 0x00U);
	EXPECT(0x59U, 0x02U, 0x7FU);
	/* 0x0A all supported, also the one with status 0 */
	REQ(0x19U, 0x0AU);
	EXPECT(0x59U, 0x0AU, 0x7FU, 0x45U, 0x61U, 0x00U, 0x0FU, 0x01U, 0x23U, 0x00U, 0x44U, 0xD0U, 0x01U, 0x00U,
	       0x00U);
	/* 0x04 snapshot */
	REQ(0x19U, 0x04U, 0x45U, 0x61U, 0x00U, 0x01U);
	EXPECT(0x59U, 0x04U, 0x45U, 0x61U, 0x00U, 0x0FU, 0x01U, 0x01U, 0xF4U, 0x0DU, 0x3CU);
	REQ(0x19U, 0x04U, 0x45U, 0x61U, 0x00U, 0xFFU);
	EXPECT(0x59U, 0x04U, 0x45U, 0x61U, 0x00U, 0x0FU, 0x01U, 0x01U, 0xF4U, 0x0DU, 0x3CU);
	REQ(0x19U, 0x04U, 0x01U, 0x23U, 0x00U, 0x01U); /* known DTC, nothing stored */
	EXPECT(0x59U, 0x04U, 0x01U, 0x23U, 0x00U, 0x44U);
	REQ(0x19U, 0x04U, 0x99U, 0x99U, 0x99U, 0x01U);
	EXPECT_NRC(0x19U, UDS_NRC_ROOR);
	REQ(0x19U, 0x04U, 0x45U, 0x61U, 0x00U, 0x05U);
	EXPECT_NRC(0x19U, UDS_NRC_ROOR);
	/* sub-function and length errors */
	REQ(0x19U, 0x05U, 0x01U);
	EXPECT_NRC(0x19U, UDS_NRC_SFNS);
	REQ(0x19U, 0x01U);
	EXPECT_NRC(0x19U, UDS_NRC_IMLOIF);
	REQ(0x19U, 0x02U, 0xFFU, 0x00U);
	EXPECT_NRC(0x19U, UDS_NRC_IMLOIF);
	REQ(0x19U, 0x04U, 0x45U, 0x61U, 0x00U);
	EXPECT_NRC(0x19U, UDS_NRC_IMLOIF);
	REQ(0x19U, 0x0AU, 0x00U);
	EXPECT_NRC(0x19U, UDS_NRC_IMLOIF);
	REQ(0x19U);
	EXPECT_NRC(0x19U, UDS_NRC_IMLOIF);
	REQ(0x19U, 0x82U, 0x08U); /* suppressed */
	EXPECT_NONE();
	/* a DEM without snapshots: 0x04 is not supported */
	static const uds_dem_if_t no_snap = {dem_avail, dem_cnt, dem_get_, NULL, NULL, dem_clr};
	setup_with(1U, &no_snap);
	REQ(0x19U, 0x04U, 0x45U, 0x61U, 0x00U, 0x01U);
	EXPECT_NRC(0x19U, UDS_NRC_SFNS);
	REQ(0x19U, 0x01U, 0xFFU);
	EXPECT(0x59U, 0x01U, 0x7FU, UDS_DTC_FORMAT_ID, 0x00U, 0x02U);
}

static void test_read_data_by_identifier(void)
{
	setup();
	REQ(0x22U, 0xF1U, 0x90U); /* 20 bytes: a multi-frame response */
	EXPECT(0x62U, 0xF1U, 0x90U, 'Z', 'B', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0',
	       '1');
	REQ(0x22U, 0xF1U, 0x8CU, 0xF1U, 0x95U);
	EXPECT(0x62U, 0xF1U, 0x8CU, 'S', 'N', '0', '0', '0', '0', '4', '2', 0xF1U, 0x95U, '1', '.', '0', '.', '0');
	REQ(0x22U, 0xF1U, 0x86U); /* built-in active session */
	EXPECT(0x62U, 0xF1U, 0x86U, 0x01U);
	REQ(0x22U, 0x12U, 0x34U);
	EXPECT_NRC(0x22U, UDS_NRC_ROOR);
	REQ(0x22U, 0x12U, 0x34U, 0xF1U, 0x95U); /* unsupported ones are left out */
	EXPECT(0x62U, 0xF1U, 0x95U, '1', '.', '0', '.', '0');
	REQ(0x22U, 0x03U, 0x00U); /* extended-session DID in the default session */
	EXPECT_NRC(0x22U, UDS_NRC_ROOR);
	REQ(0x22U, 0x01U, 0x00U);
	EXPECT_NRC(0x22U, UDS_NRC_SAD);
	REQ(0x22U, 0x05U, 0x00U); /* the read function's own NRC */
	EXPECT_NRC(0x22U, UDS_NRC_CNC);
	REQ(0x22U, 0x04U, 0x00U); /* 243 bytes fit the 256-byte buffer */
	CHECK_EQ(got, 243);
	CHECK_EQ(resp[242], 0x00U);
	REQ(0x22U, 0x04U, 0x00U, 0xF1U, 0x90U); /* 262 do not */
	EXPECT_NRC(0x22U, UDS_NRC_RTL);
	REQ(0x22U, 0xF1U);
	EXPECT_NRC(0x22U, UDS_NRC_IMLOIF);
	REQ(0x22U, 0xF1U, 0x90U, 0xF1U);
	EXPECT_NRC(0x22U, UDS_NRC_IMLOIF);
	REQ(0x22U);
	EXPECT_NRC(0x22U, UDS_NRC_IMLOIF);
	REQ(0x22U, 0xF1U, 0x95U, 0xF1U, 0x95U, 0xF1U, 0x95U, 0xF1U, 0x95U, 0xF1U, 0x95U, 0xF1U, 0x95U, 0xF1U, 0x95U,
	    0xF1U, 0x95U, 0xF1U, 0x95U); /* 9 DIDs */
	EXPECT_NRC(0x22U, UDS_NRC_IMLOIF);
	/* in the extended session, unlocked */
	REQ(0x10U, 0x03U);
	REQ(0x22U, 0x03U, 0x00U);
	EXPECT(0x62U, 0x03U, 0x00U, 0x00U, 0x00U);
	REQ(0x22U, 0xF1U, 0x86U);
	EXPECT(0x62U, 0xF1U, 0x86U, 0x03U);
	unlock();
	REQ(0x22U, 0x01U, 0x00U);
	EXPECT(0x62U, 0x01U, 0x00U, 0x00U, 0x00U, 0x00U, 0x00U);
}

static void test_write_data_by_identifier(void)
{
	setup();
	REQ(0x2EU, 0x02U, 0x00U, 0x01U);
	EXPECT_NRC(0x2EU, UDS_NRC_SNSIAS); /* not in the default session */
	REQ(0x10U, 0x03U);
	REQ(0x2EU, 0x02U, 0x00U, 0x02U);
	EXPECT(0x6EU, 0x02U, 0x00U);
	CHECK_EQ(config_byte, 2U);
	REQ(0x22U, 0x02U, 0x00U);
	EXPECT(0x62U, 0x02U, 0x00U, 0x02U);
	REQ(0x2EU, 0x02U, 0x00U, 0x09U); /* the write function rejects the value */
	EXPECT_NRC(0x2EU, UDS_NRC_ROOR);
	CHECK_EQ(config_byte, 2U);
	REQ(0x2EU, 0x02U, 0x00U, 0x01U, 0x01U);
	EXPECT_NRC(0x2EU, UDS_NRC_IMLOIF);
	REQ(0x2EU, 0x02U, 0x00U);
	EXPECT_NRC(0x2EU, UDS_NRC_IMLOIF);
	REQ(0x2EU, 0xF1U, 0x8CU, '1', '2', '3', '4', '5', '6', '7', '8'); /* read-only */
	EXPECT_NRC(0x2EU, UDS_NRC_ROOR);
	REQ(0x2EU, 0x77U, 0x77U, 0x00U);
	EXPECT_NRC(0x2EU, UDS_NRC_ROOR);
	/* the VIN needs security level 1 */
	REQ(0x2EU, 0xF1U, 0x90U, 'W', 'V', 'W', 'Z', 'Z', 'Z', '1', 'J', 'Z', '3', 'W', '3', '8', '6', '7', '5', '2');
	EXPECT_NRC(0x2EU, UDS_NRC_SAD);
	unlock();
	REQ(0x2EU, 0xF1U, 0x90U, 'W', 'V', 'W', 'Z', 'Z', 'Z', '1', 'J', 'Z', '3', 'W', '3', '8', '6', '7', '5', '2');
	EXPECT(0x6EU, 0xF1U, 0x90U);
	REQ(0x22U, 0xF1U, 0x90U);
	EXPECT(0x62U, 0xF1U, 0x90U, 'W', 'V', 'W', 'Z', 'Z', 'Z', '1', 'J', 'Z', '3', 'W', '3', '8', '6', '7', '5',
	       '2');
	/* the VIN is writable in the extended session only */
	REQ(0x10U, 0x02U);
	unlock();
	REQ(0x2EU, 0xF1U, 0x90U, 'W', 'V', 'W', 'Z', 'Z', 'Z', '1', 'J', 'Z', '3', 'W', '3', '8', '6', '7', '5', '2');
	EXPECT_NRC(0x2EU, UDS_NRC_ROOR);
}

static void test_security_access(void)
{
	setup();
	REQ(0x27U, 0x01U);
	EXPECT_NRC(0x27U, UDS_NRC_SNSIAS);
	REQ(0x10U, 0x03U);
	REQ(0x27U, 0x02U, 0x00U, 0x00U, 0x00U, 0x00U); /* key without a seed */
	EXPECT_NRC(0x27U, UDS_NRC_RSE);
	REQ(0x27U, 0x03U); /* level 2 not configured */
	EXPECT_NRC(0x27U, UDS_NRC_SFNS);
	REQ(0x27U, 0x00U);
	EXPECT_NRC(0x27U, UDS_NRC_SFNS);
	REQ(0x27U, 0x01U, 0x00U);
	EXPECT_NRC(0x27U, UDS_NRC_IMLOIF);
	REQ(0x27U, 0x01U);
	CHECK_EQ(got, 6);
	uint32_t seed1 = seed_of_response();
	CHECK(seed1 != 0U);
	REQ(0x27U, 0x02U, 0x00U, 0x00U); /* short key */
	EXPECT_NRC(0x27U, UDS_NRC_IMLOIF);
	uint32_t key = uds_default_key(1U, seed1);
	REQ(0x27U, 0x02U, (uint8_t)(key >> 24), (uint8_t)(key >> 16), (uint8_t)(key >> 8), (uint8_t)key);
	EXPECT(0x67U, 0x02U);
	CHECK_EQ(uds_security_level(), 1U);
	REQ(0x27U, 0x01U); /* already unlocked: zero seed */
	EXPECT(0x67U, 0x01U, 0x00U, 0x00U, 0x00U, 0x00U);
	REQ(0x27U, 0x02U, 0x00U, 0x00U, 0x00U, 0x00U); /* and no key expected */
	EXPECT_NRC(0x27U, UDS_NRC_RSE);
	/* any session transition locks again */
	REQ(0x10U, 0x03U);
	CHECK_EQ(uds_security_level(), 0U);

	/* seeds are deterministic for an init seed and differ between init seeds */
	setup_with(777U, &dem_if);
	REQ(0x10U, 0x03U);
	REQ(0x27U, 0x01U);
	uint32_t a = seed_of_response();
	setup_with(777U, &dem_if);
	REQ(0x10U, 0x03U);
	REQ(0x27U, 0x01U);
	CHECK_EQ(seed_of_response(), a);
	REQ(0x27U, 0x01U);
	CHECK(seed_of_response() != a); /* a fresh seed per request */
	setup_with(778U, &dem_if);
	REQ(0x10U, 0x03U);
	REQ(0x27U, 0x01U);
	CHECK(seed_of_response() != a);

	/* a configured key function replaces the default */
	setup();
	app.key = custom_key;
	REQ(0x10U, 0x03U);
	REQ(0x27U, 0x01U);
	key = custom_key(1U, seed_of_response());
	REQ(0x27U, 0x02U, (uint8_t)(key >> 24), (uint8_t)(key >> 16), (uint8_t)(key >> 8), (uint8_t)key);
	EXPECT(0x67U, 0x02U);
}

static void test_security_lockout_and_delay(void)
{
	setup();
	REQ(0x10U, 0x03U);
	for (int i = 0; i < 3; i++) {
		REQ(0x27U, 0x01U);
		uint32_t bad = uds_default_key(1U, seed_of_response()) ^ 1U;
		REQ(0x27U, 0x02U, (uint8_t)(bad >> 24), (uint8_t)(bad >> 16), (uint8_t)(bad >> 8), (uint8_t)bad);
		EXPECT_NRC(0x27U, (i < 2) ? UDS_NRC_IK : UDS_NRC_ENOA);
	}
	CHECK_EQ(uds_stats()->invalid_keys, 3U);
	CHECK_EQ(uds_security_level(), 0U);
	/* during the delay both seed and key requests are refused */
	REQ(0x27U, 0x02U, 0x00U, 0x00U, 0x00U, 0x00U);
	EXPECT_NRC(0x27U, UDS_NRC_RTDNE);
	REQ(0x27U, 0x01U);
	EXPECT_NRC(0x27U, UDS_NRC_RTDNE);
	/* the delay (10 s) survives session changes; tester present keeps the session meanwhile */
	REQ(0x10U, 0x03U);
	for (int i = 0; i < 4; i++) {
		run_ms(2000U);
		REQ(0x3EU, 0x80U);
	}
	REQ(0x27U, 0x01U);
	EXPECT_NRC(0x27U, UDS_NRC_RTDNE);
	run_ms(2000U);
	unlock();

	/* one wrong key, then the right one: the counter resets */
	setup();
	cfg.security_delay_us = 1000000U;
	REQ(0x10U, 0x03U);
	REQ(0x27U, 0x01U);
	REQ(0x27U, 0x02U, 0x00U, 0x00U, 0x00U, 0x00U);
	EXPECT_NRC(0x27U, UDS_NRC_IK);
	REQ(0x27U, 0x02U, 0x00U, 0x00U, 0x00U, 0x00U);
	EXPECT_NRC(0x27U, UDS_NRC_RSE);
	unlock();
	/* configurable delay */
	REQ(0x10U, 0x03U);
	for (int i = 0; i < 3; i++) {
		REQ(0x27U, 0x01U);
		REQ(0x27U, 0x02U, 0x00U, 0x00U, 0x00U, 0x00U);
	}
	EXPECT_NRC(0x27U, UDS_NRC_ENOA);
	REQ(0x27U, 0x01U);
	EXPECT_NRC(0x27U, UDS_NRC_RTDNE);
	run_ms(1000U);
	unlock();
}

static void test_routine_control(void)
{
	setup();
	REQ(0x31U, 0x01U, 0x02U, 0x02U);
	EXPECT_NRC(0x31U, UDS_NRC_SNSIAS);
	REQ(0x10U, 0x03U);
	REQ(0x31U, 0x01U, 0x02U, 0x02U, 0xABU); /* option record echoed, then status */
	EXPECT(0x71U, 0x01U, 0x02U, 0x02U, 0xABU, 0x01U);
	CHECK_EQ(routine_starts, 1U);
	REQ(0x31U, 0x03U, 0x02U, 0x02U);
	EXPECT(0x71U, 0x03U, 0x02U, 0x02U, 0xA5U);
	REQ(0x31U, 0x02U, 0x02U, 0x02U); /* no stop for the self-test */
	EXPECT_NRC(0x31U, UDS_NRC_SFNS);
	REQ(0x31U, 0x01U, 0x12U, 0x34U);
	EXPECT_NRC(0x31U, UDS_NRC_ROOR);
	REQ(0x31U, 0x04U, 0x02U, 0x02U);
	EXPECT_NRC(0x31U, UDS_NRC_SFNS);
	REQ(0x31U, 0x01U, 0x02U);
	EXPECT_NRC(0x31U, UDS_NRC_IMLOIF);
	REQ(0x31U);
	EXPECT_NRC(0x31U, UDS_NRC_IMLOIF);
	/* sequence: stop and results need a start first */
	REQ(0x31U, 0x02U, 0x02U, 0x03U);
	EXPECT_NRC(0x31U, UDS_NRC_RSE);
	REQ(0x31U, 0x01U, 0x02U, 0x03U); /* the routine's own refusal */
	EXPECT_NRC(0x31U, UDS_NRC_CNC);
	REQ(0x31U, 0x02U, 0x02U, 0x03U); /* a refused start did not start it */
	EXPECT_NRC(0x31U, UDS_NRC_RSE);
	/* secured routine */
	REQ(0x31U, 0x01U, 0xFFU, 0x00U);
	EXPECT_NRC(0x31U, UDS_NRC_SAD);
	unlock();
	REQ(0x31U, 0x03U, 0xFFU, 0x00U);
	EXPECT_NRC(0x31U, UDS_NRC_RSE);
	REQ(0x31U, 0x01U, 0xFFU, 0x00U);
	EXPECT(0x71U, 0x01U, 0xFFU, 0x00U, 0x01U);
	REQ(0x31U, 0x82U, 0xFFU, 0x00U); /* stop, suppressed */
	EXPECT_NONE();
	REQ(0x31U, 0x02U, 0xFFU, 0x00U); /* already stopped */
	EXPECT_NRC(0x31U, UDS_NRC_RSE);
	REQ(0x31U, 0x03U, 0xFFU, 0x00U);
	EXPECT(0x71U, 0x03U, 0xFFU, 0x00U, 0xA5U);
	/* the self-test is extended-only: not in programming */
	REQ(0x10U, 0x02U);
	REQ(0x31U, 0x01U, 0x02U, 0x02U);
	EXPECT_NRC(0x31U, UDS_NRC_ROOR);
}

static void test_functional_requests(void)
{
	setup();
	FUNC_REQ(0x3EU, 0x00U);
	EXPECT(0x7EU, 0x00U);
	FUNC_REQ(0x3EU, 0x80U);
	EXPECT_NONE();
	FUNC_REQ(0x10U, 0x03U);
	EXPECT(0x50U, 0x03U, 0x00U, 0x32U, 0x01U, 0xF4U);
	FUNC_REQ(0x22U, 0xF1U, 0x95U);
	EXPECT(0x62U, 0xF1U, 0x95U, '1', '.', '0', '.', '0');
	CHECK_EQ(uds_stats()->functional, 4U);
	/* silent NRCs: 0x11, 0x12, 0x31, 0x7E, 0x7F */
	FUNC_REQ(0x85U, 0x01U);
	EXPECT_NONE();
	FUNC_REQ(0x3EU, 0x05U);
	EXPECT_NONE();
	FUNC_REQ(0x22U, 0x12U, 0x34U);
	EXPECT_NONE();
	FUNC_REQ(0x10U, 0x01U);
	FUNC_REQ(0x10U, 0x02U);
	EXPECT_NONE();
	FUNC_REQ(0x27U, 0x01U);
	EXPECT_NONE();
	CHECK_EQ(uds_stats()->nrc_suppressed, 5U);
	/* others are answered */
	FUNC_REQ(0x3EU, 0x00U, 0x00U);
	EXPECT_NRC(0x3EU, UDS_NRC_IMLOIF);
	sessions_allowed = false;
	FUNC_REQ(0x10U, 0x03U);
	EXPECT_NRC(0x10U, UDS_NRC_CNC);
	/* multi-frame functional requests do not exist */
	const uint8_t ff[8] = {0x10U, 0x09U, 0x22U, 0xF1U, 0x90U, 0xF1U, 0x8CU, 0xF1U};
	CHECK(uds_rx(FUNC_ID, ff, 8U));
	run_ms(5U);
	CHECK_EQ(uds_isotp_stats()->rx_unexpected, 1U);
}

static void test_busy_and_transport_errors(void)
{
	setup();
	/* a request while the multi-frame VIN response is still being sent is dropped */
	const uint8_t read_vin[4] = {0x03U, 0x22U, 0xF1U, 0x90U};
	const uint8_t tp[3] = {0x02U, 0x3EU, 0x00U};
	CHECK(uds_rx(REQ_ID, read_vin, 4U));
	CHECK(uds_rx(REQ_ID, tp, 3U));
	CHECK_EQ(uds_stats()->busy_dropped, 1U);
	run_ms(10U);
	CHECK_EQ(resp_count, 1U);
	CHECK_EQ(resp[0], 0x62U);
	CHECK_EQ(resp_len, 20U);
	REQ(0x3EU, 0x00U);
	EXPECT(0x7EU, 0x00U);
	/* an abandoned multi-frame request is a transport error, not a request */
	unsigned requests = uds_stats()->requests;
	const uint8_t ff[8] = {0x10U, 0x09U, 0x22U, 0xF1U, 0x90U, 0xF1U, 0x8CU, 0xF1U};
	CHECK(uds_rx(REQ_ID, ff, 8U));
	run_ms(1100U);
	CHECK_EQ(uds_stats()->tp_errors, 1U);
	CHECK_EQ(uds_stats()->requests, requests);
	/* a multi-frame request is answered */
	REQ(0x22U, 0xF1U, 0x90U, 0xF1U, 0x8CU, 0xF1U, 0x95U, 0xF1U, 0x86U);
	CHECK_EQ(got, 1 + 19 + 10 + 7 + 3);
	/* other identifiers are not the server's */
	CHECK(!uds_rx(0x7E1U, tp, 3U));
	CHECK(!uds_rx(RESP_ID, tp, 3U));
}

static void test_garbage_never_crashes(void)
{
	setup();
	uint32_t x = 0xC0FFEEU;
	uint8_t req[40];
	for (int n = 0; n < 400; n++) {
		uint8_t len = 0U;
		for (unsigned i = 0U; i < sizeof req; i++) {
			x ^= x << 13;
			x ^= x >> 17;
			x ^= x << 5;
			req[i] = (uint8_t)x;
			if (i == 0U) {
				len = (uint8_t)(1U + (x >> 8) % 12U);
			}
		}
		/* mostly real service IDs so the handlers see the garbage, not just the dispatcher */
		static const uint8_t sids[] = {0x10U, 0x11U, 0x14U, 0x19U, 0x22U, 0x27U, 0x2EU, 0x31U, 0x3EU, 0x00U, 0xFFU};
		req[0] = sids[(x >> 3) % sizeof sids];
		if (req[0] == 0x11U) {
			continue; /* resets are fine but say nothing about robustness */
		}
		if ((n & 3) == 0) {
			(void)func_request(req, (uint8_t)((len > 7U) ? 7U : len));
		} else {
			(void)request(req, len);
		}
		/* raw frames with random PCI and DLC, exactly as long as their DLC */
		uint8_t dlc = (uint8_t)((x >> 12) % 9U);
		uint8_t *raw = malloc(dlc == 0U ? 1U : dlc);
		(void)memcpy(raw, &req[8], dlc);
		CHECK(uds_rx(((n & 1) != 0) ? REQ_ID : FUNC_ID, raw, dlc));
		free(raw);
		run_ms(2U);
	}
	CHECK(uds_stats()->requests > 300U);
	CHECK(uds_stats()->negative > 100U);
	/* still serving */
	run_ms(1100U);
	REQ(0x3EU, 0x00U);
	EXPECT(0x7EU, 0x00U);
}

static void test_init_errors(void)
{
	setup();
	uds_config_t bad = cfg;
	bad.tx = NULL;
	CHECK_EQ(uds_init(&bad, 1U), UDS_E_PARAM);
	CHECK(!uds_rx(REQ_ID, (const uint8_t *)"\x02\x3E\x00", 3U)); /* an uninitialised server takes nothing */
	bad = cfg;
	bad.routine_count = (uint8_t)(UDS_MAX_ROUTINES + 1U);
	CHECK_EQ(uds_init(&bad, 1U), UDS_E_PARAM);
	bad = cfg;
	bad.dids = NULL;
	CHECK_EQ(uds_init(&bad, 1U), UDS_E_PARAM);
	bad = cfg;
	bad.func_rx_id = bad.phys_rx_id;
	CHECK_EQ(uds_init(&bad, 1U), UDS_E_PARAM);
	CHECK_EQ(uds_init(NULL, 1U), UDS_E_PARAM);
	uds_main(1000U); /* harmless when not initialised */
	/* the worked example in docs/diagnostics.md, which the app's tester reimplements */
	CHECK_EQ(uds_default_key(1U, 0x12345678U), 0x05614DA5U);
	CHECK(uds_default_key(1U, 0x12345678U) != uds_default_key(2U, 0x12345678U));
}

static void test_vin_valid(void)
{
	/* ISO 3779: 17 digits and capitals, no I, O or Q (they read as 1 and 0) */
	CHECK(uds_vin_valid((const uint8_t *)"WVWZZZ1JZXW000001", 17U));
	CHECK(uds_vin_valid((const uint8_t *)"0123456789ABCDEFG", 17U));
	CHECK(!uds_vin_valid((const uint8_t *)"WVWZZZ1JZXW00000I", 17U));
	CHECK(!uds_vin_valid((const uint8_t *)"WVWZZZ1JZXW0O0001", 17U));
	CHECK(!uds_vin_valid((const uint8_t *)"QVWZZZ1JZXW000001", 17U));
	CHECK(!uds_vin_valid((const uint8_t *)"wvwzzz1jzxw000001", 17U)); /* lower case */
	CHECK(!uds_vin_valid((const uint8_t *)"WVWZZZ1JZXW00000-", 17U));
	CHECK(!uds_vin_valid((const uint8_t *)"WVWZZZ1JZXW0000 1", 17U));
	CHECK(uds_vin_valid((const uint8_t *)"", 0U)); /* nothing to reject; the DID length is checked by uds */
}

int main(void)
{
	RUN(test_vin_valid);
	RUN(test_tester_present);
	RUN(test_unknown_service);
	RUN(test_session_control);
	RUN(test_s3_timeout);
	RUN(test_ecu_reset);
	RUN(test_clear_dtc);
	RUN(test_read_dtc_information);
	RUN(test_read_data_by_identifier);
	RUN(test_write_data_by_identifier);
	RUN(test_security_access);
	RUN(test_security_lockout_and_delay);
	RUN(test_routine_control);
	RUN(test_functional_requests);
	RUN(test_busy_and_transport_errors);
	RUN(test_garbage_never_crashes);
	RUN(test_init_errors);
	return UNIT_END();
}
