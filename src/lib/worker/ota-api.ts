/**
 * OTA into the worker's running vehicle (docs/ota.md, "Into the browser tab"), spread into the worker's
 * SimApi. The page's OTA agent downloads and verifies an image; `otaFlash` flashes it into one ECU of the
 * simulation through the diagnostic tester (UDS 0x34/0x36/0x37, ECUReset) on virtual time, while the other
 * ECUs keep running. While the pacer runs, the pacer alone steps the simulation: the tester's requests are
 * answered as its slices pass, and the wait for the boot after the reset waits for its next slice instead of
 * stepping the simulation a second time. Paused, the tester advances virtual time itself (diag-api.ts).
 */
import type { Transport } from '../diag/client';
import { ECUS } from '../diag/catalog';
import { flashInSim } from '../ota/sim-flash';
import type { Simulation } from '../sim/simulation';

export interface OtaFlashResult {
	/** True when the ECU runs the new image (a new wasm instance). */
	ok: boolean;
	/** Why not: the UDS step and NRC, "vehicle not parked …", the boot refusal; null when ok. */
	reason: string | null;
	/** The ECU's software version DID (F195) after the attempt: the new image's, or the old one still running. */
	version: string | null;
	/** How many images the ECU has booted since power-on besides the first. */
	generation: number;
}

export interface EcuFirmware {
	/** What the ECU reports as DID F195, or null when it has none (or did not answer). */
	version: string | null;
	generation: number;
}

/** Wall-clock bound of one wait for the pacer's next slice (the page may have paused it meanwhile). */
const SLICE_WAIT_MS = 50;

/**
 * `transport` is the worker's diagnostic tester (the same one /diag uses, so its trace shows the flash). The
 * image an ECU boots is what a Reset powers it up with: the simulation's `flash` tap tells the worker (api.ts).
 */
export function createOtaApi(getSim: () => Simulation | null, running: () => boolean, transport: Transport) {
	let flashing: string | null = null;
	// F195 per ECU, valid for one simulation and one image generation
	let cache = new Map<string, { gen: number; version: string | null }>();
	let cachedFor: Simulation | null = null;

	const need = (): Simulation => {
		const s = getSim();
		if (!s) throw new Error('simulation not initialised: call init() first');
		return s;
	};

	/** Resolves once the simulation is at least one tick further, whoever steps it. */
	const nextTick = async (s: Simulation): Promise<void> => {
		if (!running()) {
			s.step(1);
			return;
		}
		const t = s.now_us;
		const end = Date.now() + SLICE_WAIT_MS;
		while (s.now_us === t && running() && Date.now() < end) await new Promise((r) => setTimeout(r, 1));
		if (s.now_us === t && !running()) s.step(1);
	};

	const readVersion = async (s: Simulation, ecu: string): Promise<string | null> => {
		const def = ECUS.find((e) => e.name === ecu)!;
		const gen = s.ecu(ecu).host.imageGeneration;
		const x = await transport(def.req, [0x22, 0xf1, 0x95]);
		const p = x.responses[0]?.payload;
		// an ECU without the DID answers NRC 0x31: remembered as none until it boots another image
		const v = x.result === 'OK' && p && p[0] === 0x62 ? String.fromCharCode(...p.slice(3)).trim() : null;
		if (x.result === 'OK') cache.set(ecu, { gen, version: v });
		return v;
	};

	return {
		/**
		 * Flashes `image` into `ecu` and waits until it booted it. Never throws for what the vehicle refuses:
		 * the result says why, and the old image keeps running.
		 */
		async otaFlash(ecu: string, image: Uint8Array): Promise<OtaFlashResult> {
			const s = need();
			const name = ecu.toLowerCase();
			const present = s.nodes.some((n) => n.name === name);
			if (!ECUS.some((e) => e.name === name) || !present) return { ok: false, reason: `no ECU '${ecu}' in this vehicle`, version: null, generation: 0 };
			if (flashing) return { ok: false, reason: `a flash of ${flashing.toUpperCase()} is running`, version: null, generation: s.ecu(name).host.imageGeneration };
			flashing = name;
			try {
				const reason = await flashInSim(s, transport, name, image, { step: nextTick });
				const host = s.ecu(name).host;
				// a reset of the whole vehicle meanwhile leaves nothing to ask
				const version = getSim() === s ? await readVersion(s, name) : null;
				return { ok: reason === null, reason, version, generation: host.imageGeneration };
			} finally {
				flashing = null;
			}
		},
		/** Each ECU's software version (DID F195) and image generation; read again after a flash or a reset. */
		async otaFirmware(): Promise<Record<string, EcuFirmware>> {
			const s = need();
			if (s !== cachedFor) {
				cache = new Map();
				cachedFor = s;
			}
			const out: Record<string, EcuFirmware> = {};
			for (const e of ECUS) {
				if (!s.nodes.some((n) => n.name === e.name)) continue;
				const gen = s.ecu(e.name).host.imageGeneration;
				const c = cache.get(e.name);
				// during a flash the tester's requests belong to the flash: what was known is shown
				const version = c && (c.gen === gen || flashing) ? c.version : flashing ? null : await readVersion(s, e.name);
				out[e.name] = { version, generation: gen };
			}
			return out;
		}
	};
}
