/*
 * tcu_obd: the TCU's OBD-II server (SAE J1979 / ISO 15031-5 on ISO 15765-4 CAN), free of CAN and ISO-TP:
 * one request in, one response out. Modes 01 (current data), 03 (confirmed DTCs), 04 (clear), 07 (pending
 * DTCs), 09 (vehicle information) and 0A (permanent DTCs: none). Data comes from the bus as the TCU last
 * received it (tcu_obd_data_t); a PID whose source message is timed out is left out of the answer.
 * Negative responses only for physical requests: a functional request that the TCU cannot answer gets
 * silence, so a scan tool is not confused by NRCs from an ECU that simply does not support the request.
 */
#ifndef TCU_OBD_H
#define TCU_OBD_H

#include <stdbool.h>
#include <stdint.h>

#include "dtclist.h"

#define TCU_OBD_SID_FIRST 0x01U
#define TCU_OBD_SID_LAST 0x0AU
#define TCU_OBD_MAX_PIDS 6U /* PIDs in one mode 01 request (ISO 15031-5) */
#define TCU_OBD_VIN_LEN 17U
#define TCU_OBD_ECU_NAME_LEN 20U

typedef struct {
	bool speed_valid;
	uint16_t speed;          /* VehicleState.VehicleSpeed, 0.01 km/h */
	bool motor_valid;
	int16_t motor_rpm;       /* MotorStatus.MotorSpeed, rpm */
	bool temp_valid;
	uint8_t motor_temp_raw;  /* MotorTemp.MotorWindingTemp raw: degC + 40, the encoding of PID 0x05 */
	bool batt_valid;
	uint8_t soc_raw;         /* BatteryStatus.Soc, 0.5 % */
	uint8_t aux_raw;         /* BatteryStatus.AuxVoltage, 0.1 V */
	const dtclist_t *dtcs;
	const uint8_t *vin;      /* TCU_OBD_VIN_LEN ASCII characters */
} tcu_obd_data_t;

/** True for the service IDs this server answers (OBD modes 0x01..0x0A); UDS starts at 0x10. */
bool tcu_obd_is_request(uint8_t sid);
/**
 * Handles one request. Returns the response length written to resp (0: send nothing). *clear is set when
 * mode 04 asks to clear the emission DTCs (the caller clears its lists; this function changes nothing).
 */
uint16_t tcu_obd_handle(const tcu_obd_data_t *d, const uint8_t *req, uint16_t len, bool functional, uint8_t *resp,
                        uint16_t max, bool *clear);
/** Emission DTCs with a bit of mask in their status, de-duplicated by 2-byte code (as mode 03/07 lists them). */
uint8_t tcu_obd_dtc_count(const dtclist_t *l, uint8_t mask);

#endif /* TCU_OBD_H */
