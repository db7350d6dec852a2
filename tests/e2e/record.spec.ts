import { expect, test, type Page } from '@playwright/test';

/** What the recordings database holds, read with IndexedDB itself (not the app's code). */
async function stored(page: Page): Promise<Array<{ id: string; name: string; frames: number; bytes: number; state: string; note?: string; chunkFrames: number; chunkBytes: number[] }>> {
	return page.evaluate(async () => {
		const db: IDBDatabase = await new Promise((res, rej) => {
			const r = indexedDB.open('zonebench-recordings');
			r.onsuccess = () => res(r.result);
			r.onerror = () => rej(r.error);
		});
		const all = <T,>(store: string): Promise<T[]> =>
			new Promise((res, rej) => {
				const q = db.transaction(store).objectStore(store).getAll();
				q.onsuccess = () => res(q.result as T[]);
				q.onerror = () => rej(q.error);
			});
		const metas = await all<{ id: string; name: string; frames: number; bytes: number; state: string; note?: string; created: number }>('meta');
		const chunks = await all<{ rec: string; bytes: ArrayBuffer }>('chunks');
		db.close();
		return metas
			.sort((a, b) => b.created - a.created)
			.map((m) => {
				const mine = chunks.filter((c) => c.rec === m.id);
				// the frame count is the wire message's own header (u32 at byte 4), not the meta's figure
				const chunkFrames = mine.reduce((n, c) => n + new DataView(c.bytes).getUint32(4, true), 0);
				return { id: m.id, name: m.name, frames: m.frames, bytes: m.bytes, state: m.state, note: m.note, chunkFrames, chunkBytes: mine.map((c) => c.bytes.byteLength) };
			});
	});
}

async function booted(page: Page, url = '/?bench'): Promise<void> {
	await page.goto(url);
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await expect(controls.getByLabel('Frames received', { exact: true })).not.toHaveText('0', { timeout: 30_000 });
}

const counted = (page: Page) => page.evaluate(() => window.__zb!.framesCounted());

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (e) => {
		throw e;
	});
});

test('records ~5 s of the simulation at ×10 with Flood bus on: 0 frames missing, chunks of 1–4 MiB', async ({ page }) => {
	test.setTimeout(120_000);
	await booted(page);
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await controls.getByLabel('Speed').selectOption('10');
	await controls.getByLabel('Flood bus').check();
	await controls.getByRole('button', { name: 'Pause' }).click();
	await expect(controls.getByRole('button', { name: 'Run' })).toBeVisible();
	const c0 = await counted(page);
	await controls.getByRole('button', { name: '● Record' }).click();
	await expect(controls.getByRole('button', { name: '■ Stop' })).toBeVisible();
	await controls.getByRole('button', { name: 'Run' }).click();
	await page.waitForTimeout(5000);
	await controls.getByRole('button', { name: 'Pause' }).click();
	await expect(controls.getByRole('button', { name: 'Run' })).toBeVisible();
	await expect(controls.getByLabel('Recorded')).not.toHaveText(/^0 frames/);
	const c1 = await counted(page);
	await controls.getByRole('button', { name: '■ Stop' }).click();
	await expect(controls.getByRole('button', { name: '● Record' })).toBeVisible();
	const [r] = await stored(page);
	console.log(`[record] ${c1 - c0} frames counted by the trace recorder, ${r.chunkFrames} stored in ${r.chunkBytes.length} chunks (${r.chunkBytes.map((b) => (b / 1048576).toFixed(2)).join(', ')} MiB)`);
	expect(c1 - c0).toBeGreaterThan(20_000);
	expect(r.chunkFrames).toBe(c1 - c0);
	expect(r.frames).toBe(c1 - c0);
	expect(r.state).toBe('complete');
	for (const b of r.chunkBytes.slice(0, -1)) {
		expect(b).toBeGreaterThanOrEqual(1 << 20);
		expect(b).toBeLessThanOrEqual(4 << 20);
	}
});

test('record a short drive, replay it: the trace shows the same frames and the cluster the recorded speed', async ({ page }) => {
	test.setTimeout(120_000);
	await booted(page);
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await controls.getByLabel('Autopilot').selectOption('highway');
	await controls.getByLabel('Speed').selectOption('5');
	const speedo = page.getByRole('img', { name: /^Speedometer/ });
	// recording starts once the car moves, so the replay's cluster has a speed to show
	await expect.poll(async () => parseInt((await speedo.getAttribute('aria-label'))!.replace(/\D+/g, '') || '0'), { timeout: 30_000 }).toBeGreaterThan(5);
	await controls.getByRole('button', { name: '● Record' }).click();
	await page.waitForTimeout(3000);
	await controls.getByRole('button', { name: 'Pause' }).click();
	await expect(controls.getByRole('button', { name: 'Run' })).toBeVisible();
	const recordedSpeed = await speedo.getAttribute('aria-label');
	await controls.getByRole('button', { name: '■ Stop' }).click();
	const [r] = await stored(page);
	expect(r.frames).toBeGreaterThan(1000);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recordings' }).click();
	await page.getByRole('button', { name: `Replay ${r.name}` }).click();
	await expect(page).toHaveURL(/\/trace$/);
	const replay = page.getByRole('region', { name: 'Replay controls' });
	await expect(page.getByLabel('Frames recorded')).toHaveText('0');
	await replay.getByLabel('Speed').selectOption('10');
	await replay.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(replay.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 30_000 });
	await expect(replay.getByLabel('Replay frame')).toHaveText(String(r.frames));
	await expect(page.getByLabel('Frames recorded')).toHaveText(String(r.frames));
	// the dashboard decodes the replayed ClusterDisplay as it does live frames
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
	await replay.getByLabel('Jump to time (s)').fill('0');
	await replay.getByRole('button', { name: 'Go' }).click();
	await replay.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(replay.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 30_000 });
	await expect(speedo).toHaveAttribute('aria-label', recordedSpeed!);
});

test('quota error (simulated: the recorder\'s byte budget set to 1 MiB) stops the recording with a message and keeps what was written', async ({ page }) => {
	test.setTimeout(120_000);
	await booted(page, '/?bench&recbudget=1048576');
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await controls.getByLabel('Speed').selectOption('10');
	await controls.getByLabel('Flood bus').check();
	await controls.getByRole('button', { name: '● Record' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'storage budget reached' })).toBeVisible({ timeout: 60_000 });
	await expect(controls.getByRole('button', { name: '● Record' })).toBeVisible();
	const [r] = await stored(page);
	expect(r.state).toBe('stopped');
	expect(r.note).toMatch(/storage budget reached/);
	expect(r.bytes).toBeLessThanOrEqual(1 << 20);
	expect(r.bytes).toBeGreaterThan(0.9 * (1 << 20));
	expect(r.chunkFrames).toBe(r.frames);
	// what was kept replays
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recordings' }).click();
	await expect(page.getByLabel(`Frames of ${r.name}`)).toHaveText(String(r.frames));
	await page.getByRole('button', { name: `Replay ${r.name}` }).click();
	const replay = page.getByRole('region', { name: 'Replay controls' });
	await replay.getByLabel('Speed').selectOption('100');
	await replay.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(page.getByLabel('Frames recorded')).toHaveText(String(r.frames), { timeout: 30_000 });
});

test('a reset of the simulation during a recording ends it with a note; nothing recorded is lost', async ({ page }) => {
	await booted(page);
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await controls.getByRole('button', { name: '● Record' }).click();
	await expect(controls.getByLabel('Recorded')).not.toHaveText(/^0 frames/);
	await controls.getByRole('button', { name: 'Pause' }).click();
	await expect(controls.getByRole('button', { name: 'Run' })).toBeVisible();
	const before = await page.evaluate(() => window.__zb!.framesSent());
	await controls.getByRole('button', { name: 'Reset' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'new session (reset)' })).toBeVisible();
	const [r] = await stored(page);
	expect(r.state).toBe('stopped');
	expect(r.chunkFrames).toBe(r.frames);
	// every frame the worker sent before the reset (the page started recording at its first batch or later)
	expect(r.frames).toBeGreaterThan(0);
	expect(r.frames).toBeLessThanOrEqual(before);
});

test('import a candump log with a bad line (file:line: reason, the other frames kept), export it, compare it with a changed copy', async ({ page }) => {
	await booted(page);
	const good = ['(1700000000.000100) can0 123#DEADBEEF', '(1700000000.000200) can0 456#0102', '(1700000000.010000) can1 18FEF100#0102030405060708'];
	const bad = [good[0], good[1], '(1700000000.000300) can0 12G#00', good[2], ''].join('\n');
	await page.getByLabel('Log file to import').setInputFiles({ name: 'trip.log', mimeType: 'text/plain', buffer: Buffer.from(bad) });
	const result = page.getByRole('status', { name: 'Import result' });
	await expect(result).toContainText('Imported trip.log: 3 frames, 1 lines skipped');
	await expect(result).toContainText("trip.log:3: CAN id '12G' must be 3 hex digits");

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recordings' }).click();
	await expect(page.getByLabel('Frames of trip.log')).toHaveText('3');
	const dl = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export trip.log' }).click();
	const file = await dl;
	expect(file.suggestedFilename()).toBe('trip.log.log');
	const text = await new Promise<string>((res) => file.createReadStream().then((s) => { let t = ''; s.on('data', (c) => (t += c)); s.on('end', () => res(t)); }));
	expect(text).toBe(good.join('\n') + '\n');

	// a copy whose third frame carries another byte
	const changed = [good[0], good[1], good[2].replace('0708', '07FF'), ''].join('\n');
	await page.getByLabel('Log file to import').setInputFiles({ name: 'trip2.log', mimeType: 'text/plain', buffer: Buffer.from(changed) });
	await expect(page.getByRole('status', { name: 'Import result' })).toContainText('Imported trip2.log: 3 frames');
	await page.getByLabel('Compare trip.log').check();
	await page.getByLabel('Compare trip2.log').check();
	await page.getByRole('button', { name: 'Compare the two chosen' }).click();
	const first = page.getByRole('region', { name: 'First difference' });
	await expect(first).toContainText('First difference at frame 2 (data)');
	await expect(first).toContainText('ID 18FEF100 [01 02 03 04 05 06 07 08]');
	await expect(first).toContainText('[01 02 03 04 05 06 07 FF]');
	await expect(page.getByRole('table', { name: 'Trace A' }).getByRole('row')).toHaveCount(4);
	await expect(page.getByRole('table', { name: 'Trace B' }).getByRole('row')).toHaveCount(4);
});

test('a seek in a multi-minute recording made at max speed takes < 200 ms; step and next-of-ID move the trace', async ({ page }) => {
	test.setTimeout(180_000);
	await booted(page);
	const controls = page.getByRole('region', { name: 'Simulation controls' });
	await controls.getByLabel('Speed').selectOption('Infinity');
	await controls.getByRole('button', { name: '● Record' }).click();
	const vt = async () => parseFloat((await controls.getByLabel('Virtual time').textContent()) ?? '0');
	const t0 = await vt();
	await expect.poll(async () => (await vt()) - t0, { timeout: 150_000, intervals: [1000] }).toBeGreaterThan(180);
	await controls.getByRole('button', { name: '■ Stop' }).click();
	const [r] = await stored(page);
	console.log(`[record] ${r.frames} frames, ${r.chunkBytes.length} chunks, ${(r.bytes / 1048576).toFixed(1)} MiB`);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recordings' }).click();
	await page.getByRole('button', { name: `Replay ${r.name}` }).click();
	const replay = page.getByRole('region', { name: 'Replay controls' });
	const times: number[] = [];
	for (const s of ['150', '30', '170.5', '90']) {
		await replay.getByLabel('Jump to time (s)').fill(s);
		await replay.getByRole('button', { name: 'Go' }).press('Enter');
		await expect(replay.getByLabel('Replay time')).toHaveText(`${Number(s).toFixed(3)} s`);
		times.push(parseFloat((await replay.getByLabel('Last seek time').textContent()) ?? 'NaN'));
	}
	console.log(`[record] seek times: ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
	for (const t of times) expect(t).toBeLessThan(200);
	// one frame, by keyboard
	await replay.getByRole('button', { name: 'Step frame' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Frames recorded')).toHaveText('1');
	await replay.getByLabel('Next frame of ID (hex)').fill('450');
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Frames recorded')).toHaveText('1');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trace' }).click();
	await expect(page.getByRole('treegrid', { name: 'Trace' }).locator('[role="row"][aria-level="1"]').first()).toContainText('450');
});
