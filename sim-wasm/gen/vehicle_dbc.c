/* generated from static/vehicle.dbc by src/cli/gen-c.ts — do not edit */
#include "vehicle_dbc.h"

/* Round half to even, as cantools and the TS codec do, so the firmware and the app encode alike. */
static double vehicle_dbc_round(double x)
{
    double t;
    double d;
    if ((x >= 4503599627370496.0) || (x <= -4503599627370496.0)) {
        return x; /* |x| >= 2^52: already an integer */
    } else {
    }
    t = (double)(int64_t)x;
    d = x - t;
    if ((d > 0.5) || ((d >= 0.5) && ((((int64_t)t) & 1) != 0))) {
        t += 1.0;
    } else if ((d < -0.5) || ((d <= -0.5) && ((((int64_t)t) & 1) != 0))) {
        t -= 1.0;
    } else {
    }
    return t;
}

int vehicle_dbc_e_stop_pack(uint8_t *dst_p, const struct vehicle_dbc_e_stop_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_E_STOP_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_E_STOP_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->active;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    raw8 = src_p->source;
    dst_p[2] |= (uint8_t)(((uint32_t)raw8 & 0x7U) << 1U);
    return (int)VEHICLE_DBC_E_STOP_LENGTH;
}

int vehicle_dbc_e_stop_unpack(struct vehicle_dbc_e_stop_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_E_STOP_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0x1U);
    dst_p->active = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[2] >> 1U) & 0x7U);
    dst_p->source = raw8;
    return 0;
}

uint8_t vehicle_dbc_e_stop_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_e_stop_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_e_stop_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_e_stop_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_e_stop_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_e_stop_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_e_stop_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_e_stop_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_e_stop_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_e_stop_active_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_e_stop_active_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_e_stop_active_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_e_stop_source_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 7.0) {
        return 7U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_e_stop_source_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_e_stop_source_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

int vehicle_dbc_heartbeat_cvc_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_cvc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_HEARTBEAT_CVC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_HEARTBEAT_CVC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->ecu_id;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->mode;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->fault_status;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->active_dtc_count;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_HEARTBEAT_CVC_LENGTH;
}

int vehicle_dbc_heartbeat_cvc_unpack(struct vehicle_dbc_heartbeat_cvc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_HEARTBEAT_CVC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->ecu_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->mode = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->fault_status = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->active_dtc_count = raw8;
    return 0;
}

uint8_t vehicle_dbc_heartbeat_cvc_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_cvc_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_cvc_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_cvc_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_cvc_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_cvc_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_cvc_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_cvc_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_cvc_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_cvc_ecu_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_cvc_ecu_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_cvc_ecu_id_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_heartbeat_cvc_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_cvc_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_cvc_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_heartbeat_cvc_fault_status_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_cvc_fault_status_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_cvc_fault_status_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_cvc_active_dtc_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_cvc_active_dtc_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_cvc_active_dtc_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_heartbeat_fzc_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_fzc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_HEARTBEAT_FZC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_HEARTBEAT_FZC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->ecu_id;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->mode;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->fault_status;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->active_dtc_count;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_HEARTBEAT_FZC_LENGTH;
}

int vehicle_dbc_heartbeat_fzc_unpack(struct vehicle_dbc_heartbeat_fzc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_HEARTBEAT_FZC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->ecu_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->mode = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->fault_status = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->active_dtc_count = raw8;
    return 0;
}

uint8_t vehicle_dbc_heartbeat_fzc_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_fzc_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_fzc_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_fzc_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_fzc_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_fzc_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_fzc_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_fzc_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_fzc_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_fzc_ecu_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_fzc_ecu_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_fzc_ecu_id_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_heartbeat_fzc_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_fzc_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_fzc_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_heartbeat_fzc_fault_status_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_fzc_fault_status_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_fzc_fault_status_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_fzc_active_dtc_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_fzc_active_dtc_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_fzc_active_dtc_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_heartbeat_rzc_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_rzc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_HEARTBEAT_RZC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_HEARTBEAT_RZC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->ecu_id;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->mode;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->fault_status;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->active_dtc_count;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_HEARTBEAT_RZC_LENGTH;
}

int vehicle_dbc_heartbeat_rzc_unpack(struct vehicle_dbc_heartbeat_rzc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_HEARTBEAT_RZC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->ecu_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->mode = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->fault_status = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->active_dtc_count = raw8;
    return 0;
}

uint8_t vehicle_dbc_heartbeat_rzc_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_rzc_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_rzc_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_rzc_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_rzc_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_rzc_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_rzc_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_rzc_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_rzc_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_rzc_ecu_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_rzc_ecu_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_rzc_ecu_id_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_heartbeat_rzc_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_rzc_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_rzc_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_heartbeat_rzc_fault_status_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_rzc_fault_status_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_rzc_fault_status_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_rzc_active_dtc_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_rzc_active_dtc_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_rzc_active_dtc_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_safety_status_pack(uint8_t *dst_p, const struct vehicle_dbc_safety_status_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_SAFETY_STATUS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_SAFETY_STATUS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->ecu_id;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->mode;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->fault_status;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->active_dtc_count;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->kill_reason;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->kill_relay_closed;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    raw8 = src_p->hb_timeout_cvc;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 1U);
    raw8 = src_p->hb_timeout_fzc;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->hb_timeout_rzc;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->e2e_fault;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->torque_plaus_fault;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw8 = src_p->creep_fault;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 6U);
    raw8 = src_p->bus_silence;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    return (int)VEHICLE_DBC_SAFETY_STATUS_LENGTH;
}

int vehicle_dbc_safety_status_unpack(struct vehicle_dbc_safety_status_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_SAFETY_STATUS_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->ecu_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->mode = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->fault_status = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->active_dtc_count = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->kill_reason = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0x1U);
    dst_p->kill_relay_closed = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 1U) & 0x1U);
    dst_p->hb_timeout_cvc = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 2U) & 0x1U);
    dst_p->hb_timeout_fzc = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 3U) & 0x1U);
    dst_p->hb_timeout_rzc = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 4U) & 0x1U);
    dst_p->e2e_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 5U) & 0x1U);
    dst_p->torque_plaus_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 6U) & 0x1U);
    dst_p->creep_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 7U) & 0x1U);
    dst_p->bus_silence = raw8;
    return 0;
}

uint8_t vehicle_dbc_safety_status_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_safety_status_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_safety_status_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_safety_status_ecu_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_ecu_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_ecu_id_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_safety_status_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_safety_status_fault_status_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_fault_status_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_fault_status_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_safety_status_active_dtc_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_active_dtc_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_active_dtc_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_safety_status_kill_reason_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_kill_reason_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_kill_reason_is_in_range(uint8_t value)
{
    return (value <= 11U);
}

uint8_t vehicle_dbc_safety_status_kill_relay_closed_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_kill_relay_closed_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_kill_relay_closed_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_safety_status_hb_timeout_cvc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_hb_timeout_cvc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_hb_timeout_cvc_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_safety_status_hb_timeout_fzc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_hb_timeout_fzc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_hb_timeout_fzc_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_safety_status_hb_timeout_rzc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_hb_timeout_rzc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_hb_timeout_rzc_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_safety_status_e2e_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_e2e_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_e2e_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_safety_status_torque_plaus_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_torque_plaus_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_torque_plaus_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_safety_status_creep_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_creep_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_creep_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_safety_status_bus_silence_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_safety_status_bus_silence_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_safety_status_bus_silence_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_heartbeat_bcm_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_bcm_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_HEARTBEAT_BCM_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_HEARTBEAT_BCM_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->ecu_id;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->mode;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->fault_status;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->active_dtc_count;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_HEARTBEAT_BCM_LENGTH;
}

int vehicle_dbc_heartbeat_bcm_unpack(struct vehicle_dbc_heartbeat_bcm_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_HEARTBEAT_BCM_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->ecu_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->mode = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->fault_status = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->active_dtc_count = raw8;
    return 0;
}

uint8_t vehicle_dbc_heartbeat_bcm_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_bcm_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_bcm_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_bcm_ecu_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_bcm_ecu_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_bcm_ecu_id_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_heartbeat_bcm_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_bcm_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_bcm_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_heartbeat_bcm_fault_status_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_bcm_fault_status_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_bcm_fault_status_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_bcm_active_dtc_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_bcm_active_dtc_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_bcm_active_dtc_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_heartbeat_icu_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_icu_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_HEARTBEAT_ICU_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_HEARTBEAT_ICU_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->ecu_id;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->mode;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->fault_status;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->active_dtc_count;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_HEARTBEAT_ICU_LENGTH;
}

int vehicle_dbc_heartbeat_icu_unpack(struct vehicle_dbc_heartbeat_icu_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_HEARTBEAT_ICU_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->ecu_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->mode = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->fault_status = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->active_dtc_count = raw8;
    return 0;
}

uint8_t vehicle_dbc_heartbeat_icu_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_icu_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_icu_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_icu_ecu_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_icu_ecu_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_icu_ecu_id_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_heartbeat_icu_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_icu_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_icu_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_heartbeat_icu_fault_status_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_icu_fault_status_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_icu_fault_status_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_icu_active_dtc_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_icu_active_dtc_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_icu_active_dtc_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_heartbeat_tcu_pack(uint8_t *dst_p, const struct vehicle_dbc_heartbeat_tcu_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_HEARTBEAT_TCU_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_HEARTBEAT_TCU_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->ecu_id;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->mode;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->fault_status;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->active_dtc_count;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_HEARTBEAT_TCU_LENGTH;
}

int vehicle_dbc_heartbeat_tcu_unpack(struct vehicle_dbc_heartbeat_tcu_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_HEARTBEAT_TCU_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->ecu_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->mode = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->fault_status = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->active_dtc_count = raw8;
    return 0;
}

uint8_t vehicle_dbc_heartbeat_tcu_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_tcu_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_tcu_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_heartbeat_tcu_ecu_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_tcu_ecu_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_tcu_ecu_id_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_heartbeat_tcu_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_tcu_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_tcu_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_heartbeat_tcu_fault_status_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_tcu_fault_status_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_tcu_fault_status_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_heartbeat_tcu_active_dtc_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_heartbeat_tcu_active_dtc_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_heartbeat_tcu_active_dtc_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_vehicle_state_pack(uint8_t *dst_p, const struct vehicle_dbc_vehicle_state_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_VEHICLE_STATE_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_VEHICLE_STATE_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->mode;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->gear;
    dst_p[2] |= (uint8_t)(((uint32_t)raw8 & 0x3U) << 4U);
    raw8 = src_p->brake_pedal_pressed;
    dst_p[2] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 6U);
    raw8 = src_p->e_stop_active;
    dst_p[2] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    raw16 = src_p->vehicle_speed;
    dst_p[3] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[4] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->torque_limit;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->pedal_fault;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    raw8 = src_p->fzc_timeout;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 1U);
    raw8 = src_p->rzc_timeout;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->safety_kill;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->steer_fault;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->brake_fault;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw8 = src_p->motor_fault;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 6U);
    raw8 = src_p->battery_fault;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    return (int)VEHICLE_DBC_VEHICLE_STATE_LENGTH;
}

int vehicle_dbc_vehicle_state_unpack(struct vehicle_dbc_vehicle_state_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_VEHICLE_STATE_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFU);
    dst_p->mode = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[2] >> 4U) & 0x3U);
    dst_p->gear = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[2] >> 6U) & 0x1U);
    dst_p->brake_pedal_pressed = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[2] >> 7U) & 0x1U);
    dst_p->e_stop_active = raw8;
    raw16 = (uint16_t)((uint32_t)src_p[3] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[4] & 0xFFU) << 8U));
    dst_p->vehicle_speed = raw16;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->torque_limit = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0x1U);
    dst_p->pedal_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 1U) & 0x1U);
    dst_p->fzc_timeout = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 2U) & 0x1U);
    dst_p->rzc_timeout = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 3U) & 0x1U);
    dst_p->safety_kill = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 4U) & 0x1U);
    dst_p->steer_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 5U) & 0x1U);
    dst_p->brake_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 6U) & 0x1U);
    dst_p->motor_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 7U) & 0x1U);
    dst_p->battery_fault = raw8;
    return 0;
}

uint8_t vehicle_dbc_vehicle_state_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_vehicle_state_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_vehicle_state_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_vehicle_state_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_vehicle_state_gear_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_gear_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_gear_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_vehicle_state_brake_pedal_pressed_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_brake_pedal_pressed_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_brake_pedal_pressed_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_vehicle_state_e_stop_active_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_e_stop_active_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_e_stop_active_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint16_t vehicle_dbc_vehicle_state_vehicle_speed_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_vehicle_speed_decode(uint16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_vehicle_state_vehicle_speed_is_in_range(uint16_t value)
{
    return (value <= 30000U);
}

uint8_t vehicle_dbc_vehicle_state_torque_limit_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_torque_limit_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_torque_limit_is_in_range(uint8_t value)
{
    return (value <= 100U);
}

uint8_t vehicle_dbc_vehicle_state_pedal_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_pedal_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_pedal_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_vehicle_state_fzc_timeout_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_fzc_timeout_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_fzc_timeout_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_vehicle_state_rzc_timeout_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_rzc_timeout_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_rzc_timeout_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_vehicle_state_safety_kill_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_safety_kill_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_safety_kill_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_vehicle_state_steer_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_steer_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_steer_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_vehicle_state_brake_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_brake_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_brake_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_vehicle_state_motor_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_motor_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_motor_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_vehicle_state_battery_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_vehicle_state_battery_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_vehicle_state_battery_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_torque_request_pack(uint8_t *dst_p, const struct vehicle_dbc_torque_request_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_TORQUE_REQUEST_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_TORQUE_REQUEST_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw16 = (uint16_t)src_p->torque_req;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->accel_pedal;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->direction;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    raw8 = src_p->inverter_enable;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->regen_allowed;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    return (int)VEHICLE_DBC_TORQUE_REQUEST_LENGTH;
}

int vehicle_dbc_torque_request_unpack(struct vehicle_dbc_torque_request_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_TORQUE_REQUEST_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->torque_req = (int16_t)raw16;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->accel_pedal = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0x3U);
    dst_p->direction = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 2U) & 0x1U);
    dst_p->inverter_enable = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 3U) & 0x1U);
    dst_p->regen_allowed = raw8;
    return 0;
}

uint8_t vehicle_dbc_torque_request_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_torque_request_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_torque_request_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_torque_request_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_torque_request_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_torque_request_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_torque_request_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_torque_request_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_torque_request_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int16_t vehicle_dbc_torque_request_torque_req_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0; /* NaN */
    } else if (raw <= -32768.0) {
        return (-32768);
    } else if (raw >= 32767.0) {
        return 32767;
    } else {
    }
    return (int16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_torque_request_torque_req_decode(int16_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_torque_request_torque_req_is_in_range(int16_t value)
{
    return (value >= (-4000)) && (value <= 4000);
}

uint8_t vehicle_dbc_torque_request_accel_pedal_encode(double value)
{
    double raw = (value - 0.0) / 0.5;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_torque_request_accel_pedal_decode(uint8_t value)
{
    return ((double)value * 0.5) + 0.0;
}

bool vehicle_dbc_torque_request_accel_pedal_is_in_range(uint8_t value)
{
    return (value <= 200U);
}

uint8_t vehicle_dbc_torque_request_direction_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_torque_request_direction_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_torque_request_direction_is_in_range(uint8_t value)
{
    return (value <= 2U);
}

uint8_t vehicle_dbc_torque_request_inverter_enable_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_torque_request_inverter_enable_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_torque_request_inverter_enable_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_torque_request_regen_allowed_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_torque_request_regen_allowed_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_torque_request_regen_allowed_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_steer_command_pack(uint8_t *dst_p, const struct vehicle_dbc_steer_command_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_STEER_COMMAND_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_STEER_COMMAND_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw16 = (uint16_t)src_p->steer_angle_cmd;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->steer_rate_limit;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->steer_enable;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    return (int)VEHICLE_DBC_STEER_COMMAND_LENGTH;
}

int vehicle_dbc_steer_command_unpack(struct vehicle_dbc_steer_command_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_STEER_COMMAND_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->steer_angle_cmd = (int16_t)raw16;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->steer_rate_limit = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0x1U);
    dst_p->steer_enable = raw8;
    return 0;
}

uint8_t vehicle_dbc_steer_command_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_command_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_command_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_steer_command_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_command_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_command_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_steer_command_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_command_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_command_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int16_t vehicle_dbc_steer_command_steer_angle_cmd_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0; /* NaN */
    } else if (raw <= -32768.0) {
        return (-32768);
    } else if (raw >= 32767.0) {
        return 32767;
    } else {
    }
    return (int16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_command_steer_angle_cmd_decode(int16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_steer_command_steer_angle_cmd_is_in_range(int16_t value)
{
    return (value >= (-4500)) && (value <= 4500);
}

uint8_t vehicle_dbc_steer_command_steer_rate_limit_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_command_steer_rate_limit_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_command_steer_rate_limit_is_in_range(uint8_t value)
{
    return (value <= 200U);
}

uint8_t vehicle_dbc_steer_command_steer_enable_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_command_steer_enable_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_command_steer_enable_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_brake_command_pack(uint8_t *dst_p, const struct vehicle_dbc_brake_command_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_BRAKE_COMMAND_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_BRAKE_COMMAND_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->brake_req;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->brake_mode;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    return (int)VEHICLE_DBC_BRAKE_COMMAND_LENGTH;
}

int vehicle_dbc_brake_command_unpack(struct vehicle_dbc_brake_command_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_BRAKE_COMMAND_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->brake_req = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0x3U);
    dst_p->brake_mode = raw8;
    return 0;
}

uint8_t vehicle_dbc_brake_command_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_command_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_command_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_brake_command_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_command_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_command_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_brake_command_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_command_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_command_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_brake_command_brake_req_encode(double value)
{
    double raw = (value - 0.0) / 0.5;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_command_brake_req_decode(uint8_t value)
{
    return ((double)value * 0.5) + 0.0;
}

bool vehicle_dbc_brake_command_brake_req_is_in_range(uint8_t value)
{
    return (value <= 200U);
}

uint8_t vehicle_dbc_brake_command_brake_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_command_brake_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_command_brake_mode_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

int vehicle_dbc_steer_status_pack(uint8_t *dst_p, const struct vehicle_dbc_steer_status_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_STEER_STATUS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_STEER_STATUS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw16 = (uint16_t)src_p->steer_angle;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->steer_motor_current;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->steer_state;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0x7U);
    raw8 = src_p->steer_cmd_timeout;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->steer_plaus_fault;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->steer_rate_limited;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw8 = src_p->steer_motor_temp;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_STEER_STATUS_LENGTH;
}

int vehicle_dbc_steer_status_unpack(struct vehicle_dbc_steer_status_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_STEER_STATUS_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->steer_angle = (int16_t)raw16;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->steer_motor_current = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0x7U);
    dst_p->steer_state = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 3U) & 0x1U);
    dst_p->steer_cmd_timeout = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 4U) & 0x1U);
    dst_p->steer_plaus_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 5U) & 0x1U);
    dst_p->steer_rate_limited = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->steer_motor_temp = raw8;
    return 0;
}

uint8_t vehicle_dbc_steer_status_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_status_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_steer_status_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_status_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_steer_status_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_status_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int16_t vehicle_dbc_steer_status_steer_angle_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0; /* NaN */
    } else if (raw <= -32768.0) {
        return (-32768);
    } else if (raw >= 32767.0) {
        return 32767;
    } else {
    }
    return (int16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_steer_angle_decode(int16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_steer_status_steer_angle_is_in_range(int16_t value)
{
    return (value >= (-4500)) && (value <= 4500);
}

uint8_t vehicle_dbc_steer_status_steer_motor_current_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_steer_motor_current_decode(uint8_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_steer_status_steer_motor_current_is_in_range(uint8_t value)
{
    return (value <= 250U);
}

uint8_t vehicle_dbc_steer_status_steer_state_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 7.0) {
        return 7U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_steer_state_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_status_steer_state_is_in_range(uint8_t value)
{
    return (value <= 4U);
}

uint8_t vehicle_dbc_steer_status_steer_cmd_timeout_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_steer_cmd_timeout_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_status_steer_cmd_timeout_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_steer_status_steer_plaus_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_steer_plaus_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_status_steer_plaus_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_steer_status_steer_rate_limited_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_steer_rate_limited_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_steer_status_steer_rate_limited_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_steer_status_steer_motor_temp_encode(double value)
{
    double raw = (value - -40.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_steer_status_steer_motor_temp_decode(uint8_t value)
{
    return ((double)value * 1.0) + -40.0;
}

bool vehicle_dbc_steer_status_steer_motor_temp_is_in_range(uint8_t value)
{
    return (value <= 190U);
}

int vehicle_dbc_brake_status_pack(uint8_t *dst_p, const struct vehicle_dbc_brake_status_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_BRAKE_STATUS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_BRAKE_STATUS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw16 = src_p->brake_pressure;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->brake_actual;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->brake_state;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0x7U);
    raw8 = src_p->brake_cmd_timeout;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    return (int)VEHICLE_DBC_BRAKE_STATUS_LENGTH;
}

int vehicle_dbc_brake_status_unpack(struct vehicle_dbc_brake_status_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_BRAKE_STATUS_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->brake_pressure = raw16;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->brake_actual = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0x7U);
    dst_p->brake_state = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 3U) & 0x1U);
    dst_p->brake_cmd_timeout = raw8;
    return 0;
}

uint8_t vehicle_dbc_brake_status_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_status_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_status_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_brake_status_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_status_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_status_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_brake_status_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_status_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_status_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint16_t vehicle_dbc_brake_status_brake_pressure_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_status_brake_pressure_decode(uint16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_brake_status_brake_pressure_is_in_range(uint16_t value)
{
    return (value <= 20000U);
}

uint8_t vehicle_dbc_brake_status_brake_actual_encode(double value)
{
    double raw = (value - 0.0) / 0.5;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_status_brake_actual_decode(uint8_t value)
{
    return ((double)value * 0.5) + 0.0;
}

bool vehicle_dbc_brake_status_brake_actual_is_in_range(uint8_t value)
{
    return (value <= 200U);
}

uint8_t vehicle_dbc_brake_status_brake_state_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 7.0) {
        return 7U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_status_brake_state_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_status_brake_state_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_brake_status_brake_cmd_timeout_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_status_brake_cmd_timeout_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_status_brake_cmd_timeout_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_brake_fault_pack(uint8_t *dst_p, const struct vehicle_dbc_brake_fault_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_BRAKE_FAULT_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_BRAKE_FAULT_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->brake_fault_code;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->brake_fault_active;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    return (int)VEHICLE_DBC_BRAKE_FAULT_LENGTH;
}

int vehicle_dbc_brake_fault_unpack(struct vehicle_dbc_brake_fault_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_BRAKE_FAULT_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->brake_fault_code = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0x1U);
    dst_p->brake_fault_active = raw8;
    return 0;
}

uint8_t vehicle_dbc_brake_fault_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_fault_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_fault_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_brake_fault_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_fault_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_fault_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_brake_fault_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_fault_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_fault_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_brake_fault_brake_fault_code_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_fault_brake_fault_code_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_fault_brake_fault_code_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_brake_fault_brake_fault_active_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_brake_fault_brake_fault_active_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_brake_fault_brake_fault_active_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_motor_cutoff_req_pack(uint8_t *dst_p, const struct vehicle_dbc_motor_cutoff_req_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->cutoff_request;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    raw8 = src_p->cutoff_reason;
    dst_p[2] |= (uint8_t)(((uint32_t)raw8 & 0x7U) << 1U);
    return (int)VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH;
}

int vehicle_dbc_motor_cutoff_req_unpack(struct vehicle_dbc_motor_cutoff_req_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0x1U);
    dst_p->cutoff_request = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[2] >> 1U) & 0x7U);
    dst_p->cutoff_reason = raw8;
    return 0;
}

uint8_t vehicle_dbc_motor_cutoff_req_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_cutoff_req_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_cutoff_req_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_motor_cutoff_req_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_cutoff_req_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_cutoff_req_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_motor_cutoff_req_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_cutoff_req_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_cutoff_req_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_motor_cutoff_req_cutoff_request_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_cutoff_req_cutoff_request_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_cutoff_req_cutoff_request_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_motor_cutoff_req_cutoff_reason_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 7.0) {
        return 7U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_cutoff_req_cutoff_reason_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_cutoff_req_cutoff_reason_is_in_range(uint8_t value)
{
    return (value <= 4U);
}

int vehicle_dbc_front_distance_pack(uint8_t *dst_p, const struct vehicle_dbc_front_distance_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_FRONT_DISTANCE_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_FRONT_DISTANCE_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw16 = src_p->front_distance;
    dst_p[0] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[1] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw16 = (uint16_t)src_p->closing_speed;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->time_to_collision;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->aeb_zone;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    raw8 = src_p->object_detected;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->dist_sensor_fault;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    return (int)VEHICLE_DBC_FRONT_DISTANCE_LENGTH;
}

int vehicle_dbc_front_distance_unpack(struct vehicle_dbc_front_distance_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_FRONT_DISTANCE_LENGTH) {
        return -1;
    } else {
    }
    raw16 = (uint16_t)((uint32_t)src_p[0] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[1] & 0xFFU) << 8U));
    dst_p->front_distance = raw16;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->closing_speed = (int16_t)raw16;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->time_to_collision = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0x3U);
    dst_p->aeb_zone = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 2U) & 0x1U);
    dst_p->object_detected = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 3U) & 0x1U);
    dst_p->dist_sensor_fault = raw8;
    return 0;
}

uint16_t vehicle_dbc_front_distance_front_distance_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_front_distance_front_distance_decode(uint16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_front_distance_front_distance_is_in_range(uint16_t value)
{
    return (value <= 25000U);
}

int16_t vehicle_dbc_front_distance_closing_speed_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0; /* NaN */
    } else if (raw <= -32768.0) {
        return (-32768);
    } else if (raw >= 32767.0) {
        return 32767;
    } else {
    }
    return (int16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_front_distance_closing_speed_decode(int16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_front_distance_closing_speed_is_in_range(int16_t value)
{
    return (value >= (-10000)) && (value <= 10000);
}

uint8_t vehicle_dbc_front_distance_time_to_collision_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_front_distance_time_to_collision_decode(uint8_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_front_distance_time_to_collision_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_front_distance_aeb_zone_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_front_distance_aeb_zone_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_front_distance_aeb_zone_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_front_distance_object_detected_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_front_distance_object_detected_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_front_distance_object_detected_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_front_distance_dist_sensor_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_front_distance_dist_sensor_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_front_distance_dist_sensor_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_motor_status_pack(uint8_t *dst_p, const struct vehicle_dbc_motor_status_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_MOTOR_STATUS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_MOTOR_STATUS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw16 = (uint16_t)src_p->motor_speed;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw16 = (uint16_t)src_p->motor_torque;
    dst_p[4] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[5] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->inverter_state;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0x7U);
    raw8 = src_p->inverter_enabled;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->motor_cmd_timeout;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->overcurrent_fault;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw8 = src_p->overtemp_fault;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 6U);
    raw8 = src_p->derating;
    dst_p[6] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    raw8 = src_p->max_torque_avail;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_MOTOR_STATUS_LENGTH;
}

int vehicle_dbc_motor_status_unpack(struct vehicle_dbc_motor_status_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_MOTOR_STATUS_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->motor_speed = (int16_t)raw16;
    raw16 = (uint16_t)((uint32_t)src_p[4] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[5] & 0xFFU) << 8U));
    dst_p->motor_torque = (int16_t)raw16;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0x7U);
    dst_p->inverter_state = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 3U) & 0x1U);
    dst_p->inverter_enabled = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 4U) & 0x1U);
    dst_p->motor_cmd_timeout = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 5U) & 0x1U);
    dst_p->overcurrent_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 6U) & 0x1U);
    dst_p->overtemp_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[6] >> 7U) & 0x1U);
    dst_p->derating = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->max_torque_avail = raw8;
    return 0;
}

uint8_t vehicle_dbc_motor_status_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_motor_status_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_motor_status_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int16_t vehicle_dbc_motor_status_motor_speed_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0; /* NaN */
    } else if (raw <= -32768.0) {
        return (-32768);
    } else if (raw >= 32767.0) {
        return 32767;
    } else {
    }
    return (int16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_motor_speed_decode(int16_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_motor_speed_is_in_range(int16_t value)
{
    return (value >= (-15000)) && (value <= 15000);
}

int16_t vehicle_dbc_motor_status_motor_torque_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0; /* NaN */
    } else if (raw <= -32768.0) {
        return (-32768);
    } else if (raw >= 32767.0) {
        return 32767;
    } else {
    }
    return (int16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_motor_torque_decode(int16_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_motor_status_motor_torque_is_in_range(int16_t value)
{
    return (value >= (-4000)) && (value <= 4000);
}

uint8_t vehicle_dbc_motor_status_inverter_state_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 7.0) {
        return 7U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_inverter_state_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_inverter_state_is_in_range(uint8_t value)
{
    return (value <= 4U);
}

uint8_t vehicle_dbc_motor_status_inverter_enabled_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_inverter_enabled_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_inverter_enabled_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_motor_status_motor_cmd_timeout_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_motor_cmd_timeout_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_motor_cmd_timeout_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_motor_status_overcurrent_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_overcurrent_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_overcurrent_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_motor_status_overtemp_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_overtemp_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_overtemp_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_motor_status_derating_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_derating_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_status_derating_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_motor_status_max_torque_avail_encode(double value)
{
    double raw = (value - 0.0) / 2.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_status_max_torque_avail_decode(uint8_t value)
{
    return ((double)value * 2.0) + 0.0;
}

bool vehicle_dbc_motor_status_max_torque_avail_is_in_range(uint8_t value)
{
    return (value <= 200U);
}

int vehicle_dbc_motor_current_pack(uint8_t *dst_p, const struct vehicle_dbc_motor_current_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_MOTOR_CURRENT_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_MOTOR_CURRENT_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->alive_counter;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data_id;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->crc;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw16 = src_p->phase_current;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw16 = (uint16_t)src_p->dc_current;
    dst_p[4] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[5] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw16 = src_p->dc_link_voltage;
    dst_p[6] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[7] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    return (int)VEHICLE_DBC_MOTOR_CURRENT_LENGTH;
}

int vehicle_dbc_motor_current_unpack(struct vehicle_dbc_motor_current_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_MOTOR_CURRENT_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->alive_counter = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->data_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->crc = raw8;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->phase_current = raw16;
    raw16 = (uint16_t)((uint32_t)src_p[4] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[5] & 0xFFU) << 8U));
    dst_p->dc_current = (int16_t)raw16;
    raw16 = (uint16_t)((uint32_t)src_p[6] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[7] & 0xFFU) << 8U));
    dst_p->dc_link_voltage = raw16;
    return 0;
}

uint8_t vehicle_dbc_motor_current_alive_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_current_alive_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_current_alive_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_motor_current_data_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_current_data_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_current_data_id_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_motor_current_crc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_current_crc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_current_crc_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint16_t vehicle_dbc_motor_current_phase_current_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_current_phase_current_decode(uint16_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_motor_current_phase_current_is_in_range(uint16_t value)
{
    return (value <= 6000U);
}

int16_t vehicle_dbc_motor_current_dc_current_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0; /* NaN */
    } else if (raw <= -32768.0) {
        return (-32768);
    } else if (raw >= 32767.0) {
        return 32767;
    } else {
    }
    return (int16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_current_dc_current_decode(int16_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_motor_current_dc_current_is_in_range(int16_t value)
{
    return (value >= (-4000)) && (value <= 4000);
}

uint16_t vehicle_dbc_motor_current_dc_link_voltage_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_current_dc_link_voltage_decode(uint16_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_motor_current_dc_link_voltage_is_in_range(uint16_t value)
{
    return (value <= 6000U);
}

int vehicle_dbc_motor_temp_pack(uint8_t *dst_p, const struct vehicle_dbc_motor_temp_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_MOTOR_TEMP_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_MOTOR_TEMP_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->motor_winding_temp;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->inverter_temp;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->torque_derate;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->temp_derate_active;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    raw8 = src_p->temp_shutdown;
    dst_p[3] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 1U);
    return (int)VEHICLE_DBC_MOTOR_TEMP_LENGTH;
}

int vehicle_dbc_motor_temp_unpack(struct vehicle_dbc_motor_temp_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_MOTOR_TEMP_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFFU);
    dst_p->motor_winding_temp = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->inverter_temp = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->torque_derate = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0x1U);
    dst_p->temp_derate_active = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[3] >> 1U) & 0x1U);
    dst_p->temp_shutdown = raw8;
    return 0;
}

uint8_t vehicle_dbc_motor_temp_motor_winding_temp_encode(double value)
{
    double raw = (value - -40.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_temp_motor_winding_temp_decode(uint8_t value)
{
    return ((double)value * 1.0) + -40.0;
}

bool vehicle_dbc_motor_temp_motor_winding_temp_is_in_range(uint8_t value)
{
    return (value <= 240U);
}

uint8_t vehicle_dbc_motor_temp_inverter_temp_encode(double value)
{
    double raw = (value - -40.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_temp_inverter_temp_decode(uint8_t value)
{
    return ((double)value * 1.0) + -40.0;
}

bool vehicle_dbc_motor_temp_inverter_temp_is_in_range(uint8_t value)
{
    return (value <= 190U);
}

uint8_t vehicle_dbc_motor_temp_torque_derate_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_temp_torque_derate_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_temp_torque_derate_is_in_range(uint8_t value)
{
    return (value <= 100U);
}

uint8_t vehicle_dbc_motor_temp_temp_derate_active_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_temp_temp_derate_active_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_temp_temp_derate_active_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_motor_temp_temp_shutdown_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_motor_temp_temp_shutdown_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_motor_temp_temp_shutdown_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_battery_status_pack(uint8_t *dst_p, const struct vehicle_dbc_battery_status_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_BATTERY_STATUS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_BATTERY_STATUS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw16 = src_p->pack_voltage;
    dst_p[0] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[1] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw16 = (uint16_t)src_p->pack_current;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->soc;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->pack_temp;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->aux_voltage;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->contactor_state;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    raw8 = src_p->pack_undervoltage;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->pack_overvoltage;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->pack_overcurrent;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->pack_overtemp;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw8 = src_p->soc_low;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 6U);
    raw8 = src_p->aux_undervoltage;
    dst_p[7] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    return (int)VEHICLE_DBC_BATTERY_STATUS_LENGTH;
}

int vehicle_dbc_battery_status_unpack(struct vehicle_dbc_battery_status_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_BATTERY_STATUS_LENGTH) {
        return -1;
    } else {
    }
    raw16 = (uint16_t)((uint32_t)src_p[0] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[1] & 0xFFU) << 8U));
    dst_p->pack_voltage = raw16;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->pack_current = (int16_t)raw16;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->soc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->pack_temp = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->aux_voltage = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0x3U);
    dst_p->contactor_state = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 2U) & 0x1U);
    dst_p->pack_undervoltage = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 3U) & 0x1U);
    dst_p->pack_overvoltage = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 4U) & 0x1U);
    dst_p->pack_overcurrent = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 5U) & 0x1U);
    dst_p->pack_overtemp = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 6U) & 0x1U);
    dst_p->soc_low = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[7] >> 7U) & 0x1U);
    dst_p->aux_undervoltage = raw8;
    return 0;
}

uint16_t vehicle_dbc_battery_status_pack_voltage_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_pack_voltage_decode(uint16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_battery_status_pack_voltage_is_in_range(uint16_t value)
{
    return (value <= 60000U);
}

int16_t vehicle_dbc_battery_status_pack_current_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0; /* NaN */
    } else if (raw <= -32768.0) {
        return (-32768);
    } else if (raw >= 32767.0) {
        return 32767;
    } else {
    }
    return (int16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_pack_current_decode(int16_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_battery_status_pack_current_is_in_range(int16_t value)
{
    return (value >= (-5000)) && (value <= 5000);
}

uint8_t vehicle_dbc_battery_status_soc_encode(double value)
{
    double raw = (value - 0.0) / 0.5;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_soc_decode(uint8_t value)
{
    return ((double)value * 0.5) + 0.0;
}

bool vehicle_dbc_battery_status_soc_is_in_range(uint8_t value)
{
    return (value <= 200U);
}

uint8_t vehicle_dbc_battery_status_pack_temp_encode(double value)
{
    double raw = (value - -40.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_pack_temp_decode(uint8_t value)
{
    return ((double)value * 1.0) + -40.0;
}

bool vehicle_dbc_battery_status_pack_temp_is_in_range(uint8_t value)
{
    return (value <= 140U);
}

uint8_t vehicle_dbc_battery_status_aux_voltage_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_aux_voltage_decode(uint8_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_battery_status_aux_voltage_is_in_range(uint8_t value)
{
    return (value <= 250U);
}

uint8_t vehicle_dbc_battery_status_contactor_state_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_contactor_state_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_battery_status_contactor_state_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_battery_status_pack_undervoltage_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_pack_undervoltage_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_battery_status_pack_undervoltage_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_battery_status_pack_overvoltage_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_pack_overvoltage_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_battery_status_pack_overvoltage_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_battery_status_pack_overcurrent_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_pack_overcurrent_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_battery_status_pack_overcurrent_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_battery_status_pack_overtemp_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_pack_overtemp_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_battery_status_pack_overtemp_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_battery_status_soc_low_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_soc_low_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_battery_status_soc_low_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_battery_status_aux_undervoltage_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_battery_status_aux_undervoltage_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_battery_status_aux_undervoltage_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_wheel_speeds_pack(uint8_t *dst_p, const struct vehicle_dbc_wheel_speeds_t *src_p, size_t size)
{
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_WHEEL_SPEEDS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_WHEEL_SPEEDS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw16 = src_p->wheel_speed_fl;
    dst_p[0] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[1] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw16 = src_p->wheel_speed_fr;
    dst_p[2] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[3] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw16 = src_p->wheel_speed_rl;
    dst_p[4] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[5] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw16 = src_p->wheel_speed_rr;
    dst_p[6] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[7] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    return (int)VEHICLE_DBC_WHEEL_SPEEDS_LENGTH;
}

int vehicle_dbc_wheel_speeds_unpack(struct vehicle_dbc_wheel_speeds_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint16_t raw16;

    if (size < VEHICLE_DBC_WHEEL_SPEEDS_LENGTH) {
        return -1;
    } else {
    }
    raw16 = (uint16_t)((uint32_t)src_p[0] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[1] & 0xFFU) << 8U));
    dst_p->wheel_speed_fl = raw16;
    raw16 = (uint16_t)((uint32_t)src_p[2] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[3] & 0xFFU) << 8U));
    dst_p->wheel_speed_fr = raw16;
    raw16 = (uint16_t)((uint32_t)src_p[4] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[5] & 0xFFU) << 8U));
    dst_p->wheel_speed_rl = raw16;
    raw16 = (uint16_t)((uint32_t)src_p[6] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[7] & 0xFFU) << 8U));
    dst_p->wheel_speed_rr = raw16;
    return 0;
}

uint16_t vehicle_dbc_wheel_speeds_wheel_speed_fl_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_wheel_speeds_wheel_speed_fl_decode(uint16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_wheel_speeds_wheel_speed_fl_is_in_range(uint16_t value)
{
    return (value <= 30000U);
}

uint16_t vehicle_dbc_wheel_speeds_wheel_speed_fr_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_wheel_speeds_wheel_speed_fr_decode(uint16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_wheel_speeds_wheel_speed_fr_is_in_range(uint16_t value)
{
    return (value <= 30000U);
}

uint16_t vehicle_dbc_wheel_speeds_wheel_speed_rl_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_wheel_speeds_wheel_speed_rl_decode(uint16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_wheel_speeds_wheel_speed_rl_is_in_range(uint16_t value)
{
    return (value <= 30000U);
}

uint16_t vehicle_dbc_wheel_speeds_wheel_speed_rr_encode(double value)
{
    double raw = (value - 0.0) / 0.01;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_wheel_speeds_wheel_speed_rr_decode(uint16_t value)
{
    return ((double)value * 0.01) + 0.0;
}

bool vehicle_dbc_wheel_speeds_wheel_speed_rr_is_in_range(uint16_t value)
{
    return (value <= 30000U);
}

int vehicle_dbc_body_command_pack(uint8_t *dst_p, const struct vehicle_dbc_body_command_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_BODY_COMMAND_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_BODY_COMMAND_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->headlamp_switch;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    raw8 = src_p->indicator_switch;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x3U) << 2U);
    raw8 = src_p->hazard_switch;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->door_lock_req;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x3U) << 5U);
    raw8 = src_p->auto_lock_enable;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    raw8 = src_p->body_cmd_counter;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    return (int)VEHICLE_DBC_BODY_COMMAND_LENGTH;
}

int vehicle_dbc_body_command_unpack(struct vehicle_dbc_body_command_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_BODY_COMMAND_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0x3U);
    dst_p->headlamp_switch = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 2U) & 0x3U);
    dst_p->indicator_switch = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0x1U);
    dst_p->hazard_switch = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 5U) & 0x3U);
    dst_p->door_lock_req = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 7U) & 0x1U);
    dst_p->auto_lock_enable = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFU);
    dst_p->body_cmd_counter = raw8;
    return 0;
}

uint8_t vehicle_dbc_body_command_headlamp_switch_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_body_command_headlamp_switch_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_body_command_headlamp_switch_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_body_command_indicator_switch_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_body_command_indicator_switch_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_body_command_indicator_switch_is_in_range(uint8_t value)
{
    return (value <= 2U);
}

uint8_t vehicle_dbc_body_command_hazard_switch_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_body_command_hazard_switch_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_body_command_hazard_switch_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_body_command_door_lock_req_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_body_command_door_lock_req_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_body_command_door_lock_req_is_in_range(uint8_t value)
{
    return (value <= 2U);
}

uint8_t vehicle_dbc_body_command_auto_lock_enable_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_body_command_auto_lock_enable_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_body_command_auto_lock_enable_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_body_command_body_cmd_counter_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_body_command_body_cmd_counter_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_body_command_body_cmd_counter_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

int vehicle_dbc_lights_pack(uint8_t *dst_p, const struct vehicle_dbc_lights_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_LIGHTS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_LIGHTS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->headlamp_state;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    raw8 = src_p->headlamp_auto;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->brake_lamp;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->reverse_lamp;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->tail_lamp;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw16 = src_p->ambient_light;
    dst_p[1] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[2] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    return (int)VEHICLE_DBC_LIGHTS_LENGTH;
}

int vehicle_dbc_lights_unpack(struct vehicle_dbc_lights_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_LIGHTS_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0x3U);
    dst_p->headlamp_state = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 2U) & 0x1U);
    dst_p->headlamp_auto = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 3U) & 0x1U);
    dst_p->brake_lamp = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0x1U);
    dst_p->reverse_lamp = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 5U) & 0x1U);
    dst_p->tail_lamp = raw8;
    raw16 = (uint16_t)((uint32_t)src_p[1] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[2] & 0xFFU) << 8U));
    dst_p->ambient_light = raw16;
    return 0;
}

uint8_t vehicle_dbc_lights_headlamp_state_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_lights_headlamp_state_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_lights_headlamp_state_is_in_range(uint8_t value)
{
    return (value <= 2U);
}

uint8_t vehicle_dbc_lights_headlamp_auto_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_lights_headlamp_auto_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_lights_headlamp_auto_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_lights_brake_lamp_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_lights_brake_lamp_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_lights_brake_lamp_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_lights_reverse_lamp_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_lights_reverse_lamp_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_lights_reverse_lamp_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_lights_tail_lamp_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_lights_tail_lamp_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_lights_tail_lamp_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint16_t vehicle_dbc_lights_ambient_light_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_lights_ambient_light_decode(uint16_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_lights_ambient_light_is_in_range(uint16_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_indicators_pack(uint8_t *dst_p, const struct vehicle_dbc_indicators_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_INDICATORS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_INDICATORS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->indicator_state;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    raw8 = src_p->left_lamp_on;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->right_lamp_on;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->hazard_reason;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x3U) << 4U);
    return (int)VEHICLE_DBC_INDICATORS_LENGTH;
}

int vehicle_dbc_indicators_unpack(struct vehicle_dbc_indicators_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_INDICATORS_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0x3U);
    dst_p->indicator_state = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 2U) & 0x1U);
    dst_p->left_lamp_on = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 3U) & 0x1U);
    dst_p->right_lamp_on = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0x3U);
    dst_p->hazard_reason = raw8;
    return 0;
}

uint8_t vehicle_dbc_indicators_indicator_state_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_indicators_indicator_state_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_indicators_indicator_state_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_indicators_left_lamp_on_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_indicators_left_lamp_on_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_indicators_left_lamp_on_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_indicators_right_lamp_on_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_indicators_right_lamp_on_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_indicators_right_lamp_on_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_indicators_hazard_reason_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_indicators_hazard_reason_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_indicators_hazard_reason_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

int vehicle_dbc_doors_pack(uint8_t *dst_p, const struct vehicle_dbc_doors_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_DOORS_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_DOORS_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->door_lock_state;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    raw8 = src_p->lock_reason;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x3U) << 2U);
    raw8 = src_p->door_open_fl;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->door_open_fr;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw8 = src_p->door_open_rl;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 6U);
    raw8 = src_p->door_open_rr;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    return (int)VEHICLE_DBC_DOORS_LENGTH;
}

int vehicle_dbc_doors_unpack(struct vehicle_dbc_doors_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_DOORS_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0x3U);
    dst_p->door_lock_state = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 2U) & 0x3U);
    dst_p->lock_reason = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0x1U);
    dst_p->door_open_fl = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 5U) & 0x1U);
    dst_p->door_open_fr = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 6U) & 0x1U);
    dst_p->door_open_rl = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 7U) & 0x1U);
    dst_p->door_open_rr = raw8;
    return 0;
}

uint8_t vehicle_dbc_doors_door_lock_state_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_doors_door_lock_state_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_doors_door_lock_state_is_in_range(uint8_t value)
{
    return (value <= 2U);
}

uint8_t vehicle_dbc_doors_lock_reason_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_doors_lock_reason_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_doors_lock_reason_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_doors_door_open_fl_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_doors_door_open_fl_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_doors_door_open_fl_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_doors_door_open_fr_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_doors_door_open_fr_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_doors_door_open_fr_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_doors_door_open_rl_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_doors_door_open_rl_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_doors_door_open_rl_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_doors_door_open_rr_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_doors_door_open_rr_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_doors_door_open_rr_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

int vehicle_dbc_cluster_display_pack(uint8_t *dst_p, const struct vehicle_dbc_cluster_display_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;
    size_t i;

    if (size < VEHICLE_DBC_CLUSTER_DISPLAY_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_CLUSTER_DISPLAY_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw16 = src_p->displayed_speed;
    dst_p[0] |= (uint8_t)((uint32_t)raw16 & 0xFFU);
    dst_p[1] |= (uint8_t)((uint32_t)(raw16 >> 8U) & 0xFFU);
    raw8 = src_p->displayed_soc;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->displayed_gear;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0x3U);
    raw8 = src_p->displayed_mode;
    dst_p[3] |= (uint8_t)(((uint32_t)raw8 & 0x7U) << 2U);
    raw8 = src_p->telltale_ready;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    raw8 = src_p->telltale_system_fault;
    dst_p[4] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 1U);
    raw8 = src_p->telltale_battery_low;
    dst_p[4] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->telltale_motor_temp;
    dst_p[4] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->telltale_brake_fault;
    dst_p[4] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->telltale_steer_fault;
    dst_p[4] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw8 = src_p->telltale_turn_left;
    dst_p[4] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 6U);
    raw8 = src_p->telltale_turn_right;
    dst_p[4] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    raw8 = src_p->telltale_hazard;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0x1U);
    raw8 = src_p->telltale_low_beam;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 1U);
    raw8 = src_p->telltale_high_beam;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 2U);
    raw8 = src_p->telltale_door_open;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 3U);
    raw8 = src_p->telltale_e_stop;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 4U);
    raw8 = src_p->telltale_collision_warn;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 5U);
    raw8 = src_p->telltale_limp_mode;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 6U);
    raw8 = src_p->telltale_safety_kill;
    dst_p[5] |= (uint8_t)(((uint32_t)raw8 & 0x1U) << 7U);
    raw8 = src_p->warning_text_id;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->dtc_count;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_CLUSTER_DISPLAY_LENGTH;
}

int vehicle_dbc_cluster_display_unpack(struct vehicle_dbc_cluster_display_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint16_t raw16;

    if (size < VEHICLE_DBC_CLUSTER_DISPLAY_LENGTH) {
        return -1;
    } else {
    }
    raw16 = (uint16_t)((uint32_t)src_p[0] & 0xFFU);
    raw16 = (uint16_t)(raw16 | (uint16_t)((uint16_t)((uint32_t)src_p[1] & 0xFFU) << 8U));
    dst_p->displayed_speed = raw16;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->displayed_soc = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0x3U);
    dst_p->displayed_gear = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[3] >> 2U) & 0x7U);
    dst_p->displayed_mode = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0x1U);
    dst_p->telltale_ready = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[4] >> 1U) & 0x1U);
    dst_p->telltale_system_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[4] >> 2U) & 0x1U);
    dst_p->telltale_battery_low = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[4] >> 3U) & 0x1U);
    dst_p->telltale_motor_temp = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[4] >> 4U) & 0x1U);
    dst_p->telltale_brake_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[4] >> 5U) & 0x1U);
    dst_p->telltale_steer_fault = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[4] >> 6U) & 0x1U);
    dst_p->telltale_turn_left = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[4] >> 7U) & 0x1U);
    dst_p->telltale_turn_right = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0x1U);
    dst_p->telltale_hazard = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 1U) & 0x1U);
    dst_p->telltale_low_beam = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 2U) & 0x1U);
    dst_p->telltale_high_beam = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 3U) & 0x1U);
    dst_p->telltale_door_open = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 4U) & 0x1U);
    dst_p->telltale_e_stop = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 5U) & 0x1U);
    dst_p->telltale_collision_warn = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 6U) & 0x1U);
    dst_p->telltale_limp_mode = raw8;
    raw8 = (uint8_t)(((uint32_t)src_p[5] >> 7U) & 0x1U);
    dst_p->telltale_safety_kill = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->warning_text_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->dtc_count = raw8;
    return 0;
}

uint16_t vehicle_dbc_cluster_display_displayed_speed_encode(double value)
{
    double raw = (value - 0.0) / 0.1;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 65535.0) {
        return 65535U;
    } else {
    }
    return (uint16_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_displayed_speed_decode(uint16_t value)
{
    return ((double)value * 0.1) + 0.0;
}

bool vehicle_dbc_cluster_display_displayed_speed_is_in_range(uint16_t value)
{
    return (value <= 3000U);
}

uint8_t vehicle_dbc_cluster_display_displayed_soc_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_displayed_soc_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_displayed_soc_is_in_range(uint8_t value)
{
    return (value <= 100U);
}

uint8_t vehicle_dbc_cluster_display_displayed_gear_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 3.0) {
        return 3U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_displayed_gear_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_displayed_gear_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_cluster_display_displayed_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 7.0) {
        return 7U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_displayed_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_displayed_mode_is_in_range(uint8_t value)
{
    return (value <= 5U);
}

uint8_t vehicle_dbc_cluster_display_telltale_ready_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_ready_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_ready_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_system_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_system_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_system_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_battery_low_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_battery_low_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_battery_low_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_motor_temp_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_motor_temp_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_motor_temp_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_brake_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_brake_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_brake_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_steer_fault_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_steer_fault_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_steer_fault_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_turn_left_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_turn_left_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_turn_left_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_turn_right_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_turn_right_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_turn_right_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_hazard_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_hazard_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_hazard_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_low_beam_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_low_beam_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_low_beam_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_high_beam_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_high_beam_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_high_beam_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_door_open_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_door_open_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_door_open_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_e_stop_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_e_stop_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_e_stop_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_collision_warn_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_collision_warn_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_collision_warn_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_limp_mode_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_limp_mode_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_limp_mode_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_telltale_safety_kill_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 1.0) {
        return 1U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_telltale_safety_kill_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_telltale_safety_kill_is_in_range(uint8_t value)
{
    return (value <= 1U);
}

uint8_t vehicle_dbc_cluster_display_warning_text_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_warning_text_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_warning_text_id_is_in_range(uint8_t value)
{
    return (value <= 14U);
}

uint8_t vehicle_dbc_cluster_display_dtc_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_cluster_display_dtc_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_cluster_display_dtc_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_dtc_event_pack(uint8_t *dst_p, const struct vehicle_dbc_dtc_event_t *src_p, size_t size)
{
    uint8_t raw8;
    uint32_t raw32;
    size_t i;

    if (size < VEHICLE_DBC_DTC_EVENT_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_DTC_EVENT_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw32 = src_p->dtc_number;
    dst_p[2] |= (uint8_t)(raw32 & 0xFFU);
    dst_p[1] |= (uint8_t)((raw32 >> 8U) & 0xFFU);
    dst_p[0] |= (uint8_t)((raw32 >> 16U) & 0xFFU);
    raw8 = src_p->dtc_status;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->ecu_id;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->occurrence_count;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_DTC_EVENT_LENGTH;
}

int vehicle_dbc_dtc_event_unpack(struct vehicle_dbc_dtc_event_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;
    uint32_t raw32;

    if (size < VEHICLE_DBC_DTC_EVENT_LENGTH) {
        return -1;
    } else {
    }
    raw32 = (uint32_t)((uint32_t)src_p[2] & 0xFFU);
    raw32 = (uint32_t)(raw32 | (uint32_t)((uint32_t)((uint32_t)src_p[1] & 0xFFU) << 8U));
    raw32 = (uint32_t)(raw32 | (uint32_t)((uint32_t)((uint32_t)src_p[0] & 0xFFU) << 16U));
    dst_p->dtc_number = raw32;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->dtc_status = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->ecu_id = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->occurrence_count = raw8;
    return 0;
}

uint32_t vehicle_dbc_dtc_event_dtc_number_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 16777215.0) {
        return 16777215U;
    } else {
    }
    return (uint32_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_dtc_event_dtc_number_decode(uint32_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_dtc_event_dtc_number_is_in_range(uint32_t value)
{
    return (value <= 16777215U);
}

uint8_t vehicle_dbc_dtc_event_dtc_status_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_dtc_event_dtc_status_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_dtc_event_dtc_status_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_dtc_event_ecu_id_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_dtc_event_ecu_id_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_dtc_event_ecu_id_is_in_range(uint8_t value)
{
    return (value <= 6U);
}

uint8_t vehicle_dbc_dtc_event_occurrence_count_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_dtc_event_occurrence_count_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_dtc_event_occurrence_count_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_functional_req_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_functional_req_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_FUNCTIONAL_REQ_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_FUNCTIONAL_REQ_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_FUNCTIONAL_REQ_LENGTH;
}

int vehicle_dbc_uds_functional_req_unpack(struct vehicle_dbc_uds_functional_req_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_FUNCTIONAL_REQ_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_functional_req_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_functional_req_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_functional_req_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_functional_req_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_functional_req_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_functional_req_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_functional_req_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_functional_req_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_functional_req_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_functional_req_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_functional_req_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_req_cvc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_cvc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_REQ_CVC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_REQ_CVC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_REQ_CVC_LENGTH;
}

int vehicle_dbc_uds_req_cvc_unpack(struct vehicle_dbc_uds_req_cvc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_REQ_CVC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_req_cvc_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_req_cvc_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_req_cvc_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_cvc_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_cvc_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_cvc_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_cvc_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_cvc_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_cvc_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_cvc_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_cvc_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_req_fzc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_fzc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_REQ_FZC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_REQ_FZC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_REQ_FZC_LENGTH;
}

int vehicle_dbc_uds_req_fzc_unpack(struct vehicle_dbc_uds_req_fzc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_REQ_FZC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_req_fzc_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_req_fzc_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_req_fzc_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_fzc_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_fzc_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_fzc_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_fzc_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_fzc_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_fzc_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_fzc_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_fzc_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_req_rzc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_rzc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_REQ_RZC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_REQ_RZC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_REQ_RZC_LENGTH;
}

int vehicle_dbc_uds_req_rzc_unpack(struct vehicle_dbc_uds_req_rzc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_REQ_RZC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_req_rzc_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_req_rzc_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_req_rzc_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_rzc_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_rzc_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_rzc_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_rzc_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_rzc_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_rzc_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_rzc_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_rzc_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_req_sc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_sc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_REQ_SC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_REQ_SC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_REQ_SC_LENGTH;
}

int vehicle_dbc_uds_req_sc_unpack(struct vehicle_dbc_uds_req_sc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_REQ_SC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_req_sc_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_req_sc_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_req_sc_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_sc_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_sc_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_sc_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_sc_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_sc_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_sc_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_sc_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_sc_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_req_bcm_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_bcm_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_REQ_BCM_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_REQ_BCM_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_REQ_BCM_LENGTH;
}

int vehicle_dbc_uds_req_bcm_unpack(struct vehicle_dbc_uds_req_bcm_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_REQ_BCM_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_req_bcm_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_req_bcm_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_req_bcm_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_bcm_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_bcm_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_bcm_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_bcm_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_bcm_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_bcm_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_bcm_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_bcm_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_req_icu_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_icu_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_REQ_ICU_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_REQ_ICU_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_REQ_ICU_LENGTH;
}

int vehicle_dbc_uds_req_icu_unpack(struct vehicle_dbc_uds_req_icu_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_REQ_ICU_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_req_icu_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_req_icu_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_req_icu_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_icu_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_icu_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_icu_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_icu_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_icu_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_icu_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_icu_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_icu_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_req_tcu_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_req_tcu_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_REQ_TCU_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_REQ_TCU_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_REQ_TCU_LENGTH;
}

int vehicle_dbc_uds_req_tcu_unpack(struct vehicle_dbc_uds_req_tcu_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_REQ_TCU_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_req_tcu_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_req_tcu_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_req_tcu_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_tcu_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_tcu_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_tcu_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_tcu_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_tcu_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_req_tcu_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_req_tcu_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_req_tcu_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_resp_cvc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_cvc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_RESP_CVC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_RESP_CVC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_RESP_CVC_LENGTH;
}

int vehicle_dbc_uds_resp_cvc_unpack(struct vehicle_dbc_uds_resp_cvc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_RESP_CVC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_resp_cvc_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_resp_cvc_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_resp_cvc_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_cvc_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_cvc_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_cvc_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_cvc_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_cvc_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_cvc_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_cvc_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_cvc_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_resp_fzc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_fzc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_RESP_FZC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_RESP_FZC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_RESP_FZC_LENGTH;
}

int vehicle_dbc_uds_resp_fzc_unpack(struct vehicle_dbc_uds_resp_fzc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_RESP_FZC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_resp_fzc_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_resp_fzc_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_resp_fzc_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_fzc_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_fzc_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_fzc_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_fzc_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_fzc_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_fzc_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_fzc_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_fzc_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_resp_rzc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_rzc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_RESP_RZC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_RESP_RZC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_RESP_RZC_LENGTH;
}

int vehicle_dbc_uds_resp_rzc_unpack(struct vehicle_dbc_uds_resp_rzc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_RESP_RZC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_resp_rzc_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_resp_rzc_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_resp_rzc_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_rzc_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_rzc_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_rzc_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_rzc_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_rzc_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_rzc_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_rzc_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_rzc_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_resp_sc_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_sc_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_RESP_SC_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_RESP_SC_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_RESP_SC_LENGTH;
}

int vehicle_dbc_uds_resp_sc_unpack(struct vehicle_dbc_uds_resp_sc_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_RESP_SC_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_resp_sc_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_resp_sc_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_resp_sc_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_sc_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_sc_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_sc_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_sc_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_sc_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_sc_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_sc_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_sc_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_resp_bcm_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_bcm_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_RESP_BCM_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_RESP_BCM_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_RESP_BCM_LENGTH;
}

int vehicle_dbc_uds_resp_bcm_unpack(struct vehicle_dbc_uds_resp_bcm_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_RESP_BCM_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_resp_bcm_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_resp_bcm_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_resp_bcm_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_bcm_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_bcm_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_bcm_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_bcm_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_bcm_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_bcm_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_bcm_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_bcm_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_resp_icu_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_icu_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_RESP_ICU_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_RESP_ICU_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_RESP_ICU_LENGTH;
}

int vehicle_dbc_uds_resp_icu_unpack(struct vehicle_dbc_uds_resp_icu_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_RESP_ICU_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_resp_icu_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_resp_icu_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_resp_icu_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_icu_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_icu_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_icu_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_icu_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_icu_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_icu_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_icu_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_icu_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

int vehicle_dbc_uds_resp_tcu_pack(uint8_t *dst_p, const struct vehicle_dbc_uds_resp_tcu_t *src_p, size_t size)
{
    uint8_t raw8;
    size_t i;

    if (size < VEHICLE_DBC_UDS_RESP_TCU_LENGTH) {
        return -1;
    } else {
    }
    for (i = 0U; i < VEHICLE_DBC_UDS_RESP_TCU_LENGTH; i++) {
        dst_p[i] = 0U;
    }
    raw8 = src_p->pci_type;
    dst_p[0] |= (uint8_t)(((uint32_t)raw8 & 0xFU) << 4U);
    raw8 = src_p->pci_info;
    dst_p[0] |= (uint8_t)((uint32_t)raw8 & 0xFU);
    raw8 = src_p->data1;
    dst_p[1] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data2;
    dst_p[2] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data3;
    dst_p[3] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data4;
    dst_p[4] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data5;
    dst_p[5] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data6;
    dst_p[6] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    raw8 = src_p->data7;
    dst_p[7] |= (uint8_t)((uint32_t)raw8 & 0xFFU);
    return (int)VEHICLE_DBC_UDS_RESP_TCU_LENGTH;
}

int vehicle_dbc_uds_resp_tcu_unpack(struct vehicle_dbc_uds_resp_tcu_t *dst_p, const uint8_t *src_p, size_t size)
{
    uint8_t raw8;

    if (size < VEHICLE_DBC_UDS_RESP_TCU_LENGTH) {
        return -1;
    } else {
    }
    raw8 = (uint8_t)(((uint32_t)src_p[0] >> 4U) & 0xFU);
    dst_p->pci_type = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[0] & 0xFU);
    dst_p->pci_info = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[1] & 0xFFU);
    dst_p->data1 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[2] & 0xFFU);
    dst_p->data2 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[3] & 0xFFU);
    dst_p->data3 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[4] & 0xFFU);
    dst_p->data4 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[5] & 0xFFU);
    dst_p->data5 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[6] & 0xFFU);
    dst_p->data6 = raw8;
    raw8 = (uint8_t)((uint32_t)src_p[7] & 0xFFU);
    dst_p->data7 = raw8;
    return 0;
}

uint8_t vehicle_dbc_uds_resp_tcu_pci_type_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_pci_type_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_pci_type_is_in_range(uint8_t value)
{
    return (value <= 3U);
}

uint8_t vehicle_dbc_uds_resp_tcu_pci_info_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 15.0) {
        return 15U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_pci_info_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_pci_info_is_in_range(uint8_t value)
{
    return (value <= 15U);
}

uint8_t vehicle_dbc_uds_resp_tcu_data1_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_data1_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_data1_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_tcu_data2_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_data2_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_data2_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_tcu_data3_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_data3_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_data3_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_tcu_data4_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_data4_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_data4_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_tcu_data5_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_data5_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_data5_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_tcu_data6_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_data6_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_data6_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

uint8_t vehicle_dbc_uds_resp_tcu_data7_encode(double value)
{
    double raw = (value - 0.0) / 1.0;

    if (!(raw == raw)) {
        return 0U; /* NaN */
    } else if (raw <= 0.0) {
        return 0U;
    } else if (raw >= 255.0) {
        return 255U;
    } else {
    }
    return (uint8_t)vehicle_dbc_round(raw);
}

double vehicle_dbc_uds_resp_tcu_data7_decode(uint8_t value)
{
    return ((double)value * 1.0) + 0.0;
}

bool vehicle_dbc_uds_resp_tcu_data7_is_in_range(uint8_t value)
{
    (void)value;
    return true;
}

const vehicle_dbc_msg_info_t vehicle_dbc_msgs[VEHICLE_DBC_MSG_COUNT] = {
    { VEHICLE_DBC_E_STOP_FRAME_ID, VEHICLE_DBC_E_STOP_LENGTH, VEHICLE_DBC_E_STOP_CYCLE_TIME_MS, VEHICLE_DBC_NODE_CVC, VEHICLE_DBC_E_STOP_E2E_DATA_ID, 1U }, /* EStop */
    { VEHICLE_DBC_HEARTBEAT_CVC_FRAME_ID, VEHICLE_DBC_HEARTBEAT_CVC_LENGTH, VEHICLE_DBC_HEARTBEAT_CVC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_CVC, VEHICLE_DBC_HEARTBEAT_CVC_E2E_DATA_ID, 1U }, /* Heartbeat_CVC */
    { VEHICLE_DBC_HEARTBEAT_FZC_FRAME_ID, VEHICLE_DBC_HEARTBEAT_FZC_LENGTH, VEHICLE_DBC_HEARTBEAT_FZC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_FZC, VEHICLE_DBC_HEARTBEAT_FZC_E2E_DATA_ID, 1U }, /* Heartbeat_FZC */
    { VEHICLE_DBC_HEARTBEAT_RZC_FRAME_ID, VEHICLE_DBC_HEARTBEAT_RZC_LENGTH, VEHICLE_DBC_HEARTBEAT_RZC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_RZC, VEHICLE_DBC_HEARTBEAT_RZC_E2E_DATA_ID, 1U }, /* Heartbeat_RZC */
    { VEHICLE_DBC_SAFETY_STATUS_FRAME_ID, VEHICLE_DBC_SAFETY_STATUS_LENGTH, VEHICLE_DBC_SAFETY_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_SC, VEHICLE_DBC_SAFETY_STATUS_E2E_DATA_ID, 1U }, /* SafetyStatus */
    { VEHICLE_DBC_HEARTBEAT_BCM_FRAME_ID, VEHICLE_DBC_HEARTBEAT_BCM_LENGTH, VEHICLE_DBC_HEARTBEAT_BCM_CYCLE_TIME_MS, VEHICLE_DBC_NODE_BCM, 0x00U, 0U }, /* Heartbeat_BCM */
    { VEHICLE_DBC_HEARTBEAT_ICU_FRAME_ID, VEHICLE_DBC_HEARTBEAT_ICU_LENGTH, VEHICLE_DBC_HEARTBEAT_ICU_CYCLE_TIME_MS, VEHICLE_DBC_NODE_ICU, 0x00U, 0U }, /* Heartbeat_ICU */
    { VEHICLE_DBC_HEARTBEAT_TCU_FRAME_ID, VEHICLE_DBC_HEARTBEAT_TCU_LENGTH, VEHICLE_DBC_HEARTBEAT_TCU_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TCU, 0x00U, 0U }, /* Heartbeat_TCU */
    { VEHICLE_DBC_VEHICLE_STATE_FRAME_ID, VEHICLE_DBC_VEHICLE_STATE_LENGTH, VEHICLE_DBC_VEHICLE_STATE_CYCLE_TIME_MS, VEHICLE_DBC_NODE_CVC, VEHICLE_DBC_VEHICLE_STATE_E2E_DATA_ID, 1U }, /* VehicleState */
    { VEHICLE_DBC_TORQUE_REQUEST_FRAME_ID, VEHICLE_DBC_TORQUE_REQUEST_LENGTH, VEHICLE_DBC_TORQUE_REQUEST_CYCLE_TIME_MS, VEHICLE_DBC_NODE_CVC, VEHICLE_DBC_TORQUE_REQUEST_E2E_DATA_ID, 1U }, /* TorqueRequest */
    { VEHICLE_DBC_STEER_COMMAND_FRAME_ID, VEHICLE_DBC_STEER_COMMAND_LENGTH, VEHICLE_DBC_STEER_COMMAND_CYCLE_TIME_MS, VEHICLE_DBC_NODE_CVC, VEHICLE_DBC_STEER_COMMAND_E2E_DATA_ID, 1U }, /* SteerCommand */
    { VEHICLE_DBC_BRAKE_COMMAND_FRAME_ID, VEHICLE_DBC_BRAKE_COMMAND_LENGTH, VEHICLE_DBC_BRAKE_COMMAND_CYCLE_TIME_MS, VEHICLE_DBC_NODE_CVC, VEHICLE_DBC_BRAKE_COMMAND_E2E_DATA_ID, 1U }, /* BrakeCommand */
    { VEHICLE_DBC_STEER_STATUS_FRAME_ID, VEHICLE_DBC_STEER_STATUS_LENGTH, VEHICLE_DBC_STEER_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_FZC, VEHICLE_DBC_STEER_STATUS_E2E_DATA_ID, 1U }, /* SteerStatus */
    { VEHICLE_DBC_BRAKE_STATUS_FRAME_ID, VEHICLE_DBC_BRAKE_STATUS_LENGTH, VEHICLE_DBC_BRAKE_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_FZC, VEHICLE_DBC_BRAKE_STATUS_E2E_DATA_ID, 1U }, /* BrakeStatus */
    { VEHICLE_DBC_BRAKE_FAULT_FRAME_ID, VEHICLE_DBC_BRAKE_FAULT_LENGTH, VEHICLE_DBC_BRAKE_FAULT_CYCLE_TIME_MS, VEHICLE_DBC_NODE_FZC, VEHICLE_DBC_BRAKE_FAULT_E2E_DATA_ID, 1U }, /* BrakeFault */
    { VEHICLE_DBC_MOTOR_CUTOFF_REQ_FRAME_ID, VEHICLE_DBC_MOTOR_CUTOFF_REQ_LENGTH, VEHICLE_DBC_MOTOR_CUTOFF_REQ_CYCLE_TIME_MS, VEHICLE_DBC_NODE_FZC, VEHICLE_DBC_MOTOR_CUTOFF_REQ_E2E_DATA_ID, 1U }, /* MotorCutoffReq */
    { VEHICLE_DBC_FRONT_DISTANCE_FRAME_ID, VEHICLE_DBC_FRONT_DISTANCE_LENGTH, VEHICLE_DBC_FRONT_DISTANCE_CYCLE_TIME_MS, VEHICLE_DBC_NODE_FZC, 0x00U, 0U }, /* FrontDistance */
    { VEHICLE_DBC_MOTOR_STATUS_FRAME_ID, VEHICLE_DBC_MOTOR_STATUS_LENGTH, VEHICLE_DBC_MOTOR_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_RZC, VEHICLE_DBC_MOTOR_STATUS_E2E_DATA_ID, 1U }, /* MotorStatus */
    { VEHICLE_DBC_MOTOR_CURRENT_FRAME_ID, VEHICLE_DBC_MOTOR_CURRENT_LENGTH, VEHICLE_DBC_MOTOR_CURRENT_CYCLE_TIME_MS, VEHICLE_DBC_NODE_RZC, VEHICLE_DBC_MOTOR_CURRENT_E2E_DATA_ID, 1U }, /* MotorCurrent */
    { VEHICLE_DBC_MOTOR_TEMP_FRAME_ID, VEHICLE_DBC_MOTOR_TEMP_LENGTH, VEHICLE_DBC_MOTOR_TEMP_CYCLE_TIME_MS, VEHICLE_DBC_NODE_RZC, 0x00U, 0U }, /* MotorTemp */
    { VEHICLE_DBC_BATTERY_STATUS_FRAME_ID, VEHICLE_DBC_BATTERY_STATUS_LENGTH, VEHICLE_DBC_BATTERY_STATUS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_RZC, 0x00U, 0U }, /* BatteryStatus */
    { VEHICLE_DBC_WHEEL_SPEEDS_FRAME_ID, VEHICLE_DBC_WHEEL_SPEEDS_LENGTH, VEHICLE_DBC_WHEEL_SPEEDS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_RZC, 0x00U, 0U }, /* WheelSpeeds */
    { VEHICLE_DBC_BODY_COMMAND_FRAME_ID, VEHICLE_DBC_BODY_COMMAND_LENGTH, VEHICLE_DBC_BODY_COMMAND_CYCLE_TIME_MS, VEHICLE_DBC_NODE_CVC, 0x00U, 0U }, /* BodyCommand */
    { VEHICLE_DBC_LIGHTS_FRAME_ID, VEHICLE_DBC_LIGHTS_LENGTH, VEHICLE_DBC_LIGHTS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_BCM, 0x00U, 0U }, /* Lights */
    { VEHICLE_DBC_INDICATORS_FRAME_ID, VEHICLE_DBC_INDICATORS_LENGTH, VEHICLE_DBC_INDICATORS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_BCM, 0x00U, 0U }, /* Indicators */
    { VEHICLE_DBC_DOORS_FRAME_ID, VEHICLE_DBC_DOORS_LENGTH, VEHICLE_DBC_DOORS_CYCLE_TIME_MS, VEHICLE_DBC_NODE_BCM, 0x00U, 0U }, /* Doors */
    { VEHICLE_DBC_CLUSTER_DISPLAY_FRAME_ID, VEHICLE_DBC_CLUSTER_DISPLAY_LENGTH, VEHICLE_DBC_CLUSTER_DISPLAY_CYCLE_TIME_MS, VEHICLE_DBC_NODE_ICU, 0x00U, 0U }, /* ClusterDisplay */
    { VEHICLE_DBC_DTC_EVENT_FRAME_ID, VEHICLE_DBC_DTC_EVENT_LENGTH, VEHICLE_DBC_DTC_EVENT_CYCLE_TIME_MS, VEHICLE_DBC_SENDER_ANY, 0x00U, 0U }, /* DtcEvent */
    { VEHICLE_DBC_UDS_FUNCTIONAL_REQ_FRAME_ID, VEHICLE_DBC_UDS_FUNCTIONAL_REQ_LENGTH, VEHICLE_DBC_UDS_FUNCTIONAL_REQ_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TESTER, 0x00U, 0U }, /* UdsFunctionalReq */
    { VEHICLE_DBC_UDS_REQ_CVC_FRAME_ID, VEHICLE_DBC_UDS_REQ_CVC_LENGTH, VEHICLE_DBC_UDS_REQ_CVC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TESTER, 0x00U, 0U }, /* UdsReq_CVC */
    { VEHICLE_DBC_UDS_REQ_FZC_FRAME_ID, VEHICLE_DBC_UDS_REQ_FZC_LENGTH, VEHICLE_DBC_UDS_REQ_FZC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TESTER, 0x00U, 0U }, /* UdsReq_FZC */
    { VEHICLE_DBC_UDS_REQ_RZC_FRAME_ID, VEHICLE_DBC_UDS_REQ_RZC_LENGTH, VEHICLE_DBC_UDS_REQ_RZC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TESTER, 0x00U, 0U }, /* UdsReq_RZC */
    { VEHICLE_DBC_UDS_REQ_SC_FRAME_ID, VEHICLE_DBC_UDS_REQ_SC_LENGTH, VEHICLE_DBC_UDS_REQ_SC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TESTER, 0x00U, 0U }, /* UdsReq_SC */
    { VEHICLE_DBC_UDS_REQ_BCM_FRAME_ID, VEHICLE_DBC_UDS_REQ_BCM_LENGTH, VEHICLE_DBC_UDS_REQ_BCM_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TESTER, 0x00U, 0U }, /* UdsReq_BCM */
    { VEHICLE_DBC_UDS_REQ_ICU_FRAME_ID, VEHICLE_DBC_UDS_REQ_ICU_LENGTH, VEHICLE_DBC_UDS_REQ_ICU_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TESTER, 0x00U, 0U }, /* UdsReq_ICU */
    { VEHICLE_DBC_UDS_REQ_TCU_FRAME_ID, VEHICLE_DBC_UDS_REQ_TCU_LENGTH, VEHICLE_DBC_UDS_REQ_TCU_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TESTER, 0x00U, 0U }, /* UdsReq_TCU */
    { VEHICLE_DBC_UDS_RESP_CVC_FRAME_ID, VEHICLE_DBC_UDS_RESP_CVC_LENGTH, VEHICLE_DBC_UDS_RESP_CVC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_CVC, 0x00U, 0U }, /* UdsResp_CVC */
    { VEHICLE_DBC_UDS_RESP_FZC_FRAME_ID, VEHICLE_DBC_UDS_RESP_FZC_LENGTH, VEHICLE_DBC_UDS_RESP_FZC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_FZC, 0x00U, 0U }, /* UdsResp_FZC */
    { VEHICLE_DBC_UDS_RESP_RZC_FRAME_ID, VEHICLE_DBC_UDS_RESP_RZC_LENGTH, VEHICLE_DBC_UDS_RESP_RZC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_RZC, 0x00U, 0U }, /* UdsResp_RZC */
    { VEHICLE_DBC_UDS_RESP_SC_FRAME_ID, VEHICLE_DBC_UDS_RESP_SC_LENGTH, VEHICLE_DBC_UDS_RESP_SC_CYCLE_TIME_MS, VEHICLE_DBC_NODE_SC, 0x00U, 0U }, /* UdsResp_SC */
    { VEHICLE_DBC_UDS_RESP_BCM_FRAME_ID, VEHICLE_DBC_UDS_RESP_BCM_LENGTH, VEHICLE_DBC_UDS_RESP_BCM_CYCLE_TIME_MS, VEHICLE_DBC_NODE_BCM, 0x00U, 0U }, /* UdsResp_BCM */
    { VEHICLE_DBC_UDS_RESP_ICU_FRAME_ID, VEHICLE_DBC_UDS_RESP_ICU_LENGTH, VEHICLE_DBC_UDS_RESP_ICU_CYCLE_TIME_MS, VEHICLE_DBC_NODE_ICU, 0x00U, 0U }, /* UdsResp_ICU */
    { VEHICLE_DBC_UDS_RESP_TCU_FRAME_ID, VEHICLE_DBC_UDS_RESP_TCU_LENGTH, VEHICLE_DBC_UDS_RESP_TCU_CYCLE_TIME_MS, VEHICLE_DBC_NODE_TCU, 0x00U, 0U }, /* UdsResp_TCU */
};
