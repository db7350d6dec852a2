import { expect, test } from '@playwright/test';
import { goldenRun } from '../../src/lib/sim/golden';
import { loadEcuImages } from '../../src/lib/sim/load-node';

// The same golden runs (src/lib/sim/golden.ts) in Chromium's Web Worker and in Node: the firmware, the bus
// model and the plant on virtual time must not depend on the engine, or a browser run would not be the run
// the CLI and the tests pinned.
for (const [profile, seed] of [
	['city', 1],
	['wltp3', 7]
] as const) {
	test(`golden run ${profile}/${seed} (120 s): the page's worker gives Node's log and NVM hashes`, async ({ page }) => {
		test.setTimeout(120_000);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto('/?bench');
		await expect.poll(() => page.evaluate(() => window.__zb?.framesSent() ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
		const inBrowser = await page.evaluate(([p, s]) => window.__zb!.golden(p, s), [profile, seed] as const);
		const inNode = await goldenRun(await loadEcuImages(), profile, seed);
		expect(inBrowser).toEqual(inNode);
		expect(errors).toEqual([]);
	});
}
