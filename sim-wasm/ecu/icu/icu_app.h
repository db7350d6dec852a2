/*
 * icu_app: what the instrument cluster shows, free of COM and IO so it reads as the requirements do:
 * displayed speed (first-order filter, UNECE R39 over-read), SOC, gear, mode, power, 16 telltales and one
 * warning text chosen by priority. Inputs are the DBC's raw encodings of the received messages, each with a
 * valid flag (false while the message is timed out); outputs are ClusterDisplay's raw encodings.
 */
#ifndef ICU_APP_H
#define ICU_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "vehicle_dbc.h"

/* Displayed speed. R39 (and ECE R39 5.3): the shown speed V1 never falls below the true speed V2 and
 * 0 <= V1 - V2 <= 0.1 V2 + 4 km/h. The nominal over-read is 4 % (0 at standstill, so a stopped car shows
 * 0), smoothed by a first-order filter so the needle does not jitter with wheel-speed noise; since a filter
 * lags on acceleration, the result is clamped into the legal band afterwards. */
#define ICU_SPEED_OVERREAD_PCT 4U
#define ICU_SPEED_TAU_MS 300U
#define ICU_SPEED_MAX_REL_PCT 10U   /* R39 upper band: +10 % ... */
#define ICU_SPEED_MAX_ABS 400U      /* ... + 4 km/h, in 0.01 km/h */
#define ICU_SPEED_DISPLAY_MAX 3000U /* DisplayedSpeed range end, 300 km/h in 0.1 km/h */

/* "—" values. The DBC has no invalid/unknown entries for ClusterDisplay yet; when a VAL_ named
 * NOT_AVAILABLE (speed, SOC) or UNKNOWN (mode) is added, the generated macro is picked up here. Until then
 * a missing input shows 0 / INIT and its telltale and warning text are raised. */
#ifdef VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_SPEED_NOT_AVAILABLE_CHOICE
#define ICU_SPEED_NOT_AVAILABLE VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_SPEED_NOT_AVAILABLE_CHOICE
#else
#define ICU_SPEED_NOT_AVAILABLE 0U
#endif
#ifdef VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_SOC_NOT_AVAILABLE_CHOICE
#define ICU_SOC_NOT_AVAILABLE VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_SOC_NOT_AVAILABLE_CHOICE
#else
#define ICU_SOC_NOT_AVAILABLE 0U
#endif
#ifdef VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_UNKNOWN_CHOICE
#define ICU_MODE_UNKNOWN VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_UNKNOWN_CHOICE
#else
#define ICU_MODE_UNKNOWN VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_INIT_CHOICE
#endif

/* Telltale bit numbers: bit n of icu_outputs_t.telltales and of IO_ICU_TELLTALES is the n-th telltale
 * signal of ClusterDisplay (bit 32 + n of the frame). */
enum {
	ICU_TT_READY = 0,
	ICU_TT_SYSTEM_FAULT,
	ICU_TT_BATTERY_LOW,
	ICU_TT_MOTOR_TEMP,
	ICU_TT_BRAKE_FAULT,
	ICU_TT_STEER_FAULT,
	ICU_TT_TURN_LEFT,
	ICU_TT_TURN_RIGHT,
	ICU_TT_HAZARD,
	ICU_TT_LOW_BEAM,
	ICU_TT_HIGH_BEAM,
	ICU_TT_DOOR_OPEN,
	ICU_TT_ESTOP,
	ICU_TT_COLLISION_WARN,
	ICU_TT_LIMP_MODE,
	ICU_TT_SAFETY_KILL,
	ICU_TT_COUNT
};

typedef struct {
	/* VehicleState (CVC) */
	bool vs_valid;
	struct vehicle_dbc_vehicle_state_t vs;
	/* WheelSpeeds (RZC): the speed source while VehicleState is missing */
	bool wheels_valid;
	uint16_t wheel_speed[4]; /* 0.01 km/h */
	/* BatteryStatus (RZC) */
	bool batt_valid;
	struct vehicle_dbc_battery_status_t batt;
	/* MotorStatus and MotorTemp (RZC) */
	bool motor_valid;
	struct vehicle_dbc_motor_status_t motor;
	bool temp_valid;
	struct vehicle_dbc_motor_temp_t temp;
	/* SafetyStatus (SC) */
	bool safety_valid;
	struct vehicle_dbc_safety_status_t safety;
	/* FrontDistance (FZC) */
	bool dist_valid;
	uint8_t aeb_zone;
	bool brake_fault_event; /* last BrakeFault (FZC) frame said ACTIVE */
	/* BCM */
	bool ind_valid;
	struct vehicle_dbc_indicators_t ind;
	bool lights_valid;
	uint8_t headlamp_state;
	bool doors_valid;
	bool door_open;
	/* EStop frames keep arriving (sent only while active) */
	bool estop_frame;
	/* supervision and DTC list */
	bool comm_lost;       /* a supervised message is timed out */
	bool dtc_warning;     /* a DTC in the list requests the warning indicator */
	bool dtc_confirmed;   /* a confirmed DTC is in the list */
	bool lamp_test;       /* routine 0x0201: every telltale on */
} icu_inputs_t;

typedef struct {
	bool speed_valid;
	uint16_t speed;       /* 0.1 km/h (DisplayedSpeed raw) */
	bool soc_valid;
	uint8_t soc;          /* % */
	uint8_t gear;         /* 0 P, 1 R, 2 N, 3 D */
	uint8_t mode;         /* DisplayedMode */
	int16_t power;        /* 0.1 kW, negative = regeneration (not in ClusterDisplay: IO and DID only) */
	uint16_t telltales;   /* bit ICU_TT_* */
	uint8_t warning;      /* WarningTextId */
} icu_outputs_t;

/** Forgets the filter state. */
void icu_app_init(void);
/** One step at virtual time now_us (every 1 ms tick). */
void icu_app_step(const icu_inputs_t *in, uint64_t now_us, icu_outputs_t *out);
/** The true speed the display is based on (0.01 km/h), or -1 when no speed source is valid. */
int32_t icu_app_true_speed(const icu_inputs_t *in);

#endif /* ICU_APP_H */
