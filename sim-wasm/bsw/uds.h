/*
 * uds: ISO 14229-1 diagnostic server over one isotp channel (physical rx id, functional 0x7DF, response id).
 * Table-driven dispatch of 0x10 0x11 0x14 0x19 0x22 0x27 0x2E 0x31 0x3E; everything else gets NRC 0x11.
 * The ECU describes its data identifiers and routines in const tables; DTCs come from the DEM through a
 * hook table (uds_dem_if_t), the application's reset, session and key logic through uds_app_if_t.
 * One static instance per ECU image. Time comes from uds_main(now_us): the S3 session timeout and the
 * security delay run on it; requests are answered when their last frame arrives, stamped with the last
 * uds_main time. Behaviour for testers is described in docs/diagnostics.md.
 */
#ifndef UDS_H
#define UDS_H

#include <stdbool.h>
#include <stdint.h>

#include "isotp.h"

#ifndef UDS_BUF_SIZE
#define UDS_BUF_SIZE ISOTP_BUF_SIZE /* longest request and response */
#endif
#ifndef UDS_MAX_ROUTINES
#define UDS_MAX_ROUTINES 16U
#endif
#define UDS_MAX_DIDS_PER_READ 8U   /* DIDs in one 0x22 request */
#define UDS_S3_DEFAULT_US 5000000U /* non-default session falls back after 5 s without a request */
#define UDS_SECURITY_DELAY_DEFAULT_US 10000000U
#define UDS_SECURITY_MAX_ATTEMPTS 3U /* invalid keys before NRC 0x36 and the delay */
#define UDS_P2_MS 50U                /* reported in the 0x10 response */
#define UDS_P2_STAR_MS 5000U
#define UDS_DTC_FORMAT_ID 0x04U /* 0x19 0x01: SAE_J2012-DA_DTCFormat_04 (2-byte code + failure type byte) */
#define UDS_DID_ACTIVE_SESSION 0xF186U /* built in: 1 byte, the active session, readable in every session */

/* sessions (0x10 sub-functions) and the masks tables use */
#define UDS_SESSION_DEFAULT 0x01U
#define UDS_SESSION_PROGRAMMING 0x02U
#define UDS_SESSION_EXTENDED 0x03U
#define UDS_IN_DEFAULT 0x01U
#define UDS_IN_PROGRAMMING 0x02U
#define UDS_IN_EXTENDED 0x04U
#define UDS_IN_ALL 0x07U
#define UDS_IN_NON_DEFAULT (UDS_IN_PROGRAMMING | UDS_IN_EXTENDED)

/* negative response codes (ISO 14229-1 names); hooks return them negated, e.g. -UDS_NRC_CNC */
#define UDS_NRC_GR 0x10U     /* generalReject */
#define UDS_NRC_SNS 0x11U    /* serviceNotSupported */
#define UDS_NRC_SFNS 0x12U   /* subFunctionNotSupported */
#define UDS_NRC_IMLOIF 0x13U /* incorrectMessageLengthOrInvalidFormat */
#define UDS_NRC_RTL 0x14U    /* responseTooLong */
#define UDS_NRC_CNC 0x22U    /* conditionsNotCorrect */
#define UDS_NRC_RSE 0x24U    /* requestSequenceError */
#define UDS_NRC_ROOR 0x31U   /* requestOutOfRange */
#define UDS_NRC_SAD 0x33U    /* securityAccessDenied */
#define UDS_NRC_IK 0x35U     /* invalidKey */
#define UDS_NRC_ENOA 0x36U   /* exceededNumberOfAttempts */
#define UDS_NRC_RTDNE 0x37U  /* requiredTimeDelayNotExpired */
#define UDS_NRC_GPF 0x72U    /* generalProgrammingFailure */
#define UDS_NRC_SFNSIAS 0x7EU /* subFunctionNotSupportedInActiveSession */
#define UDS_NRC_SNSIAS 0x7FU  /* serviceNotSupportedInActiveSession */

#define UDS_OK 0
#define UDS_E_PARAM (-1)

/** One data identifier for 0x22/0x2E. A session mask of 0 means never (read-only: write_sessions 0). */
typedef struct {
	uint16_t id;
	uint16_t len; /* exact payload length */
	uint8_t read_sessions;  /* UDS_IN_* mask */
	uint8_t read_security;  /* security level needed to read, 0 = none */
	uint8_t write_sessions;
	uint8_t write_security;
	/* Fills len bytes; 0, or a negated NRC (-UDS_NRC_CNC). */
	int32_t (*read)(uint16_t did, uint8_t *dst, uint16_t len);
	/* Takes len bytes; 0, or a negated NRC (-UDS_NRC_ROOR for a bad value, -UDS_NRC_GPF for NVM). */
	int32_t (*write)(uint16_t did, const uint8_t *src, uint16_t len);
} uds_did_t;

/*
 * A routine control function: in = routineControlOptionRecord, out = routineStatusRecord. Returns the bytes
 * written to out (<= out_max), or a negated NRC.
 */
typedef int32_t (*uds_routine_fn)(uint16_t rid, const uint8_t *in, uint16_t in_len, uint8_t *out, uint16_t out_max);

/** One routine for 0x31; stop/results may be NULL (NRC 0x12 for that sub-function). */
typedef struct {
	uint16_t id;
	uint8_t sessions; /* UDS_IN_* mask */
	uint8_t security; /* level needed, 0 = none */
	uds_routine_fn start;
	uds_routine_fn stop;
	uds_routine_fn results;
} uds_routine_t;

/*
 * DTC memory for 0x19 and 0x14, implemented by the DEM (dem.h) or a test double. A NULL member makes the
 * sub-functions needing it answer NRC 0x12. DTCs are 24-bit (SAE J2012 code + failure type byte).
 * mask 0 in count/get means "every supported DTC whatever its status" (0x19 0x0A).
 */
typedef struct {
	uint8_t (*status_availability_mask)(void);
	uint16_t (*count)(uint8_t mask);
	/* index-th DTC whose status & mask != 0 (or any DTC when mask is 0); false past the end */
	bool (*get)(uint16_t index, uint8_t mask, uint32_t *dtc, uint8_t *status);
	/* status byte of a DTC, or < 0 when the DTC is not supported */
	int32_t (*status)(uint32_t dtc);
	/* snapshot records after DTC and status (record, #DIDs, DID, data...); bytes written, or a DEM_E_* code */
	int32_t (*snapshot)(uint32_t dtc, uint8_t record, uint8_t *dst, uint16_t max);
	/* clears 0xFFFFFF (all) or one DTC; 0, or a DEM_E_* code */
	int32_t (*clear)(uint32_t group);
} uds_dem_if_t;

/** Application hooks; any member may be NULL. */
typedef struct {
	/* 0x11: performs the reset after the positive response left (type 0x01 hard, 0x03 soft). NULL: NRC 0x22. */
	void (*reset)(uint8_t type);
	/* 0x10: may the session be entered now (e.g. not while driving)? false: NRC 0x22. NULL: always. */
	bool (*session_allowed)(uint8_t session);
	/* A session was entered (also the fall-back to default on S3 timeout). */
	void (*session_changed)(uint8_t session);
	/* 0x27: the key expected for a seed. NULL: uds_default_key. */
	uint32_t (*key)(uint8_t level, uint32_t seed);
} uds_app_if_t;

typedef struct {
	uint32_t phys_rx_id; /* 0x7E0 + ECU index */
	uint32_t func_rx_id; /* 0x7DF, or ISOTP_NO_ID */
	uint32_t tx_id;      /* phys_rx_id + 8 */
	isotp_tx_fn tx;
	uint8_t block_size;  /* BS and STmin we ask testers for */
	uint8_t st_min;
	const uds_did_t *dids;
	uint16_t did_count;
	const uds_routine_t *routines;
	uint8_t routine_count; /* <= UDS_MAX_ROUTINES */
	const uds_dem_if_t *dem; /* NULL: 0x14 and 0x19 are not supported (NRC 0x11) */
	const uds_app_if_t *app; /* may be NULL */
	uint8_t security_levels; /* bit n-1: level n (0x27 sub-functions 2n-1/2n) supported; 0 = level 1 only */
	uint32_t s3_us;             /* 0 = UDS_S3_DEFAULT_US */
	uint32_t security_delay_us; /* 0 = UDS_SECURITY_DELAY_DEFAULT_US */
} uds_config_t;

/** Counters since uds_init. */
typedef struct {
	uint32_t requests;
	uint32_t functional;     /* of which functional */
	uint32_t positive;       /* positive responses sent */
	uint32_t negative;       /* negative responses sent */
	uint32_t suppressed;     /* positive responses suppressed by bit 0x80 */
	uint32_t nrc_suppressed; /* NRCs not sent for functional requests (0x11 0x12 0x31 0x7E 0x7F) */
	uint32_t busy_dropped;   /* requests while the previous response was still being sent */
	uint32_t tp_errors;      /* ISO-TP receptions or transmissions that failed */
	uint32_t s3_timeouts;
	uint32_t invalid_keys;
} uds_stats_t;

/** Validates the tables, resets session/security, seeds the seed PRNG (ecu_init's seed). UDS_OK or UDS_E_PARAM. */
int32_t uds_init(const uds_config_t *cfg, uint32_t seed);
/** Offers a received CAN frame; false when its id is not one of the server's. */
bool uds_rx(uint32_t id, const uint8_t *data, uint8_t len);
/** Advances time: ISO-TP, S3 timeout, the reset after a response. Call every tick. */
void uds_main(uint64_t now_us);
/** Active session (UDS_SESSION_*). */
uint8_t uds_session(void);
/** A VIN (DID 0xF190) the ECUs accept: `len` characters of ISO 3779 (digits and capitals without I, O, Q). */
bool uds_vin_valid(const uint8_t *vin, uint16_t len);
/** Unlocked security level, 0 when locked. */
uint8_t uds_security_level(void);
/** The counters. */
const uds_stats_t *uds_stats(void);
/** The configuration uds_init took (its request IDs), or NULL when uds_init refused it or never ran. */
const uds_config_t *uds_config(void);
/** The ISO-TP channel's counters. */
const isotp_stats_t *uds_isotp_stats(void);
/** The default seed/key algorithm (documented in docs/diagnostics.md, also implemented by the app's tester). */
uint32_t uds_default_key(uint8_t level, uint32_t seed);

#endif /* UDS_H */
