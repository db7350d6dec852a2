/**
 * /diag in Chromium against the simulation in the tab: scan, an NRC named, bad hex located, the security
 * lockout shown, OBD-II, and the report printed to an A4 PDF whose text pdftotext reads back; ECU reset,
 * routines, 0x19 0x06's NRC and the OBD-II live polling; and in Live mode, the server's tester on the
 * server's vehicle (Playwright's webServer is the real server with its sim channel).
 */
import { expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test.describe.configure({ timeout: 120_000 });

test('diagnostics: scan, NRCs, bad hex, lockout, OBD-II and a printable report', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/diag');
	await expect(page.getByRole('heading', { name: 'Diagnostics', level: 1 })).toBeVisible();

	const scanBtn = page.getByRole('button', { name: 'Scan', exact: true });
	await expect(scanBtn).toBeEnabled({ timeout: 30_000 });
	await scanBtn.click();
	const scan = page.getByRole('table', { name: 'Scan results' });
	await expect(scan.getByRole('row')).toHaveCount(8, { timeout: 30_000 });
	await expect(scan.getByRole('row', { name: /TCU/ })).toContainText('TCU 1.0.0');

	// the raw console: bad hex is located, a refused request gets its NRC's name, the trace shows the frames
	const raw = page.getByLabel('Raw request (hex)');
	await raw.fill('10 0G');
	await raw.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: 'not hex' })).toHaveText("not hex at character 5: 'G'");
	await raw.fill('10 04');
	await raw.press('Enter');
	const results = page.getByRole('log', { name: 'Results log' });
	await expect(results).toContainText('NRC 0x12 subFunctionNotSupported');
	await expect(page.getByRole('table', { name: 'Diagnostic trace' })).toContainText('02 10 04 CC');
	await expect(page.getByRole('table', { name: 'Diagnostic trace' })).toContainText('03 7F 10 12');

	// three wrong keys on the TCU: the lockout and its delay are shown
	await page.getByLabel('Target ECU').selectOption({ label: 'TCU — 0x7E6 → 0x7EE' });
	const ecu = page.getByRole('region', { name: 'ECU TCU' });
	await ecu.getByRole('button', { name: 'Extended' }).click();
	await expect(ecu.getByLabel(/Keep alive/)).toBeChecked();
	await ecu.getByLabel('Key').fill('00 00 00 00');
	for (let k = 0; k < 3; k++) {
		await ecu.getByRole('button', { name: 'Request seed' }).click();
		await expect(results.locator('li').last()).toContainText('seed');
		await ecu.getByRole('button', { name: 'Send key' }).click();
		await expect(results.locator('li').last()).toContainText(k < 2 ? 'NRC 0x35 invalidKey' : 'NRC 0x36 exceededNumberOfAttempts');
	}
	await expect(ecu.getByRole('alert')).toContainText('Locked out after 3 wrong keys');
	await expect(ecu.getByRole('alert')).toContainText('10 s');

	// keyboard: DID read by Tab and Enter
	await ecu.getByRole('combobox', { name: 'DID' }).selectOption({ label: '0xF195 Software version' });
	await ecu.getByRole('button', { name: 'Read DID' }).focus();
	await page.keyboard.press('Enter');
	await expect(ecu.getByLabel('DID value')).toHaveText('TCU 1.0.0');

	await page.getByRole('button', { name: 'Read OBD-II' }).click();
	const obd = page.getByRole('table', { name: 'OBD-II live data' });
	await expect(obd.getByRole('row', { name: /Mode 09 VIN/ })).toContainText('ZBV1SVM0000000001');
	await expect(obd.getByRole('row', { name: /Vehicle speed/ })).toContainText('km/h');

	await page.getByRole('button', { name: 'Make report' }).click();
	const report = page.getByRole('article', { name: 'Diagnostic report' });
	await expect(report).toContainText('zonebench (simulated vehicle)', { timeout: 30_000 });

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
	const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(json.vin.vin).toBe('ZBV1SVM0000000001');
	expect(json.ecus).toHaveLength(7);

	const dir = mkdtempSync(join(tmpdir(), 'diag-pdf-'));
	const pdf = join(dir, 'report.pdf');
	writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
	const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
	expect(text).toContain('Diagnostic report');
	expect(text).toContain('ZBV1SVM0000000001');
	expect(text).toContain('TCU 1.0.0');
	expect(text).toContain('Check digit');
	// only the report is printed: no tester panels, no trace, no navigation
	expect(text).not.toContain('Raw console');
	expect(text).not.toContain('Trace');
	const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
	expect(pages).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
	expect(errors).toEqual([]);
});

test('diagnostics: ECU reset, routine control, 19 06 refused by name, OBD-II live polling on and off', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/diag');
	await expect(page.getByRole('button', { name: 'Scan', exact: true })).toBeEnabled({ timeout: 30_000 });
	const results = page.getByRole('log', { name: 'Results log' });
	const trace = page.getByRole('table', { name: 'Diagnostic trace' });

	await page.getByLabel('Target ECU').selectOption({ label: 'BCM — 0x7E4 → 0x7EC' });
	const ecu = page.getByRole('region', { name: 'ECU BCM' });
	// routines need the extended session: refused by name in default, then start / results / stop
	await ecu.getByRole('button', { name: 'Start' }).click();
	await expect(results.locator('li').last()).toContainText('NRC 0x7F serviceNotSupportedInActiveSession');
	await ecu.getByRole('button', { name: 'Extended' }).click();
	await expect(results.locator('li').last()).toContainText('entered, P2 50 ms');
	await ecu.getByRole('button', { name: 'Start' }).click();
	await expect(results.locator('li').last()).toContainText('Routine 0x0401 start (31 01): answer 71 01 04 01');
	await ecu.getByRole('button', { name: 'Results' }).click();
	await expect(results.locator('li').last()).toContainText('Routine 0x0401 results (31 03): answer 71 03 04 01');
	await ecu.getByRole('button', { name: 'Stop' }).click();
	await expect(results.locator('li').last()).toContainText('Routine 0x0401 stop (31 02): answer 71 02 04 01');
	// stop again: nothing running any more
	await ecu.getByRole('button', { name: 'Stop' }).click();
	await expect(results.locator('li').last()).toContainText('NRC 0x24 requestSequenceError');

	// a soft reset ends the session (keep-alive off); the ECU is back in default, so routines are refused again
	await expect(ecu.getByLabel(/Keep alive/)).toBeChecked();
	await ecu.getByRole('button', { name: 'Soft reset' }).click();
	await expect(results.locator('li').last()).toContainText('ECU reset (11 03): positive response');
	await expect(ecu.getByLabel(/Keep alive/)).not.toBeChecked();
	await expect(trace).toContainText('02 51 03 CC');
	await ecu.getByRole('button', { name: 'Start' }).click();
	await expect(results.locator('li').last()).toContainText('NRC 0x7F serviceNotSupportedInActiveSession');

	// 0x19 0x06: the ECUs keep no extended data records, the page names the NRC
	await ecu.getByLabel('DTC').fill('C1 00 87');
	await ecu.getByRole('button', { name: 'Ext. data records (19 06)' }).click();
	await expect(results.locator('li').last()).toHaveText('Extended data of C1 00 87 (19 06 … FF): NRC 0x12 subFunctionNotSupported');
	await expect(trace).toContainText('06 19 06 C1 00 87 FF');
	await ecu.getByLabel('DTC').fill('C1 00');
	await ecu.getByRole('button', { name: 'Ext. data records (19 06)' }).click();
	await expect(results.locator('li').last()).toHaveText('Extended data: a DTC is 3 bytes (got 2)');

	// OBD-II live: the page asks again every second while the box is ticked, and stops when it is not
	await page.getByRole('button', { name: 'Clear', exact: true }).click();
	const polls = trace.getByRole('row').filter({ hasText: /request to 0x7DF: 01 00$/ });
	await page.getByLabel('Live (every second)').check();
	await expect.poll(() => polls.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
	await expect(page.getByRole('table', { name: 'OBD-II live data' })).toContainText('Vehicle speed');
	await page.getByLabel('Live (every second)').uncheck();
	await expect(page.getByRole('status').filter({ hasText: 'working' })).toHaveCount(0, { timeout: 10_000 });
	await page.getByRole('button', { name: 'Clear', exact: true }).click();
	await page.waitForTimeout(2500); // wall time on purpose: the polling is a wall-clock timer in the page
	expect(await polls.count()).toBe(0);
	expect(errors).toEqual([]);
});

test('diagnostics in Live mode: the server’s tester reads the server vehicle’s VIN, after the token', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/diag?source=live');
	const sw = page.getByRole('group', { name: 'Frame source' });
	await expect(sw.getByLabel('Live status')).toHaveText(/connected: sim/, { timeout: 15_000 });
	await expect(page.getByText('the server’s tester writes to its bus, so it needs the token')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Scan', exact: true })).toBeDisabled();

	await sw.getByLabel('Server token').fill(E2E_TOKEN);
	await sw.getByRole('button', { name: 'Unlock' }).click();
	await expect(sw.getByText('can write')).toBeVisible();
	await expect(page.getByText('Live: the server’s tester on channel 0 (sim)')).toBeVisible();

	await page.getByLabel('Target ECU').selectOption({ label: 'CVC — 0x7E0 → 0x7E8' });
	const ecu = page.getByRole('region', { name: 'ECU CVC' });
	await ecu.getByRole('combobox', { name: 'DID' }).selectOption({ label: '0xF190 VIN' });
	await ecu.getByRole('button', { name: 'Read DID' }).click();
	await expect(ecu.getByLabel('DID value')).toHaveText('ZBV1SVM0000000001', { timeout: 15_000 });
	// the exchange as the server's tester saw it on the server's virtual time: FF from the CVC, our FC
	const trace = page.getByRole('table', { name: 'Diagnostic trace' });
	await expect(trace).toContainText('10 14 62 F1 90');
	await expect(trace).toContainText('30 00 00 CC');
	// an NRC from the server's ECU, named
	const raw = page.getByLabel('Raw request (hex)');
	await raw.fill('10 04');
	await raw.press('Enter');
	await expect(page.getByRole('log', { name: 'Results log' })).toContainText('NRC 0x12 subFunctionNotSupported');
	expect(errors).toEqual([]);
});
