/* uds: see uds.h. One static server per ECU image, like the CAN controller it sits on. */
#include "uds.h"

#include <stddef.h>
#include <string.h>

#include "dem.h" /* only for the DEM_E_* codes the DEM hooks return */
#include "flash.h"

#define UDS_SPRMIB 0x80U /* suppressPosRspMsgIndicationBit */
#define UDS_NEG_RESPONSE 0x7FU
#define UDS_POS_OFFSET 0x40U
#define UDS_SEED_LEN 4U
#define UDS_MAX_SECURITY_LEVEL 8U

enum { UDS_RT_NEVER = 0, UDS_RT_RUNNING, UDS_RT_STOPPED };

typedef int32_t (*uds_handler_fn)(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max);

/** One service: the sessions it is allowed in and whether byte 1 is a sub-function (bit 7 = SPRMIB). */
typedef struct {
	uint8_t sid;
	uint8_t sessions;
	uint8_t min_len;
	uint8_t has_subfunction;
	uds_handler_fn handler;
} uds_service_t;

ISOTP_CHANNEL_DEFINE(uds_tp, UDS_BUF_SIZE);

static const uds_config_t *uds_cfg;
static isotp_config_t uds_tp_cfg;
static uint8_t uds_resp[UDS_BUF_SIZE];
static uint8_t uds_sess;
static uint8_t uds_sec_level;
static uint64_t uds_now_us;
static uint64_t uds_s3_start_us;
static uint32_t uds_prng;
static uint32_t uds_seed;
static uint8_t uds_seed_level; /* level the outstanding seed was given for, 0 = none */
static uint8_t uds_sec_failures;
static uint64_t uds_sec_delay_until_us;
static uint8_t uds_reset_pending; /* reset type to perform once the response is out, 0 = none */
static uint8_t uds_rt_state[UDS_MAX_ROUTINES];
static uds_stats_t uds_st;

uint32_t uds_default_key(uint8_t level, uint32_t seed)
{
	uint32_t k = seed ^ 0x5A3C96E1U;
	k = (k << 7) | (k >> 25);
	return k + ((uint32_t)level * 0x01010101U);
}

/* xorshift32: deterministic seeds from ecu_init's seed, never 0 (a 0 seed means "already unlocked") */
static uint32_t uds_next_seed(void)
{
	uint32_t x;
	do {
		x = uds_prng;
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		uds_prng = x;
	} while (x == 0U);
	return x;
}

static uint8_t uds_session_bit(uint8_t session)
{
	return (uint8_t)(1U << (session - 1U));
}

static bool uds_in(uint8_t sessions)
{
	return (sessions & uds_session_bit(uds_sess)) != 0U;
}

static bool uds_security_ok(uint8_t needed)
{
	return (needed == 0U) || (uds_sec_level == needed);
}

static void uds_put16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)(v & 0xFFU);
}

static void uds_put24(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)((v >> 16) & 0xFFU);
	p[1] = (uint8_t)((v >> 8) & 0xFFU);
	p[2] = (uint8_t)(v & 0xFFU);
}

static uint16_t uds_get16(const uint8_t *p)
{
	return (uint16_t)(((uint16_t)p[0] << 8) | p[1]);
}

static uint32_t uds_get24(const uint8_t *p)
{
	return ((uint32_t)p[0] << 16) | ((uint32_t)p[1] << 8) | p[2];
}

/* A hook's negated NRC, clamped to a valid code so a buggy hook cannot produce a positive-looking byte. */
static int32_t uds_hook_nrc(int32_t r)
{
	return ((r < 0) && (r >= -0xFF)) ? r : -(int32_t)UDS_NRC_GR;
}

static void uds_enter_session(uint8_t session)
{
	/* every session transition locks security (ISO 14229-1 9.2) and ends routines */
	uds_sess = session;
	uds_sec_level = 0U;
	uds_seed_level = 0U;
	(void)memset(uds_rt_state, 0, sizeof uds_rt_state);
	uds_s3_start_us = uds_now_us;
	flash_abort();
	if ((uds_cfg->app != NULL) && (uds_cfg->app->session_changed != NULL)) {
		uds_cfg->app->session_changed(session);
	}
}

/* ---- 0x10 DiagnosticSessionControl ---- */
static int32_t uds_session_control(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	(void)max;
	uint8_t sf = (uint8_t)(req[1] & 0x7FU);
	if ((sf < UDS_SESSION_DEFAULT) || (sf > UDS_SESSION_EXTENDED)) {
		return -(int32_t)UDS_NRC_SFNS;
	}
	/* programming only via the extended session, as flash bootloaders expect */
	if ((sf == UDS_SESSION_PROGRAMMING) && (uds_sess == UDS_SESSION_DEFAULT)) {
		return -(int32_t)UDS_NRC_SFNSIAS;
	}
	if (len != 2U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if ((uds_cfg->app != NULL) && (uds_cfg->app->session_allowed != NULL) && !uds_cfg->app->session_allowed(sf)) {
		return -(int32_t)UDS_NRC_CNC;
	}
	uds_enter_session(sf);
	resp[1] = sf;
	uds_put16(&resp[2], UDS_P2_MS);
	uds_put16(&resp[4], (uint16_t)(UDS_P2_STAR_MS / 10U)); /* P2* is sent in 10 ms units */
	return 6;
}

/* ---- 0x11 ECUReset ---- */
static int32_t uds_ecu_reset(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	(void)max;
	uint8_t sf = (uint8_t)(req[1] & 0x7FU);
	if ((sf != 0x01U) && (sf != 0x03U)) {
		return -(int32_t)UDS_NRC_SFNS;
	}
	if (len != 2U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if ((uds_cfg->app == NULL) || (uds_cfg->app->reset == NULL)) {
		return -(int32_t)UDS_NRC_CNC;
	}
	uds_reset_pending = sf;
	resp[1] = sf;
	return 2;
}

/* DEM error codes to NRCs: unknown DTC/group/record is out of range, a busy DEM is conditions not correct. */
static int32_t uds_dem_nrc(int32_t r)
{
	if (r == DEM_E_SPACE) {
		return -(int32_t)UDS_NRC_RTL;
	} else if (r == DEM_E_STATE) {
		return -(int32_t)UDS_NRC_CNC;
	} else {
		return -(int32_t)UDS_NRC_ROOR;
	}
}

/* ---- 0x14 ClearDiagnosticInformation ---- */
static int32_t uds_clear_dtc(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	(void)resp;
	(void)max;
	if (len != 4U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if (uds_cfg->dem->clear == NULL) {
		return -(int32_t)UDS_NRC_CNC;
	}
	int32_t r = uds_cfg->dem->clear(uds_get24(&req[1]));
	return (r < 0) ? uds_dem_nrc(r) : 1;
}

/* Appends DTC + status records for every DTC matching mask (0 = all supported). */
static int32_t uds_list_dtcs(uint8_t mask, uint8_t avail, uint8_t *resp, uint16_t pos, uint16_t max)
{
	const uds_dem_if_t *dem = uds_cfg->dem;
	uint16_t n = dem->count(mask);
	for (uint16_t i = 0U; i < n; i++) {
		uint32_t dtc = 0U;
		uint8_t status = 0U;
		if (!dem->get(i, mask, &dtc, &status)) {
			break;
		}
		if ((uint16_t)(pos + 4U) > max) {
			return -(int32_t)UDS_NRC_RTL;
		}
		uds_put24(&resp[pos], dtc);
		resp[pos + 3U] = (uint8_t)(status & avail);
		pos = (uint16_t)(pos + 4U);
	}
	return pos;
}

/* ---- 0x19 ReadDTCInformation ---- */
static int32_t uds_read_dtc(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	const uds_dem_if_t *dem = uds_cfg->dem;
	uint8_t sf = (uint8_t)(req[1] & 0x7FU);
	bool lists = (dem->status_availability_mask != NULL) && (dem->count != NULL);
	bool supported = ((sf == 0x01U) && lists) || (((sf == 0x02U) || (sf == 0x0AU)) && lists && (dem->get != NULL)) ||
	                 ((sf == 0x04U) && (dem->status_availability_mask != NULL) && (dem->status != NULL) &&
	                  (dem->snapshot != NULL));
	if (!supported) {
		return -(int32_t)UDS_NRC_SFNS;
	}
	uint16_t want = (sf == 0x04U) ? 6U : (sf == 0x0AU) ? 2U : 3U;
	if (len != want) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	uint8_t avail = dem->status_availability_mask();
	resp[1] = sf;
	resp[2] = avail;
	if (sf == 0x01U) {
		uint8_t mask = (uint8_t)(req[2] & avail);
		resp[3] = UDS_DTC_FORMAT_ID;
		uds_put16(&resp[4], (mask == 0U) ? 0U : dem->count(mask));
		return 6;
	}
	if (sf == 0x02U) {
		uint8_t mask = (uint8_t)(req[2] & avail);
		return (mask == 0U) ? 3 : uds_list_dtcs(mask, avail, resp, 3U, max);
	}
	if (sf == 0x0AU) {
		return uds_list_dtcs(0U, avail, resp, 3U, max);
	}
	/* 0x04 reportDTCSnapshotRecordByDTCNumber */
	uint32_t dtc = uds_get24(&req[2]);
	int32_t status = dem->status(dtc);
	if (status < 0) {
		return -(int32_t)UDS_NRC_ROOR;
	}
	uds_put24(&resp[2], dtc);
	resp[5] = (uint8_t)((uint32_t)status & avail);
	int32_t n = dem->snapshot(dtc, req[5], &resp[6], (uint16_t)(max - 6U));
	if (n < 0) {
		return uds_dem_nrc(n);
	}
	return (n > (int32_t)(max - 6U)) ? -(int32_t)UDS_NRC_GR : 6 + n;
}

static const uds_did_t *uds_find_did(uint16_t id)
{
	for (uint16_t i = 0U; i < uds_cfg->did_count; i++) {
		if (uds_cfg->dids[i].id == id) {
			return &uds_cfg->dids[i];
		}
	}
	return NULL;
}

/* ---- 0x22 ReadDataByIdentifier ---- */
static int32_t uds_read_did(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	if (((len - 1U) % 2U != 0U) || (((uint32_t)len - 1U) / 2U > UDS_MAX_DIDS_PER_READ)) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	uint16_t pos = 1U;
	bool any = false;
	for (uint16_t i = 1U; i < len; i = (uint16_t)(i + 2U)) {
		uint16_t id = uds_get16(&req[i]);
		const uds_did_t *d = uds_find_did(id);
		if ((d == NULL) && (id == UDS_DID_ACTIVE_SESSION)) {
			if ((uint16_t)(pos + 3U) > max) {
				return -(int32_t)UDS_NRC_RTL;
			}
			uds_put16(&resp[pos], id);
			resp[pos + 2U] = uds_sess;
			pos = (uint16_t)(pos + 3U);
			any = true;
			continue;
		}
		/* a DID not readable in this session is "not supported" for this request */
		if ((d == NULL) || (d->read == NULL) || !uds_in(d->read_sessions)) {
			continue;
		}
		if (!uds_security_ok(d->read_security)) {
			return -(int32_t)UDS_NRC_SAD;
		}
		if ((uint32_t)pos + 2U + d->len > max) {
			return -(int32_t)UDS_NRC_RTL;
		}
		uds_put16(&resp[pos], id);
		int32_t r = d->read(id, &resp[pos + 2U], d->len);
		if (r < 0) {
			return uds_hook_nrc(r);
		}
		pos = (uint16_t)(pos + 2U + d->len);
		any = true;
	}
	return any ? (int32_t)pos : -(int32_t)UDS_NRC_ROOR;
}

/* ---- 0x2E WriteDataByIdentifier ---- */
static int32_t uds_write_did(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	(void)max;
	uint16_t id = uds_get16(&req[1]);
	const uds_did_t *d = uds_find_did(id);
	if ((d == NULL) || (d->write == NULL) || !uds_in(d->write_sessions)) {
		return -(int32_t)UDS_NRC_ROOR;
	}
	if (!uds_security_ok(d->write_security)) {
		return -(int32_t)UDS_NRC_SAD;
	}
	if ((uint16_t)(len - 3U) != d->len) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	int32_t r = d->write(id, &req[3], d->len);
	if (r < 0) {
		return uds_hook_nrc(r);
	}
	uds_put16(&resp[1], id);
	return 3;
}

/* ---- 0x27 SecurityAccess ---- */
static int32_t uds_security_access(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	(void)max;
	uint8_t sf = (uint8_t)(req[1] & 0x7FU);
	uint8_t level = (uint8_t)((sf + 1U) / 2U);
	uint8_t levels = (uds_cfg->security_levels == 0U) ? 0x01U : uds_cfg->security_levels;
	if ((sf == 0U) || (level > UDS_MAX_SECURITY_LEVEL) || ((((uint32_t)levels >> (level - 1U)) & 1U) == 0U)) {
		return -(int32_t)UDS_NRC_SFNS;
	}
	bool request_seed = (sf & 1U) != 0U;
	if (len != (request_seed ? 2U : (uint16_t)(2U + UDS_SEED_LEN))) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	if (uds_now_us < uds_sec_delay_until_us) {
		return -(int32_t)UDS_NRC_RTDNE;
	}
	resp[1] = sf;
	if (request_seed) {
		/* already unlocked at this level: an all-zero seed, and no key expected */
		uint32_t seed = (uds_sec_level == level) ? 0U : uds_next_seed();
		uds_seed = seed;
		uds_seed_level = (seed == 0U) ? 0U : level;
		resp[2] = (uint8_t)(seed >> 24);
		resp[3] = (uint8_t)((seed >> 16) & 0xFFU);
		resp[4] = (uint8_t)((seed >> 8) & 0xFFU);
		resp[5] = (uint8_t)(seed & 0xFFU);
		return 6;
	}
	if (uds_seed_level != level) {
		return -(int32_t)UDS_NRC_RSE;
	}
	uds_seed_level = 0U; /* one key per seed */
	uint32_t key = ((uint32_t)req[2] << 24) | ((uint32_t)req[3] << 16) | ((uint32_t)req[4] << 8) | req[5];
	uint32_t expected = ((uds_cfg->app != NULL) && (uds_cfg->app->key != NULL)) ? uds_cfg->app->key(level, uds_seed)
	                                                                              : uds_default_key(level, uds_seed);
	if (key != expected) {
		uds_st.invalid_keys++;
		uds_sec_failures++;
		if (uds_sec_failures >= UDS_SECURITY_MAX_ATTEMPTS) {
			uds_sec_failures = 0U;
			uds_sec_delay_until_us =
			    uds_now_us + ((uds_cfg->security_delay_us == 0U) ? UDS_SECURITY_DELAY_DEFAULT_US : uds_cfg->security_delay_us);
			return -(int32_t)UDS_NRC_ENOA;
		}
		return -(int32_t)UDS_NRC_IK;
	}
	uds_sec_failures = 0U;
	uds_sec_level = level;
	return 2;
}

/* ---- 0x31 RoutineControl ---- */
static int32_t uds_routine_control(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	uint8_t sf = (uint8_t)(req[1] & 0x7FU);
	if ((sf < 0x01U) || (sf > 0x03U)) {
		return -(int32_t)UDS_NRC_SFNS;
	}
	if (len < 4U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	uint16_t rid = uds_get16(&req[2]);
	uint8_t idx = 0U;
	while ((idx < uds_cfg->routine_count) && (uds_cfg->routines[idx].id != rid)) {
		idx++;
	}
	if ((idx == uds_cfg->routine_count) || !uds_in(uds_cfg->routines[idx].sessions)) {
		return -(int32_t)UDS_NRC_ROOR;
	}
	const uds_routine_t *rt = &uds_cfg->routines[idx];
	if (!uds_security_ok(rt->security)) {
		return -(int32_t)UDS_NRC_SAD;
	}
	uds_routine_fn fn = (sf == 0x01U) ? rt->start : (sf == 0x02U) ? rt->stop : rt->results;
	if (fn == NULL) {
		return -(int32_t)UDS_NRC_SFNS;
	}
	if (((sf == 0x02U) && (uds_rt_state[idx] != UDS_RT_RUNNING)) ||
	    ((sf == 0x03U) && (uds_rt_state[idx] == UDS_RT_NEVER))) {
		return -(int32_t)UDS_NRC_RSE;
	}
	int32_t n = fn(rid, &req[4], (uint16_t)(len - 4U), &resp[4], (uint16_t)(max - 4U));
	if (n < 0) {
		return uds_hook_nrc(n);
	}
	if (n > (int32_t)(max - 4U)) {
		return -(int32_t)UDS_NRC_GR;
	}
	if (sf == 0x01U) {
		uds_rt_state[idx] = UDS_RT_RUNNING;
	} else if (sf == 0x02U) {
		uds_rt_state[idx] = UDS_RT_STOPPED;
	} else {
		/* results leave the state alone */
	}
	resp[1] = sf;
	uds_put16(&resp[2], rid);
	return 4 + n;
}

/* ---- 0x34 0x36 0x37 download: flash.c ---- */
static int32_t uds_flash(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	return flash_request(req, len, resp, max, uds_sec_level);
}

/* ---- 0x3E TesterPresent ---- */
static int32_t uds_tester_present(const uint8_t *req, uint16_t len, uint8_t *resp, uint16_t max)
{
	(void)max;
	if ((req[1] & 0x7FU) != 0x00U) {
		return -(int32_t)UDS_NRC_SFNS;
	}
	if (len != 2U) {
		return -(int32_t)UDS_NRC_IMLOIF;
	}
	resp[1] = 0x00U;
	return 2;
}

static const uds_service_t uds_services[] = {
	{0x10U, UDS_IN_ALL, 2U, 1U, uds_session_control},
	{0x11U, UDS_IN_ALL, 2U, 1U, uds_ecu_reset},
	{0x14U, UDS_IN_DEFAULT | UDS_IN_EXTENDED, 4U, 0U, uds_clear_dtc},
	{0x19U, UDS_IN_DEFAULT | UDS_IN_EXTENDED, 2U, 1U, uds_read_dtc},
	{0x22U, UDS_IN_ALL, 3U, 0U, uds_read_did},
	{0x27U, UDS_IN_NON_DEFAULT, 2U, 1U, uds_security_access},
	{0x2EU, UDS_IN_NON_DEFAULT, 4U, 0U, uds_write_did},
	{0x31U, UDS_IN_NON_DEFAULT, 2U, 1U, uds_routine_control},
	{0x34U, UDS_IN_PROGRAMMING, 3U, 0U, uds_flash},
	{0x36U, UDS_IN_PROGRAMMING, 2U, 0U, uds_flash},
	{0x37U, UDS_IN_PROGRAMMING, 1U, 0U, uds_flash},
	{0x3EU, UDS_IN_ALL, 2U, 1U, uds_tester_present},
};
#define UDS_SERVICE_COUNT (sizeof uds_services / sizeof uds_services[0])

static const uds_service_t *uds_find_service(uint8_t sid)
{
	for (size_t i = 0U; i < UDS_SERVICE_COUNT; i++) {
		if (uds_services[i].sid == sid) {
			/* the DTC services need a DEM */
			if (((sid == 0x14U) || (sid == 0x19U)) && (uds_cfg->dem == NULL)) {
				return NULL;
			}
			return &uds_services[i];
		}
	}
	return NULL;
}

static void uds_do_reset(void)
{
	uint8_t type = uds_reset_pending;
	uds_reset_pending = 0U;
	if ((type != 0U) && (uds_cfg->app != NULL) && (uds_cfg->app->reset != NULL)) {
		flash_reset();
		uds_cfg->app->reset(type);
	}
}

static void uds_respond(const uint8_t *data, uint16_t len)
{
	if (isotp_send(&uds_tp, data, len) != ISOTP_N_OK) {
		uds_st.tp_errors++;
		uds_do_reset(); /* the reset was asked for; not being able to answer must not cancel it */
	}
}

static bool uds_nrc_silent_if_functional(uint8_t nrc)
{
	return (nrc == UDS_NRC_SNS) || (nrc == UDS_NRC_SFNS) || (nrc == UDS_NRC_ROOR) || (nrc == UDS_NRC_SFNSIAS) ||
	       (nrc == UDS_NRC_SNSIAS);
}

static void uds_handle(const uint8_t *req, uint16_t len, bool functional)
{
	uds_st.requests++;
	if (functional) {
		uds_st.functional++;
	}
	uds_s3_start_us = uds_now_us;
	if (isotp_tx_busy(&uds_tp)) {
		uds_st.busy_dropped++; /* one request at a time: a tester waits for the response (P2) */
		return;
	}
	uint8_t sid = req[0];
	const uds_service_t *svc = uds_find_service(sid);
	bool suppress = false;
	int32_t r;
	if (svc == NULL) {
		r = -(int32_t)UDS_NRC_SNS;
	} else if (!uds_in(svc->sessions)) {
		r = -(int32_t)UDS_NRC_SNSIAS;
	} else if (len < svc->min_len) {
		r = -(int32_t)UDS_NRC_IMLOIF;
	} else {
		suppress = (svc->has_subfunction != 0U) && ((req[1] & UDS_SPRMIB) != 0U);
		uds_resp[0] = (uint8_t)(sid + UDS_POS_OFFSET);
		r = svc->handler(req, len, uds_resp, (uint16_t)sizeof uds_resp);
	}
	if (r >= 0) {
		if (suppress) {
			uds_st.suppressed++;
			uds_do_reset();
		} else {
			uds_st.positive++;
			uds_respond(uds_resp, (uint16_t)r);
		}
		return;
	}
	uds_reset_pending = 0U;
	uint8_t nrc = (uint8_t)(-r);
	if (functional && uds_nrc_silent_if_functional(nrc)) {
		uds_st.nrc_suppressed++;
		return;
	}
	uds_st.negative++;
	const uint8_t neg[3] = {UDS_NEG_RESPONSE, sid, nrc};
	uds_respond(neg, 3U);
}

static void uds_tp_rx(void *user, const uint8_t *data, uint16_t len, bool functional, int32_t result)
{
	(void)user;
	if (result != ISOTP_N_OK) {
		uds_st.tp_errors++;
		return;
	}
	uds_handle(data, len, functional);
}

static void uds_tp_tx(void *user, int32_t result)
{
	(void)user;
	if (result != ISOTP_N_OK) {
		uds_st.tp_errors++;
	}
	uds_s3_start_us = uds_now_us; /* S3 runs from the end of the response */
	uds_do_reset();
}

int32_t uds_init(const uds_config_t *cfg, uint32_t seed)
{
	uds_cfg = NULL;
	if ((cfg == NULL) || (cfg->tx == NULL) || (cfg->routine_count > UDS_MAX_ROUTINES) ||
	    ((cfg->dids == NULL) && (cfg->did_count > 0U)) || ((cfg->routines == NULL) && (cfg->routine_count > 0U))) {
		return UDS_E_PARAM;
	}
	(void)memset(&uds_tp_cfg, 0, sizeof uds_tp_cfg);
	uds_tp_cfg.rx_id = cfg->phys_rx_id;
	uds_tp_cfg.tx_id = cfg->tx_id;
	uds_tp_cfg.func_id = cfg->func_rx_id;
	uds_tp_cfg.tx = cfg->tx;
	uds_tp_cfg.block_size = cfg->block_size;
	uds_tp_cfg.st_min = cfg->st_min;
	uds_tp_cfg.padding = ISOTP_PAD_DEFAULT;
	uds_tp_cfg.rx_indication = uds_tp_rx;
	uds_tp_cfg.tx_confirmation = uds_tp_tx;
	if (isotp_init(&uds_tp, &uds_tp_cfg) != ISOTP_N_OK) {
		return UDS_E_PARAM;
	}
	uds_cfg = cfg;
	uds_sess = UDS_SESSION_DEFAULT;
	uds_sec_level = 0U;
	uds_now_us = 0U;
	uds_s3_start_us = 0U;
	uds_prng = (seed == 0U) ? 0x6D2B79F5U : seed;
	uds_seed = 0U;
	uds_seed_level = 0U;
	uds_sec_failures = 0U;
	uds_sec_delay_until_us = 0U;
	uds_reset_pending = 0U;
	(void)memset(uds_rt_state, 0, sizeof uds_rt_state);
	(void)memset(&uds_st, 0, sizeof uds_st);
	flash_init();
	return UDS_OK;
}

bool uds_rx(uint32_t id, const uint8_t *data, uint8_t len)
{
	if (uds_cfg == NULL) {
		return false;
	}
	return isotp_rx(&uds_tp, id, data, len);
}

void uds_main(uint64_t now_us)
{
	if (uds_cfg == NULL) {
		return;
	}
	uds_now_us = now_us;
	isotp_main(&uds_tp, now_us);
	uint32_t s3 = (uds_cfg->s3_us == 0U) ? UDS_S3_DEFAULT_US : uds_cfg->s3_us;
	if ((uds_sess != UDS_SESSION_DEFAULT) && !isotp_tx_busy(&uds_tp) && !isotp_rx_busy(&uds_tp) &&
	    (now_us - uds_s3_start_us >= s3)) {
		uds_st.s3_timeouts++;
		uds_enter_session(UDS_SESSION_DEFAULT);
	}
}

uint8_t uds_session(void)
{
	return uds_sess;
}

uint8_t uds_security_level(void)
{
	return uds_sec_level;
}

const uds_stats_t *uds_stats(void)
{
	return &uds_st;
}

const uds_config_t *uds_config(void)
{
	return uds_cfg;
}

const isotp_stats_t *uds_isotp_stats(void)
{
	return isotp_stats(&uds_tp);
}

bool uds_vin_valid(const uint8_t *vin, uint16_t len)
{
	bool valid = true;
	for (uint16_t i = 0U; valid && (i < len); i++) {
		uint8_t c = vin[i];
		bool digit = (c >= (uint8_t)'0') && (c <= (uint8_t)'9');
		bool letter = (c >= (uint8_t)'A') && (c <= (uint8_t)'Z') && (c != (uint8_t)'I') && (c != (uint8_t)'O') &&
		              (c != (uint8_t)'Q');
		valid = digit || letter;
	}
	return valid;
}
