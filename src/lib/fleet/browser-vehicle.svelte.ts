/**
 * This tab's simulation as a fleet vehicle (docs/fleet.md, "Pages"): `VehicleAgent` over mqtt.js to the
 * server's `/mqtt` with the Unlock token as MQTT password, known by the VIN its CVC reports (programmed at
 * end of line when the CVC holds none), telemetry once a second from the simulation's snapshot, commands
 * executed on the tab's simulation (lights / lock through setInputs, the diagnostic ones through the worker's
 * tester), OTA campaigns flashed into the running simulation (docs/ota.md, "Into the browser tab"), and an
 * outbox kept in IndexedDB while the broker is unreachable.
 */
import { browser } from '$app/environment';
import { sim } from '$lib/store/sim.svelte';
import { storage } from '$lib/store/storage.svelte';
import { ECUS } from '$lib/diag/catalog';
import type { DiagApi } from '$lib/diag/diag.svelte';
import { checkDigit, vinProblem } from '$lib/diag/vin';
import { defaultBrokerUrl } from '$lib/mqtt/payloads';
import { OtaAgent, type OtaReport } from '$lib/ota/agent';
import { parseTrustedKeys } from '$lib/ota/image';
import { MemoryOutbox, VehicleAgent, type AgentState, type CommandResult, type OutboxEntry, type VehicleHost } from './agent';
import { fleetToken } from './client';

const MEM_KEY = 'zonebench.fleet.memory';
const IDB_NAME = 'zonebench-fleet-outbox';
const OUTBOX_MAX = 5000;
const CVC = 0x7e0;
/** What the CVC firmware serves as F190 while its NVM holds no VIN (sim-wasm/ecu/cvc/cvc.c): new parts. */
export const UNPROGRAMMED_VIN = 'ZBV1SVM0000000001';
/** Model-year codes of VIN position 10 from 2010 (49 CFR 565.15 Table VI). */
const YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';

/**
 * A new VIN for this tab's CVC, valid by ISO 3779 and 49 CFR 565.15: WMI 'ZBV', VDS '1TAB0', the check
 * digit, the model year of `now`, plant 'B' (browser) and a random six-digit serial. The end-of-line tester's
 * choice, made in the page: the simulation itself draws no random numbers.
 */
export function newTabVin(now = new Date(), serial = crypto.getRandomValues(new Uint32Array(1))[0] % 1_000_000): string {
	const year = YEAR_CODES[(((now.getFullYear() - 2010) % 30) + 30) % 30];
	const v = `ZBV1TAB0?${year}B${String(serial).padStart(6, '0')}`;
	return v.slice(0, 8) + checkDigit(v.replace('?', '0')) + v.slice(9);
}

/** Whether the CVC's F190 is a programmed VIN (not the new-parts default, ISO 3779 characters, check digit). */
export function isProgrammedVin(vin: string): boolean {
	return vin !== UNPROGRAMMED_VIN && vinProblem(vin) === null && checkDigit(vin) === vin[8];
}

/**
 * The VIN the tab's CVC reports (DID F190 through the worker's tester). When it holds none (new parts, or
 * after Erase NVM), the tab programs one as an end-of-line tester would: extended session, security access
 * level 1, WriteDataByIdentifier F190, back to the default session, and reads it back.
 */
export async function cvcVin(): Promise<{ vin: string; programmed: boolean }> {
	const t = tester();
	const read = async (): Promise<string> => {
		const r = await t.diagReadDid(CVC, 0xf190);
		if (!r.ok) throw new Error(`reading the VIN (DID F190) from the CVC: ${r.error}`);
		return String.fromCharCode(...r.value!.data);
	};
	const had = await read();
	if (isProgrammedVin(had)) return { vin: had, programmed: false };
	const vin = newTabVin();
	const must = async (what: string, o: Promise<{ ok: boolean; error: string | null }>): Promise<void> => {
		const r = await o;
		if (!r.ok) throw new Error(`programming the VIN into the CVC: ${what}: ${r.error}`);
	};
	await must('extended session (10 03)', t.diagSession(CVC, 0x03));
	await must('security access level 1 (27 01/02)', t.diagUnlock(CVC, 1));
	await must('WriteDataByIdentifier F190 (2E)', t.diagWriteDid(CVC, 0xf190, vin));
	await must('default session (10 01)', t.diagSession(CVC, 0x01));
	const back = await read();
	if (back !== vin) throw new Error(`programming the VIN into the CVC: wrote ${vin}, it reads back ${back}`);
	// the CVC wrote it to its NVM; the page saves NVM in batches: save it now, or a reload that follows at
	// once would power up a CVC without it and the tab would join under another VIN
	await storage.persisted('cvc', (b) => b.length >= 17 && String.fromCharCode(...b.subarray(0, 17)) === vin);
	return { vin, programmed: true };
}

function idb(): Promise<IDBDatabase> {
	return new Promise((res, rej) => {
		const r = indexedDB.open(IDB_NAME, 1);
		r.onupgradeneeded = () => r.result.createObjectStore('outbox', { keyPath: 'k' });
		r.onsuccess = () => res(r.result);
		r.onerror = () => rej(r.error);
	});
}

/**
 * The agent's bounded outbox, mirrored into IndexedDB: every message is written there when queued and
 * deleted at PUBACK, so what waited when the tab closed is sent, in order, the next time it joins.
 */
export class IdbOutbox extends MemoryOutbox {
	#db: IDBDatabase;
	#keys = new Map<OutboxEntry, number>();
	#next = 1;
	private constructor(db: IDBDatabase, max: number) {
		super(max);
		this.#db = db;
	}

	static async open(max = OUTBOX_MAX): Promise<IdbOutbox> {
		const db = await idb();
		const o = new IdbOutbox(db, max);
		const rows = await new Promise<Array<OutboxEntry & { k: number }>>((res, rej) => {
			const r = db.transaction('outbox').objectStore('outbox').getAll();
			r.onsuccess = () => res(r.result);
			r.onerror = () => rej(r.error);
		});
		rows.sort((a, b) => a.k - b.k);
		for (const { k, ...e } of rows) {
			o.q.push(e);
			o.#keys.set(e, k);
			o.#next = Math.max(o.#next, k + 1);
		}
		return o;
	}

	#store(): IDBObjectStore {
		return this.#db.transaction('outbox', 'readwrite').objectStore('outbox');
	}

	push(e: OutboxEntry): void {
		const k = this.#next++;
		this.#keys.set(e, k);
		this.#store().put({ ...e, k });
		const before = new Set(this.q);
		super.push(e);
		// the bound dropped the oldest unsent ones: forget them in IndexedDB too
		if (this.q.length < before.size + 1) for (const x of before) if (!this.q.includes(x)) this.#forget(x);
	}

	ack(e: OutboxEntry): void {
		super.ack(e);
		this.#forget(e);
	}

	#forget(e: OutboxEntry): void {
		const k = this.#keys.get(e);
		if (k === undefined) return;
		this.#keys.delete(e);
		this.#store().delete(k);
	}

	close(): void {
		this.#db.close();
	}
}

/** The ECUs a command names (`args.ecu`: 'cvc', …), or every ECU of the catalog. */
function targets(args: Record<string, unknown>): typeof ECUS {
	if (typeof args.ecu !== 'string') return ECUS;
	const e = ECUS.find((x) => x.name === String(args.ecu).toLowerCase());
	if (!e) throw new Error(`ecu: no ECU '${args.ecu}' (one of ${ECUS.map((x) => x.name).join(', ')})`);
	return [e];
}

function tester(): DiagApi {
	const r = sim.remote;
	if (!r) throw new Error('the tab’s simulation is not running');
	return r as unknown as DiagApi;
}

/** Runs a fleet command on this tab's simulation. */
async function execute(name: string, args: Record<string, unknown>): Promise<CommandResult> {
	switch (name) {
		case 'lights': {
			const mode = args.on === false ? 0 : typeof args.mode === 'number' && args.mode >= 0 && args.mode <= 3 ? args.mode : 3;
			await sim.setInputs({ lightSwitch: mode });
			return { state: 'COMPLETED', result: { lightSwitch: ['OFF', 'AUTO', 'LOW', 'HIGH'][mode] } };
		}
		case 'lock': {
			await sim.setInputs({ lockButton: args.lock === false ? 2 : 1 });
			setTimeout(() => void sim.setInputs({ lockButton: 0 }), 300);
			return { state: 'COMPLETED', result: { locked: args.lock !== false } };
		}
		case 'read_dtcs': {
			const out: Record<string, unknown> = {};
			for (const e of targets(args)) {
				const r = await tester().diagReadDtcs(e.req);
				out[e.name] = r.ok ? r.value : { error: r.error };
			}
			return { state: 'COMPLETED', result: out };
		}
		case 'clear_dtcs': {
			const failed: string[] = [];
			for (const e of targets(args)) {
				const r = await tester().diagClearDtcs(e.req);
				if (!r.ok) failed.push(`${e.name}: ${r.error}`);
			}
			return failed.length ? { state: 'FAILED', reason: failed.join('; ') } : { state: 'COMPLETED' };
		}
		case 'ecu_reset': {
			if (typeof args.ecu !== 'string') return { state: 'REJECTED', reason: 'ecu_reset needs args.ecu (which ECU to reset)' };
			const [e] = targets(args);
			const r = await tester().diagReset(e.req, typeof args.kind === 'number' ? args.kind : 1);
			return r.ok ? { state: 'COMPLETED' } : { state: 'FAILED', reason: `${e.name}: ${r.error}` };
		}
		case 'set_did': {
			if (typeof args.ecu !== 'string') return { state: 'REJECTED', reason: 'set_did needs args.ecu' };
			const did = typeof args.did === 'string' ? parseInt(args.did, 16) : args.did;
			if (typeof did !== 'number' || !Number.isInteger(did) || did < 0 || did > 0xffff) return { state: 'REJECTED', reason: `did: ${JSON.stringify(args.did)} is not a DID (0..0xFFFF, or hex text)` };
			const data = args.data;
			if (!(typeof data === 'string' || (Array.isArray(data) && data.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)))) return { state: 'REJECTED', reason: 'data: text or an array of bytes' };
			const [e] = targets(args);
			const t = tester();
			const what = `${e.name} DID 0x${did.toString(16).toUpperCase()}`;
			// as a tester writes: the ECUs write DIDs only in the extended session with security level 1
			const steps: Array<[string, () => Promise<{ ok: boolean; error: string | null; nrc: number | null }>]> = [
				['extended session', () => t.diagSession(e.req, 0x03)],
				['security access', () => t.diagUnlock(e.req, 1)],
				['write', () => t.diagWriteDid(e.req, did, data as number[] | string)]
			];
			let failed: CommandResult | null = null;
			for (const [step, run] of steps) {
				const r = await run();
				if (r.ok) continue;
				// the ECU said no (an NRC) or the request was refused before it was sent: REJECTED; no answer: FAILED
				failed = { state: r.nrc !== null || r.error?.startsWith('not written') ? 'REJECTED' : 'FAILED', reason: `${what}: ${step}: ${r.error}` };
				break;
			}
			await t.diagSession(e.req, 0x01);
			return failed ?? { state: 'COMPLETED', result: { ecu: e.name, did: `0x${did.toString(16).toUpperCase()}` } };
		}
		default:
			return { state: 'REJECTED', reason: `unknown command '${name}'` };
	}
}

class BrowserVehicle {
	joined = $state(false);
	connected = $state(false);
	vin = $state<string | null>(null);
	/** True when this tab programmed the CVC's VIN (new parts), false when the CVC had one. */
	vinProgrammed = $state(false);
	error = $state<string | null>(null);
	outboxDepth = $state(0);
	seq = $state(0);
	executed = $state(0);
	/** The last OTA state this tab reported: `campaign`, `state`, `reason`. */
	ota = $state.raw<OtaReport | null>(null);
	#agent: VehicleAgent | null = null;
	#outbox: IdbOutbox | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;
	#token: string | null = null;
	#unSession: (() => void) | null = null;
	/** ECU → software version (F195) for the status message; read from the CVC's tester at join and after a flash. */
	#firmware: Record<string, string> = {};

	#sync(): void {
		const a = this.#agent;
		if (!a) return;
		this.connected = a.connected;
		this.outboxDepth = a.outboxDepth;
		this.seq = a.seq.telemetry;
		this.executed = a.executed;
	}

	async #readFirmware(): Promise<void> {
		const fw = await sim.remote?.otaFirmware();
		if (fw) this.#firmware = Object.fromEntries(Object.entries(fw).map(([e, f]) => [e.toUpperCase(), f.version ?? 'unknown']));
	}

	/** Joins the fleet of the server that served the page, as the VIN the tab's CVC reports. */
	async join(): Promise<void> {
		if (!browser || this.#agent) return;
		const token = fleetToken();
		if (!token) {
			this.error = 'Joining the fleet publishes to the server’s broker, which needs the token: unlock in the header first.';
			return;
		}
		this.error = null;
		this.#token = token;
		this.joined = true;
		try {
			// the VIN comes from the CVC: the vehicle must have powered up (the page may still be loading it)
			for (let k = 0; k < 600 && !sim.ready; k++) await new Promise((r) => setTimeout(r, 50));
			if (!sim.ready) throw new Error('the tab’s vehicle did not power up within 30 s');
			const { vin, programmed } = await cvcVin();
			this.vin = vin;
			this.vinProgrammed = programmed;
			await this.#start(vin, token);
		} catch (e) {
			this.error = `Could not join the fleet: ${(e as Error).message}`;
			this.joined = false;
			return;
		}
		// a Reset keeps the CVC's NVM and so its VIN; after Erase NVM the CVC has none: a new one is programmed
		this.#unSession = sim.onSession(() => void this.#afterReset());
	}

	async #afterReset(): Promise<void> {
		if (!this.#agent || !this.#token) return;
		try {
			const { vin, programmed } = await cvcVin();
			await this.#readFirmware();
			if (vin === this.vin) return;
			await this.#stop();
			this.vin = vin;
			this.vinProgrammed = programmed;
			await this.#start(vin, this.#token);
		} catch (e) {
			this.error = `After the reset: ${(e as Error).message}`;
		}
	}

	async #start(vin: string, token: string): Promise<void> {
		await this.#readFirmware();
		this.#outbox = await IdbOutbox.open();
		const host: VehicleHost = { execute, firmware: () => this.#firmware };
		const memKey = `${MEM_KEY}.${vin}`;
		const api = (path: string): Promise<Response> => fetch(new URL(path, location.origin), { headers: { authorization: `Bearer ${token}` } });
		const ota: OtaAgent = new OtaAgent({
			vin,
			publish: async (topic, payload) => {
				this.ota = JSON.parse(payload) as OtaReport;
				await agent.publish(topic, payload);
			},
			fetchImage: async (url) => {
				const r = await api(url);
				if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
				return new Uint8Array(await r.arrayBuffer());
			},
			// the keys this server's vehicles trust (docs/ota.md, "Into the browser tab")
			trusted: async () => {
				const r = await api('/api/fleet/ota/trusted-keys');
				if (!r.ok) throw new Error(`trusted keys: HTTP ${r.status}`);
				return parseTrustedKeys(await r.text());
			},
			flash: async (ecu, image) => {
				const r = sim.remote;
				if (!r) return 'the tab’s simulation is not running';
				const res = await r.otaFlash(ecu, image);
				await this.#readFirmware();
				agent.announce();
				return res.ok ? null : res.reason;
			},
			log: (t) => console.warn(t)
		});
		const agent = new VehicleAgent({
			vin,
			url: defaultBrokerUrl(location),
			password: token,
			outbox: this.#outbox,
			host,
			subscriptions: [{ filter: ota.filter, handle: (t, p) => void ota.handle(t, p).catch((e) => console.warn(`ota: ${(e as Error).message}`)) }],
			memory: {
				load: () => {
					const t = localStorage.getItem(memKey);
					return t ? (JSON.parse(t) as AgentState) : null;
				},
				save: (s) => localStorage.setItem(memKey, JSON.stringify(s))
			},
			log: (t) => console.warn(t)
		});
		agent.onChange = () => this.#sync();
		this.#agent = agent;
		agent.start();
		// telemetry once a second of wall time (the page, not the simulation, keeps this clock)
		this.#timer = setInterval(() => {
			const s = sim.snapshot;
			if (s) {
				agent.telemetry(
					{
						'Vehicle.Speed': Number(s.plant.speed_kph.toFixed(2)),
						'Vehicle.Powertrain.TractionBattery.StateOfCharge.Current': Number(s.plant.soc_pct.toFixed(2)),
						'Vehicle.Powertrain.Transmission.CurrentGear': s.inputs.gear === 3 ? 1 : s.inputs.gear === 1 ? -1 : 0,
						'Vehicle.Body.Lights.Beam.High.IsOn': s.inputs.lightSwitch === 3,
						'Vehicle.Body.Lights.Beam.Low.IsOn': s.inputs.lightSwitch >= 2
					},
					s.t_us
				);
			}
			this.#sync();
		}, 1000);
	}

	async #stop(): Promise<void> {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		const a = this.#agent;
		this.#agent = null;
		this.connected = false;
		await a?.stop();
		this.#outbox?.close();
		this.#outbox = null;
	}

	/** Leaves: status offline (shutdown); what waits in the outbox stays in IndexedDB for the next join. */
	async leave(): Promise<void> {
		this.#unSession?.();
		this.#unSession = null;
		this.joined = false;
		await this.#stop();
	}
}

/** The one fleet vehicle of this tab. */
export const browserVehicle = new BrowserVehicle();
