/**
 * The tab joins the fleet as a vehicle: over the real embedded broker (/mqtt) with the token, /fleet lists
 * its VIN online, and a `lights` command sent through the REST API goes QUEUED → … → COMPLETED while the
 * tab's simulation (real wasm BCM) switches its headlamps on.
 */
import { expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';

test('a tab joins the fleet and executes a lights command from the vehicle page', async ({ page }) => {
	test.setTimeout(90_000);
	// what the header's Unlock field keeps once the server accepted the token
	await page.addInitScript((t) => localStorage.setItem('zonebench.live.token', t), E2E_TOKEN);
	await page.goto('./');
	await page.getByTestId('fleet-join').check();
	const state = page.getByTestId('fleet-join-state');
	await expect(state).toContainText('online', { timeout: 20_000 });
	const vin = (await state.getByRole('link').textContent())!.trim();
	expect(vin).toMatch(/^ZBV1TAB\d{10}$/);
	const vehicleTab = page;
	// the BCM's Lights frame (0x400) on the dashboard: the light switch starts at AUTO, headlamps not HIGH
	const lights = vehicleTab.locator('tr', { has: vehicleTab.locator('td', { hasText: /^Lights$/ }) });
	await expect(lights).toContainText('HeadlampState=', { timeout: 20_000 });
	await expect(lights).not.toContainText('HeadlampState=HIGH');

	const fleet = await page.context().newPage();
	await fleet.goto('./fleet');
	const row = fleet.locator(`tr[data-vin="${vin}"]`);
	await expect(row.getByTestId('fleet-state')).toHaveText('online', { timeout: 20_000 });

	await row.getByRole('link', { name: vin }).click();
	await expect(fleet.getByTestId('vehicle-state')).toContainText('online');
	await fleet.getByTestId('cmd-name').selectOption('lights');
	await fleet.getByTestId('cmd-args').fill('{"on": true}');
	await fleet.getByRole('button', { name: 'Send' }).click();
	const cmd = fleet.locator('tr[data-command="lights"]').first();
	await expect(cmd.getByTestId('cmd-state')).toHaveText('COMPLETED', { timeout: 20_000 });
	await expect(cmd).toContainText('SENT → DELIVERED → COMPLETED');

	// the tab's simulation executed it: the BCM (real wasm) now sends high beam in its Lights frame
	await vehicleTab.bringToFront();
	await expect(lights).toContainText('HeadlampState=HIGH', { timeout: 10_000 });
});

test('while the broker is unreachable the tab keeps telemetry in its outbox and replays it, nothing missing', async ({ page }) => {
	test.setTimeout(90_000);
	await page.addInitScript((t) => localStorage.setItem('zonebench.live.token', t), E2E_TOKEN);
	// the tab's WebSocket to /mqtt goes through here: passed to the real broker, or cut while `cut` is set
	let cut = false;
	const open: Array<{ close: () => Promise<void> }> = [];
	await page.routeWebSocket(/\/mqtt$/, (ws) => {
		if (cut) return void ws.close();
		ws.connectToServer();
		open.push(ws);
	});
	await page.goto('./');
	await page.getByTestId('fleet-join').check();
	const state = page.getByTestId('fleet-join-state');
	await expect(state).toContainText('online', { timeout: 20_000 });
	const vin = (await state.getByRole('link').textContent())!.trim();
	await expect(state).toContainText(/seq [3-9]/, { timeout: 10_000 });

	cut = true;
	for (const ws of open.splice(0)) await ws.close();
	await expect(state).toContainText('broker unreachable', { timeout: 10_000 });
	// longer than the 10 s after which the server counts a message as replayed (docs/fleet.md, "Ingest")
	await expect(state).toContainText(/outbox (1[2-9]|[2-9]\d)\b/, { timeout: 25_000 });
	cut = false;
	await expect(state).toContainText('online', { timeout: 20_000 });
	// replayed: at most the message of this second is still waiting for its PUBACK when the page samples it
	await expect(state).toContainText(/outbox [01]\b/, { timeout: 15_000 });

	const seq = Number(/seq (\d+)/.exec((await state.textContent())!)![1]);
	const h = { authorization: `Bearer ${E2E_TOKEN}` };
	await expect(async () => {
		const g = await (await page.request.get(`./api/fleet/vehicles/${vin}/gaps?from=0&to=${Date.now() + 60_000}`, { headers: h })).json();
		expect(g.gaps).toEqual([]);
		expect(g.replayed).toBeGreaterThan(0);
		expect(g.received).toBeGreaterThanOrEqual(seq - 1);
	}).toPass({ timeout: 10_000 });
});

test('without a token /fleet says which role reading needs', async ({ page }) => {
	await page.goto('./fleet');
	await expect(page.getByTestId('fleet-needs-token')).toContainText('role viewer');
	await expect(page.getByTestId('fleet-table')).toHaveCount(0);
});
