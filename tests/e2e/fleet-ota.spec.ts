/**
 * OTA into the browser tab's vehicle (docs/ota.md, "Into the browser tab"), end to end: real server, real
 * embedded broker, real PGlite, real Chromium, real wasm. An operator uploads a signed TCU image through the
 * REST API and starts a campaign for the tab; the tab downloads it, verifies it with WebCrypto against the
 * keys the server's vehicles trust and flashes it through UDS into the TCU inside its simulation worker while
 * the autopilot keeps driving: /fleet/{vin} shows the states up to UPDATED and the TCU's page its new version.
 * An image whose signature does not verify with the vehicle's keys (signed by a key only the server trusts), and a CVC image while the car drives (not parked),
 * end FAILED with the reason and the old images keep running.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_OTA, E2E_TOKEN } from '../../playwright.config';
import { buildEcuVariant } from '../../src/lib/ota/build-node';
import { signImage } from '../../src/lib/ota/image';

let tcu110: Uint8Array;
test.beforeAll(async () => {
	// the same clang build as `npm run ota -- build` (cached in sim-wasm/build/ota/)
	tcu110 = await buildEcuVariant('tcu', '1.1.0');
});

const admin = { authorization: `Bearer ${E2E_TOKEN}` };

/** An operator token (what a fleet operator, not the server's admin token, starts campaigns with). */
async function operator(rq: APIRequestContext): Promise<Record<string, string>> {
	const r = await rq.post('./api/fleet/tokens', { headers: admin, data: { name: `ota-e2e-${Date.now()}`, role: 'operator' } });
	expect(r.status(), await r.text()).toBe(201);
	return { authorization: `Bearer ${(await r.json()).token}` };
}

/** Uploads a signed image (or finds the same ECU and version stored by an earlier test of this run). */
async function upload(rq: APIRequestContext, h: Record<string, string>, data: Uint8Array, ecu: string, version: string, privateJwk: JsonWebKey): Promise<string> {
	const b = await signImage(data, { ecu, version, privateJwk });
	const r = await rq.post('./api/fleet/ota/images', { headers: h, data: { manifest: b.manifest, signature: b.signature, data: b.data } });
	if (r.status() === 409) return ((await (await rq.get('./api/fleet/ota/images', { headers: h })).json()) as Array<{ id: string; ecu: string; version: string }>).find((i) => i.ecu === ecu && i.version === version)!.id;
	expect(r.status(), await r.text()).toBe(201);
	return (await r.json()).id;
}

async function campaign(rq: APIRequestContext, h: Record<string, string>, image: string, vin: string, name: string): Promise<string> {
	const r = await rq.post('./api/fleet/ota/campaigns', { headers: h, data: { name, image_id: image, vins: [vin] } });
	expect(r.status(), await r.text()).toBe(201);
	return (await r.json()).id;
}

/** The dashboard driving the city profile, joined to the fleet; resolves the VIN. */
async function drivingTab(page: Page): Promise<string> {
	await page.addInitScript((t) => localStorage.setItem('zonebench.live.token', t), E2E_TOKEN);
	await page.goto('./?seed=3&profile=city');
	await page.getByTestId('fleet-join').check();
	const state = page.getByTestId('fleet-join-state');
	await expect(state).toContainText('online', { timeout: 30_000 });
	await expect.poll(() => shownSpeed(page), { timeout: 30_000 }).toBeGreaterThan(5);
	return (await state.getByRole('link').textContent())!.trim();
}

const shownSpeed = async (page: Page): Promise<number> => parseFloat((await page.getByLabel('Displayed speed').textContent()) ?? 'NaN');

/** The TCU's page in the same tab (client-side navigation: the simulation keeps running), its firmware. */
async function tcuFirmware(page: Page) {
	await page.getByRole('link', { name: 'ECUs', exact: true }).click();
	await page.getByRole('link', { name: 'TCU', exact: true }).first().click();
	return page.getByLabel('Firmware');
}

test('a campaign flashes TCU 1.1.0 into the tab’s running vehicle: UPDATED on /fleet/{vin}, the car drives on', async ({ page }) => {
	test.setTimeout(180_000);
	const vin = await drivingTab(page);
	const rq = page.request;
	const op = await operator(rq);
	const id = await campaign(rq, op, await upload(rq, op, tcu110, 'tcu', '1.1.0', E2E_OTA.trusted.privateJwk), vin, 'tcu 1.1.0 into the tab');

	const fleet = await page.context().newPage();
	await fleet.goto(`./fleet/${vin}`);
	const row = fleet.locator(`tr[data-campaign="${id}"]`);
	await expect(row.getByTestId('ota-state')).toHaveText('UPDATED', { timeout: 60_000 });
	await expect(row.getByTestId('ota-reason')).toHaveText('');
	const c = await (await rq.get(`./api/fleet/ota/campaigns/${id}`, { headers: op })).json();
	expect(c.events.map((e: { state: string }) => e.state)).toEqual(['QUEUED', 'INITIATED', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATING', 'UPDATED']);

	// the dashboard kept driving through the flash: the ICU (real wasm) still shows the car moving
	await page.bringToFront();
	await expect(page.getByTestId('fleet-join-ota')).toContainText('UPDATED');
	await expect.poll(() => shownSpeed(page), { timeout: 10_000 }).toBeGreaterThan(1);
	// the TCU booted the new image: its software version DID says so on its page
	await expect(await tcuFirmware(page)).toHaveText('TCU 1.1.0', { timeout: 15_000 });
	await expect(page.getByText('booted 1 downloaded image since power-on')).toBeVisible();
	// and the fleet hears the new version in the vehicle's status
	await expect(async () => {
		const v = await (await rq.get(`./api/fleet/vehicles/${vin}`, { headers: op })).json();
		expect(JSON.stringify(v)).toContain('TCU 1.1.0');
	}).toPass({ timeout: 20_000 });
});

test('an image whose signature the vehicle cannot verify, and a CVC image while driving, end FAILED with the reason; the old images run on', async ({ page }) => {
	test.setTimeout(180_000);
	const vin = await drivingTab(page);
	const rq = page.request;
	const op = await operator(rq);
	const fleet = await page.context().newPage();

	// the server accepts this key's uploads; the vehicles it serves do not trust it (playwright.config.ts)
	const untrusted = await campaign(rq, op, await upload(rq, op, tcu110, 'tcu', '1.1.1', E2E_OTA.serverOnly.privateJwk), vin, 'signed by another key');
	await fleet.goto(`./fleet/${vin}`);
	const row = fleet.locator(`tr[data-campaign="${untrusted}"]`);
	await expect(row.getByTestId('ota-state')).toHaveText('FAILED', { timeout: 60_000 });
	// the request names no key: the signature does not verify with any key the vehicle trusts
	await expect(row.getByTestId('ota-reason')).toContainText(`verify (signature): signature does not verify with trusted key ${E2E_OTA.trusted.id}`);

	// a CVC image (the signature is good; the bytes are never flashed): the CVC refuses programming while moving
	const cvc = await campaign(rq, op, await upload(rq, op, tcu110, 'cvc', '9.9.9', E2E_OTA.trusted.privateJwk), vin, 'cvc while driving');
	const cvcRow = fleet.locator(`tr[data-campaign="${cvc}"]`);
	await expect(cvcRow.getByTestId('ota-state')).toHaveText('FAILED', { timeout: 60_000 });
	await expect(cvcRow.getByTestId('ota-reason')).toContainText('vehicle not parked');
	await expect(cvcRow.getByTestId('ota-reason')).toContainText('NRC 0x22 conditionsNotCorrect');
	const c = await (await rq.get(`./api/fleet/ota/campaigns/${cvc}`, { headers: op })).json();
	expect(c.events.map((e: { state: string }) => e.state)).toEqual(['QUEUED', 'INITIATED', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATING', 'FAILED']);

	await page.bringToFront();
	await expect.poll(() => shownSpeed(page), { timeout: 10_000 }).toBeGreaterThan(1);
	await expect(await tcuFirmware(page)).toHaveText('TCU 1.0.0', { timeout: 15_000 });
	await page.getByRole('link', { name: 'ECUs', exact: true }).click();
	await page.getByRole('link', { name: 'CVC', exact: true }).first().click();
	await expect(page.getByLabel('Firmware')).toHaveText('CVC 1.0.0', { timeout: 15_000 });
});
