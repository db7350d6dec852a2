/**
 * The page through Caddy: Debian's Caddy (docs/Caddyfile, TLS from its internal CA) in front of the
 * Playwright webServer (the production server), Chromium opening `https://localhost:PORT/?source=live`.
 * The app loads over TLS (its service worker registers, which Chromium allows only on a trusted chain) and
 * Live mode connects over `wss://` through the proxy: the Origin check accepts the proxied origin because
 * Caddy keeps the Host header.
 */
import { chromium, expect, test, type Browser, type LaunchOptions } from '@playwright/test';
import { caddyMissing, startCaddy, type Caddy } from '../interop/caddy';

const upstream = Number(process.env.ZB_PORT ?? 4173);
let caddy: Caddy | null = null;
let browser: Browser | null = null;

test.skip(caddyMissing !== null, caddyMissing ?? '');

test.beforeAll(async ({}, info) => {
	caddy = await startCaddy(upstream);
	// a browser that trusts this run's Caddy CA, as a user's would after installing root.crt (the CA is new
	// each run, so this browser is launched here rather than by the fixture)
	const base = (info.project.use.launchOptions ?? {}) as LaunchOptions;
	browser = await chromium.launch({ ...base, args: [...(base.args ?? []), `--ignore-certificate-errors-spki-list=${caddy.spki}`] });
});
test.afterAll(async () => {
	await browser?.close();
	await caddy?.stop();
});

test('the app through Caddy over https: Live connects over wss:// and shows the server’s frames', async () => {
	const page = await browser!.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	const sockets: string[] = [];
	page.on('websocket', (ws) => sockets.push(ws.url()));
	await page.goto(`${caddy!.url}/?source=live`);
	const sw = page.getByRole('group', { name: 'Frame source' });
	await expect(sw.getByLabel('Live status')).toHaveText(/connected: sim/, { timeout: 20_000 });
	const frames = page.getByLabel('Frames received');
	await expect.poll(async () => Number(await frames.textContent()), { timeout: 15_000 }).toBeGreaterThan(100);
	await expect(page.getByRole('cell', { name: '100', exact: true })).toBeVisible();
	expect(sockets.some((u) => u.startsWith(`wss://localhost:${caddy!.port}/api/live`)), sockets.join(' ')).toBe(true);
	// the service worker registered over Caddy's TLS (a secure context with a trusted chain)
	await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 15_000 }).toBe('activated');
	expect(errors).toEqual([]);
	await page.close();
});
