/**
 * What the bus tells about each ECU, the way a tester watching the bus would see it: its heartbeat (mode,
 * fault bits, active DTC count, age), the DTCs it announced in DtcEvent frames, and the frames it sends.
 * Messages are found by their DBC layout (senders and signal names), not by hard-coded identifiers.
 */
import type { FrameBatch } from '$lib/can/frame';
import { FLAG_ERR, FLAG_EXT, dlcToLen } from '$lib/can/frame';
import type { CompiledMessage, DbcCodec } from '$lib/can/dbc/codec';
import { describeFrame, type SignalText } from '$lib/can/dbc/describe';
import { NetStats, e2eDataIds, type NetRow } from '$lib/can/net-stats';

/** The vehicle's seven ECUs as the DBC names its nodes. */
export const ECU_NAMES = ['CVC', 'FZC', 'RZC', 'SC', 'BCM', 'ICU', 'TCU'] as const;

/** ISO 14229-1 DTC status bits, bit 0 first. */
export const DTC_STATUS_BITS = [
	'testFailed',
	'testFailedThisOperationCycle',
	'pendingDTC',
	'confirmedDTC',
	'testNotCompletedSinceLastClear',
	'testFailedSinceLastClear',
	'testNotCompletedThisOperationCycle',
	'warningIndicatorRequested'
] as const;

/** Heartbeat FaultStatus bits as the vehicle DBC comments them (bit 0 first). */
export const FAULT_STATUS_BITS = [
	'sensor',
	'actuator',
	'communication (RX timeout / E2E)',
	'supply voltage',
	'over-temperature',
	'watchdog reset since power-up',
	'NVM',
	'internal software / configuration'
] as const;

// SAE J2012-DA failure type bytes the firmware uses (sim-wasm/ecu/*/README.md) and a few common neighbours.
const FAILURE_TYPES: Record<number, string> = {
	0x00: 'no sub-type information',
	0x1c: 'circuit voltage out of range',
	0x47: 'watchdog / safety µC failure',
	0x62: 'signal compare failure',
	0x64: 'signal plausibility failure',
	0x71: 'actuator stuck',
	0x83: 'signal protection (E2E) incorrect',
	0x86: 'signal invalid',
	0x87: 'missing message (RX timeout)',
	0x88: 'bus off',
	0x98: 'component over temperature'
};

/** 3-byte DTC → SAE J2012 text, `0x213800` → `P2138-00` (2 bits P/C/B/U, 14 bits as 4 hex digits, FTB). */
export function formatDtc(dtc: number): string {
	if (!Number.isInteger(dtc) || dtc < 0 || dtc > 0xffffff) throw new RangeError(`formatDtc: ${dtc} is not a 3-byte DTC`);
	const letter = 'PCBU'[dtc >>> 22];
	const code = ((dtc >>> 8) & 0x3fff).toString(16).toUpperCase().padStart(4, '0');
	const ftb = (dtc & 0xff).toString(16).toUpperCase().padStart(2, '0');
	return `${letter}${code}-${ftb}`;
}

/** Meaning of a DTC's failure type byte, when it is one we know. */
export function failureType(dtc: number): string | undefined {
	return FAILURE_TYPES[dtc & 0xff];
}

/** Names of the ISO 14229 status bits set in `status`. */
export function dtcStatusNames(status: number): string[] {
	return DTC_STATUS_BITS.filter((_, i) => status & (1 << i));
}

/** Names of the heartbeat FaultStatus bits set in `bits`. */
export function faultStatusNames(bits: number): string[] {
	return FAULT_STATUS_BITS.filter((_, i) => bits & (1 << i));
}

export interface DtcEntry {
	dtc: number;
	code: string;
	status: number;
	occurrences: number;
	events: number;
	first_us: number;
	last_us: number;
}

export interface HeartbeatView {
	message: string;
	/** DBC period, ms (0 when the DBC gives none). */
	period_ms: number;
	last_us: number;
	age_ms: number;
	/** Within three DBC periods of the newest frame on the bus. */
	alive: boolean;
	mode: string;
	faultStatus: number;
	activeDtcCount: number;
	/** Signals of the heartbeat beyond the common ones (the SC's kill relay, reason and flags). */
	extra: SignalText[];
}

export interface TxRow extends NetRow {
	name: string;
	/** DBC period, ms (0 for event messages). */
	dbcPeriod_ms: number;
}

export interface EcuView {
	name: string;
	/** The DBC's comment on the node (its role). */
	role: string;
	heartbeat: HeartbeatView | null;
	/** Most recent status change first. */
	dtcs: DtcEntry[];
	tx: TxRow[];
	/** DtcEvent frames this ECU sent (shared identifier, told apart by EcuId). */
	dtcEvents: number;
}

const COMMON = new Set(['AliveCounter', 'DataId', 'Crc', 'EcuId', 'Mode', 'FaultStatus', 'ActiveDtcCount']);

interface Hb {
	cm: CompiledMessage;
	data: Uint8Array;
	len: number;
	last_us: number;
}

/** Follows the ECUs on a frame stream; `views()` is cheap enough to call once per animation frame. */
export class EcuMonitor {
	readonly #codec: DbcCodec;
	/** heartbeat messageKey → ECU */
	readonly #hbKeys = new Map<number, string>();
	/** messageKey → sole sender, for the TX tables */
	readonly #senderOf = new Map<number, string>();
	readonly #dtcMsg: CompiledMessage | undefined;
	readonly #dtcOut: Float64Array;
	readonly #net: NetStats;
	#hb = new Map<string, Hb>();
	#dtcs = new Map<string, Map<number, DtcEntry>>();
	#dtcEvents = new Map<string, number>();
	#now_us = 0;
	dirty = false;

	constructor(codec: DbcCodec) {
		this.#codec = codec;
		this.#net = new NetStats(e2eDataIds(codec.dbc));
		const names = new Set<string>(ECU_NAMES);
		for (const m of codec.dbc.messages) {
			const key = m.extended ? (m.id | 0x80000000) >>> 0 : m.id;
			const sig = new Set(m.signals.map((s) => s.name));
			if (m.senders.length === 1 && names.has(m.senders[0])) {
				this.#senderOf.set(key, m.senders[0]);
				if (sig.has('Mode') && sig.has('FaultStatus')) this.#hbKeys.set(key, m.senders[0]);
			}
			if (!this.#dtcMsg && sig.has('DtcNumber') && sig.has('DtcStatus') && sig.has('EcuId')) this.#dtcMsg = codec.message(key);
		}
		this.#dtcOut = new Float64Array(this.#dtcMsg?.signals.length ?? 0);
	}

	/** Newest frame time seen, µs. */
	get now_us(): number {
		return this.#now_us;
	}

	clear(): void {
		this.#hb.clear();
		this.#dtcs.clear();
		this.#dtcEvents.clear();
		this.#net.clear();
		this.#now_us = 0;
		this.dirty = true;
	}

	add(b: FrameBatch): void {
		this.#net.add(b);
		const dtcKey = this.#dtcMsg?.key;
		for (let i = 0; i < b.count; i++) {
			const t = b.t_us[i];
			this.#now_us = t;
			if (b.flags[i] & FLAG_ERR) continue;
			const key = b.flags[i] & FLAG_EXT ? (b.id[i] | 0x80000000) >>> 0 : b.id[i];
			const off = i * b.stride;
			const len = Math.min(dlcToLen(b.dlc[i]), b.stride);
			const ecu = this.#hbKeys.get(key);
			if (ecu !== undefined) {
				let h = this.#hb.get(ecu);
				if (!h) {
					const cm = this.#codec.message(key)!;
					h = { cm, data: new Uint8Array(Math.max(64, cm.span)), len: 0, last_us: 0 };
					this.#hb.set(ecu, h);
				}
				h.data.fill(0);
				h.data.set(b.data.subarray(off, off + len));
				h.len = len;
				h.last_us = t;
			} else if (key === dtcKey) this.#dtcEvent(b.data.subarray(off, off + len), t);
		}
		if (b.count > 0) this.dirty = true;
	}

	#dtcEvent(data: Uint8Array, t: number): void {
		const cm = this.#dtcMsg!;
		if (data.length < cm.span) return; // a short DtcEvent carries no complete DTC
		cm.decodeRaw(data, 0, this.#dtcOut);
		const v = (name: string) => this.#dtcOut[cm.indexOf.get(name)!];
		const ecuSig = cm.signals[cm.indexOf.get('EcuId')!];
		const ecu = ecuSig.choices?.get(v('EcuId')) ?? ECU_NAMES[v('EcuId')];
		if (ecu === undefined) return;
		this.#dtcEvents.set(ecu, (this.#dtcEvents.get(ecu) ?? 0) + 1);
		let m = this.#dtcs.get(ecu);
		if (!m) this.#dtcs.set(ecu, (m = new Map()));
		const dtc = v('DtcNumber');
		let e = m.get(dtc);
		if (!e) m.set(dtc, (e = { dtc, code: formatDtc(dtc), status: 0, occurrences: 0, events: 0, first_us: t, last_us: t }));
		e.status = v('DtcStatus');
		const occ = cm.indexOf.get('OccurrenceCount');
		e.occurrences = occ === undefined ? e.occurrences + 1 : this.#dtcOut[occ];
		e.events++;
		e.last_us = t;
	}

	/** The view of one ECU (by DBC node name, any case); `rows` lets `views()` share one NetStats pass. */
	view(name: string, rows: NetRow[] = this.#net.rows()): EcuView {
		const ecu = name.toUpperCase();
		const h = this.#hb.get(ecu);
		let heartbeat: HeartbeatView | null = null;
		if (h) {
			const sig = describeFrame(h.cm, h.data.subarray(0, h.len));
			const get = (n: string) => sig.find((s) => s.name === n);
			const period_ms = h.cm.msg.cycleTimeMs ?? 0;
			const age_ms = (this.#now_us - h.last_us) / 1000;
			const mode = get('Mode');
			heartbeat = {
				message: h.cm.msg.name,
				period_ms,
				last_us: h.last_us,
				age_ms,
				alive: period_ms > 0 ? age_ms <= 3 * period_ms : true,
				mode: mode ? (mode.label ?? String(mode.value)) : '?',
				faultStatus: get('FaultStatus')?.value ?? 0,
				activeDtcCount: get('ActiveDtcCount')?.value ?? 0,
				extra: sig.filter((s) => !COMMON.has(s.name))
			};
		}
		const dtcs = [...(this.#dtcs.get(ecu)?.values() ?? [])].sort((a, b) => b.last_us - a.last_us);
		const tx: TxRow[] = [];
		for (const r of rows) {
			if (this.#senderOf.get(r.key) !== ecu) continue;
			const msg = this.#codec.message(r.key)!.msg;
			tx.push({ ...r, name: msg.name, dbcPeriod_ms: msg.cycleTimeMs ?? 0 });
		}
		const role = this.#codec.dbc.nodes.find((n) => n.name === ecu)?.comment ?? '';
		return { name: ecu, role, heartbeat, dtcs, tx, dtcEvents: this.#dtcEvents.get(ecu) ?? 0 };
	}

	/** Views of the seven ECUs, in the DBC's node order. */
	views(): EcuView[] {
		this.dirty = false;
		const rows = this.#net.rows();
		return ECU_NAMES.map((n) => this.view(n, rows));
	}
}
