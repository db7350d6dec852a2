import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The trace list and helpers to read it the way a screen reader would: rows and their cells. */
function trace(page: Page) {
	const grid = page.getByRole('treegrid', { name: 'Trace' });
	/** Frame rows (level 1) currently in the DOM. */
	const frames = grid.locator('[role="row"][aria-level="1"]');
	/** Text of cell `col` (0 = expander, 1 time, 2 ID, 3 name, 4 sender, 5 DLC, 6 data) of every frame row. */
	const column = (col: number) => frames.evaluateAll((rows, c) => rows.map((r) => r.querySelectorAll('[role="gridcell"]')[c]?.textContent?.trim() ?? ''), col);
	const count = async (label: string) => Number(await page.getByLabel(label, { exact: true }).textContent());
	return { grid, frames, column, count };
}

async function open(page: Page): Promise<ReturnType<typeof trace>> {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/trace');
	const t = trace(page);
	await expect.poll(() => t.count('Frames recorded'), { timeout: 20_000 }).toBeGreaterThan(200);
	expect(errors).toEqual([]);
	return t;
}

const numbers = (xs: string[]) => xs.map(Number);

test('frames stream in with time, ID, DBC name and sender, newest at the bottom', async ({ page }) => {
	const t = await open(page);
	await expect(t.grid.getByRole('row').filter({ hasText: 'VehicleState' }).first()).toBeVisible();
	const row = t.frames.filter({ has: page.getByRole('gridcell', { name: 'VehicleState', exact: true }) }).first();
	await expect(row.getByRole('gridcell', { name: '100', exact: true })).toBeVisible();
	await expect(row.getByRole('gridcell', { name: 'CVC', exact: true })).toBeVisible();
	await expect(row.getByRole('gridcell', { name: '7', exact: true })).toBeVisible(); // DLC
	const times = numbers(await t.column(1));
	expect(times.length).toBeGreaterThan(5);
	expect([...times].sort((a, b) => a - b)).toEqual(times);
	// following: the list keeps moving to newer frames
	const last = times.at(-1)!;
	await expect.poll(async () => numbers(await t.column(1)).at(-1)!).toBeGreaterThan(last);
});

test('filter by ID shows only that ID; ranges work; a bad ID says what is wrong', async ({ page }) => {
	const t = await open(page);
	const ids = page.getByLabel('ID filter');
	await ids.fill('100');
	await expect.poll(async () => new Set(await t.column(2))).toEqual(new Set(['100']));
	expect(await t.frames.count()).toBeGreaterThan(5);
	await expect(t.frames.first()).toContainText('VehicleState');
	const shown = await t.count('Frames shown');
	expect(shown).toBeLessThan(await t.count('Frames recorded'));

	await ids.fill('300-304');
	await expect.poll(async () => (await t.column(2)).every((id) => /^30[0-4]$/.test(id)) && (await t.frames.count()) > 5).toBe(true);

	await ids.fill('100, 1G0');
	await expect(page.getByRole('alert')).toHaveText("ID filter: '1G0' at column 6 is not a hex identifier (e.g. 100, 0x7E0, 100-1FF)");
	await expect(ids).toHaveAttribute('aria-invalid', 'true');
	await ids.fill('');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect.poll(async () => new Set(await t.column(2)).size).toBeGreaterThan(3);
});

test('filter by sender ECU and by name', async ({ page }) => {
	const t = await open(page);
	await page.getByLabel('Sender ECU').selectOption('BCM');
	await expect.poll(async () => new Set(await t.column(4))).toEqual(new Set(['BCM']));
	// the BCM sends lights and indicators every 100 ms, not only its heartbeat
	await expect.poll(async () => new Set(await t.column(3)).size, { timeout: 10_000 }).toBeGreaterThan(1);
	await page.getByLabel('Sender ECU').selectOption('');
	await page.getByLabel('Name filter').fill('heartbeat');
	await expect.poll(async () => (await t.column(3)).every((n) => n.startsWith('Heartbeat_')) && (await t.frames.count()) > 3).toBe(true);
});

test('expanding a row shows its decoded signals with units and value-table names', async ({ page }) => {
	const t = await open(page);
	await page.getByLabel('ID filter').fill('100');
	await expect.poll(async () => new Set(await t.column(2))).toEqual(new Set(['100']));
	const expand = t.grid.getByRole('button', { name: 'Expand VehicleState 100' }).first();
	await expand.click();
	const row = t.grid.locator('[role="row"][aria-expanded="true"]');
	await expect(row).toHaveCount(1);
	const signals = t.grid.locator('[role="row"][aria-level="2"]');
	await expect(signals.filter({ hasText: 'VehicleSpeed' })).toContainText(/VehicleSpeed\s*\d+(\.\d+)? km\/h/);
	await expect(signals.filter({ hasText: 'TorqueLimit' })).toContainText('%');
	const mode = signals.filter({ has: page.getByRole('gridcell', { name: 'Mode', exact: true }) });
	await expect(mode).toContainText(/(INIT|RUN|DEGRADED|LIMP|SAFE_STOP|SHUTDOWN) \(\d\)/);
	// the expanded frame stays where it is while frames keep arriving (following stopped)
	await expect(page.getByLabel('Follow newest')).not.toBeChecked();
	const time = await row.getByRole('gridcell').nth(1).textContent();
	await page.waitForTimeout(500);
	await expect(row.getByRole('gridcell').nth(1)).toHaveText(time!);
	await t.grid.getByRole('button', { name: 'Collapse VehicleState 100' }).click();
	await expect(signals).toHaveCount(0);
	// a double click on the triangle is two toggles: open, closed (the row's own double-click toggle stays out)
	const again = t.grid.getByRole('button', { name: 'Expand VehicleState 100' }).first();
	const seq = await again.evaluate((b) => b.closest('[role="row"]')!.id);
	await again.dblclick();
	await expect(t.grid.locator(`#${seq}`)).not.toHaveAttribute('aria-expanded', 'true');
	await expect(signals).toHaveCount(0);
});

test('pausing the view keeps recording and counting while the rows stay still; resume jumps to live', async ({ page }) => {
	const t = await open(page);
	const recorded = await t.count('Frames recorded');
	await page.getByRole('button', { name: 'Pause view', exact: true }).click();
	await expect.poll(() => t.count('New frames')).toBeGreaterThan(0);
	const frozen = await t.column(1);
	await expect.poll(() => t.count('New frames'), { timeout: 10_000 }).toBeGreaterThan(300);
	expect(await t.count('Frames recorded')).toBeGreaterThan(recorded + 300);
	expect(await t.column(1)).toEqual(frozen);
	await page.getByRole('button', { name: 'Resume live', exact: true }).click();
	await expect(page.getByLabel('New frames')).toHaveCount(0);
	await expect(page.getByLabel('Follow newest')).toBeChecked();
	await expect.poll(async () => numbers(await t.column(1)).at(-1)!).toBeGreaterThan(Number(frozen.at(-1)) + 0.1);
});

test('the list keeps only the visible rows in the DOM while thousands of frames are recorded', async ({ page }) => {
	const t = await open(page);
	await page.getByRole('region', { name: 'Simulation controls' }).getByLabel('Speed').selectOption({ label: '×10' });
	await expect.poll(() => t.count('Frames recorded'), { timeout: 30_000 }).toBeGreaterThan(20_000);
	const rowsInDom = await t.grid.getByRole('row').count();
	expect(rowsInDom).toBeGreaterThan(5);
	expect(rowsInDom).toBeLessThan(80);
	expect(Number(await t.grid.getAttribute('aria-rowcount'))).toBeGreaterThan(20_000);
	// the page is still responsive: the rows move on with the newest frames
	const last = numbers(await t.column(1)).at(-1)!;
	await expect.poll(async () => numbers(await t.column(1)).at(-1)!).toBeGreaterThan(last);
});

test('bytes that changed since the previous frame of the same ID are marked', async ({ page }) => {
	const t = await open(page);
	await page.getByLabel('ID filter').fill('100');
	await expect.poll(async () => new Set(await t.column(2))).toEqual(new Set(['100']));
	await page.getByRole('button', { name: 'Pause view', exact: true }).click();
	const rows = await t.frames.evaluateAll((rs) =>
		rs.map((r) => Array.from(r.querySelectorAll('[role="gridcell"]')[6].children).map((b) => [b.textContent, b.hasAttribute('data-changed')] as const))
	);
	expect(rows.length).toBeGreaterThan(3);
	// a byte is marked exactly when it differs from the row before (consecutive rows: same ID, nothing between)
	for (let i = 1; i < rows.length; i++) {
		rows[i].forEach(([hex, changed], k) => expect(changed, `row ${i} byte ${k}`).toBe(hex !== rows[i - 1][k][0]));
	}
	// the alive counter in byte 0 changes in every frame
	expect(rows.slice(1).every((r) => r[0][1])).toBe(true);
});

test('keyboard: arrows move and expand, moving up stops following, End follows again', async ({ page }) => {
	const t = await open(page);
	await t.grid.focus();
	await page.keyboard.press('ArrowUp');
	await expect(page.getByLabel('Follow newest')).not.toBeChecked();
	const active = t.grid.locator('[role="row"].active');
	await expect(active).toHaveCount(1);
	await expect(t.grid).toHaveAttribute('aria-activedescendant', /^trace-row-\d+$/);
	const id = await t.grid.getAttribute('aria-activedescendant');
	await page.keyboard.press('ArrowUp');
	await expect(t.grid).not.toHaveAttribute('aria-activedescendant', id!);
	await page.keyboard.press('Home');
	await expect(active).toHaveAttribute('aria-rowindex', '2');
	// the first frames are usually heartbeats or commands the DBC knows: → opens the signals
	await page.keyboard.press('ArrowRight');
	await expect(active).toHaveAttribute('aria-expanded', 'true');
	await expect(t.grid.locator('[role="row"][aria-level="2"]').first()).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(active).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('End');
	await expect(page.getByLabel('Follow newest')).toBeChecked();
});

test('mouse wheel: scrolling up holds the rows still while recording goes on, scrolling to the end follows again', async ({ page }) => {
	const t = await open(page);
	await expect.poll(() => t.count('Frames shown')).toBeGreaterThan(500);
	await t.grid.hover();
	await page.mouse.wheel(0, -2000);
	await expect(page.getByLabel('Follow newest')).not.toBeChecked();
	const still = await t.column(1);
	const recorded = await t.count('Frames recorded');
	await expect.poll(() => t.count('Frames recorded')).toBeGreaterThan(recorded + 200);
	expect(await t.column(1)).toEqual(still);
	await page.mouse.wheel(0, 1_000_000);
	await expect(page.getByLabel('Follow newest')).toBeChecked();
	await expect.poll(async () => numbers(await t.column(1)).at(-1)!).toBeGreaterThan(Number(still.at(-1)));
});

test('recording starts with the app: the trace opened later still holds the frames from t = 0', async ({ page }) => {
	await page.goto('/');
	const vtime = page.getByLabel('Virtual time', { exact: true });
	await expect.poll(async () => parseFloat((await vtime.textContent()) ?? '0'), { timeout: 20_000 }).toBeGreaterThan(3);
	// in-app navigation: the same simulation and recording go on
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trace', exact: true }).click();
	const t = trace(page);
	await expect.poll(() => t.count('Frames recorded')).toBeGreaterThan(2000);
	await t.grid.focus();
	await page.keyboard.press('Home');
	await expect(t.grid.locator('[role="row"].active')).toHaveAttribute('aria-rowindex', '2');
	const first = numbers(await t.column(1))[0];
	expect(first).toBeGreaterThan(0);
	expect(first).toBeLessThan(0.01); // the first frames of the run, sent within its first 10 ms
});

test('Export shown writes the frames the filter shows, in the chosen log format', async ({ page }) => {
	await page.goto('/trace');
	await expect.poll(async () => Number(await page.getByLabel('Frames recorded').textContent()), { timeout: 15_000 }).toBeGreaterThan(500);
	await page.getByLabel('ID filter').fill('100');
	await page.getByLabel('Export as').selectOption('candump -L');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export shown' }).click();
	const text = readFileSync(await (await download).path(), 'utf8');
	const lines = text.trim().split('\n');
	expect(lines.length).toBeGreaterThan(10);
	for (const l of lines) expect(l).toMatch(/^\(\d+\.\d{6}\) \S+ 100#[0-9A-F]+$/);
});
