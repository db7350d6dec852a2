import { expect, test, type Page } from '@playwright/test';

// the scene's text alternative, drawn from the BCM's and FZC's frames as the dashboard decodes them
const scene = (page: Page) => page.getByRole('img', { name: /^Top view of the car:/ });

async function ready(page: Page): Promise<void> {
	await page.goto('/');
	await expect(scene(page)).toHaveAccessibleName(/Headlamps (off|low beam)/, { timeout: 15_000 });
}

test('hazard key: the scene says both indicators flash, and its lamps blink with the BCM’s flash phase', async ({ page }) => {
	await ready(page);
	await expect(scene(page)).toHaveAccessibleName(/indicators off/);
	await page.keyboard.press('h');
	await expect(scene(page)).toHaveAccessibleName(/hazard lights: both indicators flashing/);
	const lit = page.locator('.scene circle.blinker.on');
	// 1.5 Hz: all four corners lit, then all dark, within a few seconds
	await expect(lit).toHaveCount(4, { timeout: 5_000 });
	await expect(lit).toHaveCount(0, { timeout: 5_000 });
	await expect(lit).toHaveCount(4, { timeout: 5_000 });
	await page.keyboard.press('h');
	await expect(scene(page)).toHaveAccessibleName(/indicators off/);
});

test('light switch key: AUTO in daylight → low beam → high beam, as the BCM reports in Lights', async ({ page }) => {
	await ready(page);
	await expect(scene(page)).toHaveAccessibleName(/Headlamps off \(auto\)/);
	await page.keyboard.press('l');
	await expect(scene(page)).toHaveAccessibleName(/Headlamps low beam,/);
	await expect(page.locator('.scene polygon.beam')).toHaveCount(2);
	await page.keyboard.press('l');
	await expect(scene(page)).toHaveAccessibleName(/Headlamps high beam,/);
	await page.keyboard.press('l');
	await expect(scene(page)).toHaveAccessibleName(/Headlamps off,/);
	await expect(page.locator('.scene polygon.beam')).toHaveCount(0);
});

test('front-left door key: the scene shows the door open, then closed again', async ({ page }) => {
	await ready(page);
	await expect(scene(page)).toHaveAccessibleName(/doors closed/);
	await page.keyboard.press('o');
	await expect(scene(page)).toHaveAccessibleName(/front left door open/);
	await expect(page.locator('.scene line.door.open')).toHaveCount(1);
	await page.keyboard.press('o');
	await expect(scene(page)).toHaveAccessibleName(/doors closed/);
});

test('held ← turns the front wheels left by the FZC’s rack angle', async ({ page }) => {
	await ready(page);
	await expect(scene(page)).toHaveAccessibleName(/front wheels straight/);
	await page.locator('body').focus();
	await page.keyboard.down('ArrowLeft');
	await expect(scene(page)).toHaveAccessibleName(/front wheels turned (1\d)° left/, { timeout: 10_000 });
	await page.keyboard.up('ArrowLeft');
	await expect(scene(page)).toHaveAccessibleName(/front wheels straight/, { timeout: 10_000 });
});

test('obstacle from the Faults panel: the scene shows it ahead and the FZC’s braking, the cluster speed falls to a stop', async ({ page }) => {
	await ready(page);
	await page.getByRole('region', { name: 'Simulation controls' }).getByLabel('Autopilot').selectOption('city');
	const speed = async () => parseFloat((await page.getByLabel('Displayed speed').textContent()) ?? 'NaN');
	await expect.poll(speed, { timeout: 20_000 }).toBeGreaterThan(20);
	// an empty road first: the sensor reads 200 m ± noise
	await expect(scene(page)).toHaveAccessibleName(/no obstacle within 200 m|obstacle (199|200) m ahead: clear/);
	const faults = page.getByRole('region', { name: 'Faults' });
	await faults.getByRole('button', { name: /^Faults/ }).click();
	await faults.getByRole('combobox', { name: 'Fault', exact: true }).selectOption('obstacle');
	await expect(faults.getByRole('textbox', { name: /^distance/ })).toHaveValue('30'); // the catalog's default
	await faults.getByRole('textbox', { name: /^distance/ }).fill('40');
	await faults.getByRole('button', { name: 'Inject' }).click();
	await expect(faults.getByRole('list', { name: 'Active faults' })).toContainText('obstacle::40');
	// the FZC measures it and brakes: the scene says so from FrontDistance and BrakeStatus
	await expect(scene(page)).toHaveAccessibleName(/obstacle \d+ m ahead/, { timeout: 5_000 });
	await expect(scene(page)).toHaveAccessibleName(/(braking|emergency braking) zone/, { timeout: 10_000 });
	await expect(scene(page)).toHaveAccessibleName(/brakes \d+ %/);
	await expect.poll(speed, { timeout: 15_000 }).toBeLessThan(1);
	await faults.getByRole('button', { name: 'Clear obstacle::40' }).click();
	await expect(scene(page)).toHaveAccessibleName(/no obstacle within 200 m|obstacle (199|200) m ahead: clear/, { timeout: 10_000 });
});
