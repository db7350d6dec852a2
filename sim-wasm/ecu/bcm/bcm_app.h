/*
 * bcm_app: the body control module's behaviour, free of COM and IO so it reads as the requirements do:
 * automatic headlamps, direction indicators and hazards at 1.5 Hz, door locking. Inputs and outputs use the
 * DBC's raw encodings (value tables of BodyCommand, Lights, Indicators, Doors; speed in 0.01 km/h).
 */
#ifndef BCM_APP_H
#define BCM_APP_H

#include <stdbool.h>
#include <stdint.h>

/* Automatic headlamps: on below BCM_LUX_ON for BCM_LUX_ON_DELAY_MS, off above BCM_LUX_OFF for
 * BCM_LUX_OFF_DELAY_MS. The gap between the thresholds and the delays keep the lamps from flickering under
 * trees and bridges; switching on is quicker than off (a tunnel needs light at once, daylight can wait). */
#define BCM_LUX_ON           1000  /* lx */
#define BCM_LUX_OFF          2000  /* lx */
#define BCM_LUX_ON_DELAY_MS  1000U
#define BCM_LUX_OFF_DELAY_MS 5000U

/* Indicators at exactly 1.5 Hz, 50 % duty: lamp on while (t * 3) mod 2 s < 1 s, t from the start of
 * flashing; integer arithmetic on µs, so there is no drift over hours of virtual time. */
#define BCM_FLASH_NUM_HZ2 3U       /* frequency 3/2 Hz */
#define BCM_FLASH_PERIOD_X_US 2000000U

/* Door auto-lock once the speed exceeds 10 km/h; armed again below 8 km/h so speed noise around the
 * threshold does not re-lock doors the driver just unlocked. Safety unlock on E-stop at standstill. */
#define BCM_AUTOLOCK_SPEED    1000U /* 0.01 km/h */
#define BCM_AUTOLOCK_REARM    800U  /* 0.01 km/h */
#define BCM_STANDSTILL_SPEED  100U  /* 0.01 km/h */

typedef struct {
	int32_t ambient_lux;
	bool ambient_fault;      /* sensor implausible: AUTO falls back to lamps on */
	uint8_t light_switch;    /* BodyCommand HeadlampSwitch: 0 OFF, 1 AUTO, 2 LOW, 3 HIGH */
	uint8_t turn_stalk;      /* BodyCommand IndicatorSwitch: 0 OFF, 1 LEFT, 2 RIGHT */
	bool hazard_switch;
	uint8_t lock_request;    /* one tick per press: 0 NONE, 1 LOCK, 2 UNLOCK */
	bool auto_lock_enable;
	bool door_open[4];       /* FL, FR, RL, RR */
	bool speed_valid;
	uint16_t speed;          /* 0.01 km/h */
	bool estop_active;       /* EStop frames with EStopActive = 1 keep arriving, or VehicleState says so */
	bool safe_stop;          /* VehicleState Mode = SAFE_STOP */
	bool brake_pressed;
	bool reverse_gear;
} bcm_inputs_t;

typedef struct {
	uint8_t headlamp_state;  /* Lights HeadlampState: 0 OFF, 1 LOW, 2 HIGH */
	bool headlamp_auto;
	bool tail_lamp;
	bool brake_lamp;
	bool reverse_lamp;
	uint8_t indicator_state; /* Indicators IndicatorState: 0 OFF, 1 LEFT, 2 RIGHT, 3 HAZARD */
	bool left_lamp;
	bool right_lamp;
	uint8_t hazard_reason;   /* 0 NONE, 1 SWITCH, 2 ESTOP, 3 SAFE_STOP */
	uint8_t lock_state;      /* Doors DoorLockState: 0 UNLOCKED, 1 LOCKED */
	uint8_t lock_reason;     /* 0 NONE, 1 DRIVER, 2 AUTO_SPEED, 3 SAFETY_UNLOCK */
} bcm_outputs_t;

/** Forgets all state; the first step decides the headlamps from the ambient light without delay. */
void bcm_app_init(void);
/** One step at virtual time now_us (called every 1 ms tick). */
void bcm_app_step(const bcm_inputs_t *in, uint64_t now_us, bcm_outputs_t *out);

#endif /* BCM_APP_H */
