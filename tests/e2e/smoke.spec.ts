import { expect, test } from '@playwright/test';

test('the dashboard opens and frames flow from the simulation worker', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	const frames = page.getByLabel('Frames received');
	await expect(frames).not.toHaveText('0', { timeout: 15_000 });
	const first = Number(await frames.textContent());
	await expect.poll(async () => Number(await frames.textContent()), { timeout: 10_000 }).toBeGreaterThan(first);
	// the BCM is real C in wasm: its heartbeat (0x014) and lights frame (0x400) are on the bus
	await expect(page.getByRole('cell', { name: '014', exact: true })).toBeVisible();
	await expect(page.getByRole('cell', { name: '400', exact: true })).toBeVisible();
	expect(errors).toEqual([]);
});

test('pause stops virtual time and single step advances it by exactly 10 ms', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByLabel('Frames received')).not.toHaveText('0', { timeout: 15_000 });
	await page.getByRole('button', { name: 'Pause' }).click();
	// the pause is acknowledged when the button offers Run again; the time shown then is where it stopped
	await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
	const time = page.getByLabel('Virtual time');
	const t0 = parseFloat((await time.textContent()) ?? '');
	await page.waitForTimeout(300);
	expect(parseFloat((await time.textContent()) ?? '')).toBe(t0);
	await page.getByRole('button', { name: 'Step 10 ms' }).click();
	await expect.poll(async () => parseFloat((await time.textContent()) ?? '')).toBeCloseTo(t0 + 0.01, 6);
});

test('the hazard key reaches the BCM firmware and its Indicators frame says HAZARD', async ({ page }) => {
	await page.goto('/');
	const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '401', exact: true }) });
	await expect(row).toContainText('IndicatorState=OFF', { timeout: 15_000 });
	await page.keyboard.press('h');
	await expect(row).toContainText('IndicatorState=HAZARD');
	await expect(row).toContainText('HazardReason=SWITCH');
	// the ICU firmware lights the hazard telltale from the BCM's frame, and the cluster shows it
	const cluster = page.getByRole('region', { name: 'Instrument cluster' });
	await expect(cluster.getByLabel('HAZARD on')).toBeVisible();
	await expect(page.getByRole('button', { name: /Hazard/ })).toHaveAttribute('aria-pressed', 'true');
});

test('a firmware image that cannot be loaded shows a clear message and a restart button, not a blank page', async ({ page, context }) => {
	// on the context, so the request is replaced whoever makes it (the simulation worker, a service worker)
	await context.route('**/wasm/bcm.wasm', (r) => r.fulfill({ status: 200, body: 'not wasm at all', contentType: 'application/wasm' }));
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('/wasm/bcm.wasm: not a valid WebAssembly module');
	await expect(alert.getByRole('button', { name: 'Restart' })).toBeVisible();
	// the rest of the page is still there
	await expect(page.getByRole('region', { name: 'Simulation controls' })).toBeVisible();
});

test('holding ↑ drives the car: the cluster speed the ICU firmware displays rises', async ({ page }) => {
	await page.goto('/');
	const shown = page.getByLabel('Displayed speed');
	// standing still: the cluster shows (almost) nothing
	await expect.poll(async () => parseFloat((await shown.textContent()) ?? 'NaN'), { timeout: 15_000 }).toBeLessThan(1);
	await page.locator('body').focus();
	await page.keyboard.down('ArrowUp');
	await expect.poll(async () => parseFloat((await shown.textContent()) ?? '0'), { timeout: 20_000 }).toBeGreaterThan(10);
	await page.keyboard.up('ArrowUp');
});

test('the ECU strip shows each ECU mode and heartbeat from the bus, and links to its page', async ({ page }) => {
	await page.goto('/');
	const strip = page.getByRole('region', { name: 'ECUs' });
	await expect(strip.getByLabel('SC heartbeat and DTCs')).toHaveText(/♥ · 0 DTC/, { timeout: 15_000 });
	await expect(strip.getByRole('link', { name: /CVC.*RUN/ })).toBeVisible();
	await strip.getByRole('link', { name: /SC/ }).first().click();
	await expect(page).toHaveURL(/\/ecus\/sc$/);
});
