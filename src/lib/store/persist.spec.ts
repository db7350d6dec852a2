import { describe, expect, it } from 'vitest';
import { applyWrites, describeError, flashRecord, imageToRecords, NvmBatcher, recordsToFlash, recordsToImage, type NvmRecord } from './persist';
import type { NvmImage } from '$lib/sim/simulation';

const rec = (ecu: string, block: number, ...bytes: number[]): NvmRecord => ({ ecu, block, bytes: new Uint8Array(bytes) });

/** A scheduler the test fires by hand: no wall clock in the assertions. */
function manualClock() {
	const timers: Array<{ fn: () => void; ms: number; live: boolean }> = [];
	return {
		schedule: (fn: () => void, ms: number) => {
			const t = { fn, ms, live: true };
			timers.push(t);
			return () => void (t.live = false);
		},
		live: () => timers.filter((t) => t.live),
		fire: () => {
			for (const t of timers.splice(0)) if (t.live) t.fn();
		}
	};
}

/** A save the test resolves or rejects by hand. */
function manualSave() {
	const calls: Array<{ records: NvmRecord[]; resolve: () => void; reject: (e: unknown) => void }> = [];
	return {
		calls,
		save: (records: NvmRecord[]) => new Promise<void>((resolve, reject) => void calls.push({ records, resolve, reject }))
	};
}

describe('NVM records ⇄ image', () => {
	it('round-trips, in a stable order, and names malformed records instead of failing', () => {
		const image: NvmImage = new Map([
			['icu', new Map([[1, new Uint8Array([1])], [0, new Uint8Array([2, 3])]])],
			['bcm', new Map([[0, new Uint8Array([4])]])]
		]);
		const records = imageToRecords(image);
		expect(records.map((r) => `${r.ecu}/${r.block}`)).toEqual(['bcm/0', 'icu/0', 'icu/1']);
		const back = recordsToImage([...records, { ecu: 'tcu', block: -1, bytes: new Uint8Array() }, { ecu: 'sc', block: 0, bytes: 'x' }, null]);
		expect(back.image).toEqual(image);
		expect(back.bad).toEqual(['tcu/-1', 'sc/0', '?/undefined']);
	});

	it('applyWrites gives a new image and leaves the old one alone', () => {
		const a: NvmImage = new Map([['icu', new Map([[0, new Uint8Array([1])]])]]);
		const b = applyWrites(a, [rec('icu', 0, 9), rec('cvc', 1, 7)]);
		expect(a.get('icu')!.get(0)).toEqual(new Uint8Array([1]));
		expect(b.get('icu')!.get(0)).toEqual(new Uint8Array([9]));
		expect(b.get('cvc')!.get(1)).toEqual(new Uint8Array([7]));
	});

	it('describes a DOMException by its name and message', () => {
		expect(describeError(new DOMException('the quota has been exceeded', 'QuotaExceededError'))).toBe('QuotaExceededError: the quota has been exceeded');
		expect(describeError(new Error('plain'))).toBe('plain');
	});
});

describe('stored firmware records', () => {
	it('gives the images back by ECU; a damaged or malformed record is named and left out, the others kept', () => {
		const good = flashRecord('tcu', Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0));
		const damaged = { ...flashRecord('icu', Uint8Array.of(1, 2, 3, 4)), bytes: Uint8Array.of(1, 2, 3, 5) };
		const { flashed, bad } = recordsToFlash([good, damaged, { ecu: 'bcm', bytes: 'not bytes', crc: 1 }, null]);
		expect(Object.keys(flashed)).toEqual(['tcu']);
		expect(flashed.tcu).toEqual(good.bytes);
		expect(bad).toEqual(['icu: CRC-32 of the 4 bytes does not match the one stored', 'bcm: malformed record', '?: malformed record']);
	});
});

describe('NvmBatcher', () => {
	it('many writes become one save with the latest bytes per block', async () => {
		const clock = manualClock();
		const s = manualSave();
		let saved = 0;
		const b = new NvmBatcher(s.save, clock.schedule, { saved: () => saved++ });
		for (let i = 0; i < 1000; i++) b.add([rec('icu', 0, i & 0xff), rec('bcm', i % 2, i & 0xff)]);
		expect(clock.live()).toHaveLength(1); // one timer, not one per write
		expect(clock.live()[0].ms).toBe(500);
		expect(s.calls).toHaveLength(0);
		clock.fire();
		expect(s.calls).toHaveLength(1);
		expect(s.calls[0].records.map((r) => `${r.ecu}/${r.block}=${r.bytes[0]}`)).toEqual(['icu/0=231', 'bcm/0=230', 'bcm/1=231']);
		s.calls[0].resolve();
		await b.flush();
		expect(saved).toBe(1);
		expect(b.busy).toBe(false);
	});

	it('one save at a time: writes during a save wait for it, then go in the next batch', async () => {
		const clock = manualClock();
		const s = manualSave();
		const b = new NvmBatcher(s.save, clock.schedule);
		b.add([rec('icu', 0, 1)]);
		const first = b.flush();
		b.add([rec('icu', 0, 2)]);
		expect(clock.live()).toHaveLength(0); // nothing scheduled while the save runs
		const second = b.flush();
		expect(s.calls).toHaveLength(1);
		s.calls[0].resolve();
		await first;
		await Promise.resolve();
		await Promise.resolve();
		expect(s.calls).toHaveLength(2);
		expect(s.calls[1].records[0].bytes[0]).toBe(2);
		s.calls[1].resolve();
		await second;
		expect(b.busy).toBe(false);
	});

	it('a failed save is reported, keeps its records (unless newer bytes came) and the next write retries', async () => {
		const clock = manualClock();
		const s = manualSave();
		const errors: unknown[] = [];
		const b = new NvmBatcher(s.save, clock.schedule, { failed: (e) => errors.push(e) });
		b.add([rec('icu', 0, 1), rec('icu', 1, 1)]);
		const f = b.flush();
		b.add([rec('icu', 1, 2)]); // newer than what is being saved
		s.calls[0].reject(new DOMException('full', 'QuotaExceededError'));
		await f;
		expect(errors).toHaveLength(1);
		expect((errors[0] as DOMException).name).toBe('QuotaExceededError');
		expect(b.pending).toBe(2);
		expect(clock.live()).toHaveLength(0); // no retry loop on its own
		b.add([rec('bcm', 0, 5)]);
		expect(clock.live()).toHaveLength(1);
		clock.fire();
		expect(s.calls[1].records.map((r) => `${r.ecu}/${r.block}=${r.bytes[0]}`).sort()).toEqual(['bcm/0=5', 'icu/0=1', 'icu/1=2']);
	});

	it('drop forgets pending writes (NVM erased)', async () => {
		const clock = manualClock();
		const s = manualSave();
		const b = new NvmBatcher(s.save, clock.schedule);
		b.add([rec('icu', 0, 1)]);
		b.drop();
		expect(clock.live()).toHaveLength(0);
		await b.flush();
		expect(s.calls).toHaveLength(0);
	});
});
