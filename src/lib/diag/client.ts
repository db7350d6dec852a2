/**
 * The tester's UDS and OBD-II operations, over any transport that sends a request and returns the
 * exchange (the bench tester in the worker; the live server later). Every result is plain data (it crosses
 * comlink) and carries the exchanges it took, so the page can show the trace of each step.
 */
import { ECUS, didDef, ecuByReq, type EcuDef } from './catalog';
import { PIDS, monitorStatus, parseMode01, parseMode09Text, parseObdDtcs, supportedPids } from './obd';
import { FUNCTIONAL_ID, type Exchange, type RequestOptions } from './tester';
import { decodeResponse, nrcName, parseDtcList, parseSnapshot, req, securityKey, toHex, type DtcRecord, type Snapshot } from './uds';
import { decodeVin, vinProblem, type VinInfo } from './vin';

export type Transport = (target: number, payload: number[], opts?: RequestOptions) => Promise<Exchange>;

/** The outcome of one operation: ok with a value, or what went wrong (an NRC with its name, a timeout). */
export interface Outcome<T = null> {
	ok: boolean;
	value: T | null;
	/** `NRC 0x33 securityAccessDenied`, `P2_TIMEOUT: no response within P2 50 ms`, … */
	error: string | null;
	nrc: number | null;
	exchanges: Exchange[];
}

export interface EcuIdentity {
	name: string;
	req: number;
	resp: number;
	vin: string | null;
	software: string | null;
	serial: string | null;
	/** Session byte → answer: 'ok' or the NRC name (e.g. programming refused while driving). */
	sessions: Record<string, string>;
}

export interface DtcDetail extends DtcRecord {
	snapshot: Snapshot | null;
	/** Snapshot DIDs decoded with the catalog: name, value, unit. */
	freezeFrame: Array<{ did: number; name: string; value: string; unit: string }>;
}

export interface ObdData {
	supported: number[];
	live: Array<{ pid: number; name: string; value: number; unit: string }>;
	mil: boolean | null;
	dtcCount: number | null;
	readiness: string | null;
	confirmed: string[];
	pending: string[];
	vin: string | null;
	ecuName: string | null;
	calid: string | null;
}

export interface Report {
	generated_us: number;
	vin: VinInfo | null;
	ecus: Array<EcuIdentity & { dtcs: DtcDetail[]; dtcError: string | null }>;
	obd: ObdData | null;
	absent: string[];
}

const hexId = (id: number): string => `0x${id.toString(16).toUpperCase()}`;

function fail<T>(x: Exchange, exchanges: Exchange[]): Outcome<T> {
	if (x.result !== 'OK') return { ok: false, value: null, error: `${x.result}: ${x.error}`, nrc: null, exchanges };
	const r = x.responses[0];
	if (!r) return { ok: false, value: null, error: 'no response', nrc: null, exchanges };
	const d = decodeResponse(r.payload);
	if (d.kind === 'negative') return { ok: false, value: null, error: `NRC 0x${d.nrc!.toString(16).toUpperCase().padStart(2, '0')} ${d.nrcName}`, nrc: d.nrc!, exchanges };
	return { ok: false, value: null, error: `unexpected answer ${toHex(r.payload)}`, nrc: null, exchanges };
}

/** True when the exchange got a positive answer to `sid`. */
const positive = (x: Exchange, sid: number): boolean => x.result === 'OK' && x.responses[0]?.payload[0] === sid + 0x40;

export class DiagClient {
	constructor(
		readonly send: Transport,
		/** Virtual time now, µs (report time stamps). */
		readonly now: () => number = () => 0
	) {}

	/** One request, the answer decoded; the raw console. */
	async raw(target: number, payload: number[]): Promise<Outcome<{ hex: string; text: string }[]>> {
		const x = await this.send(target, payload);
		const value = x.responses.map((r) => ({ hex: `${hexId(r.id)}: ${toHex(r.payload)}`, text: decodeResponse(r.payload).text }));
		const nrc = x.responses.length === 1 ? decodeResponse(x.responses[0].payload).nrc ?? null : null;
		return { ok: x.result === 'OK', value, error: x.result === 'OK' ? null : `${x.result}: ${x.error}`, nrc, exchanges: [x] };
	}

	async #simple(target: number, payload: number[]): Promise<Outcome<number[]>> {
		const x = await this.send(target, payload);
		if (positive(x, payload[0])) return { ok: true, value: x.responses[0].payload, error: null, nrc: null, exchanges: [x] };
		return fail(x, [x]);
	}

	/** Which ECUs answer: functional TesterPresent `3E 00`, one answer per ECU. */
	async discover(): Promise<Outcome<number[]>> {
		const x = await this.send(FUNCTIONAL_ID, req.testerPresent(false));
		const ids = x.responses.filter((r) => r.payload[0] === 0x7e).map((r) => r.id - 8);
		return { ok: x.result === 'OK', value: ids.sort((a, b) => a - b), error: x.result === 'OK' ? null : `${x.result}: ${x.error}`, nrc: null, exchanges: [x] };
	}

	async readDid(target: number, did: number): Promise<Outcome<{ did: number; data: number[]; value: string; name: string; unit: string }>> {
		const r = await this.#simple(target, req.readDid(did));
		if (!r.ok) return r as unknown as Outcome<never>;
		const p = r.value!;
		const data = p.slice(3);
		const def = didDef(ecuByReq(target), did);
		const value = def ? def.decode(data) : toHex(data);
		return { ...r, value: { did, data, value, name: def?.name ?? `DID ${hexId(did)}`, unit: def?.unit ?? '' } };
	}

	/** Identification of one ECU and which sessions it enters (left in the default session). */
	async identify(target: number): Promise<Outcome<EcuIdentity>> {
		const ecu = ecuByReq(target);
		const exchanges: Exchange[] = [];
		const str = async (did: number): Promise<string | null> => {
			const r = await this.readDid(target, did);
			exchanges.push(...r.exchanges);
			return r.ok ? r.value!.value : null;
		};
		const sessions: Record<string, string> = {};
		for (const s of [0x01, 0x03, 0x02]) {
			const r = await this.#simple(target, req.session(s));
			exchanges.push(...r.exchanges);
			sessions[{ 1: 'default', 2: 'programming', 3: 'extended' }[s]!] = r.ok ? 'ok' : (r.error ?? 'failed');
		}
		exchanges.push(...(await this.#simple(target, req.session(0x01))).exchanges);
		const value: EcuIdentity = {
			name: ecu?.name ?? hexId(target),
			req: target,
			resp: target + 8,
			vin: await str(0xf190),
			software: await str(0xf195),
			serial: await str(0xf18c),
			sessions
		};
		return { ok: true, value, error: null, nrc: null, exchanges };
	}

	/** Scan: who answers, then each one's identification. */
	async scan(): Promise<Outcome<EcuIdentity[]>> {
		const d = await this.discover();
		const exchanges = [...d.exchanges];
		const out: EcuIdentity[] = [];
		for (const id of d.value ?? []) {
			const r = await this.identify(id);
			exchanges.push(...r.exchanges);
			if (r.value) out.push(r.value);
		}
		return { ok: d.ok, value: out, error: d.error, nrc: null, exchanges };
	}

	session(target: number, s: number): Promise<Outcome<number[]>> {
		return this.#simple(target, req.session(s));
	}

	reset(target: number, kind: number): Promise<Outcome<number[]>> {
		return this.#simple(target, req.reset(kind));
	}

	/** Seed request; the value is the seed (0 = already unlocked). */
	async seed(target: number, level: number): Promise<Outcome<number>> {
		const r = await this.#simple(target, req.seed(level));
		if (!r.ok) return r as unknown as Outcome<number>;
		const p = r.value!;
		return { ...r, value: ((p[2] << 24) | (p[3] << 16) | (p[4] << 8) | p[5]) >>> 0 };
	}

	sendKey(target: number, level: number, key: number): Promise<Outcome<number[]>> {
		return this.#simple(target, req.key(level, key >>> 0));
	}

	/** Seed, key by the default algorithm, key: unlocks `level`. */
	async unlock(target: number, level = 1): Promise<Outcome<{ seed: number; key: number }>> {
		const s = await this.seed(target, level);
		if (!s.ok) return s as unknown as Outcome<never>;
		if (s.value === 0) return { ...s, value: { seed: 0, key: 0 } };
		const key = securityKey(s.value!, level);
		const k = await this.sendKey(target, level, key);
		return { ...k, value: k.ok ? { seed: s.value!, key } : null, exchanges: [...s.exchanges, ...k.exchanges] };
	}

	/** DTCs by status mask (0x19 0x02), each with its snapshot (0x19 0x04 FF) decoded by the catalog. */
	async readDtcs(target: number, mask = 0xff): Promise<Outcome<{ availability: number; dtcs: DtcDetail[] }>> {
		const r = await this.#simple(target, req.dtcByMask(mask));
		if (!r.ok) return r as unknown as Outcome<never>;
		const exchanges = [...r.exchanges];
		const list = parseDtcList(r.value!);
		const ecu = ecuByReq(target);
		const dtcs: DtcDetail[] = [];
		for (const d of list.dtcs) dtcs.push(await this.#detail(target, ecu, d, exchanges));
		return { ok: true, value: { availability: list.availability, dtcs }, error: null, nrc: null, exchanges };
	}

	async #detail(target: number, ecu: EcuDef | undefined, d: DtcRecord, exchanges: Exchange[]): Promise<DtcDetail> {
		const s = await this.#simple(target, req.snapshot(d.dtc, 0xff));
		exchanges.push(...s.exchanges);
		let snapshot: Snapshot | null = null;
		const freezeFrame: DtcDetail['freezeFrame'] = [];
		if (s.ok) {
			try {
				snapshot = parseSnapshot(s.value!, (did) => didDef(ecu, did)?.len ?? undefined);
				for (const rec of snapshot.records) {
					for (const x of rec.dids) {
						const def = didDef(ecu, x.did);
						freezeFrame.push({ did: x.did, name: def?.name ?? `DID 0x${x.did.toString(16)}`, value: def ? def.decode(x.data) : toHex(x.data), unit: def?.unit ?? '' });
					}
				}
			} catch {
				snapshot = null;
			}
		}
		return { ...d, snapshot, freezeFrame };
	}

	/**
	 * Extended data records of one DTC (0x19 0x06 DTC record): the raw records after the DTC and status.
	 * The ECUs keep no extended data, so they answer NRC 0x12 and the outcome names it.
	 */
	async extendedData(target: number, dtc: number, record = 0xff): Promise<Outcome<{ dtc: number; status: number; records: number[] }>> {
		const r = await this.#simple(target, req.extData(dtc, record));
		if (!r.ok) return r as unknown as Outcome<never>;
		const p = r.value!;
		return { ...r, value: { dtc: (p[2] << 16) | (p[3] << 8) | p[4], status: p[5], records: p.slice(6) } };
	}

	/** Number of DTCs matching a mask (0x19 0x01). */
	async countDtcs(target: number, mask = 0xff): Promise<Outcome<number>> {
		const r = await this.#simple(target, req.dtcCount(mask));
		if (!r.ok) return r as unknown as Outcome<number>;
		const p = r.value!;
		return { ...r, value: (p[4] << 8) | p[5] };
	}

	/** Every DTC the ECU supports (0x19 0x0A). */
	async supportedDtcs(target: number): Promise<Outcome<DtcRecord[]>> {
		const r = await this.#simple(target, req.supportedDtcs());
		if (!r.ok) return r as unknown as Outcome<never>;
		return { ...r, value: parseDtcList(r.value!).dtcs };
	}

	clearDtcs(target: number, group = 0xffffff): Promise<Outcome<number[]>> {
		return this.#simple(target, req.clearDtc(group));
	}

	/** Writes a DID; the VIN is checked first (characters and length refuse, a wrong check digit needs `force`). */
	async writeDid(target: number, did: number, data: number[] | string, force = false): Promise<Outcome<number[]>> {
		let bytes: number[];
		if (typeof data === 'string') {
			if (did === 0xf190) {
				const p = vinProblem(data);
				if (p) return { ok: false, value: null, error: `not written: ${p}`, nrc: null, exchanges: [] };
				const v = decodeVin(data);
				if (!v.checkDigit!.ok && !force) {
					return { ok: false, value: null, error: `not written: check digit is '${v.checkDigit!.found}', 49 CFR 565.15 gives '${v.checkDigit!.expected}' (write anyway to force)`, nrc: null, exchanges: [] };
				}
			}
			bytes = [...data].map((c) => c.charCodeAt(0));
		} else bytes = data;
		return this.#simple(target, req.writeDid(did, bytes));
	}

	routine(target: number, sub: 1 | 2 | 3, id: number, opts: number[] = []): Promise<Outcome<number[]>> {
		return this.#simple(target, req.routine(sub, id, opts));
	}

	/** OBD-II through the TCU on 0x7DF: supported PIDs, live values, DTCs, VIN and calibration info. */
	async obd(): Promise<Outcome<ObdData>> {
		const exchanges: Exchange[] = [];
		const ask = async (p: number[]): Promise<number[] | null> => {
			const x = await this.send(FUNCTIONAL_ID, p);
			exchanges.push(x);
			const r = x.responses.find((r) => r.payload[0] === p[0] + 0x40);
			return r ? r.payload : null;
		};
		const supported: number[] = [];
		for (let base = 0; base <= 0xe0; base += 0x20) {
			const a = await ask([0x01, base]);
			if (!a) break;
			const bits = supportedPids(base, a.slice(2, 6));
			supported.push(...bits.filter((p) => p % 0x20 !== 0));
			if (!bits.includes(base + 0x20)) break;
		}
		const data: ObdData = { supported, live: [], mil: null, dtcCount: null, readiness: null, confirmed: [], pending: [], vin: null, ecuName: null, calid: null };
		const pids = PIDS.filter((p) => supported.includes(p.pid)).map((p) => p.pid);
		for (let i = 0; i < pids.length; i += 6) {
			const a = await ask([0x01, ...pids.slice(i, i + 6)]);
			if (!a) continue;
			for (const [pid, d] of parseMode01(a)) {
				const def = PIDS.find((p) => p.pid === pid)!;
				data.live.push({ pid, name: def.name, value: def.value(d), unit: def.unit });
			}
		}
		if (supported.includes(0x01)) {
			const a = await ask([0x01, 0x01]);
			if (a) {
				const m = monitorStatus(a.slice(2, 6));
				data.mil = m.mil;
				data.dtcCount = m.dtcCount;
				data.readiness = m.monitors;
			}
		}
		const c = await ask([0x03]);
		if (c) data.confirmed = parseObdDtcs(c);
		const p = await ask([0x07]);
		if (p) data.pending = parseObdDtcs(p);
		const v = await ask([0x09, 0x02]);
		if (v) data.vin = parseMode09Text(v);
		const n = await ask([0x09, 0x0a]);
		if (n) data.ecuName = parseMode09Text(n);
		const cal = await ask([0x09, 0x04]);
		data.calid = cal ? parseMode09Text(cal) : null;
		const ok = exchanges.some((x) => x.responses.length > 0);
		return { ok, value: data, error: ok ? null : 'no OBD-II answer on 0x7DF (is the TCU on the bus?)', nrc: null, exchanges };
	}

	/** OBD mode 04: clear emission-related DTCs (the TCU's aggregate). */
	async obdClear(): Promise<Outcome<number[]>> {
		const x = await this.send(FUNCTIONAL_ID, [0x04]);
		const r = x.responses.find((r) => r.payload[0] === 0x44);
		return r ? { ok: true, value: r.payload, error: null, nrc: null, exchanges: [x] } : { ok: false, value: null, error: 'no 44 answer to mode 04', nrc: null, exchanges: [x] };
	}

	/** The diagnostic report: VIN decoded, every ECU with software and DTCs (with freeze frames), OBD readiness. */
	async report(): Promise<Outcome<Report>> {
		const scan = await this.scan();
		const exchanges = [...scan.exchanges];
		const ecus: Report['ecus'] = [];
		for (const id of scan.value ?? []) {
			const d = await this.readDtcs(id.req);
			exchanges.push(...d.exchanges);
			ecus.push({ ...id, dtcs: d.value?.dtcs ?? [], dtcError: d.ok ? null : d.error });
		}
		const obd = await this.obd();
		exchanges.push(...obd.exchanges);
		const vinText = obd.value?.vin ?? ecus.find((e) => e.name === 'tcu')?.vin ?? ecus.find((e) => e.vin)?.vin ?? null;
		const present = new Set(ecus.map((e) => e.req));
		return {
			ok: true,
			value: { generated_us: this.now(), vin: vinText ? decodeVin(vinText) : null, ecus, obd: obd.ok ? obd.value : null, absent: ECUS.filter((e) => !present.has(e.req)).map((e) => e.name) },
			error: null,
			nrc: null,
			exchanges
		};
	}
}

export { nrcName };
