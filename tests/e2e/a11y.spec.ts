import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Every page, in the light and the dark theme, once frames flow: axe-core reports no serious or critical
// violation (contrast, names, roles, keyboard access to scrollable regions).
for (const colorScheme of ['light', 'dark'] as const) {
	for (const path of ['/', '/trace', '/signals', '/ecus', '/ecus/sc', '/network', '/dbc', '/scenarios']) {
		test(`accessibility of ${path} (${colorScheme}): no serious or critical axe violation`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			await expect(page.getByLabel('Frames received')).not.toHaveText('0', { timeout: 15_000 });
			await page.waitForTimeout(500);
			const result = await new AxeBuilder({ page }).analyze();
			const bad = result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
			expect(bad).toEqual([]);
		});
	}
}
