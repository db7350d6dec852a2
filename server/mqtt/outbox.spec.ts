import { describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Outbox, type OutboxEntry } from './outbox';

const entry = (seq: number): OutboxEntry => ({ topic: 'zb/v1/VIN/telemetry', payload: JSON.stringify({ seq }), seq });
const drain = (o: Outbox, window = 1000) => {
	const out: number[] = [];
	for (let e = o.next(window); e; e = o.next(window)) out.push(e.seq);
	return out;
};

describe('Outbox', () => {
	it('survives a restart: what was not acknowledged is replayed in order', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'zb-outbox-')), 'outbox.jsonl');
		const a = new Outbox({ file });
		for (let s = 1; s <= 5; s++) a.push(entry(s));
		const e1 = a.next(2)!;
		const e2 = a.next(2)!;
		expect(a.next(2)).toBeUndefined(); // window of 2
		a.ack(e1);
		a.flush();
		// e2 was in flight, never acknowledged: it comes back after the restart
		const b = new Outbox({ file });
		expect(b.depth).toBe(4);
		expect(drain(b)).toEqual([2, 3, 4, 5]);
		expect(e2.seq).toBe(2);
	});

	it('drops the oldest beyond the bound and counts every loss', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'zb-outbox-')), 'outbox.jsonl');
		const o = new Outbox({ file, max: 3 });
		const dropped: number[] = [];
		o.onDrop = (e) => dropped.push(e.seq);
		for (let s = 1; s <= 7; s++) o.push(entry(s));
		expect(o.depth).toBe(3);
		expect(o.dropped).toBe(4);
		expect(dropped).toEqual([1, 2, 3, 4]);
		expect(drain(o)).toEqual([5, 6, 7]);
		// the file holds the same bounded queue
		expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
	});

	it('keeps in-flight messages when trimming, and resends them after a disconnect', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'zb-outbox-')), 'outbox.jsonl');
		const o = new Outbox({ file, max: 2 });
		o.push(entry(1));
		const e1 = o.next(1)!;
		o.push(entry(2));
		o.push(entry(3)); // over the bound: 2 goes, 1 is in flight
		expect(o.dropped).toBe(1);
		o.releaseInflight();
		expect(drain(o)).toEqual([1, 3]);
		o.ack(e1);
		expect(o.depth).toBe(1);
	});

	it('a line cut short by a crash costs that message only, counted', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'zb-outbox-')), 'outbox.jsonl');
		const a = new Outbox({ file });
		a.push(entry(1));
		a.push(entry(2));
		appendFileSync(file, '{"topic":"zb/v1/VIN/telemetry","payl');
		const logs: string[] = [];
		const b = new Outbox({ file, log: (t) => logs.push(t) });
		expect(drain(b)).toEqual([1, 2]);
		expect(b.dropped).toBe(1);
		expect(logs.join('\n')).toMatch(/outbox\.jsonl:3: skipped/);
	});
});
