/**
 * Notices a new build of the app: its service worker installs beside the running one and waits. The page
 * decides when to switch (UpdatePrompt), because switching means a reload and a reload restarts the run.
 * Plain TS over the few ServiceWorker members it needs, so it runs in the service worker and in unit tests.
 */

/** Message the page posts to a waiting service worker to make it take over now. */
export const SKIP_WAITING = 'SKIP_WAITING';

/** The parts of a ServiceWorker used here. */
export interface WorkerLike extends EventTarget {
	readonly state: string;
	postMessage(message: unknown): void;
}

/** The parts of a ServiceWorkerRegistration used here. */
export interface RegistrationLike extends EventTarget {
	readonly active: WorkerLike | null;
	readonly waiting: WorkerLike | null;
	readonly installing: WorkerLike | null;
	update(): Promise<unknown>;
}

/** The parts of navigator.serviceWorker used here. */
export interface ContainerLike extends EventTarget {
	readonly ready: Promise<RegistrationLike>;
}

export interface WatchOptions {
	/** How often a long-open page (an installed PWA in a vehicle never navigates) asks for a new build, ms. */
	checkEveryMs?: number;
	/** Reloads the page once the new worker is active; `location.reload` in the browser. */
	reload?: () => void;
	setInterval?: (fn: () => void, ms: number) => unknown;
	clearInterval?: (handle: unknown) => void;
	/**
	 * Asks the server whether it has another build (SvelteKit's `updated.check()`: a plain fetch of
	 * `_app/version.json`). Chromium defers `registration.update()` while a busy simulation worker runs in the
	 * page (measured: the script request is never made), so the version file is what notices a deployment
	 * during a run; the service worker update then happens when the user applies it.
	 */
	checkVersion?: () => Promise<boolean>;
	/** Runs before a version-detected update is fetched (the app pauses the simulation: a reload follows anyway). */
	beforeUpdate?: () => Promise<void>;
	/**
	 * Other moments to check besides the timer: the app checks when the network comes back and when the tab is
	 * shown again. Returns its cleanup. Default: none (the browser component passes window events).
	 */
	onCheckTrigger?: (check: () => void) => () => void;
}

/** What `onUpdate` gets: applying may take a moment (fetching the new build) and may fail (offline). */
export type ApplyUpdate = () => Promise<void>;

/**
 * Calls `onUpdate(apply)` whenever a new service worker is installed and waiting while an older one runs
 * the app; `apply()` activates it and reloads the page. Returns a function that stops watching.
 */
export function watchForUpdate(
	container: ContainerLike,
	onUpdate: (apply: ApplyUpdate) => void,
	opts: WatchOptions = {}
): () => void {
	const reload = opts.reload ?? (() => location.reload());
	const every = opts.checkEveryMs ?? 60 * 60 * 1000;
	const setIv = opts.setInterval ?? ((fn, ms) => globalThis.setInterval(fn, ms));
	const clearIv = opts.clearInterval ?? ((h) => globalThis.clearInterval(h as ReturnType<typeof setInterval>));
	let stopped = false;
	let timer: unknown = null;
	let reg: RegistrationLike | null = null;
	let announced: WorkerLike | null = null;
	/** The user already chose to update (from a version check): activate the next waiting worker at once. */
	let applyNext: { resolve: () => void } | null = null;
	let versionOffered = false;

	const activate = (w: WorkerLike): Promise<void> =>
		new Promise((resolve) => {
			let reloaded = false;
			const done = () => {
				if (reloaded) return;
				reloaded = true;
				resolve();
				reload();
			};
			// 'activated' also covers a page no worker controls (after a hard reload), where no
			// controllerchange comes
			w.addEventListener('statechange', () => {
				if (w.state === 'activated') done();
			});
			container.addEventListener('controllerchange', done);
			w.postMessage({ type: SKIP_WAITING });
		});

	const announce = (w: WorkerLike) => {
		if (stopped || w === announced) return;
		announced = w;
		if (applyNext) {
			const pending = applyNext;
			applyNext = null;
			void activate(w).then(pending.resolve);
			return;
		}
		onUpdate(() => activate(w));
	};

	/** Applies a build the version check found: fetch and install its service worker, then activate it. */
	const applyFromVersion: ApplyUpdate = async () => {
		if (!reg) throw new Error('no service worker registration');
		const r = reg;
		await opts.beforeUpdate?.();
		const activated = new Promise<void>((resolve) => (applyNext = { resolve }));
		// already installed and waiting (the browser found it meanwhile)
		if (r.waiting && r.waiting !== announced) announce(r.waiting);
		else if (r.waiting) {
			const w = r.waiting;
			applyNext = null;
			return activate(w);
		} else {
			try {
				await r.update();
			} catch (e) {
				applyNext = null;
				throw new Error(`could not fetch the new version: ${e instanceof Error ? e.message : String(e)}`);
			}
			// update() settles once the new worker installed (or failed to); the registration says which
			if (!r.waiting && !r.installing) {
				applyNext = null;
				throw new Error('the server has a new version, but its service worker did not install');
			}
		}
		return activated;
	};

	const checkNow = () => {
		if (stopped || !reg) return;
		// offline or server down: try again next time
		reg.update().catch(() => {});
		if (!opts.checkVersion || versionOffered || announced) return;
		opts.checkVersion().then(
			(changed) => {
				if (!changed || stopped || versionOffered || announced) return;
				versionOffered = true;
				onUpdate(applyFromVersion);
			},
			() => {}
		);
	};

	const track = (r: RegistrationLike, w: WorkerLike | null) => {
		if (!w) return;
		const check = () => {
			// With no active worker this is the first install, not an update: it activates by itself.
			if (w.state === 'installed' && r.active && r.active !== w) announce(w);
		};
		w.addEventListener('statechange', check);
		check();
	};

	const onFound = () => {
		if (reg) track(reg, reg.installing);
	};

	void container.ready.then((r) => {
		if (stopped) return;
		reg = r;
		// a waiting worker always has an active one before it, so it is an update (even on a hard-reloaded
		// page that no worker controls)
		if (r.waiting) announce(r.waiting);
		r.addEventListener('updatefound', onFound);
		track(r, r.installing);
		timer = setIv(checkNow, every);
	});
	const untrigger = opts.onCheckTrigger?.(checkNow);

	return () => {
		stopped = true;
		untrigger?.();
		reg?.removeEventListener('updatefound', onFound);
		if (timer !== null) clearIv(timer);
	};
}
