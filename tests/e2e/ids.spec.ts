import { expect, test, type Page } from '@playwright/test';

// the summary line: "N frames checked, M alerts" followed by one chip per alert class ("unknown-id 12")
const summary = (page: Page) => page.getByRole('region', { name: 'Alerts' }).locator('p[aria-live]');
const num = (re: RegExp) => async (page: Page) => Number(re.exec((await summary(page).textContent()) ?? '')?.[1] ?? NaN);
const alerts = num(/(\d+) alerts/);
const checked = num(/(\d+) frames checked/);
const ofClass = (cls: string) => async (page: Page) => Number(new RegExp(`${cls} (\\d+)`).exec((await summary(page).textContent()) ?? '')?.[1] ?? 0);
const virtualS = async (page: Page) => parseFloat((await page.getByLabel('Virtual time').textContent()) ?? 'NaN');

async function open(page: Page): Promise<string[]> {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
	await page.goto('/ids');
	await expect(page.getByRole('heading', { name: /intrusion detection/ })).toBeVisible();
	return errors;
}

test('/ids loads without errors and a clean drive (city autopilot) raises no alert', async ({ page }) => {
	const errors = await open(page);
	await page.getByRole('region', { name: 'Simulation controls' }).getByLabel('Autopilot').selectOption('city');
	await expect.poll(() => checked(page), { timeout: 30_000 }).toBeGreaterThan(10_000);
	expect(await alerts(page)).toBe(0);
	await expect(page.getByRole('cell', { name: 'No alerts.' })).toBeVisible();
	await expect(page.getByRole('img', { name: /Alerts per class in the last 60 s: none/ })).toBeVisible();
	expect(errors).toEqual([]);
});

for (const [attack, cls] of [
	['flooding', 'unknown-id'],
	['fabrication', 'timing']
] as const) {
	test(`/ids: starting ${attack} from the attack panel raises ${cls} alerts; stopping it stops them; a reset ends it`, async ({ page }) => {
		const errors = await open(page);
		await expect.poll(() => checked(page), { timeout: 20_000 }).toBeGreaterThan(3_000);
		expect(await alerts(page)).toBe(0);
		const panel = page.getByRole('region', { name: 'Attack panel' });
		await panel.getByRole('button', { name: `Start ${attack}` }).click();
		await expect(panel.getByRole('button', { name: `Stop ${attack}` })).toHaveAttribute('aria-pressed', 'true');
		await expect(panel.getByText(/running, \d+ frames sent/)).toBeVisible({ timeout: 5_000 });
		// one class on one identifier alerts at most once a second: two alerts = the attack went on for > 1 s
		await expect.poll(() => ofClass(cls)(page), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
		await expect(page.getByRole('cell', { name: cls, exact: true }).first()).toBeVisible();
		await expect(page.getByRole('img', { name: new RegExp(`Alerts per class in the last 60 s: .*${cls} [1-9]`) })).toBeVisible();
		await panel.getByRole('button', { name: `Stop ${attack}` }).click();
		await expect(panel.getByRole('button', { name: `Start ${attack}` })).toHaveAttribute('aria-pressed', 'false');
		// what was in flight may still be flagged; then no more alerts of the attack's class over 3 s of driving
		await page.waitForTimeout(1_000);
		const after = await ofClass(cls)(page);
		const frames = await checked(page);
		await expect.poll(() => checked(page), { timeout: 20_000 }).toBeGreaterThan(frames + 3_000);
		expect(await ofClass(cls)(page)).toBe(after);
		// a reset ends the attack and starts the list over; the ECUs may keep DTCs the attack left in their NVM
		// (odd ClusterDisplay bits), but neither the attack's class nor a rate alert comes back
		await page.getByRole('region', { name: 'Simulation controls' }).getByRole('button', { name: 'Reset' }).click();
		await expect.poll(() => virtualS(page), { timeout: 10_000 }).toBeLessThan(1);
		await expect.poll(() => virtualS(page), { timeout: 20_000 }).toBeGreaterThan(4);
		expect(await ofClass(cls)(page)).toBe(0);
		expect(await ofClass('rate')(page)).toBe(0);
		await expect(panel.getByRole('button', { name: `Start ${attack}` })).toBeVisible();
		expect(errors).toEqual([]);
	});
}

test('/ids hands its checker copies of the batches: a recording started on the page still gets every frame', async ({ page }) => {
	const errors = await open(page);
	await expect.poll(() => checked(page), { timeout: 20_000 }).toBeGreaterThan(1_000);
	const rec = page.getByRole('group', { name: 'Recording' });
	await rec.getByRole('button', { name: /Record/ }).click();
	await expect.poll(async () => Number(/(\d+) frames/.exec((await rec.getByLabel('Recorded').textContent()) ?? '')?.[1] ?? 0), { timeout: 10_000 }).toBeGreaterThan(1_000);
	await rec.getByRole('button', { name: /Stop/ }).click();
	await expect(rec.getByRole('button', { name: /Record/ })).toBeVisible();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recordings' }).click();
	const stored = page.getByRole('cell', { name: /^Frames of / }).first();
	await expect.poll(async () => Number(await stored.textContent()), { timeout: 10_000 }).toBeGreaterThan(1_000);
	expect(errors).toEqual([]);
});
