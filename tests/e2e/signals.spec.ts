import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Adds a signal through the panel's combobox, typing a filter and picking with the keyboard. */
async function addSignal(panel: Locator, filter: string, name: string): Promise<void> {
	const box = panel.getByRole('combobox', { name: 'Add signal' });
	await box.fill(filter);
	await expect(panel.getByRole('option', { name: new RegExp(`^${name.replace('.', '\\.')}\\b`) })).toBeVisible();
	// the best match is active after typing; walk to the wanted one with the arrow keys
	for (let i = 0; i < 20; i++) {
		const id = await box.getAttribute('aria-activedescendant');
		const active = id ? panel.locator(`[id="${id}"]`) : null;
		if (active && (await active.locator('.name').textContent()) === name) break;
		await box.press('ArrowDown');
	}
	await expect(panel.getByRole('option', { selected: true })).toContainText(name);
	await box.press('Enter');
	await expect(panel.getByRole('table', { name: /Legend/ }).getByRole('rowheader', { name, exact: true })).toBeVisible();
}

async function openWithFrames(page: Page): Promise<void> {
	await page.goto('/signals');
	await expect(page.getByLabel('Frames received')).not.toHaveText('0', { timeout: 15_000 });
}

test('two signals picked by keyboard plot live, and export as CSV and PNG', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await openWithFrames(page);
	await page.getByRole('combobox', { name: /Autopilot/ }).selectOption('highway');

	const panel = page.getByRole('region', { name: 'Panel 1' });
	await addSignal(panel, 'vehiclestate speed', 'VehicleState.VehicleSpeed');
	await addSignal(panel, 'BatteryStatus.Soc', 'BatteryStatus.Soc');
	// an arrow key moves the active option: typing "soc" makes Soc active, ArrowDown moves on to SocLow
	const box = panel.getByRole('combobox', { name: 'Add signal' });
	await box.fill('batterystatus soc');
	await expect(panel.getByRole('option', { selected: true })).toContainText('BatteryStatus.SocLow'); // Soc is already shown
	await box.press('Escape');
	await expect(panel.getByRole('listbox')).toBeHidden();
	await box.fill('');

	const chart = panel.getByRole('img', { name: 'Chart of VehicleState.VehicleSpeed, BatteryStatus.Soc' });
	await expect(chart.locator('canvas')).toBeVisible();
	const legend = panel.getByRole('table', { name: 'Legend of Panel 1' });
	await expect(legend).toContainText('VehicleState.VehicleSpeed');
	await expect(legend).toContainText('BatteryStatus.Soc');

	// values update while the autopilot drives: the speed rises, the SOC is a plausible percentage
	const speed = panel.getByLabel('VehicleState.VehicleSpeed value');
	const soc = panel.getByLabel('BatteryStatus.Soc value');
	await expect.poll(async () => parseFloat((await speed.textContent()) ?? ''), { timeout: 30_000 }).toBeGreaterThan(5);
	const s1 = parseFloat((await speed.textContent()) ?? '');
	await expect.poll(async () => parseFloat((await speed.textContent()) ?? ''), { timeout: 15_000 }).not.toBe(s1);
	const socPct = parseFloat((await soc.textContent()) ?? '');
	expect(socPct).toBeGreaterThan(0);
	expect(socPct).toBeLessThanOrEqual(100);

	// CSV of the visible window: header names the signals, rows hold numbers
	const csvDl = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const csv = await csvDl;
	expect(csv.suggestedFilename()).toMatch(/\.csv$/);
	const lines = readFileSync((await csv.path())!, 'utf8').trimEnd().split('\n');
	expect(lines[0]).toBe('time_s,VehicleState.VehicleSpeed,BatteryStatus.Soc');
	expect(lines.length).toBeGreaterThan(50);
	const speeds = lines.slice(1).map((l) => l.split(',')[1]).filter(Boolean).map(Number);
	expect(speeds.length).toBeGreaterThan(50);
	expect(Math.max(...speeds)).toBeGreaterThan(5);
	const times = lines.slice(1).map((l) => Number(l.split(',')[0]));
	expect(times.every((t, i) => i === 0 || t > times[i - 1])).toBe(true);

	// PNG of the chart
	const pngDl = page.waitForEvent('download');
	await panel.getByRole('button', { name: 'Export PNG' }).click();
	const png = await pngDl;
	expect(png.suggestedFilename()).toMatch(/^zonebench-panel1-.*\.png$/);
	const bytes = readFileSync((await png.path())!);
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.length).toBeGreaterThan(2000);
	expect(errors).toEqual([]);
});

test('dragging on a chart zooms and stops following; double-click follows live again; the cursor shows values', async ({ page }) => {
	await openWithFrames(page);
	const panel = page.getByRole('region', { name: 'Panel 1' });
	await addSignal(panel, '0x303 packvolt', 'BatteryStatus.PackVoltage');
	const follow = page.getByRole('button', { name: 'Follow live' });
	await expect(follow).toHaveAttribute('aria-pressed', 'true');
	const over = panel.locator('.u-over');
	const box = (await over.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await expect(follow).toHaveAttribute('aria-pressed', 'false');
	// hovering: the legend says "At cursor" and the toolbar shows the cursor time
	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
	await expect(page.getByLabel('Cursor time')).toHaveText(/^\d+\.\d{3} s$/);
	await expect(panel.getByRole('columnheader', { name: 'At cursor' })).toBeVisible();
	await over.dblclick();
	await expect(follow).toHaveAttribute('aria-pressed', 'true');
	// a second panel, and removing a signal frees the chart
	await page.getByRole('button', { name: 'Add panel' }).click();
	await expect(page.getByRole('region', { name: 'Panel 2' })).toBeVisible();
	await panel.getByRole('button', { name: 'Remove BatteryStatus.PackVoltage' }).click();
	await expect(panel.getByRole('img', { name: /Chart of/ }).locator('canvas')).toHaveCount(0);
});

test('split view from the URL: trace pane above one panel per plot= parameter; the button hides the pane', async ({ page }) => {
	await page.goto('/signals?trace&plot=VehicleState.VehicleSpeed,BatteryStatus.Soc&plot=MotorStatus.MotorSpeed&plot=Nope.Nothing');
	const grid = page.getByRole('region', { name: 'Trace pane' }).getByRole('treegrid', { name: 'Trace' });
	await expect(grid.locator('[role="row"][aria-level="1"]').first()).toBeVisible({ timeout: 20_000 });
	const legend = (i: number) => page.getByRole('region', { name: `Panel ${i}` }).getByRole('table', { name: /Legend/ });
	await expect(legend(1).getByRole('rowheader', { name: 'VehicleState.VehicleSpeed', exact: true })).toBeVisible();
	await expect(legend(1).getByRole('rowheader', { name: 'BatteryStatus.Soc', exact: true })).toBeVisible();
	await expect(legend(2).getByRole('rowheader', { name: 'MotorStatus.MotorSpeed', exact: true })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Nope.Nothing' })).toBeVisible();
	await page.getByRole('button', { name: 'Trace pane' }).click();
	await expect(page.getByRole('region', { name: 'Trace pane' })).toHaveCount(0);
});

test('a signal picked after the run started shows its history from t = 0 (decoded from the trace recorded since boot)', async ({ page }) => {
	await page.goto('/');
	const time = page.getByLabel('Virtual time', { exact: true });
	await expect.poll(async () => parseFloat((await time.textContent()) ?? '0'), { timeout: 15_000 }).toBeGreaterThan(4);
	await page.getByRole('button', { name: 'Pause' }).click();
	// in-app navigation: the same session
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Signals' }).click();
	const panel = page.getByRole('region', { name: 'Panel 1' });
	await addSignal(panel, 'vehiclestate speed', 'VehicleState.VehicleSpeed');
	const csvDl = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const lines = readFileSync((await (await csvDl).path())!, 'utf8').trimEnd().split('\n');
	const times = lines.slice(1).map((l) => Number(l.split(',')[0]));
	// VehicleState every 10 ms from the start, not only from the moment it was picked
	expect(times[0]).toBeLessThan(0.05);
	expect(times.length).toBeGreaterThan(300);
});
