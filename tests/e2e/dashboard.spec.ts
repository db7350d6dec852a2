import { expect, test, type Page } from '@playwright/test';

const shownSpeed = async (page: Page) => parseFloat((await page.getByLabel('Displayed speed').textContent()) ?? 'NaN');

async function ready(page: Page): Promise<void> {
	await page.goto('/');
	await expect.poll(() => shownSpeed(page), { timeout: 15_000 }).toBeLessThan(1);
}

test('holding the on-screen accelerator with the pointer drives the car; releasing it lifts the pedal', async ({ page }) => {
	await ready(page);
	const pedal = page.getByRole('button', { name: /^Accelerator/ });
	await pedal.scrollIntoViewIfNeeded();
	const box = (await pedal.boundingBox())!;
	// press low on the pedal: a deep press
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.9);
	await page.mouse.down();
	await expect(page.getByLabel('Pedals and steering sent')).toContainText(/accel (8\d|9\d) %/);
	await expect.poll(() => shownSpeed(page), { timeout: 20_000 }).toBeGreaterThan(10);
	await page.mouse.up();
	await expect(page.getByLabel('Pedals and steering sent')).toContainText('accel 0 %');
	await expect(pedal).toHaveAttribute('aria-pressed', 'false');
	// keyboard: a focused pedal is pressed while Enter is held
	const brake = page.getByRole('button', { name: /^Brake/ });
	await brake.focus();
	await page.keyboard.down('Enter');
	await expect(page.getByLabel('Pedals and steering sent')).toContainText('brake 50 %');
	await expect(brake).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.up('Enter');
	await expect(page.getByLabel('Pedals and steering sent')).toContainText('brake 0 %');
});

test('held ← and → steer: the wheel angle goes left (the FZC rack follows), right and back to centre', async ({ page }) => {
	await ready(page);
	const sent = page.getByLabel('Pedals and steering sent');
	await page.locator('body').focus();
	await page.keyboard.down('ArrowLeft');
	await expect(sent).toContainText('wheel 180°');
	// the CVC commands wheel / 15 and the FZC's rack follows: SteerStatus reports about 12 deg
	const steer = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '200', exact: true }) });
	await expect
		.poll(async () => parseFloat(/SteerAngle=(-?[\d.]+)/.exec((await steer.textContent()) ?? '')?.[1] ?? 'NaN'), { timeout: 10_000 })
		.toBeGreaterThan(10);
	await page.keyboard.up('ArrowLeft');
	await page.keyboard.down('ArrowRight');
	await expect(sent).toContainText('wheel -180°');
	await page.keyboard.up('ArrowRight');
	await expect(sent).toContainText('wheel 0°');
});

test('the gear keys reach the CVC: R is what the ICU cluster shows, and E latches the emergency stop', async ({ page }) => {
	await ready(page);
	const gear = page.getByRole('region', { name: 'Instrument cluster' }).getByLabel('Gear');
	await expect(gear).toHaveText('D');
	await page.keyboard.press('r');
	await expect(gear).toHaveText('R');
	await expect(page.getByRole('group', { name: 'Gear selector' }).getByRole('button', { name: /^R/ })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('e');
	await expect(page.getByRole('button', { name: /E-stop \(latched\)/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('region', { name: 'ECUs' }).getByRole('link', { name: /CVC.*SAFE_STOP/ })).toBeVisible();
});

test('a gamepad drives (fake pad: no gamepad hardware exists on this machine; the page reads it through the real Gamepad API calls)', async ({ page }) => {
	// navigator.getGamepads() returns a pad the test moves; everything after it is the app's own code
	await page.addInitScript(() => {
		const buttons = Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 }));
		const pad = { id: 'Test pad (standard)', index: 0, connected: true, mapping: 'standard', axes: [0, 0, 0, 0], buttons, timestamp: 0 };
		const w = window as unknown as { __pad: typeof pad | null };
		w.__pad = pad;
		Object.defineProperty(navigator, 'getGamepads', { value: () => [w.__pad, null, null, null] });
	});
	await ready(page);
	await expect(page.locator('summary')).toContainText('gamepad: Test pad (standard)');
	await page.evaluate(() => {
		const p = (window as unknown as { __pad: { buttons: { pressed: boolean; value: number }[] } }).__pad;
		p.buttons[7] = { pressed: true, value: 0.9 }; // right trigger: accelerator
	});
	await expect(page.getByLabel('Pedals and steering sent')).toContainText('accel 90 %');
	await expect.poll(() => shownSpeed(page), { timeout: 20_000 }).toBeGreaterThan(10);
	// Y toggles the hazard lights once per press; the ICU lights the telltale
	await page.evaluate(() => {
		const p = (window as unknown as { __pad: { buttons: { pressed: boolean; value: number }[] } }).__pad;
		p.buttons[3] = { pressed: true, value: 1 };
	});
	await expect(page.getByRole('region', { name: 'Instrument cluster' }).getByLabel('HAZARD on')).toBeVisible();
	await expect(page.getByRole('button', { name: /Hazard/ })).toHaveAttribute('aria-pressed', 'true');
	// unplugged: its pedal is released rather than left floored
	await page.evaluate(() => {
		const w = window as unknown as { __pad: { connected: boolean; index: number } | null };
		const pad = w.__pad!;
		w.__pad = null;
		pad.connected = false;
		const e = new Event('gamepaddisconnected');
		Object.defineProperty(e, 'gamepad', { value: pad });
		window.dispatchEvent(e);
	});
	await expect(page.getByLabel('Pedals and steering sent')).toContainText('accel 0 %');
	await expect(page.locator('summary')).toContainText('no gamepad');
});

test('the bus-load strip plots the load over time and names the current value', async ({ page }) => {
	await ready(page);
	const strip = page.getByRole('region', { name: 'Bus load' });
	await expect(strip.getByLabel('Bus load now')).toHaveText(/^\d+\.\d %$/);
	// seven ECUs at their DBC periods (0.0 % until the first window of traffic is measured)
	await expect.poll(async () => parseFloat((await strip.getByLabel('Bus load now').textContent()) ?? '0'), { timeout: 10_000 }).toBeGreaterThan(5);
	await expect(strip.locator('polyline')).toHaveCount(1, { timeout: 10_000 });
	await expect(strip.getByRole('img')).toHaveAttribute('aria-label', /now \d+\.\d %, peak \d+\.\d %/);
});

test('the theme switch cycles auto → light → dark, is remembered over a reload and recolours the page', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim());
	const button = page.getByRole('button', { name: /Theme: Auto/ });
	await expect(button).toBeVisible();
	expect(await bg()).toBe('#0b1020');
	await button.click();
	await expect(page.getByRole('button', { name: /Theme: Light/ })).toBeVisible();
	expect(await bg()).toBe('#f4f6fb');
	await page.reload();
	await expect(page.getByRole('button', { name: /Theme: Light/ })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
	await page.getByRole('button', { name: /Theme: Light/ }).click();
	await expect(page.getByRole('button', { name: /Theme: Dark/ })).toBeVisible();
	// dark is kept even when the system turns light
	await page.emulateMedia({ colorScheme: 'light' });
	expect(await bg()).toBe('#0b1020');
	await page.getByRole('button', { name: /Theme: Dark/ }).click();
	// auto again: follows the (now light) system
	await expect(page.getByRole('button', { name: /Theme: Auto/ })).toBeVisible();
	expect(await bg()).toBe('#f4f6fb');
});

for (const [w, h, what] of [
	[1024, 600, '7-inch tablet, landscape'],
	[600, 1024, '7-inch tablet, portrait'],
	[1920, 1080, 'desktop']
] as const) {
	test(`every page fits a ${what} (${w}×${h}) without sideways scrolling`, async ({ page }) => {
		await page.setViewportSize({ width: w, height: h });
		await page.goto('/');
		await expect(page.getByLabel('Frames received')).not.toHaveText('0', { timeout: 15_000 });
		for (const path of ['/', '/trace', '/signals', '/ecus', '/ecus/cvc', '/network', '/dbc', '/scenarios']) {
			await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: NAV[path.split('/')[1] || ''] }).click();
			if (path === '/ecus/cvc') await page.getByRole('link', { name: /CVC/ }).first().click();
			await expect(page).toHaveURL(new RegExp(`${path}$`));
			await page.waitForTimeout(300); // let tables fill
			const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(over, `${path} overflows by ${over}px at ${w}×${h}`).toBeLessThanOrEqual(0);
			// the navigation and the run/pause button stay reachable
			await expect(page.getByRole('region', { name: 'Simulation controls' }).getByRole('button', { name: /Run|Pause/ })).toBeInViewport();
		}
	});
}

const NAV: Record<string, string> = { '': 'Dashboard', trace: 'Trace', signals: 'Signals', ecus: 'ECUs', network: 'Network', dbc: 'DBC', scenarios: 'Scenarios' };

test('a user DBC without ClusterDisplay: the cluster says why it is empty and offers the built-in DBC back', async ({ page }) => {
	await page.goto('/dbc');
	await expect(page.getByLabel('DBC in use')).toHaveText('vehicle.dbc', { timeout: 15_000 });
	const dt = await page.evaluateHandle(() => {
		const d = new DataTransfer();
		const text = 'VERSION ""\n\nBU_: A\n\nBO_ 256 Other: 8 A\n SG_ Sig : 0|8@1+ (1,0) [0|255] "" A\n';
		d.items.add(new File([text], 'other.dbc', { type: 'text/plain' }));
		return d;
	});
	await page.getByRole('region', { name: 'Load a DBC' }).dispatchEvent('drop', { dataTransfer: dt });
	await expect(page.getByLabel('DBC in use')).toHaveText('other.dbc');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
	const cluster = page.getByRole('region', { name: 'Instrument cluster' });
	await expect(cluster.getByRole('status')).toContainText('other.dbc, has no ClusterDisplay message (0x450)');
	await cluster.getByRole('button', { name: 'Back to the built-in DBC' }).click();
	await expect(cluster.getByRole('img', { name: /^Speedometer \d+ km\/h$/ })).toBeVisible();
	await expect(cluster.getByText(/has no ClusterDisplay/)).toHaveCount(0);
});

test('Reset starts the per-ID frame table over (a new session, not a guess from time going backwards)', async ({ page }) => {
	await page.goto('/');
	const row = page.getByRole('region', { name: 'Frames by ID' }).getByRole('row').filter({ has: page.getByRole('cell', { name: '100', exact: true }) });
	// VehicleState every 10 ms: after 3 s of virtual time its count is in the hundreds
	await expect.poll(async () => Number((await row.getByRole('cell').nth(5).textContent()) ?? 0), { timeout: 20_000 }).toBeGreaterThan(300);
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await controls.getByRole('button', { name: 'Pause' }).click();
	await expect(controls.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
	await controls.getByRole('button', { name: 'Reset' }).click();
	await controls.getByRole('button', { name: 'Step 10 ms' }).click();
	await expect.poll(async () => Number((await row.getByRole('cell').nth(5).textContent()) ?? 0)).toBeLessThan(5);
});
