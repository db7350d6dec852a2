/* dem: see dem.h and docs/dtc.md. One static instance: one event memory per ECU image. */
#include "dem.h"

#include <stddef.h>
#include <string.h>

#include "text.h"

/* ---- NVM block layout (all multi-byte fields big-endian) ----
 *  0  'D' 'M'           magic
 *  2  DEM_NVM_VERSION
 *  3  event count
 *  4  record size (u16)
 *  6  0, 0              reserved
 *  8  config fingerprint (u32): CRC-32 of the DTC numbers and the freeze frame layout, so a block written
 *                       by a firmware with another event table is not read into the wrong events
 * 12  records, one per event: status, occurrence, failed cycles, aging, healing, ff valid, ff bytes
 *  .  CRC-32 (u32) of everything before it
 */
#define DEM_NVM_VERSION  1U
#define DEM_NVM_HEADER   12U
#define DEM_NVM_REC_HEAD 6U
#define DEM_NVM_CRC_LEN  4U
#define DEM_NVM_MAX      (DEM_NVM_HEADER + (DEM_MAX_EVENTS * (DEM_NVM_REC_HEAD + DEM_FF_MAX_BYTES)) + DEM_NVM_CRC_LEN)

#define DEM_US_PER_MS 1000U
#define DEM_DTC_MAX   0xFFFFFFU

/* Persistent part of an event's memory. */
typedef struct {
	uint8_t status;
	uint8_t occurrence;
	uint8_t failed_cycles; /* cycles with a failure since pending last cleared: confirmation */
	uint8_t aging;         /* passed cycles since the last failure of a confirmed DTC */
	uint8_t healing;       /* passed cycles while the warning indicator is on */
	uint8_t ff_valid;
	uint8_t ff[DEM_FF_MAX_BYTES];
} dem_entry_t;

enum { DEM_TIME_IDLE = 0U, DEM_TIME_TO_FAIL, DEM_TIME_TO_PASS };
enum { DEM_QUAL_NONE = 0U, DEM_QUAL_FAILED, DEM_QUAL_PASSED };

/* Debounce state: not persistent, restarts with each operation cycle. */
typedef struct {
	int16_t counter;
	uint8_t time_dir;
	uint8_t qualified;
	uint64_t since_us;
} dem_deb_t;

static const dem_config_t *dem_cfg;
static dem_entry_t dem_mem[DEM_MAX_EVENTS];
static dem_deb_t dem_deb[DEM_MAX_EVENTS];
static dem_stats_t dem_st;
static bool dem_cycle_active;
static bool dem_dirty;
static bool dem_written_once;
static uint64_t dem_now_us;
static uint64_t dem_last_write_us;
static uint8_t dem_ff_len; /* freeze frame bytes of the configured layout */
static uint8_t dem_nvm_buf[DEM_NVM_MAX];
static char dem_err[64];

/* ---- helpers ---- */

static uint32_t dem_crc32_update(uint32_t crc, const uint8_t *data, size_t len)
{
	for (size_t i = 0U; i < len; i++) {
		crc ^= data[i];
		for (unsigned b = 0U; b < 8U; b++) {
			crc = ((crc & 1U) != 0U) ? ((crc >> 1) ^ 0xEDB88320U) : (crc >> 1);
		}
	}
	return crc;
}

static void dem_put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

static uint32_t dem_get32(const uint8_t *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static void dem_set_error(const char *prefix, uint16_t index, const char *suffix)
{
	(void)text_indexed(dem_err, sizeof dem_err, prefix, index, suffix); /* 0xFFFF = TEXT_NO_INDEX */
}

static uint8_t dem_or_default(uint8_t v, uint8_t def)
{
	return (v == 0U) ? def : v;
}

static bool dem_valid_event(uint16_t ev)
{
	if ((dem_cfg == NULL) || (ev >= dem_cfg->event_count)) {
		dem_st.bad_calls++;
		return false;
	}
	return true;
}

/* The single place a status byte changes: marks the block dirty and tells the ECU. */
static void dem_set_status(uint16_t ev, uint8_t status)
{
	dem_entry_t *e = &dem_mem[ev];
	uint8_t old = e->status;
	if (old == status) {
		return;
	}
	e->status = status;
	dem_dirty = true;
	uint8_t mask = (dem_cfg->notify_mask == 0U) ? (uint8_t)DEM_NOTIFY_DEFAULT : dem_cfg->notify_mask;
	if ((((uint8_t)(old ^ status) & mask) != 0U) && (dem_cfg->status_changed != NULL)) {
		dem_cfg->status_changed(ev, dem_cfg->events[ev].dtc, old, status, e->occurrence);
	}
}

static void dem_capture_ff(dem_entry_t *e)
{
	uint8_t off = 0U;
	for (uint8_t i = 0U; i < dem_cfg->ff_did_count; i++) {
		const dem_ff_did_t *d = &dem_cfg->ff_dids[i];
		if (dem_cfg->read_did(d->did, &e->ff[off], d->len) != (int32_t)d->len) {
			(void)memset(&e->ff[off], 0xFF, d->len);
			dem_st.ff_read_errors++;
		}
		off = (uint8_t)(off + d->len);
	}
	e->ff_valid = 1U;
	dem_st.ff_captured++;
}

static void dem_qualify_failed(uint16_t ev)
{
	const dem_event_cfg_t *c = &dem_cfg->events[ev];
	dem_entry_t *e = &dem_mem[ev];
	uint8_t old = e->status;
	uint8_t s = (uint8_t)((old | DEM_TF | DEM_TFTOC | DEM_PDTC | DEM_TFSLC) & (uint8_t)~(DEM_TNCTOC | DEM_TNCSLC));
	dem_st.qualified_failed++;
	if ((old & DEM_TF) == 0U) {
		if (e->occurrence < 0xFFU) {
			e->occurrence++;
		} else {
			dem_st.occurrence_saturated++;
		}
		/* the snapshot shows the first failure since clear or aging, not the latest */
		if ((e->ff_valid == 0U) && (dem_cfg->ff_did_count > 0U)) {
			dem_capture_ff(e);
		}
		dem_dirty = true;
	}
	if ((old & DEM_TFTOC) == 0U) {
		if (e->failed_cycles < 0xFFU) {
			e->failed_cycles++;
		}
		dem_dirty = true;
	}
	if (e->failed_cycles >= dem_or_default(c->confirm_cycles, DEM_DEFAULT_CONFIRM_CYCLES)) {
		s |= DEM_CDTC;
		if (c->wir != 0U) {
			s |= DEM_WIR;
		}
	}
	e->aging = 0U;
	e->healing = 0U;
	dem_set_status(ev, s);
}

static void dem_qualify_passed(uint16_t ev)
{
	uint8_t old = dem_mem[ev].status;
	dem_st.qualified_passed++;
	dem_set_status(ev, (uint8_t)(old & (uint8_t)~(DEM_TF | DEM_TNCTOC | DEM_TNCSLC)));
}

static void dem_reset_debounce(uint16_t ev)
{
	(void)memset(&dem_deb[ev], 0, sizeof dem_deb[ev]);
}

static void dem_debounce_counter(uint16_t ev, dem_event_result_t r)
{
	const dem_debounce_cfg_t *c = &dem_cfg->events[ev].debounce;
	dem_deb_t *d = &dem_deb[ev];
	int32_t v = d->counter;
	if (r == DEM_EVENT_PREFAILED) {
		if ((c->jump_up != 0U) && (v < 0)) {
			v = 0;
		}
		v += (int32_t)c->inc_step;
		if (v >= c->fail_threshold) {
			d->counter = c->fail_threshold;
			dem_qualify_failed(ev);
			return;
		}
	} else {
		if ((c->jump_down != 0U) && (v > 0)) {
			v = 0;
		}
		v -= (int32_t)c->dec_step;
		if (v <= c->pass_threshold) {
			d->counter = c->pass_threshold;
			dem_qualify_passed(ev);
			return;
		}
	}
	d->counter = (int16_t)v;
}

static void dem_debounce_time(uint16_t ev, dem_event_result_t r)
{
	dem_deb_t *d = &dem_deb[ev];
	uint8_t dir = (r == DEM_EVENT_PREFAILED) ? DEM_TIME_TO_FAIL : DEM_TIME_TO_PASS;
	uint8_t already = (r == DEM_EVENT_PREFAILED) ? DEM_QUAL_FAILED : DEM_QUAL_PASSED;
	if (d->qualified == already) {
		d->time_dir = DEM_TIME_IDLE; /* back where it was qualified: a timer the other way is cancelled */
	} else if (d->time_dir != dir) {
		d->time_dir = dir;
		d->since_us = dem_now_us;
	} else {
	}
}

static void dem_load_clean(void)
{
	for (uint16_t i = 0U; i < DEM_MAX_EVENTS; i++) {
		(void)memset(&dem_mem[i], 0, sizeof dem_mem[i]);
		dem_mem[i].status = DEM_STATUS_AFTER_CLEAR;
	}
	dem_dirty = true;
}

static uint32_t dem_fingerprint(void)
{
	uint8_t b[4];
	uint32_t crc = 0xFFFFFFFFU;
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		dem_put32(b, dem_cfg->events[i].dtc);
		crc = dem_crc32_update(crc, b, sizeof b);
	}
	for (uint8_t i = 0U; i < dem_cfg->ff_did_count; i++) {
		b[0] = (uint8_t)(dem_cfg->ff_dids[i].did >> 8);
		b[1] = (uint8_t)dem_cfg->ff_dids[i].did;
		b[2] = dem_cfg->ff_dids[i].len;
		crc = dem_crc32_update(crc, b, 3U);
	}
	return crc ^ 0xFFFFFFFFU;
}

static uint32_t dem_block_len(void)
{
	return DEM_NVM_HEADER + ((uint32_t)dem_cfg->event_count * (DEM_NVM_REC_HEAD + (uint32_t)dem_ff_len)) +
	       DEM_NVM_CRC_LEN;
}

static void dem_nvm_load(void)
{
	dem_load_clean();
	if (dem_cfg->nvm == NULL) {
		return;
	}
	int32_t n = dem_cfg->nvm->read(dem_cfg->nvm_block, dem_nvm_buf, (uint32_t)sizeof dem_nvm_buf);
	if (n <= 0) {
		dem_st.nvm_empty++;
		return;
	}
	const uint8_t *b = dem_nvm_buf;
	if (((uint32_t)n < DEM_NVM_HEADER + DEM_NVM_CRC_LEN) || (b[0] != (uint8_t)'D') || (b[1] != (uint8_t)'M') ||
	    (b[2] != DEM_NVM_VERSION)) {
		dem_st.nvm_corrupt++;
		return;
	}
	uint32_t rec = ((uint32_t)b[4] << 8) | b[5];
	uint32_t stored_len = DEM_NVM_HEADER + ((uint32_t)b[3] * rec) + DEM_NVM_CRC_LEN;
	if ((stored_len > (uint32_t)n) ||
	    (dem_crc32_update(0xFFFFFFFFU, b, stored_len - DEM_NVM_CRC_LEN) ^ 0xFFFFFFFFU) !=
	        dem_get32(&b[stored_len - DEM_NVM_CRC_LEN])) {
		dem_st.nvm_corrupt++;
		return;
	}
	if ((b[3] != dem_cfg->event_count) || (rec != DEM_NVM_REC_HEAD + (uint32_t)dem_ff_len) ||
	    (dem_get32(&b[8]) != dem_fingerprint())) {
		dem_st.nvm_mismatch++;
		return;
	}
	const uint8_t *p = &b[DEM_NVM_HEADER];
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		dem_entry_t *e = &dem_mem[i];
		e->status = p[0];
		e->occurrence = p[1];
		e->failed_cycles = p[2];
		e->aging = p[3];
		e->healing = p[4];
		e->ff_valid = (p[5] != 0U) ? 1U : 0U;
		(void)memcpy(e->ff, &p[DEM_NVM_REC_HEAD], dem_ff_len);
		p += rec;
	}
	dem_st.nvm_loaded++;
	dem_dirty = false;
}

static void dem_nvm_store(void)
{
	uint8_t *b = dem_nvm_buf;
	uint32_t rec = DEM_NVM_REC_HEAD + (uint32_t)dem_ff_len;
	b[0] = (uint8_t)'D';
	b[1] = (uint8_t)'M';
	b[2] = DEM_NVM_VERSION;
	b[3] = (uint8_t)dem_cfg->event_count;
	b[4] = (uint8_t)(rec >> 8);
	b[5] = (uint8_t)rec;
	b[6] = 0U;
	b[7] = 0U;
	dem_put32(&b[8], dem_fingerprint());
	uint8_t *p = &b[DEM_NVM_HEADER];
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		const dem_entry_t *e = &dem_mem[i];
		p[0] = e->status;
		p[1] = e->occurrence;
		p[2] = e->failed_cycles;
		p[3] = e->aging;
		p[4] = e->healing;
		p[5] = e->ff_valid;
		(void)memcpy(&p[DEM_NVM_REC_HEAD], e->ff, dem_ff_len);
		p += rec;
	}
	uint32_t len = dem_block_len();
	dem_put32(&b[len - DEM_NVM_CRC_LEN], dem_crc32_update(0xFFFFFFFFU, b, len - DEM_NVM_CRC_LEN) ^ 0xFFFFFFFFU);
	dem_st.nvm_writes++;
	if (dem_cfg->nvm->write(dem_cfg->nvm_block, b, len) != (int32_t)len) {
		/* stays dirty: the next flush or dem_main tries again */
		dem_st.nvm_write_errors++;
	} else {
		dem_dirty = false;
	}
	dem_written_once = true;
	dem_last_write_us = dem_now_us;
}

/* ---- configuration ---- */

static bool dem_check_debounce(uint16_t i, const dem_debounce_cfg_t *d)
{
	switch (d->kind) {
	case DEM_DEBOUNCE_NONE:
		return true;
	case DEM_DEBOUNCE_COUNTER:
		if ((d->fail_threshold <= 0) || (d->pass_threshold >= 0) || (d->inc_step == 0U) || (d->dec_step == 0U)) {
			dem_set_error("events", i, ".debounce: counter needs fail_threshold > 0 > pass_threshold, steps > 0");
			return false;
		}
		return true;
	case DEM_DEBOUNCE_TIME:
		if ((d->fail_ms == 0U) || (d->pass_ms == 0U)) {
			dem_set_error("events", i, ".debounce: time needs fail_ms > 0 and pass_ms > 0");
			return false;
		}
		return true;
	default:
		dem_set_error("events", i, ".debounce.kind: unknown");
		return false;
	}
}

static bool dem_check_config(const dem_config_t *cfg)
{
	if (cfg == NULL) {
		dem_set_error("config: NULL", 0xFFFFU, "");
		return false;
	}
	if ((cfg->events == NULL) || (cfg->event_count == 0U) || (cfg->event_count > DEM_MAX_EVENTS)) {
		dem_set_error("event_count: must be 1..DEM_MAX_EVENTS with a table", 0xFFFFU, "");
		return false;
	}
	for (uint16_t i = 0U; i < cfg->event_count; i++) {
		uint32_t dtc = cfg->events[i].dtc;
		if ((dtc == 0U) || (dtc >= DEM_DTC_MAX)) {
			dem_set_error("events", i, ".dtc: 0, above 24 bits or the all-groups value 0xFFFFFF");
			return false;
		}
		for (uint16_t j = 0U; j < i; j++) {
			if (cfg->events[j].dtc == dtc) {
				dem_set_error("events", i, ".dtc: duplicate of an earlier event");
				return false;
			}
		}
		if (!dem_check_debounce(i, &cfg->events[i].debounce)) {
			return false;
		}
	}
	if (cfg->ff_did_count > DEM_FF_MAX_DIDS) {
		dem_set_error("ff_did_count: above DEM_FF_MAX_DIDS", 0xFFFFU, "");
		return false;
	}
	if (cfg->ff_did_count > 0U) {
		if ((cfg->ff_dids == NULL) || (cfg->read_did == NULL)) {
			dem_set_error("ff_dids/read_did: NULL with ff_did_count > 0", 0xFFFFU, "");
			return false;
		}
		uint32_t total = 0U;
		for (uint8_t i = 0U; i < cfg->ff_did_count; i++) {
			if (cfg->ff_dids[i].len == 0U) {
				dem_set_error("ff_dids", i, ".len: 0");
				return false;
			}
			total += cfg->ff_dids[i].len;
		}
		if (total > DEM_FF_MAX_BYTES) {
			dem_set_error("ff_dids: data longer than DEM_FF_MAX_BYTES", 0xFFFFU, "");
			return false;
		}
	}
	if ((cfg->nvm != NULL) && ((cfg->nvm->read == NULL) || (cfg->nvm->write == NULL))) {
		dem_set_error("nvm: read or write is NULL", 0xFFFFU, "");
		return false;
	}
	return true;
}

int32_t dem_init(const dem_config_t *cfg)
{
	dem_cfg = NULL;
	(void)memset(&dem_st, 0, sizeof dem_st);
	(void)memset(dem_deb, 0, sizeof dem_deb);
	dem_cycle_active = false;
	dem_written_once = false;
	dem_now_us = 0U;
	dem_last_write_us = 0U;
	if (!dem_check_config(cfg)) {
		return DEM_E_CONFIG;
	}
	dem_err[0] = '\0';
	dem_cfg = cfg;
	dem_ff_len = 0U;
	for (uint8_t i = 0U; i < cfg->ff_did_count; i++) {
		dem_ff_len = (uint8_t)(dem_ff_len + cfg->ff_dids[i].len);
	}
	dem_nvm_load();
	return DEM_OK;
}

const char *dem_config_error(void)
{
	return dem_err;
}

/* ---- operation cycles ---- */

void dem_operation_cycle_start(void)
{
	if (dem_cfg == NULL) {
		dem_st.bad_calls++;
		return;
	}
	if (dem_cycle_active) {
		dem_operation_cycle_end();
	}
	dem_cycle_active = true;
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		dem_reset_debounce(i);
		dem_set_status(i, (uint8_t)((dem_mem[i].status & (uint8_t)~DEM_TFTOC) | DEM_TNCTOC));
	}
}

void dem_operation_cycle_end(void)
{
	if ((dem_cfg == NULL) || !dem_cycle_active) {
		dem_st.bad_calls++;
		return;
	}
	dem_cycle_active = false;
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		const dem_event_cfg_t *c = &dem_cfg->events[i];
		dem_entry_t *e = &dem_mem[i];
		uint8_t s = e->status;
		if ((s & DEM_TFTOC) != 0U) {
			continue; /* failed this cycle: counters were already reset by the failure */
		}
		if ((s & DEM_TNCTOC) != 0U) {
			continue; /* not tested: a cycle without a result neither heals nor ages */
		}
		s = (uint8_t)(s & (uint8_t)~DEM_PDTC);
		if (e->failed_cycles != 0U) {
			e->failed_cycles = 0U;
			dem_dirty = true;
		}
		if ((s & DEM_WIR) != 0U) {
			e->healing++;
			dem_dirty = true;
			if (e->healing >= dem_or_default(c->healing_cycles, DEM_DEFAULT_HEALING_CYCLES)) {
				s = (uint8_t)(s & (uint8_t)~DEM_WIR);
				e->healing = 0U;
			}
		}
		uint8_t aging_limit = dem_or_default(c->aging_cycles, DEM_DEFAULT_AGING_CYCLES);
		if (((s & DEM_CDTC) != 0U) && (aging_limit != DEM_AGING_NEVER)) {
			e->aging++;
			dem_dirty = true;
			if (e->aging >= aging_limit) {
				/* aged: the memory entry goes, testFailedSinceLastClear stays until a clear */
				s = (uint8_t)(s & (uint8_t)~(DEM_CDTC | DEM_WIR));
				e->aging = 0U;
				e->healing = 0U;
				e->occurrence = 0U;
				e->ff_valid = 0U;
				dem_st.aged++;
			}
		}
		dem_set_status(i, s);
	}
	dem_nvm_flush();
}

bool dem_operation_cycle_active(void)
{
	return dem_cycle_active;
}

/* ---- reports and time ---- */

int32_t dem_set_event_status(uint16_t event_id, dem_event_result_t result)
{
	if (!dem_valid_event(event_id)) {
		return DEM_E_PARAM;
	}
	if (result > DEM_EVENT_PREFAILED) {
		dem_st.bad_calls++;
		return DEM_E_PARAM;
	}
	if (!dem_cycle_active) {
		dem_st.reports_no_cycle++;
		return DEM_E_STATE;
	}
	dem_deb_t *d = &dem_deb[event_id];
	uint8_t kind = dem_cfg->events[event_id].debounce.kind;
	if ((result == DEM_EVENT_FAILED) || (result == DEM_EVENT_PASSED) || (kind == DEM_DEBOUNCE_NONE)) {
		bool failed = (result == DEM_EVENT_FAILED) || (result == DEM_EVENT_PREFAILED);
		const dem_debounce_cfg_t *c = &dem_cfg->events[event_id].debounce;
		d->counter = failed ? c->fail_threshold : c->pass_threshold;
		d->time_dir = DEM_TIME_IDLE;
		d->qualified = failed ? DEM_QUAL_FAILED : DEM_QUAL_PASSED;
		if (failed) {
			dem_qualify_failed(event_id);
		} else {
			dem_qualify_passed(event_id);
		}
	} else if (kind == DEM_DEBOUNCE_COUNTER) {
		dem_debounce_counter(event_id, result);
	} else {
		dem_debounce_time(event_id, result);
	}
	return DEM_OK;
}

void dem_main(uint64_t now_us)
{
	if (dem_cfg == NULL) {
		return;
	}
	dem_now_us = now_us;
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		dem_deb_t *d = &dem_deb[i];
		const dem_debounce_cfg_t *c = &dem_cfg->events[i].debounce;
		if ((d->time_dir == DEM_TIME_IDLE) || !dem_cycle_active) {
			continue;
		}
		uint64_t held_us = now_us - d->since_us;
		if ((d->time_dir == DEM_TIME_TO_FAIL) && (held_us >= (uint64_t)c->fail_ms * DEM_US_PER_MS)) {
			d->time_dir = DEM_TIME_IDLE;
			d->qualified = DEM_QUAL_FAILED;
			dem_qualify_failed(i);
		} else if ((d->time_dir == DEM_TIME_TO_PASS) && (held_us >= (uint64_t)c->pass_ms * DEM_US_PER_MS)) {
			d->time_dir = DEM_TIME_IDLE;
			d->qualified = DEM_QUAL_PASSED;
			dem_qualify_passed(i);
		} else {
		}
	}
	if (dem_dirty && (dem_cfg->nvm != NULL) &&
	    (!dem_written_once || ((now_us - dem_last_write_us) >= (uint64_t)DEM_NVM_MIN_INTERVAL_MS * DEM_US_PER_MS))) {
		dem_nvm_store();
	}
}

void dem_nvm_flush(void)
{
	if ((dem_cfg != NULL) && (dem_cfg->nvm != NULL) && dem_dirty) {
		dem_nvm_store();
	}
}

/* ---- queries ---- */

uint8_t dem_event_status(uint16_t event_id)
{
	return dem_valid_event(event_id) ? dem_mem[event_id].status : 0U;
}

static int8_t dem_scale_fdc(int64_t part, int64_t whole, bool failing)
{
	if (whole <= 0) {
		return 0;
	}
	if (part > whole) {
		part = whole;
	}
	if (failing) {
		return (int8_t)((part * 127) / whole);
	}
	return (int8_t)(-((part * 128) / whole));
}

int8_t dem_event_fdc(uint16_t event_id)
{
	if (!dem_valid_event(event_id)) {
		return 0;
	}
	const dem_debounce_cfg_t *c = &dem_cfg->events[event_id].debounce;
	const dem_deb_t *d = &dem_deb[event_id];
	if (c->kind == DEM_DEBOUNCE_COUNTER) {
		return (d->counter >= 0) ? dem_scale_fdc(d->counter, c->fail_threshold, true)
		                         : dem_scale_fdc(-(int64_t)d->counter, -(int64_t)c->pass_threshold, false);
	}
	if ((c->kind == DEM_DEBOUNCE_TIME) && (d->time_dir != DEM_TIME_IDLE)) {
		int64_t held_ms = (int64_t)((dem_now_us - d->since_us) / DEM_US_PER_MS);
		return (d->time_dir == DEM_TIME_TO_FAIL) ? dem_scale_fdc(held_ms, (int64_t)c->fail_ms, true)
		                                         : dem_scale_fdc(held_ms, (int64_t)c->pass_ms, false);
	}
	if (d->qualified == DEM_QUAL_FAILED) {
		return 127;
	}
	return (d->qualified == DEM_QUAL_PASSED) ? (int8_t)-128 : (int8_t)0;
}

int32_t dem_event_of_dtc(uint32_t dtc)
{
	if (dem_cfg == NULL) {
		return -1;
	}
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		if (dem_cfg->events[i].dtc == dtc) {
			return (int32_t)i;
		}
	}
	return -1;
}

uint8_t dem_event_occurrence(uint16_t event_id)
{
	return dem_valid_event(event_id) ? dem_mem[event_id].occurrence : 0U;
}

/* ---- UDS interface ---- */

uint8_t dem_status_availability_mask(void)
{
	return DEM_STATUS_AVAILABILITY;
}

/* mask 0 selects every DTC: UDS 0x19 0x0A lists supported DTCs whatever their status */
static bool dem_matches(uint16_t ev, uint8_t mask)
{
	return (mask == 0U) || ((dem_mem[ev].status & mask & DEM_STATUS_AVAILABILITY) != 0U);
}

uint16_t dem_count(uint8_t mask)
{
	uint16_t n = 0U;
	if (dem_cfg == NULL) {
		return 0U;
	}
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		if (dem_matches(i, mask)) {
			n++;
		}
	}
	return n;
}

int32_t dem_dtc_status(uint32_t dtc)
{
	int32_t ev = dem_event_of_dtc(dtc);
	return (ev < 0) ? DEM_E_PARAM : (int32_t)dem_mem[ev].status;
}

bool dem_get(uint16_t index, uint8_t mask, uint32_t *dtc, uint8_t *status)
{
	if ((dem_cfg == NULL) || (dtc == NULL) || (status == NULL)) {
		dem_st.bad_calls++;
		return false;
	}
	uint16_t seen = 0U;
	for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
		if (!dem_matches(i, mask)) {
			continue;
		}
		if (seen == index) {
			*dtc = dem_cfg->events[i].dtc;
			*status = dem_mem[i].status;
			return true;
		}
		seen++;
	}
	return false;
}

int32_t dem_snapshot(uint32_t dtc, uint8_t record, uint8_t *dst, uint16_t max)
{
	int32_t ev = dem_event_of_dtc(dtc);
	if ((ev < 0) || (dst == NULL)) {
		dem_st.bad_calls++;
		return DEM_E_PARAM;
	}
	if ((record != 0x01U) && (record != 0xFFU)) {
		return DEM_E_RECORD;
	}
	const dem_entry_t *e = &dem_mem[ev];
	if ((e->ff_valid == 0U) || (dem_cfg->ff_did_count == 0U)) {
		return 0;
	}
	uint32_t need = 2U + (2U * (uint32_t)dem_cfg->ff_did_count) + (uint32_t)dem_ff_len;
	if (need > max) {
		return DEM_E_SPACE;
	}
	uint32_t n = 0U;
	uint8_t off = 0U;
	dst[n++] = 0x01U;
	dst[n++] = dem_cfg->ff_did_count;
	for (uint8_t i = 0U; i < dem_cfg->ff_did_count; i++) {
		const dem_ff_did_t *d = &dem_cfg->ff_dids[i];
		dst[n++] = (uint8_t)(d->did >> 8);
		dst[n++] = (uint8_t)d->did;
		(void)memcpy(&dst[n], &e->ff[off], d->len);
		n += d->len;
		off = (uint8_t)(off + d->len);
	}
	return (int32_t)n;
}

static void dem_clear_event(uint16_t ev)
{
	dem_entry_t *e = &dem_mem[ev];
	e->occurrence = 0U;
	e->failed_cycles = 0U;
	e->aging = 0U;
	e->healing = 0U;
	e->ff_valid = 0U;
	(void)memset(e->ff, 0, sizeof e->ff);
	dem_reset_debounce(ev);
	dem_dirty = true;
	dem_st.cleared++;
	dem_set_status(ev, DEM_STATUS_AFTER_CLEAR);
}

int32_t dem_clear(uint32_t group)
{
	if (dem_cfg == NULL) {
		dem_st.bad_calls++;
		return DEM_E_STATE;
	}
	if (group == DEM_GROUP_ALL) {
		for (uint16_t i = 0U; i < dem_cfg->event_count; i++) {
			dem_clear_event(i);
		}
	} else {
		int32_t ev = dem_event_of_dtc(group);
		if (ev < 0) {
			return DEM_E_GROUP;
		}
		dem_clear_event((uint16_t)ev);
	}
	dem_nvm_flush();
	return DEM_OK;
}

/* ---- SAE J2012 ---- */

static const char dem_sys_letter[4] = {'P', 'C', 'B', 'U'};
static const char dem_hex[16] = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};

void dem_dtc_to_j2012(uint32_t dtc, char out[6])
{
	out[0] = dem_sys_letter[(dtc >> 22) & 3U];
	out[1] = dem_hex[(dtc >> 20) & 3U];
	out[2] = dem_hex[(dtc >> 16) & 0xFU];
	out[3] = dem_hex[(dtc >> 12) & 0xFU];
	out[4] = dem_hex[(dtc >> 8) & 0xFU];
	out[5] = '\0';
}

static int32_t dem_hex_value(char c)
{
	if ((c >= '0') && (c <= '9')) {
		return c - '0';
	}
	if ((c >= 'A') && (c <= 'F')) {
		return (c - 'A') + 10;
	}
	if ((c >= 'a') && (c <= 'f')) {
		return (c - 'a') + 10;
	}
	return -1;
}

int32_t dem_j2012_to_dtc(const char *code, uint8_t ftb, uint32_t *dtc)
{
	if ((code == NULL) || (dtc == NULL)) {
		return DEM_E_PARAM;
	}
	uint32_t sys = 4U;
	for (uint32_t i = 0U; i < 4U; i++) {
		if ((code[0] == dem_sys_letter[i]) || (code[0] == (char)(dem_sys_letter[i] + ('a' - 'A')))) {
			sys = i;
		}
	}
	if (sys > 3U) {
		return DEM_E_PARAM;
	}
	uint32_t v = sys;
	for (uint32_t i = 1U; i < 5U; i++) {
		int32_t h = dem_hex_value(code[i]);
		/* the first digit has only two bits: J2012 codes go 0..3 there */
		if ((h < 0) || ((i == 1U) && (h > 3))) {
			return DEM_E_PARAM;
		}
		v = (v << ((i == 1U) ? 2U : 4U)) | (uint32_t)h;
	}
	if (code[5] != '\0') {
		return DEM_E_PARAM;
	}
	*dtc = (v << 8) | ftb;
	return DEM_OK;
}

const dem_stats_t *dem_stats(void)
{
	return &dem_st;
}
