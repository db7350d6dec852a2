/* io: see io.h. */
#include "io.h"

#include <string.h>

typedef struct {
	int32_t value;     /* debounced value the application sees */
	int32_t candidate; /* last raw value, waiting to be stable */
	uint32_t stable_ms;
	bool fault;
} io_input_state_t;

static const io_config_t *io_cfg;
static io_input_state_t io_in[IO_MAX_INPUTS];
int32_t io_out_shadow[IO_CHANNEL_COUNT];
bool io_out_valid[IO_CHANNEL_COUNT];
static uint32_t io_errors;

static void io_sample_one(const io_port_t *port, const io_input_cfg_t *c, io_input_state_t *s, uint32_t elapsed_ms,
                          bool initial)
{
	int32_t raw = (c->channel < port->mem_channels) ? port->mem[c->channel] : port->read(c->channel);
	if ((raw < c->min) || (raw > c->max)) {
		s->fault = true;
		io_errors++;
		raw = c->substitute;
	} else {
		s->fault = false;
	}
	if (initial || (c->debounce_ms == 0U)) {
		s->value = raw;
		s->candidate = raw;
		s->stable_ms = 0U;
	} else if (raw != s->candidate) {
		s->candidate = raw;
		s->stable_ms = 0U;
	} else if (raw != s->value) {
		s->stable_ms += elapsed_ms;
		if (s->stable_ms >= c->debounce_ms) {
			s->value = raw;
		} else {
			/* still bouncing */
		}
	} else {
		s->stable_ms = 0U;
	}
}

int32_t io_init(const io_config_t *cfg)
{
	if ((cfg == NULL) || (cfg->port == NULL) || (cfg->port->read == NULL) || (cfg->port->write == NULL) ||
	    (cfg->input_count > IO_MAX_INPUTS) || ((cfg->inputs == NULL) && (cfg->input_count > 0U))) {
		io_cfg = NULL;
		(void)memset(io_out_valid, 0, sizeof io_out_valid); /* io_set's inline test then always calls */
		return -1;
	}
	io_cfg = cfg;
	io_errors = 0U;
	(void)memset(io_in, 0, sizeof io_in);
	(void)memset(io_out_valid, 0, sizeof io_out_valid);
	for (uint8_t i = 0U; i < cfg->input_count; i++) {
		io_sample_one(cfg->port, &cfg->inputs[i], &io_in[i], 0U, true);
	}
	return 0;
}

void io_sample(uint32_t elapsed_ms)
{
	if (io_cfg == NULL) {
		return;
	}
	/* every input every 1 ms: the table and the port are read once, not again after each input */
	const io_config_t *cfg = io_cfg;
	const io_port_t *port = cfg->port;
	const uint8_t n = cfg->input_count;
	for (uint8_t i = 0U; i < n; i++) {
		io_sample_one(port, &cfg->inputs[i], &io_in[i], elapsed_ms, false);
	}
}

int32_t io_get(uint8_t index)
{
	if ((io_cfg == NULL) || (index >= io_cfg->input_count)) {
		io_errors++;
		return 0;
	}
	return io_in[index].value;
}

bool io_fault(uint8_t index)
{
	if ((io_cfg == NULL) || (index >= io_cfg->input_count)) {
		return true;
	}
	return io_in[index].fault;
}

void io_set_changed(uint32_t channel, int32_t value)
{
	if ((io_cfg == NULL) || (channel >= IO_CHANNEL_COUNT)) {
		io_errors++;
		return;
	}
	if (!io_out_valid[channel] || (io_out_shadow[channel] != value)) {
		io_cfg->port->write(channel, value);
		io_out_shadow[channel] = value;
		io_out_valid[channel] = true;
	} else {
		/* unchanged: the host already holds it */
	}
}

uint32_t io_error_count(void)
{
	return io_errors;
}
