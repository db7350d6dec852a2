// sources: bsw/isotp.c
/* isotp: round trips through a loopback of two channels (tester 0x7E0 -> ECU, ECU 0x7E8 -> tester) on virtual
 * time, flow control in both directions, timeouts, sequence errors and malformed frames. Malformed frames are
 * passed in arrays exactly as long as their DLC, so the native ASan run catches any read past them. */
#include <string.h>

#include "isotp.h"
#include "unit.h"

#define REQ_ID  0x7E0U
#define RESP_ID 0x7E8U
#define FUNC_ID 0x7DFU

ISOTP_CHANNEL_DEFINE(big_tester, ISOTP_MAX_MSG_LEN);
ISOTP_CHANNEL_DEFINE(big_ecu, ISOTP_MAX_MSG_LEN);
ISOTP_CHANNEL_DEFINE(small_ecu, ISOTP_BUF_SIZE);

/* ---- loopback bus: frames wait in a FIFO until deliver(); every frame is logged with its send time ---- */
typedef struct {
	uint32_t id;
	uint8_t len;
	uint8_t d[8];
	uint64_t t_us;
} frame_t;

#define LOG_MAX 2048U
static frame_t bus_q[64];
static unsigned bus_qn;
static frame_t bus_log[LOG_MAX];
static unsigned bus_logn;
static unsigned refuse_tx;        /* the driver refuses this many frames */
static uint32_t drop_id;          /* frames with this id are lost on the bus */
static uint64_t now_us;

static int32_t lb_tx(uint32_t id, const uint8_t *data, uint8_t len)
{
	if (refuse_tx > 0U) {
		refuse_tx--;
		return -1;
	}
	frame_t f;
	(void)memset(&f, 0, sizeof f);
	f.id = id;
	f.len = len;
	(void)memcpy(f.d, data, len);
	f.t_us = now_us;
	if (bus_logn < LOG_MAX) {
		bus_log[bus_logn++] = f;
	}
	if ((id != drop_id) && (bus_qn < 64U)) {
		bus_q[bus_qn++] = f;
	}
	return 0;
}

/* ---- what each side's callbacks saw ---- */
typedef struct {
	unsigned rx_count;
	int32_t rx_result;
	bool rx_functional;
	uint16_t rx_len;
	uint8_t rx_data[ISOTP_MAX_MSG_LEN];
	unsigned rx_errors;
	unsigned tx_count;
	int32_t tx_result;
} side_t;

static side_t tester_side;
static side_t ecu_side;

static void on_rx(void *user, const uint8_t *data, uint16_t len, bool functional, int32_t result)
{
	side_t *s = (side_t *)user;
	s->rx_result = result;
	if (result == ISOTP_N_OK) {
		s->rx_count++;
		s->rx_functional = functional;
		s->rx_len = len;
		(void)memcpy(s->rx_data, data, len);
	} else {
		s->rx_errors++;
		CHECK(data == NULL);
		CHECK_EQ(len, 0);
	}
}

static void on_tx(void *user, int32_t result)
{
	side_t *s = (side_t *)user;
	s->tx_count++;
	s->tx_result = result;
}

static isotp_config_t tester_cfg;
static isotp_config_t ecu_cfg;
static isotp_channel_t *tester;
static isotp_channel_t *ecu;

/* Fresh bus and channels; ecu_buf selects the 4095-byte or the default 256-byte ECU channel. */
static void setup(bool small, uint8_t ecu_bs, uint8_t ecu_stmin)
{
	bus_qn = 0U;
	bus_logn = 0U;
	refuse_tx = 0U;
	drop_id = 0xFFFFFFFFU;
	now_us = 0U;
	(void)memset(&tester_side, 0, sizeof tester_side);
	(void)memset(&ecu_side, 0, sizeof ecu_side);
	(void)memset(&tester_cfg, 0, sizeof tester_cfg);
	tester_cfg.rx_id = RESP_ID;
	tester_cfg.tx_id = REQ_ID;
	tester_cfg.func_id = ISOTP_NO_ID;
	tester_cfg.tx = lb_tx;
	tester_cfg.padding = ISOTP_PAD_DEFAULT;
	tester_cfg.rx_indication = on_rx;
	tester_cfg.tx_confirmation = on_tx;
	tester_cfg.user = &tester_side;
	ecu_cfg = tester_cfg;
	ecu_cfg.rx_id = REQ_ID;
	ecu_cfg.tx_id = RESP_ID;
	ecu_cfg.func_id = FUNC_ID;
	ecu_cfg.block_size = ecu_bs;
	ecu_cfg.st_min = ecu_stmin;
	ecu_cfg.user = &ecu_side;
	tester = &big_tester;
	ecu = small ? &small_ecu : &big_ecu;
	CHECK_EQ(isotp_init(tester, &tester_cfg), ISOTP_N_OK);
	CHECK_EQ(isotp_init(ecu, &ecu_cfg), ISOTP_N_OK);
}

static void deliver(void)
{
	/* frames sent while delivering (FCs) join the queue and are delivered in the same pass */
	for (unsigned i = 0U; i < bus_qn; i++) {
		frame_t f = bus_q[i];
		if (f.id == RESP_ID) {
			(void)isotp_rx(tester, f.id, f.d, f.len);
		} else {
			(void)isotp_rx(ecu, f.id, f.d, f.len);
		}
	}
	bus_qn = 0U;
}

/* Advances virtual time in steps, running both channels and the bus. */
static void run_us(uint64_t duration_us, uint64_t step_us)
{
	uint64_t end = now_us + duration_us;
	while (now_us < end) {
		now_us += step_us;
		isotp_main(tester, now_us);
		isotp_main(ecu, now_us);
		deliver();
	}
}

static void fill_pattern(uint8_t *buf, uint16_t len, uint8_t seed)
{
	for (uint16_t i = 0U; i < len; i++) {
		buf[i] = (uint8_t)((i * 7U + seed) ^ (i >> 8));
	}
}

static unsigned count_frames(uint32_t id, uint8_t pci)
{
	unsigned n = 0U;
	for (unsigned i = 0U; i < bus_logn; i++) {
		if ((bus_log[i].id == id) && ((bus_log[i].d[0] >> 4) == pci)) {
			n++;
		}
	}
	return n;
}

static void test_single_frame_round_trip(void)
{
	setup(false, 0U, 0U);
	const uint8_t req[5] = {0x22U, 0xF1U, 0x90U, 0x01U, 0x02U};
	CHECK_EQ(isotp_send(tester, req, 5U), ISOTP_N_OK);
	CHECK(isotp_tx_busy(tester));
	CHECK_EQ(bus_logn, 1U);
	CHECK_EQ(bus_log[0].len, 8U);
	CHECK_EQ(bus_log[0].d[0], 0x05U);
	CHECK_EQ(bus_log[0].d[6], 0xCCU); /* padding */
	CHECK_EQ(bus_log[0].d[7], 0xCCU);
	run_us(1000U, 1000U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(ecu_side.rx_len, 5U);
	CHECK(memcmp(ecu_side.rx_data, req, 5U) == 0);
	CHECK(!ecu_side.rx_functional);
	CHECK_EQ(tester_side.tx_count, 1U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_OK);
	CHECK(!isotp_tx_busy(tester));

	/* 7 bytes is the largest single frame */
	const uint8_t seven[7] = {1U, 2U, 3U, 4U, 5U, 6U, 7U};
	CHECK_EQ(isotp_send(ecu, seven, 7U), ISOTP_N_OK);
	run_us(1000U, 1000U);
	CHECK_EQ(tester_side.rx_count, 1U);
	CHECK_EQ(tester_side.rx_len, 7U);
	CHECK(memcmp(tester_side.rx_data, seven, 7U) == 0);
	CHECK_EQ(count_frames(RESP_ID, 1U), 0U);
}

static void test_no_padding(void)
{
	setup(false, 0U, 0U);
	tester_cfg.padding = ISOTP_PAD_NONE;
	const uint8_t req[2] = {0x3EU, 0x00U};
	CHECK_EQ(isotp_send(tester, req, 2U), ISOTP_N_OK);
	CHECK_EQ(bus_log[0].len, 3U);
	run_us(1000U, 1000U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(ecu_side.rx_len, 2U);
}

static void round_trip(uint16_t len, uint8_t seed)
{
	static uint8_t msg[ISOTP_MAX_MSG_LEN];
	fill_pattern(msg, len, seed);
	CHECK_EQ(isotp_send(tester, msg, len), ISOTP_N_OK);
	run_us(2000000U, 1000U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(ecu_side.rx_len, len);
	CHECK(memcmp(ecu_side.rx_data, msg, len) == 0);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_OK);
	CHECK_EQ(tester_side.tx_count, 1U);
	/* FF carries 6 bytes, each CF up to 7: ceil((len - 6) / 7) CFs */
	CHECK_EQ(count_frames(REQ_ID, 2U), ((len - 6U) + 6U) / 7U);
	CHECK_EQ(count_frames(REQ_ID, 1U), 1U);

	fill_pattern(msg, len, (uint8_t)(seed + 1U));
	CHECK_EQ(isotp_send(ecu, msg, len), ISOTP_N_OK);
	run_us(2000000U, 1000U);
	CHECK_EQ(tester_side.rx_count, 1U);
	CHECK_EQ(tester_side.rx_len, len);
	CHECK(memcmp(tester_side.rx_data, msg, len) == 0);
	CHECK_EQ(ecu_side.tx_result, ISOTP_N_OK);
}

static void test_multi_frame_round_trip(void)
{
	setup(false, 0U, 0U);
	round_trip(8U, 3U); /* smallest multi-frame message: FF + one CF */
	setup(false, 0U, 0U);
	round_trip(100U, 9U);
	setup(false, 2U, 0U); /* the ECU's FC asks for blocks of 2 */
	round_trip(300U, 17U);
}

static void test_4095_bytes(void)
{
	setup(false, 0U, 0U);
	round_trip(ISOTP_MAX_MSG_LEN, 0x5AU);
	CHECK_EQ(isotp_stats(ecu)->rx_msgs, 1U);
	CHECK_EQ(isotp_stats(ecu)->tx_msgs, 1U);
	CHECK_EQ(isotp_stats(ecu)->rx_wrong_sn, 0U);
	/* the length sits in the FF's 12-bit field */
	CHECK_EQ(bus_log[0].d[0], 0x1FU);
	CHECK_EQ(bus_log[0].d[1], 0xFFU);
}

static void test_send_errors(void)
{
	setup(true, 0U, 0U);
	uint8_t msg[300];
	fill_pattern(msg, 300U, 1U);
	CHECK_EQ(isotp_send(ecu, msg, 0U), ISOTP_E_LEN);
	CHECK_EQ(isotp_send(ecu, msg, (uint16_t)(ISOTP_BUF_SIZE + 1U)), ISOTP_E_LEN);
	CHECK_EQ(isotp_send(ecu, NULL, 3U), ISOTP_E_PARAM);
	CHECK_EQ(isotp_send(ecu, msg, 20U), ISOTP_N_OK);
	CHECK_EQ(isotp_send(ecu, msg, 20U), ISOTP_E_BUSY);

	isotp_config_t bad = ecu_cfg;
	bad.tx = NULL;
	CHECK_EQ(isotp_init(ecu, &bad), ISOTP_E_PARAM);
	CHECK(!isotp_rx(ecu, REQ_ID, msg, 8U)); /* an unconfigured channel takes nothing */
	bad = ecu_cfg;
	bad.func_id = bad.rx_id;
	CHECK_EQ(isotp_init(ecu, &bad), ISOTP_E_PARAM);
	CHECK_EQ(isotp_init(ecu, NULL), ISOTP_E_PARAM);
	CHECK_EQ(isotp_init(NULL, &ecu_cfg), ISOTP_E_PARAM);
}

static void test_receiver_overflow(void)
{
	setup(true, 0U, 0U); /* the ECU has the default 256-byte buffer */
	uint8_t msg[ISOTP_BUF_SIZE + 1U];
	fill_pattern(msg, (uint16_t)sizeof msg, 2U);
	CHECK_EQ(isotp_send(tester, msg, (uint16_t)sizeof msg), ISOTP_N_OK);
	run_us(5000U, 1000U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_BUFFER_OVFLW);
	CHECK_EQ(ecu_side.rx_result, ISOTP_N_BUFFER_OVFLW);
	CHECK_EQ(ecu_side.rx_count, 0U);
	CHECK_EQ(isotp_stats(ecu)->rx_overflow, 1U);
	CHECK_EQ(count_frames(RESP_ID, 3U), 1U);
	CHECK_EQ(count_frames(REQ_ID, 2U), 0U); /* no CF after OVFLW */
	/* the FF escape sequence (FF_DL 0, then 32 bits) announces more than 4095 bytes: also OVFLW */
	const uint8_t ff_escape[8] = {0x10U, 0x00U, 0x00U, 0x00U, 0x10U, 0x00U, 0xAAU, 0xBBU};
	CHECK(isotp_rx(ecu, REQ_ID, ff_escape, 8U));
	CHECK_EQ(isotp_stats(ecu)->rx_overflow, 2U);
	CHECK(!isotp_rx_busy(ecu));
	run_us(1000U, 1000U); /* its FC OVFLW reaches the idle tester, which ignores it */
	CHECK_EQ(isotp_stats(tester)->rx_unexpected, 1U);
	/* exactly the buffer size fits */
	CHECK_EQ(isotp_send(tester, msg, ISOTP_BUF_SIZE), ISOTP_N_OK);
	run_us(200000U, 1000U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(ecu_side.rx_len, ISOTP_BUF_SIZE);
	CHECK(memcmp(ecu_side.rx_data, msg, ISOTP_BUF_SIZE) == 0);
}

static void test_wrong_sequence_number(void)
{
	setup(false, 0U, 0U);
	const uint8_t ff[8] = {0x10U, 20U, 1U, 2U, 3U, 4U, 5U, 6U};
	const uint8_t cf_bad[8] = {0x22U, 7U, 8U, 9U, 10U, 11U, 12U, 13U};
	CHECK(isotp_rx(ecu, REQ_ID, ff, 8U));
	CHECK(isotp_rx_busy(ecu));
	CHECK(isotp_rx(ecu, REQ_ID, cf_bad, 8U));
	CHECK_EQ(ecu_side.rx_result, ISOTP_N_WRONG_SN);
	CHECK_EQ(ecu_side.rx_count, 0U);
	CHECK_EQ(isotp_stats(ecu)->rx_wrong_sn, 1U);
	CHECK(!isotp_rx_busy(ecu));
	/* the channel recovers: a correct message goes through */
	const uint8_t cf1[8] = {0x21U, 7U, 8U, 9U, 10U, 11U, 12U, 13U};
	const uint8_t cf2[8] = {0x22U, 14U, 15U, 16U, 17U, 18U, 19U, 20U};
	CHECK(isotp_rx(ecu, REQ_ID, ff, 8U));
	CHECK(isotp_rx(ecu, REQ_ID, cf1, 8U));
	CHECK(isotp_rx(ecu, REQ_ID, cf2, 8U));
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(ecu_side.rx_len, 20U);
	CHECK_EQ(ecu_side.rx_data[19], 20U);
}

static void test_sequence_number_wraps(void)
{
	/* 16 CFs: SN runs 1..15 then 0 */
	setup(false, 0U, 0U);
	const uint8_t ff[8] = {0x10U, 118U, 0U, 1U, 2U, 3U, 4U, 5U};
	CHECK(isotp_rx(ecu, REQ_ID, ff, 8U));
	for (uint8_t i = 0U; i < 16U; i++) {
		uint8_t cf[8];
		cf[0] = (uint8_t)(0x20U | ((i + 1U) & 0x0FU));
		for (uint8_t k = 1U; k < 8U; k++) {
			cf[k] = (uint8_t)(6U + i * 7U + k - 1U);
		}
		CHECK(isotp_rx(ecu, REQ_ID, cf, 8U));
	}
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(ecu_side.rx_errors, 0U);
	CHECK_EQ(ecu_side.rx_data[117], 117U);
}

static void test_timeout_cr(void)
{
	setup(false, 0U, 0U);
	const uint8_t ff[8] = {0x10U, 20U, 1U, 2U, 3U, 4U, 5U, 6U};
	CHECK(isotp_rx(ecu, REQ_ID, ff, 8U));
	run_us(999000U, 1000U);
	CHECK_EQ(ecu_side.rx_errors, 0U);
	CHECK(isotp_rx_busy(ecu));
	run_us(1000U, 1000U); /* N_Cr default 1000 ms */
	CHECK_EQ(ecu_side.rx_result, ISOTP_N_TIMEOUT_Cr);
	CHECK_EQ(isotp_stats(ecu)->rx_timeout_cr, 1U);
	CHECK(!isotp_rx_busy(ecu));
	/* a late CF is not part of any message */
	const uint8_t cf1[8] = {0x21U, 7U, 8U, 9U, 10U, 11U, 12U, 13U};
	CHECK(isotp_rx(ecu, REQ_ID, cf1, 8U));
	CHECK_EQ(isotp_stats(ecu)->rx_unexpected, 1U);

	/* configurable: 50 ms, and each CF restarts it */
	setup(false, 0U, 0U);
	ecu_cfg.n_cr_us = 50000U;
	CHECK(isotp_rx(ecu, REQ_ID, ff, 8U));
	run_us(40000U, 1000U);
	CHECK(isotp_rx(ecu, REQ_ID, cf1, 8U));
	run_us(49000U, 1000U);
	CHECK_EQ(ecu_side.rx_errors, 0U);
	run_us(1000U, 1000U);
	CHECK_EQ(ecu_side.rx_result, ISOTP_N_TIMEOUT_Cr);
}

static void test_timeout_bs(void)
{
	setup(false, 0U, 0U);
	drop_id = REQ_ID; /* the ECU never hears the FF, so no FC comes */
	uint8_t msg[20];
	fill_pattern(msg, 20U, 4U);
	CHECK_EQ(isotp_send(tester, msg, 20U), ISOTP_N_OK);
	run_us(999000U, 1000U);
	CHECK_EQ(tester_side.tx_count, 0U);
	CHECK(isotp_tx_busy(tester));
	run_us(1000U, 1000U);
	CHECK_EQ(tester_side.tx_count, 1U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_TIMEOUT_Bs);
	CHECK_EQ(isotp_stats(tester)->tx_timeout_bs, 1U);
	CHECK(!isotp_tx_busy(tester));
}

static void inject_fc(uint8_t fs, uint8_t bs, uint8_t stmin)
{
	const uint8_t fc[3] = {(uint8_t)(0x30U | fs), bs, stmin};
	CHECK(isotp_rx(tester, RESP_ID, fc, 3U));
}

static void test_fc_wait(void)
{
	setup(false, 0U, 0U);
	drop_id = REQ_ID; /* the test plays the receiver by hand */
	uint8_t msg[20];
	fill_pattern(msg, 20U, 5U);
	CHECK_EQ(isotp_send(tester, msg, 20U), ISOTP_N_OK);
	/* WAITs every 600 ms keep the sender alive well past one N_Bs */
	for (int i = 0; i < 3; i++) {
		run_us(600000U, 1000U);
		inject_fc(ISOTP_FS_WAIT, 0U, 0U);
	}
	CHECK_EQ(tester_side.tx_count, 0U);
	CHECK_EQ(count_frames(REQ_ID, 2U), 0U); /* no CF while told to wait */
	inject_fc(ISOTP_FS_CTS, 0U, 0U);
	run_us(2000U, 1000U);
	CHECK_EQ(count_frames(REQ_ID, 2U), 2U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_OK);
	CHECK_EQ(isotp_stats(tester)->tx_fc_wait, 3U);

	/* more WAITs than wft_max: N_WFT_OVRN */
	setup(false, 0U, 0U);
	drop_id = REQ_ID;
	tester_cfg.wft_max = 2U;
	CHECK_EQ(isotp_send(tester, msg, 20U), ISOTP_N_OK);
	inject_fc(ISOTP_FS_WAIT, 0U, 0U);
	inject_fc(ISOTP_FS_WAIT, 0U, 0U);
	run_us(1000U, 1000U);
	CHECK_EQ(tester_side.tx_count, 0U);
	inject_fc(ISOTP_FS_WAIT, 0U, 0U);
	run_us(1000U, 1000U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_WFT_OVRN);

	/* a reserved flow status aborts with N_INVALID_FS */
	setup(false, 0U, 0U);
	drop_id = REQ_ID;
	CHECK_EQ(isotp_send(tester, msg, 20U), ISOTP_N_OK);
	inject_fc(7U, 0U, 0U);
	run_us(1000U, 1000U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_INVALID_FS);
}

/* Smallest gap between consecutive CFs on id; 0 when there are fewer than two. */
static uint64_t min_cf_gap(uint32_t id, uint64_t *max_gap)
{
	uint64_t min = 0U;
	uint64_t max = 0U;
	bool have_prev = false;
	uint64_t prev = 0U;
	for (unsigned i = 0U; i < bus_logn; i++) {
		if ((bus_log[i].id != id) || ((bus_log[i].d[0] >> 4) != 2U)) {
			continue;
		}
		if (have_prev) {
			uint64_t gap = bus_log[i].t_us - prev;
			if ((min == 0U) || (gap < min)) {
				min = gap;
			}
			if (gap > max) {
				max = gap;
			}
		}
		prev = bus_log[i].t_us;
		have_prev = true;
	}
	*max_gap = max;
	return min;
}

static void test_stmin_spacing(void)
{
	uint64_t max_gap = 0U;
	uint8_t msg[60];
	fill_pattern(msg, 60U, 6U);

	/* 5 ms from the receiver's FC, stepped at 1 ms */
	setup(false, 0U, 5U);
	CHECK_EQ(isotp_send(tester, msg, 60U), ISOTP_N_OK);
	run_us(100000U, 1000U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(count_frames(REQ_ID, 2U), 8U);
	CHECK_EQ(min_cf_gap(REQ_ID, &max_gap), 5000U);
	CHECK_EQ(max_gap, 5000U);

	/* 0xF5 = 500 µs, stepped at 100 µs */
	setup(false, 0U, 0xF5U);
	CHECK_EQ(isotp_send(tester, msg, 60U), ISOTP_N_OK);
	run_us(20000U, 100U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(min_cf_gap(REQ_ID, &max_gap), 500U);
	CHECK_EQ(max_gap, 500U);

	/* STmin 0: CFs go out back to back, ISOTP_CF_PER_MAIN per call */
	setup(false, 0U, 0U);
	CHECK_EQ(isotp_send(tester, msg, 60U), ISOTP_N_OK);
	run_us(2000U, 1000U); /* FF and FC in the first tick, CFs from the second */
	CHECK_EQ(count_frames(REQ_ID, 2U), ISOTP_CF_PER_MAIN);

	CHECK_EQ(isotp_stmin_us(0x7FU), 127000U);
	CHECK_EQ(isotp_stmin_us(0xF1U), 100U);
	CHECK_EQ(isotp_stmin_us(0xF9U), 900U);
	CHECK_EQ(isotp_stmin_us(0x80U), 127000U); /* reserved */
	CHECK_EQ(isotp_stmin_us(0xFAU), 127000U); /* reserved */
}

static void test_block_size(void)
{
	/* receiver BS 4: 100 bytes = FF + 14 CFs, so FCs after the FF and after CFs 4, 8 and 12 */
	setup(false, 4U, 0U);
	uint8_t msg[100];
	fill_pattern(msg, 100U, 7U);
	CHECK_EQ(isotp_send(tester, msg, 100U), ISOTP_N_OK);
	run_us(50000U, 1000U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK(memcmp(ecu_side.rx_data, msg, 100U) == 0);
	CHECK_EQ(count_frames(RESP_ID, 3U), 4U);
	unsigned run = 0U;
	unsigned longest = 0U;
	for (unsigned i = 0U; i < bus_logn; i++) {
		uint8_t pci = (uint8_t)(bus_log[i].d[0] >> 4);
		if ((bus_log[i].id == RESP_ID) && (pci == 3U)) {
			run = 0U;
		} else if ((bus_log[i].id == REQ_ID) && (pci == 2U)) {
			run++;
			longest = (run > longest) ? run : longest;
		} else {
			/* FF */
		}
	}
	CHECK_EQ(longest, 4U);

	/* the sender stops after its block until the next FC: without it, N_Bs */
	setup(false, 0U, 0U);
	drop_id = REQ_ID;
	CHECK_EQ(isotp_send(tester, msg, 100U), ISOTP_N_OK);
	inject_fc(ISOTP_FS_CTS, 3U, 0U);
	run_us(999000U, 1000U);
	CHECK_EQ(count_frames(REQ_ID, 2U), 3U);
	CHECK_EQ(tester_side.tx_count, 0U);
	run_us(3000U, 1000U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_TIMEOUT_Bs);
}

static void test_garbage_ignored_and_counted(void)
{
	setup(false, 0U, 0U);
	const uint8_t unknown_pci[1] = {0x40U};
	const uint8_t high_pci[2] = {0xF1U, 0x00U};
	const uint8_t sf_zero[2] = {0x00U, 0x3EU};
	const uint8_t sf_long[3] = {0x07U, 0x22U, 0xF1U}; /* claims 7 bytes, has 2 */
	const uint8_t ff_short[5] = {0x10U, 0x20U, 1U, 2U, 3U};
	const uint8_t ff_tiny[8] = {0x10U, 0x05U, 1U, 2U, 3U, 4U, 5U, 6U}; /* 5 bytes fit an SF */
	const uint8_t fc_short[2] = {0x30U, 0x00U};
	uint8_t any[1] = {0x02U};

	CHECK(isotp_rx(ecu, REQ_ID, any, 0U)); /* DLC 0 */
	CHECK(isotp_rx(ecu, REQ_ID, NULL, 0U));
	CHECK(isotp_rx(ecu, REQ_ID, unknown_pci, 1U));
	CHECK(isotp_rx(ecu, REQ_ID, high_pci, 2U));
	CHECK(isotp_rx(ecu, REQ_ID, sf_zero, 2U));
	CHECK(isotp_rx(ecu, REQ_ID, sf_long, 3U));
	CHECK(isotp_rx(ecu, REQ_ID, ff_short, 5U));
	CHECK(isotp_rx(ecu, REQ_ID, ff_tiny, 8U));
	CHECK_EQ(isotp_stats(ecu)->rx_garbage, 8U);
	/* well-formed but out of place */
	const uint8_t cf[2] = {0x21U, 0x00U};
	CHECK(isotp_rx(ecu, REQ_ID, cf, 2U));
	CHECK(isotp_rx(ecu, REQ_ID, fc_short, 2U));
	const uint8_t ff_func[8] = {0x10U, 20U, 1U, 2U, 3U, 4U, 5U, 6U};
	CHECK(isotp_rx(ecu, FUNC_ID, ff_func, 8U));
	CHECK_EQ(isotp_stats(ecu)->rx_unexpected, 3U);
	CHECK(isotp_rx(ecu, FUNC_ID, unknown_pci, 1U));
	CHECK(isotp_rx(ecu, FUNC_ID, sf_long, 3U));
	CHECK_EQ(isotp_stats(ecu)->rx_garbage, 10U);
	/* other identifiers are not the channel's business */
	CHECK(!isotp_rx(ecu, 0x123U, any, 1U));
	CHECK(!isotp_rx(ecu, RESP_ID, any, 1U));
	CHECK_EQ(ecu_side.rx_count, 0U);
	CHECK_EQ(ecu_side.rx_errors, 0U);
	CHECK_EQ(bus_logn, 0U); /* nothing answered: no FC for a malformed FF */

	/* a CF shorter than its content during a reception */
	CHECK(isotp_rx(ecu, REQ_ID, ff_func, 8U));
	const uint8_t cf_short[3] = {0x21U, 7U, 8U};
	CHECK(isotp_rx(ecu, REQ_ID, cf_short, 3U));
	CHECK_EQ(isotp_stats(ecu)->rx_garbage, 11U);
	/* a FC with a length too short while waiting for one */
	setup(false, 0U, 0U);
	drop_id = REQ_ID;
	uint8_t msg[20] = {0};
	CHECK_EQ(isotp_send(tester, msg, 20U), ISOTP_N_OK);
	CHECK(isotp_rx(tester, RESP_ID, fc_short, 2U));
	CHECK_EQ(isotp_stats(tester)->rx_garbage, 1U);
	CHECK(isotp_tx_busy(tester));
}

static void test_functional_single_frame(void)
{
	setup(false, 0U, 0U);
	const uint8_t sf[8] = {0x02U, 0x3EU, 0x80U, 0xCCU, 0xCCU, 0xCCU, 0xCCU, 0xCCU};
	CHECK(isotp_rx(ecu, FUNC_ID, sf, 8U));
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK(ecu_side.rx_functional);
	CHECK_EQ(ecu_side.rx_len, 2U);
	CHECK_EQ(ecu_side.rx_data[1], 0x80U);
	CHECK_EQ(isotp_stats(ecu)->rx_functional, 1U);
	/* a channel without a functional id does not take 0x7DF */
	CHECK(!isotp_rx(tester, FUNC_ID, sf, 8U));
}

static void test_new_message_replaces_reception(void)
{
	setup(false, 0U, 0U);
	const uint8_t ff[8] = {0x10U, 20U, 1U, 2U, 3U, 4U, 5U, 6U};
	const uint8_t sf[3] = {0x02U, 0x10U, 0x03U};
	CHECK(isotp_rx(ecu, REQ_ID, ff, 8U));
	CHECK(isotp_rx(ecu, REQ_ID, sf, 3U));
	CHECK_EQ(ecu_side.rx_errors, 1U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(ecu_side.rx_len, 2U);
	CHECK_EQ(isotp_stats(ecu)->rx_aborted, 1U);
	CHECK(!isotp_rx_busy(ecu));
}

static void test_driver_refusal(void)
{
	setup(false, 0U, 0U);
	uint8_t msg[3] = {0x10U, 0x01U, 0x00U};
	refuse_tx = 3U;
	CHECK_EQ(isotp_send(tester, msg, 3U), ISOTP_N_OK);
	CHECK_EQ(bus_logn, 0U);
	run_us(3000U, 1000U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_OK);
	CHECK_EQ(isotp_stats(tester)->tx_refused, 3U);

	/* refused for good: N_TIMEOUT_A after N_As */
	setup(false, 0U, 0U);
	refuse_tx = 100000U;
	CHECK_EQ(isotp_send(tester, msg, 3U), ISOTP_N_OK);
	run_us(999000U, 1000U);
	CHECK_EQ(tester_side.tx_count, 0U);
	run_us(1000U, 1000U);
	CHECK_EQ(tester_side.tx_result, ISOTP_N_TIMEOUT_A);

	/* a refused FC is retried, and the transfer completes */
	setup(false, 0U, 0U);
	uint8_t longer[30];
	fill_pattern(longer, 30U, 8U);
	CHECK_EQ(isotp_send(tester, longer, 30U), ISOTP_N_OK);
	refuse_tx = 1U; /* the ECU's FC, sent while the FF is delivered */
	run_us(10000U, 1000U);
	CHECK_EQ(ecu_side.rx_count, 1U);
	CHECK(memcmp(ecu_side.rx_data, longer, 30U) == 0);
}

int main(void)
{
	RUN(test_single_frame_round_trip);
	RUN(test_no_padding);
	RUN(test_multi_frame_round_trip);
	RUN(test_4095_bytes);
	RUN(test_send_errors);
	RUN(test_receiver_overflow);
	RUN(test_wrong_sequence_number);
	RUN(test_sequence_number_wraps);
	RUN(test_timeout_cr);
	RUN(test_timeout_bs);
	RUN(test_fc_wait);
	RUN(test_stmin_spacing);
	RUN(test_block_size);
	RUN(test_garbage_ignored_and_counted);
	RUN(test_functional_single_frame);
	RUN(test_new_message_replaces_reception);
	RUN(test_driver_refusal);
	return UNIT_END();
}
