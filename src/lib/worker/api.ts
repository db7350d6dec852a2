/**
 * The simulation API exposed by the worker (browser Web Worker or Node worker_thread). Plain object, no
 * DOM: the same code runs under comlink in Chromium and directly in Node tests.
 */
import * as Comlink from 'comlink';
import { batchBuffers, type FrameBatch } from '../can/frame';
import { FloodGenerator, type FloodOptions } from '../sim/bench/flood';
import { EcuAbiError } from '../sim/ecu-host';
import { ECU_NAMES, Simulation, collectFrames, type DriverInputs, type NvmImage, type SimSnapshot } from '../sim/simulation';
import { goldenRun, type GoldenResult } from '../sim/golden';
import { Pacer, type Speed } from './pacer';
import { createDiagApi } from './diag-api';
import { createIdsApi } from './ids-api';
import { createOtaApi } from './ota-api';
import { createScenarioApi } from './scenario-api';
import { createFaultsApi } from './faults-api';

/** Loads one ECU image; resolves null when the image does not exist (that ECU is absent from the bus). */
export type WasmLoader = (name: string, base: string) => Promise<WebAssembly.Module | null>;

export interface InitOptions {
	seed: number;
	/** Drive profile the autopilot follows, or null for manual driving. */
	profile?: string | null;
	/** Base URL path the app is served under ('' at the root). */
	base?: string;
	/** What the ECUs' NVM holds at power-on (the page loads it from browser storage); absent: new parts. */
	nvm?: NvmImage;
	/**
	 * Images ECUs booted from a download earlier (ECU → wasm bytes; the page keeps them in browser storage):
	 * those ECUs power up with them instead of their built-in image, as a flashed ECU does after a power
	 * cycle. One that does not compile or fit the ECU ABI is left out (`InitResult.flashRefused`).
	 */
	flashed?: Record<string, Uint8Array>;
}

/** An image an ECU booted from a download (UDS 0x34/0x36/0x37 and its reset, e.g. an OTA campaign). */
export interface FlashBoot {
	ecu: string;
	bytes: Uint8Array;
}
export type FlashListener = (f: FlashBoot) => void;

/** One NVM block's new content. */
export interface NvmWrite {
	ecu: string;
	block: number;
	bytes: Uint8Array;
}

export interface InitResult {
	ecus: string[];
	absent: string[];
	/** ECUs that powered up with an image from `InitOptions.flashed`. */
	flashed: string[];
	/** Stored images left out, and why; those ECUs run their built-in image. */
	flashRefused: Array<{ ecu: string; reason: string }>;
}

export type FrameListener = (batch: FrameBatch) => void;
/** Why the frames that follow start a new session: consumers clear what they hold (no guessing from time). */
export interface SimSession {
	reason: 'reset';
	/** Virtual time of the new session's start, µs (0 after a reset). */
	t_us: number;
	seed: number;
}
/**
 * One message of the frame stream: a batch (with `sent`, the frames sent in this session up to and including
 * it) or the start of a new session. Both travel through one listener, so one port, in the order they
 * happened: a session marker can never overtake the last batch of the old session, nor a batch its marker
 * (two comlink proxies are two MessageChannels, with no order between them).
 */
export type StreamEvent = { batch: FrameBatch; sent: number } | { session: SimSession };
export type StreamListener = (e: StreamEvent) => void;
export type StatusListener = (s: SimSnapshot) => void;
/** Receives the NVM blocks written during a run slice, one entry per block (its latest bytes). */
export type NvmListener = (writes: NvmWrite[]) => void;

export function createSimApi(load: WasmLoader) {
	let sim: Simulation | null = null;
	let frames: { take(): FrameBatch; stop(): void } | null = null;
	let floodGen: FloodGenerator | null = null;
	let detachFlood: (() => void) | null = null;
	/** What the vehicle powers up with: the built-in images, with the ones ECUs booted from a download in their place. */
	let images = new Map<string, WebAssembly.Module>();
	let builtIn = new Map<string, WebAssembly.Module>();
	const flashListeners = new Set<FlashListener>();
	// an ECU booted a downloaded image: a Reset powers it up with that image, and the page stores it
	const onFlash = (ecu: string, bytes: Uint8Array, module: WebAssembly.Module): void => {
		images.set(ecu, module);
		for (const l of flashListeners) l({ ecu, bytes });
	};
	let opts: InitOptions = { seed: 1 };
	const frameListeners = new Set<FrameListener>();
	const streamListeners = new Set<StreamListener>();
	const statusListeners = new Set<StatusListener>();
	let framesSent = 0;
	const nvmListeners = new Set<NvmListener>();
	// writes since the last flush, latest per block: at max speed a DEM block is rewritten many times a slice
	let nvmPending = new Map<string, NvmWrite>();
	const onNvmWrite = (ecu: string, block: number, bytes: Uint8Array): void => void nvmPending.set(`${ecu}/${block}`, { ecu, block, bytes });

	const flush = (): void => {
		if (!sim || !frames) return;
		const batch = frames.take();
		if (batch.count > 0) {
			framesSent += batch.count;
			const n = frameListeners.size + streamListeners.size;
			let k = 0;
			// each listener gets its own copy only when there are several; the common case transfers
			const copy = (): FrameBatch => (++k === n ? batch : structuredClone(batch));
			for (const l of frameListeners) {
				const b = copy();
				l(Comlink.transfer(b, batchBuffers(b)));
			}
			for (const l of streamListeners) {
				const b = copy();
				l(Comlink.transfer({ batch: b, sent: framesSent }, batchBuffers(b)));
			}
		}
		if (nvmPending.size > 0 && nvmListeners.size > 0) {
			const writes = [...nvmPending.values()];
			nvmPending = new Map();
			for (const l of nvmListeners) l(writes);
		}
		if (statusListeners.size > 0) {
			const snap = snapshot(sim);
			for (const l of statusListeners) l(snap);
		}
	};

	const pacer = new Pacer(
		{
			step: (ms) => {
				sim?.step(ms);
			}
		},
		// one update per display frame at most: faster only costs the page's main thread
		{ afterSlice: flush, publishEveryMs: 15 }
	);

	const snapshot = (s: Simulation): SimSnapshot => {
		const snap = s.snapshot();
		snap.flood = floodGen ? { ...floodGen.options } : null;
		return snap;
	};

	/** Starts a new vehicle: its frame tap, the flood generator carried over, a session event for consumers. */
	const adopt = (s: Simulation): void => {
		frames?.stop();
		sim = s;
		frames = collectFrames(s);
		if (floodGen) {
			floodGen = new FloodGenerator(floodGen.options);
			detachFlood = s.addParticipant(floodGen);
		}
		framesSent = 0;
		const session: SimSession = { reason: 'reset', t_us: s.now_us, seed: s.seed };
		for (const l of streamListeners) l({ session });
	};

	const create = async (seed: number, nvm: NvmImage | undefined): Promise<Simulation> => {
		const s = await Simulation.create({ seed, profile: opts.profile ?? null, nvm, onNvmWrite }, images);
		s.on('flash', onFlash);
		return s;
	};

	const need = (): Simulation => {
		if (!sim) throw new Error('simulation not initialised: call init() first');
		return sim;
	};

	const diag = createDiagApi(() => sim, () => pacer.running);
	const api = {
		...diag,
		// OTA flashes through the same tester; a flashed image is what a Reset powers up with (onFlash)
		...createOtaApi(() => sim, () => pacer.running, async (t, p) => (await diag.diagRaw(t, p)).exchanges[0]),
		...createIdsApi(() => sim),
		...createScenarioApi(() => images),
		...createFaultsApi(() => sim),
		/** Loads the ECU images and builds the vehicle; safe to call again (rebuilds). */
		async init(o: InitOptions): Promise<InitResult> {
			pacer.pause();
			opts = { seed: o.seed, profile: o.profile, base: o.base };
			builtIn = new Map();
			const absent: string[] = [];
			for (const name of ECU_NAMES) {
				const m = await load(name, o.base ?? '');
				if (m) builtIn.set(name, m);
				else absent.push(name);
			}
			images = new Map(builtIn);
			const flashed: string[] = [];
			const flashRefused: InitResult['flashRefused'] = [];
			for (const [ecu, bytes] of Object.entries(o.flashed ?? {})) {
				if (!builtIn.has(ecu)) {
					flashRefused.push({ ecu, reason: `no ECU '${ecu}' in this vehicle` });
					continue;
				}
				try {
					images.set(ecu, await WebAssembly.compile(bytes as BufferSource));
					flashed.push(ecu);
				} catch (e) {
					flashRefused.push({ ecu, reason: `not a WebAssembly module: ${e instanceof Error ? e.message : String(e)}` });
				}
			}
			nvmPending = new Map();
			floodGen = null;
			detachFlood = null;
			for (;;) {
				try {
					adopt(await create(o.seed, o.nvm));
					break;
				} catch (e) {
					// a stored image that does not fit the ABI: that ECU powers up with its built-in image
					const i = e instanceof EcuAbiError ? flashed.indexOf(e.ecu) : -1;
					if (i < 0) throw e;
					flashed.splice(i, 1);
					images.set((e as EcuAbiError).ecu, builtIn.get((e as EcuAbiError).ecu)!);
					flashRefused.push({ ecu: (e as EcuAbiError).ecu, reason: (e as Error).message });
				}
			}
			return { ecus: [...images.keys()], absent, flashed, flashRefused };
		},
		/**
		 * The ECU is flashed back to its built-in image now (a new instance, NVM kept, the rest of the vehicle
		 * running on); a Reset powers it up with that image too.
		 */
		restoreFirmware(ecu: string): void {
			const m = builtIn.get(ecu);
			if (!m) throw new Error(`no ECU '${ecu}' in this vehicle (present: ${[...builtIn.keys()].join(', ')})`);
			need().replaceImage(ecu, m);
			images.set(ecu, m);
		},
		/** Told each time an ECU boots a downloaded image (the page stores it); returns the unsubscribe function. */
		subscribeFlash(listener: FlashListener): () => void {
			flashListeners.add(listener);
			return Comlink.proxy(() => void flashListeners.delete(listener));
		},
		/**
		 * Rebuilds the vehicle with the same images and a (new) seed; virtual time restarts at 0. The ECUs keep
		 * their NVM, like a power cycle, unless `nvm` is 'erase' (new parts; writes not yet sent are dropped).
		 */
		async reset(seed?: number, nvm: 'keep' | 'erase' = 'keep'): Promise<void> {
			const running = pacer.running;
			pacer.pause();
			opts = { ...opts, seed: seed ?? opts.seed };
			const kept = nvm === 'keep' ? sim?.nvm() : undefined;
			if (nvm === 'erase') nvmPending = new Map();
			// a load test survives a reset, like the speed
			adopt(await create(opts.seed, kept));
			if (running) pacer.start();
		},
		start(): void {
			need();
			pacer.start();
		},
		/** Stops and publishes what the last slices produced; returns the frames sent in this session (see `stream`). */
		pause(): number {
			pacer.pause();
			flush();
			return framesSent;
		},
		/** Single step: advances `ms` ticks while paused and publishes the frames; returns the frames sent. */
		step(ms = 1): number {
			need().step(ms);
			flush();
			return framesSent;
		},
		setSpeed(speed: Speed): void {
			pacer.setSpeed(speed);
		},
		setInputs(inputs: Partial<DriverInputs>): void {
			need().setInputs(inputs);
		},
		setAutopilot(profile: string | null): void {
			need().setAutopilot(profile);
			opts = { ...opts, profile };
		},
		/** Flood mode on (bus filled to ~100 % with low-priority bench frames) or off (null); kept across reset. */
		setFlood(o: FloodOptions | null): void {
			const s = need();
			const gen = o ? new FloodGenerator(o) : null; // throws on a bad ID/DLC before the old one is removed
			detachFlood?.();
			floodGen = gen;
			detachFlood = gen ? s.addParticipant(gen) : null;
		},
		snapshot(): SimSnapshot {
			return snapshot(need());
		},
		/**
		 * Puts a frame on the bus from the bench node at the current virtual time (live mode's `send`). False
		 * when the bench mailboxes are full; throws RangeError on a malformed frame.
		 */
		inject(id: number, flags: number, dlc: number, data: Uint8Array): boolean {
			return need().inject(id, flags, dlc, data);
		},
		/** Cuts an ECU's power (a pulled fuse) until the next reset; throws naming the ECUs present. */
		powerOff(ecu: string): void {
			need().powerOff(ecu);
		},
		/** What the ECUs' NVM holds now. */
		nvm(): NvmImage {
			return need().nvm();
		},
		/** Streams NVM writes after every run slice (the page persists them); returns the unsubscribe function. */
		subscribeNvm(listener: NvmListener): () => void {
			nvmListeners.add(listener);
			return Comlink.proxy(() => void nvmListeners.delete(listener));
		},
		/** Frames sent to listeners since init/reset (the UI compares it with what it counted). */
		framesSent(): number {
			return framesSent;
		},
		/**
		 * Streams batches (transferred) after every run slice and session markers, in order, through one
		 * listener (StreamEvent); returns the unsubscribe function. What the page and the server use.
		 */
		subscribeStream(listener: StreamListener): () => void {
			streamListeners.add(listener);
			return Comlink.proxy(() => void streamListeners.delete(listener));
		},
		/** Streams FrameBatches (transferred) after every run slice; returns the unsubscribe function. */
		subscribeFrames(listener: FrameListener): () => void {
			frameListeners.add(listener);
			return Comlink.proxy(() => void frameListeners.delete(listener));
		},
		/** Streams snapshots after every run slice; returns the unsubscribe function. */
		subscribeStatus(listener: StatusListener): () => void {
			statusListeners.add(listener);
			return Comlink.proxy(() => void statusListeners.delete(listener));
		},
		/**
		 * Fingerprint of a golden run on a vehicle of its own with the built-in images (this one is untouched);
		 * see src/lib/sim/golden.ts.
		 */
		golden(profile: string, seed: number, seconds?: number): Promise<GoldenResult> {
			if (builtIn.size === 0) throw new Error('simulation not initialised: call init() first');
			return goldenRun(builtIn, profile, seed, seconds);
		},
		status(): { running: boolean; speed: Speed } {
			return { running: pacer.running, speed: pacer.speed };
		}
	};
	return api;
}

export type SimApi = ReturnType<typeof createSimApi>;
