/**
 * What an ECU's NVM block holds, told from its bytes: the DEM's DTC memory (layout in sim-wasm/bsw/dem.c,
 * docs/dtc.md "Persistence"), a VIN, or opaque data. Which block number is which differs per ECU, so the
 * content decides.
 */

export type NvmBlockView =
	| { kind: 'dtc-memory'; events: number; confirmed: number; pending: number; testFailed: number }
	| { kind: 'dtc-memory-corrupt'; reason: string }
	| { kind: 'vin'; vin: string }
	| { kind: 'data' };

/** 17 digits and capitals (ISO 3779 leaves out I, O, Q, but the firmware's default VIN has an I). */
const VIN = /^[A-Z0-9]{17}$/;

function crc32(b: Uint8Array, len: number): number {
	let crc = 0xffffffff;
	for (let i = 0; i < len; i++) {
		crc ^= b[i];
		for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

export function viewNvmBlock(b: Uint8Array): NvmBlockView {
	if (b.length === 17) {
		const s = String.fromCharCode(...b);
		if (VIN.test(s)) return { kind: 'vin', vin: s };
	}
	if (b.length < 2 || b[0] !== 0x44 || b[1] !== 0x4d) return { kind: 'data' }; // 'DM'
	if (b.length < 16) return { kind: 'dtc-memory-corrupt', reason: `${b.length} bytes, shorter than a header` };
	if (b[2] !== 1) return { kind: 'dtc-memory-corrupt', reason: `format version ${b[2]}, expected 1` };
	const events = b[3];
	const rec = (b[4] << 8) | b[5];
	const len = 12 + events * rec + 4;
	if (rec < 6 || len > b.length) return { kind: 'dtc-memory-corrupt', reason: `${events} records of ${rec} bytes do not fit in ${b.length} bytes` };
	const stored = ((b[len - 4] << 24) | (b[len - 3] << 16) | (b[len - 2] << 8) | b[len - 1]) >>> 0;
	if (crc32(b, len - 4) !== stored) return { kind: 'dtc-memory-corrupt', reason: 'CRC-32 mismatch' };
	let confirmed = 0;
	let pending = 0;
	let testFailed = 0;
	for (let i = 0; i < events; i++) {
		const status = b[12 + i * rec];
		if (status & 0x08) confirmed++;
		if (status & 0x04) pending++;
		if (status & 0x01) testFailed++;
	}
	return { kind: 'dtc-memory', events, confirmed, pending, testFailed };
}

/** One line for the ECU page: "DTC memory: 6 events, 1 confirmed", "VIN ZBV1…", "data". */
export function describeNvmBlock(b: Uint8Array): string {
	const v = viewNvmBlock(b);
	switch (v.kind) {
		case 'vin':
			return `VIN ${v.vin}`;
		case 'dtc-memory':
			return `DTC memory: ${v.events} events, ${v.confirmed} confirmed, ${v.pending} pending, ${v.testFailed} failing`;
		case 'dtc-memory-corrupt':
			return `DTC memory, unreadable (${v.reason}): the ECU starts with a clean one`;
		default:
			return 'data';
	}
}
