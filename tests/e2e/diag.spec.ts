/**
 * /diag in Chromium against the simulation in the tab: scan, an NRC named, bad hex located, the security
 * lockout shown, OBD-II, and the report printed to an A4 PDF whose text pdftotext reads back.
 */
import { expect, test } from '@playwright/test';
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
