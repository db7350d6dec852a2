/**
 * The tab joins the fleet as a vehicle: over the real embedded broker (/mqtt) with the token, known by the VIN
 * its CVC reports (programmed by the tab when the CVC has none), /fleet lists it online, a `lights` command
 * sent from the vehicle page goes QUEUED → … → COMPLETED while the tab's simulation (real wasm BCM) switches
 * its headlamps on, and every other operator command through the REST API ends with the vehicle's answer.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';
import { checkDigit, decodeVin } from '../../src/lib/diag/vin';

const auth = { authorization: `Bearer ${E2E_TOKEN}` };

/** Joins the fleet from the dashboard; resolves the VIN the tab's vehicle goes by. */
async function join(page: Page, url = './'): Promise<string> {
	// what the header's Unlock field keeps once the server accepted the token
	await page.addInitScript((t) => localStorage.setItem('zonebench.live.token', t), E2E_TOKEN);
	await page.goto(url);
	await page.getByTestId('fleet-join').check();
	const state = page.getByTestId('fleet-join-state');
	await expect(state).toContainText('online', { timeout: 30_000 });
	return (await state.getByRole('link').textContent())!.trim();
}

/** Sends a command through the REST API and waits for its final state. */
async function command(request: APIRequestContext, vin: string, name: string, args: Record<string, unknown>) {
	const r = await request.post(`./api/fleet/vehicles/${vin}/commands`, { headers: auth, data: { name, args } });
	expect(r.status(), await r.text()).toBe(201);
	const id = (await r.json()).id as string;
	let c: { state: string; reason: string | null; result: unknown; events: Array<{ state: string }> } | null = null;
	await expect(async () => {
		c = await (await request.get(`./api/fleet/commands/${id}`, { headers: auth })).json();
		expect(['COMPLETED', 'REJECTED', 'FAILED', 'TIMEOUT', 'EXPIRED']).toContain(c!.state);
	}).toPass({ timeout: 30_000 });
	return c!;
}

test('a tab joins the fleet and executes a lights command from the vehicle page', async ({ page }) => {
	test.setTimeout(90_000);
	const vin = await join(page);
	// new parts (a fresh browser): the tab programmed an ISO 3779 VIN into its CVC and goes by it
	expect(vin).toMatch(/^ZBV1TAB0[0-9X][A-Y1-9]B\d{6}$/);
	expect(decodeVin(vin).checkDigit).toMatchObject({ ok: true });
	await expect(page.getByTestId('fleet-join-state')).toContainText('VIN programmed into the CVC');
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

test('the tab’s VIN is the one its CVC reports: kept across a reload, a new one after Erase NVM', async ({ page }) => {
	test.setTimeout(120_000);
	const vin = await join(page);
	// the CVC answers F190 with it on /diag's tester too: read it through the page's worker after a reload
	await page.reload();
	await page.getByTestId('fleet-join').check();
	const state = page.getByTestId('fleet-join-state');
	await expect(state).toContainText('online', { timeout: 30_000 });
	await expect(state.getByRole('link')).toHaveText(vin);
	await expect(state).not.toContainText('VIN programmed');
	// new parts: the CVC has no VIN any more, the tab programs another and the fleet knows it by that one
	await page.getByRole('link', { name: 'ECUs', exact: true }).click();
	await page.getByRole('link', { name: 'CVC', exact: true }).first().click();
	await page.getByRole('button', { name: /Erase NVM/ }).click();
	await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
	await expect(page.getByTestId('fleet-join-state').getByRole('link')).not.toHaveText(vin, { timeout: 30_000 });
	const vin2 = (await page.getByTestId('fleet-join-state').getByRole('link').textContent())!.trim();
	expect(decodeVin(vin2).checkDigit).toMatchObject({ ok: true });
	await expect(async () => {
		const v = await (await page.request.get(`./api/fleet/vehicles/${vin2}`, { headers: auth })).json();
		expect(v.online).toBe(true);
	}).toPass({ timeout: 30_000 });
});

test('operator commands through the REST API reach the tab’s vehicle and end with its answer', async ({ page }) => {
	test.setTimeout(120_000);
	const vin = await join(page);
	const rq = page.request;

	const dtcs = await command(rq, vin, 'read_dtcs', { ecu: 'cvc' });
	expect(dtcs.state, dtcs.reason ?? '').toBe('COMPLETED');
	expect(dtcs.events.map((e) => e.state)).toEqual(['QUEUED', 'SENT', 'DELIVERED', 'COMPLETED']);
	// the CVC's real 0x19 02 answer: its status availability mask and DTC list
	expect(dtcs.result).toMatchObject({ cvc: { availability: expect.any(Number), dtcs: expect.any(Array) } });

	expect(await command(rq, vin, 'clear_dtcs', { ecu: 'bcm' })).toMatchObject({ state: 'COMPLETED' });
	expect(await command(rq, vin, 'ecu_reset', { ecu: 'bcm', kind: 1 })).toMatchObject({ state: 'COMPLETED' });

	// the BCM's own VIN copy (F190): written in the extended session after security access, read back on the bus
	const bcmVin = 'ZBV1TAB00TB000042';
	const set = await command(rq, vin, 'set_did', { ecu: 'bcm', did: 'F190', data: bcmVin.slice(0, 8) + checkDigit(bcmVin) + bcmVin.slice(9) });
	expect(set).toMatchObject({ state: 'COMPLETED', result: { ecu: 'bcm', did: '0xF190' } });

	// a DID the ECU does not let anyone write (its software version): REJECTED with the ECU's NRC
	const refused = await command(rq, vin, 'set_did', { ecu: 'tcu', did: 'F195', data: 'TCU 6.6.6' });
	expect(refused.state).toBe('REJECTED');
	expect(refused.reason).toBe('tcu DID 0xF195: write: NRC 0x31 requestOutOfRange');

	// lights and lock through the driver inputs: the tab's BCM acts on them
	expect(await command(rq, vin, 'lights', { on: true, mode: 2 })).toMatchObject({ state: 'COMPLETED', result: { lightSwitch: 'LOW' } });
	expect(await command(rq, vin, 'lock', { lock: true })).toMatchObject({ state: 'COMPLETED', result: { locked: true } });
	const lights = page.locator('tr', { has: page.locator('td', { hasText: /^Lights$/ }) });
	await expect(lights).toContainText('HeadlampState=LOW', { timeout: 10_000 });
	expect(await command(rq, vin, 'ecu_reset', { ecu: 'nope' })).toMatchObject({ state: 'FAILED', reason: expect.stringMatching(/no ECU 'nope'/) });
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
