import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';

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

// The fleet pages with a token (their OTA forms, vehicle checkboxes and campaign tables showing), in both themes.
for (const colorScheme of ['light', 'dark'] as const) {
	test(`accessibility of /fleet and /fleet/{vin} (${colorScheme}): no serious or critical axe violation`, async ({ page }) => {
		const token = E2E_TOKEN;
		const vin = 'ZBV1HDL0XTA000001'; // a registered vehicle (check digit right), never online
		const r = await page.request.post('./api/fleet/vehicles', { headers: { authorization: `Bearer ${token}` }, data: { vin } });
		expect(r.status(), await r.text()).toBeLessThan(300);
		await page.emulateMedia({ colorScheme });
		await page.addInitScript((t) => localStorage.setItem('zonebench.live.token', t), token);
		for (const path of ['/fleet', `/fleet/${vin}`]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { name: 'Update firmware' }).or(page.getByRole('heading', { name: 'Firmware updates (OTA)' }))).toBeVisible({ timeout: 15_000 });
			await expect(page.getByRole('alert')).toHaveCount(0);
			await page.waitForTimeout(500);
			const result = await new AxeBuilder({ page }).analyze();
			const bad = result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${path}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
			expect(bad).toEqual([]);
		}
	});
}
