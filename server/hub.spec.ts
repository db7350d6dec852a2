import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CanHub } from './hub';
import { ChannelClock } from './can-text';
import { ReplaySource } from './sources/replay';
import type { SessionEvent } from './types';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A real candump -L log on disk: two frames 10 ms apart, the first at `epochS`. */
function log(epochS: number): string {
	const d = mkdtempSync(join(tmpdir(), 'zb-hub-'));
	dirs.push(d);
	const f = join(d, 'a.log');
	writeFileSync(f, `(${epochS.toFixed(6)}) can0 123#DEADBEEF\n(${(epochS + 0.01).toFixed(6)}) can0 456#01\n`);
	return f;
}

describe('CanHub session replay', () => {
	it('a subscriber that arrives after the sources started hears each channel’s current session', async () => {
		const hub = new CanHub([new ReplaySource({ channel: 1, file: log(1_700_000_100) }), new ReplaySource({ channel: 0, file: log(1_700_000_000) })]);
		const early: SessionEvent[] = [];
		hub.onSession((e) => early.push(e));
		await hub.start();
		try {
			expect(early.map((e) => e.channel).sort()).toEqual([0, 1]);
			const late: SessionEvent[] = [];
			const off = hub.onSession((e) => late.push(e));
			// replayed at once, in channel order, the same events the early subscriber got
			expect(late).toEqual([early.find((e) => e.channel === 0), early.find((e) => e.channel === 1)]);
			expect(late[0]).toMatchObject({ reason: 'new log', t_us: 0, epoch_us: 1_700_000_000_000_000 });
			off();
			// a socketcand/slcan clock made late times frames from the log's epoch, not its own arrival
			const clock = new ChannelClock(hub);
			expect(clock.wall_us(1, 10_000)).toBe(1_700_000_100_010_000);
			clock.close();
		} finally {
			await hub.stop();
		}
	});

	it('a channel with no session yet is not replayed; an unsubscribed listener hears nothing more', async () => {
		const hub = new CanHub([new ReplaySource({ channel: 0, file: log(1_700_000_000) })]);
		const before: SessionEvent[] = [];
		const off = hub.onSession((e) => before.push(e));
		expect(before).toEqual([]);
		off();
		await hub.start();
		expect(before).toEqual([]);
		await hub.stop();
	});
});
