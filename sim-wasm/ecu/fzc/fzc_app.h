/*
 * fzc_app: the front zone controller's behaviour, free of COM and IO so it reads as the requirements do:
 * steer-by-wire loop, front brakes with pressure plausibility, front distance sensor with automatic
 * emergency braking (AEB) and the motor cutoff request. Runs every 1 ms; units are the DBC's and the IO
 * channels' integer units (0.01 deg, 0.1 %, 0.01 bar, cm, 0.01 km/h).
 */
#ifndef FZC_APP_H
#define FZC_APP_H

#include <stdbool.h>
#include <stdint.h>

/* ---- steer-by-wire ---- */
#define FZC_STEER_MAX          3500   /* 0.01 deg: ±35 deg road-wheel angle (rack end stops) */
#define FZC_STEER_SENSOR_MAX   4000   /* 0.01 deg: |feedback| beyond this is a sensor fault */
/* The rack's motor slews at 60 deg/s with a 50 ms lag (plant params); 50 deg/s keeps the lag behind the
 * set point at ~2.5 deg, well inside the 5 deg plausibility window. */
#define FZC_STEER_RATE_MAX     50U    /* deg/s: cap on SteerCommand's SteerRateLimit; 0 there means this */
#define FZC_STEER_RTC_RATE     20U    /* deg/s: return to centre when the command is lost or disabled */
#define FZC_STEER_PLAUS_DEV    500    /* 0.01 deg: set point vs feedback deviation ... */
#define FZC_STEER_PLAUS_MS     100U   /* ... held longer than this is a steer fault (latched) */
#define FZC_STEER_CENTRE_BAND  10     /* 0.01 deg: "at centre" for RETURN_TO_CENTRE → OFF */

/* ---- brakes ---- */
#define FZC_BRAKE_FULL          1000  /* 0.1 %: actuator full scale */
#define FZC_BRAKE_MAX_PRESSURE  18000 /* 0.01 bar at full scale (plant brake_max_pressure_bar) */
#define FZC_BRAKE_SAFE_LEVEL    300   /* 0.1 %: applied while BrakeCommand is missing */
#define FZC_BRAKE_HOLD_LEVEL    300   /* 0.1 %: at least this in HOLD mode */
#define FZC_BRAKE_MISMATCH      2000  /* 0.01 bar: |expected - measured| beyond this ... */
#define FZC_BRAKE_MISMATCH_MS   200U  /* ... for longer than this is a pressure mismatch (the plant settles in ~110 ms) */
#define FZC_BRAKE_HEAL_MS       500U  /* a brake fault heals after its condition is gone this long */
#define FZC_BRAKE_SENSOR_MIN    (-500)  /* 0.01 bar: plausible sensor range */
#define FZC_BRAKE_SENSOR_MAX    20000

/* ---- front distance and AEB ---- */
#define FZC_DIST_RANGE_CM       20000 /* sensor range: at or beyond this nothing is detected */
#define FZC_DIST_MAX_CM         25000 /* beyond this (or < 0) the sensor is faulty */
#define FZC_DIST_WINDOW_MS      50U   /* closing speed = distance change over this window */
#define FZC_AEB_MIN_SPEED       500U  /* 0.01 km/h: AEB inactive below 5 km/h */
#define FZC_AEB_LOW_SPEED       3000U /* 0.01 km/h: below 30 km/h distance zones apply as well as TTC */
#define FZC_TTC_WARN            26U   /* 0.1 s */
#define FZC_TTC_BRAKE           16U
#define FZC_TTC_EMERGENCY       9U
#define FZC_DIST_WARN_CM        1000  /* low-speed distance zones */
#define FZC_DIST_BRAKE_CM       500
#define FZC_DIST_EMERGENCY_CM   250
#define FZC_AEB_HOLD_MS         500U  /* a zone is left only after the lower zone held this long */
#define FZC_AEB_BRAKE_LEVEL     400   /* 0.1 %: partial braking in the BRAKE zone */
#define FZC_AEB_EMERGENCY_LEVEL 1000  /* 0.1 %: full braking in the EMERGENCY zone */

/* DBC value tables (SteerStatus.SteerState, BrakeStatus.BrakeState, BrakeFault.BrakeFaultCode,
 * MotorCutoffReq.CutoffReason, FrontDistance.AebZone, BrakeCommand.BrakeMode) */
enum { FZC_STEER_INIT, FZC_STEER_ACTIVE, FZC_STEER_RTC, FZC_STEER_FAULT, FZC_STEER_OFF };
enum { FZC_BRAKE_RELEASED, FZC_BRAKE_SERVICE, FZC_BRAKE_EMERGENCY, FZC_BRAKE_AEB, FZC_BRAKE_HOLD, FZC_BRAKE_FAULT };
enum { FZC_BF_NONE, FZC_BF_SENSOR_RANGE, FZC_BF_MISMATCH, FZC_BF_STUCK, FZC_BF_OVERCURRENT, FZC_BF_CMD_TIMEOUT,
       FZC_BF_E2E };
enum { FZC_CUT_NONE, FZC_CUT_AEB, FZC_CUT_STEER, FZC_CUT_BRAKE, FZC_CUT_CMD_TIMEOUT };
enum { FZC_ZONE_CLEAR, FZC_ZONE_WARNING, FZC_ZONE_BRAKE, FZC_ZONE_EMERGENCY };
enum { FZC_BMODE_RELEASE, FZC_BMODE_SERVICE, FZC_BMODE_EMERGENCY, FZC_BMODE_HOLD };

typedef struct {
	/* SteerCommand: valid = received, E2E good and within its deadline */
	bool steer_cmd_valid;
	int16_t steer_cmd;         /* 0.01 deg, positive = left */
	uint8_t steer_rate;        /* deg/s */
	bool steer_enable;
	int32_t steer_feedback;    /* 0.01 deg */
	int32_t steer_current_ma;
	/* BrakeCommand */
	bool brake_cmd_valid;
	bool brake_cmd_seen;       /* a BrakeCommand arrived since power-up (timeouts before it are not faults) */
	bool brake_e2e_fault;      /* repeated E2E failures on BrakeCommand */
	uint16_t brake_req;        /* 0.1 % */
	uint8_t brake_mode;        /* FZC_BMODE_* */
	int32_t brake_pressure;    /* 0.01 bar */
	/* front distance */
	int32_t distance_cm;
	bool speed_valid;
	uint16_t speed;            /* 0.01 km/h from VehicleState (or WheelSpeeds) */
} fzc_inputs_t;

typedef struct {
	/* steering */
	int32_t steer_setpoint;    /* 0.01 deg to the rack */
	uint8_t steer_state;
	bool steer_cmd_timeout;
	bool steer_plaus_fault;    /* latched until fzc_app_clear_faults or init */
	bool steer_sensor_fault;
	bool steer_rate_limited;
	/* brakes */
	int32_t brake_out;         /* 0.1 % to the actuator */
	uint8_t brake_state;
	bool brake_cmd_timeout;
	uint8_t brake_fault_code;  /* FZC_BF_*; NONE when healed */
	bool brake_mismatch;
	bool brake_sensor_fault;
	/* distance / AEB */
	uint16_t distance_cm;      /* 0 while faulty */
	int32_t closing_speed;     /* 0.01 m/s, positive = approaching */
	uint8_t ttc;               /* 0.1 s, 255 = no threat */
	uint8_t aeb_zone;
	bool object_detected;
	bool dist_fault;
	/* motor cutoff request to the RZC */
	bool cutoff;
	uint8_t cutoff_reason;
} fzc_outputs_t;

/** Forgets all state (power-up). */
void fzc_app_init(void);
/** One 1 ms step. */
void fzc_app_step(const fzc_inputs_t *in, fzc_outputs_t *out);
/** Clears the latched steer fault (UDS routine); false if its condition is still present. */
bool fzc_app_clear_faults(void);

#endif /* FZC_APP_H */
