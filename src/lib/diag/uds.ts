/**
 * UDS (ISO 14229-1) for the tester: request builders, response decoding, NRC names, DTC status bits and
 * J2012 codes, the default seed/key algorithm. Pure: the same code decodes in the worker and on the page.
 * docs/diagnostics.md, docs/dtc.md.
 */

/** NRC names, ISO 14229-1 Table A.1 (the ones a tester meets; the rest by number). */
export const NRC_NAMES: Record<number, string> = {
	0x10: 'generalReject',
	0x11: 'serviceNotSupported',
	0x12: 'subFunctionNotSupported',
	0x13: 'incorrectMessageLengthOrInvalidFormat',
	0x14: 'responseTooLong',
	0x21: 'busyRepeatRequest',
	0x22: 'conditionsNotCorrect',
	0x24: 'requestSequenceError',
	0x25: 'noResponseFromSubnetComponent',
	0x26: 'failurePreventsExecutionOfRequestedAction',
	0x31: 'requestOutOfRange',
	0x33: 'securityAccessDenied',
	0x35: 'invalidKey',
	0x36: 'exceededNumberOfAttempts',
	0x37: 'requiredTimeDelayNotExpired',
	0x70: 'uploadDownloadNotAccepted',
	0x71: 'transferDataSuspended',
	0x72: 'generalProgrammingFailure',
	0x73: 'wrongBlockSequenceCounter',
	0x78: 'requestCorrectlyReceived-ResponsePending',
	0x7e: 'subFunctionNotSupportedInActiveSession',
	0x7f: 'serviceNotSupportedInActiveSession',
	0x92: 'voltageTooHigh',
	0x93: 'voltageTooLow'
};

/** The NRC's name, or `ISOSAEReserved`/`vehicleManufacturerSpecific` by range. */
export function nrcName(nrc: number): string {
	return NRC_NAMES[nrc] ?? (nrc >= 0xf0 && nrc <= 0xfe ? 'vehicleManufacturerSpecificConditionsNotCorrect' : 'ISOSAEReserved');
}

export const SERVICE_NAMES: Record<number, string> = {
	0x10: 'DiagnosticSessionControl',
	0x11: 'ECUReset',
	0x14: 'ClearDiagnosticInformation',
	0x19: 'ReadDTCInformation',
	0x22: 'ReadDataByIdentifier',
	0x27: 'SecurityAccess',
	0x2e: 'WriteDataByIdentifier',
	0x31: 'RoutineControl',
	0x3e: 'TesterPresent',
	// OBD-II modes (SAE J1979) share the SID space
	0x01: 'OBD current data',
	0x03: 'OBD confirmed DTCs',
	0x04: 'OBD clear DTCs',
	0x07: 'OBD pending DTCs',
	0x09: 'OBD vehicle information',
	0x0a: 'OBD permanent DTCs'
};

export const SESSION_NAMES: Record<number, string> = { 0x01: 'default', 0x02: 'programming', 0x03: 'extended' };

const h2 = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');
/** Bytes as `50 03 00 32`. */
export const toHex = (d: ArrayLike<number>): string => Array.from(d, h2).join(' ');

/** Parses `22 F1 90`, `22F190`, `0x22,0xF1`; throws a SyntaxError naming the character position of what is not hex. */
export function parseHex(s: string): number[] {
	const out: number[] = [];
	const re = /[^\s,:]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(s)) !== null) {
		let tok = m[0];
		let at = m.index;
		if (/^0x/i.test(tok)) {
			tok = tok.slice(2);
			at += 2;
		}
		for (let k = 0; k < tok.length; k++) {
			if (!/[0-9a-fA-F]/.test(tok[k])) throw new SyntaxError(`not hex at character ${at + k + 1}: '${tok[k]}'`);
		}
		if (tok.length % 2 === 1) throw new SyntaxError(`odd number of hex digits in '${m[0]}' at character ${m.index + 1}`);
		for (let k = 0; k < tok.length; k += 2) out.push(parseInt(tok.slice(k, k + 2), 16));
	}
	if (out.length === 0) throw new SyntaxError('empty request: type bytes in hex, e.g. 22 F1 90');
	return out;
}

/** A response decoded for people: positive, negative (with the NRC's name) or pending. */
export interface Decoded {
	kind: 'positive' | 'negative' | 'pending';
	sid: number;
	service: string;
	nrc?: number;
	nrcName?: string;
	text: string;
}

export function decodeResponse(p: ArrayLike<number>): Decoded {
	const a = Array.from(p);
	if (a[0] === 0x7f && a.length >= 3) {
		const sid = a[1];
		const nrc = a[2];
		return {
			kind: nrc === 0x78 ? 'pending' : 'negative',
			sid,
			service: SERVICE_NAMES[sid] ?? `service 0x${h2(sid)}`,
			nrc,
			nrcName: nrcName(nrc),
			text: `negative response to ${SERVICE_NAMES[sid] ?? `0x${h2(sid)}`}: NRC 0x${h2(nrc)} ${nrcName(nrc)}`
		};
	}
	const sid = (a[0] ?? 0x40) - 0x40;
	const service = SERVICE_NAMES[sid] ?? `service 0x${h2(sid)}`;
	let text = `positive response to ${service}`;
	if (sid === 0x10 && a.length >= 6) text += `: ${SESSION_NAMES[a[1] & 0x7f] ?? `session 0x${h2(a[1])}`} session, P2 ${(a[2] << 8) | a[3]} ms, P2* ${((a[4] << 8) | a[5]) * 10} ms`;
	else if (sid === 0x22 && a.length >= 3) text += `: DID 0x${h2(a[1])}${h2(a[2])}`;
	else if (sid === 0x27 && a.length >= 2) text += a[1] % 2 === 1 ? `: seed ${toHex(a.slice(2))}` : ': unlocked';
	return { kind: 'positive', sid, service, text };
}

/** The default key of docs/diagnostics.md: rotl32(seed ^ 0x5A3C96E1, 7) + level × 0x01010101, mod 2³². */
export function securityKey(seed: number, level: number): number {
	const x = (seed ^ 0x5a3c96e1) >>> 0;
	return ((((x << 7) | (x >>> 25)) >>> 0) + Math.imul(level, 0x01010101)) >>> 0;
}

export const u32be = (v: number): number[] => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];

/** ISO 14229-1 D.2 DTC status bits, bit 0 first. */
export const STATUS_BITS = [
	['testFailed', 'TF'],
	['testFailedThisOperationCycle', 'TFTOC'],
	['pendingDTC', 'PDTC'],
	['confirmedDTC', 'CDTC'],
	['testNotCompletedSinceLastClear', 'TNCSLC'],
	['testFailedSinceLastClear', 'TFSLC'],
	['testNotCompletedThisOperationCycle', 'TNCTOC'],
	['warningIndicatorRequested', 'WIR']
] as const;

/** Every status bit with its name and value. */
export function statusBits(status: number): Array<{ bit: number; name: string; short: string; set: boolean }> {
	return STATUS_BITS.map(([name, short], bit) => ({ bit, name, short, set: ((status >> bit) & 1) === 1 }));
}

/** SAE J2012 code of a 3-byte DTC's high two bytes (`P0A1F`, `C0561`). */
export function j2012(dtc: number): string {
	const hi = (dtc >> 16) & 0xff;
	const sys = 'PCBU'[hi >> 6];
	const code = ((dtc >> 8) & 0xffff) & 0x3fff;
	return sys + code.toString(16).toUpperCase().padStart(4, '0');
}

/** `C0561-00`: the code with its failure type byte. */
export const dtcName = (dtc: number): string => `${j2012(dtc)}-${h2(dtc & 0xff)}`;

/** A 2-byte OBD DTC (mode 03/07) as its J2012 code. */
export const obdDtc = (hi: number, lo: number): string => j2012((hi << 16) | (lo << 8));

export interface DtcRecord {
	dtc: number;
	code: string;
	status: number;
}

/** `59 02 avail (DTC×3 status)*` → the records; throws on a malformed answer. */
export function parseDtcList(p: number[]): { availability: number; dtcs: DtcRecord[] } {
	if (p[0] !== 0x59 || (p.length - 3) % 4 !== 0) throw new Error(`not a 59 02/0A answer: ${toHex(p)}`);
	const dtcs: DtcRecord[] = [];
	for (let i = 3; i + 3 < p.length; i += 4) {
		const dtc = (p[i] << 16) | (p[i + 1] << 8) | p[i + 2];
		dtcs.push({ dtc, code: dtcName(dtc), status: p[i + 3] });
	}
	return { availability: p[2], dtcs };
}

export interface SnapshotDid {
	did: number;
	data: number[];
}
export interface Snapshot {
	dtc: number;
	status: number;
	records: Array<{ record: number; dids: SnapshotDid[] }>;
}

/** `59 04 DTC(3) status [rec nDID (DID data)…]…`; `didLen` gives each DID's length (from the catalog). */
export function parseSnapshot(p: number[], didLen: (did: number) => number | undefined): Snapshot {
	if (p[0] !== 0x59 || p[1] !== 0x04 || p.length < 6) throw new Error(`not a 59 04 answer: ${toHex(p)}`);
	const out: Snapshot = { dtc: (p[2] << 16) | (p[3] << 8) | p[4], status: p[5], records: [] };
	let i = 6;
	while (i + 1 < p.length) {
		const record = p[i];
		const n = p[i + 1];
		i += 2;
		const dids: SnapshotDid[] = [];
		for (let k = 0; k < n && i + 1 < p.length; k++) {
			const did = (p[i] << 8) | p[i + 1];
			const len = didLen(did);
			if (len === undefined) throw new Error(`snapshot DID 0x${did.toString(16).toUpperCase()} has no known length; cannot read past it`);
			dids.push({ did, data: p.slice(i + 2, i + 2 + len) });
			i += 2 + len;
		}
		out.records.push({ record, dids });
	}
	return out;
}

/** Request builders (bytes), one per service the tester uses. */
export const req = {
	session: (s: number): number[] => [0x10, s],
	reset: (kind: number): number[] => [0x11, kind],
	clearDtc: (group = 0xffffff): number[] => [0x14, (group >> 16) & 0xff, (group >> 8) & 0xff, group & 0xff],
	dtcCount: (mask: number): number[] => [0x19, 0x01, mask],
	dtcByMask: (mask: number): number[] => [0x19, 0x02, mask],
	snapshot: (dtc: number, record = 0xff): number[] => [0x19, 0x04, (dtc >> 16) & 0xff, (dtc >> 8) & 0xff, dtc & 0xff, record],
	extData: (dtc: number, record = 0xff): number[] => [0x19, 0x06, (dtc >> 16) & 0xff, (dtc >> 8) & 0xff, dtc & 0xff, record],
	supportedDtcs: (): number[] => [0x19, 0x0a],
	readDid: (...dids: number[]): number[] => [0x22, ...dids.flatMap((d) => [d >> 8, d & 0xff])],
	seed: (level: number): number[] => [0x27, 2 * level - 1],
	key: (level: number, key: number): number[] => [0x27, 2 * level, ...u32be(key)],
	writeDid: (did: number, data: ArrayLike<number>): number[] => [0x2e, did >> 8, did & 0xff, ...Array.from(data)],
	routine: (sub: 1 | 2 | 3, id: number, opts: number[] = []): number[] => [0x31, sub, id >> 8, id & 0xff, ...opts],
	testerPresent: (suppress = true): number[] => [0x3e, suppress ? 0x80 : 0x00]
};
