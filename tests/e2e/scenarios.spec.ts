import { expect, test } from '@playwright/test';

// The /scenarios page runs scenarios on fresh vehicles in the simulation worker (the same worker API is
// tested in Node in src/lib/worker/scenario-api.spec.ts).
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

test('Run all shows every built-in verdict and the per-goal summary; Cancel stops a run', async ({ page }) => {
	test.setTimeout(180_000);
	await page.goto('/scenarios');
	await expect(page.getByRole('button', { name: /Run all \(10\)/ })).toBeEnabled({ timeout: 20_000 });
	await page.getByRole('button', { name: /Run all/ }).click();
	// progress of the one running: virtual time against its duration
	await expect(page.getByLabel('Scenario time')).toHaveText(/^\d+\.\d \/ \d+\.\d s$/);
	await expect(page.getByRole('status').filter({ hasText: '10 of 10 ended as expected.' })).toBeVisible({ timeout: 150_000 });
	const files = ['sg-001-pedal-disagree', 'sg-001-torque-request-e2e', 'sg-002-rzc-hang-watchdog', 'sg-002-rzc-power-off', 'sg-003-steer-feedback-offset', 'sg-004-brake-command-lost', 'sg-005-forged-brake-command', 'sg-006-motor-overtemp', 'sg-007-obstacle-aeb', 'sg-008-estop'];
	for (const f of files) await expect(page.getByLabel(`Verdict of scenarios/${f}.json`)).toHaveText('pass');
	await expect(page.getByLabel('Reaction of scenarios/sg-002-rzc-power-off.json')).toHaveText('78 + 3 = 81 / 200 ms');
	await expect(page.getByLabel('Reaction of scenarios/sg-006-motor-overtemp.json')).toHaveText('2 + 2 = 4 / 500 ms');
	const goals = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'FTTI ms' }) });
	await expect(goals.getByRole('row').filter({ hasText: 'sg-004-brake-command-lost.json' })).toContainText(/SG-004.*loss of braking.*D.*50.*23.*19.*pass/);
	// Run all again, cancelled while it runs: nothing is left running
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

test('chaos on the page: the same faults and figures as `npm run scenario -- --chaos 1 --faults 3`', async ({ page }) => {
	await page.goto('/scenarios');
	await expect(page.getByRole('button', { name: 'Run chaos' })).toBeEnabled({ timeout: 20_000 });
	await page.getByLabel('Chaos seed').fill('1');
	await page.getByLabel('Faults to draw').fill('3');
	await page.getByRole('button', { name: 'Run chaos' }).click();
	await expect(page.getByRole('status').filter({ hasText: '3 of 3 faults handled in time (seed 1).' })).toBeVisible({ timeout: 60_000 });
	const rows = page.getByRole('table', { name: 'Chaos results' }).getByRole('row');
	await expect(rows.nth(1)).toContainText(/sensor-open:cvc\.PEDAL_S1\s*13\.372 s\s*SG-001\s*9 \+ 0 \/ 50 ms\s*pass/);
	await expect(rows.nth(2)).toContainText(/ecu-trap:tcu\s*14\.723 s\s*defined state/);
	await expect(rows.nth(3)).toContainText(/frozen-alive:0x101\s*7\.389 s\s*SG-001\s*33 \+ 0 \/ 50 ms\s*pass/);
});
