import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenRun } from './golden';
import { loadEcuImages } from './load-node';
import { runVehicles } from './vehicles-node';

describe('runVehicles (worker_threads)', () => {
	it('runs vehicles on two threads, each giving byte for byte the log it gives alone in this thread', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zb-fleet-'));
		try {
			const jobs = [
				{ seed: 3, profile: 'city', duration_s: 5, out: join(dir, 'a.log') },
				{ seed: 4, profile: 'highway', duration_s: 5, out: join(dir, 'b.log') },
				{ seed: 5, profile: 'city', duration_s: 5, out: join(dir, 'c.log') }
			];
			const done: number[] = [];
			const r = await runVehicles(jobs, { threads: 2, onDone: (i) => done.push(i) });
			expect(r.threads).toBe(2);
			expect(done.sort()).toEqual([0, 1, 2]);
			expect(r.rtf_total).toBeGreaterThan(0);
			const images = await loadEcuImages();
			for (const [i, j] of jobs.entries()) {
				const alone = await goldenRun(images, j.profile, j.seed, j.duration_s);
				expect(r.vehicles[i]).toMatchObject({ seed: j.seed, profile: j.profile, frames: alone.frames, traps: [] });
				expect(createHash('sha256').update(readFileSync(j.out)).digest('hex'), `vehicle ${i}`).toBe(alone.log);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 120_000);

	it('rejects with the vehicle named when a run cannot start', async () => {
		await expect(runVehicles([{ seed: 9, profile: 'no-such-profile', duration_s: 1 }])).rejects.toThrow(/vehicle seed 9: .*no-such-profile/);
	}, 60_000);
});
