/**
 * `npm run bench:ui`: the page under load, in real Chromium. Serves the production build with `vite preview`,
 * then measures what a user would feel with the simulation at max speed, the bus flooded to ~100 % and the
 * trace plus four signal plots on screen (the split view `/signals?trace&plot=…`). Prints each figure with
 * its same-run baseline and target, and writes bench/ui-results.json. Targets are reported, not asserted.
 *
 *   npm run bench:ui [-- --quick] [-- --duration S] [-- --port N] [-- --rebuild]
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BenchReport, type Row } from './bench-report';

const root = resolve(import.meta.dirname, '../..');
const USAGE = 'usage: npm run bench:ui -- [--quick] [--duration S] [--port N] [--rebuild]';

function fail(msg: string): never {
	console.error(`bench:ui: ${msg}\n${USAGE}`);
	process.exit(2);
}

function parseArgs(argv: string[]): { duration: number; port: number; rebuild: boolean; quick: boolean } {
	let duration = 30;
	let port = Number(process.env.ZB_PORT ?? 4390);
	let rebuild = false;
	let quick = false;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = (): number => {
			const v = argv[++i];
			const n = Number(v);
			if (v === undefined || !(n > 0) || !Number.isFinite(n)) fail(`${a} needs a positive number (got ${v === undefined ? 'nothing' : `'${v}'`})`);
			return n;
		};
		if (a === '--quick') {
			quick = true;
			duration = 5;
		} else if (a === '--duration') duration = value();
		else if (a === '--port') port = value();
		else if (a === '--rebuild') rebuild = true;
		else if (a === '--help' || a === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else fail(`unknown option '${a}'`);
	}
	if (!Number.isInteger(port) || port > 65535) fail(`--port ${port} is not a TCP port`);
	return { duration, port, rebuild, quick };
}

const opts = parseArgs(process.argv.slice(2));
const kitOut = process.env.ZB_KIT_OUT ?? '.svelte-kit';
const base = process.env.ZB_BASE ?? '';
const origin = `http://127.0.0.1:${opts.port}`;

/** Newest modification time of the files under `dir` (recursively), ms. */
function newest(dir: string): number {
	if (!existsSync(dir)) return 0;
	const st = statSync(dir);
	if (!st.isDirectory()) return st.mtimeMs;
	let t = 0;
	for (const e of readdirSync(dir)) t = Math.max(t, newest(join(dir, e)));
	return t;
}

/** `vite build` unless the build output is newer than every source it is built from. */
function ensureBuild(): void {
	const out = join(root, kitOut, 'output/client');
	const built = existsSync(out) ? statSync(join(out, '_app')).mtimeMs : 0;
	const sources = Math.max(
		...['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => newest(join(root, p)))
	);
	if (!opts.rebuild && built > sources) {
		console.log(`[bench:ui] reusing the build in ${kitOut}/output (newer than the sources)`);
		return;
	}
	if (!existsSync(join(root, 'static/wasm/manifest.json'))) fail('static/wasm/manifest.json is missing: run `npm run build:wasm` first');
	console.log(`[bench:ui] building the app (vite build → ${kitOut}) …`);
	const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	if (r.status !== 0) {
		console.error('bench:ui: vite build failed');
		process.exit(1);
	}
}

async function startPreview(): Promise<ChildProcess> {
	const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(opts.port), '--strictPort'], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout!.on('data', (d) => (log += d));
	child.stderr!.on('data', (d) => (log += d));
	for (let i = 0; i < 300; i++) {
		if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${log}`);
		try {
			if ((await fetch(`${origin}${base}/`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`vite preview did not answer on ${origin} within 30 s:\n${log}`);
}

/**
 * In every page, before the app's own scripts: long tasks, an animation-frame counter, and the time the
 * dashboard's frame table first shows a decoded row (stamped in the next animation frame, i.e. when it is
 * painted).
 */
function instruments(): void {
	const w = window as unknown as Record<string, unknown>;
	const longtasks: { start: number; dur: number }[] = [];
	w.__lt = longtasks;
	try {
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) longtasks.push({ start: e.startTime, dur: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		w.__ltUnsupported = true;
	}
	let frames = 0;
	let counting = false;
	const tick = () => {
		frames++;
		if (counting) requestAnimationFrame(tick);
	};
	w.__fps = {
		start() {
			frames = 0;
			counting = true;
			requestAnimationFrame(tick);
			return performance.now();
		},
		stop() {
			counting = false;
			return { frames, t: performance.now() };
		}
	};
	const decoded = () => {
		for (const td of document.querySelectorAll('section[aria-label="Frames by ID"] td.sigs')) if (td.textContent?.trim()) return true;
		return false;
	};
	const mo = new MutationObserver(() => {
		if (w.__firstFrameMs === undefined && decoded()) {
			mo.disconnect();
			requestAnimationFrame(() => (w.__firstFrameMs = performance.now()));
		}
	});
	mo.observe(document, { subtree: true, childList: true, characterData: true });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const report = new BenchReport();
const results = report.results;
const record = (r: Row): void => report.record(r);
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Fresh load of the dashboard: first decoded frame on screen, and the gzipped JS it loaded. */
async function firstLoad(ctx: BrowserContext): Promise<void> {
	const page = await ctx.newPage();
	const bodies: Promise<{ url: string; gz: number; raw: number }>[] = [];
	// the context sees the worker's requests too: its script is JS the route loads
	ctx.on('response', (res) => {
		const type = res.headers()['content-type'] ?? '';
		if (!/javascript/.test(type) && !res.url().endsWith('.js')) return;
		bodies.push(res.body().then((b) => ({ url: res.url(), raw: b.length, gz: gzipSync(b, { level: 9 }).length })));
	});
	await page.goto(`${origin}${base}/`);
	await page.waitForFunction(() => (window as unknown as { __firstFrameMs?: number }).__firstFrameMs !== undefined, null, { timeout: 30_000 });
	const first = await page.evaluate(() => (window as unknown as { __firstFrameMs: number }).__firstFrameMs);
	await page.waitForLoadState('networkidle');
	const js = await Promise.all(bodies);
	ctx.removeAllListeners('response');
	const gz = js.reduce((a, b) => a + b.gz, 0) / 1024;
	const raw = js.reduce((a, b) => a + b.raw, 0) / 1024;
	results.ui_js_files = js.map((f) => ({ url: f.url.replace(origin, ''), kb_gz: round(f.gz / 1024, 1) }));
	record({ metric: 'ui_first_frame_ms', value: round(first, 0), unit: 'ms', baseline: 'navigation start → first decoded row painted on /', target: '< 1500', pass: first < 1500 });
	record({ metric: 'ui_js_kb_gz', value: round(gz, 1), unit: 'KB', baseline: `${js.length} files, ${round(raw, 0)} KB uncompressed`, target: '< 250', pass: gz < 250 });
	await page.close();
}

async function fpsOver(page: Page, ms: number): Promise<number> {
	const t0 = await page.evaluate(() => (window as unknown as { __fps: { start(): number } }).__fps.start());
	await sleep(ms);
	const r = await page.evaluate(() => (window as unknown as { __fps: { stop(): { frames: number; t: number } } }).__fps.stop());
	return (r.frames * 1000) / (r.t - t0);
}

const counted = (page: Page) => page.evaluate(() => [window.__zb!.framesCounted(), performance.now()] as const);

/** Frames the page counted per second of wall time, and the fps meanwhile. */
async function throughput(page: Page, ms: number): Promise<{ fps: number; framesPerS: number; t0: number; t1: number }> {
	const [c0, t0] = await counted(page);
	const fps = await fpsOver(page, ms);
	const [c1, t1] = await counted(page);
	return { fps, framesPerS: ((c1 - c0) * 1000) / (t1 - t0), t0, t1 };
}

/** The split view under load: idle baseline, max speed, max speed + flood; then pause and count drops. */
async function underLoad(ctx: BrowserContext): Promise<void> {
	const page = await ctx.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const plots = ['VehicleState.VehicleSpeed', 'MotorStatus.MotorSpeed', 'MotorCurrent.PhaseCurrent', 'BatteryStatus.Soc'];
	await page.goto(`${origin}${base}/signals?bench&trace&seed=7&profile=city&${plots.map((p) => `plot=${p}`).join('&')}`);
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await page.getByRole('treegrid', { name: 'Trace' }).waitFor();
	for (let i = 1; i <= 4; i++) await page.getByRole('region', { name: `Panel ${i}` }).waitFor();
	await page.waitForFunction(() => (window.__zb?.framesCounted() ?? 0) > 0, null, { timeout: 30_000 });

	const idleMs = Math.min(5, opts.duration) * 1000;
	await controls.getByRole('button', { name: 'Pause' }).click();
	await controls.getByRole('button', { name: 'Run' }).waitFor();
	const idleFps = await fpsOver(page, idleMs);

	await controls.getByLabel('Speed').selectOption({ label: 'max' });
	await controls.getByRole('button', { name: 'Run' }).click();
	await sleep(1000);
	const plain = await throughput(page, idleMs);

	await controls.getByLabel('Flood bus').check();
	await sleep(1500); // the bus-load window fills
	const load = await throughput(page, opts.duration * 1000);
	const busLoad = Number((await controls.getByLabel('Bus load', { exact: true }).textContent())?.replace(/[^\d.]/g, ''));

	await controls.getByRole('button', { name: 'Pause' }).click();
	await controls.getByRole('button', { name: 'Run' }).waitFor();
	// batches already posted arrive on their own port, possibly after the pause's reply: wait until it settles
	let sent = 0;
	let got = 0;
	for (let i = 0; i < 50; i++) {
		sent = await page.evaluate(() => window.__zb!.framesSent());
		got = await page.evaluate(() => window.__zb!.framesCounted());
		if (got >= sent) break;
		await sleep(100);
	}
	const lt = await page.evaluate(
		([t0, t1]) => (window as unknown as { __lt: { start: number; dur: number }[] }).__lt.filter((e) => e.start >= t0 && e.start < t1).map((e) => e.dur),
		[load.t0, load.t1] as const
	);
	const ltMax = lt.length ? Math.max(...lt) : 0;

	record({ metric: 'ui_fps', value: round(load.fps, 1), unit: 'fps', baseline: `idle page (sim paused) ${round(idleFps, 1)} fps`, ratio: round(load.fps / idleFps, 3), target: '>= 50', pass: load.fps >= 50 });
	record({ metric: 'ui_longtask_max_ms', value: round(ltMax, 0), unit: 'ms', baseline: `${lt.length} long tasks in ${opts.duration} s`, target: '< 50', pass: ltMax < 50 });
	record({ metric: 'ui_frames_dropped', value: sent - got, unit: 'frames', baseline: `worker sent ${sent}, UI counted ${got}`, target: '= 0', pass: sent === got });
	record({ metric: 'ui_frames_per_s', value: Math.round(load.framesPerS), unit: 'frames/s', baseline: `max speed without flood ${Math.round(plain.framesPerS)} frames/s`, ratio: round(load.framesPerS / plain.framesPerS, 2) });
	record({ metric: 'ui_fps_no_flood', value: round(plain.fps, 1), unit: 'fps', baseline: `idle ${round(idleFps, 1)} fps`, ratio: round(plain.fps / idleFps, 3) });
	record({ metric: 'ui_bus_load_pct', value: busLoad, unit: '%', baseline: 'shown in the control bar at the end of the flood', target: '~100' });
	if (errors.length) results.page_errors = errors;
	await page.close();
}


ensureBuild();
const server = await startPreview();
const executable = '/usr/bin/chromium';
const browser = await chromium.launch({
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	...(existsSync(executable) ? { executablePath: executable } : {})
});
results.browser = browser.version();
try {
	// no service worker: the first load measures what the route itself fetches, not the offline precache
	const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
	// tsx keeps function names with a `__name` helper the page does not have: give the script its own
	await ctx.addInitScript({ content: `(() => { const __name = (f) => f; (${instruments.toString()})(); })();` });
	await firstLoad(ctx);
	await underLoad(ctx);
	await ctx.close();
} finally {
	await browser.close();
	server.kill();
}
report.print();
results.duration_s = opts.duration;
results.date = new Date().toISOString();
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/ui-results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/ui-results.json');
if (results.page_errors) console.log(`page errors: ${(results.page_errors as string[]).join('; ')}`);
