/* generated from static/vehicle.dbc by src/cli/gen-c.ts — do not edit */
#ifndef VEHICLE_DBC_H
#define VEHICLE_DBC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Nodes (BU_ order). */
#define VEHICLE_DBC_NODE_CVC (0U)
#define VEHICLE_DBC_NODE_FZC (1U)
#define VEHICLE_DBC_NODE_RZC (2U)
#define VEHICLE_DBC_NODE_SC (3U)
#define VEHICLE_DBC_NODE_BCM (4U)
#define VEHICLE_DBC_NODE_ICU (5U)
#define VEHICLE_DBC_NODE_TCU (6U)
#define VEHICLE_DBC_NODE_TESTER (7U)
#define VEHICLE_DBC_NODE_COUNT (8U)
/* Sender of a message sent by several nodes or by none (msg_info_t.sender). */
#define VEHICLE_DBC_SENDER_ANY (0xFFU)

/* GenMsgSendType values. */
#define VEHICLE_DBC_SEND_TYPE_CYCLIC (0U)
#define VEHICLE_DBC_SEND_TYPE_EVENT (1U)
#define VEHICLE_DBC_SEND_TYPE_CYCLIC_IF_ACTIVE (2U)

/* ---- EStop (0x001) ---- */
/* Emergency stop from the CVC (button, remote or tester). Sent on activation and repeated every 10 ms while active; E2E protected. */
#define VEHICLE_DBC_E_STOP_FRAME_ID (0x001U)
#define VEHICLE_DBC_E_STOP_LENGTH (3U)
#define VEHICLE_DBC_E_STOP_CYCLE_TIME_MS (10U)
#define VEHICLE_DBC_E_STOP_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC_IF_ACTIVE)
#define VEHICLE_DBC_E_STOP_E2E_DATA_ID (0x01U)
#define VEHICLE_DBC_E_STOP_IS_EXTENDED (0)

#define VEHICLE_DBC_E_STOP_SOURCE_NONE_CHOICE (0U)
#define VEHICLE_DBC_E_STOP_SOURCE_BUTTON_CHOICE (1U)
#define VEHICLE_DBC_E_STOP_SOURCE_REMOTE_CHOICE (2U)
#define VEHICLE_DBC_E_STOP_SOURCE_TESTER_CHOICE (3U)

/** EStop: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_e_stop_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|1 Intel; phys = raw, 0..1 */
    uint8_t active;
    /** 17|3 Intel; phys = raw, 0..3. Who asked for the emergency stop. */
    uint8_t source;
};

/** Packs EStop into dst_p; returns the bytes written (3) or -1 when size is too small. */
int vehicle_dbc_e_stop_pack(uint8_t *dst_p, const struct vehicle_dbc_e_stop_t *src_p, size_t size);
/** Unpacks EStop from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_e_stop_unpack(struct vehicle_dbc_e_stop_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_e_stop_alive_counter_encode(double value);
double vehicle_dbc_e_stop_alive_counter_decode(uint8_t value);
bool vehicle_dbc_e_stop_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_e_stop_data_id_encode(double value);
double vehicle_dbc_e_stop_data_id_decode(uint8_t value);
bool vehicle_dbc_e_stop_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_e_stop_crc_encode(double value);
double vehicle_dbc_e_stop_crc_decode(uint8_t value);
bool vehicle_dbc_e_stop_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_e_stop_active_encode(double value);
double vehicle_dbc_e_stop_active_decode(uint8_t value);
bool vehicle_dbc_e_stop_active_is_in_range(uint8_t value);
uint8_t vehicle_dbc_e_stop_source_encode(double value);
double vehicle_dbc_e_stop_source_decode(uint8_t value);
bool vehicle_dbc_e_stop_source_is_in_range(uint8_t value);

/* ---- Heartbeat_CVC (0x010) ---- */
/* Heartbeat of the CVC (safety ECU, 50 ms, E2E protected), supervised by the SC. */
#define VEHICLE_DBC_HEARTBEAT_CVC_FRAME_ID (0x010U)
#define VEHICLE_DBC_HEARTBEAT_CVC_LENGTH (6U)
#define VEHICLE_DBC_HEARTBEAT_CVC_CYCLE_TIME_MS (50U)
#define VEHICLE_DBC_HEARTBEAT_CVC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_HEARTBEAT_CVC_E2E_DATA_ID (0x02U)
#define VEHICLE_DBC_HEARTBEAT_CVC_IS_EXTENDED (0)

#define VEHICLE_DBC_HEARTBEAT_CVC_ECU_ID_CVC_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_CVC_ECU_ID_FZC_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_CVC_ECU_ID_RZC_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_CVC_ECU_ID_SC_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_CVC_ECU_ID_BCM_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_CVC_ECU_ID_ICU_CHOICE (5U)
#define VEHICLE_DBC_HEARTBEAT_CVC_ECU_ID_TCU_CHOICE (6U)
#define VEHICLE_DBC_HEARTBEAT_CVC_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_CVC_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_CVC_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_CVC_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_CVC_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_CVC_MODE_SHUTDOWN_CHOICE (5U)

/** Heartbeat_CVC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_heartbeat_cvc_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|8 Intel; phys = raw, 0..6. Sending ECU, numbered in BU_ order. */
    uint8_t ecu_id;
    /** 24|8 Intel; phys = raw, 0..5. Operating mode of the sending ECU. */
    uint8_t mode;
    /** 32|8 Intel; phys = raw, 0..255. Bit field: 0 sensor, 1 actuator, 2 communication, 3 supply voltage, 4 over-temperature, 5 watchdog reset since power-up, 6 NVM, 7 internal software fault. */
    uint8_t fault_status;
    /** 40|8 Intel; phys = raw, 0..255. DTCs with testFailed (status bit 0) set in the sender's DTC memory, saturating at 255. */
    uint8_t active_dtc_count;
};

/** Packs Heartbeat_CVC into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_heartbeat_cvc_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_cvc_t *src_p, size_t size);
/** Unpacks Heartbeat_CVC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_heartbeat_cvc_unpack(struct vehicle_dbc_heartbeat_cvc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_heartbeat_cvc_alive_counter_encode(double value);
double vehicle_dbc_heartbeat_cvc_alive_counter_decode(uint8_t value);
bool vehicle_dbc_heartbeat_cvc_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_cvc_data_id_encode(double value);
double vehicle_dbc_heartbeat_cvc_data_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_cvc_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_cvc_crc_encode(double value);
double vehicle_dbc_heartbeat_cvc_crc_decode(uint8_t value);
bool vehicle_dbc_heartbeat_cvc_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_cvc_ecu_id_encode(double value);
double vehicle_dbc_heartbeat_cvc_ecu_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_cvc_ecu_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_cvc_mode_encode(double value);
double vehicle_dbc_heartbeat_cvc_mode_decode(uint8_t value);
bool vehicle_dbc_heartbeat_cvc_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_cvc_fault_status_encode(double value);
double vehicle_dbc_heartbeat_cvc_fault_status_decode(uint8_t value);
bool vehicle_dbc_heartbeat_cvc_fault_status_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_cvc_active_dtc_count_encode(double value);
double vehicle_dbc_heartbeat_cvc_active_dtc_count_decode(uint8_t value);
bool vehicle_dbc_heartbeat_cvc_active_dtc_count_is_in_range(uint8_t value);

/* ---- Heartbeat_FZC (0x011) ---- */
/* Heartbeat of the FZC (safety ECU, 50 ms, E2E protected), supervised by the SC and the CVC. */
#define VEHICLE_DBC_HEARTBEAT_FZC_FRAME_ID (0x011U)
#define VEHICLE_DBC_HEARTBEAT_FZC_LENGTH (6U)
#define VEHICLE_DBC_HEARTBEAT_FZC_CYCLE_TIME_MS (50U)
#define VEHICLE_DBC_HEARTBEAT_FZC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_HEARTBEAT_FZC_E2E_DATA_ID (0x03U)
#define VEHICLE_DBC_HEARTBEAT_FZC_IS_EXTENDED (0)

#define VEHICLE_DBC_HEARTBEAT_FZC_ECU_ID_CVC_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_FZC_ECU_ID_FZC_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_FZC_ECU_ID_RZC_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_FZC_ECU_ID_SC_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_FZC_ECU_ID_BCM_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_FZC_ECU_ID_ICU_CHOICE (5U)
#define VEHICLE_DBC_HEARTBEAT_FZC_ECU_ID_TCU_CHOICE (6U)
#define VEHICLE_DBC_HEARTBEAT_FZC_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_FZC_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_FZC_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_FZC_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_FZC_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_FZC_MODE_SHUTDOWN_CHOICE (5U)

/** Heartbeat_FZC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_heartbeat_fzc_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|8 Intel; phys = raw, 0..6. Sending ECU, numbered in BU_ order. */
    uint8_t ecu_id;
    /** 24|8 Intel; phys = raw, 0..5. Operating mode of the sending ECU. */
    uint8_t mode;
    /** 32|8 Intel; phys = raw, 0..255. Bit field: 0 sensor, 1 actuator, 2 communication, 3 supply voltage, 4 over-temperature, 5 watchdog reset since power-up, 6 NVM, 7 internal software fault. */
    uint8_t fault_status;
    /** 40|8 Intel; phys = raw, 0..255. DTCs with testFailed (status bit 0) set in the sender's DTC memory, saturating at 255. */
    uint8_t active_dtc_count;
};

/** Packs Heartbeat_FZC into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_heartbeat_fzc_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_fzc_t *src_p, size_t size);
/** Unpacks Heartbeat_FZC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_heartbeat_fzc_unpack(struct vehicle_dbc_heartbeat_fzc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_heartbeat_fzc_alive_counter_encode(double value);
double vehicle_dbc_heartbeat_fzc_alive_counter_decode(uint8_t value);
bool vehicle_dbc_heartbeat_fzc_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_fzc_data_id_encode(double value);
double vehicle_dbc_heartbeat_fzc_data_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_fzc_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_fzc_crc_encode(double value);
double vehicle_dbc_heartbeat_fzc_crc_decode(uint8_t value);
bool vehicle_dbc_heartbeat_fzc_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_fzc_ecu_id_encode(double value);
double vehicle_dbc_heartbeat_fzc_ecu_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_fzc_ecu_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_fzc_mode_encode(double value);
double vehicle_dbc_heartbeat_fzc_mode_decode(uint8_t value);
bool vehicle_dbc_heartbeat_fzc_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_fzc_fault_status_encode(double value);
double vehicle_dbc_heartbeat_fzc_fault_status_decode(uint8_t value);
bool vehicle_dbc_heartbeat_fzc_fault_status_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_fzc_active_dtc_count_encode(double value);
double vehicle_dbc_heartbeat_fzc_active_dtc_count_decode(uint8_t value);
bool vehicle_dbc_heartbeat_fzc_active_dtc_count_is_in_range(uint8_t value);

/* ---- Heartbeat_RZC (0x012) ---- */
/* Heartbeat of the RZC (safety ECU, 50 ms, E2E protected), supervised by the SC and the CVC. */
#define VEHICLE_DBC_HEARTBEAT_RZC_FRAME_ID (0x012U)
#define VEHICLE_DBC_HEARTBEAT_RZC_LENGTH (6U)
#define VEHICLE_DBC_HEARTBEAT_RZC_CYCLE_TIME_MS (50U)
#define VEHICLE_DBC_HEARTBEAT_RZC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_HEARTBEAT_RZC_E2E_DATA_ID (0x04U)
#define VEHICLE_DBC_HEARTBEAT_RZC_IS_EXTENDED (0)

#define VEHICLE_DBC_HEARTBEAT_RZC_ECU_ID_CVC_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_RZC_ECU_ID_FZC_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_RZC_ECU_ID_RZC_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_RZC_ECU_ID_SC_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_RZC_ECU_ID_BCM_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_RZC_ECU_ID_ICU_CHOICE (5U)
#define VEHICLE_DBC_HEARTBEAT_RZC_ECU_ID_TCU_CHOICE (6U)
#define VEHICLE_DBC_HEARTBEAT_RZC_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_RZC_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_RZC_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_RZC_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_RZC_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_RZC_MODE_SHUTDOWN_CHOICE (5U)

/** Heartbeat_RZC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_heartbeat_rzc_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|8 Intel; phys = raw, 0..6. Sending ECU, numbered in BU_ order. */
    uint8_t ecu_id;
    /** 24|8 Intel; phys = raw, 0..5. Operating mode of the sending ECU. */
    uint8_t mode;
    /** 32|8 Intel; phys = raw, 0..255. Bit field: 0 sensor, 1 actuator, 2 communication, 3 supply voltage, 4 over-temperature, 5 watchdog reset since power-up, 6 NVM, 7 internal software fault. */
    uint8_t fault_status;
    /** 40|8 Intel; phys = raw, 0..255. DTCs with testFailed (status bit 0) set in the sender's DTC memory, saturating at 255. */
    uint8_t active_dtc_count;
};

/** Packs Heartbeat_RZC into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_heartbeat_rzc_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_rzc_t *src_p, size_t size);
/** Unpacks Heartbeat_RZC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_heartbeat_rzc_unpack(struct vehicle_dbc_heartbeat_rzc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_heartbeat_rzc_alive_counter_encode(double value);
double vehicle_dbc_heartbeat_rzc_alive_counter_decode(uint8_t value);
bool vehicle_dbc_heartbeat_rzc_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_rzc_data_id_encode(double value);
double vehicle_dbc_heartbeat_rzc_data_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_rzc_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_rzc_crc_encode(double value);
double vehicle_dbc_heartbeat_rzc_crc_decode(uint8_t value);
bool vehicle_dbc_heartbeat_rzc_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_rzc_ecu_id_encode(double value);
double vehicle_dbc_heartbeat_rzc_ecu_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_rzc_ecu_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_rzc_mode_encode(double value);
double vehicle_dbc_heartbeat_rzc_mode_decode(uint8_t value);
bool vehicle_dbc_heartbeat_rzc_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_rzc_fault_status_encode(double value);
double vehicle_dbc_heartbeat_rzc_fault_status_decode(uint8_t value);
bool vehicle_dbc_heartbeat_rzc_fault_status_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_rzc_active_dtc_count_encode(double value);
double vehicle_dbc_heartbeat_rzc_active_dtc_count_decode(uint8_t value);
bool vehicle_dbc_heartbeat_rzc_active_dtc_count_is_in_range(uint8_t value);

/* ---- SafetyStatus (0x013) ---- */
/* Safety controller status; doubles as the SC heartbeat (same first six bytes as the other heartbeats). Reports the kill relay and why it was opened. */
#define VEHICLE_DBC_SAFETY_STATUS_FRAME_ID (0x013U)
#define VEHICLE_DBC_SAFETY_STATUS_LENGTH (8U)
#define VEHICLE_DBC_SAFETY_STATUS_CYCLE_TIME_MS (100U)
#define VEHICLE_DBC_SAFETY_STATUS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_SAFETY_STATUS_E2E_DATA_ID (0x05U)
#define VEHICLE_DBC_SAFETY_STATUS_IS_EXTENDED (0)

#define VEHICLE_DBC_SAFETY_STATUS_ECU_ID_CVC_CHOICE (0U)
#define VEHICLE_DBC_SAFETY_STATUS_ECU_ID_FZC_CHOICE (1U)
#define VEHICLE_DBC_SAFETY_STATUS_ECU_ID_RZC_CHOICE (2U)
#define VEHICLE_DBC_SAFETY_STATUS_ECU_ID_SC_CHOICE (3U)
#define VEHICLE_DBC_SAFETY_STATUS_ECU_ID_BCM_CHOICE (4U)
#define VEHICLE_DBC_SAFETY_STATUS_ECU_ID_ICU_CHOICE (5U)
#define VEHICLE_DBC_SAFETY_STATUS_ECU_ID_TCU_CHOICE (6U)
#define VEHICLE_DBC_SAFETY_STATUS_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_SAFETY_STATUS_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_SAFETY_STATUS_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_SAFETY_STATUS_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_SAFETY_STATUS_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_SAFETY_STATUS_MODE_SHUTDOWN_CHOICE (5U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_NONE_CHOICE (0U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_HB_TIMEOUT_CVC_CHOICE (1U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_HB_TIMEOUT_FZC_CHOICE (2U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_HB_TIMEOUT_RZC_CHOICE (3U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_E2E_FAILURE_CHOICE (4U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_TORQUE_CURRENT_PLAUSIBILITY_CHOICE (5U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_CREEP_GUARD_CHOICE (6U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_BUS_SILENCE_CHOICE (7U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_ESTOP_CHOICE (8U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_MOTOR_CUTOFF_REQUEST_CHOICE (9U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_SELF_TEST_CHOICE (10U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_REASON_WATCHDOG_CHOICE (11U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_RELAY_CLOSED_OPEN_CHOICE (0U)
#define VEHICLE_DBC_SAFETY_STATUS_KILL_RELAY_CLOSED_CLOSED_CHOICE (1U)

/** SafetyStatus: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_safety_status_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|8 Intel; phys = raw, 0..6. Sending ECU, numbered in BU_ order. */
    uint8_t ecu_id;
    /** 24|8 Intel; phys = raw, 0..5. Operating mode of the sending ECU. */
    uint8_t mode;
    /** 32|8 Intel; phys = raw, 0..255. Bit field: 0 sensor, 1 actuator, 2 communication, 3 supply voltage, 4 over-temperature, 5 watchdog reset since power-up, 6 NVM, 7 internal software fault. */
    uint8_t fault_status;
    /** 40|8 Intel; phys = raw, 0..255. DTCs with testFailed (status bit 0) set in the sender's DTC memory, saturating at 255. */
    uint8_t active_dtc_count;
    /** 48|8 Intel; phys = raw, 0..11. First reason the SC opened the kill relay; latched until reset. */
    uint8_t kill_reason;
    /** 56|1 Intel; phys = raw, 0..1. 1 = relay closed, inverter enable and contactor may be powered; 0 = killed. */
    uint8_t kill_relay_closed;
    /** 57|1 Intel; phys = raw, 0..1. CVC heartbeat missed beyond its timeout. */
    uint8_t hb_timeout_cvc;
    /** 58|1 Intel; phys = raw, 0..1 */
    uint8_t hb_timeout_fzc;
    /** 59|1 Intel; phys = raw, 0..1 */
    uint8_t hb_timeout_rzc;
    /** 60|1 Intel; phys = raw, 0..1. An E2E check (CRC, counter jump or timeout) failed on a supervised message. */
    uint8_t e2e_fault;
    /** 61|1 Intel; phys = raw, 0..1. Motor current does not match the requested torque. */
    uint8_t torque_plaus_fault;
    /** 62|1 Intel; phys = raw, 0..1. Motor torque without driver request at standstill (creep guard). */
    uint8_t creep_fault;
    /** 63|1 Intel; phys = raw, 0..1. No frame at all on the bus for the silence timeout. */
    uint8_t bus_silence;
};

/** Packs SafetyStatus into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_safety_status_pack(uint8_t *dst_p, const struct vehicle_dbc_safety_status_t *src_p, size_t size);
/** Unpacks SafetyStatus from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_safety_status_unpack(struct vehicle_dbc_safety_status_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_safety_status_alive_counter_encode(double value);
double vehicle_dbc_safety_status_alive_counter_decode(uint8_t value);
bool vehicle_dbc_safety_status_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_data_id_encode(double value);
double vehicle_dbc_safety_status_data_id_decode(uint8_t value);
bool vehicle_dbc_safety_status_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_crc_encode(double value);
double vehicle_dbc_safety_status_crc_decode(uint8_t value);
bool vehicle_dbc_safety_status_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_ecu_id_encode(double value);
double vehicle_dbc_safety_status_ecu_id_decode(uint8_t value);
bool vehicle_dbc_safety_status_ecu_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_mode_encode(double value);
double vehicle_dbc_safety_status_mode_decode(uint8_t value);
bool vehicle_dbc_safety_status_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_fault_status_encode(double value);
double vehicle_dbc_safety_status_fault_status_decode(uint8_t value);
bool vehicle_dbc_safety_status_fault_status_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_active_dtc_count_encode(double value);
double vehicle_dbc_safety_status_active_dtc_count_decode(uint8_t value);
bool vehicle_dbc_safety_status_active_dtc_count_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_kill_reason_encode(double value);
double vehicle_dbc_safety_status_kill_reason_decode(uint8_t value);
bool vehicle_dbc_safety_status_kill_reason_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_kill_relay_closed_encode(double value);
double vehicle_dbc_safety_status_kill_relay_closed_decode(uint8_t value);
bool vehicle_dbc_safety_status_kill_relay_closed_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_hb_timeout_cvc_encode(double value);
double vehicle_dbc_safety_status_hb_timeout_cvc_decode(uint8_t value);
bool vehicle_dbc_safety_status_hb_timeout_cvc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_hb_timeout_fzc_encode(double value);
double vehicle_dbc_safety_status_hb_timeout_fzc_decode(uint8_t value);
bool vehicle_dbc_safety_status_hb_timeout_fzc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_hb_timeout_rzc_encode(double value);
double vehicle_dbc_safety_status_hb_timeout_rzc_decode(uint8_t value);
bool vehicle_dbc_safety_status_hb_timeout_rzc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_e2e_fault_encode(double value);
double vehicle_dbc_safety_status_e2e_fault_decode(uint8_t value);
bool vehicle_dbc_safety_status_e2e_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_torque_plaus_fault_encode(double value);
double vehicle_dbc_safety_status_torque_plaus_fault_decode(uint8_t value);
bool vehicle_dbc_safety_status_torque_plaus_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_creep_fault_encode(double value);
double vehicle_dbc_safety_status_creep_fault_decode(uint8_t value);
bool vehicle_dbc_safety_status_creep_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_safety_status_bus_silence_encode(double value);
double vehicle_dbc_safety_status_bus_silence_decode(uint8_t value);
bool vehicle_dbc_safety_status_bus_silence_is_in_range(uint8_t value);

/* ---- Heartbeat_BCM (0x014) ---- */
/* Heartbeat of the BCM (QM ECU, 500 ms, not E2E protected: bits 4..15 are reserved so the layout matches the safety heartbeats). */
#define VEHICLE_DBC_HEARTBEAT_BCM_FRAME_ID (0x014U)
#define VEHICLE_DBC_HEARTBEAT_BCM_LENGTH (6U)
#define VEHICLE_DBC_HEARTBEAT_BCM_CYCLE_TIME_MS (500U)
#define VEHICLE_DBC_HEARTBEAT_BCM_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_HEARTBEAT_BCM_IS_EXTENDED (0)

#define VEHICLE_DBC_HEARTBEAT_BCM_ECU_ID_CVC_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_BCM_ECU_ID_FZC_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_BCM_ECU_ID_RZC_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_BCM_ECU_ID_SC_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_BCM_ECU_ID_BCM_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_BCM_ECU_ID_ICU_CHOICE (5U)
#define VEHICLE_DBC_HEARTBEAT_BCM_ECU_ID_TCU_CHOICE (6U)
#define VEHICLE_DBC_HEARTBEAT_BCM_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_BCM_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_BCM_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_BCM_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_BCM_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_BCM_MODE_SHUTDOWN_CHOICE (5U)

/** Heartbeat_BCM: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_heartbeat_bcm_t {
    /** 0|4 Intel; phys = raw, 0..15. Heartbeat counter, +1 (mod 16) per transmission (QM heartbeat: no CRC). */
    uint8_t alive_counter;
    /** 16|8 Intel; phys = raw, 0..6. Sending ECU, numbered in BU_ order. */
    uint8_t ecu_id;
    /** 24|8 Intel; phys = raw, 0..5. Operating mode of the sending ECU. */
    uint8_t mode;
    /** 32|8 Intel; phys = raw, 0..255. Bit field: 0 sensor, 1 actuator, 2 communication, 3 supply voltage, 4 over-temperature, 5 watchdog reset since power-up, 6 NVM, 7 internal software fault. */
    uint8_t fault_status;
    /** 40|8 Intel; phys = raw, 0..255. DTCs with testFailed (status bit 0) set in the sender's DTC memory, saturating at 255. */
    uint8_t active_dtc_count;
};

/** Packs Heartbeat_BCM into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_heartbeat_bcm_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_bcm_t *src_p, size_t size);
/** Unpacks Heartbeat_BCM from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_heartbeat_bcm_unpack(struct vehicle_dbc_heartbeat_bcm_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_heartbeat_bcm_alive_counter_encode(double value);
double vehicle_dbc_heartbeat_bcm_alive_counter_decode(uint8_t value);
bool vehicle_dbc_heartbeat_bcm_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_bcm_ecu_id_encode(double value);
double vehicle_dbc_heartbeat_bcm_ecu_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_bcm_ecu_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_bcm_mode_encode(double value);
double vehicle_dbc_heartbeat_bcm_mode_decode(uint8_t value);
bool vehicle_dbc_heartbeat_bcm_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_bcm_fault_status_encode(double value);
double vehicle_dbc_heartbeat_bcm_fault_status_decode(uint8_t value);
bool vehicle_dbc_heartbeat_bcm_fault_status_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_bcm_active_dtc_count_encode(double value);
double vehicle_dbc_heartbeat_bcm_active_dtc_count_decode(uint8_t value);
bool vehicle_dbc_heartbeat_bcm_active_dtc_count_is_in_range(uint8_t value);

/* ---- Heartbeat_ICU (0x015) ---- */
/* Heartbeat of the ICU (QM ECU, 500 ms, not E2E protected: bits 4..15 are reserved so the layout matches the safety heartbeats). */
#define VEHICLE_DBC_HEARTBEAT_ICU_FRAME_ID (0x015U)
#define VEHICLE_DBC_HEARTBEAT_ICU_LENGTH (6U)
#define VEHICLE_DBC_HEARTBEAT_ICU_CYCLE_TIME_MS (500U)
#define VEHICLE_DBC_HEARTBEAT_ICU_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_HEARTBEAT_ICU_IS_EXTENDED (0)

#define VEHICLE_DBC_HEARTBEAT_ICU_ECU_ID_CVC_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_ICU_ECU_ID_FZC_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_ICU_ECU_ID_RZC_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_ICU_ECU_ID_SC_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_ICU_ECU_ID_BCM_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_ICU_ECU_ID_ICU_CHOICE (5U)
#define VEHICLE_DBC_HEARTBEAT_ICU_ECU_ID_TCU_CHOICE (6U)
#define VEHICLE_DBC_HEARTBEAT_ICU_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_ICU_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_ICU_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_ICU_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_ICU_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_ICU_MODE_SHUTDOWN_CHOICE (5U)

/** Heartbeat_ICU: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_heartbeat_icu_t {
    /** 0|4 Intel; phys = raw, 0..15. Heartbeat counter, +1 (mod 16) per transmission (QM heartbeat: no CRC). */
    uint8_t alive_counter;
    /** 16|8 Intel; phys = raw, 0..6. Sending ECU, numbered in BU_ order. */
    uint8_t ecu_id;
    /** 24|8 Intel; phys = raw, 0..5. Operating mode of the sending ECU. */
    uint8_t mode;
    /** 32|8 Intel; phys = raw, 0..255. Bit field: 0 sensor, 1 actuator, 2 communication, 3 supply voltage, 4 over-temperature, 5 watchdog reset since power-up, 6 NVM, 7 internal software fault. */
    uint8_t fault_status;
    /** 40|8 Intel; phys = raw, 0..255. DTCs with testFailed (status bit 0) set in the sender's DTC memory, saturating at 255. */
    uint8_t active_dtc_count;
};

/** Packs Heartbeat_ICU into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_heartbeat_icu_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_icu_t *src_p, size_t size);
/** Unpacks Heartbeat_ICU from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_heartbeat_icu_unpack(struct vehicle_dbc_heartbeat_icu_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_heartbeat_icu_alive_counter_encode(double value);
double vehicle_dbc_heartbeat_icu_alive_counter_decode(uint8_t value);
bool vehicle_dbc_heartbeat_icu_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_icu_ecu_id_encode(double value);
double vehicle_dbc_heartbeat_icu_ecu_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_icu_ecu_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_icu_mode_encode(double value);
double vehicle_dbc_heartbeat_icu_mode_decode(uint8_t value);
bool vehicle_dbc_heartbeat_icu_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_icu_fault_status_encode(double value);
double vehicle_dbc_heartbeat_icu_fault_status_decode(uint8_t value);
bool vehicle_dbc_heartbeat_icu_fault_status_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_icu_active_dtc_count_encode(double value);
double vehicle_dbc_heartbeat_icu_active_dtc_count_decode(uint8_t value);
bool vehicle_dbc_heartbeat_icu_active_dtc_count_is_in_range(uint8_t value);

/* ---- Heartbeat_TCU (0x016) ---- */
/* Heartbeat of the TCU (QM ECU, 500 ms, not E2E protected: bits 4..15 are reserved so the layout matches the safety heartbeats). */
#define VEHICLE_DBC_HEARTBEAT_TCU_FRAME_ID (0x016U)
#define VEHICLE_DBC_HEARTBEAT_TCU_LENGTH (6U)
#define VEHICLE_DBC_HEARTBEAT_TCU_CYCLE_TIME_MS (500U)
#define VEHICLE_DBC_HEARTBEAT_TCU_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_HEARTBEAT_TCU_IS_EXTENDED (0)

#define VEHICLE_DBC_HEARTBEAT_TCU_ECU_ID_CVC_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_TCU_ECU_ID_FZC_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_TCU_ECU_ID_RZC_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_TCU_ECU_ID_SC_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_TCU_ECU_ID_BCM_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_TCU_ECU_ID_ICU_CHOICE (5U)
#define VEHICLE_DBC_HEARTBEAT_TCU_ECU_ID_TCU_CHOICE (6U)
#define VEHICLE_DBC_HEARTBEAT_TCU_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_HEARTBEAT_TCU_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_HEARTBEAT_TCU_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_HEARTBEAT_TCU_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_HEARTBEAT_TCU_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_HEARTBEAT_TCU_MODE_SHUTDOWN_CHOICE (5U)

/** Heartbeat_TCU: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_heartbeat_tcu_t {
    /** 0|4 Intel; phys = raw, 0..15. Heartbeat counter, +1 (mod 16) per transmission (QM heartbeat: no CRC). */
    uint8_t alive_counter;
    /** 16|8 Intel; phys = raw, 0..6. Sending ECU, numbered in BU_ order. */
    uint8_t ecu_id;
    /** 24|8 Intel; phys = raw, 0..5. Operating mode of the sending ECU. */
    uint8_t mode;
    /** 32|8 Intel; phys = raw, 0..255. Bit field: 0 sensor, 1 actuator, 2 communication, 3 supply voltage, 4 over-temperature, 5 watchdog reset since power-up, 6 NVM, 7 internal software fault. */
    uint8_t fault_status;
    /** 40|8 Intel; phys = raw, 0..255. DTCs with testFailed (status bit 0) set in the sender's DTC memory, saturating at 255. */
    uint8_t active_dtc_count;
};

/** Packs Heartbeat_TCU into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_heartbeat_tcu_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_tcu_t *src_p, size_t size);
/** Unpacks Heartbeat_TCU from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_heartbeat_tcu_unpack(struct vehicle_dbc_heartbeat_tcu_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_heartbeat_tcu_alive_counter_encode(double value);
double vehicle_dbc_heartbeat_tcu_alive_counter_decode(uint8_t value);
bool vehicle_dbc_heartbeat_tcu_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_tcu_ecu_id_encode(double value);
double vehicle_dbc_heartbeat_tcu_ecu_id_decode(uint8_t value);
bool vehicle_dbc_heartbeat_tcu_ecu_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_tcu_mode_encode(double value);
double vehicle_dbc_heartbeat_tcu_mode_decode(uint8_t value);
bool vehicle_dbc_heartbeat_tcu_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_tcu_fault_status_encode(double value);
double vehicle_dbc_heartbeat_tcu_fault_status_decode(uint8_t value);
bool vehicle_dbc_heartbeat_tcu_fault_status_is_in_range(uint8_t value);
uint8_t vehicle_dbc_heartbeat_tcu_active_dtc_count_encode(double value);
double vehicle_dbc_heartbeat_tcu_active_dtc_count_decode(uint8_t value);
bool vehicle_dbc_heartbeat_tcu_active_dtc_count_is_in_range(uint8_t value);

/* ---- VehicleState (0x100) ---- */
/* Vehicle state from the CVC: mode, gear, vehicle speed (from the wheel speeds), the torque cap of the mode and the faults the CVC sees. */
#define VEHICLE_DBC_VEHICLE_STATE_FRAME_ID (0x100U)
#define VEHICLE_DBC_VEHICLE_STATE_LENGTH (7U)
#define VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS (10U)
#define VEHICLE_DBC_VEHICLE_STATE_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_VEHICLE_STATE_E2E_DATA_ID (0x06U)
#define VEHICLE_DBC_VEHICLE_STATE_IS_EXTENDED (0)

#define VEHICLE_DBC_VEHICLE_STATE_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_VEHICLE_STATE_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_VEHICLE_STATE_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_VEHICLE_STATE_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_VEHICLE_STATE_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_VEHICLE_STATE_MODE_SHUTDOWN_CHOICE (5U)
#define VEHICLE_DBC_VEHICLE_STATE_GEAR_P_CHOICE (0U)
#define VEHICLE_DBC_VEHICLE_STATE_GEAR_R_CHOICE (1U)
#define VEHICLE_DBC_VEHICLE_STATE_GEAR_N_CHOICE (2U)
#define VEHICLE_DBC_VEHICLE_STATE_GEAR_D_CHOICE (3U)

/** VehicleState: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_vehicle_state_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|4 Intel; phys = raw, 0..5. Vehicle state machine; torque caps 100/75/30/0 % in RUN/DEGRADED/LIMP/SAFE_STOP. */
    uint8_t mode;
    /** 20|2 Intel; phys = raw, 0..3 */
    uint8_t gear;
    /** 22|1 Intel; phys = raw, 0..1 */
    uint8_t brake_pedal_pressed;
    /** 23|1 Intel; phys = raw, 0..1 */
    uint8_t e_stop_active;
    /** 24|16 Intel; phys = raw * 0.01 [km/h], 0..300 km/h. Vehicle speed derived from the wheel speeds; used by the BCM auto-lock and the ICU. */
    uint16_t vehicle_speed;
    /** 40|8 Intel; phys = raw [%], 0..100 %. Torque cap of the current mode, percent of the motor maximum. */
    uint8_t torque_limit;
    /** 48|1 Intel; phys = raw, 0..1. Accelerator pedal sensors disagree (|S1-S2| >= 5 % for 2 cycles) or stuck. */
    uint8_t pedal_fault;
    /** 49|1 Intel; phys = raw, 0..1. FZC heartbeat lost (2-3 missed). */
    uint8_t fzc_timeout;
    /** 50|1 Intel; phys = raw, 0..1. RZC heartbeat lost (2-3 missed). */
    uint8_t rzc_timeout;
    /** 51|1 Intel; phys = raw, 0..1. The SC reports the kill relay open. */
    uint8_t safety_kill;
    /** 52|1 Intel; phys = raw, 0..1 */
    uint8_t steer_fault;
    /** 53|1 Intel; phys = raw, 0..1 */
    uint8_t brake_fault;
    /** 54|1 Intel; phys = raw, 0..1 */
    uint8_t motor_fault;
    /** 55|1 Intel; phys = raw, 0..1 */
    uint8_t battery_fault;
};

/** Packs VehicleState into dst_p; returns the bytes written (7) or -1 when size is too small. */
int vehicle_dbc_vehicle_state_pack(uint8_t *dst_p, const struct vehicle_dbc_vehicle_state_t *src_p, size_t size);
/** Unpacks VehicleState from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_vehicle_state_unpack(struct vehicle_dbc_vehicle_state_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_vehicle_state_alive_counter_encode(double value);
double vehicle_dbc_vehicle_state_alive_counter_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_data_id_encode(double value);
double vehicle_dbc_vehicle_state_data_id_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_crc_encode(double value);
double vehicle_dbc_vehicle_state_crc_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_mode_encode(double value);
double vehicle_dbc_vehicle_state_mode_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_gear_encode(double value);
double vehicle_dbc_vehicle_state_gear_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_gear_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_brake_pedal_pressed_encode(double value);
double vehicle_dbc_vehicle_state_brake_pedal_pressed_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_brake_pedal_pressed_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_e_stop_active_encode(double value);
double vehicle_dbc_vehicle_state_e_stop_active_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_e_stop_active_is_in_range(uint8_t value);
uint16_t vehicle_dbc_vehicle_state_vehicle_speed_encode(double value);
double vehicle_dbc_vehicle_state_vehicle_speed_decode(uint16_t value);
bool vehicle_dbc_vehicle_state_vehicle_speed_is_in_range(uint16_t value);
uint8_t vehicle_dbc_vehicle_state_torque_limit_encode(double value);
double vehicle_dbc_vehicle_state_torque_limit_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_torque_limit_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_pedal_fault_encode(double value);
double vehicle_dbc_vehicle_state_pedal_fault_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_pedal_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_fzc_timeout_encode(double value);
double vehicle_dbc_vehicle_state_fzc_timeout_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_fzc_timeout_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_rzc_timeout_encode(double value);
double vehicle_dbc_vehicle_state_rzc_timeout_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_rzc_timeout_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_safety_kill_encode(double value);
double vehicle_dbc_vehicle_state_safety_kill_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_safety_kill_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_steer_fault_encode(double value);
double vehicle_dbc_vehicle_state_steer_fault_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_steer_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_brake_fault_encode(double value);
double vehicle_dbc_vehicle_state_brake_fault_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_brake_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_motor_fault_encode(double value);
double vehicle_dbc_vehicle_state_motor_fault_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_motor_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_vehicle_state_battery_fault_encode(double value);
double vehicle_dbc_vehicle_state_battery_fault_decode(uint8_t value);
bool vehicle_dbc_vehicle_state_battery_fault_is_in_range(uint8_t value);

/* ---- TorqueRequest (0x101) ---- */
/* Motor torque request from the CVC to the RZC inverter, after pedal plausibility, mode cap and ramp limit. The SC checks it against MotorCurrent. */
#define VEHICLE_DBC_TORQUE_REQUEST_FRAME_ID (0x101U)
#define VEHICLE_DBC_TORQUE_REQUEST_LENGTH (6U)
#define VEHICLE_DBC_TORQUE_REQUEST_CYCLE_TIME_MS (10U)
#define VEHICLE_DBC_TORQUE_REQUEST_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_TORQUE_REQUEST_E2E_DATA_ID (0x07U)
#define VEHICLE_DBC_TORQUE_REQUEST_IS_EXTENDED (0)

#define VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_NEUTRAL_CHOICE (0U)
#define VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_FORWARD_CHOICE (1U)
#define VEHICLE_DBC_TORQUE_REQUEST_DIRECTION_REVERSE_CHOICE (2U)

/** TorqueRequest: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_torque_request_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|16 Intel signed; phys = raw * 0.1 [Nm], -400..400 Nm. Requested motor torque; negative = regenerative braking. */
    int16_t torque_req;
    /** 32|8 Intel; phys = raw * 0.5 [%], 0..100 %. Plausibilised accelerator pedal position; the SC uses it for the creep guard. */
    uint8_t accel_pedal;
    /** 40|2 Intel; phys = raw, 0..2 */
    uint8_t direction;
    /** 42|1 Intel; phys = raw, 0..1. 1 = the CVC allows the inverter to switch. */
    uint8_t inverter_enable;
    /** 43|1 Intel; phys = raw, 0..1 */
    uint8_t regen_allowed;
};

/** Packs TorqueRequest into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_torque_request_pack(uint8_t *dst_p, const struct vehicle_dbc_torque_request_t *src_p, size_t size);
/** Unpacks TorqueRequest from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_torque_request_unpack(struct vehicle_dbc_torque_request_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_torque_request_alive_counter_encode(double value);
double vehicle_dbc_torque_request_alive_counter_decode(uint8_t value);
bool vehicle_dbc_torque_request_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_torque_request_data_id_encode(double value);
double vehicle_dbc_torque_request_data_id_decode(uint8_t value);
bool vehicle_dbc_torque_request_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_torque_request_crc_encode(double value);
double vehicle_dbc_torque_request_crc_decode(uint8_t value);
bool vehicle_dbc_torque_request_crc_is_in_range(uint8_t value);
int16_t vehicle_dbc_torque_request_torque_req_encode(double value);
double vehicle_dbc_torque_request_torque_req_decode(int16_t value);
bool vehicle_dbc_torque_request_torque_req_is_in_range(int16_t value);
uint8_t vehicle_dbc_torque_request_accel_pedal_encode(double value);
double vehicle_dbc_torque_request_accel_pedal_decode(uint8_t value);
bool vehicle_dbc_torque_request_accel_pedal_is_in_range(uint8_t value);
uint8_t vehicle_dbc_torque_request_direction_encode(double value);
double vehicle_dbc_torque_request_direction_decode(uint8_t value);
bool vehicle_dbc_torque_request_direction_is_in_range(uint8_t value);
uint8_t vehicle_dbc_torque_request_inverter_enable_encode(double value);
double vehicle_dbc_torque_request_inverter_enable_decode(uint8_t value);
bool vehicle_dbc_torque_request_inverter_enable_is_in_range(uint8_t value);
uint8_t vehicle_dbc_torque_request_regen_allowed_encode(double value);
double vehicle_dbc_torque_request_regen_allowed_decode(uint8_t value);
bool vehicle_dbc_torque_request_regen_allowed_is_in_range(uint8_t value);

/* ---- SteerCommand (0x102) ---- */
/* Road-wheel angle command from the CVC to the FZC steer-by-wire loop. */
#define VEHICLE_DBC_STEER_COMMAND_FRAME_ID (0x102U)
#define VEHICLE_DBC_STEER_COMMAND_LENGTH (6U)
#define VEHICLE_DBC_STEER_COMMAND_CYCLE_TIME_MS (10U)
#define VEHICLE_DBC_STEER_COMMAND_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_STEER_COMMAND_E2E_DATA_ID (0x08U)
#define VEHICLE_DBC_STEER_COMMAND_IS_EXTENDED (0)

/** SteerCommand: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_steer_command_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|16 Intel signed; phys = raw * 0.01 [deg], -45..45 deg. Road-wheel angle command, positive = left. */
    int16_t steer_angle_cmd;
    /** 32|8 Intel; phys = raw [deg/s], 0..200 deg/s. Maximum road-wheel angle rate the FZC may apply. */
    uint8_t steer_rate_limit;
    /** 40|1 Intel; phys = raw, 0..1. 0 = the FZC returns to centre and holds. */
    uint8_t steer_enable;
};

/** Packs SteerCommand into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_steer_command_pack(uint8_t *dst_p, const struct vehicle_dbc_steer_command_t *src_p, size_t size);
/** Unpacks SteerCommand from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_steer_command_unpack(struct vehicle_dbc_steer_command_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_steer_command_alive_counter_encode(double value);
double vehicle_dbc_steer_command_alive_counter_decode(uint8_t value);
bool vehicle_dbc_steer_command_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_command_data_id_encode(double value);
double vehicle_dbc_steer_command_data_id_decode(uint8_t value);
bool vehicle_dbc_steer_command_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_command_crc_encode(double value);
double vehicle_dbc_steer_command_crc_decode(uint8_t value);
bool vehicle_dbc_steer_command_crc_is_in_range(uint8_t value);
int16_t vehicle_dbc_steer_command_steer_angle_cmd_encode(double value);
double vehicle_dbc_steer_command_steer_angle_cmd_decode(int16_t value);
bool vehicle_dbc_steer_command_steer_angle_cmd_is_in_range(int16_t value);
uint8_t vehicle_dbc_steer_command_steer_rate_limit_encode(double value);
double vehicle_dbc_steer_command_steer_rate_limit_decode(uint8_t value);
bool vehicle_dbc_steer_command_steer_rate_limit_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_command_steer_enable_encode(double value);
double vehicle_dbc_steer_command_steer_enable_decode(uint8_t value);
bool vehicle_dbc_steer_command_steer_enable_is_in_range(uint8_t value);

/* ---- BrakeCommand (0x103) ---- */
/* Brake request from the CVC to the FZC brake actuator. */
#define VEHICLE_DBC_BRAKE_COMMAND_FRAME_ID (0x103U)
#define VEHICLE_DBC_BRAKE_COMMAND_LENGTH (4U)
#define VEHICLE_DBC_BRAKE_COMMAND_CYCLE_TIME_MS (10U)
#define VEHICLE_DBC_BRAKE_COMMAND_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_BRAKE_COMMAND_E2E_DATA_ID (0x09U)
#define VEHICLE_DBC_BRAKE_COMMAND_IS_EXTENDED (0)

#define VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_RELEASE_CHOICE (0U)
#define VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_SERVICE_CHOICE (1U)
#define VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_EMERGENCY_CHOICE (2U)
#define VEHICLE_DBC_BRAKE_COMMAND_BRAKE_MODE_HOLD_CHOICE (3U)

/** BrakeCommand: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_brake_command_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|8 Intel; phys = raw * 0.5 [%], 0..100 %. Requested brake force, percent of the maximum front pressure. */
    uint8_t brake_req;
    /** 24|2 Intel; phys = raw, 0..3 */
    uint8_t brake_mode;
};

/** Packs BrakeCommand into dst_p; returns the bytes written (4) or -1 when size is too small. */
int vehicle_dbc_brake_command_pack(uint8_t *dst_p, const struct vehicle_dbc_brake_command_t *src_p, size_t size);
/** Unpacks BrakeCommand from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_brake_command_unpack(struct vehicle_dbc_brake_command_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_brake_command_alive_counter_encode(double value);
double vehicle_dbc_brake_command_alive_counter_decode(uint8_t value);
bool vehicle_dbc_brake_command_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_command_data_id_encode(double value);
double vehicle_dbc_brake_command_data_id_decode(uint8_t value);
bool vehicle_dbc_brake_command_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_command_crc_encode(double value);
double vehicle_dbc_brake_command_crc_decode(uint8_t value);
bool vehicle_dbc_brake_command_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_command_brake_req_encode(double value);
double vehicle_dbc_brake_command_brake_req_decode(uint8_t value);
bool vehicle_dbc_brake_command_brake_req_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_command_brake_mode_encode(double value);
double vehicle_dbc_brake_command_brake_mode_decode(uint8_t value);
bool vehicle_dbc_brake_command_brake_mode_is_in_range(uint8_t value);

/* ---- SteerStatus (0x200) ---- */
/* Steer-by-wire feedback from the FZC. */
#define VEHICLE_DBC_STEER_STATUS_FRAME_ID (0x200U)
#define VEHICLE_DBC_STEER_STATUS_LENGTH (7U)
#define VEHICLE_DBC_STEER_STATUS_CYCLE_TIME_MS (20U)
#define VEHICLE_DBC_STEER_STATUS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_STEER_STATUS_E2E_DATA_ID (0x0AU)
#define VEHICLE_DBC_STEER_STATUS_IS_EXTENDED (0)

#define VEHICLE_DBC_STEER_STATUS_STEER_STATE_INIT_CHOICE (0U)
#define VEHICLE_DBC_STEER_STATUS_STEER_STATE_ACTIVE_CHOICE (1U)
#define VEHICLE_DBC_STEER_STATUS_STEER_STATE_RETURN_TO_CENTRE_CHOICE (2U)
#define VEHICLE_DBC_STEER_STATUS_STEER_STATE_FAULT_CHOICE (3U)
#define VEHICLE_DBC_STEER_STATUS_STEER_STATE_OFF_CHOICE (4U)

/** SteerStatus: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_steer_status_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|16 Intel signed; phys = raw * 0.01 [deg], -45..45 deg. Measured road-wheel angle, positive = left. */
    int16_t steer_angle;
    /** 32|8 Intel; phys = raw * 0.1 [A], 0..25 A */
    uint8_t steer_motor_current;
    /** 40|3 Intel; phys = raw, 0..4 */
    uint8_t steer_state;
    /** 43|1 Intel; phys = raw, 0..1. SteerCommand timed out; the FZC returns to centre. */
    uint8_t steer_cmd_timeout;
    /** 44|1 Intel; phys = raw, 0..1. Commanded and measured angle disagree. */
    uint8_t steer_plaus_fault;
    /** 45|1 Intel; phys = raw, 0..1. The rate limit clipped the last command. */
    uint8_t steer_rate_limited;
    /** 48|8 Intel; phys = raw * 1 + -40 [degC], -40..150 degC */
    uint8_t steer_motor_temp;
};

/** Packs SteerStatus into dst_p; returns the bytes written (7) or -1 when size is too small. */
int vehicle_dbc_steer_status_pack(uint8_t *dst_p, const struct vehicle_dbc_steer_status_t *src_p, size_t size);
/** Unpacks SteerStatus from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_steer_status_unpack(struct vehicle_dbc_steer_status_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_steer_status_alive_counter_encode(double value);
double vehicle_dbc_steer_status_alive_counter_decode(uint8_t value);
bool vehicle_dbc_steer_status_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_status_data_id_encode(double value);
double vehicle_dbc_steer_status_data_id_decode(uint8_t value);
bool vehicle_dbc_steer_status_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_status_crc_encode(double value);
double vehicle_dbc_steer_status_crc_decode(uint8_t value);
bool vehicle_dbc_steer_status_crc_is_in_range(uint8_t value);
int16_t vehicle_dbc_steer_status_steer_angle_encode(double value);
double vehicle_dbc_steer_status_steer_angle_decode(int16_t value);
bool vehicle_dbc_steer_status_steer_angle_is_in_range(int16_t value);
uint8_t vehicle_dbc_steer_status_steer_motor_current_encode(double value);
double vehicle_dbc_steer_status_steer_motor_current_decode(uint8_t value);
bool vehicle_dbc_steer_status_steer_motor_current_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_status_steer_state_encode(double value);
double vehicle_dbc_steer_status_steer_state_decode(uint8_t value);
bool vehicle_dbc_steer_status_steer_state_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_status_steer_cmd_timeout_encode(double value);
double vehicle_dbc_steer_status_steer_cmd_timeout_decode(uint8_t value);
bool vehicle_dbc_steer_status_steer_cmd_timeout_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_status_steer_plaus_fault_encode(double value);
double vehicle_dbc_steer_status_steer_plaus_fault_decode(uint8_t value);
bool vehicle_dbc_steer_status_steer_plaus_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_status_steer_rate_limited_encode(double value);
double vehicle_dbc_steer_status_steer_rate_limited_decode(uint8_t value);
bool vehicle_dbc_steer_status_steer_rate_limited_is_in_range(uint8_t value);
uint8_t vehicle_dbc_steer_status_steer_motor_temp_encode(double value);
double vehicle_dbc_steer_status_steer_motor_temp_decode(uint8_t value);
bool vehicle_dbc_steer_status_steer_motor_temp_is_in_range(uint8_t value);

/* ---- BrakeStatus (0x201) ---- */
/* Front brake feedback from the FZC. */
#define VEHICLE_DBC_BRAKE_STATUS_FRAME_ID (0x201U)
#define VEHICLE_DBC_BRAKE_STATUS_LENGTH (6U)
#define VEHICLE_DBC_BRAKE_STATUS_CYCLE_TIME_MS (20U)
#define VEHICLE_DBC_BRAKE_STATUS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_BRAKE_STATUS_E2E_DATA_ID (0x0BU)
#define VEHICLE_DBC_BRAKE_STATUS_IS_EXTENDED (0)

#define VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_RELEASED_CHOICE (0U)
#define VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_SERVICE_CHOICE (1U)
#define VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_EMERGENCY_CHOICE (2U)
#define VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_AEB_CHOICE (3U)
#define VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_HOLD_CHOICE (4U)
#define VEHICLE_DBC_BRAKE_STATUS_BRAKE_STATE_FAULT_CHOICE (5U)

/** BrakeStatus: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_brake_status_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|16 Intel; phys = raw * 0.01 [bar], 0..200 bar */
    uint16_t brake_pressure;
    /** 32|8 Intel; phys = raw * 0.5 [%], 0..100 %. Achieved brake force, percent of the maximum front pressure. */
    uint8_t brake_actual;
    /** 40|3 Intel; phys = raw, 0..5 */
    uint8_t brake_state;
    /** 43|1 Intel; phys = raw, 0..1. BrakeCommand timed out; the FZC applies the safe brake level. */
    uint8_t brake_cmd_timeout;
};

/** Packs BrakeStatus into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_brake_status_pack(uint8_t *dst_p, const struct vehicle_dbc_brake_status_t *src_p, size_t size);
/** Unpacks BrakeStatus from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_brake_status_unpack(struct vehicle_dbc_brake_status_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_brake_status_alive_counter_encode(double value);
double vehicle_dbc_brake_status_alive_counter_decode(uint8_t value);
bool vehicle_dbc_brake_status_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_status_data_id_encode(double value);
double vehicle_dbc_brake_status_data_id_decode(uint8_t value);
bool vehicle_dbc_brake_status_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_status_crc_encode(double value);
double vehicle_dbc_brake_status_crc_decode(uint8_t value);
bool vehicle_dbc_brake_status_crc_is_in_range(uint8_t value);
uint16_t vehicle_dbc_brake_status_brake_pressure_encode(double value);
double vehicle_dbc_brake_status_brake_pressure_decode(uint16_t value);
bool vehicle_dbc_brake_status_brake_pressure_is_in_range(uint16_t value);
uint8_t vehicle_dbc_brake_status_brake_actual_encode(double value);
double vehicle_dbc_brake_status_brake_actual_decode(uint8_t value);
bool vehicle_dbc_brake_status_brake_actual_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_status_brake_state_encode(double value);
double vehicle_dbc_brake_status_brake_state_decode(uint8_t value);
bool vehicle_dbc_brake_status_brake_state_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_status_brake_cmd_timeout_encode(double value);
double vehicle_dbc_brake_status_brake_cmd_timeout_decode(uint8_t value);
bool vehicle_dbc_brake_status_brake_cmd_timeout_is_in_range(uint8_t value);

/* ---- BrakeFault (0x210) ---- */
/* Brake fault event from the FZC: sent when a brake fault is set or healed. */
#define VEHICLE_DBC_BRAKE_FAULT_FRAME_ID (0x210U)
#define VEHICLE_DBC_BRAKE_FAULT_LENGTH (4U)
#define VEHICLE_DBC_BRAKE_FAULT_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_BRAKE_FAULT_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_BRAKE_FAULT_E2E_DATA_ID (0x0CU)
#define VEHICLE_DBC_BRAKE_FAULT_IS_EXTENDED (0)

#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_NONE_CHOICE (0U)
#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_PRESSURE_SENSOR_RANGE_CHOICE (1U)
#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_PRESSURE_MISMATCH_CHOICE (2U)
#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_ACTUATOR_STUCK_CHOICE (3U)
#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_ACTUATOR_OVERCURRENT_CHOICE (4U)
#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_CMD_TIMEOUT_CHOICE (5U)
#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_CODE_E2E_FAILURE_CHOICE (6U)
#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_ACTIVE_HEALED_CHOICE (0U)
#define VEHICLE_DBC_BRAKE_FAULT_BRAKE_FAULT_ACTIVE_ACTIVE_CHOICE (1U)

/** BrakeFault: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_brake_fault_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|8 Intel; phys = raw, 0..6 */
    uint8_t brake_fault_code;
    /** 24|1 Intel; phys = raw, 0..1. 1 = fault set, 0 = fault healed. */
    uint8_t brake_fault_active;
};

/** Packs BrakeFault into dst_p; returns the bytes written (4) or -1 when size is too small. */
int vehicle_dbc_brake_fault_pack(uint8_t *dst_p, const struct vehicle_dbc_brake_fault_t *src_p, size_t size);
/** Unpacks BrakeFault from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_brake_fault_unpack(struct vehicle_dbc_brake_fault_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_brake_fault_alive_counter_encode(double value);
double vehicle_dbc_brake_fault_alive_counter_decode(uint8_t value);
bool vehicle_dbc_brake_fault_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_fault_data_id_encode(double value);
double vehicle_dbc_brake_fault_data_id_decode(uint8_t value);
bool vehicle_dbc_brake_fault_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_fault_crc_encode(double value);
double vehicle_dbc_brake_fault_crc_decode(uint8_t value);
bool vehicle_dbc_brake_fault_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_fault_brake_fault_code_encode(double value);
double vehicle_dbc_brake_fault_brake_fault_code_decode(uint8_t value);
bool vehicle_dbc_brake_fault_brake_fault_code_is_in_range(uint8_t value);
uint8_t vehicle_dbc_brake_fault_brake_fault_active_encode(double value);
double vehicle_dbc_brake_fault_brake_fault_active_decode(uint8_t value);
bool vehicle_dbc_brake_fault_brake_fault_active_is_in_range(uint8_t value);

/* ---- MotorCutoffReq (0x211) ---- */
/* Motor cutoff request from the FZC (emergency braking, steer or brake fault): sent when the request changes. The RZC removes torque, the SC may open the kill relay. */
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_FRAME_ID (0x211U)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH (3U)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_E2E_DATA_ID (0x0DU)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_IS_EXTENDED (0)

#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_NONE_CHOICE (0U)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_AEB_EMERGENCY_CHOICE (1U)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_STEER_FAULT_CHOICE (2U)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_BRAKE_FAULT_CHOICE (3U)
#define VEHICLE_DBC_MOTOR_CUTOFF_REQ_CUTOFF_REASON_CMD_TIMEOUT_CHOICE (4U)

/** MotorCutoffReq: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_motor_cutoff_req_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|1 Intel; phys = raw, 0..1. 1 = the FZC asks the RZC to remove motor torque. */
    uint8_t cutoff_request;
    /** 17|3 Intel; phys = raw, 0..4 */
    uint8_t cutoff_reason;
};

/** Packs MotorCutoffReq into dst_p; returns the bytes written (3) or -1 when size is too small. */
int vehicle_dbc_motor_cutoff_req_pack(uint8_t *dst_p, const struct vehicle_dbc_motor_cutoff_req_t *src_p, size_t size);
/** Unpacks MotorCutoffReq from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_motor_cutoff_req_unpack(struct vehicle_dbc_motor_cutoff_req_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_motor_cutoff_req_alive_counter_encode(double value);
double vehicle_dbc_motor_cutoff_req_alive_counter_decode(uint8_t value);
bool vehicle_dbc_motor_cutoff_req_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_cutoff_req_data_id_encode(double value);
double vehicle_dbc_motor_cutoff_req_data_id_decode(uint8_t value);
bool vehicle_dbc_motor_cutoff_req_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_cutoff_req_crc_encode(double value);
double vehicle_dbc_motor_cutoff_req_crc_decode(uint8_t value);
bool vehicle_dbc_motor_cutoff_req_crc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_cutoff_req_cutoff_request_encode(double value);
double vehicle_dbc_motor_cutoff_req_cutoff_request_decode(uint8_t value);
bool vehicle_dbc_motor_cutoff_req_cutoff_request_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_cutoff_req_cutoff_reason_encode(double value);
double vehicle_dbc_motor_cutoff_req_cutoff_reason_decode(uint8_t value);
bool vehicle_dbc_motor_cutoff_req_cutoff_reason_is_in_range(uint8_t value);

/* ---- FrontDistance (0x220) ---- */
/* Front distance sensor and automatic emergency braking zone from the FZC. */
#define VEHICLE_DBC_FRONT_DISTANCE_FRAME_ID (0x220U)
#define VEHICLE_DBC_FRONT_DISTANCE_LENGTH (6U)
#define VEHICLE_DBC_FRONT_DISTANCE_CYCLE_TIME_MS (10U)
#define VEHICLE_DBC_FRONT_DISTANCE_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_FRONT_DISTANCE_IS_EXTENDED (0)

#define VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_CLEAR_CHOICE (0U)
#define VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_WARNING_CHOICE (1U)
#define VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_BRAKE_CHOICE (2U)
#define VEHICLE_DBC_FRONT_DISTANCE_AEB_ZONE_EMERGENCY_CHOICE (3U)

/** FrontDistance: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_front_distance_t {
    /** 0|16 Intel; phys = raw * 0.01 [m], 0..250 m */
    uint16_t front_distance;
    /** 16|16 Intel signed; phys = raw * 0.01 [m/s], -100..100 m/s. Rate at which the gap closes; positive = approaching. */
    int16_t closing_speed;
    /** 32|8 Intel; phys = raw * 0.1 [s], 0..25.5 s. Distance / closing speed, saturating at 25.5 s (no threat). */
    uint8_t time_to_collision;
    /** 40|2 Intel; phys = raw, 0..3. Automatic emergency braking zone derived from distance and TTC. */
    uint8_t aeb_zone;
    /** 42|1 Intel; phys = raw, 0..1 */
    uint8_t object_detected;
    /** 43|1 Intel; phys = raw, 0..1 */
    uint8_t dist_sensor_fault;
};

/** Packs FrontDistance into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_front_distance_pack(uint8_t *dst_p, const struct vehicle_dbc_front_distance_t *src_p, size_t size);
/** Unpacks FrontDistance from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_front_distance_unpack(struct vehicle_dbc_front_distance_t *dst_p, const uint8_t *src_p, size_t size);
uint16_t vehicle_dbc_front_distance_front_distance_encode(double value);
double vehicle_dbc_front_distance_front_distance_decode(uint16_t value);
bool vehicle_dbc_front_distance_front_distance_is_in_range(uint16_t value);
int16_t vehicle_dbc_front_distance_closing_speed_encode(double value);
double vehicle_dbc_front_distance_closing_speed_decode(int16_t value);
bool vehicle_dbc_front_distance_closing_speed_is_in_range(int16_t value);
uint8_t vehicle_dbc_front_distance_time_to_collision_encode(double value);
double vehicle_dbc_front_distance_time_to_collision_decode(uint8_t value);
bool vehicle_dbc_front_distance_time_to_collision_is_in_range(uint8_t value);
uint8_t vehicle_dbc_front_distance_aeb_zone_encode(double value);
double vehicle_dbc_front_distance_aeb_zone_decode(uint8_t value);
bool vehicle_dbc_front_distance_aeb_zone_is_in_range(uint8_t value);
uint8_t vehicle_dbc_front_distance_object_detected_encode(double value);
double vehicle_dbc_front_distance_object_detected_decode(uint8_t value);
bool vehicle_dbc_front_distance_object_detected_is_in_range(uint8_t value);
uint8_t vehicle_dbc_front_distance_dist_sensor_fault_encode(double value);
double vehicle_dbc_front_distance_dist_sensor_fault_decode(uint8_t value);
bool vehicle_dbc_front_distance_dist_sensor_fault_is_in_range(uint8_t value);

/* ---- MotorStatus (0x300) ---- */
/* Motor and inverter status from the RZC. */
#define VEHICLE_DBC_MOTOR_STATUS_FRAME_ID (0x300U)
#define VEHICLE_DBC_MOTOR_STATUS_LENGTH (8U)
#define VEHICLE_DBC_MOTOR_STATUS_CYCLE_TIME_MS (20U)
#define VEHICLE_DBC_MOTOR_STATUS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_MOTOR_STATUS_E2E_DATA_ID (0x0EU)
#define VEHICLE_DBC_MOTOR_STATUS_IS_EXTENDED (0)

#define VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_OFF_CHOICE (0U)
#define VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_STANDBY_CHOICE (1U)
#define VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_RUN_CHOICE (2U)
#define VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_DERATED_CHOICE (3U)
#define VEHICLE_DBC_MOTOR_STATUS_INVERTER_STATE_FAULT_CHOICE (4U)

/** MotorStatus: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_motor_status_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|16 Intel signed; phys = raw [rpm], -15000..15000 rpm */
    int16_t motor_speed;
    /** 32|16 Intel signed; phys = raw * 0.1 [Nm], -400..400 Nm */
    int16_t motor_torque;
    /** 48|3 Intel; phys = raw, 0..4 */
    uint8_t inverter_state;
    /** 51|1 Intel; phys = raw, 0..1. State of the inverter enable line (after the SC kill relay). */
    uint8_t inverter_enabled;
    /** 52|1 Intel; phys = raw, 0..1. TorqueRequest timed out; the inverter is off. */
    uint8_t motor_cmd_timeout;
    /** 53|1 Intel; phys = raw, 0..1 */
    uint8_t overcurrent_fault;
    /** 54|1 Intel; phys = raw, 0..1 */
    uint8_t overtemp_fault;
    /** 55|1 Intel; phys = raw, 0..1. Torque is derated (temperature or battery limits). */
    uint8_t derating;
    /** 56|8 Intel; phys = raw * 2 [Nm], 0..400 Nm. Torque the inverter can deliver now, after derating. */
    uint8_t max_torque_avail;
};

/** Packs MotorStatus into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_motor_status_pack(uint8_t *dst_p, const struct vehicle_dbc_motor_status_t *src_p, size_t size);
/** Unpacks MotorStatus from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_motor_status_unpack(struct vehicle_dbc_motor_status_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_motor_status_alive_counter_encode(double value);
double vehicle_dbc_motor_status_alive_counter_decode(uint8_t value);
bool vehicle_dbc_motor_status_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_status_data_id_encode(double value);
double vehicle_dbc_motor_status_data_id_decode(uint8_t value);
bool vehicle_dbc_motor_status_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_status_crc_encode(double value);
double vehicle_dbc_motor_status_crc_decode(uint8_t value);
bool vehicle_dbc_motor_status_crc_is_in_range(uint8_t value);
int16_t vehicle_dbc_motor_status_motor_speed_encode(double value);
double vehicle_dbc_motor_status_motor_speed_decode(int16_t value);
bool vehicle_dbc_motor_status_motor_speed_is_in_range(int16_t value);
int16_t vehicle_dbc_motor_status_motor_torque_encode(double value);
double vehicle_dbc_motor_status_motor_torque_decode(int16_t value);
bool vehicle_dbc_motor_status_motor_torque_is_in_range(int16_t value);
uint8_t vehicle_dbc_motor_status_inverter_state_encode(double value);
double vehicle_dbc_motor_status_inverter_state_decode(uint8_t value);
bool vehicle_dbc_motor_status_inverter_state_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_status_inverter_enabled_encode(double value);
double vehicle_dbc_motor_status_inverter_enabled_decode(uint8_t value);
bool vehicle_dbc_motor_status_inverter_enabled_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_status_motor_cmd_timeout_encode(double value);
double vehicle_dbc_motor_status_motor_cmd_timeout_decode(uint8_t value);
bool vehicle_dbc_motor_status_motor_cmd_timeout_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_status_overcurrent_fault_encode(double value);
double vehicle_dbc_motor_status_overcurrent_fault_decode(uint8_t value);
bool vehicle_dbc_motor_status_overcurrent_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_status_overtemp_fault_encode(double value);
double vehicle_dbc_motor_status_overtemp_fault_decode(uint8_t value);
bool vehicle_dbc_motor_status_overtemp_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_status_derating_encode(double value);
double vehicle_dbc_motor_status_derating_decode(uint8_t value);
bool vehicle_dbc_motor_status_derating_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_status_max_torque_avail_encode(double value);
double vehicle_dbc_motor_status_max_torque_avail_decode(uint8_t value);
bool vehicle_dbc_motor_status_max_torque_avail_is_in_range(uint8_t value);

/* ---- MotorCurrent (0x301) ---- */
/* Motor phase and DC-link currents from the RZC; input of the SC torque-vs-current plausibility check. */
#define VEHICLE_DBC_MOTOR_CURRENT_FRAME_ID (0x301U)
#define VEHICLE_DBC_MOTOR_CURRENT_LENGTH (8U)
#define VEHICLE_DBC_MOTOR_CURRENT_CYCLE_TIME_MS (10U)
#define VEHICLE_DBC_MOTOR_CURRENT_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_MOTOR_CURRENT_E2E_DATA_ID (0x0FU)
#define VEHICLE_DBC_MOTOR_CURRENT_IS_EXTENDED (0)

/** MotorCurrent: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_motor_current_t {
    /** 0|4 Intel; phys = raw, 0..15. E2E alive counter, +1 (mod 16) per transmission. */
    uint8_t alive_counter;
    /** 4|4 Intel; phys = raw, 0..15. Low nibble of the E2EDataId attribute of this message. */
    uint8_t data_id;
    /** 8|8 Intel; phys = raw, 0..255. E2E CRC-8 SAE J1850 over the E2EDataId byte, byte 0 (data ID nibble and alive counter), then bytes 2..DLC-1. */
    uint8_t crc;
    /** 16|16 Intel; phys = raw * 0.1 [A], 0..600 A. RMS motor phase current. */
    uint16_t phase_current;
    /** 32|16 Intel signed; phys = raw * 0.1 [A], -400..400 A. DC-link current; positive = from the battery. */
    int16_t dc_current;
    /** 48|16 Intel; phys = raw * 0.1 [V], 0..600 V */
    uint16_t dc_link_voltage;
};

/** Packs MotorCurrent into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_motor_current_pack(uint8_t *dst_p, const struct vehicle_dbc_motor_current_t *src_p, size_t size);
/** Unpacks MotorCurrent from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_motor_current_unpack(struct vehicle_dbc_motor_current_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_motor_current_alive_counter_encode(double value);
double vehicle_dbc_motor_current_alive_counter_decode(uint8_t value);
bool vehicle_dbc_motor_current_alive_counter_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_current_data_id_encode(double value);
double vehicle_dbc_motor_current_data_id_decode(uint8_t value);
bool vehicle_dbc_motor_current_data_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_current_crc_encode(double value);
double vehicle_dbc_motor_current_crc_decode(uint8_t value);
bool vehicle_dbc_motor_current_crc_is_in_range(uint8_t value);
uint16_t vehicle_dbc_motor_current_phase_current_encode(double value);
double vehicle_dbc_motor_current_phase_current_decode(uint16_t value);
bool vehicle_dbc_motor_current_phase_current_is_in_range(uint16_t value);
int16_t vehicle_dbc_motor_current_dc_current_encode(double value);
double vehicle_dbc_motor_current_dc_current_decode(int16_t value);
bool vehicle_dbc_motor_current_dc_current_is_in_range(int16_t value);
uint16_t vehicle_dbc_motor_current_dc_link_voltage_encode(double value);
double vehicle_dbc_motor_current_dc_link_voltage_decode(uint16_t value);
bool vehicle_dbc_motor_current_dc_link_voltage_is_in_range(uint16_t value);

/* ---- MotorTemp (0x302) ---- */
/* Motor and inverter temperatures and the thermal derating the RZC applies (with hysteresis). */
#define VEHICLE_DBC_MOTOR_TEMP_FRAME_ID (0x302U)
#define VEHICLE_DBC_MOTOR_TEMP_LENGTH (4U)
#define VEHICLE_DBC_MOTOR_TEMP_CYCLE_TIME_MS (100U)
#define VEHICLE_DBC_MOTOR_TEMP_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_MOTOR_TEMP_IS_EXTENDED (0)

/** MotorTemp: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_motor_temp_t {
    /** 0|8 Intel; phys = raw * 1 + -40 [degC], -40..200 degC */
    uint8_t motor_winding_temp;
    /** 8|8 Intel; phys = raw * 1 + -40 [degC], -40..150 degC */
    uint8_t inverter_temp;
    /** 16|8 Intel; phys = raw [%], 0..100 %. Torque allowed by the thermal derating, percent of the maximum. */
    uint8_t torque_derate;
    /** 24|1 Intel; phys = raw, 0..1 */
    uint8_t temp_derate_active;
    /** 25|1 Intel; phys = raw, 0..1. Temperature beyond the shutdown limit: inverter off. */
    uint8_t temp_shutdown;
};

/** Packs MotorTemp into dst_p; returns the bytes written (4) or -1 when size is too small. */
int vehicle_dbc_motor_temp_pack(uint8_t *dst_p, const struct vehicle_dbc_motor_temp_t *src_p, size_t size);
/** Unpacks MotorTemp from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_motor_temp_unpack(struct vehicle_dbc_motor_temp_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_motor_temp_motor_winding_temp_encode(double value);
double vehicle_dbc_motor_temp_motor_winding_temp_decode(uint8_t value);
bool vehicle_dbc_motor_temp_motor_winding_temp_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_temp_inverter_temp_encode(double value);
double vehicle_dbc_motor_temp_inverter_temp_decode(uint8_t value);
bool vehicle_dbc_motor_temp_inverter_temp_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_temp_torque_derate_encode(double value);
double vehicle_dbc_motor_temp_torque_derate_decode(uint8_t value);
bool vehicle_dbc_motor_temp_torque_derate_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_temp_temp_derate_active_encode(double value);
double vehicle_dbc_motor_temp_temp_derate_active_decode(uint8_t value);
bool vehicle_dbc_motor_temp_temp_derate_active_is_in_range(uint8_t value);
uint8_t vehicle_dbc_motor_temp_temp_shutdown_encode(double value);
double vehicle_dbc_motor_temp_temp_shutdown_decode(uint8_t value);
bool vehicle_dbc_motor_temp_temp_shutdown_is_in_range(uint8_t value);

/* ---- BatteryStatus (0x303) ---- */
/* Traction battery status from the RZC battery management (coulomb-counted SOC, contactor, limits). */
#define VEHICLE_DBC_BATTERY_STATUS_FRAME_ID (0x303U)
#define VEHICLE_DBC_BATTERY_STATUS_LENGTH (8U)
#define VEHICLE_DBC_BATTERY_STATUS_CYCLE_TIME_MS (100U)
#define VEHICLE_DBC_BATTERY_STATUS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_BATTERY_STATUS_IS_EXTENDED (0)

#define VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_OPEN_CHOICE (0U)
#define VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_PRECHARGE_CHOICE (1U)
#define VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_CLOSED_CHOICE (2U)
#define VEHICLE_DBC_BATTERY_STATUS_CONTACTOR_STATE_FAULT_CHOICE (3U)

/** BatteryStatus: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_battery_status_t {
    /** 0|16 Intel; phys = raw * 0.01 [V], 0..600 V */
    uint16_t pack_voltage;
    /** 16|16 Intel signed; phys = raw * 0.1 [A], -500..500 A. Pack current; positive = discharge. */
    int16_t pack_current;
    /** 32|8 Intel; phys = raw * 0.5 [%], 0..100 %. State of charge, coulomb counted. */
    uint8_t soc;
    /** 40|8 Intel; phys = raw * 1 + -40 [degC], -40..100 degC */
    uint8_t pack_temp;
    /** 48|8 Intel; phys = raw * 0.1 [V], 0..25 V. 12 V auxiliary supply. */
    uint8_t aux_voltage;
    /** 56|2 Intel; phys = raw, 0..3 */
    uint8_t contactor_state;
    /** 58|1 Intel; phys = raw, 0..1 */
    uint8_t pack_undervoltage;
    /** 59|1 Intel; phys = raw, 0..1 */
    uint8_t pack_overvoltage;
    /** 60|1 Intel; phys = raw, 0..1 */
    uint8_t pack_overcurrent;
    /** 61|1 Intel; phys = raw, 0..1 */
    uint8_t pack_overtemp;
    /** 62|1 Intel; phys = raw, 0..1. SOC below the low-charge warning level. */
    uint8_t soc_low;
    /** 63|1 Intel; phys = raw, 0..1 */
    uint8_t aux_undervoltage;
};

/** Packs BatteryStatus into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_battery_status_pack(uint8_t *dst_p, const struct vehicle_dbc_battery_status_t *src_p, size_t size);
/** Unpacks BatteryStatus from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_battery_status_unpack(struct vehicle_dbc_battery_status_t *dst_p, const uint8_t *src_p, size_t size);
uint16_t vehicle_dbc_battery_status_pack_voltage_encode(double value);
double vehicle_dbc_battery_status_pack_voltage_decode(uint16_t value);
bool vehicle_dbc_battery_status_pack_voltage_is_in_range(uint16_t value);
int16_t vehicle_dbc_battery_status_pack_current_encode(double value);
double vehicle_dbc_battery_status_pack_current_decode(int16_t value);
bool vehicle_dbc_battery_status_pack_current_is_in_range(int16_t value);
uint8_t vehicle_dbc_battery_status_soc_encode(double value);
double vehicle_dbc_battery_status_soc_decode(uint8_t value);
bool vehicle_dbc_battery_status_soc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_pack_temp_encode(double value);
double vehicle_dbc_battery_status_pack_temp_decode(uint8_t value);
bool vehicle_dbc_battery_status_pack_temp_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_aux_voltage_encode(double value);
double vehicle_dbc_battery_status_aux_voltage_decode(uint8_t value);
bool vehicle_dbc_battery_status_aux_voltage_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_contactor_state_encode(double value);
double vehicle_dbc_battery_status_contactor_state_decode(uint8_t value);
bool vehicle_dbc_battery_status_contactor_state_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_pack_undervoltage_encode(double value);
double vehicle_dbc_battery_status_pack_undervoltage_decode(uint8_t value);
bool vehicle_dbc_battery_status_pack_undervoltage_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_pack_overvoltage_encode(double value);
double vehicle_dbc_battery_status_pack_overvoltage_decode(uint8_t value);
bool vehicle_dbc_battery_status_pack_overvoltage_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_pack_overcurrent_encode(double value);
double vehicle_dbc_battery_status_pack_overcurrent_decode(uint8_t value);
bool vehicle_dbc_battery_status_pack_overcurrent_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_pack_overtemp_encode(double value);
double vehicle_dbc_battery_status_pack_overtemp_decode(uint8_t value);
bool vehicle_dbc_battery_status_pack_overtemp_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_soc_low_encode(double value);
double vehicle_dbc_battery_status_soc_low_decode(uint8_t value);
bool vehicle_dbc_battery_status_soc_low_is_in_range(uint8_t value);
uint8_t vehicle_dbc_battery_status_aux_undervoltage_encode(double value);
double vehicle_dbc_battery_status_aux_undervoltage_decode(uint8_t value);
bool vehicle_dbc_battery_status_aux_undervoltage_is_in_range(uint8_t value);

/* ---- WheelSpeeds (0x304) ---- */
/* Wheel speeds measured by the RZC; the CVC derives the vehicle speed from them. */
#define VEHICLE_DBC_WHEEL_SPEEDS_FRAME_ID (0x304U)
#define VEHICLE_DBC_WHEEL_SPEEDS_LENGTH (8U)
#define VEHICLE_DBC_WHEEL_SPEEDS_CYCLE_TIME_MS (10U)
#define VEHICLE_DBC_WHEEL_SPEEDS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_WHEEL_SPEEDS_IS_EXTENDED (0)

/** WheelSpeeds: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_wheel_speeds_t {
    /** 0|16 Intel; phys = raw * 0.01 [km/h], 0..300 km/h */
    uint16_t wheel_speed_fl;
    /** 16|16 Intel; phys = raw * 0.01 [km/h], 0..300 km/h */
    uint16_t wheel_speed_fr;
    /** 32|16 Intel; phys = raw * 0.01 [km/h], 0..300 km/h */
    uint16_t wheel_speed_rl;
    /** 48|16 Intel; phys = raw * 0.01 [km/h], 0..300 km/h */
    uint16_t wheel_speed_rr;
};

/** Packs WheelSpeeds into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_wheel_speeds_pack(uint8_t *dst_p, const struct vehicle_dbc_wheel_speeds_t *src_p, size_t size);
/** Unpacks WheelSpeeds from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_wheel_speeds_unpack(struct vehicle_dbc_wheel_speeds_t *dst_p, const uint8_t *src_p, size_t size);
uint16_t vehicle_dbc_wheel_speeds_wheel_speed_fl_encode(double value);
double vehicle_dbc_wheel_speeds_wheel_speed_fl_decode(uint16_t value);
bool vehicle_dbc_wheel_speeds_wheel_speed_fl_is_in_range(uint16_t value);
uint16_t vehicle_dbc_wheel_speeds_wheel_speed_fr_encode(double value);
double vehicle_dbc_wheel_speeds_wheel_speed_fr_decode(uint16_t value);
bool vehicle_dbc_wheel_speeds_wheel_speed_fr_is_in_range(uint16_t value);
uint16_t vehicle_dbc_wheel_speeds_wheel_speed_rl_encode(double value);
double vehicle_dbc_wheel_speeds_wheel_speed_rl_decode(uint16_t value);
bool vehicle_dbc_wheel_speeds_wheel_speed_rl_is_in_range(uint16_t value);
uint16_t vehicle_dbc_wheel_speeds_wheel_speed_rr_encode(double value);
double vehicle_dbc_wheel_speeds_wheel_speed_rr_decode(uint16_t value);
bool vehicle_dbc_wheel_speeds_wheel_speed_rr_is_in_range(uint16_t value);

/* ---- BodyCommand (0x350) ---- */
/* Driver body controls read by the CVC (light and indicator stalks, hazard switch, central lock button), forwarded to the BCM. */
#define VEHICLE_DBC_BODY_COMMAND_FRAME_ID (0x350U)
#define VEHICLE_DBC_BODY_COMMAND_LENGTH (2U)
#define VEHICLE_DBC_BODY_COMMAND_CYCLE_TIME_MS (100U)
#define VEHICLE_DBC_BODY_COMMAND_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_BODY_COMMAND_IS_EXTENDED (0)

#define VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_OFF_CHOICE (0U)
#define VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_AUTO_CHOICE (1U)
#define VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_LOW_CHOICE (2U)
#define VEHICLE_DBC_BODY_COMMAND_HEADLAMP_SWITCH_HIGH_CHOICE (3U)
#define VEHICLE_DBC_BODY_COMMAND_INDICATOR_SWITCH_OFF_CHOICE (0U)
#define VEHICLE_DBC_BODY_COMMAND_INDICATOR_SWITCH_LEFT_CHOICE (1U)
#define VEHICLE_DBC_BODY_COMMAND_INDICATOR_SWITCH_RIGHT_CHOICE (2U)
#define VEHICLE_DBC_BODY_COMMAND_DOOR_LOCK_REQ_NONE_CHOICE (0U)
#define VEHICLE_DBC_BODY_COMMAND_DOOR_LOCK_REQ_LOCK_CHOICE (1U)
#define VEHICLE_DBC_BODY_COMMAND_DOOR_LOCK_REQ_UNLOCK_CHOICE (2U)

/** BodyCommand: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_body_command_t {
    /** 0|2 Intel; phys = raw, 0..3. Light stalk position. */
    uint8_t headlamp_switch;
    /** 2|2 Intel; phys = raw, 0..2 */
    uint8_t indicator_switch;
    /** 4|1 Intel; phys = raw, 0..1 */
    uint8_t hazard_switch;
    /** 5|2 Intel; phys = raw, 0..2. Central lock button: edge of a press, 0 when released. */
    uint8_t door_lock_req;
    /** 7|1 Intel; phys = raw, 0..1. Driver setting: lock the doors above 10 km/h. */
    uint8_t auto_lock_enable;
    /** 8|4 Intel; phys = raw, 0..15. Counter (+1 mod 16) so the BCM detects a frozen sender; QM, no CRC. */
    uint8_t body_cmd_counter;
};

/** Packs BodyCommand into dst_p; returns the bytes written (2) or -1 when size is too small. */
int vehicle_dbc_body_command_pack(uint8_t *dst_p, const struct vehicle_dbc_body_command_t *src_p, size_t size);
/** Unpacks BodyCommand from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_body_command_unpack(struct vehicle_dbc_body_command_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_body_command_headlamp_switch_encode(double value);
double vehicle_dbc_body_command_headlamp_switch_decode(uint8_t value);
bool vehicle_dbc_body_command_headlamp_switch_is_in_range(uint8_t value);
uint8_t vehicle_dbc_body_command_indicator_switch_encode(double value);
double vehicle_dbc_body_command_indicator_switch_decode(uint8_t value);
bool vehicle_dbc_body_command_indicator_switch_is_in_range(uint8_t value);
uint8_t vehicle_dbc_body_command_hazard_switch_encode(double value);
double vehicle_dbc_body_command_hazard_switch_decode(uint8_t value);
bool vehicle_dbc_body_command_hazard_switch_is_in_range(uint8_t value);
uint8_t vehicle_dbc_body_command_door_lock_req_encode(double value);
double vehicle_dbc_body_command_door_lock_req_decode(uint8_t value);
bool vehicle_dbc_body_command_door_lock_req_is_in_range(uint8_t value);
uint8_t vehicle_dbc_body_command_auto_lock_enable_encode(double value);
double vehicle_dbc_body_command_auto_lock_enable_decode(uint8_t value);
bool vehicle_dbc_body_command_auto_lock_enable_is_in_range(uint8_t value);
uint8_t vehicle_dbc_body_command_body_cmd_counter_encode(double value);
double vehicle_dbc_body_command_body_cmd_counter_decode(uint8_t value);
bool vehicle_dbc_body_command_body_cmd_counter_is_in_range(uint8_t value);

/* ---- Lights (0x400) ---- */
/* Exterior light state from the BCM. */
#define VEHICLE_DBC_LIGHTS_FRAME_ID (0x400U)
#define VEHICLE_DBC_LIGHTS_LENGTH (3U)
#define VEHICLE_DBC_LIGHTS_CYCLE_TIME_MS (100U)
#define VEHICLE_DBC_LIGHTS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_LIGHTS_IS_EXTENDED (0)

#define VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_OFF_CHOICE (0U)
#define VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_LOW_CHOICE (1U)
#define VEHICLE_DBC_LIGHTS_HEADLAMP_STATE_HIGH_CHOICE (2U)

/** Lights: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_lights_t {
    /** 0|2 Intel; phys = raw, 0..2 */
    uint8_t headlamp_state;
    /** 2|1 Intel; phys = raw, 0..1. Headlamps follow the ambient light sensor. */
    uint8_t headlamp_auto;
    /** 3|1 Intel; phys = raw, 0..1 */
    uint8_t brake_lamp;
    /** 4|1 Intel; phys = raw, 0..1 */
    uint8_t reverse_lamp;
    /** 5|1 Intel; phys = raw, 0..1 */
    uint8_t tail_lamp;
    /** 8|16 Intel; phys = raw [lx], 0..65535 lx. Ambient light sensor of the automatic headlamps. */
    uint16_t ambient_light;
};

/** Packs Lights into dst_p; returns the bytes written (3) or -1 when size is too small. */
int vehicle_dbc_lights_pack(uint8_t *dst_p, const struct vehicle_dbc_lights_t *src_p, size_t size);
/** Unpacks Lights from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_lights_unpack(struct vehicle_dbc_lights_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_lights_headlamp_state_encode(double value);
double vehicle_dbc_lights_headlamp_state_decode(uint8_t value);
bool vehicle_dbc_lights_headlamp_state_is_in_range(uint8_t value);
uint8_t vehicle_dbc_lights_headlamp_auto_encode(double value);
double vehicle_dbc_lights_headlamp_auto_decode(uint8_t value);
bool vehicle_dbc_lights_headlamp_auto_is_in_range(uint8_t value);
uint8_t vehicle_dbc_lights_brake_lamp_encode(double value);
double vehicle_dbc_lights_brake_lamp_decode(uint8_t value);
bool vehicle_dbc_lights_brake_lamp_is_in_range(uint8_t value);
uint8_t vehicle_dbc_lights_reverse_lamp_encode(double value);
double vehicle_dbc_lights_reverse_lamp_decode(uint8_t value);
bool vehicle_dbc_lights_reverse_lamp_is_in_range(uint8_t value);
uint8_t vehicle_dbc_lights_tail_lamp_encode(double value);
double vehicle_dbc_lights_tail_lamp_decode(uint8_t value);
bool vehicle_dbc_lights_tail_lamp_is_in_range(uint8_t value);
uint16_t vehicle_dbc_lights_ambient_light_encode(double value);
double vehicle_dbc_lights_ambient_light_decode(uint16_t value);
bool vehicle_dbc_lights_ambient_light_is_in_range(uint16_t value);

/* ---- Indicators (0x401) ---- */
/* Direction indicator state from the BCM; the lamp bits follow the 1.5 Hz flash phase. */
#define VEHICLE_DBC_INDICATORS_FRAME_ID (0x401U)
#define VEHICLE_DBC_INDICATORS_LENGTH (1U)
#define VEHICLE_DBC_INDICATORS_CYCLE_TIME_MS (100U)
#define VEHICLE_DBC_INDICATORS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_INDICATORS_IS_EXTENDED (0)

#define VEHICLE_DBC_INDICATORS_INDICATOR_STATE_OFF_CHOICE (0U)
#define VEHICLE_DBC_INDICATORS_INDICATOR_STATE_LEFT_CHOICE (1U)
#define VEHICLE_DBC_INDICATORS_INDICATOR_STATE_RIGHT_CHOICE (2U)
#define VEHICLE_DBC_INDICATORS_INDICATOR_STATE_HAZARD_CHOICE (3U)
#define VEHICLE_DBC_INDICATORS_HAZARD_REASON_NONE_CHOICE (0U)
#define VEHICLE_DBC_INDICATORS_HAZARD_REASON_SWITCH_CHOICE (1U)
#define VEHICLE_DBC_INDICATORS_HAZARD_REASON_ESTOP_CHOICE (2U)
#define VEHICLE_DBC_INDICATORS_HAZARD_REASON_SAFE_STOP_CHOICE (3U)

/** Indicators: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_indicators_t {
    /** 0|2 Intel; phys = raw, 0..3 */
    uint8_t indicator_state;
    /** 2|1 Intel; phys = raw, 0..1. Left lamps lit in this flash phase. */
    uint8_t left_lamp_on;
    /** 3|1 Intel; phys = raw, 0..1. Right lamps lit in this flash phase. */
    uint8_t right_lamp_on;
    /** 4|2 Intel; phys = raw, 0..3 */
    uint8_t hazard_reason;
};

/** Packs Indicators into dst_p; returns the bytes written (1) or -1 when size is too small. */
int vehicle_dbc_indicators_pack(uint8_t *dst_p, const struct vehicle_dbc_indicators_t *src_p, size_t size);
/** Unpacks Indicators from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_indicators_unpack(struct vehicle_dbc_indicators_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_indicators_indicator_state_encode(double value);
double vehicle_dbc_indicators_indicator_state_decode(uint8_t value);
bool vehicle_dbc_indicators_indicator_state_is_in_range(uint8_t value);
uint8_t vehicle_dbc_indicators_left_lamp_on_encode(double value);
double vehicle_dbc_indicators_left_lamp_on_decode(uint8_t value);
bool vehicle_dbc_indicators_left_lamp_on_is_in_range(uint8_t value);
uint8_t vehicle_dbc_indicators_right_lamp_on_encode(double value);
double vehicle_dbc_indicators_right_lamp_on_decode(uint8_t value);
bool vehicle_dbc_indicators_right_lamp_on_is_in_range(uint8_t value);
uint8_t vehicle_dbc_indicators_hazard_reason_encode(double value);
double vehicle_dbc_indicators_hazard_reason_decode(uint8_t value);
bool vehicle_dbc_indicators_hazard_reason_is_in_range(uint8_t value);

/* ---- Doors (0x402) ---- */
/* Door lock and door open state from the BCM (auto-lock above 10 km/h). */
#define VEHICLE_DBC_DOORS_FRAME_ID (0x402U)
#define VEHICLE_DBC_DOORS_LENGTH (1U)
#define VEHICLE_DBC_DOORS_CYCLE_TIME_MS (100U)
#define VEHICLE_DBC_DOORS_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_DOORS_IS_EXTENDED (0)

#define VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_UNLOCKED_CHOICE (0U)
#define VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_LOCKED_CHOICE (1U)
#define VEHICLE_DBC_DOORS_DOOR_LOCK_STATE_FAULT_CHOICE (2U)
#define VEHICLE_DBC_DOORS_LOCK_REASON_NONE_CHOICE (0U)
#define VEHICLE_DBC_DOORS_LOCK_REASON_DRIVER_CHOICE (1U)
#define VEHICLE_DBC_DOORS_LOCK_REASON_AUTO_SPEED_CHOICE (2U)
#define VEHICLE_DBC_DOORS_LOCK_REASON_SAFETY_UNLOCK_CHOICE (3U)

/** Doors: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_doors_t {
    /** 0|2 Intel; phys = raw, 0..2 */
    uint8_t door_lock_state;
    /** 2|2 Intel; phys = raw, 0..3. What locked or unlocked the doors last. */
    uint8_t lock_reason;
    /** 4|1 Intel; phys = raw, 0..1 */
    uint8_t door_open_fl;
    /** 5|1 Intel; phys = raw, 0..1 */
    uint8_t door_open_fr;
    /** 6|1 Intel; phys = raw, 0..1 */
    uint8_t door_open_rl;
    /** 7|1 Intel; phys = raw, 0..1 */
    uint8_t door_open_rr;
};

/** Packs Doors into dst_p; returns the bytes written (1) or -1 when size is too small. */
int vehicle_dbc_doors_pack(uint8_t *dst_p, const struct vehicle_dbc_doors_t *src_p, size_t size);
/** Unpacks Doors from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_doors_unpack(struct vehicle_dbc_doors_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_doors_door_lock_state_encode(double value);
double vehicle_dbc_doors_door_lock_state_decode(uint8_t value);
bool vehicle_dbc_doors_door_lock_state_is_in_range(uint8_t value);
uint8_t vehicle_dbc_doors_lock_reason_encode(double value);
double vehicle_dbc_doors_lock_reason_decode(uint8_t value);
bool vehicle_dbc_doors_lock_reason_is_in_range(uint8_t value);
uint8_t vehicle_dbc_doors_door_open_fl_encode(double value);
double vehicle_dbc_doors_door_open_fl_decode(uint8_t value);
bool vehicle_dbc_doors_door_open_fl_is_in_range(uint8_t value);
uint8_t vehicle_dbc_doors_door_open_fr_encode(double value);
double vehicle_dbc_doors_door_open_fr_decode(uint8_t value);
bool vehicle_dbc_doors_door_open_fr_is_in_range(uint8_t value);
uint8_t vehicle_dbc_doors_door_open_rl_encode(double value);
double vehicle_dbc_doors_door_open_rl_decode(uint8_t value);
bool vehicle_dbc_doors_door_open_rl_is_in_range(uint8_t value);
uint8_t vehicle_dbc_doors_door_open_rr_encode(double value);
double vehicle_dbc_doors_door_open_rr_decode(uint8_t value);
bool vehicle_dbc_doors_door_open_rr_is_in_range(uint8_t value);

/* ---- ClusterDisplay (0x450) ---- */
/* What the instrument cluster shows: the dashboard renders this frame, not the plant truth. */
#define VEHICLE_DBC_CLUSTER_DISPLAY_FRAME_ID (0x450U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_LENGTH (8U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_CYCLE_TIME_MS (50U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_CYCLIC)
#define VEHICLE_DBC_CLUSTER_DISPLAY_IS_EXTENDED (0)

#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_GEAR_P_CHOICE (0U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_GEAR_R_CHOICE (1U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_GEAR_N_CHOICE (2U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_GEAR_D_CHOICE (3U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_INIT_CHOICE (0U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_RUN_CHOICE (1U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_DEGRADED_CHOICE (2U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_LIMP_CHOICE (3U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_SAFE_STOP_CHOICE (4U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_DISPLAYED_MODE_SHUTDOWN_CHOICE (5U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_NONE_CHOICE (0U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ESTOP_ACTIVE_CHOICE (1U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFE_STOP_CHOICE (2U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_LIMP_MODE_CHOICE (3U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DEGRADED_POWER_CHOICE (4U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BATTERY_LOW_CHOICE (5U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_MOTOR_OVERTEMP_CHOICE (6U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_BRAKE_FAULT_CHOICE (7U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_STEER_FAULT_CHOICE (8U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_COLLISION_WARNING_CHOICE (9U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_EMERGENCY_BRAKING_CHOICE (10U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_DOOR_OPEN_CHOICE (11U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_ECU_COMM_LOST_CHOICE (12U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SERVICE_REQUIRED_CHOICE (13U)
#define VEHICLE_DBC_CLUSTER_DISPLAY_WARNING_TEXT_ID_SAFETY_SHUTDOWN_CHOICE (14U)

/** ClusterDisplay: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_cluster_display_t {
    /** 0|16 Intel; phys = raw * 0.1 [km/h], 0..300 km/h. Filtered speed shown to the driver (not the plant truth). */
    uint16_t displayed_speed;
    /** 16|8 Intel; phys = raw [%], 0..100 % */
    uint8_t displayed_soc;
    /** 24|2 Intel; phys = raw, 0..3 */
    uint8_t displayed_gear;
    /** 26|3 Intel; phys = raw, 0..5 */
    uint8_t displayed_mode;
    /** 32|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_ready;
    /** 33|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_system_fault;
    /** 34|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_battery_low;
    /** 35|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_motor_temp;
    /** 36|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_brake_fault;
    /** 37|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_steer_fault;
    /** 38|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_turn_left;
    /** 39|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_turn_right;
    /** 40|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_hazard;
    /** 41|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_low_beam;
    /** 42|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_high_beam;
    /** 43|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_door_open;
    /** 44|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_e_stop;
    /** 45|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_collision_warn;
    /** 46|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_limp_mode;
    /** 47|1 Intel; phys = raw, 0..1 */
    uint8_t telltale_safety_kill;
    /** 48|8 Intel; phys = raw, 0..14. Warning message shown in the cluster text area. */
    uint8_t warning_text_id;
    /** 56|8 Intel; phys = raw, 0..255. DTCs in the list the ICU shows. */
    uint8_t dtc_count;
};

/** Packs ClusterDisplay into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_cluster_display_pack(uint8_t *dst_p, const struct vehicle_dbc_cluster_display_t *src_p, size_t size);
/** Unpacks ClusterDisplay from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_cluster_display_unpack(struct vehicle_dbc_cluster_display_t *dst_p, const uint8_t *src_p, size_t size);
uint16_t vehicle_dbc_cluster_display_displayed_speed_encode(double value);
double vehicle_dbc_cluster_display_displayed_speed_decode(uint16_t value);
bool vehicle_dbc_cluster_display_displayed_speed_is_in_range(uint16_t value);
uint8_t vehicle_dbc_cluster_display_displayed_soc_encode(double value);
double vehicle_dbc_cluster_display_displayed_soc_decode(uint8_t value);
bool vehicle_dbc_cluster_display_displayed_soc_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_displayed_gear_encode(double value);
double vehicle_dbc_cluster_display_displayed_gear_decode(uint8_t value);
bool vehicle_dbc_cluster_display_displayed_gear_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_displayed_mode_encode(double value);
double vehicle_dbc_cluster_display_displayed_mode_decode(uint8_t value);
bool vehicle_dbc_cluster_display_displayed_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_ready_encode(double value);
double vehicle_dbc_cluster_display_telltale_ready_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_ready_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_system_fault_encode(double value);
double vehicle_dbc_cluster_display_telltale_system_fault_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_system_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_battery_low_encode(double value);
double vehicle_dbc_cluster_display_telltale_battery_low_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_battery_low_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_motor_temp_encode(double value);
double vehicle_dbc_cluster_display_telltale_motor_temp_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_motor_temp_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_brake_fault_encode(double value);
double vehicle_dbc_cluster_display_telltale_brake_fault_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_brake_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_steer_fault_encode(double value);
double vehicle_dbc_cluster_display_telltale_steer_fault_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_steer_fault_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_turn_left_encode(double value);
double vehicle_dbc_cluster_display_telltale_turn_left_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_turn_left_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_turn_right_encode(double value);
double vehicle_dbc_cluster_display_telltale_turn_right_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_turn_right_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_hazard_encode(double value);
double vehicle_dbc_cluster_display_telltale_hazard_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_hazard_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_low_beam_encode(double value);
double vehicle_dbc_cluster_display_telltale_low_beam_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_low_beam_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_high_beam_encode(double value);
double vehicle_dbc_cluster_display_telltale_high_beam_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_high_beam_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_door_open_encode(double value);
double vehicle_dbc_cluster_display_telltale_door_open_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_door_open_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_e_stop_encode(double value);
double vehicle_dbc_cluster_display_telltale_e_stop_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_e_stop_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_collision_warn_encode(double value);
double vehicle_dbc_cluster_display_telltale_collision_warn_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_collision_warn_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_limp_mode_encode(double value);
double vehicle_dbc_cluster_display_telltale_limp_mode_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_limp_mode_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_telltale_safety_kill_encode(double value);
double vehicle_dbc_cluster_display_telltale_safety_kill_decode(uint8_t value);
bool vehicle_dbc_cluster_display_telltale_safety_kill_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_warning_text_id_encode(double value);
double vehicle_dbc_cluster_display_warning_text_id_decode(uint8_t value);
bool vehicle_dbc_cluster_display_warning_text_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_cluster_display_dtc_count_encode(double value);
double vehicle_dbc_cluster_display_dtc_count_decode(uint8_t value);
bool vehicle_dbc_cluster_display_dtc_count_is_in_range(uint8_t value);

/* ---- DtcEvent (0x500) ---- */
/* DTC status change reported by any ECU (the sender is named by EcuId): DTC number, ISO 14229 status byte, occurrence count. */
#define VEHICLE_DBC_DTC_EVENT_FRAME_ID (0x500U)
#define VEHICLE_DBC_DTC_EVENT_LENGTH (6U)
#define VEHICLE_DBC_DTC_EVENT_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_DTC_EVENT_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_DTC_EVENT_IS_EXTENDED (0)

#define VEHICLE_DBC_DTC_EVENT_ECU_ID_CVC_CHOICE (0U)
#define VEHICLE_DBC_DTC_EVENT_ECU_ID_FZC_CHOICE (1U)
#define VEHICLE_DBC_DTC_EVENT_ECU_ID_RZC_CHOICE (2U)
#define VEHICLE_DBC_DTC_EVENT_ECU_ID_SC_CHOICE (3U)
#define VEHICLE_DBC_DTC_EVENT_ECU_ID_BCM_CHOICE (4U)
#define VEHICLE_DBC_DTC_EVENT_ECU_ID_ICU_CHOICE (5U)
#define VEHICLE_DBC_DTC_EVENT_ECU_ID_TCU_CHOICE (6U)

/** DtcEvent: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_dtc_event_t {
    /** 7|24 Motorola; phys = raw, 0..16777215. SAE J2012 DTC as 3 bytes (2 bytes P/C/B/U code + failure type byte), sent most significant byte first like the DTC records of UDS 0x19. */
    uint32_t dtc_number;
    /** 24|8 Intel; phys = raw, 0..255. ISO 14229-1 DTC status byte (bit 0 testFailed ... bit 7 warningIndicatorRequested). */
    uint8_t dtc_status;
    /** 32|8 Intel; phys = raw, 0..6. ECU that owns the DTC, numbered in BU_ order. */
    uint8_t ecu_id;
    /** 40|8 Intel; phys = raw, 0..255. How often the DTC went to testFailed since it was last cleared. */
    uint8_t occurrence_count;
};

/** Packs DtcEvent into dst_p; returns the bytes written (6) or -1 when size is too small. */
int vehicle_dbc_dtc_event_pack(uint8_t *dst_p, const struct vehicle_dbc_dtc_event_t *src_p, size_t size);
/** Unpacks DtcEvent from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_dtc_event_unpack(struct vehicle_dbc_dtc_event_t *dst_p, const uint8_t *src_p, size_t size);
uint32_t vehicle_dbc_dtc_event_dtc_number_encode(double value);
double vehicle_dbc_dtc_event_dtc_number_decode(uint32_t value);
bool vehicle_dbc_dtc_event_dtc_number_is_in_range(uint32_t value);
uint8_t vehicle_dbc_dtc_event_dtc_status_encode(double value);
double vehicle_dbc_dtc_event_dtc_status_decode(uint8_t value);
bool vehicle_dbc_dtc_event_dtc_status_is_in_range(uint8_t value);
uint8_t vehicle_dbc_dtc_event_ecu_id_encode(double value);
double vehicle_dbc_dtc_event_ecu_id_decode(uint8_t value);
bool vehicle_dbc_dtc_event_ecu_id_is_in_range(uint8_t value);
uint8_t vehicle_dbc_dtc_event_occurrence_count_encode(double value);
double vehicle_dbc_dtc_event_occurrence_count_decode(uint8_t value);
bool vehicle_dbc_dtc_event_occurrence_count_is_in_range(uint8_t value);

/* ---- UdsFunctionalReq (0x7DF) ---- */
/* UDS / OBD-II functional request (ISO-TP single frames only) to every ECU. OBD-II modes 01, 03, 04 and 09 are answered by the TCU. */
#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID (0x7DFU)
#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_LENGTH (8U)
#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_FUNCTIONAL_REQ_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsFunctionalReq: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_functional_req_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsFunctionalReq into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_functional_req_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_functional_req_t *src_p, size_t size);
/** Unpacks UdsFunctionalReq from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_functional_req_unpack(struct vehicle_dbc_uds_functional_req_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_functional_req_pci_type_encode(double value);
double vehicle_dbc_uds_functional_req_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_functional_req_pci_info_encode(double value);
double vehicle_dbc_uds_functional_req_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_functional_req_data1_encode(double value);
double vehicle_dbc_uds_functional_req_data1_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_functional_req_data2_encode(double value);
double vehicle_dbc_uds_functional_req_data2_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_functional_req_data3_encode(double value);
double vehicle_dbc_uds_functional_req_data3_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_functional_req_data4_encode(double value);
double vehicle_dbc_uds_functional_req_data4_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_functional_req_data5_encode(double value);
double vehicle_dbc_uds_functional_req_data5_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_functional_req_data6_encode(double value);
double vehicle_dbc_uds_functional_req_data6_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_functional_req_data7_encode(double value);
double vehicle_dbc_uds_functional_req_data7_decode(uint8_t value);
bool vehicle_dbc_uds_functional_req_data7_is_in_range(uint8_t value);

/* ---- UdsReq_CVC (0x7E0) ---- */
/* UDS physical request to the CVC (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_REQ_CVC_FRAME_ID (0x7E0U)
#define VEHICLE_DBC_UDS_REQ_CVC_LENGTH (8U)
#define VEHICLE_DBC_UDS_REQ_CVC_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_REQ_CVC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_REQ_CVC_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_REQ_CVC_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_REQ_CVC_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_REQ_CVC_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_REQ_CVC_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsReq_CVC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_req_cvc_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsReq_CVC into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_req_cvc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_cvc_t *src_p, size_t size);
/** Unpacks UdsReq_CVC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_req_cvc_unpack(struct vehicle_dbc_uds_req_cvc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_req_cvc_pci_type_encode(double value);
double vehicle_dbc_uds_req_cvc_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_cvc_pci_info_encode(double value);
double vehicle_dbc_uds_req_cvc_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_cvc_data1_encode(double value);
double vehicle_dbc_uds_req_cvc_data1_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_cvc_data2_encode(double value);
double vehicle_dbc_uds_req_cvc_data2_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_cvc_data3_encode(double value);
double vehicle_dbc_uds_req_cvc_data3_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_cvc_data4_encode(double value);
double vehicle_dbc_uds_req_cvc_data4_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_cvc_data5_encode(double value);
double vehicle_dbc_uds_req_cvc_data5_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_cvc_data6_encode(double value);
double vehicle_dbc_uds_req_cvc_data6_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_cvc_data7_encode(double value);
double vehicle_dbc_uds_req_cvc_data7_decode(uint8_t value);
bool vehicle_dbc_uds_req_cvc_data7_is_in_range(uint8_t value);

/* ---- UdsReq_FZC (0x7E1) ---- */
/* UDS physical request to the FZC (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_REQ_FZC_FRAME_ID (0x7E1U)
#define VEHICLE_DBC_UDS_REQ_FZC_LENGTH (8U)
#define VEHICLE_DBC_UDS_REQ_FZC_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_REQ_FZC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_REQ_FZC_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_REQ_FZC_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_REQ_FZC_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_REQ_FZC_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_REQ_FZC_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsReq_FZC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_req_fzc_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsReq_FZC into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_req_fzc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_fzc_t *src_p, size_t size);
/** Unpacks UdsReq_FZC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_req_fzc_unpack(struct vehicle_dbc_uds_req_fzc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_req_fzc_pci_type_encode(double value);
double vehicle_dbc_uds_req_fzc_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_fzc_pci_info_encode(double value);
double vehicle_dbc_uds_req_fzc_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_fzc_data1_encode(double value);
double vehicle_dbc_uds_req_fzc_data1_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_fzc_data2_encode(double value);
double vehicle_dbc_uds_req_fzc_data2_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_fzc_data3_encode(double value);
double vehicle_dbc_uds_req_fzc_data3_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_fzc_data4_encode(double value);
double vehicle_dbc_uds_req_fzc_data4_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_fzc_data5_encode(double value);
double vehicle_dbc_uds_req_fzc_data5_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_fzc_data6_encode(double value);
double vehicle_dbc_uds_req_fzc_data6_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_fzc_data7_encode(double value);
double vehicle_dbc_uds_req_fzc_data7_decode(uint8_t value);
bool vehicle_dbc_uds_req_fzc_data7_is_in_range(uint8_t value);

/* ---- UdsReq_RZC (0x7E2) ---- */
/* UDS physical request to the RZC (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_REQ_RZC_FRAME_ID (0x7E2U)
#define VEHICLE_DBC_UDS_REQ_RZC_LENGTH (8U)
#define VEHICLE_DBC_UDS_REQ_RZC_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_REQ_RZC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_REQ_RZC_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_REQ_RZC_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_REQ_RZC_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_REQ_RZC_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_REQ_RZC_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsReq_RZC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_req_rzc_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsReq_RZC into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_req_rzc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_rzc_t *src_p, size_t size);
/** Unpacks UdsReq_RZC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_req_rzc_unpack(struct vehicle_dbc_uds_req_rzc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_req_rzc_pci_type_encode(double value);
double vehicle_dbc_uds_req_rzc_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_rzc_pci_info_encode(double value);
double vehicle_dbc_uds_req_rzc_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_rzc_data1_encode(double value);
double vehicle_dbc_uds_req_rzc_data1_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_rzc_data2_encode(double value);
double vehicle_dbc_uds_req_rzc_data2_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_rzc_data3_encode(double value);
double vehicle_dbc_uds_req_rzc_data3_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_rzc_data4_encode(double value);
double vehicle_dbc_uds_req_rzc_data4_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_rzc_data5_encode(double value);
double vehicle_dbc_uds_req_rzc_data5_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_rzc_data6_encode(double value);
double vehicle_dbc_uds_req_rzc_data6_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_rzc_data7_encode(double value);
double vehicle_dbc_uds_req_rzc_data7_decode(uint8_t value);
bool vehicle_dbc_uds_req_rzc_data7_is_in_range(uint8_t value);

/* ---- UdsReq_SC (0x7E3) ---- */
/* UDS physical request to the SC (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_REQ_SC_FRAME_ID (0x7E3U)
#define VEHICLE_DBC_UDS_REQ_SC_LENGTH (8U)
#define VEHICLE_DBC_UDS_REQ_SC_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_REQ_SC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_REQ_SC_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_REQ_SC_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_REQ_SC_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_REQ_SC_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_REQ_SC_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsReq_SC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_req_sc_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsReq_SC into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_req_sc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_sc_t *src_p, size_t size);
/** Unpacks UdsReq_SC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_req_sc_unpack(struct vehicle_dbc_uds_req_sc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_req_sc_pci_type_encode(double value);
double vehicle_dbc_uds_req_sc_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_sc_pci_info_encode(double value);
double vehicle_dbc_uds_req_sc_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_sc_data1_encode(double value);
double vehicle_dbc_uds_req_sc_data1_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_sc_data2_encode(double value);
double vehicle_dbc_uds_req_sc_data2_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_sc_data3_encode(double value);
double vehicle_dbc_uds_req_sc_data3_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_sc_data4_encode(double value);
double vehicle_dbc_uds_req_sc_data4_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_sc_data5_encode(double value);
double vehicle_dbc_uds_req_sc_data5_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_sc_data6_encode(double value);
double vehicle_dbc_uds_req_sc_data6_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_sc_data7_encode(double value);
double vehicle_dbc_uds_req_sc_data7_decode(uint8_t value);
bool vehicle_dbc_uds_req_sc_data7_is_in_range(uint8_t value);

/* ---- UdsReq_BCM (0x7E4) ---- */
/* UDS physical request to the BCM (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID (0x7E4U)
#define VEHICLE_DBC_UDS_REQ_BCM_LENGTH (8U)
#define VEHICLE_DBC_UDS_REQ_BCM_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_REQ_BCM_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_REQ_BCM_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_REQ_BCM_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_REQ_BCM_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_REQ_BCM_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_REQ_BCM_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsReq_BCM: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_req_bcm_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsReq_BCM into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_req_bcm_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_bcm_t *src_p, size_t size);
/** Unpacks UdsReq_BCM from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_req_bcm_unpack(struct vehicle_dbc_uds_req_bcm_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_req_bcm_pci_type_encode(double value);
double vehicle_dbc_uds_req_bcm_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_bcm_pci_info_encode(double value);
double vehicle_dbc_uds_req_bcm_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_bcm_data1_encode(double value);
double vehicle_dbc_uds_req_bcm_data1_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_bcm_data2_encode(double value);
double vehicle_dbc_uds_req_bcm_data2_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_bcm_data3_encode(double value);
double vehicle_dbc_uds_req_bcm_data3_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_bcm_data4_encode(double value);
double vehicle_dbc_uds_req_bcm_data4_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_bcm_data5_encode(double value);
double vehicle_dbc_uds_req_bcm_data5_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_bcm_data6_encode(double value);
double vehicle_dbc_uds_req_bcm_data6_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_bcm_data7_encode(double value);
double vehicle_dbc_uds_req_bcm_data7_decode(uint8_t value);
bool vehicle_dbc_uds_req_bcm_data7_is_in_range(uint8_t value);

/* ---- UdsReq_ICU (0x7E5) ---- */
/* UDS physical request to the ICU (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_REQ_ICU_FRAME_ID (0x7E5U)
#define VEHICLE_DBC_UDS_REQ_ICU_LENGTH (8U)
#define VEHICLE_DBC_UDS_REQ_ICU_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_REQ_ICU_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_REQ_ICU_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_REQ_ICU_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_REQ_ICU_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_REQ_ICU_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_REQ_ICU_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsReq_ICU: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_req_icu_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsReq_ICU into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_req_icu_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_icu_t *src_p, size_t size);
/** Unpacks UdsReq_ICU from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_req_icu_unpack(struct vehicle_dbc_uds_req_icu_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_req_icu_pci_type_encode(double value);
double vehicle_dbc_uds_req_icu_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_icu_pci_info_encode(double value);
double vehicle_dbc_uds_req_icu_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_icu_data1_encode(double value);
double vehicle_dbc_uds_req_icu_data1_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_icu_data2_encode(double value);
double vehicle_dbc_uds_req_icu_data2_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_icu_data3_encode(double value);
double vehicle_dbc_uds_req_icu_data3_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_icu_data4_encode(double value);
double vehicle_dbc_uds_req_icu_data4_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_icu_data5_encode(double value);
double vehicle_dbc_uds_req_icu_data5_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_icu_data6_encode(double value);
double vehicle_dbc_uds_req_icu_data6_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_icu_data7_encode(double value);
double vehicle_dbc_uds_req_icu_data7_decode(uint8_t value);
bool vehicle_dbc_uds_req_icu_data7_is_in_range(uint8_t value);

/* ---- UdsReq_TCU (0x7E6) ---- */
/* UDS physical request to the TCU (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_REQ_TCU_FRAME_ID (0x7E6U)
#define VEHICLE_DBC_UDS_REQ_TCU_LENGTH (8U)
#define VEHICLE_DBC_UDS_REQ_TCU_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_REQ_TCU_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_REQ_TCU_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_REQ_TCU_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_REQ_TCU_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_REQ_TCU_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_REQ_TCU_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsReq_TCU: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_req_tcu_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsReq_TCU into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_req_tcu_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_tcu_t *src_p, size_t size);
/** Unpacks UdsReq_TCU from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_req_tcu_unpack(struct vehicle_dbc_uds_req_tcu_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_req_tcu_pci_type_encode(double value);
double vehicle_dbc_uds_req_tcu_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_tcu_pci_info_encode(double value);
double vehicle_dbc_uds_req_tcu_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_tcu_data1_encode(double value);
double vehicle_dbc_uds_req_tcu_data1_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_tcu_data2_encode(double value);
double vehicle_dbc_uds_req_tcu_data2_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_tcu_data3_encode(double value);
double vehicle_dbc_uds_req_tcu_data3_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_tcu_data4_encode(double value);
double vehicle_dbc_uds_req_tcu_data4_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_tcu_data5_encode(double value);
double vehicle_dbc_uds_req_tcu_data5_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_tcu_data6_encode(double value);
double vehicle_dbc_uds_req_tcu_data6_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_req_tcu_data7_encode(double value);
double vehicle_dbc_uds_req_tcu_data7_decode(uint8_t value);
bool vehicle_dbc_uds_req_tcu_data7_is_in_range(uint8_t value);

/* ---- UdsResp_CVC (0x7E8) ---- */
/* UDS response from the CVC (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_RESP_CVC_FRAME_ID (0x7E8U)
#define VEHICLE_DBC_UDS_RESP_CVC_LENGTH (8U)
#define VEHICLE_DBC_UDS_RESP_CVC_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_RESP_CVC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_RESP_CVC_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_RESP_CVC_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_RESP_CVC_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_RESP_CVC_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_RESP_CVC_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsResp_CVC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_resp_cvc_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsResp_CVC into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_resp_cvc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_cvc_t *src_p, size_t size);
/** Unpacks UdsResp_CVC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_resp_cvc_unpack(struct vehicle_dbc_uds_resp_cvc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_resp_cvc_pci_type_encode(double value);
double vehicle_dbc_uds_resp_cvc_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_cvc_pci_info_encode(double value);
double vehicle_dbc_uds_resp_cvc_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_cvc_data1_encode(double value);
double vehicle_dbc_uds_resp_cvc_data1_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_cvc_data2_encode(double value);
double vehicle_dbc_uds_resp_cvc_data2_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_cvc_data3_encode(double value);
double vehicle_dbc_uds_resp_cvc_data3_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_cvc_data4_encode(double value);
double vehicle_dbc_uds_resp_cvc_data4_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_cvc_data5_encode(double value);
double vehicle_dbc_uds_resp_cvc_data5_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_cvc_data6_encode(double value);
double vehicle_dbc_uds_resp_cvc_data6_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_cvc_data7_encode(double value);
double vehicle_dbc_uds_resp_cvc_data7_decode(uint8_t value);
bool vehicle_dbc_uds_resp_cvc_data7_is_in_range(uint8_t value);

/* ---- UdsResp_FZC (0x7E9) ---- */
/* UDS response from the FZC (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_RESP_FZC_FRAME_ID (0x7E9U)
#define VEHICLE_DBC_UDS_RESP_FZC_LENGTH (8U)
#define VEHICLE_DBC_UDS_RESP_FZC_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_RESP_FZC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_RESP_FZC_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_RESP_FZC_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_RESP_FZC_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_RESP_FZC_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_RESP_FZC_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsResp_FZC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_resp_fzc_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsResp_FZC into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_resp_fzc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_fzc_t *src_p, size_t size);
/** Unpacks UdsResp_FZC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_resp_fzc_unpack(struct vehicle_dbc_uds_resp_fzc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_resp_fzc_pci_type_encode(double value);
double vehicle_dbc_uds_resp_fzc_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_fzc_pci_info_encode(double value);
double vehicle_dbc_uds_resp_fzc_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_fzc_data1_encode(double value);
double vehicle_dbc_uds_resp_fzc_data1_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_fzc_data2_encode(double value);
double vehicle_dbc_uds_resp_fzc_data2_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_fzc_data3_encode(double value);
double vehicle_dbc_uds_resp_fzc_data3_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_fzc_data4_encode(double value);
double vehicle_dbc_uds_resp_fzc_data4_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_fzc_data5_encode(double value);
double vehicle_dbc_uds_resp_fzc_data5_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_fzc_data6_encode(double value);
double vehicle_dbc_uds_resp_fzc_data6_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_fzc_data7_encode(double value);
double vehicle_dbc_uds_resp_fzc_data7_decode(uint8_t value);
bool vehicle_dbc_uds_resp_fzc_data7_is_in_range(uint8_t value);

/* ---- UdsResp_RZC (0x7EA) ---- */
/* UDS response from the RZC (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_RESP_RZC_FRAME_ID (0x7EAU)
#define VEHICLE_DBC_UDS_RESP_RZC_LENGTH (8U)
#define VEHICLE_DBC_UDS_RESP_RZC_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_RESP_RZC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_RESP_RZC_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_RESP_RZC_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_RESP_RZC_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_RESP_RZC_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_RESP_RZC_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsResp_RZC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_resp_rzc_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsResp_RZC into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_resp_rzc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_rzc_t *src_p, size_t size);
/** Unpacks UdsResp_RZC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_resp_rzc_unpack(struct vehicle_dbc_uds_resp_rzc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_resp_rzc_pci_type_encode(double value);
double vehicle_dbc_uds_resp_rzc_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_rzc_pci_info_encode(double value);
double vehicle_dbc_uds_resp_rzc_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_rzc_data1_encode(double value);
double vehicle_dbc_uds_resp_rzc_data1_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_rzc_data2_encode(double value);
double vehicle_dbc_uds_resp_rzc_data2_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_rzc_data3_encode(double value);
double vehicle_dbc_uds_resp_rzc_data3_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_rzc_data4_encode(double value);
double vehicle_dbc_uds_resp_rzc_data4_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_rzc_data5_encode(double value);
double vehicle_dbc_uds_resp_rzc_data5_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_rzc_data6_encode(double value);
double vehicle_dbc_uds_resp_rzc_data6_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_rzc_data7_encode(double value);
double vehicle_dbc_uds_resp_rzc_data7_decode(uint8_t value);
bool vehicle_dbc_uds_resp_rzc_data7_is_in_range(uint8_t value);

/* ---- UdsResp_SC (0x7EB) ---- */
/* UDS response from the SC (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_RESP_SC_FRAME_ID (0x7EBU)
#define VEHICLE_DBC_UDS_RESP_SC_LENGTH (8U)
#define VEHICLE_DBC_UDS_RESP_SC_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_RESP_SC_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_RESP_SC_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_RESP_SC_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_RESP_SC_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_RESP_SC_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_RESP_SC_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsResp_SC: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_resp_sc_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsResp_SC into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_resp_sc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_sc_t *src_p, size_t size);
/** Unpacks UdsResp_SC from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_resp_sc_unpack(struct vehicle_dbc_uds_resp_sc_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_resp_sc_pci_type_encode(double value);
double vehicle_dbc_uds_resp_sc_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_sc_pci_info_encode(double value);
double vehicle_dbc_uds_resp_sc_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_sc_data1_encode(double value);
double vehicle_dbc_uds_resp_sc_data1_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_sc_data2_encode(double value);
double vehicle_dbc_uds_resp_sc_data2_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_sc_data3_encode(double value);
double vehicle_dbc_uds_resp_sc_data3_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_sc_data4_encode(double value);
double vehicle_dbc_uds_resp_sc_data4_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_sc_data5_encode(double value);
double vehicle_dbc_uds_resp_sc_data5_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_sc_data6_encode(double value);
double vehicle_dbc_uds_resp_sc_data6_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_sc_data7_encode(double value);
double vehicle_dbc_uds_resp_sc_data7_decode(uint8_t value);
bool vehicle_dbc_uds_resp_sc_data7_is_in_range(uint8_t value);

/* ---- UdsResp_BCM (0x7EC) ---- */
/* UDS response from the BCM (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_RESP_BCM_FRAME_ID (0x7ECU)
#define VEHICLE_DBC_UDS_RESP_BCM_LENGTH (8U)
#define VEHICLE_DBC_UDS_RESP_BCM_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_RESP_BCM_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_RESP_BCM_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_RESP_BCM_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_RESP_BCM_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_RESP_BCM_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_RESP_BCM_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsResp_BCM: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_resp_bcm_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsResp_BCM into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_resp_bcm_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_bcm_t *src_p, size_t size);
/** Unpacks UdsResp_BCM from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_resp_bcm_unpack(struct vehicle_dbc_uds_resp_bcm_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_resp_bcm_pci_type_encode(double value);
double vehicle_dbc_uds_resp_bcm_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_bcm_pci_info_encode(double value);
double vehicle_dbc_uds_resp_bcm_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_bcm_data1_encode(double value);
double vehicle_dbc_uds_resp_bcm_data1_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_bcm_data2_encode(double value);
double vehicle_dbc_uds_resp_bcm_data2_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_bcm_data3_encode(double value);
double vehicle_dbc_uds_resp_bcm_data3_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_bcm_data4_encode(double value);
double vehicle_dbc_uds_resp_bcm_data4_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_bcm_data5_encode(double value);
double vehicle_dbc_uds_resp_bcm_data5_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_bcm_data6_encode(double value);
double vehicle_dbc_uds_resp_bcm_data6_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_bcm_data7_encode(double value);
double vehicle_dbc_uds_resp_bcm_data7_decode(uint8_t value);
bool vehicle_dbc_uds_resp_bcm_data7_is_in_range(uint8_t value);

/* ---- UdsResp_ICU (0x7ED) ---- */
/* UDS response from the ICU (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_RESP_ICU_FRAME_ID (0x7EDU)
#define VEHICLE_DBC_UDS_RESP_ICU_LENGTH (8U)
#define VEHICLE_DBC_UDS_RESP_ICU_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_RESP_ICU_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_RESP_ICU_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_RESP_ICU_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_RESP_ICU_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_RESP_ICU_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_RESP_ICU_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsResp_ICU: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_resp_icu_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsResp_ICU into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_resp_icu_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_icu_t *src_p, size_t size);
/** Unpacks UdsResp_ICU from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_resp_icu_unpack(struct vehicle_dbc_uds_resp_icu_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_resp_icu_pci_type_encode(double value);
double vehicle_dbc_uds_resp_icu_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_icu_pci_info_encode(double value);
double vehicle_dbc_uds_resp_icu_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_icu_data1_encode(double value);
double vehicle_dbc_uds_resp_icu_data1_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_icu_data2_encode(double value);
double vehicle_dbc_uds_resp_icu_data2_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_icu_data3_encode(double value);
double vehicle_dbc_uds_resp_icu_data3_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_icu_data4_encode(double value);
double vehicle_dbc_uds_resp_icu_data4_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_icu_data5_encode(double value);
double vehicle_dbc_uds_resp_icu_data5_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_icu_data6_encode(double value);
double vehicle_dbc_uds_resp_icu_data6_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_icu_data7_encode(double value);
double vehicle_dbc_uds_resp_icu_data7_decode(uint8_t value);
bool vehicle_dbc_uds_resp_icu_data7_is_in_range(uint8_t value);

/* ---- UdsResp_TCU (0x7EE) ---- */
/* UDS response from the TCU (ISO-TP, padded to 8 bytes). */
#define VEHICLE_DBC_UDS_RESP_TCU_FRAME_ID (0x7EEU)
#define VEHICLE_DBC_UDS_RESP_TCU_LENGTH (8U)
#define VEHICLE_DBC_UDS_RESP_TCU_CYCLE_TIME_MS (0U)
#define VEHICLE_DBC_UDS_RESP_TCU_SEND_TYPE (VEHICLE_DBC_SEND_TYPE_EVENT)
#define VEHICLE_DBC_UDS_RESP_TCU_IS_EXTENDED (0)

#define VEHICLE_DBC_UDS_RESP_TCU_PCI_TYPE_SINGLE_FRAME_CHOICE (0U)
#define VEHICLE_DBC_UDS_RESP_TCU_PCI_TYPE_FIRST_FRAME_CHOICE (1U)
#define VEHICLE_DBC_UDS_RESP_TCU_PCI_TYPE_CONSECUTIVE_FRAME_CHOICE (2U)
#define VEHICLE_DBC_UDS_RESP_TCU_PCI_TYPE_FLOW_CONTROL_CHOICE (3U)

/** UdsResp_TCU: raw signal values (see the encode/decode functions for physical values). */
struct vehicle_dbc_uds_resp_tcu_t {
    /** 4|4 Intel; phys = raw, 0..3. ISO-TP frame type (PCI high nibble). */
    uint8_t pci_type;
    /** 0|4 Intel; phys = raw, 0..15. Single frame: data length; first frame: length bits 11..8; consecutive frame: sequence number; flow control: flow status. */
    uint8_t pci_info;
    /** 8|8 Intel; phys = raw, 0..255 */
    uint8_t data1;
    /** 16|8 Intel; phys = raw, 0..255 */
    uint8_t data2;
    /** 24|8 Intel; phys = raw, 0..255 */
    uint8_t data3;
    /** 32|8 Intel; phys = raw, 0..255 */
    uint8_t data4;
    /** 40|8 Intel; phys = raw, 0..255 */
    uint8_t data5;
    /** 48|8 Intel; phys = raw, 0..255 */
    uint8_t data6;
    /** 56|8 Intel; phys = raw, 0..255 */
    uint8_t data7;
};

/** Packs UdsResp_TCU into dst_p; returns the bytes written (8) or -1 when size is too small. */
int vehicle_dbc_uds_resp_tcu_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_tcu_t *src_p, size_t size);
/** Unpacks UdsResp_TCU from src_p; returns 0, or -1 when size is shorter than the message. */
int vehicle_dbc_uds_resp_tcu_unpack(struct vehicle_dbc_uds_resp_tcu_t *dst_p, const uint8_t *src_p, size_t size);
uint8_t vehicle_dbc_uds_resp_tcu_pci_type_encode(double value);
double vehicle_dbc_uds_resp_tcu_pci_type_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_pci_type_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_tcu_pci_info_encode(double value);
double vehicle_dbc_uds_resp_tcu_pci_info_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_pci_info_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_tcu_data1_encode(double value);
double vehicle_dbc_uds_resp_tcu_data1_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_data1_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_tcu_data2_encode(double value);
double vehicle_dbc_uds_resp_tcu_data2_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_data2_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_tcu_data3_encode(double value);
double vehicle_dbc_uds_resp_tcu_data3_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_data3_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_tcu_data4_encode(double value);
double vehicle_dbc_uds_resp_tcu_data4_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_data4_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_tcu_data5_encode(double value);
double vehicle_dbc_uds_resp_tcu_data5_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_data5_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_tcu_data6_encode(double value);
double vehicle_dbc_uds_resp_tcu_data6_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_data6_is_in_range(uint8_t value);
uint8_t vehicle_dbc_uds_resp_tcu_data7_encode(double value);
double vehicle_dbc_uds_resp_tcu_data7_decode(uint8_t value);
bool vehicle_dbc_uds_resp_tcu_data7_is_in_range(uint8_t value);

/* Message table: one row per message, in DBC order. `id` has bit 31 set for extended frames. */
typedef struct {
    uint32_t id;
    uint8_t length;
    uint16_t cycle_ms;
    uint8_t sender;
    uint8_t e2e_data_id;
    uint8_t has_e2e;
} vehicle_dbc_msg_info_t;

#define VEHICLE_DBC_MSG_COUNT (43U)
extern const vehicle_dbc_msg_info_t vehicle_dbc_msgs[VEHICLE_DBC_MSG_COUNT];

#ifdef __cplusplus
}
#endif

#endif /* VEHICLE_DBC_H */
