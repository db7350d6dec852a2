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
}

/**
 * Calls `onUpdate(apply)` whenever a new service worker is installed and waiting while an older one runs
 * the app; `apply()` activates it and reloads the page. Returns a function that stops watching.
 */
export function watchForUpdate(
	container: ContainerLike,
	onUpdate: (apply: () => void) => void,
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

	const announce = (w: WorkerLike) => {
		if (stopped || w === announced) return;
		announced = w;
		let reloaded = false;
		onUpdate(() => {
			const done = () => {
				if (reloaded) return;
				reloaded = true;
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
		timer = setIv(() => {
			// offline or server down: try again next time
			r.update().catch(() => {});
		}, every);
	});

	return () => {
		stopped = true;
		reg?.removeEventListener('updatefound', onFound);
		if (timer !== null) clearIv(timer);
	};
}
