import { describe, expect, it } from 'vitest';
import { frameData, type FrameBatch } from '../../src/lib/can/frame';
import { loadConfig } from '../config';
import { GenSource, latencyUs, readGenPayload, wallUs } from './gen';

describe('gen:RATE source', () => {
	it('emits a gapless sequence stamped with the wall clock at emission, IDs cycling 0x600..0x60F', async () => {
		const g = new GenSource({ channel: 2, rate: 2000 });
		const got: FrameBatch[] = [];
		const sessions: unknown[] = [];
		g.onBatch((b) => got.push(b));
		g.onSession((e) => sessions.push(e));
		const before = wallUs();
		await g.start();
		await new Promise((r) => setTimeout(r, 200));
		await g.stop();
		const after = wallUs();
		expect(sessions).toEqual([expect.objectContaining({ reason: 'reset', channel: 2, t_us: 0 })]);
		let seq = 0;
		for (const b of got)
			for (let i = 0; i < b.count; i++) {
				const p = readGenPayload(frameData(b, i));
				expect(p.seq).toBe(seq);
				expect(b.id[i]).toBe(0x600 + (seq & 0xf));
				expect(b.channel[i]).toBe(2);
				// the stamp is a time between start and stop (mod 2^32)
				expect(latencyUs(p.sentUs32, after)).toBeLessThanOrEqual(after - before);
				seq++;
			}
		expect(seq).toBe(g.describe().framesIn);
		expect(seq).toBeGreaterThan(0);
	});

	it('ZB_CAN=gen:RATE parses; a missing or absurd rate is a ConfigError naming it', () => {
		expect(loadConfig({ ZB_CAN: 'gen:10000' }).can[0]).toMatchObject({ kind: 'gen', rate: 10000 });
		expect(() => loadConfig({ ZB_CAN: 'gen' })).toThrow("ZB_CAN: 'gen': gen needs a rate in frames per second 1..1000000");
		expect(() => loadConfig({ ZB_CAN: 'gen:0' })).toThrow(/gen needs a rate/);
	});
});
