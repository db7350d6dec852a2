import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Frames arrive from the simulation worker and keep arriving. */
async function expectFramesFlow(page: Page): Promise<void> {
	const frames = page.getByLabel('Frames received');
	await expect(frames).not.toHaveText('0', { timeout: 20_000 });
	const first = Number(await frames.textContent());
	await expect.poll(async () => Number(await frames.textContent()), { timeout: 10_000 }).toBeGreaterThan(first);
}

/** Resolves once this origin's service worker is activated; returns its script URL. */
function serviceWorkerActivated(page: Page): Promise<string> {
	return page.evaluate(async () => {
		const reg = await navigator.serviceWorker.ready;
		const w = reg.active!;
		if (w.state !== 'activated')
			await new Promise<void>((res) => w.addEventListener('statechange', () => w.state === 'activated' && res()));
		return w.scriptURL;
	});
}

function pngSize(bytes: Buffer): string {
	expect(bytes.subarray(1, 4).toString('latin1'), 'PNG signature').toBe('PNG');
	return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the web app manifest is linked, valid and its icons exist at the sizes it states', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifestUrl = new URL(href!, page.url());
	const res = await request.get(manifestUrl.href);
	expect(res.ok()).toBe(true);
	const m = (await res.json()) as {
		name: string;
		short_name: string;
		start_url: string;
		display: string;
		theme_color: string;
		background_color: string;
		icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
	};
	expect(m.name).toBe('zonebench');
	expect(m.short_name.length).toBeGreaterThan(0);
	expect(m.display).toBe('standalone');
	expect(new URL(m.start_url, manifestUrl).href).toBe(new URL('/', page.url()).href);
	expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/i);

	// installability needs a 192 and a 512 PNG; a maskable one keeps the launcher icon uncropped
	const pngs = m.icons.filter((i) => i.type === 'image/png');
	expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(m.icons.some((i) => i.purpose?.split(' ').includes('maskable'))).toBe(true);
	for (const icon of m.icons) {
		const r = await request.get(new URL(icon.src, manifestUrl).href);
		expect(r.ok(), icon.src).toBe(true);
		expect(r.headers()['content-type'], icon.src).toContain(icon.type);
		if (icon.type === 'image/png') expect(pngSize(await r.body()), icon.src).toBe(icon.sizes);
	}
});

test('the service worker activates and holds the firmware, the DBC and the app shell', async ({ page }) => {
	await page.goto('/');
	expect(await serviceWorkerActivated(page)).toMatch(/\/service-worker\.js$/);
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const key of await caches.keys()) {
			for (const req of await (await caches.open(key)).keys()) urls.push(new URL(req.url).pathname);
		}
		return urls;
	});
	const ecus = (await (await page.request.get('/wasm/manifest.json')).json()) as { ecus: string[] };
	expect(ecus.ecus.length).toBe(7);
	expect(cached).toEqual(
		expect.arrayContaining(['/', '/vehicle.dbc', '/wasm/manifest.json', '/manifest.webmanifest', ...ecus.ecus.map((e) => `/wasm/${e}.wasm`)])
	);
	expect(cached.some((u) => /\/_app\/immutable\/workers\/.*\.js$/.test(u)), 'the simulation worker script').toBe(true);
});

test('after one visit the app starts and runs with the network off', async ({ page, context }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expectFramesFlow(page);
	await serviceWorkerActivated(page);

	await context.setOffline(true);
	await page.reload();
	// really offline: anything not cached fails
	expect(await page.evaluate(() => fetch(`/not-cached-${Date.now()}`).then(() => 'online', () => 'offline'))).toBe('offline');
	expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await expectFramesFlow(page);
	// the BCM firmware image came from the cache and runs: its heartbeat is on the bus
	await expect(page.getByRole('cell', { name: '014', exact: true })).toBeVisible();

	// a navigation never seen before (other query) starts offline too: the cached shell serves them all
	await page.goto('/?seed=3');
	await expectFramesFlow(page);
	await context.setOffline(false);
	expect(errors).toEqual([]);
});

test('a shared run link opens with its seed and autopilot profile', async ({ page }) => {
	await page.goto('/?seed=7&profile=city');
	await expect(page.getByLabel('Seed')).toHaveValue('7', { timeout: 15_000 });
	await expect(page.getByLabel('Autopilot')).toHaveValue('city');
	await expectFramesFlow(page);
});

test('Copy link puts a link to this run on the clipboard, and that link reproduces the run', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	await expectFramesFlow(page);
	const button = page.getByRole('button', { name: 'Copy link' });
	await page.getByLabel('Autopilot').selectOption('highway');
	await page.getByRole('combobox', { name: /^Speed/ }).selectOption({ label: '×10' });
	await page.getByLabel('Seed').fill('42');
	await page.getByRole('button', { name: 'Reset' }).click();
	await button.click();
	await expect(page.getByText('Link copied')).toBeVisible();
	const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	expect(Object.fromEntries(link.searchParams)).toEqual({ seed: '42', profile: 'highway', speed: '10', nvm: 'fresh' });
	// with the bus flooded, the link says so
	await page.getByLabel('Flood bus').check();
	await button.click();
	const flooded = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	expect(flooded.searchParams.get('flood')).toBe('1');

	await page.goto(flooded.pathname + flooded.search);
	await expect(page.getByLabel('Seed')).toHaveValue('42', { timeout: 15_000 });
	await expect(page.getByLabel('Autopilot')).toHaveValue('highway');
	await expect(page.getByLabel('Flood bus')).toBeChecked();
});

test.describe('public demo: the static build on a plain static file server', () => {
	const out = 'build-static-pwa';
	let server: Server;
	let origin = '';
	/** Appended to service-worker.js: changing it is what a new deployment looks like to the browser. */
	let deployment = '';

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		rmSync(out, { recursive: true, force: true });
		await new Promise<void>((done, fail) => {
			const p = spawn('npx', ['vite', 'build'], {
				env: { ...process.env, ZB_STATIC: '1', ZB_STATIC_OUT: out, ZB_KIT_OUT: '.svelte-kit-pwa-static' },
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let log = '';
			p.stdout.on('data', (d) => (log += d));
			p.stderr.on('data', (d) => (log += d));
			p.on('close', (code) => (code === 0 ? done() : fail(new Error(`static build failed (${code}):\n${log.slice(-4000)}`))));
		});
		expect(existsSync(join(out, 'index.html'))).toBe(true);
		server = await serveStatic(resolve(out), () => deployment);
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	test.afterAll(async () => {
		await new Promise((r) => server?.close(r));
	});

	test('the demo runs from static files alone, and offline after one visit', async ({ page, context }) => {
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${origin}/?seed=7&profile=city`);
		await expect(page.getByLabel('Autopilot')).toHaveValue('city', { timeout: 15_000 });
		await expectFramesFlow(page);
		await expect(page.getByRole('cell', { name: '400', exact: true })).toBeVisible();

		await serviceWorkerActivated(page);
		await context.setOffline(true);
		await page.reload();
		await expectFramesFlow(page);
		await context.setOffline(false);
		expect(failed).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('a new deployment is offered as "A new version is available — Reload" and Reload switches to it', async ({ page }) => {
		deployment = '';
		await page.goto(`${origin}/`);
		await serviceWorkerActivated(page);
		await page.reload();
		await expectFramesFlow(page);
		// the banner sits inside a polite live region so screen readers announce it
		const banner = page.getByRole('status').getByText('A new version is available');
		const reload = page.getByRole('status').getByRole('button', { name: 'Reload' });
		await expect(banner).toHaveCount(0);

		deployment = '\n// deployment 2\n';
		// The simulation keeps running: Chromium defers registration.update() then, so the app notices the new
		// build by its _app/version.json. The network coming back (a vehicle leaving a tunnel) is one of the
		// moments it checks, besides the hourly timer and the tab being shown again.
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await page.context().setOffline(true);
		await page.context().setOffline(false);
		await expect(banner).toBeVisible({ timeout: 15_000 });
		const reloaded = page.waitForEvent('framenavigated');
		await reload.click();
		await reloaded;
		await expectFramesFlow(page);
		expect(
			await page.evaluate(async () => {
				const reg = await navigator.serviceWorker.ready;
				return { waiting: reg.waiting !== null, controlled: navigator.serviceWorker.controller === reg.active };
			})
		).toEqual({ waiting: false, controlled: true });
		await expect(banner).toHaveCount(0);
	});
});

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.dbc': 'text/plain; charset=utf-8'
};

/**
 * The simplest host a visitor's demo could sit on: files as they are, index.html for folders and, like
 * nginx `try_files` or Netlify's SPA rule, for unknown paths without an extension.
 */
function serveStatic(root: string, swSuffix: () => string = () => ''): Promise<Server> {
	const srv = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (file !== root && !file.startsWith(root + sep)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			if (extname(path) !== '') {
				res.writeHead(404).end();
				return;
			}
			file = join(root, 'index.html');
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		if (path === '/service-worker.js') res.end(readFileSync(file, 'utf8') + swSuffix());
		// a new build has a new version too (what SvelteKit's updated.check() reads)
		else if (path === '/_app/version.json' && swSuffix()) res.end(JSON.stringify({ version: `next-${swSuffix().length}` }));
		else createReadStream(file).pipe(res);
	});
	return new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv)));
}
