// sources: bsw/text.c
/*
 * text: the config-error messages of dem, wdg and mode ("events[3].dtc: duplicate") are built here without
 * stdio; a tester reads them as they are, so the brackets, the decimal index and the cut at the buffer's end
 * must be exact.
 */
#include <string.h>

#include "text.h"
#include "unit.h"

static void test_prefix_index_suffix(void)
{
	char b[64];
	CHECK_EQ(text_indexed(b, sizeof b, "events", 3U, ".dtc: duplicate"), 24U);
	CHECK(strcmp(b, "events[3].dtc: duplicate") == 0);
	(void)text_indexed(b, sizeof b, "ff_dids", 0U, ".len: 0");
	CHECK(strcmp(b, "ff_dids[0].len: 0") == 0);
	(void)text_indexed(b, sizeof b, "transitions", 255U, ".to: no such state");
	CHECK(strcmp(b, "transitions[255].to: no such state") == 0);
	(void)text_indexed(b, sizeof b, "x", 65534U, "");
	CHECK(strcmp(b, "x[65534]") == 0);
}

static void test_no_index_leaves_the_brackets_out(void)
{
	char b[64];
	CHECK_EQ(text_indexed(b, sizeof b, "config: NULL", TEXT_NO_INDEX, ""), 12U);
	CHECK(strcmp(b, "config: NULL") == 0);
	(void)text_indexed(b, sizeof b, NULL, TEXT_NO_INDEX, NULL);
	CHECK(strcmp(b, "") == 0);
}

static void test_a_long_message_is_cut_and_terminated(void)
{
	char b[12];
	(void)memset(b, 'x', sizeof b);
	CHECK_EQ(text_indexed(b, sizeof b, "entities", 123U, ": too long for it"), 11U);
	CHECK(strcmp(b, "entities[12") == 0);
	char tiny[1] = {'x'};
	CHECK_EQ(text_indexed(tiny, sizeof tiny, "abc", 1U, "def"), 0U);
	CHECK_EQ(tiny[0], '\0');
	/* no room at all: nothing written, not even a terminator */
	CHECK_EQ(text_indexed(b, 0U, "abc", 1U, "def"), 0U);
	CHECK_EQ(text_indexed(NULL, 8U, "abc", 1U, "def"), 0U);
}

int main(void)
{
	RUN(test_prefix_index_suffix);
	RUN(test_no_index_leaves_the_brackets_out);
	RUN(test_a_long_message_is_cut_and_terminated);
	return UNIT_END();
}
