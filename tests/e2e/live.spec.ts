/**
 * Live mode in Chromium against the real server (`server/index.ts`, started by Playwright's webServer with
 * the simulated vehicle in a worker_thread): the header's source switch, the server's frames in the views,
 * the token gate, driving the server's vehicle, and switching back.
 */
import { expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';

test('Live shows the server’s frames in the dashboard and the trace; reading needs no token', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/?source=live');
	const sw = page.getByRole('group', { name: 'Frame source' });
	await expect(sw.getByLabel('Live status')).toHaveText(/connected: sim/, { timeout: 15_000 });
	await expect(sw.getByRole('button', { name: 'Unlock' })).toBeVisible();
	const frames = page.getByLabel('Frames received');
	await expect.poll(async () => Number(await frames.textContent()), { timeout: 15_000 }).toBeGreaterThan(100);
	// the server's CVC, decoded with the page's DBC
	await expect(page.getByRole('cell', { name: '100', exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Instrument cluster' })).not.toContainText('No ClusterDisplay frame');
	await page.getByRole('link', { name: 'Trace' }).click();
	await expect(page.getByRole('row').filter({ hasText: 'VehicleState' }).first()).toBeVisible({ timeout: 10_000 });
	expect(errors).toEqual([]);
});

test('driving the server’s vehicle needs the token: refused without, the autopilot drives with it', async ({ page }) => {
	await page.goto('/?source=live');
	const sw = page.getByRole('group', { name: 'Frame source' });
	await expect(sw.getByLabel('Live status')).toHaveText(/connected/, { timeout: 15_000 });
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	// single step belongs to the simulation in this tab
	await expect(controls.getByRole('button', { name: 'Step 10 ms' })).toBeDisabled();

	await controls.getByLabel('Autopilot').selectOption('city');
	await expect(page.getByRole('alert').filter({ hasText: /unauthorized/ })).toBeVisible();

	await sw.getByLabel('Server token').fill('not-the-token');
	await sw.getByRole('button', { name: 'Unlock' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'the server refused this token' })).toBeVisible();

	await sw.getByLabel('Server token').fill(E2E_TOKEN);
	await sw.getByRole('button', { name: 'Unlock' }).click();
	await expect(sw.getByText('can write')).toBeVisible();
	await controls.getByRole('button', { name: 'Reset' }).click();
	await controls.getByLabel('Autopilot').selectOption('highway');
	// the server's ICU shows the speed its vehicle reaches under the autopilot
	const speed = page.getByLabel('Displayed speed');
	await expect.poll(async () => parseFloat((await speed.textContent()) ?? '0'), { timeout: 30_000 }).toBeGreaterThan(10);
	await controls.getByLabel('Autopilot').selectOption('');
});

test('switching back to the simulation starts the views over with this tab’s frames', async ({ page }) => {
	await page.goto('/?source=live');
	const sw = page.getByRole('group', { name: 'Frame source' });
	await expect(sw.getByLabel('Live status')).toHaveText(/connected/, { timeout: 15_000 });
	const frames = page.getByLabel('Frames received');
	await expect.poll(async () => Number(await frames.textContent()), { timeout: 15_000 }).toBeGreaterThan(100);
	await sw.getByLabel('Source').selectOption('sim');
	await expect(sw.getByLabel('Live status')).toHaveCount(0);
	// the tab's own simulation did not run while Live was shown: it starts when asked
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await controls.getByRole('button', { name: 'Run' }).click();
	await expect(page.getByRole('cell', { name: '014', exact: true })).toBeVisible({ timeout: 15_000 });
	await expect(controls.getByRole('button', { name: 'Step 10 ms' })).toBeDisabled(); // running
	// the choice is remembered: a reload without ?source stays on the simulation
	await page.goto('/');
	await expect(sw.getByLabel('Source')).toHaveValue('sim');
});
