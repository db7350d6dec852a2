import { describe, expect, it } from 'vitest';
import { SKIP_WAITING, watchForUpdate, type ContainerLike, type RegistrationLike, type WorkerLike } from './sw-update';

class FakeWorker extends EventTarget implements WorkerLike {
	state = 'installing';
	posted: unknown[] = [];
	postMessage(m: unknown): void {
		this.posted.push(m);
	}
	to(state: string): void {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget implements RegistrationLike {
	active: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	installing: FakeWorker | null = null;
	updates = 0;
	async update(): Promise<void> {
		this.updates++;
	}
	/** Mimics the browser: a new build is found, installs, then waits or (first install) activates. */
	install(w: FakeWorker): void {
		this.installing = w;
		this.dispatchEvent(new Event('updatefound'));
		this.installing = null;
		this.waiting = w;
		w.to('installed');
		if (!this.active) {
			this.waiting = null;
			this.active = w;
			w.to('activating');
			w.to('activated');
		}
	}
}

class FakeContainer extends EventTarget implements ContainerLike {
	constructor(readonly reg: FakeRegistration) {
		super();
	}
	get ready(): Promise<RegistrationLike> {
		return Promise.resolve(this.reg);
	}
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(reg = new FakeRegistration()) {
	const container = new FakeContainer(reg);
	const prompts: Array<() => void> = [];
	let reloads = 0;
	const timers: Array<() => void> = [];
	let cleared = 0;
	const stop = watchForUpdate(container, (apply) => prompts.push(apply), {
		reload: () => reloads++,
		checkEveryMs: 1000,
		setInterval: (fn) => timers.push(fn),
		clearInterval: () => cleared++
	});
	return { reg, container, prompts, stop, timers, reloads: () => reloads, cleared: () => cleared };
}

describe('watchForUpdate', () => {
	it('stays quiet on the first install: nothing to update from', async () => {
		const s = setup();
		await settle();
		s.reg.install(new FakeWorker());
		expect(s.prompts).toHaveLength(0);
	});

	it('offers a build that installs while the app runs; Reload activates it and reloads once', async () => {
		const reg = new FakeRegistration();
		reg.active = new FakeWorker();
		reg.active.state = 'activated';
		const s = setup(reg);
		await settle();
		const next = new FakeWorker();
		reg.install(next);
		expect(s.prompts).toHaveLength(1);
		expect(s.reloads()).toBe(0);

		s.prompts[0]();
		expect(next.posted).toEqual([{ type: SKIP_WAITING }]);
		// the browser activates it: both the worker's state and the page's controller change
		next.to('activating');
		next.to('activated');
		s.container.dispatchEvent(new Event('controllerchange'));
		expect(s.reloads()).toBe(1);
	});

	it('offers a build that was already waiting when the page opened', async () => {
		const reg = new FakeRegistration();
		reg.active = new FakeWorker();
		reg.waiting = new FakeWorker();
		reg.waiting.state = 'installed';
		const s = setup(reg);
		await settle();
		expect(s.prompts).toHaveLength(1);
		// no reload until the user chooses to
		expect(s.reloads()).toBe(0);
		expect(reg.waiting.posted).toEqual([]);
	});

	it('asks the server for a new build periodically, and stops watching when told', async () => {
		const reg = new FakeRegistration();
		reg.active = new FakeWorker();
		const s = setup(reg);
		await settle();
		expect(s.timers).toHaveLength(1);
		s.timers[0]();
		expect(reg.updates).toBe(1);

		s.stop();
		expect(s.cleared()).toBe(1);
		reg.install(new FakeWorker());
		expect(s.prompts).toHaveLength(0);
	});

	it('a failing update check (offline) is not an error', async () => {
		const reg = new FakeRegistration();
		reg.update = () => Promise.reject(new TypeError('Failed to fetch'));
		const s = setup(reg);
		await settle();
		s.timers[0]();
		await settle(); // an unhandled rejection would fail the run
		expect(s.prompts).toHaveLength(0);
	});

	describe('a deployment noticed by its version file (Chromium defers update() while the simulation runs)', () => {
		function versioned(changed: () => boolean) {
			const reg = new FakeRegistration();
			reg.active = new FakeWorker();
			reg.active.state = 'activated';
			const container = new FakeContainer(reg);
			const prompts: Array<() => Promise<void>> = [];
			const timers: Array<() => void> = [];
			const log: string[] = [];
			let trigger: (() => void) | null = null;
			let reloads = 0;
			watchForUpdate(container, (apply) => prompts.push(apply), {
				reload: () => reloads++,
				setInterval: (fn) => timers.push(fn),
				clearInterval: () => {},
				checkVersion: async () => changed(),
				beforeUpdate: async () => void log.push('paused'),
				onCheckTrigger: (check) => {
					trigger = check;
					return () => (trigger = null);
				}
			});
			return { reg, container, prompts, timers, log, reloads: () => reloads, trigger: () => trigger?.() };
		}

		it('offers it although the browser did not fetch the service worker; Reload pauses, installs, activates and reloads', async () => {
			const v = versioned(() => true);
			await settle();
			// the hourly check: update() does nothing here (deferred by the browser), the version file differs
			v.timers[0]();
			await settle();
			expect(v.prompts).toHaveLength(1);
			const next = new FakeWorker();
			v.reg.update = async () => {
				v.log.push('update');
				v.reg.install(next);
			};
			const done = v.prompts[0]();
			await settle();
			expect(v.log).toEqual(['paused', 'update']);
			expect(next.posted).toEqual([{ type: SKIP_WAITING }]);
			expect(v.reloads()).toBe(0);
			next.to('activating');
			next.to('activated');
			await done;
			expect(v.reloads()).toBe(1);
		});

		it('checks again when the network comes back, and offers a build once', async () => {
			let changed = false;
			const v = versioned(() => changed);
			await settle();
			v.trigger();
			await settle();
			expect(v.prompts).toHaveLength(0);
			changed = true;
			v.trigger();
			v.trigger();
			await settle();
			expect(v.prompts).toHaveLength(1);
		});

		it('a failed fetch of the new build is reported to the user, not swallowed, and nothing reloads', async () => {
			const v = versioned(() => true);
			await settle();
			v.timers[0]();
			await settle();
			v.reg.update = () => Promise.reject(new TypeError('Failed to fetch'));
			await expect(v.prompts[0]()).rejects.toThrow('could not fetch the new version: Failed to fetch');
			expect(v.reloads()).toBe(0);
		});
	});
});
