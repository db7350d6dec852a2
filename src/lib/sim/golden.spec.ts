/**
 * Behaviour pinned while the simulation is optimised: every drive profile × two seeds, 120 s each, must give
 * the candump log and end-of-run NVM image whose SHA-256 golden.json holds. A change to golden.json belongs
 * in a commit that says why behaviour changed; regenerate it with
 *   ZB_GOLDEN_UPDATE=1 npx vitest run src/lib/sim/golden.spec.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_SECONDS, GOLDEN_SEEDS, goldenRun, type GoldenResult } from './golden';
import { loadEcuImages } from './load-node';
import { PROFILES } from './profiles';

const FILE = join(import.meta.dirname, 'golden.json');
const update = process.env.ZB_GOLDEN_UPDATE === '1';

interface GoldenFile {
	seconds: number;
	runs: Record<string, GoldenResult>;
}

const golden: GoldenFile = JSON.parse(readFileSync(FILE, 'utf8'));
const fresh: GoldenFile = { seconds: GOLDEN_SECONDS, runs: {} };

describe(`golden runs (${GOLDEN_SECONDS} s, every profile, seeds ${GOLDEN_SEEDS.join(' and ')})`, () => {
	for (const profile of Object.keys(PROFILES)) {
		for (const seed of GOLDEN_SEEDS) {
			const key = `${profile}/${seed}`;
			it(`${key}: candump log and NVM image hash as pinned`, async () => {
				const got = await goldenRun(await loadEcuImages(), profile, seed);
				fresh.runs[key] = got;
				expect(got.frames).toBeGreaterThan(GOLDEN_SECONDS * 100);
				if (update) return;
				expect(golden.seconds).toBe(GOLDEN_SECONDS);
				expect(got, `${key} changed behaviour (see the header of golden.spec.ts)`).toEqual(golden.runs[key]);
			}, 60_000);
		}
	}

	it('the log hashed is byte for byte the file `npm run sim -- --out` writes', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zb-golden-'));
		try {
			const out = join(dir, 'run.log');
			const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/sim.ts', '--duration', '5', '--seed', '7', '--drive', 'highway', '--out', out, '--quiet'], { encoding: 'utf8' });
			expect(r.status, r.stderr).toBe(0);
			const file = createHash('sha256').update(readFileSync(out)).digest('hex');
			expect((await goldenRun(await loadEcuImages(), 'highway', 7, 5)).log).toBe(file);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);

	if (update) {
		it('writes golden.json (ZB_GOLDEN_UPDATE=1)', () => {
			writeFileSync(FILE, JSON.stringify(fresh, null, '\t') + '\n');
		});
	}
});
