import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCandumpLog } from '../../src/lib/can/candump';
import { createWriter } from '../../src/lib/can/formats/index';
import type { FrameBatch } from '../../src/lib/can/frame';
import type { SessionEvent } from '../types';
import { ReplaySource } from './replay';

const dir = mkdtempSync(join(tmpdir(), 'zb-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('replay source', () => {
	it('plays a log on its channel in real time from its first frame, and loops with a new-log session', async () => {
		const file = join(dir, 'three.log');
		writeFileSync(file, '(1700000001.500000) can0 100#01\n(1700000001.520000) can0 101#0203\n(1700000001.560000) can0 18DAF110#04\n');
		let now = 0;
		const src = new ReplaySource({ channel: 3, file, now: () => now });
		const frames: FrameBatch[] = [];
		const sessions: SessionEvent[] = [];
		src.onBatch((b) => frames.push(b));
		src.onSession((e) => sessions.push(e));
		await src.start();
		try {
			expect(sessions).toEqual([{ reason: 'new log', channel: 3, t_us: 0, epoch_us: 1_700_000_001_500_000 }]);
			const played = () => frames.flatMap((b) => [...b.t_us.subarray(0, b.count)]);
			await expect.poll(played).toEqual([0]); // t = 0 plays at once
			now = 25; // 25 ms of wall time later: the second frame (20 ms) is due, the third (60 ms) not yet
			await expect.poll(played).toEqual([0, 20_000]);
			now = 61;
			await expect.poll(played).toEqual([0, 20_000, 60_000]);
			expect(frames.every((b) => [...b.channel.subarray(0, b.count)].every((c) => c === 3))).toBe(true);
			// after the last frame and one mean gap (30 ms) the log starts over
			now = 95;
			await expect.poll(() => sessions.length).toBe(2);
			await expect.poll(played).toEqual([0, 20_000, 60_000, 0]);
			expect(src.describe()).toMatchObject({ kind: 'replay', name: 'three.log', state: 'running', framesIn: 4, canSend: false });
		} finally {
			await src.stop();
		}
	});

	it('plays a Vector BLF (any format the log readers know, told by its content) with the same frames', async () => {
		const log = parseCandumpLog('(1700000001.500000) can0 100#01\n(1700000001.520000) can0 101#0203\n', 'x.log');
		const w = createWriter('blf');
		const parts = [w.write(log.frames), w.end()].map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
		const file = join(dir, 'trip.bin'); // no telling extension: the LOGG magic decides
		writeFileSync(file, Buffer.concat(parts));
		let now = 0;
		const src = new ReplaySource({ channel: 0, file, now: () => now });
		const frames: FrameBatch[] = [];
		src.onBatch((b) => frames.push(b));
		await src.start();
		now = 25;
		try {
			await expect.poll(() => frames.flatMap((b) => [...b.id.subarray(0, b.count)]).slice(0, 2)).toEqual([0x100, 0x101]);
		} finally {
			await src.stop();
		}
	});

	it('a file that is no log fails naming the file and line', async () => {
		const file = join(dir, 'notes.txt');
		writeFileSync(file, 'shopping list\nmilk\n');
		const src = new ReplaySource({ channel: 0, file });
		await expect(src.start()).rejects.toThrow(/notes\.txt:1: not a log this server reads/);
		expect(src.describe().state).toBe('failed');
	});
});
