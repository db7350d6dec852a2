// sources: bsw/dtclist.c
/*
 * dtclist: the merged DTC list of the ICU (16 entries) and the TCU (32 entries) — most recent first, one entry
 * per (ECU, DTC), healed DTCs leave, a full list drops its oldest entry and counts it, bad updates are counted.
 */
#include <string.h>

#include "dtclist.h"
#include "unit.h"

#define TF 0x01U   /* testFailed */
#define TFTOC 0x02U
#define PDTC 0x04U
#define CDTC 0x08U
#define TNCSLC 0x10U
#define TNCTOC 0x40U
#define WIR 0x80U
#define CLEARED 0x50U /* what a DEM reports right after a clear */

enum { ECU_CVC, ECU_FZC, ECU_RZC, ECU_SC, ECU_BCM, ECU_ICU, ECU_TCU };

DTCLIST_DEFINE(cluster, 16U);   /* the ICU's size */
DTCLIST_DEFINE(aggregate, 32U); /* the TCU's size */
DTCLIST_DEFINE(single, 1U);

/* the position of (ecu, dtc) in the list, or -1 */
static int position(const dtclist_t *l, uint8_t ecu, uint32_t dtc)
{
	for (unsigned i = 0U; i < l->count; i++) {
		if ((l->entry[i].ecu_id == ecu) && (l->entry[i].dtc == dtc)) {
			return (int)i;
		}
	}
	return -1;
}

static void test_defined_lists_start_empty_with_their_capacity(void)
{
	CHECK_EQ(cluster.capacity, 16U);
	CHECK_EQ(aggregate.capacity, 32U);
	CHECK_EQ(single.capacity, 1U);
	CHECK_EQ(cluster.count, 0U);
	CHECK_EQ(dtclist_count(&aggregate, 0U), 0U);
}

static void test_most_recent_first_and_no_duplicates(void)
{
	dtclist_clear(&cluster);
	CHECK(dtclist_update(&cluster, ECU_RZC, 0x0A1F00U, 0x2FU, 1U)); /* P0A1F confirmed */
	CHECK(dtclist_update(&cluster, ECU_FZC, 0x456100U, 0x27U, 1U)); /* C0561 pending */
	CHECK_EQ(cluster.count, 2U);
	CHECK_EQ(position(&cluster, ECU_FZC, 0x456100U), 0);
	CHECK_EQ(position(&cluster, ECU_RZC, 0x0A1F00U), 1);
	/* the same DTC with a new status: replaced in place of a new entry, and now the most recent */
	CHECK(dtclist_update(&cluster, ECU_RZC, 0x0A1F00U, 0x2EU, 3U));
	CHECK_EQ(cluster.count, 2U);
	CHECK_EQ(cluster.entry[0].ecu_id, ECU_RZC);
	CHECK_EQ(cluster.entry[0].dtc, 0x0A1F00U);
	CHECK_EQ(cluster.entry[0].status, 0x2EU);
	CHECK_EQ(cluster.entry[0].occurrence, 3U);
	CHECK_EQ(position(&cluster, ECU_FZC, 0x456100U), 1);
	/* the same DTC number from another ECU, and another failure type from the same ECU, are other entries */
	CHECK(dtclist_update(&cluster, ECU_CVC, 0x0A1F00U, 0x2FU, 1U));
	CHECK(dtclist_update(&cluster, ECU_RZC, 0x0A1F01U, 0x2FU, 1U));
	CHECK_EQ(cluster.count, 4U);
	CHECK_EQ(position(&cluster, ECU_RZC, 0x0A1F01U), 0);
	CHECK_EQ(position(&cluster, ECU_CVC, 0x0A1F00U), 1);
	CHECK_EQ(position(&cluster, ECU_RZC, 0x0A1F00U), 2);
	/* an update from the middle: only the entries above it move down, nothing is lost or doubled */
	CHECK(dtclist_update(&cluster, ECU_CVC, 0x0A1F00U, 0x2EU, 2U));
	CHECK_EQ(cluster.count, 4U);
	CHECK_EQ(position(&cluster, ECU_CVC, 0x0A1F00U), 0);
	CHECK_EQ(position(&cluster, ECU_RZC, 0x0A1F01U), 1);
	CHECK_EQ(position(&cluster, ECU_RZC, 0x0A1F00U), 2);
	CHECK_EQ(position(&cluster, ECU_FZC, 0x456100U), 3);
	CHECK_EQ(dtclist_count(&cluster, 0U), 4U);
	CHECK_EQ(cluster.overflows, 0U);
	CHECK_EQ(cluster.rejected, 0U);
}

static void test_a_status_without_keep_bits_removes_the_entry(void)
{
	dtclist_clear(&cluster);
	(void)dtclist_update(&cluster, ECU_CVC, 0x010100U, CDTC, 1U);
	(void)dtclist_update(&cluster, ECU_SC, 0xC12300U, WIR | CDTC | TF, 1U);
	(void)dtclist_update(&cluster, ECU_BCM, 0x910000U, PDTC, 1U);
	/* cleared: gone, and the others keep their order */
	CHECK(dtclist_update(&cluster, ECU_SC, 0xC12300U, CLEARED, 0U));
	CHECK_EQ(cluster.count, 2U);
	CHECK_EQ(position(&cluster, ECU_SC, 0xC12300U), -1);
	CHECK_EQ(position(&cluster, ECU_BCM, 0x910000U), 0);
	CHECK_EQ(position(&cluster, ECU_CVC, 0x010100U), 1);
	/* healed before it was ever seen failing: nothing to do, not an error */
	CHECK(dtclist_update(&cluster, ECU_FZC, 0x500100U, CLEARED, 0U));
	CHECK_EQ(cluster.count, 2U);
	CHECK_EQ(cluster.rejected, 0U);
	/* each keep bit alone keeps a DTC; each other bit alone does not */
	const uint8_t keep[4] = {TF, PDTC, CDTC, WIR};
	for (unsigned i = 0U; i < 4U; i++) {
		(void)dtclist_update(&cluster, ECU_RZC, 0x0A0000U + i, keep[i], 1U);
		CHECK(position(&cluster, ECU_RZC, 0x0A0000U + i) == 0);
	}
	const uint8_t drop[4] = {TFTOC, TNCSLC, 0x20U, TNCTOC};
	for (unsigned i = 0U; i < 4U; i++) {
		(void)dtclist_update(&cluster, ECU_RZC, 0x0A0000U + i, drop[i], 1U);
		CHECK(position(&cluster, ECU_RZC, 0x0A0000U + i) == -1);
	}
	CHECK_EQ(cluster.count, 2U);
	/* the last entry can go too */
	(void)dtclist_update(&cluster, ECU_CVC, 0x010100U, 0U, 0U);
	(void)dtclist_update(&cluster, ECU_BCM, 0x910000U, 0U, 0U);
	CHECK_EQ(cluster.count, 0U);
}

/* Fills l with n new DTCs of the CVC, oldest first: 0x010000, 0x010100, ... */
static void fill(dtclist_t *l, uint32_t n)
{
	for (uint32_t i = 0U; i < n; i++) {
		(void)dtclist_update(l, ECU_CVC, 0x010000U + (i << 8), CDTC | TF, 1U);
	}
}

static void test_full_list_drops_the_oldest_and_counts_it(void)
{
	/* 16 entries: the 17th pushes out the oldest */
	dtclist_clear(&cluster);
	(void)dtclist_update(&cluster, ECU_FZC, 0x456100U, 0x27U, 1U);
	fill(&cluster, 16U);
	CHECK_EQ(cluster.count, 16U);
	CHECK_EQ(cluster.overflows, 1U);
	CHECK_EQ(position(&cluster, ECU_FZC, 0x456100U), -1);
	CHECK_EQ(cluster.entry[0].dtc, 0x010F00U);  /* newest */
	CHECK_EQ(cluster.entry[15].dtc, 0x010000U); /* oldest still there */
	fill(&cluster, 1U); /* 0x010000 again: an update, not a new entry */
	CHECK_EQ(cluster.count, 16U);
	CHECK_EQ(cluster.overflows, 1U);
	CHECK_EQ(cluster.entry[0].dtc, 0x010000U);
	CHECK_EQ(cluster.entry[15].dtc, 0x010100U);
	/* 32 entries: the same rule at the other capacity */
	dtclist_clear(&aggregate);
	(void)dtclist_update(&aggregate, ECU_RZC, 0x0A1F00U, 0x2FU, 1U);
	(void)dtclist_update(&aggregate, ECU_SC, 0xC12387U, 0xAFU, 2U);
	(void)dtclist_update(&aggregate, ECU_CVC, 0x0A1F01U, 0x2FU, 1U);
	for (uint32_t i = 0U; i < 40U; i++) {
		(void)dtclist_update(&aggregate, ECU_BCM, 0x900000U + (i << 8), CDTC, 1U);
	}
	CHECK_EQ(aggregate.count, 32U);
	CHECK_EQ(aggregate.overflows, 3U + 40U - 32U);
	CHECK_EQ(aggregate.entry[0].dtc, 0x902700U);
	CHECK_EQ(aggregate.entry[31].dtc, 0x900800U);
	/* one list filling up leaves the other alone */
	CHECK_EQ(cluster.count, 16U);
	CHECK_EQ(cluster.overflows, 1U);
	/* a list of one keeps the latest */
	dtclist_clear(&single);
	fill(&single, 3U);
	CHECK_EQ(single.count, 1U);
	CHECK_EQ(single.overflows, 2U);
	CHECK_EQ(single.entry[0].dtc, 0x010200U);
}

static void test_out_of_range_updates_are_rejected_and_counted(void)
{
	dtclist_clear(&cluster);
	(void)dtclist_update(&cluster, ECU_RZC, 0x0A1F00U, 0x2FU, 1U);
	CHECK(!dtclist_update(&cluster, 7U, 0x0A1F00U, 0x2FU, 1U));   /* EcuId past the TCU */
	CHECK(!dtclist_update(&cluster, 255U, 0x0A1F01U, 0x2FU, 1U));
	CHECK(!dtclist_update(&cluster, ECU_CVC, 0U, 0x2FU, 1U));     /* no DTC */
	CHECK(!dtclist_update(&cluster, ECU_CVC, 0x1000000U, 0x2FU, 1U)); /* more than 3 bytes */
	CHECK(!dtclist_update(&cluster, 7U, 0x0A1F00U, CLEARED, 0U)); /* even a clear */
	CHECK_EQ(cluster.rejected, 5U);
	CHECK_EQ(cluster.count, 1U);
	CHECK_EQ(cluster.entry[0].ecu_id, ECU_RZC);
	/* the edges of the range are accepted */
	CHECK(dtclist_update(&cluster, ECU_TCU, 0xFFFFFFU, 0x2FU, 1U));
	CHECK(dtclist_update(&cluster, ECU_CVC, 0x000001U, 0x2FU, 1U));
	CHECK_EQ(cluster.count, 3U);
	CHECK_EQ(cluster.rejected, 5U);
}

static void test_count_by_status_mask(void)
{
	dtclist_clear(&aggregate);
	(void)dtclist_update(&aggregate, ECU_RZC, 0x0A1F00U, 0x2FU, 1U); /* confirmed */
	(void)dtclist_update(&aggregate, ECU_FZC, 0x456100U, 0x25U, 1U); /* pending only */
	(void)dtclist_update(&aggregate, ECU_SC, 0xC12387U, 0xAFU, 2U);  /* confirmed + warning indicator */
	(void)dtclist_update(&aggregate, ECU_CVC, 0x0A1F01U, 0x2FU, 1U); /* confirmed */
	CHECK_EQ(dtclist_count(&aggregate, 0U), 4U);
	CHECK_EQ(dtclist_count(&aggregate, CDTC), 3U);
	CHECK_EQ(dtclist_count(&aggregate, WIR), 1U);
	CHECK_EQ(dtclist_count(&aggregate, PDTC), 4U);
	CHECK_EQ(dtclist_count(&aggregate, WIR | CDTC), 3U);
	CHECK_EQ(dtclist_count(&aggregate, TNCTOC), 0U);
	(void)dtclist_update(&aggregate, ECU_SC, 0xC12387U, CLEARED, 0U);
	CHECK_EQ(dtclist_count(&aggregate, WIR), 0U);
	CHECK_EQ(dtclist_count(&aggregate, 0U), 3U);
}

static void test_clear_empties_list_and_counters_but_keeps_capacity(void)
{
	dtclist_clear(&cluster);
	fill(&cluster, 20U);
	CHECK(!dtclist_update(&cluster, 9U, 0x0A1F00U, 0x2FU, 1U));
	CHECK_EQ(cluster.overflows, 4U);
	dtclist_clear(&cluster);
	CHECK_EQ(cluster.count, 0U);
	CHECK_EQ(cluster.overflows, 0U);
	CHECK_EQ(cluster.rejected, 0U);
	CHECK_EQ(cluster.capacity, 16U);
	CHECK_EQ(dtclist_count(&cluster, 0U), 0U);
	fill(&cluster, 16U);
	CHECK_EQ(cluster.count, 16U);
	CHECK_EQ(cluster.overflows, 0U);
}

static void test_did_layout(void)
{
	dtclist_clear(&cluster);
	CHECK(dtclist_update(&cluster, ECU_RZC, 0x0A1F00U, 0x2FU, 1U));
	CHECK(dtclist_update(&cluster, ECU_FZC, 0x456100U, 0x27U, 4U));
	uint8_t d[2U + (6U * 16U)];
	(void)memset(d, 0xAAU, sizeof d);
	dtclist_did_fill(&cluster, d, (uint16_t)sizeof d);
	CHECK_EQ(d[0], 2U);  /* count */
	CHECK_EQ(d[1], 0U);  /* overflows */
	CHECK_EQ(d[2], ECU_FZC); /* most recent first: EcuId, DTC big-endian, status, occurrence */
	CHECK_EQ(d[3], 0x45U);
	CHECK_EQ(d[4], 0x61U);
	CHECK_EQ(d[5], 0x00U);
	CHECK_EQ(d[6], 0x27U);
	CHECK_EQ(d[7], 4U);
	CHECK_EQ(d[8], ECU_RZC);
	CHECK_EQ(d[9], 0x0AU);
	CHECK_EQ(d[13], 1U);
	CHECK_EQ(d[14], 0U); /* the rest zero */
	CHECK_EQ(d[sizeof d - 1U], 0U);
	/* too small for every entry: those that fit, nothing written past len */
	uint8_t small[10];
	(void)memset(small, 0xAAU, sizeof small);
	dtclist_did_fill(&cluster, small, 9U);
	CHECK_EQ(small[0], 2U);
	CHECK_EQ(small[2], ECU_FZC);
	CHECK_EQ(small[8], 0U); /* the second entry does not fit */
	CHECK_EQ(small[9], 0xAAU);
	/* overflows saturate at 255 */
	dtclist_clear(&single);
	for (uint32_t i = 1U; i <= 300U; i++) {
		(void)dtclist_update(&single, ECU_CVC, i, 0x2FU, 1U);
	}
	uint8_t one[8];
	dtclist_did_fill(&single, one, (uint16_t)sizeof one);
	CHECK_EQ(one[0], 1U);
	CHECK_EQ(one[1], 255U);
	dtclist_did_fill(&single, one, 1U); /* no room for the header: untouched, no crash */
	dtclist_did_fill(NULL, one, 8U);
}

int main(void)
{
	RUN(test_defined_lists_start_empty_with_their_capacity);
	RUN(test_most_recent_first_and_no_duplicates);
	RUN(test_a_status_without_keep_bits_removes_the_entry);
	RUN(test_full_list_drops_the_oldest_and_counts_it);
	RUN(test_out_of_range_updates_are_rejected_and_counted);
	RUN(test_count_by_status_mask);
	RUN(test_clear_empties_list_and_counters_but_keeps_capacity);
	RUN(test_did_layout);
	return UNIT_END();
}
