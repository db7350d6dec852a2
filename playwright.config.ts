import { defineConfig } from '@playwright/test';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

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

/**
 * OTA keys of the e2e server (made once per port, kept beside test-results/, which Playwright empties): the
 * server accepts uploads signed by `trusted` or `serverOnly`; the vehicles it serves (the tab) trust only
 * `trusted`, so an image signed by `serverOnly` reaches the tab and is refused there (tests/e2e/fleet-ota.spec.ts).
 */
export interface E2eOtaKey {
	id: string;
	publicJwk: JsonWebKey;
	privateJwk: JsonWebKey;
}
const otaDir = `test-results-ota-${port}`;
function otaKey(name: string): E2eOtaKey {
	const file = `${otaDir}/${name}.json`;
	if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as E2eOtaKey;
	const k = generateKeyPairSync('ed25519');
	const publicJwk = k.publicKey.export({ format: 'jwk' }) as JsonWebKey;
	// the key id of docs/ota.md: the first 16 hex digits of the SHA-256 of the 32 raw public key bytes
	const id = createHash('sha256').update(Buffer.from(publicJwk.x!, 'base64url')).digest('hex').slice(0, 16);
	const key = { id, publicJwk, privateJwk: k.privateKey.export({ format: 'jwk' }) as JsonWebKey };
	mkdirSync(otaDir, { recursive: true });
	writeFileSync(file, JSON.stringify(key));
	return key;
}
export const E2E_OTA = { trusted: otaKey('trusted'), serverOnly: otaKey('server-only') };
const trustFile = (name: string, keys: E2eOtaKey[]): string => {
	const f = `${otaDir}/${name}`;
	writeFileSync(f, JSON.stringify({ keys: keys.map((k) => ({ id: k.id, jwk: k.publicJwk })) }));
	return f;
};

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
		// a build folder per port: two Playwright runs in one checkout (ZB_PORT apart) must not rebuild each
		// other's server from under it
		env: { ZB_PORT: String(port), ZB_HOST: '127.0.0.1', ZB_TOKEN: E2E_TOKEN, ZB_MQTT_PORT: '0', ZB_DATA: `test-results/e2e-data-${port}`,
			ZB_BUILD_OUT: `build-e2e-${port}`, ZB_KIT_OUT: `.svelte-kit-e2e-${port}`,
			ZB_OTA_TRUSTED_KEYS: trustFile('server-keys.json', [E2E_OTA.trusted, E2E_OTA.serverOnly]),
			ZB_OTA_VEHICLE_KEYS: trustFile('vehicle-keys.json', [E2E_OTA.trusted])
		},
		url: `http://127.0.0.1:${port}/`,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI
	}
});
