// sources: bsw/io.c
/* io: range check with substitute value, switch debounce, output shadow. */
#include "io.h"
#include "unit.h"

static int32_t pins_in[IO_CHANNEL_COUNT];
static int32_t pins_out[IO_CHANNEL_COUNT];
static unsigned writes;

static int32_t pin_read(uint32_t ch)
{
	return pins_in[ch];
}
static void pin_write(uint32_t ch, int32_t v)
{
	pins_out[ch] = v;
	writes++;
}
static const io_port_t port = {.read = pin_read, .write = pin_write};

enum { IN_LUX, IN_SWITCH, IN_COUNT };
static const io_input_cfg_t inputs[IN_COUNT] = {
	{IO_BCM_AMBIENT_LUX, 0, 100000, 0, 0U},
	{IO_BCM_HAZARD_SWITCH, 0, 1, 0, 20U},
};
static const io_config_t cfg = {&port, inputs, IN_COUNT};

static void test_range_check(void)
{
	pins_in[IO_BCM_AMBIENT_LUX] = 500;
	CHECK_EQ(io_init(&cfg), 0);
	CHECK_EQ(io_get(IN_LUX), 500);
	CHECK(!io_fault(IN_LUX));
	pins_in[IO_BCM_AMBIENT_LUX] = -1; /* open circuit */
	io_sample(1U);
	CHECK(io_fault(IN_LUX));
	CHECK_EQ(io_get(IN_LUX), 0);
	pins_in[IO_BCM_AMBIENT_LUX] = 100001;
	io_sample(1U);
	CHECK(io_fault(IN_LUX));
	CHECK_EQ(io_error_count(), 2);
	pins_in[IO_BCM_AMBIENT_LUX] = 100000;
	io_sample(1U);
	CHECK(!io_fault(IN_LUX));
	CHECK_EQ(io_get(IN_LUX), 100000);
}

static void test_debounce(void)
{
	pins_in[IO_BCM_HAZARD_SWITCH] = 0;
	(void)io_init(&cfg);
	pins_in[IO_BCM_HAZARD_SWITCH] = 1;
	for (int i = 0; i < 20; i++) {
		io_sample(1U);
	}
	CHECK_EQ(io_get(IN_SWITCH), 0); /* 19 ms stable so far: not yet */
	io_sample(1U);
	CHECK_EQ(io_get(IN_SWITCH), 1);
	/* a 5 ms glitch is ignored */
	pins_in[IO_BCM_HAZARD_SWITCH] = 0;
	for (int i = 0; i < 5; i++) {
		io_sample(1U);
	}
	pins_in[IO_BCM_HAZARD_SWITCH] = 1;
	for (int i = 0; i < 50; i++) {
		io_sample(1U);
	}
	CHECK_EQ(io_get(IN_SWITCH), 1);
	CHECK_EQ(io_get(IN_COUNT), 0);
	CHECK(io_fault(IN_COUNT));
}

static void test_outputs_written_on_change(void)
{
	(void)io_init(&cfg);
	writes = 0U;
	io_set(IO_BCM_HEADLAMP_LOW, 1);
	io_set(IO_BCM_HEADLAMP_LOW, 1);
	io_set(IO_BCM_HEADLAMP_LOW, 0);
	CHECK_EQ(writes, 2);
	CHECK_EQ(pins_out[IO_BCM_HEADLAMP_LOW], 0);
	/* after init every output is written again, so a reset ECU re-drives its pins */
	(void)io_init(&cfg);
	io_set(IO_BCM_HEADLAMP_LOW, 0);
	CHECK_EQ(writes, 3);
	io_set(IO_CHANNEL_COUNT, 1);
	CHECK_EQ(writes, 3);
	CHECK_EQ(io_error_count(), 1);
}

/* a port with its first channels in memory (the images' ECU_IO_IN_MEMORY table): those are loads, the
 * channels past the table still ask `read` */
static int32_t mem_in[IO_BCM_HAZARD_SWITCH];
static unsigned mem_reads;
static int32_t counting_read(uint32_t ch)
{
	mem_reads++;
	return pins_in[ch];
}
static void test_inputs_in_memory(void)
{
	static const io_port_t mport = {
		.read = counting_read, .write = pin_write, .mem = mem_in, .mem_channels = IO_BCM_HAZARD_SWITCH};
	static const io_config_t mcfg = {.port = &mport, .inputs = inputs, .input_count = IN_COUNT};
	CHECK(IO_BCM_AMBIENT_LUX < IO_BCM_HAZARD_SWITCH);
	mem_in[IO_BCM_AMBIENT_LUX] = 700;
	pins_in[IO_BCM_AMBIENT_LUX] = 1; /* not asked: the lux channel is in the table */
	pins_in[IO_BCM_HAZARD_SWITCH] = 0;
	mem_reads = 0U;
	CHECK_EQ(io_init(&mcfg), 0);
	CHECK_EQ(io_get(IN_LUX), 700);
	CHECK_EQ(mem_reads, 1U); /* the switch, past the table */
	mem_in[IO_BCM_AMBIENT_LUX] = 200000; /* implausible in the table: substituted and flagged like a pin */
	io_sample(1U);
	CHECK(io_fault(IN_LUX));
	CHECK_EQ(io_get(IN_LUX), 0);
	CHECK_EQ(mem_reads, 2U);
}

static void test_bad_config(void)
{
	static const io_config_t none = {NULL, NULL, 0U};
	CHECK_EQ(io_init(&none), -1);
	CHECK_EQ(io_init(NULL), -1);
}

int main(void)
{
	RUN(test_range_check);
	RUN(test_debounce);
	RUN(test_outputs_written_on_change);
	RUN(test_inputs_in_memory);
	RUN(test_bad_config);
	return UNIT_END();
}
