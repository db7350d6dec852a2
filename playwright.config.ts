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
/** The token the e2e server runs with: specs that drive the server's vehicle unlock with it. */
export const E2E_TOKEN = 'e2e-token-0123456789abcdef';
export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	fullyParallel: false,
	workers: 1,
	reporter: [['list']],
	use: { baseURL: `http://127.0.0.1:${port}`, browserName: 'chromium', launchOptions },
	webServer: {
		// the production server (server/index.ts) serves the build and the live endpoints, as `npm start` does;
		// its MQTT broker takes any free port (a packaged Mosquitto may hold 1883)
		command: `npx vite build && npx tsx server/index.ts`,
		env: { ZB_PORT: String(port), ZB_HOST: '127.0.0.1', ZB_TOKEN: E2E_TOKEN, ZB_MQTT_PORT: '0', ZB_DATA: `test-results/e2e-data-${port}` },
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI
	}
});
