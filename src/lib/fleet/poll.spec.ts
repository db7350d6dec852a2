import { describe, expect, it } from 'vitest';
import { pollVisible } from './poll';

/** A document whose visibility the test sets, firing visibilitychange as a browser does. */
function fakeDoc() {
	const listeners = new Set<() => void>();
	return {
		hidden: false,
		addEventListener: (_: string, fn: () => void) => void listeners.add(fn),
		removeEventListener: (_: string, fn: () => void) => void listeners.delete(fn),
		set(hidden: boolean) {
			this.hidden = hidden;
			for (const l of listeners) l();
		},
		listeners
	};
}
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('pollVisible (fleet pages)', () => {
	it('never overlaps rounds, pauses while hidden, loads at once when shown again, and stops', async () => {
		const doc = fakeDoc();
		let running = 0;
		let maxRunning = 0;
		let rounds = 0;
		let release: (() => void) | null = null;
		const load = () =>
			new Promise<void>((r) => {
				running++;
				rounds++;
				maxRunning = Math.max(maxRunning, running);
				release = () => {
					running--;
					r();
				};
			});
		const stop = pollVisible(load, 5, doc as unknown as Document);
		expect(rounds).toBe(1);
		await tick(30); // the first round has not answered: no second one
		doc.set(false); // a visibilitychange while busy starts nothing either
		expect(rounds).toBe(1);
		release!();
		await tick(30);
		expect(rounds).toBe(2);
		doc.set(true);
		release!();
		await tick(30);
		expect(rounds).toBe(2); // hidden: nothing more
		doc.set(false);
		expect(rounds).toBe(3); // shown: at once
		expect(maxRunning).toBe(1);
		stop();
		release!();
		await tick(30);
		expect(rounds).toBe(3);
		expect(doc.listeners.size).toBe(0);
	});
});
