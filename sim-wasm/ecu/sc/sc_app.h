/*
 * sc_app: the safety controller's behaviour, free of COM and IO. An independent monitor with a table of
 * checks (sc_app.c: sc_monitors); a check whose condition holds for its confirmation time opens the kill
 * relay (inverter enable and contactor supply). The first reason is latched and reported in SafetyStatus;
 * only a power cycle or the UDS routine "reset kill relay" at standstill closes the relay again.
 * States: INIT (relay open, start-up checks), RUN (relay closed, monitoring), KILLED (relay open, latched).
 * Runs every 1 ms so reaction times are exact to the millisecond. Units: torque 0.1 Nm, current 0.1 A,
 * speed 0.01 km/h, motor speed rpm.
 */
#ifndef SC_APP_H
#define SC_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "mode.h"

/* Timing (FTTI budget in README.md): heartbeat deadline 2 missed 50 ms periods, then a confirmation. */
#define SC_HB_TIMEOUT_MS       100U
/* TorqueRequest, MotorCurrent, MotorStatus, VehicleState: longer than the heartbeat deadline, so a silent ECU
 * is reported as its heartbeat timeout and only a single silent message as an E2E failure */
#define SC_MSG_TIMEOUT_MS      150U
#define SC_CONFIRM_MS          20U   /* heartbeat and E2E faults: two more 10 ms cycles */
#define SC_BUS_SILENCE_MS      100U  /* no frame at all */
#define SC_PLAUS_CONFIRM_MS    50U
#define SC_CREEP_CONFIRM_MS    100U
#define SC_CUTOFF_CONFIRM_MS   100U
#define SC_E2E_ERROR_LIMIT     3     /* per message: +1 per bad frame, -1 per good frame, fault at 3 */
#define SC_INIT_MIN_MS         100U
#define SC_INIT_MAX_MS         2000U /* start-up checks not passed by then: self-test failure */

/* Torque-vs-current plausibility. The reference torque follows the request up at once and down at most
 * SC_TREF_DECAY per ms (the inverter and its current lag a falling request). Allowed phase current:
 * (q-axis current of the reference + the field-weakening d-axis current at this motor speed) * 120 % + 40 A.
 * Only too much current is a fault: too little (derating, a limit) is loss of propulsion, not a hazard. */
#define SC_TREF_DECAY          10    /* 0.1 Nm per ms: 1000 Nm/s */
#define SC_KT_X100             69    /* motor torque constant 0.69 Nm/A */
#define SC_ID_MAX              2500  /* 0.1 A: d-axis current at maximum speed */
#define SC_RPM_BASE            4621  /* rpm: 150 kW / 310 Nm */
#define SC_RPM_MAX             16000
#define SC_PLAUS_MARGIN_PCT    120
#define SC_PLAUS_MARGIN_ABS    400   /* 0.1 A */

/* Creep guard and cutoff: torque present although nobody asks for it. */
#define SC_STANDSTILL_SPEED    100U  /* 0.01 km/h: 1 km/h */
#define SC_NO_REQUEST_TORQUE   50    /* 0.1 Nm: |request| up to 5 Nm counts as none */
#define SC_CREEP_TORQUE        200   /* 0.1 Nm: measured motor torque above 20 Nm */
#define SC_CREEP_CURRENT       400   /* 0.1 A: or phase current above 40 A */
#define SC_RESET_SPEED         50U   /* 0.01 km/h: the reset routine needs a standing car */

enum { SC_INIT = 0, SC_RUN, SC_KILLED, SC_MODE_COUNT };

/* Checks in priority order: when several confirm in the same millisecond the first one is the reason. */
enum {
	SC_MON_BUS_SILENCE,
	SC_MON_HB_CVC,
	SC_MON_HB_FZC,
	SC_MON_HB_RZC,
	SC_MON_E2E,
	SC_MON_ESTOP,
	SC_MON_PLAUS,
	SC_MON_CREEP,
	SC_MON_CUTOFF,
	SC_MON_COUNT
};

typedef struct {
	bool bus_silent;
	bool hb_cvc_lost;
	bool hb_fzc_lost;
	bool hb_rzc_lost;
	bool hb_all_fresh;      /* all three heartbeats received and within their deadline */
	bool e2e_fault;         /* a supervised message with too many E2E errors or past its deadline */
	bool estop;
	bool cutoff;            /* FZC MotorCutoffReq active */
	bool tq_valid;
	int16_t torque_req;     /* 0.1 Nm */
	uint8_t accel_pedal;    /* 0.5 % */
	bool cur_valid;
	uint16_t phase_current; /* 0.1 A */
	bool ms_valid;
	int16_t motor_torque;   /* 0.1 Nm */
	int16_t motor_speed;    /* rpm */
	bool speed_valid;
	uint16_t speed;         /* 0.01 km/h */
} sc_inputs_t;

typedef struct {
	uint8_t state;          /* SC_* */
	bool relay_closed;
	uint8_t kill_reason;    /* SafetyStatus.KillReason, latched */
	bool confirmed[SC_MON_COUNT]; /* latched per check until reset */
	bool condition[SC_MON_COUNT]; /* raw condition this ms */
} sc_outputs_t;

/** Resets the behaviour and enters INIT at now_us, or KILLED when latched_reason is not NONE (a kill survives
 * an ECU reset; a watchdog reset starts killed with reason WATCHDOG). */
void sc_app_init(uint64_t now_us, uint8_t latched_reason);
/** One monitoring step (every 1 ms). */
void sc_app_step(const sc_inputs_t *in, uint64_t now_us, sc_outputs_t *out);
/** The reset routine: back to INIT if killed, standing and no check failing. 0, or a negated UDS NRC. */
int32_t sc_app_reset_kill(const sc_inputs_t *in, uint64_t now_us);
/** Allowed phase current (0.1 A) for a reference torque and motor speed. */
int32_t sc_app_current_limit(int32_t tref, int32_t rpm, bool rpm_known);

#endif /* SC_APP_H */
