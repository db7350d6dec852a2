import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test gets a new browser context: its IndexedDB starts empty.

const navTo = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

test('a DTC the ICU stored in NVM survives a reload; Erase NVM gives new parts', async ({ page }) => {
	await page.goto('/ecus/fzc');
	const power = page.getByRole('button', { name: 'Power off' });
	await expect(power).toBeVisible({ timeout: 15_000 });
	await page.waitForFunction(() => parseFloat(document.querySelector('output[aria-label="Virtual time"]')?.textContent ?? '0') > 1);
	await power.click(); // the FZC goes silent: the ICU confirms U0129-87 (lost communication with the FZC)

	// in-app navigation keeps the running vehicle (a page load would restart it)
	await page.getByRole('link', { name: '← all ECUs' }).click();
	await page.getByRole('link', { name: 'ICU', exact: true }).click();
	const nvm = page.getByRole('table', { name: 'Non-volatile memory' });
	await expect(nvm).toContainText('DTC memory: 6 events, 1 confirmed', { timeout: 15_000 });
	await expect(page.getByLabel('NVM storage')).toHaveText(/^Saved in this browser/, { timeout: 10_000 });

	await page.reload();
	// loaded from IndexedDB before the vehicle powered up; the ICU firmware read it: its DTC list has the
	// confirmed DTC although the FZC is back, and the cluster asks for service
	await expect(nvm).toContainText('1 confirmed', { timeout: 15_000 });
	await navTo(page, 'Dashboard');
	const cluster = page.getByRole('region', { name: 'Instrument cluster' });
	await expect(cluster.getByRole('status', { name: 'Warning' })).toHaveText('SERVICE REQUIRED', { timeout: 15_000 });

	// Reset keeps NVM, like a power cycle
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(cluster.getByRole('status', { name: 'Warning' })).toHaveText('SERVICE REQUIRED', { timeout: 15_000 });

	await navTo(page, 'ECUs');
	await page.getByRole('link', { name: 'ICU', exact: true }).click();
	await page.getByRole('button', { name: 'Erase NVM of all ECUs' }).focus();
	await page.keyboard.press('Enter'); // keyboard reachable
	await expect(page.getByRole('status').filter({ hasText: 'NVM erased' })).toBeVisible();
	await expect(nvm).toContainText('0 confirmed', { timeout: 15_000 });
	await expect(page.getByLabel('NVM storage')).toHaveText(/^Saved in this browser/, { timeout: 10_000 });
	await page.reload();
	await expect(nvm).toContainText('0 confirmed', { timeout: 15_000 });
	await navTo(page, 'Dashboard');
	await expect(page.getByLabel('Displayed speed')).toBeVisible({ timeout: 15_000 });
	await page.waitForFunction(() => parseFloat(document.querySelector('output[aria-label="Virtual time"]')?.textContent ?? '0') > 2);
	await expect(cluster.getByRole('status', { name: 'Warning' })).toHaveCount(0);
});

test('nvm=fresh starts from new parts and leaves the stored NVM alone', async ({ page }) => {
	await page.goto('/ecus/fzc');
	await page.waitForFunction(() => parseFloat(document.querySelector('output[aria-label="Virtual time"]')?.textContent ?? '0') > 1);
	await page.getByRole('button', { name: 'Power off' }).click();
	await page.getByRole('link', { name: '← all ECUs' }).click();
	await page.getByRole('link', { name: 'ICU', exact: true }).click();
	const nvm = page.getByRole('table', { name: 'Non-volatile memory' });
	await expect(nvm).toContainText('1 confirmed', { timeout: 15_000 });
	await expect(page.getByLabel('NVM storage')).toHaveText(/^Saved in this browser/, { timeout: 10_000 });

	await page.goto('/ecus/icu?nvm=fresh');
	await expect(page.getByLabel('NVM storage')).toContainText('nvm=fresh');
	await expect(nvm).toContainText('0 confirmed', { timeout: 15_000 });
	await page.goto('/ecus/icu');
	await expect(nvm).toContainText('1 confirmed', { timeout: 15_000 });
});

test('a user DBC survives a reload, "Back to the built-in DBC" forgets it; a stored DBC that no longer parses falls back', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'zb-persist-'));
	const mine = join(dir, 'mine.dbc');
	writeFileSync(mine, 'VERSION ""\n\nBU_: A\n\nBO_ 256 MyMessage: 8 A\n SG_ MySignal : 0|8@1+ (1,0) [0|255] "" A\n');
	await page.goto('/dbc');
	const list = page.getByRole('list', { name: 'Messages' });
	await expect(list.getByRole('button', { name: /VehicleState/ })).toBeVisible({ timeout: 15_000 });
	await page.getByLabel('Load a DBC file…').setInputFiles(mine);
	await expect(page.getByLabel('DBC in use')).toHaveText('mine.dbc');
	// the page says when the DBC is stored (a reload before that could lose it)
	await expect(page.getByText('(yours, kept in this browser)')).toBeVisible();

	await page.reload();
	await expect(page.getByLabel('DBC in use')).toHaveText('mine.dbc', { timeout: 15_000 });
	await expect(page.getByText('(yours, kept in this browser)')).toBeVisible();
	await expect(list.getByRole('button', { name: /MyMessage/ })).toBeVisible();

	await page.getByRole('button', { name: 'Back to the built-in DBC' }).click();
	await expect(page.getByLabel('DBC in use')).toHaveText('vehicle.dbc');
	// said once the stored DBC is forgotten (a reload before that would bring it back)
	await expect(page.getByRole('status').filter({ hasText: 'Now decoding with the built-in vehicle DBC' })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('DBC in use')).toHaveText('vehicle.dbc', { timeout: 15_000 });
	await expect(page.getByRole('button', { name: 'Back to the built-in DBC' })).toBeDisabled();

	// the stored DBC gets corrupted behind the app's back (real IndexedDB, written by hand)
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const r = indexedDB.open('zonebench');
				r.onerror = () => reject(r.error);
				r.onsuccess = () => {
					const tx = r.result.transaction('dbc', 'readwrite');
					tx.objectStore('dbc').put({ name: 'bad.dbc', bytes: new TextEncoder().encode('BO_ 1 X: 8 A\n SG_ broken') }, 'user');
					tx.oncomplete = () => (r.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await page.reload();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Your stored DBC bad.dbc no longer parses (bad.dbc:', { timeout: 15_000 });
	await expect(alert).toContainText('decoding with the built-in vehicle.dbc');
	await expect(page.getByLabel('DBC in use')).toHaveText('vehicle.dbc');
	await expect(list.getByRole('button', { name: /VehicleState/ })).toBeVisible();
	await page.getByRole('button', { name: 'Back to the built-in DBC' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Now decoding with the built-in vehicle DBC' })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('DBC in use')).toHaveText('vehicle.dbc', { timeout: 15_000 });
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('simulated storage failure: IndexedDB refuses to open → a visible message and Restart, the vehicle runs on in memory', async ({ page }) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = function () {
			throw new DOMException('simulated storage failure (test)', 'UnknownError');
		};
	});
	await page.goto('/');
	const alert = page.getByRole('alert').filter({ hasText: 'browser storage' });
	await expect(alert).toContainText('Could not open browser storage (IndexedDB): UnknownError: simulated storage failure (test)');
	await expect(alert).toContainText('kept in memory for this session only');
	await expect(alert.getByRole('button', { name: 'Restart' })).toBeVisible();
	// the dashboard still runs: virtual time advances and frames are decoded with the built-in DBC
	const time = page.getByLabel('Virtual time', { exact: true });
	await expect.poll(async () => parseFloat((await time.textContent()) ?? '0'), { timeout: 15_000 }).toBeGreaterThan(1);
	await expect(page.getByRole('cell', { name: '014', exact: true })).toBeVisible();
	await navTo(page, 'ECUs');
	await page.getByRole('link', { name: 'ICU', exact: true }).click();
	await expect(page.getByLabel('NVM storage')).toHaveText(/^In memory only/);
	await expect(page.getByRole('table', { name: 'Non-volatile memory' })).toContainText('DTC memory');
	// a DBC loaded now is used, and the page does not claim it is kept
	await navTo(page, 'DBC');
	const dt = await page.evaluateHandle(() => {
		const d = new DataTransfer();
		d.items.add(new File(['VERSION ""\n\nBU_: A\n\nBO_ 256 Mine: 8 A\n SG_ S : 0|8@1+ (1,0) [0|255] "" A\n'], 'mine.dbc'));
		return d;
	});
	await page.getByRole('region', { name: 'Load a DBC' }).dispatchEvent('drop', { dataTransfer: dt });
	await expect(page.getByLabel('DBC in use')).toHaveText('mine.dbc');
	await expect(page.getByText('(yours, for this session only)')).toBeVisible();
});

test('simulated full disk: saving NVM fails with QuotaExceededError → a visible message naming it, the app goes on', async ({ page }) => {
	await page.addInitScript(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('simulated: the quota has been exceeded (test)', 'QuotaExceededError');
		};
	});
	await page.goto('/');
	const alert = page.getByRole('alert').filter({ hasText: 'browser storage' });
	await expect(alert).toContainText('Could not save ECU NVM to browser storage: QuotaExceededError: simulated: the quota has been exceeded (test)', {
		timeout: 15_000
	});
	await expect(alert.getByRole('button', { name: 'Restart' })).toBeVisible();
	const time = page.getByLabel('Virtual time', { exact: true });
	const t0 = parseFloat((await time.textContent()) ?? '0');
	await expect.poll(async () => parseFloat((await time.textContent()) ?? '0'), { timeout: 15_000 }).toBeGreaterThan(t0 + 1);
});

test('two tabs: the second powers up with the stored NVM but does not overwrite it; once the first closes, a reload saves again', async ({ page, context }) => {
	await page.goto('/ecus/fzc');
	await page.waitForFunction(() => parseFloat(document.querySelector('output[aria-label="Virtual time"]')?.textContent ?? '0') > 1);
	await page.getByRole('button', { name: 'Power off' }).click();
	await page.getByRole('link', { name: '← all ECUs' }).click();
	await page.getByRole('link', { name: 'ICU', exact: true }).click();
	await expect(page.getByRole('table', { name: 'Non-volatile memory' })).toContainText('1 confirmed', { timeout: 15_000 });
	await expect(page.getByLabel('NVM storage')).toHaveText(/^Saved in this browser/, { timeout: 10_000 });

	const second = await context.newPage();
	await second.goto('/ecus/icu');
	const nvm2 = second.getByRole('table', { name: 'Non-volatile memory' });
	await expect(nvm2).toContainText('1 confirmed', { timeout: 15_000 });
	await expect(second.getByLabel('NVM storage')).toContainText('another zonebench tab saves the NVM');
	// erasing in the second tab gives it new parts, and leaves what the first tab saved alone
	await second.getByRole('button', { name: 'Erase NVM of all ECUs' }).click();
	await expect(nvm2).toContainText('0 confirmed', { timeout: 15_000 });

	await page.close();
	await second.reload();
	await expect(nvm2).toContainText('1 confirmed', { timeout: 15_000 });
	await expect(second.getByLabel('NVM storage')).toHaveText(/^Saved in this browser/);
});
