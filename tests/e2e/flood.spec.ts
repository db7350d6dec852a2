import { expect, test } from '@playwright/test';

test('the Flood bus toggle fills the bus to ≥ 90 % and the trace still shows the vehicle’s own frames', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	const load = async () => parseFloat((await controls.getByLabel('Bus load', { exact: true }).textContent()) ?? '0');
	await expect(controls.getByLabel('Frames received', { exact: true })).not.toHaveText('0', { timeout: 20_000 });
	await expect.poll(load).toBeGreaterThan(5);
	expect(await load()).toBeLessThan(60);

	// keyboard: Tab-reachable checkbox, Space toggles it
	const flood = controls.getByLabel('Flood bus');
	await flood.focus();
	await page.keyboard.press('Space');
	await expect(flood).toBeChecked();
	await expect.poll(load, { timeout: 15_000 }).toBeGreaterThanOrEqual(90);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trace', exact: true }).click();
	const grid = page.getByRole('treegrid', { name: 'Trace' });
	const ids = () => grid.locator('[role="row"][aria-level="1"]').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role="gridcell"]')[2]?.textContent?.trim()));
	// the flood frames fill the list …
	await expect.poll(async () => (await ids()).includes('7F0')).toBe(true);
	// … and the ICU's ClusterDisplay still arrives, newer ones as time goes on
	await page.getByLabel('ID filter').fill('450');
	const cluster = grid.locator('[role="row"][aria-level="1"]').filter({ hasText: 'ClusterDisplay' });
	await expect(cluster.first()).toBeVisible();
	const lastTime = async () => Number(await cluster.last().getByRole('gridcell').nth(1).textContent());
	const before = await lastTime();
	await expect.poll(lastTime).toBeGreaterThan(before);

	await controls.getByLabel('Flood bus').uncheck();
	await expect.poll(load, { timeout: 15_000 }).toBeLessThan(60);
	expect(errors).toEqual([]);
});
