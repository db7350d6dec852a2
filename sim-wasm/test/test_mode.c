// sources: bsw/mode.c bsw/text.c
/* mode: the vehicle state machine as a table: legal paths, refused transitions, hooks, follow-ups, the log. */
#include <string.h>

#include "mode.h"
#include "unit.h"

enum { S_INIT, S_RUN, S_DEGRADED, S_LIMP, S_SAFE_STOP, S_SHUTDOWN, S_COUNT };
enum { R_NONE, R_SELFTEST_OK, R_PEDAL_FAULT, R_HEARTBEAT_LOST, R_RECOVERED, R_ESTOP, R_STANDSTILL };

typedef struct {
	int torque_cap_pct;
	unsigned entries[S_COUNT];
	unsigned exits[S_COUNT];
	uint8_t last_from;
	int standstill;       /* SAFE_STOP goes straight on to SHUTDOWN */
	int follow_up_result; /* what the hook's own request returned */
	int second_result;
	int ask_twice;
} vehicle_t;

static const int cap_of[S_COUNT] = {0, 100, 75, 30, 0, 0};

static void on_entry(mode_machine_t *m, uint8_t from, uint8_t to, uint8_t reason)
{
	vehicle_t *v = m->ctx;
	(void)reason;
	v->torque_cap_pct = cap_of[to];
	v->entries[to]++;
	v->last_from = from;
	if ((to == S_SAFE_STOP) && (v->standstill != 0)) {
		v->follow_up_result = mode_request(m, S_SHUTDOWN, R_STANDSTILL, m->now_us);
		if (v->ask_twice != 0) {
			v->second_result = mode_request(m, S_RUN, R_NONE, m->now_us);
		}
	}
}

static void on_exit(mode_machine_t *m, uint8_t from, uint8_t to, uint8_t reason)
{
	vehicle_t *v = m->ctx;
	(void)to;
	(void)reason;
	v->exits[from]++;
}

static const mode_state_cfg_t states[S_COUNT] = {
	[S_INIT] = {"INIT", on_entry, on_exit},
	[S_RUN] = {"RUN", on_entry, on_exit},
	[S_DEGRADED] = {"DEGRADED", on_entry, on_exit},
	[S_LIMP] = {"LIMP", on_entry, on_exit},
	[S_SAFE_STOP] = {"SAFE_STOP", on_entry, on_exit},
	[S_SHUTDOWN] = {"SHUTDOWN", on_entry, NULL},
};

/* INIT → RUN ⇄ DEGRADED/LIMP → SAFE_STOP → SHUTDOWN */
static const mode_transition_t transitions[] = {
	{S_INIT, S_RUN},         {S_INIT, S_SAFE_STOP},   {S_RUN, S_DEGRADED},      {S_RUN, S_LIMP},
	{S_DEGRADED, S_RUN},     {S_LIMP, S_RUN},         {S_DEGRADED, S_LIMP},     {S_RUN, S_SAFE_STOP},
	{S_DEGRADED, S_SAFE_STOP}, {S_LIMP, S_SAFE_STOP}, {S_SAFE_STOP, S_SHUTDOWN},
};

static const mode_config_t vehicle_cfg = {"vehicle", states, S_COUNT, transitions, sizeof transitions / sizeof transitions[0], S_INIT};

static mode_machine_t m;
static vehicle_t v;

static void start(void)
{
	memset(&v, 0, sizeof v);
	CHECK_EQ(mode_init(&m, &vehicle_cfg, &v, 1000U), MODE_OK);
}

static void test_init_enters_the_initial_state(void)
{
	start();
	CHECK_EQ(mode_state(&m), S_INIT);
	CHECK_EQ(v.entries[S_INIT], 1);
	CHECK_EQ(v.last_from, MODE_NONE);
	CHECK_EQ(m.transitions, 0);
	CHECK_EQ(mode_log_count(&m), 1);
	CHECK_EQ(mode_log_get(&m, 0U)->from, MODE_NONE);
	CHECK(strcmp(mode_state_name(&m, S_SAFE_STOP), "SAFE_STOP") == 0);
	CHECK(strcmp(mode_state_name(&m, 77U), "?") == 0);
}

static void test_legal_path_and_torque_caps(void)
{
	start();
	CHECK_EQ(mode_request(&m, S_RUN, R_SELFTEST_OK, 2000U), MODE_OK);
	CHECK_EQ(v.torque_cap_pct, 100);
	CHECK_EQ(mode_request(&m, S_DEGRADED, R_PEDAL_FAULT, 3000U), MODE_OK);
	CHECK_EQ(v.torque_cap_pct, 75);
	CHECK_EQ(mode_request(&m, S_RUN, R_RECOVERED, 4000U), MODE_OK);
	CHECK_EQ(mode_request(&m, S_LIMP, R_HEARTBEAT_LOST, 5000U), MODE_OK);
	CHECK_EQ(v.torque_cap_pct, 30);
	CHECK_EQ(m.previous, S_RUN);
	CHECK_EQ(mode_request(&m, S_SAFE_STOP, R_ESTOP, 6000U), MODE_OK);
	CHECK_EQ(v.torque_cap_pct, 0);
	CHECK_EQ(mode_request(&m, S_SHUTDOWN, R_STANDSTILL, 7000U), MODE_OK);
	CHECK_EQ(mode_state(&m), S_SHUTDOWN);
	CHECK_EQ(m.transitions, 6);
	CHECK_EQ(v.entries[S_RUN], 2);
	CHECK_EQ(v.exits[S_RUN], 2);
	CHECK_EQ(v.exits[S_SAFE_STOP], 1);
	CHECK_EQ(m.refused, 0);
	CHECK_EQ(mode_time_in_state_us(&m, 7500U), 500);
}

static void test_illegal_transitions_are_refused_and_counted(void)
{
	start();
	CHECK_EQ(mode_request(&m, S_DEGRADED, R_PEDAL_FAULT, 2000U), MODE_E_ILLEGAL); /* INIT ↛ DEGRADED */
	CHECK_EQ(mode_state(&m), S_INIT);
	CHECK_EQ(v.exits[S_INIT], 0);
	CHECK_EQ(mode_request(&m, S_RUN, R_SELFTEST_OK, 3000U), MODE_OK);
	CHECK_EQ(mode_request(&m, S_INIT, R_NONE, 4000U), MODE_E_ILLEGAL);
	CHECK(!mode_allowed(&m, S_SHUTDOWN));
	CHECK(mode_allowed(&m, S_LIMP));
	CHECK_EQ(mode_request(&m, S_SHUTDOWN, R_NONE, 5000U), MODE_E_ILLEGAL);
	CHECK_EQ(mode_request(&m, S_RUN, R_NONE, 6000U), MODE_SAME);
	CHECK_EQ(v.entries[S_RUN], 1); /* no re-entry */
	CHECK_EQ(mode_state(&m), S_RUN);
	CHECK_EQ(m.refused, 3);
	CHECK_EQ(m.transitions, 1);
	CHECK_EQ(mode_time_in_state_us(&m, 6000U), 3000); /* refused requests do not restart the clock */
	/* the log shows the refusals with their reasons */
	CHECK_EQ(mode_log_count(&m), 5);
	const mode_log_entry_t *e = mode_log_get(&m, 1U);
	CHECK_EQ(e->from, S_INIT);
	CHECK_EQ(e->to, S_DEGRADED);
	CHECK_EQ(e->reason, R_PEDAL_FAULT);
	CHECK_EQ(e->accepted, 0);
	CHECK_EQ(e->t_us, 2000);
	CHECK_EQ(mode_log_get(&m, 2U)->accepted, 1);
	CHECK(mode_log_get(&m, 5U) == NULL);
	CHECK_EQ(mode_request(&m, 99U, R_NONE, 7000U), MODE_E_PARAM);
}

static void test_hook_follow_up_is_taken_after_the_hook(void)
{
	start();
	v.standstill = 1;
	(void)mode_request(&m, S_RUN, R_SELFTEST_OK, 2000U);
	CHECK_EQ(mode_request(&m, S_SAFE_STOP, R_ESTOP, 3000U), MODE_OK);
	CHECK_EQ(v.follow_up_result, MODE_PENDING);
	CHECK_EQ(mode_state(&m), S_SHUTDOWN);
	CHECK_EQ(v.entries[S_SAFE_STOP], 1);
	CHECK_EQ(v.exits[S_SAFE_STOP], 1);
	CHECK_EQ(v.last_from, S_SAFE_STOP);
	CHECK_EQ(m.previous, S_SAFE_STOP);
	const mode_log_entry_t *last = mode_log_get(&m, (uint8_t)(mode_log_count(&m) - 1U));
	CHECK_EQ(last->reason, R_STANDSTILL);
	CHECK_EQ(last->to, S_SHUTDOWN);
	/* only one follow-up per hook */
	start();
	v.standstill = 1;
	v.ask_twice = 1;
	CHECK_EQ(mode_request(&m, S_SAFE_STOP, R_ESTOP, 2000U), MODE_OK);
	CHECK_EQ(v.second_result, MODE_E_BUSY);
	CHECK_EQ(mode_state(&m), S_SHUTDOWN);
	CHECK_EQ(m.refused, 1);
}

/* two states whose entry hooks send the machine back to the other: must stop, not hang */
enum { P_A, P_B };
static unsigned ping_entries;
static void ping(mode_machine_t *mm, uint8_t from, uint8_t to, uint8_t reason)
{
	(void)from;
	(void)reason;
	ping_entries++;
	(void)mode_request(mm, (to == P_A) ? P_B : P_A, 0U, mm->now_us);
}

static void test_bouncing_hooks_are_bounded(void)
{
	static const mode_state_cfg_t ps[] = {{"A", ping, NULL}, {"B", ping, NULL}};
	static const mode_transition_t pt[] = {{P_A, P_B}, {P_B, P_A}};
	static const mode_config_t pc = {"ping", ps, 2U, pt, 2U, P_A};
	mode_machine_t pm;
	ping_entries = 0U;
	CHECK_EQ(mode_init(&pm, &pc, NULL, 0U), MODE_OK);
	CHECK(ping_entries > 1U);
	CHECK(ping_entries <= 5U);
	CHECK_EQ(pm.refused, 1);
}

static void test_self_transition_when_listed(void)
{
	enum { E_NORMAL, E_DIAG };
	static const mode_state_cfg_t es[] = {{"NORMAL", NULL, NULL}, {"DIAG", NULL, NULL}};
	static const mode_transition_t et[] = {{E_NORMAL, E_DIAG}, {E_DIAG, E_DIAG}, {E_DIAG, E_NORMAL}};
	static const mode_config_t ec = {"ecu", es, 2U, et, 3U, E_NORMAL};
	mode_machine_t em;
	CHECK_EQ(mode_init(&em, &ec, NULL, 0U), MODE_OK);
	CHECK_EQ(mode_request(&em, E_NORMAL, 0U, 10U), MODE_SAME);
	CHECK_EQ(mode_request(&em, E_DIAG, 0U, 20U), MODE_OK);
	CHECK_EQ(mode_request(&em, E_DIAG, 0U, 30U), MODE_OK); /* re-entered: the session timer restarts */
	CHECK_EQ(em.transitions, 2);
	CHECK_EQ(mode_time_in_state_us(&em, 35U), 5);
	CHECK_EQ(em.refused, 0);
}

static void test_log_ring_keeps_the_newest(void)
{
	start();
	(void)mode_request(&m, S_RUN, R_NONE, 1U);
	for (uint8_t i = 0U; i < 20U; i++) {
		(void)mode_request(&m, S_DEGRADED, i, 100U + i);
		(void)mode_request(&m, S_RUN, i, 200U + i);
	}
	CHECK_EQ(m.log_total, 42);
	CHECK_EQ(mode_log_count(&m), MODE_LOG_LEN);
	/* newest: RUN with reason 19; the oldest kept is entry 42 - 16 = 26 (0-based), i.e. DEGRADED of i = 12 */
	const mode_log_entry_t *newest = mode_log_get(&m, (uint8_t)(MODE_LOG_LEN - 1U));
	CHECK_EQ(newest->to, S_RUN);
	CHECK_EQ(newest->reason, 19);
	const mode_log_entry_t *oldest = mode_log_get(&m, 0U);
	CHECK_EQ(oldest->to, S_DEGRADED);
	CHECK_EQ(oldest->reason, 12);
	CHECK_EQ(oldest->t_us, 112);
}

static void test_config_errors_name_the_entry(void)
{
	static const mode_transition_t bad[] = {{S_INIT, S_RUN}, {S_RUN, S_LIMP}, {S_RUN, 9U}};
	static const mode_config_t c1 = {"bad", states, S_COUNT, bad, 3U, S_INIT};
	mode_machine_t bm;
	CHECK_EQ(mode_init(&bm, &c1, NULL, 0U), MODE_E_CONFIG);
	CHECK(strcmp(mode_config_error(), "transitions[2].to: no such state") == 0);
	CHECK_EQ(mode_request(&bm, S_RUN, 0U, 0U), MODE_E_PARAM); /* not initialised */
	CHECK_EQ(mode_state(&bm), MODE_NONE);
	static const mode_transition_t bad_from[12] = {[11] = {12U, S_RUN}};
	static const mode_config_t c3 = {"bad", states, S_COUNT, bad_from, 12U, S_INIT};
	CHECK_EQ(mode_init(&bm, &c3, NULL, 0U), MODE_E_CONFIG);
	CHECK(strcmp(mode_config_error(), "transitions[11].from: no such state") == 0);
	static const mode_config_t c2 = {"bad", states, S_COUNT, transitions, 1U, S_COUNT};
	CHECK_EQ(mode_init(&bm, &c2, NULL, 0U), MODE_E_CONFIG);
	CHECK(strcmp(mode_config_error(), "initial: no such state") == 0);
	CHECK_EQ(mode_init(&bm, NULL, NULL, 0U), MODE_E_CONFIG);
	CHECK_EQ(mode_init(NULL, &vehicle_cfg, NULL, 0U), MODE_E_CONFIG);
	CHECK_EQ(mode_init(&bm, &vehicle_cfg, &v, 0U), MODE_OK);
	CHECK_EQ(mode_config_error()[0], '\0');
}

int main(void)
{
	RUN(test_init_enters_the_initial_state);
	RUN(test_legal_path_and_torque_caps);
	RUN(test_illegal_transitions_are_refused_and_counted);
	RUN(test_hook_follow_up_is_taken_after_the_hook);
	RUN(test_bouncing_hooks_are_bounded);
	RUN(test_self_transition_when_listed);
	RUN(test_log_ring_keeps_the_newest);
	RUN(test_config_errors_name_the_entry);
	return UNIT_END();
}
