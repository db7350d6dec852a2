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

test('obstacle: the page cannot place one (the tab’s simulation drives an empty road), so the autopilot drives and the scene shows the FZC’s distance reading', async ({ page }) => {
	await ready(page);
	await page.getByRole('region', { name: 'Simulation controls' }).getByLabel('Autopilot').selectOption('city');
	await expect.poll(async () => parseFloat((await page.getByLabel('Displayed speed').textContent()) ?? 'NaN'), { timeout: 20_000 }).toBeGreaterThan(5);
	// the sensor reads 200 m ± noise on an empty road: the FZC reports nothing, or an object just inside its range
	const empty = /no obstacle within 200 m|obstacle (199|200) m ahead: clear/;
	await expect(scene(page)).toHaveAccessibleName(empty);
	await expect(scene(page)).toContainText(empty);
	// the brake readout follows BrakeStatus while the autopilot drives
	await expect(scene(page)).toContainText(/brakes \d+ % (RELEASED|SERVICE|HOLD)/);
});
