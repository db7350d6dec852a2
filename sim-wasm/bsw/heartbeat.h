/*
 * heartbeat: every ECU's heartbeat frame (Heartbeat_<ECU> 0x010..0x016), packed once. The DBC gives them all
 * one layout of HEARTBEAT_LENGTH bytes: bits 0..15 are the E2E header of the safety ECUs (written by com after
 * packing) or, in a QM heartbeat, a 4-bit alive counter of its own and reserved bits; then EcuId, Mode,
 * FaultStatus and ActiveDtcCount (DTCs with testFailed in the DEM, saturating at 255). The ECU keeps a
 * heartbeat_t, decides mode and fault status, and its COM pack callback returns heartbeat_pack(...).
 */
#ifndef HEARTBEAT_H
#define HEARTBEAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define HEARTBEAT_LENGTH 6U

typedef struct {
	uint8_t ecu_id;   /* VEHICLE_DBC_NODE_<ECU> */
	bool own_counter; /* QM heartbeat: an alive counter +1 (mod 16) per frame; false: E2E's counter */
	uint8_t counter;  /* the next frame's alive counter */
} heartbeat_t;

/** Restarts the alive counter at 0 (boot, reset). */
void heartbeat_reset(heartbeat_t *hb);
/** Packs one heartbeat with the ECU's mode and fault status; HEARTBEAT_LENGTH, or -1 when dst is too small. */
int heartbeat_pack(heartbeat_t *hb, uint8_t mode, uint8_t fault_status, uint8_t *dst, size_t size);

#endif /* HEARTBEAT_H */
