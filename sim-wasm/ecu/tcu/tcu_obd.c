/* tcu_obd: see tcu_obd.h. */
#include "tcu_obd.h"

#include <string.h>

#define TCU_OBD_POS 0x40U
#define TCU_OBD_NEG 0x7FU
#define TCU_OBD_NRC_SNS 0x11U    /* serviceNotSupported */
#define TCU_OBD_NRC_IMLOIF 0x13U /* incorrectMessageLengthOrInvalidFormat */
#define TCU_OBD_NRC_ROOR 0x31U   /* requestOutOfRange: no requested PID supported */
#define TCU_OBD_DTC_CDTC 0x08U
#define TCU_OBD_DTC_PDTC 0x04U
#define TCU_OBD_DTC_WIR 0x80U
#define TCU_OBD_MIL 0x80U

/* Fills a PID's data bytes; false while its source is missing (the PID is left out). */
typedef bool (*tcu_obd_pid_fn)(const tcu_obd_data_t *d, uint8_t *out);

typedef struct {
	uint8_t pid;
	uint8_t len;
	tcu_obd_pid_fn fill;
} tcu_obd_pid_t;

static bool tcu_pid_monitor(const tcu_obd_data_t *d, uint8_t *out)
{
	/* A: MIL and number of confirmed emission DTCs; B..D: no readiness monitors on an electric drive */
	uint8_t n = tcu_obd_dtc_count(d->dtcs, TCU_OBD_DTC_CDTC);
	bool mil = dtclist_count(d->dtcs, TCU_OBD_DTC_WIR) > 0U;
	out[0] = (uint8_t)(((n > 0x7FU) ? 0x7FU : n) | (mil ? TCU_OBD_MIL : 0U));
	out[1] = 0U;
	out[2] = 0U;
	out[3] = 0U;
	return true;
}

static bool tcu_pid_coolant(const tcu_obd_data_t *d, uint8_t *out)
{
	/* no coolant on an EV: the motor winding temperature, same A - 40 encoding */
	out[0] = d->motor_temp_raw;
	return d->temp_valid;
}

static bool tcu_pid_rpm(const tcu_obd_data_t *d, uint8_t *out)
{
	int32_t rpm = d->motor_rpm;
	uint32_t q = (uint32_t)((rpm < 0) ? -rpm : rpm) * 4U; /* (256 A + B) / 4 rpm */
	q = (q > 0xFFFFU) ? 0xFFFFU : q;
	out[0] = (uint8_t)(q >> 8);
	out[1] = (uint8_t)(q & 0xFFU);
	return d->motor_valid;
}

static bool tcu_pid_speed(const tcu_obd_data_t *d, uint8_t *out)
{
	uint32_t kmh = ((uint32_t)d->speed + 50U) / 100U;
	out[0] = (uint8_t)((kmh > 255U) ? 255U : kmh);
	return d->speed_valid;
}

static bool tcu_pid_soc(const tcu_obd_data_t *d, uint8_t *out)
{
	/* 100/255 % per bit (PIDs 0x2F and 0x5B): raw 0.5 % -> A = raw * 255 / 200, rounded */
	uint32_t raw = (d->soc_raw > 200U) ? 200U : d->soc_raw;
	out[0] = (uint8_t)((raw * 255U + 100U) / 200U);
	return d->batt_valid && (d->soc_raw <= 200U);
}

static bool tcu_pid_voltage(const tcu_obd_data_t *d, uint8_t *out)
{
	uint32_t mv = (uint32_t)d->aux_raw * 100U; /* (256 A + B) mV */
	out[0] = (uint8_t)(mv >> 8);
	out[1] = (uint8_t)(mv & 0xFFU);
	return d->batt_valid;
}

/* Mode 01 data PIDs, ascending; the support maps 0x00/0x20/0x40... are derived from this table. */
static const tcu_obd_pid_t tcu_mode01[] = {
	{0x01U, 4U, tcu_pid_monitor}, {0x05U, 1U, tcu_pid_coolant}, {0x0CU, 2U, tcu_pid_rpm},
	{0x0DU, 1U, tcu_pid_speed},   {0x2FU, 1U, tcu_pid_soc},     {0x42U, 2U, tcu_pid_voltage},
	{0x5BU, 1U, tcu_pid_soc},
};
#define TCU_MODE01_COUNT ((uint8_t)(sizeof tcu_mode01 / sizeof tcu_mode01[0]))

/* Mode 09 info types with the length of their data (after the "number of data items" byte). */
static const uint8_t tcu_mode09[] = {0x02U, 0x0AU};
#define TCU_MODE09_COUNT ((uint8_t)sizeof tcu_mode09)
/* ECU name (PID 0x0A): 4-character acronym padded with NUL, '-', 15-character name padded with NUL */
static const uint8_t tcu_ecu_name[TCU_OBD_ECU_NAME_LEN] = {'T', 'C', 'U', 0U, '-', 'T', 'e', 'l', 'e', 'm',
                                                           'a', 't', 'i', 'c', 's', 'G', 'W', 0U, 0U, 0U};

bool tcu_obd_is_request(uint8_t sid)
{
	return (sid >= TCU_OBD_SID_FIRST) && (sid <= TCU_OBD_SID_LAST);
}

/* Support bitmap of (base, base + 0x20]: bit 31 = base + 1 ... bit 0 = base + 0x20, which is set when any
 * supported PID lies beyond it (so the next map may be asked for). */
typedef uint8_t (*tcu_pid_at_fn)(uint8_t index);

static uint8_t tcu_mode01_pid_at(uint8_t index)
{
	return tcu_mode01[index].pid;
}

static uint8_t tcu_mode09_pid_at(uint8_t index)
{
	return tcu_mode09[index];
}

static uint32_t tcu_support_map(tcu_pid_at_fn pid_at, uint8_t count, uint8_t base)
{
	uint32_t map = 0U;
	for (uint8_t i = 0U; i < count; i++) {
		uint8_t pid = pid_at(i);
		if ((pid > base) && (pid <= (uint8_t)(base + 0x20U))) {
			map |= 1U << (32U - (uint32_t)(pid - base));
		} else if ((uint32_t)pid > (uint32_t)base + 0x20U) {
			map |= 1U;
		} else {
			/* below this map */
		}
	}
	return map;
}

static void tcu_put_map(uint8_t *p, uint32_t map)
{
	p[0] = (uint8_t)(map >> 24);
	p[1] = (uint8_t)(map >> 16);
	p[2] = (uint8_t)(map >> 8);
	p[3] = (uint8_t)(map & 0xFFU);
}

/* A support-map PID is itself supported when it is 0x00 or the previous map announces it. */
static bool tcu_map_pid_supported(tcu_pid_at_fn pid_at, uint8_t count, uint8_t pid)
{
	return (pid == 0U) || ((tcu_support_map(pid_at, count, (uint8_t)(pid - 0x20U)) & 1U) != 0U);
}

static uint16_t tcu_nrc(bool functional, uint8_t sid, uint8_t nrc, uint8_t *resp)
{
	if (functional) {
		return 0U;
	}
	resp[0] = TCU_OBD_NEG;
	resp[1] = sid;
	resp[2] = nrc;
	return 3U;
}

static uint16_t tcu_mode01_handle(const tcu_obd_data_t *d, const uint8_t *req, uint16_t len, bool functional,
                                  uint8_t *resp, uint16_t max)
{
	if ((len < 2U) || (len > (1U + TCU_OBD_MAX_PIDS))) {
		return tcu_nrc(functional, req[0], TCU_OBD_NRC_IMLOIF, resp);
	}
	uint16_t pos = 1U;
	for (uint16_t i = 1U; i < len; i++) {
		uint8_t pid = req[i];
		if ((pid & 0x1FU) == 0U) {
			if (tcu_map_pid_supported(tcu_mode01_pid_at, TCU_MODE01_COUNT, pid) &&
			    ((uint16_t)(pos + 5U) <= max)) {
				resp[pos] = pid;
				tcu_put_map(&resp[pos + 1U], tcu_support_map(tcu_mode01_pid_at, TCU_MODE01_COUNT, pid));
				pos = (uint16_t)(pos + 5U);
			} else {
				/* map not supported */
			}
			continue;
		}
		for (uint8_t k = 0U; k < TCU_MODE01_COUNT; k++) {
			const tcu_obd_pid_t *p = &tcu_mode01[k];
			if ((p->pid == pid) && ((uint16_t)(pos + 1U + p->len) <= max) && p->fill(d, &resp[pos + 1U])) {
				resp[pos] = pid;
				pos = (uint16_t)(pos + 1U + p->len);
			} else {
				/* other PID, or its data is missing */
			}
		}
	}
	if (pos == 1U) {
		return tcu_nrc(functional, req[0], TCU_OBD_NRC_ROOR, resp);
	}
	resp[0] = (uint8_t)(req[0] + TCU_OBD_POS);
	return pos;
}

uint8_t tcu_obd_dtc_count(const dtclist_t *l, uint8_t mask)
{
	uint8_t n = 0U;
	for (uint8_t i = 0U; i < l->count; i++) {
		uint16_t code = (uint16_t)(l->entry[i].dtc >> 8);
		bool dup = false;
		for (uint8_t j = 0U; j < i; j++) {
			dup = dup || (((l->entry[j].status & mask) != 0U) && ((uint16_t)(l->entry[j].dtc >> 8) == code));
		}
		n = (uint8_t)(n + ((((l->entry[i].status & mask) != 0U) && !dup) ? 1U : 0U));
	}
	return n;
}

static uint16_t tcu_dtc_mode_handle(const tcu_obd_data_t *d, uint8_t sid, uint8_t mask, uint8_t *resp, uint16_t max)
{
	/* 4x N then two bytes per DTC (the J2012 code; the failure type byte is UDS only) */
	const dtclist_t *l = d->dtcs;
	uint16_t pos = 2U;
	uint8_t n = 0U;
	for (uint8_t i = 0U; (l != NULL) && (i < l->count); i++) {
		uint16_t code = (uint16_t)(l->entry[i].dtc >> 8);
		bool dup = false;
		for (uint16_t j = 2U; j < pos; j = (uint16_t)(j + 2U)) {
			dup = dup || ((((uint16_t)resp[j] << 8) | resp[j + 1U]) == code);
		}
		if (((l->entry[i].status & mask) != 0U) && !dup && ((uint16_t)(pos + 2U) <= max)) {
			resp[pos] = (uint8_t)(code >> 8);
			resp[pos + 1U] = (uint8_t)(code & 0xFFU);
			pos = (uint16_t)(pos + 2U);
			n++;
		} else {
			/* not in this mode, already listed, or no room */
		}
	}
	resp[0] = (uint8_t)(sid + TCU_OBD_POS);
	resp[1] = n;
	return pos;
}

static uint16_t tcu_mode09_handle(const tcu_obd_data_t *d, const uint8_t *req, uint16_t len, bool functional,
                                  uint8_t *resp, uint16_t max)
{
	if (len != 2U) {
		/* one info type per request on CAN */
		return tcu_nrc(functional, req[0], TCU_OBD_NRC_IMLOIF, resp);
	}
	uint8_t pid = req[1];
	resp[0] = (uint8_t)(req[0] + TCU_OBD_POS);
	resp[1] = pid;
	if ((pid == 0x00U) && (max >= 6U)) {
		tcu_put_map(&resp[2], tcu_support_map(tcu_mode09_pid_at, TCU_MODE09_COUNT, 0U));
		return 6U;
	} else if ((pid == 0x02U) && (max >= (3U + TCU_OBD_VIN_LEN))) {
		resp[2] = 1U; /* number of data items */
		(void)memcpy(&resp[3], d->vin, TCU_OBD_VIN_LEN);
		return (uint16_t)(3U + TCU_OBD_VIN_LEN);
	} else if ((pid == 0x0AU) && (max >= (3U + TCU_OBD_ECU_NAME_LEN))) {
		resp[2] = 1U;
		(void)memcpy(&resp[3], tcu_ecu_name, TCU_OBD_ECU_NAME_LEN);
		return (uint16_t)(3U + TCU_OBD_ECU_NAME_LEN);
	} else {
		return tcu_nrc(functional, req[0], TCU_OBD_NRC_ROOR, resp);
	}
}

uint16_t tcu_obd_handle(const tcu_obd_data_t *d, const uint8_t *req, uint16_t len, bool functional, uint8_t *resp,
                        uint16_t max, bool *clear)
{
	*clear = false;
	if ((len == 0U) || (max < 8U)) {
		return 0U;
	}
	uint8_t sid = req[0];
	switch (sid) {
	case 0x01U:
		return tcu_mode01_handle(d, req, len, functional, resp, max);
	case 0x03U:
	case 0x07U:
	case 0x0AU:
		if (len != 1U) {
			return tcu_nrc(functional, sid, TCU_OBD_NRC_IMLOIF, resp);
		}
		if (sid == 0x0AU) {
			/* permanent DTCs need a drive-cycle monitor this simulation does not have: never any */
			resp[0] = (uint8_t)(sid + TCU_OBD_POS);
			resp[1] = 0U;
			return 2U;
		}
		return tcu_dtc_mode_handle(d, sid, (sid == 0x03U) ? TCU_OBD_DTC_CDTC : TCU_OBD_DTC_PDTC, resp, max);
	case 0x04U:
		if (len != 1U) {
			return tcu_nrc(functional, sid, TCU_OBD_NRC_IMLOIF, resp);
		}
		*clear = true;
		resp[0] = (uint8_t)(sid + TCU_OBD_POS);
		return 1U;
	case 0x09U:
		return tcu_mode09_handle(d, req, len, functional, resp, max);
	default:
		/* modes 02 (freeze frame), 05, 06, 08 */
		return tcu_nrc(functional, sid, TCU_OBD_NRC_SNS, resp);
	}
}
