import { expect, test } from '@playwright/test';

// The /scenarios page runs scenarios on fresh vehicles in the simulation worker. Run all of the ten built-in
// scenarios is covered through the same worker API in src/lib/worker/scenario-api.spec.ts; here one, then two.
test('run one scenario from the page: its verdict and FDTI + FRTI against the FTTI, drawn and in numbers', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scenarios' }).click();
	await expect(page).toHaveURL(/\/scenarios$/);
	await expect(page.getByRole('button', { name: /Run all \(10\)/ })).toBeEnabled({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Run scenarios/sg-008-estop.json' }).click();
	await expect(page.getByLabel('Verdict of scenarios/sg-008-estop.json')).toHaveText('pass', { timeout: 30_000 });
	// the same figures as docs/safety.md: the run is exact on virtual time, in Node and in Chromium alike
	await expect(page.getByLabel('Reaction of scenarios/sg-008-estop.json')).toHaveText('1 + 1 = 2 / 100 ms');
	const tl = page.getByRole('article', { name: 'Timeline of scenarios/sg-008-estop.json' });
	await expect(tl.getByRole('img', { name: /SG-008: FDTI 1 ms \+ FRTI 1 ms against FTTI 100 ms, within/ })).toBeVisible();
	await expect(tl.getByText(/inputs \{"estop":true\} @10000 ms/).first()).toBeVisible();
	// the tab's own vehicle is another one: still running, its frames still counted
	const before = Number(await page.getByLabel('Frames received').textContent());
	await expect.poll(async () => Number(await page.getByLabel('Frames received').textContent())).toBeGreaterThan(before);
	// JUnit XML of what ran
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JUnit XML' }).click()]);
	expect(dl.suggestedFilename()).toBe('scenarios.junit.xml');
});

test('two scenarios in a row, with progress, and Cancel stops a run', async ({ page }) => {
	await page.goto('/scenarios');
	await expect(page.getByRole('button', { name: /Run all/ })).toBeEnabled({ timeout: 20_000 });
	await page.getByRole('button', { name: 'Run scenarios/sg-006-motor-overtemp.json' }).click();
	await expect(page.getByLabel('Verdict of scenarios/sg-006-motor-overtemp.json')).toHaveText('pass', { timeout: 30_000 });
	await expect(page.getByLabel('Reaction of scenarios/sg-006-motor-overtemp.json')).toHaveText('2 + 2 = 4 / 500 ms');
	await page.getByRole('button', { name: 'Run scenarios/sg-002-rzc-power-off.json' }).click();
	await expect(page.getByLabel('Verdict of scenarios/sg-002-rzc-power-off.json')).toHaveText('pass', { timeout: 30_000 });
	await expect(page.getByLabel('Reaction of scenarios/sg-002-rzc-power-off.json')).toHaveText('78 + 3 = 81 / 200 ms');
	// Run all, cancelled while the first runs: progress was shown, nothing is left running
	await page.getByRole('button', { name: /Run all/ }).click();
	await expect(page.getByLabel('Scenario time')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: /Cancelled: \d+ of 10 finished/ })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('button', { name: /Run all/ })).toBeEnabled();
});

test('a broken scenario file shows file: json-path: reason and runs nothing; a signal the DBC lacks is named', async ({ page }) => {
	await page.goto('/scenarios');
	await expect(page.getByRole('button', { name: /Run all \(10\)/ })).toBeEnabled({ timeout: 20_000 });
	const input = page.getByLabel('Load your own scenario (JSON)…');
	await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"name": ') });
	await expect(page.getByRole('alert', { name: 'Scenario file errors' })).toContainText(/broken\.json: \$: not valid JSON/);
	const good = { name: 'mine', requirement: 'SG-008', asil: 'C', duration_ms: 500, steps: [{ at_ms: 100, inputs: { estop: true } }], assertions: [{ type: 'state', condition: { signal: 'VehicleState.Nope', op: '==', value: 1 }, within_ms: 100 }] };
	await input.setInputFiles({ name: 'nosig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
	await expect(page.getByRole('alert', { name: 'Scenario file errors' })).toContainText("nosig.json: $.assertions[0].condition.signal: message VehicleState has no signal 'Nope'");
	// nothing was added: still the ten built-in ones
	await expect(page.getByRole('button', { name: /Run all \(10\)/ })).toBeEnabled();
	good.assertions[0].condition.signal = 'VehicleState.EStopActive';
	await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
	await expect(page.getByRole('button', { name: /Run all \(11\)/ })).toBeEnabled();
	await page.getByRole('button', { name: 'Run mine.json' }).click();
	await expect(page.getByLabel('Verdict of mine.json')).toHaveText('pass', { timeout: 30_000 });
});
