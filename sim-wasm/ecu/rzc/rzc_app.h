/*
 * rzc_app: the rear zone controller's behaviour, free of COM and IO so it reads as the requirements do:
 * inverter torque control with command supervision, phase overcurrent cut, thermal derating with hysteresis,
 * battery management (SOC from an open-circuit-voltage estimate, then coulomb counting on virtual time;
 * voltage, current and temperature limits; contactor sequence OPEN → PRECHARGE → CLOSED, open on a severe
 * fault). Runs every 1 ms; units are the DBC's and the IO channels' integer units (0.1 Nm, 0.1 A, 0.1 degC,
 * mV).
 */
#ifndef RZC_APP_H
#define RZC_APP_H

#include <stdbool.h>
#include <stdint.h>

/* ---- inverter ---- */
#define RZC_TORQUE_MAX        3100   /* 0.1 Nm: the motor's 310 Nm */
#define RZC_LIMP_PCT          30U    /* % torque cap while VehicleState (the CVC's cap) is missing */
#define RZC_OC_LIMIT          5500   /* 0.1 A RMS phase current; the motor draws ≤ ~515 A at full torque */
#define RZC_OC_MS             2U     /* above the limit this many 1 ms samples in a row: trip (latched) */
/* Thermal derating: 100 % at or below START, linear to 0 % at END (shutdown). Hysteresis: on the way down
 * the temperature used lags the measured one by HYST, so torque comes back only HYST below where it went. */
#define RZC_MOTOR_DERATE_START 1200  /* 0.1 degC */
#define RZC_MOTOR_DERATE_END   1500
#define RZC_INV_DERATE_START   900
#define RZC_INV_DERATE_END     1100
#define RZC_DERATE_HYST        100

/* ---- battery ---- */
#define RZC_CELLS             96U
#define RZC_CAPACITY_AH       200U
#define RZC_PACK_OV_MV        408000 /* 4.25 V/cell: severe */
#define RZC_PACK_UV_MV        288000 /* 3.00 V/cell: torque capped at RZC_LIMP_PCT */
#define RZC_PACK_UV_SEVERE_MV 268800 /* 2.80 V/cell: severe */
#define RZC_PACK_V_MS         500U   /* voltage limits must hold this long (sag under load is brief) */
#define RZC_PACK_OC           5500   /* 0.1 A, either direction ... */
#define RZC_PACK_OC_MS        100U   /* ... this long: severe */
#define RZC_PACK_OT           600    /* 0.1 degC: torque capped at RZC_LIMP_PCT */
#define RZC_PACK_OT_SEVERE    700    /* 0.1 degC: severe */
#define RZC_AUX_UV_MV         11000  /* 12 V supply below this ... */
#define RZC_AUX_UV_MS         1000U  /* ... this long: flagged */
#define RZC_SOC_LOW_PERMILLE  100U   /* SocLow below 10 % */
#define RZC_PRECHARGE_MS      300U   /* time in PRECHARGE before the main contactor closes */

/* DBC value tables: MotorStatus.InverterState, BatteryStatus.ContactorState, TorqueRequest.Direction */
enum { RZC_INV_OFF, RZC_INV_STANDBY, RZC_INV_RUN, RZC_INV_DERATED, RZC_INV_FAULT };
enum { RZC_CONT_OPEN, RZC_CONT_PRECHARGE, RZC_CONT_CLOSED, RZC_CONT_FAULT };
enum { RZC_DIR_NEUTRAL, RZC_DIR_FORWARD, RZC_DIR_REVERSE };

typedef struct {
	/* TorqueRequest: valid = received, E2E good and within its deadline */
	bool tq_valid;
	int16_t tq_req;          /* 0.1 Nm */
	uint8_t direction;       /* RZC_DIR_* */
	bool inverter_enable_req;
	bool regen_allowed;
	/* VehicleState */
	bool vs_valid;
	uint8_t torque_limit_pct;
	bool estop;              /* EStop frames arriving, or VehicleState.EStopActive */
	bool cutoff;             /* MotorCutoffReq from the FZC, as last received */
	/* sensors */
	int32_t phase_current;   /* 0.1 A */
	int32_t motor_temp;      /* 0.1 degC */
	int32_t inverter_temp;   /* 0.1 degC */
	int32_t battery_mv;
	int32_t battery_i;       /* 0.1 A, positive = discharge */
	int32_t battery_temp;    /* 0.1 degC */
	int32_t aux_mv;
	bool inverter_enable_fb; /* enable line after the SC's kill relay */
	uint32_t elapsed_ms;     /* since the previous step (coulomb counting) */
} rzc_inputs_t;

typedef struct {
	int32_t torque_cmd;      /* 0.1 Nm to the inverter */
	bool inverter_enable;
	uint8_t contactor;       /* IO value: 0 OPEN, 1 PRECHARGE, 2 CLOSED */
	uint8_t contactor_state; /* RZC_CONT_* (FAULT reported while held open) */
	uint8_t inverter_state;  /* RZC_INV_* */
	bool cmd_timeout;
	bool overcurrent;        /* latched */
	bool overtemp;           /* thermal shutdown */
	bool derating;           /* any cap below 100 % (temperature or battery) */
	bool temp_derate;
	uint8_t derate_pct;      /* thermal, % (the torque limit itself is computed in permille) */
	int32_t max_torque;      /* 0.1 Nm available now */
	bool motor_overtemp;
	bool inverter_overtemp;
	/* battery */
	uint16_t soc_permille;
	bool pack_ov;
	bool pack_uv;
	bool pack_uv_severe;
	bool pack_oc;
	bool pack_ot;
	bool pack_ot_severe;
	bool aux_uv;
	bool soc_low;
	bool severe;             /* a battery fault that opened the contactor (latched) */
} rzc_outputs_t;

/** Forgets all state (power-up); the first step estimates the SOC from the resting pack voltage. */
void rzc_app_init(void);
/** One 1 ms step. */
void rzc_app_step(const rzc_inputs_t *in, rzc_outputs_t *out);
/** Clears the overcurrent latch and a contactor fault (UDS routine); false while a cause is still present. */
bool rzc_app_clear_faults(void);
/** SOC estimate from a resting pack voltage (mV), in permille: the inverse of the NMC cell OCV curve. */
uint16_t rzc_soc_from_ocv(int32_t pack_mv);

#endif /* RZC_APP_H */
