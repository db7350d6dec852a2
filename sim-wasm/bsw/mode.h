/*
 * mode: a table-driven state machine helper for the vehicle state machine (INIT → RUN ⇄ DEGRADED/LIMP →
 * SAFE_STOP → SHUTDOWN) and ECU modes. A const table lists the states (name, entry and exit hooks) and the
 * allowed transitions; mode_request() takes a transition only if the table allows it, otherwise refuses and
 * counts it. Every request is logged (time, from, to, reason, accepted) in a small ring whose overwrites
 * are counted. Machines are caller-owned structs, so one ECU can run several.
 * A hook may request the next transition (SAFE_STOP's entry asking for SHUTDOWN): the request is held and
 * taken right after the hook returns, so hooks never nest.
 */
#ifndef MODE_H
#define MODE_H

#include <stdbool.h>
#include <stdint.h>

#ifndef MODE_MAX_STATES
#define MODE_MAX_STATES 32U
#endif
#ifndef MODE_LOG_LEN
#define MODE_LOG_LEN 16U
#endif

#define MODE_NONE 0xFFU /* "from" of the initial entry */

#define MODE_OK       0
#define MODE_SAME     1    /* already in that state and no self-transition in the table: nothing done */
#define MODE_PENDING  2    /* requested from a hook: taken when the hook returns */
#define MODE_E_ILLEGAL (-1) /* not in the transition table: refused and counted */
#define MODE_E_PARAM   (-2) /* unknown state, machine not initialised */
#define MODE_E_BUSY    (-3) /* a second request from inside a hook: refused and counted */
#define MODE_E_CONFIG  (-4) /* mode_init: see mode_config_error() */

struct mode_machine;

/** Entry/exit hook: from and to of the transition, the requester's reason code. */
typedef void (*mode_hook_fn)(struct mode_machine *m, uint8_t from, uint8_t to, uint8_t reason);

/** One state. Hooks may be NULL. */
typedef struct {
	const char *name;
	mode_hook_fn on_entry;
	mode_hook_fn on_exit;
} mode_state_cfg_t;

/** One allowed transition. (s, s) allows re-entering s, with its hooks. */
typedef struct {
	uint8_t from;
	uint8_t to;
} mode_transition_t;

typedef struct {
	const char *name;                     /* for logs ("vehicle") */
	const mode_state_cfg_t *states;       /* state id = index */
	uint8_t state_count;                  /* 1..MODE_MAX_STATES */
	const mode_transition_t *transitions;
	uint8_t transition_count;
	uint8_t initial;
} mode_config_t;

/** One logged request. */
typedef struct {
	uint64_t t_us;
	uint8_t from;
	uint8_t to;
	uint8_t reason;
	uint8_t accepted; /* 0: refused (illegal or busy) */
} mode_log_entry_t;

/** A machine: caller-owned storage, treat the fields as read-only and use the functions. */
typedef struct mode_machine {
	const mode_config_t *cfg;
	void *ctx;               /* the owner's data, for hooks */
	uint8_t state;
	uint8_t previous;        /* MODE_NONE before the first transition */
	uint64_t entered_us;
	uint64_t now_us;         /* time of the request being processed */
	uint32_t transitions;    /* taken */
	uint32_t refused;        /* illegal or busy requests */
	uint32_t log_total;      /* requests ever logged; > MODE_LOG_LEN means the oldest were overwritten */
	mode_log_entry_t log[MODE_LOG_LEN];
	bool in_hook;
	bool has_pending;
	uint8_t pending_to;
	uint8_t pending_reason;
} mode_machine_t;

/** Validates the table, enters the initial state (its entry hook runs with from = MODE_NONE). MODE_OK or MODE_E_CONFIG. */
int32_t mode_init(mode_machine_t *m, const mode_config_t *cfg, void *ctx, uint64_t now_us);
/** Why the last mode_init failed ("transitions[4].to: no such state"), or "". */
const char *mode_config_error(void);
/** Asks for a transition: MODE_OK, MODE_SAME, MODE_PENDING (from a hook), MODE_E_ILLEGAL, MODE_E_BUSY, MODE_E_PARAM. */
int32_t mode_request(mode_machine_t *m, uint8_t to, uint8_t reason, uint64_t now_us);
/** True if the table allows the current state → to. */
bool mode_allowed(const mode_machine_t *m, uint8_t to);
/** Current state. */
uint8_t mode_state(const mode_machine_t *m);
/** Name of a state ("?" when unknown or unnamed). */
const char *mode_state_name(const mode_machine_t *m, uint8_t state);
/** Time since the current state was entered. */
uint64_t mode_time_in_state_us(const mode_machine_t *m, uint64_t now_us);
/** Log entries kept (at most MODE_LOG_LEN). */
uint8_t mode_log_count(const mode_machine_t *m);
/** The i-th kept log entry, 0 = oldest kept; NULL past the end. */
const mode_log_entry_t *mode_log_get(const mode_machine_t *m, uint8_t i);

#endif /* MODE_H */
