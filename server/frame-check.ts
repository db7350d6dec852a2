/**
 * What may be put on a bus: one check shared by every source's `send` and every protocol that accepts
 * frames (WebSocket, socketcand, slcan, MQTT), so they all refuse the same frames with the same words.
 */
import { FLAG_BRS, FLAG_EXT, FLAG_FD, FLAG_RTR, dlcToLen } from '../src/lib/can/frame';
import type { CanFrameOut } from './types';

const SENDABLE = FLAG_EXT | FLAG_RTR | FLAG_FD | FLAG_BRS;

/** Why a frame cannot be sent, or null when it can. */
export function frameProblem(f: CanFrameOut): string | null {
	if (!Number.isInteger(f.id) || f.id < 0) return `ID ${f.id} is not a non-negative integer`;
	if (!Number.isInteger(f.flags) || f.flags < 0 || f.flags > 255) return `flags ${f.flags} is not a byte`;
	if (f.flags & ~SENDABLE) return `flags 0x${f.flags.toString(16)}: only EXT (1), RTR (2), FD (4) and BRS (8) can be sent`;
	const ext = (f.flags & FLAG_EXT) !== 0;
	const fd = (f.flags & FLAG_FD) !== 0;
	if (f.id > 0x1fffffff) return `ID 0x${f.id.toString(16).toUpperCase()} is above 0x1FFFFFFF`;
	if (!ext && f.id > 0x7ff) return `ID 0x${f.id.toString(16).toUpperCase()} is above 0x7FF without the EXT flag`;
	if (f.flags & FLAG_BRS && !fd) return 'BRS without FD';
	if (f.flags & FLAG_RTR && fd) return 'CAN FD has no remote frames';
	if (!Number.isInteger(f.dlc) || f.dlc < 0 || f.dlc > 15) return `DLC ${f.dlc} is not 0..15`;
	if (!fd && f.dlc > 8) return `DLC ${f.dlc} on a classic frame (more than 8 bytes needs FD)`;
	const len = f.flags & FLAG_RTR ? 0 : dlcToLen(f.dlc);
	if (f.data.length < len) return `DLC ${f.dlc} needs ${len} data bytes, got ${f.data.length}`;
	return null;
}

/** Throws a RangeError naming what is wrong with the frame (the `CanSource.send` contract). */
export function checkFrame(f: CanFrameOut): void {
	const p = frameProblem(f);
	if (p) throw new RangeError(p);
}
