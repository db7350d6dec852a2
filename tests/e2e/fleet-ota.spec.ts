/**
 * OTA into the browser tab's vehicle (docs/ota.md, "Into the browser tab"), end to end: real server, real
 * embedded broker, real PGlite, real Chromium, real wasm. An operator uploads a signed TCU image through the
 * REST API and starts a campaign for the tab; the tab downloads it, verifies it with WebCrypto against the
 * keys the server's vehicles trust and flashes it through UDS into the TCU inside its simulation worker while
 * the autopilot keeps driving: /fleet/{vin} shows the states up to UPDATED and the TCU's page its new version.
 * An image whose signature does not verify with the vehicle's keys (signed by a key only the server trusts), and a CVC image while the car drives (not parked),
 * end FAILED with the reason and the old images keep running.
 * "from the pages": the same without REST calls — an operator uploads the bundle file on /fleet, starts it on
 * /fleet/{vin} and for several selected vehicles on /fleet; a viewer, no token and bad files get their messages.
 */
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { E2E_OTA, E2E_TOKEN } from '../../playwright.config';
import { buildEcuVariant } from '../../src/lib/ota/build-node';
import { generateKeyPair, signImage } from '../../src/lib/ota/image';
import { checkDigit } from '../../src/lib/diag/vin';

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
	await expect(page.getByText('booted another image once since power-on')).toBeVisible();
	await expect(page.getByLabel('Image', { exact: true })).toContainText('downloaded image');
	await expect(page.getByLabel('Image', { exact: true })).toContainText('kept in this browser');
	// and the fleet hears the new version in the vehicle's status
	await expect(async () => {
		const v = await (await rq.get(`./api/fleet/vehicles/${vin}`, { headers: op })).json();
		expect(JSON.stringify(v)).toContain('TCU 1.1.0');
	}).toPass({ timeout: 20_000 });

	// the flash outlives a reload, as an ECU's flash outlives a power cycle
	await page.reload();
	const image = page.getByLabel('Image', { exact: true });
	await expect(page.getByLabel('Firmware')).toHaveText('TCU 1.1.0', { timeout: 30_000 });
	await expect(image).toContainText('downloaded image');
	// flashed back to the built-in image: at once, and after the next reload too
	await page.getByRole('button', { name: 'Restore the built-in image' }).click();
	await expect(image).toHaveText('built-in image');
	await expect(page.getByLabel('Firmware')).toHaveText('TCU 1.0.0', { timeout: 15_000 });
	await page.reload();
	await expect(page.getByLabel('Firmware')).toHaveText('TCU 1.0.0', { timeout: 30_000 });
	await expect(image).toHaveText('built-in image');
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

// ---- from the fleet pages (docs/ota.md, "From the fleet pages"): no REST call an operator would have to make

/** A browser of its own for the fleet operator, unlocked with `token` (the tab keeps the admin token it joined with). */
async function operatorPage(browser: Browser, token: string | null): Promise<Page> {
	const ctx = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const p = await ctx.newPage();
	if (token) await p.addInitScript((t) => localStorage.setItem('zonebench.live.token', t), token);
	return p;
}

/** Picks the TCU image of `version` in an image select (its label starts "TCU VERSION · sha256 …"). */
async function pickImage(select: Locator, version: string): Promise<void> {
	const option = select.locator('option', { hasText: new RegExp(`^TCU ${version.replace(/[.+]/g, '\\$&')} ·`) });
	await expect(option).toHaveCount(1, { timeout: 10_000 });
	await select.selectOption((await option.getAttribute('value'))!);
}

const bearer = (h: Record<string, string>): string => h.authorization.slice('Bearer '.length);

/** A vehicle the fleet knows but that never came online (registered by VIN): its campaign waits QUEUED. */
async function offlineVehicle(rq: APIRequestContext): Promise<string> {
	const raw = `ZBV1HDL00TH${String(Date.now() % 1_000_000).padStart(6, '0')}`;
	const vin = raw.slice(0, 8) + checkDigit(raw) + raw.slice(9);
	const r = await rq.post('./api/fleet/vehicles', { headers: admin, data: { vin } });
	expect(r.status(), await r.text()).toBeLessThan(300);
	return vin;
}

/** The file `npm run ota -- sign` writes (src/cli/ota.ts): the bundle as tab-indented JSON. */
const bundleFile = async (data: Uint8Array, ecu: string, version: string, privateJwk: JsonWebKey) => ({
	name: `${ecu}-${version}.ota.json`,
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify(await signImage(data, { ecu, version, privateJwk }), null, '\t') + '\n')
});

test('from the pages: upload a signed image on /fleet, start it on /fleet/{vin}, UPDATED and the TCU runs it; then one campaign for two selected vehicles', async ({ page, browser }) => {
	test.setTimeout(240_000);
	const tcu120 = await buildEcuVariant('tcu', '1.2.0');
	const vin = await drivingTab(page);
	const rq = page.request;
	const op = await operator(rq);
	const fleet = await operatorPage(browser, bearer(op));
	// unique per run: the e2e server's store outlives a run, and ECU + version is unique on the server
	const version = `1.2.0-r${Date.now().toString(36)}`;

	await test.step('upload the bundle npm run ota -- sign writes, from /fleet', async () => {
		await fleet.goto('./fleet');
		await expect(fleet.locator(`tr[data-vin="${vin}"]`)).toBeVisible({ timeout: 15_000 });
		await fleet.getByTestId('fleet-ota-file').setInputFiles(await bundleFile(tcu120, 'tcu', version, E2E_OTA.trusted.privateJwk));
		await fleet.getByTestId('fleet-ota-upload').click();
		await expect(fleet.getByTestId('fleet-ota-uploaded')).toContainText(`TCU ${version}`);
		await expect(fleet.getByTestId('fleet-ota-uploaded')).toContainText(`signed by key ${E2E_OTA.trusted.id}`);
	});

	const name = `page ${version} → tab`;
	await test.step('start it for the tab on /fleet/{vin}; the campaign table follows it to UPDATED', async () => {
		await fleet.goto(`./fleet/${vin}`);
		await pickImage(fleet.getByTestId('ota-image'), version);
		await fleet.getByTestId('ota-name').fill(name);
		await fleet.getByTestId('ota-start').click();
		await expect(fleet.getByTestId('ota-started')).toContainText(`TCU ${version}`);
		const row = fleet.getByTestId('ota-campaigns').locator('tr', { hasText: name });
		await expect(row.getByTestId('ota-state')).toHaveText('UPDATED', { timeout: 60_000 });
		await expect(row.getByTestId('ota-reason')).toHaveText('');
		await expect(row).toContainText(`TCU ${version}`);
	});

	await test.step('the TCU booted it: its page in the driving tab says TCU 1.2.0', async () => {
		await page.bringToFront();
		await expect(await tcuFirmware(page)).toHaveText('TCU 1.2.0', { timeout: 15_000 });
	});

	await test.step('select the tab and an offline vehicle on /fleet (keyboard), start one campaign for both', async () => {
		const offline = await offlineVehicle(rq);
		const v2 = `${version}b`;
		await upload(rq, op, tcu120, 'tcu', v2, E2E_OTA.trusted.privateJwk);
		await fleet.goto('./fleet');
		await expect(fleet.locator(`tr[data-vin="${offline}"]`)).toBeVisible({ timeout: 15_000 });
		// keyboard: focus each checkbox and press Space, as an operator without a mouse would
		for (const v of [vin, offline]) {
			await fleet.getByRole('checkbox', { name: `Select ${v}` }).focus();
			await fleet.keyboard.press('Space');
			await expect(fleet.getByRole('checkbox', { name: `Select ${v}` })).toBeChecked();
		}
		await pickImage(fleet.getByTestId('fleet-ota-image'), v2);
		const multi = `page ${v2} → two vehicles`;
		await fleet.getByTestId('fleet-ota-name').fill(multi);
		await expect(fleet.getByTestId('fleet-ota-start')).toHaveText('Start for 2 selected vehicle(s)');
		await fleet.getByTestId('fleet-ota-start').click();
		await expect(fleet.getByTestId('fleet-ota-started')).toContainText('for 2 vehicle(s)');
		const row = fleet.getByTestId('fleet-campaigns').locator('tr', { hasText: multi });
		// the tab updates; the vehicle that never came online waits for it
		await expect(row.getByTestId('campaign-counts')).toHaveText('1 UPDATED, 1 QUEUED', { timeout: 60_000 });
		await expect(row.getByRole('link', { name: vin })).toHaveAttribute('href', new RegExp(`/fleet/${vin}$`));
		await expect(row.getByRole('link', { name: offline })).toHaveAttribute('href', new RegExp(`/fleet/${offline}$`));
		// one campaign, both vehicles in it
		const all = (await (await rq.get('./api/fleet/ota/campaigns', { headers: op })).json()) as Array<{ name: string; vehicles: Array<{ vin: string }> }>;
		const mine = all.filter((c) => c.name === multi);
		expect(mine).toHaveLength(1);
		expect(mine[0].vehicles.map((x) => x.vin).sort()).toEqual([vin, offline].sort());
	});
	await fleet.context().close();
});

test('from the pages: a start without a token, or with a viewer’s, says operator is needed; bad bundle files say what is wrong', async ({ page, browser }) => {
	const rq = page.request;
	const op = await operator(rq);
	await upload(rq, op, await buildEcuVariant('tcu', '1.1.0'), 'tcu', '1.1.0', E2E_OTA.trusted.privateJwk);
	const vin = await offlineVehicle(rq);
	const vr = await rq.post('./api/fleet/tokens', { headers: admin, data: { name: `ota-viewer-${Date.now()}`, role: 'viewer' } });
	const viewer = await operatorPage(browser, (await vr.json()).token);

	await test.step('a viewer reads the images but cannot start: the server refuses, the page names the role', async () => {
		await viewer.goto(`./fleet/${vin}`);
		await expect(viewer.getByTestId('ota-image').locator('option', { hasText: 'TCU 1.1.0' })).toHaveCount(1, { timeout: 10_000 });
		await viewer.getByTestId('ota-start').click();
		await expect(viewer.getByTestId('ota-error')).toContainText('Starting a campaign needs a token with role operator');
		await expect(viewer.getByTestId('ota-error')).toContainText('403');
		await viewer.goto('./fleet');
		await viewer.getByRole('checkbox', { name: `Select ${vin}` }).check();
		await viewer.getByTestId('fleet-ota-start').click();
		await expect(viewer.getByTestId('fleet-ota-error')).toContainText('needs a token with role operator');
	});
	const campaigns = (await (await rq.get(`./api/fleet/ota/campaigns?vin=${vin}`, { headers: op })).json()) as unknown[];
	expect(campaigns).toHaveLength(0);
	await viewer.context().close();

	await test.step('no token at all: the start says so and which role it needs', async () => {
		const none = await operatorPage(browser, null);
		await none.goto(`./fleet/${vin}`);
		await none.getByTestId('ota-start').click();
		await expect(none.getByTestId('ota-error')).toContainText('Starting a campaign needs a token with role operator');
		await expect(none.getByTestId('ota-error')).toContainText('no token');
		await none.context().close();
	});

	await test.step('bad files for the upload: not JSON, the bare wasm, a missing field, a key the server does not trust', async () => {
		const p = await operatorPage(browser, bearer(op));
		await p.goto('./fleet');
		const err = p.getByTestId('fleet-ota-upload-error');
		const pickAndUpload = async (f: { name: string; mimeType: string; buffer: Buffer }) => {
			await p.getByTestId('fleet-ota-file').setInputFiles(f);
			await p.getByTestId('fleet-ota-upload').click();
		};
		await pickAndUpload({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('tcu 1.3.0, signed yesterday') });
		await expect(err).toContainText('notes.json: bundle is not JSON');
		await pickAndUpload({ name: 'tcu.wasm', mimeType: 'application/wasm', buffer: Buffer.from(await buildEcuVariant('tcu', '1.1.0')) });
		await expect(err).toContainText('tcu.wasm: this is the bare WebAssembly image');
		const good = await signImage(await buildEcuVariant('tcu', '1.1.0'), { ecu: 'tcu', version: '1.3.0', privateJwk: E2E_OTA.trusted.privateJwk });
		const { signature: _s, ...unsigned } = good;
		await pickAndUpload({ name: 'unsigned.ota.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unsigned)) });
		await expect(err).toContainText('unsigned.ota.json: bundle lacks signature or keyId');
		const stranger = await generateKeyPair();
		await pickAndUpload(await bundleFile(await buildEcuVariant('tcu', '1.1.0'), 'tcu', '1.3.0', stranger.privateJwk));
		// the server's own refusal, word for word: its trusted keys do not include this one
		await expect(err).toContainText('422: image refused');
		await expect(err).toContainText(stranger.id);
		const imgs = (await (await rq.get('./api/fleet/ota/images', { headers: op })).json()) as Array<{ ecu: string; version: string }>;
		expect(imgs.some((i) => i.version === '1.3.0')).toBe(false);
		await p.context().close();
	});
});
