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
});
