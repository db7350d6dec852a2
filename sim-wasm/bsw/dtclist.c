/* dtclist: see dtclist.h. */
#include "dtclist.h"

#include <stddef.h>
#include <string.h>

void dtclist_clear(dtclist_t *l)
{
	(void)memset(l->entry, 0, (size_t)l->capacity * sizeof l->entry[0]);
	l->count = 0U;
	l->overflows = 0U;
	l->rejected = 0U;
}

static int32_t dtclist_find(const dtclist_t *l, uint8_t ecu_id, uint32_t dtc)
{
	for (uint8_t i = 0U; i < l->count; i++) {
		if ((l->entry[i].ecu_id == ecu_id) && (l->entry[i].dtc == dtc)) {
			return (int32_t)i;
		} else {
			/* next */
		}
	}
	return -1;
}

bool dtclist_update(dtclist_t *l, uint8_t ecu_id, uint32_t dtc, uint8_t status, uint8_t occurrence)
{
	if ((ecu_id > DTCLIST_MAX_ECU) || (dtc == 0U) || (dtc > 0xFFFFFFU)) {
		l->rejected++;
		return false;
	}
	int32_t found = dtclist_find(l, ecu_id, dtc);
	uint8_t end; /* entries [0, end) move down by one to free slot 0 */
	if ((status & DTCLIST_KEEP_MASK) == 0U) {
		if (found >= 0) {
			uint8_t i = (uint8_t)found;
			(void)memmove(&l->entry[i], &l->entry[i + 1U], (size_t)(l->count - i - 1U) * sizeof l->entry[0]);
			l->count--;
		} else {
			/* healed before we ever saw it failing */
		}
		return true;
	}
	if (found >= 0) {
		end = (uint8_t)found;
	} else if (l->count < l->capacity) {
		end = l->count;
		l->count++;
	} else {
		end = (uint8_t)(l->capacity - 1U);
		l->overflows++;
	}
	(void)memmove(&l->entry[1], &l->entry[0], (size_t)end * sizeof l->entry[0]);
	l->entry[0].dtc = dtc;
	l->entry[0].ecu_id = ecu_id;
	l->entry[0].status = status;
	l->entry[0].occurrence = occurrence;
	return true;
}

uint8_t dtclist_count(const dtclist_t *l, uint8_t mask)
{
	uint8_t n = 0U;
	for (uint8_t i = 0U; i < l->count; i++) {
		if ((mask == 0U) || ((l->entry[i].status & mask) != 0U)) {
			n++;
		} else {
			/* not counted */
		}
	}
	return n;
}

void dtclist_did_fill(const dtclist_t *l, uint8_t *dst, uint16_t len)
{
	if ((l == NULL) || (dst == NULL) || (len < 2U)) {
		return;
	}
	(void)memset(dst, 0, len);
	dst[0] = l->count;
	dst[1] = (uint8_t)((l->overflows > 255U) ? 255U : l->overflows);
	for (uint8_t i = 0U; (i < l->count) && ((2U + (6U * (uint32_t)i) + 6U) <= len); i++) {
		uint8_t *p = &dst[2U + (6U * i)];
		p[0] = l->entry[i].ecu_id;
		p[1] = (uint8_t)(l->entry[i].dtc >> 16);
		p[2] = (uint8_t)(l->entry[i].dtc >> 8);
		p[3] = (uint8_t)(l->entry[i].dtc & 0xFFU);
		p[4] = l->entry[i].status;
		p[5] = l->entry[i].occurrence;
	}
}
