import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed (CI installs it); Playwright's own browser elsewhere.
const chromium = '/usr/bin/chromium';
const launchOptions = {
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	...(existsSync(chromium) ? { executablePath: chromium } : {})
};
if (!existsSync(chromium)) console.log(`[playwright] ${chromium} not found: using Playwright's own Chromium`);

const port = Number(process.env.ZB_PORT ?? 4173);
export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	fullyParallel: false,
	workers: 1,
	reporter: [['list']],
	use: { baseURL: `http://127.0.0.1:${port}`, browserName: 'chromium', launchOptions },
	webServer: {
		command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI
	}
});
