/**
 * The page's handle on the simulation worker: owns the worker, mirrors its status as runes state and is the
 * simulation's FrameSource (batches and session events for the views). Created only in the browser.
 */
import * as Comlink from 'comlink';
import { lenToDlc, type FrameBatch } from '$lib/can/frame';
import { SourceFanout, type FrameSource, type OutFrame, type SourceDescription } from '$lib/can/source';
import type { FlashBoot, InitResult, NvmWrite, SimApi, StreamEvent } from '$lib/worker/api';
import type { DriverInputs, FloodOptions, NvmImage, SimSnapshot } from '$lib/sim/simulation';
import type { Speed } from '$lib/worker/pacer';
import type { Vehicle } from './vehicle';
import type { GoldenResult } from '$lib/sim/golden';

export type FrameSink = (b: FrameBatch) => void;

export class SimClient implements FrameSource, Vehicle {
	readonly where = 'tab' as const;
	readonly canStep = true;
	#worker: Worker | null = null;
	#api: Comlink.Remote<SimApi> | null = null;
	#fan = new SourceFanout();
	#unsub: Array<() => void> = [];
	#nvmSinks = new Set<(w: NvmWrite[]) => void>();
	#flashSinks = new Set<(f: FlashBoot) => void>();
	/** Stored images the vehicle did not power up with at boot, and why (those ECUs run their built-in image). */
	flashRefused = $state.raw<InitResult['flashRefused']>([]);

	ready = $state(false);
	running = $state(false);
	speed = $state<Speed>(1);
	seed = $state(1);
	profile = $state<string | null>(null);
	error = $state<string | null>(null);
	ecus = $state<string[]>([]);
	absent = $state<string[]>([]);
	framesReceived = $state(0);
	/** Flood mode (bus load test) is on. */
	flood = $state(false);
	snapshot = $state.raw<SimSnapshot | null>(null);

	/** The worker's API once booted (the diagnostic tester's methods are among them: src/lib/diag/diag.svelte.ts). */
	get remote(): Comlink.Remote<SimApi> | null {
		return this.#api;
	}

	/**
	 * Starts the worker and the vehicle; resolves when the first frames can flow. `autostart` (default true)
	 * runs it at once; a function is asked when the vehicle is up, so a choice made during the boot counts.
	 */
	async boot(opts: { seed: number; profile: string | null; base: string; autostart?: boolean | (() => boolean); nvm?: NvmImage; flashed?: Record<string, Uint8Array> }): Promise<void> {
		this.error = null;
		try {
			this.#worker = new Worker(new URL('../worker/sim.worker.ts', import.meta.url), { type: 'module' });
			this.#worker.addEventListener('error', (e) => {
				this.error = `simulation worker failed: ${e.message || 'unknown error'}`;
				this.running = false;
			});
			this.#api = Comlink.wrap<SimApi>(this.#worker);
			const res = await this.#api.init({ seed: opts.seed, profile: opts.profile, base: opts.base, nvm: opts.nvm, flashed: opts.flashed });
			this.ecus = res.ecus;
			this.flashRefused = res.flashRefused;
			this.absent = res.absent;
			this.seed = opts.seed;
			this.profile = opts.profile;
			// frames and session markers on one port, in order (src/lib/worker/api.ts, StreamEvent)
			const unF = await this.#api.subscribeStream(Comlink.proxy((e: StreamEvent) => this.#onStream(e)));
			const unS = await this.#api.subscribeStatus(Comlink.proxy((s: SimSnapshot) => this.#onStatus(s)));
			const unN = await this.#api.subscribeNvm(Comlink.proxy((w: NvmWrite[]) => this.#nvmSinks.forEach((s) => s(w))));
			const unB = await this.#api.subscribeFlash(Comlink.proxy((f: FlashBoot) => this.#flashSinks.forEach((s) => s(f))));
			this.#unsub = [unF, unS, unN, unB];
			this.snapshot = await this.#api.snapshot();
			// Run/Pause is enabled only once it tells the truth: had the controls been ready before the
			// autostart's reply came back, a click on "Run" could land as the button turned into "Pause"
			const auto = typeof opts.autostart === 'function' ? opts.autostart() : opts.autostart !== false;
			if (auto) await this.start();
			this.ready = true;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	// Status numbers change with every batch at high speed; more than ten updates a second cannot be read and
	// each one costs the page a layout. The newest snapshot is applied at most every 100 ms (wall time: this
	// is the page, not the simulation), and always after pause, step and reset (those assign it directly).
	#pending: SimSnapshot | null = null;
	#shownAt = -Infinity;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#onStatus(s: SimSnapshot): void {
		this.#pending = s;
		if (this.#timer !== null) return;
		const wait = Math.max(0, this.#shownAt + 100 - performance.now());
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#shownAt = performance.now();
			if (this.#pending) this.snapshot = this.#pending;
			this.#pending = null;
		}, wait);
	}

	// frames the worker had sent in this session when the newest batch left it; `#caughtUp` waits on it
	#sent = 0;
	#waiters: Array<{ sent: number; done: () => void }> = [];

	#onStream(e: StreamEvent): void {
		if ('session' in e) {
			this.#sent = 0;
			this.framesReceived = 0;
			this.#fan.session({ reason: e.session.reason, t_us: e.session.t_us });
			return;
		}
		this.#sent = e.sent;
		this.framesReceived += e.batch.count;
		this.#fan.batch(e.batch);
		if (this.#waiters.length) this.#waiters = this.#waiters.filter((w) => (this.#sent >= w.sent ? (w.done(), false) : true));
	}

	/**
	 * Resolves once the views have been given every frame the worker had sent when it said `sent`, and have
	 * drawn them (two display frames: they decode on requestAnimationFrame). The reply to a command and the
	 * frames travel on different ports, so without this the button could say Run while the cluster still
	 * shows a speed from before the last batch. Gives up after a second (a hidden tab draws nothing).
	 */
	async #caughtUp(sent: number | undefined): Promise<void> {
		if (sent === undefined) return;
		if (this.#sent < sent) {
			await new Promise<void>((done) => {
				const t = setTimeout(() => {
					this.#waiters = this.#waiters.filter((w) => w.done !== fin);
					done();
				}, 1000);
				const fin = () => {
					clearTimeout(t);
					done();
				};
				this.#waiters.push({ sent, done: fin });
			});
		}
		if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
			await new Promise<void>((r) => {
				const t = setTimeout(r, 200);
				requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(t), r())));
			});
		}
	}

	/** Adds a frame consumer; returns its unsubscribe function. */
	subscribe(sink: FrameSink): () => void {
		return this.#fan.subscribe(sink);
	}

	/** Told when the worker starts a new session (a reset); returns the unsubscribe function. */
	onSession(fn: Parameters<FrameSource['onSession']>[0]): () => void {
		return this.#fan.onSession(fn);
	}

	describe(): SourceDescription {
		return { kind: 'sim', label: 'Simulation (this tab)', channels: [{ channel: 0, name: 'sim', kind: 'sim' }], canSend: this.ready };
	}

	/** Puts a frame on the simulated bus from the bench node (no token: this tab's own vehicle). */
	async send(f: OutFrame): Promise<void> {
		if (!this.#api) throw new Error('the simulation is not running');
		const ok = await this.#api.inject(f.id, f.flags ?? 0, lenToDlc(f.data.length), f.data);
		if (!ok) throw new Error('the bench node mailboxes are full');
	}

	async start(): Promise<void> {
		await this.#api?.start();
		this.running = true;
	}

	async pause(): Promise<void> {
		await this.#caughtUp(await this.#api?.pause());
		// the numbers where it stopped, at once, before the button says Run
		this.#show((await this.#api?.snapshot()) ?? this.snapshot);
		this.running = false;
	}

	async step(ms = 1): Promise<void> {
		await this.#caughtUp(await this.#api?.step(ms));
		this.#show((await this.#api?.snapshot()) ?? this.snapshot);
	}

	/** Shows `s` now and drops a throttled status still waiting, which is older than `s`. */
	#show(s: SimSnapshot | null): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		this.#pending = null;
		this.#shownAt = performance.now();
		this.snapshot = s;
	}

	async setSpeed(s: Speed): Promise<void> {
		await this.#api?.setSpeed(s);
		this.speed = s;
	}

	/** Restarts the vehicle at t = 0; the ECUs keep their NVM (a power cycle) unless `nvm` is 'erase'. */
	async reset(seed = this.seed, nvm: 'keep' | 'erase' = 'keep'): Promise<void> {
		await this.#api?.reset(seed, nvm);
		this.seed = seed;
		this.#show((await this.#api?.snapshot()) ?? null);
	}

	async setInputs(p: Partial<DriverInputs>): Promise<void> {
		await this.#api?.setInputs(p);
	}

	/** Flood mode on (default options, or the given ID/DLC) or off. */
	async setFlood(on: boolean | FloodOptions): Promise<void> {
		await this.#api?.setFlood(on === false ? null : on === true ? {} : on);
		this.flood = on !== false;
	}

	/** Receives the NVM blocks the ECUs wrote, batched per run slice; returns its unsubscribe function. */
	onNvmWrites(sink: (w: NvmWrite[]) => void): () => void {
		this.#nvmSinks.add(sink);
		return () => this.#nvmSinks.delete(sink);
	}

	/** Told each time an ECU boots a downloaded image (an OTA campaign, a flash from /diag); returns its unsubscribe function. */
	onFlashBoot(sink: (f: FlashBoot) => void): () => void {
		this.#flashSinks.add(sink);
		return () => this.#flashSinks.delete(sink);
	}

	/** Cuts an ECU's power (a pulled fuse) until the next reset. */
	async powerOff(ecu: string): Promise<void> {
		await this.#api?.powerOff(ecu);
		this.#show((await this.#api?.snapshot()) ?? this.snapshot);
	}

	/** Frames the worker has sent to the page since boot or the last reset (compare with what a view counted). */
	async framesSent(): Promise<number> {
		return (await this.#api?.framesSent()) ?? 0;
	}

	/** A golden run's fingerprint computed in the worker (the e2e test compares it with Node's). */
	async golden(profile: string, seed: number, seconds?: number): Promise<GoldenResult | null> {
		return (await this.#api?.golden(profile, seed, seconds)) ?? null;
	}

	async setAutopilot(profile: string | null): Promise<void> {
		await this.#api?.setAutopilot(profile);
		this.profile = profile;
	}

	/** Tears the worker down (used on errors, before a restart). */
	dispose(): void {
		for (const u of this.#unsub) void u();
		this.#worker?.terminate();
		this.#worker = null;
		this.#api = null;
		this.ready = false;
		this.running = false;
	}
}

/** The app's one simulation: booted by the root layout, shared by every page. */
export const sim = new SimClient();
