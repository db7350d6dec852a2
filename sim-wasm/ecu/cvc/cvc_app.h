/*
 * cvc_app: the central vehicle computer's behaviour, free of COM and IO so it reads as the requirements do:
 * accelerator pedal plausibility and stuck detection, the vehicle state machine (mode.h) with its torque
 * caps, the torque request (pedal map, cap, brake override, ramp), the steer and brake commands.
 * Runs every CVC_APP_PERIOD_MS. Inputs and outputs use the DBC's raw encodings (VehicleState, TorqueRequest,
 * SteerCommand, BrakeCommand value tables; speed 0.01 km/h, pedals 0.1 %, angles 0.01 deg, torque 0.1 Nm).
 */
#ifndef CVC_APP_H
#define CVC_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "mode.h"

#define CVC_APP_PERIOD_MS 10U

/* Accelerator pedal: two sensors in 0.1 %. Disagreement |S1-S2| >= 5 % in 2 consecutive cycles is a fault;
 * it heals after 2 consecutive cycles below 5 %. A sensor is stuck when it moves by no more than
 * CVC_STUCK_TOL over the last second while the other moves by more than 10 % (max - min over the window). */
#define CVC_PEDAL_MAX          1000  /* 0.1 % */
#define CVC_PEDAL_DISAGREE     50    /* 0.1 %: 5 % */
#define CVC_PEDAL_DISAGREE_CYCLES 2U
#define CVC_STUCK_WINDOW       101U  /* samples: 1 s of 10 ms cycles, both ends included */
#define CVC_STUCK_TOL          2     /* 0.1 %: a stuck sensor still shows ADC noise */
#define CVC_STUCK_OTHER_MOVE   100   /* 0.1 %: the other sensor moved by more than 10 % */
#define CVC_PEDAL_DEADZONE     20    /* 0.1 %: below 2 % no torque, so sensor noise cannot creep */
#define CVC_PEDAL_PRESSED      50    /* 0.1 %: accelerator counts as pressed from 5 % (brake override) */
#define CVC_BRAKE_PRESSED      50    /* 0.1 %: brake pedal counts as pressed from 5 % travel */

/* Torque: TorqueRequest.TorqueReq spans -400..400 Nm in the DBC; the pedal map is linear above the dead zone
 * up to that maximum, then capped by mode and ramp limited. */
#define CVC_TORQUE_MAX         4000  /* 0.1 Nm: the DBC range of TorqueReq */
#define CVC_RAMP_UP            50    /* 0.1 Nm per cycle: 500 Nm/s */
#define CVC_RAMP_DOWN          200   /* 0.1 Nm per cycle: 2000 Nm/s */

/* Steering: road-wheel angle = steering wheel angle / ratio, limited to the DBC's +-45 deg and to
 * CVC_STEER_RATE deg/s (the rate is also sent to the FZC in SteerRateLimit). */
#define CVC_STEER_RATIO        15
#define CVC_STEER_MAX          4500  /* 0.01 deg */
#define CVC_STEER_RATE         60U   /* deg/s */

/* Brake levels the CVC asks for on its own, BrakeReq units 0.5 %. */
#define CVC_BRAKE_SAFE_STOP    60U   /* 30 %: controlled stop */
#define CVC_BRAKE_ESTOP        120U  /* 60 %: emergency stop */

/* INIT lasts at least this long and waits for the FZC and RZC heartbeats up to CVC_INIT_MAX_MS. */
#define CVC_INIT_MIN_MS        100U
#define CVC_INIT_MAX_MS        1000U
/* SAFE_STOP ends in SHUTDOWN after standstill (<= 0.5 km/h) held this long, or after the fallback time. */
#define CVC_STANDSTILL_SPEED   50U   /* 0.01 km/h */
#define CVC_STANDSTILL_MS      1000U
#define CVC_SAFE_STOP_MAX_MS   15000U

/* Vehicle states = VehicleState.Mode values. */
enum { CVC_INIT = 0, CVC_RUN, CVC_DEGRADED, CVC_LIMP, CVC_SAFE_STOP, CVC_SHUTDOWN, CVC_MODE_COUNT };

/* Reasons logged with mode requests (mode_log_entry_t.reason). */
enum {
	CVC_REASON_NONE = 0,
	CVC_REASON_INIT_DONE,
	CVC_REASON_PEDAL,
	CVC_REASON_PARTNER_LOST,
	CVC_REASON_ZONE_FAULT,
	CVC_REASON_ESTOP,
	CVC_REASON_FZC_LOST,
	CVC_REASON_SAFETY_KILL,
	CVC_REASON_NO_PEDAL,
	CVC_REASON_HEALED,
	CVC_REASON_STANDSTILL,
	CVC_REASON_TIMEOUT
};

typedef struct {
	int32_t pedal_s1;        /* 0.1 %; substitute 0 while out of range */
	int32_t pedal_s2;
	bool pedal_s1_range;     /* raw value outside 0..1000 (open or short circuit) */
	bool pedal_s2_range;
	int32_t brake_pedal;     /* 0.1 % */
	int32_t steering_wheel;  /* 0.01 deg, positive = left */
	uint8_t gear;            /* 0 P, 1 R, 2 N, 3 D */
	bool estop;              /* button pressed or tester request */
	bool speed_valid;
	uint16_t speed;          /* 0.01 km/h */
	bool fzc_seen;           /* FZC heartbeat received and fresh */
	bool rzc_seen;
	bool fzc_lost;           /* heartbeat deadline expired (3 missed) */
	bool rzc_lost;
	bool sc_lost;            /* SafetyStatus deadline expired */
	bool sc_kill;            /* SafetyStatus says the kill relay is open */
	bool steer_fault;
	bool brake_fault;
	bool motor_fault;
	bool battery_fault;
	bool motor_cutoff;       /* FZC MotorCutoffReq active */
} cvc_inputs_t;

typedef struct {
	uint8_t mode;            /* CVC_* */
	uint8_t torque_limit;    /* % */
	int16_t torque_req;      /* 0.1 Nm, >= 0: drive torque in the direction of travel */
	uint8_t accel_pedal;     /* 0.5 % (TorqueRequest.AccelPedal) */
	uint8_t direction;       /* TorqueRequest.Direction: 0 NEUTRAL, 1 FORWARD, 2 REVERSE */
	bool inverter_enable;
	int16_t steer_cmd;       /* 0.01 deg */
	bool steer_enable;
	uint8_t brake_req;       /* 0.5 % */
	uint8_t brake_mode;      /* BrakeCommand.BrakeMode */
	bool brake_pressed;
	bool pedal_fault;        /* any of the four below, or a sensor out of range */
	bool pedal_disagree;
	bool s1_stuck;
	bool s2_stuck;
	bool brake_override;
	int32_t pedal_used;      /* 0.1 %, after plausibility */
} cvc_outputs_t;

/** Resets the behaviour and enters INIT at now_us. */
void cvc_app_init(uint64_t now_us);
/** One control cycle (every CVC_APP_PERIOD_MS). */
void cvc_app_step(const cvc_inputs_t *in, uint64_t now_us, cvc_outputs_t *out);
/** The vehicle state machine (read-only: mode, log). */
const mode_machine_t *cvc_app_machine(void);

#endif /* CVC_APP_H */
