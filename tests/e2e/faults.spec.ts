/**
 * The Faults panel (every page) in Chromium: a catalog fault injected into the tab's simulation (real
 * firmware in wasm) shows its effect on the dashboard, a marker in the trace and on a plot; clearing undoes
 * it; a bad target is explained; a reset clears them; Live injects into the server's vehicle with the token.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { E2E_TOKEN } from '../../playwright.config';

const panel = (page: Page) => page.getByRole('region', { name: 'Faults' });

async function openPanel(page: Page): Promise<void> {
	const p = panel(page);
	const toggle = p.getByRole('button', { name: /^Faults/ });
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	await expect(p.getByRole('button', { name: 'Inject' })).toBeEnabled({ timeout: 15_000 });
}

async function inject(page: Page, kind: string, target?: string, param?: string): Promise<void> {
	const p = panel(page);
	await p.getByRole('combobox', { name: 'Fault', exact: true }).selectOption(kind);
	if (target !== undefined) await p.getByRole('combobox', { name: 'Target' }).fill(target);
	if (param !== undefined) await p.getByRole('textbox', { name: /^(distance|value|offset|sd|percent|factor|temp|drop|scale|id|delay|count|period)/ }).fill(param);
	await p.getByRole('button', { name: 'Inject' }).click();
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

test('power-off fzc from the panel: the ECU strip shows FZC lost, the trace and a plot mark it, Clear brings the FZC back', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.getByLabel('Frames received')).not.toHaveText('0', { timeout: 15_000 });
	const fzc = page.getByLabel('FZC heartbeat and DTCs');
	await expect(fzc).toContainText('♥', { timeout: 10_000 });
	await openPanel(page);
	// the fault list is grouped by level (optgroups): the ECU level holds power-off
	await expect(panel(page).locator('optgroup[label="ECU"] option[value="power-off"]')).toHaveCount(1);
	await inject(page, 'power-off', 'fzc');
	const active = panel(page).getByRole('list', { name: 'Active faults' });
	await expect(active).toContainText('power-off:fzc');
	await expect(fzc).toContainText('lost', { timeout: 10_000 });

	// the trace: a marker row among the FZC's heartbeats (0x011), none of which follow it
	await nav(page, 'Trace');
	await page.getByLabel('ID filter').fill('011');
	const grid = page.getByRole('treegrid', { name: 'Trace' });
	const marker = grid.getByRole('row').filter({ hasText: 'Fault injected: power-off:fzc' });
	await expect(marker).toBeVisible({ timeout: 10_000 });
	await expect(grid.getByRole('row').last()).toContainText('Fault injected: power-off:fzc');

	// a plot: a vertical line with the label at the injection time
	await nav(page, 'Signals');
	const plot = page.getByRole('region', { name: 'Panel 1' });
	const box = plot.getByRole('combobox', { name: 'Add signal' });
	await box.fill('vehiclestate speed');
	await expect(plot.getByRole('option', { selected: true })).toContainText('VehicleState.VehicleSpeed');
	await box.press('Enter');
	const line = plot.getByRole('list', { name: 'Fault markers' }).getByRole('listitem').filter({ hasText: 'power-off:fzc' });
	await expect(line).toBeVisible({ timeout: 10_000 });
	expect(await line.evaluate((el) => parseFloat((el as HTMLElement).style.left))).toBeGreaterThan(0);

	// the exported PNG shows the marker line too (the overlay is HTML, so the export paints it): pause so the
	// chart holds still, then read the PNG's pixels where the line is on screen
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
	const pngDl = page.waitForEvent('download');
	await plot.getByRole('button', { name: 'Export PNG' }).click();
	const png = readFileSync((await (await pngDl).path())!).toString('base64');
	const at = await line.evaluate((el) => {
		const canvas = el.closest('.uplot')!.querySelector('canvas')!.getBoundingClientRect();
		const r = el.getBoundingClientRect();
		return { x: r.left - canvas.left, y: r.top - canvas.top + r.height / 2 };
	});
	const px = await page.evaluate(
		async ({ png, at }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${png}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const g = c.getContext('2d')!;
			g.drawImage(img, 0, 0);
			const dpr = devicePixelRatio || 1;
			const band = Math.round(24 * dpr); // the legend band above the chart (PlotPanel.exportPng)
			// the dashed line: over a few rows at least one pixel of the marker's warning colour in its 3-pixel column
			const hits: number[][] = [];
			for (let dy = -12; dy <= 12; dy++) {
				const d = g.getImageData(Math.round(at.x * dpr) - 1, Math.round(at.y * dpr) + band + dy, 3, 1).data;
				for (let k = 0; k < 3; k++) hits.push([d[k * 4], d[k * 4 + 1], d[k * 4 + 2]]);
			}
			const warn = getComputedStyle(document.querySelector('.fault-marker')!).borderLeftColor;
			return { hits, warn };
		},
		{ png, at }
	);
	const [wr, wg, wb] = px.warn.match(/\d+/g)!.map(Number);
	expect(px.hits.some(([r, g, b]) => Math.abs(r - wr) + Math.abs(g - wg) + Math.abs(b - wb) < 40), `no pixel of ${px.warn} at the marker in the PNG`).toBe(true);
	await page.getByRole('button', { name: 'Run', exact: true }).click();

	// clear from the panel (still on the signals page): the FZC restarts; the clear is marked too
	await panel(page).getByRole('button', { name: 'Clear power-off:fzc' }).click();
	await expect(panel(page).getByText('none', { exact: true })).toBeVisible();
	await expect(plot.getByRole('listitem').filter({ hasText: 'power-off:fzc cleared' })).toBeVisible({ timeout: 10_000 });
	await nav(page, 'Dashboard');
	await expect(fzc).toContainText('♥', { timeout: 10_000 });
	// an ID no ECU sends: only the markers are left, in time order
	await nav(page, 'Trace');
	await page.getByLabel('ID filter').fill('7F0');
	const rows = page.getByRole('treegrid', { name: 'Trace' }).getByRole('row');
	await expect(rows.filter({ hasText: /^⚡/ })).toHaveText([/Fault injected: power-off:fzc/, /Fault cleared: power-off:fzc/]);
	expect(errors).toEqual([]);
});

test('a bad target is explained and nothing is injected; a reset clears the faults and says so', async ({ page }) => {
	await page.goto('/');
	await openPanel(page);
	await inject(page, 'power-off', 'xyz');
	await expect(panel(page).getByRole('alert')).toHaveText("no ECU 'xyz' on the bus (present: cvc, fzc, rzc, sc, bcm, icu, tcu)");
	await expect(panel(page).getByText('none', { exact: true })).toBeVisible();
	await inject(page, 'drop-id', '0x9999');
	await expect(panel(page).getByRole('alert')).toContainText("'0x9999' is not an 11-bit CAN ID");
	// a good one, then a reset: a new vehicle without it
	await inject(page, 'low-friction');
	await expect(panel(page).getByRole('list', { name: 'Active faults' })).toContainText('low-friction');
	await expect(panel(page).getByRole('alert')).toHaveCount(0);
	await page.getByRole('region', { name: 'Simulation controls' }).getByRole('button', { name: 'Reset' }).click();
	await expect(panel(page).getByRole('status')).toHaveText('Reset: a new vehicle, so its fault was cleared');
	await expect(panel(page).getByText('none', { exact: true })).toBeVisible();
	// the markers belonged to the old vehicle's session: the trace starts over without them
	await nav(page, 'Trace');
	await page.getByLabel('ID filter').fill('7F0');
	await expect(page.getByRole('treegrid', { name: 'Trace' }).getByRole('row').filter({ hasText: 'Fault' })).toHaveCount(0);
	await inject(page, 'cell-fault');
	await expect(page.getByRole('treegrid', { name: 'Trace' }).getByRole('row').filter({ hasText: 'Fault injected: cell-fault' })).toHaveCount(1);
});

test('Live: the panel injects into the server’s vehicle once unlocked, and its events mark the trace', async ({ page }) => {
	await page.goto('/?source=live');
	const sw = page.getByRole('group', { name: 'Frame source' });
	await expect(sw.getByLabel('Live status')).toHaveText(/connected: sim/, { timeout: 15_000 });
	await openPanel(page);
	await expect(panel(page)).toContainText('into the live server’s simulated vehicle');
	await inject(page, 'power-off', 'bcm');
	await expect(panel(page).getByRole('alert')).toHaveText('the live server needs the token to inject faults (unlock it in the header)');
	await sw.getByLabel('Server token').fill(E2E_TOKEN);
	await sw.getByRole('button', { name: 'Unlock' }).click();
	await expect(sw.getByText('can write')).toBeVisible();
	await inject(page, 'power-off', 'bcm');
	await expect(panel(page).getByRole('list', { name: 'Active faults' })).toContainText('power-off:bcm');
	await expect(page.getByLabel('BCM heartbeat and DTCs')).toContainText('lost', { timeout: 10_000 });
	// the server's event, as a row after the BCM's last heartbeat (0x014)
	await nav(page, 'Trace');
	await page.getByLabel('ID filter').fill('014');
	await expect(page.getByRole('treegrid', { name: 'Trace' }).getByRole('row').last()).toContainText('Fault injected: power-off:bcm', { timeout: 10_000 });
	await panel(page).getByRole('button', { name: 'Clear all' }).click();
	await expect(panel(page).getByText('none', { exact: true })).toBeVisible();
	await nav(page, 'Dashboard');
	await expect(page.getByLabel('BCM heartbeat and DTCs')).toContainText('♥', { timeout: 10_000 });
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the open panel with an active fault, and the trace's marker row, pass axe (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await openPanel(page);
		await inject(page, 'sensor-offset', 'cvc.PEDAL_S2', '12');
		await expect(panel(page).getByRole('list', { name: 'Active faults' })).toContainText('sensor-offset:cvc.PEDAL_S2:12');
		await inject(page, 'power-off', 'nope'); // the error message too
		await expect(panel(page).getByRole('alert')).toBeVisible();
		for (const where of ['Dashboard', 'Trace']) {
			await nav(page, where);
			if (where === 'Trace') {
				await page.getByLabel('ID filter').fill('7F0');
				await expect(page.getByRole('row').filter({ hasText: 'Fault injected' })).toHaveCount(1);
			}
			const result = await new AxeBuilder({ page }).include('main').analyze();
			const bad = result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
			expect(bad, where).toEqual([]);
		}
	});
}

for (const [w, h] of [
	[1024, 600],
	[600, 1024]
] as const) {
	test(`the open panel with its widest form (spoof) and an active fault fits ${w}×${h} without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: w, height: h });
		await page.goto('/');
		await openPanel(page);
		await inject(page, 'spoof', '0x7F0', '100');
		await expect(panel(page).getByRole('list', { name: 'Active faults' })).toContainText('spoof:0x7F0:100');
		const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(over).toBeLessThanOrEqual(0);
		await expect(page.getByRole('region', { name: 'Simulation controls' }).getByRole('button', { name: /Run|Pause/ })).toBeInViewport();
	});
}

test('Replay: the panel says a recording cannot take faults, and offers no Inject', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByLabel('Frames received')).not.toHaveText('0', { timeout: 15_000 });
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await controls.getByRole('button', { name: '● Record' }).click();
	await page.waitForTimeout(1000);
	await controls.getByRole('button', { name: '■ Stop' }).click();
	await openPanel(page);
	await nav(page, 'Recordings');
	await page.getByRole('button', { name: /^Replay / }).first().click();
	await expect(page.getByRole('region', { name: 'Replay controls' })).toBeVisible();
	await expect(panel(page).getByRole('status')).toHaveText('Faults cannot be injected into a recording: choose Simulation or Live in the header.');
	await expect(panel(page).getByRole('button', { name: 'Inject' })).toHaveCount(0);
});
