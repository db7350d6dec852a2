import { sveltekit } from '@sveltejs/kit/vite';
import { spawn } from 'node:child_process';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { liveServer } from './server/vite-plugin.ts';

/**
 * `npm run dev`: rebuild the firmware (DBC → C → wasm) when a C file or the DBC changes, then reload the
 * page, so editing C feels like editing TS. Build errors are printed and shown in Vite's overlay.
 */
function firmwareWatch(): Plugin {
	let building = false;
	let again = false;
	return {
		name: 'zonebench-firmware-watch',
		apply: 'serve',
		configureServer(server) {
			server.watcher.add(['sim-wasm/bsw', 'sim-wasm/ecu', 'static/vehicle.dbc']);
			const rebuild = () => {
				if (building) {
					again = true;
					return;
				}
				building = true;
				const p = spawn('npm', ['run', '--silent', 'build:wasm'], { stdio: ['ignore', 'pipe', 'pipe'] });
				let out = '';
				p.stdout.on('data', (d) => (out += d));
				p.stderr.on('data', (d) => (out += d));
				p.on('close', (code) => {
					building = false;
					server.config.logger.info(out.trimEnd(), { timestamp: true });
					if (code === 0) server.ws.send({ type: 'full-reload' });
					else server.ws.send({ type: 'error', err: { message: `firmware build failed:\n${out}`, stack: '' } });
					if (again) {
						again = false;
						rebuild();
					}
				});
			};
			server.watcher.on('change', (file) => {
				if (/sim-wasm\/(bsw|ecu)\/.*\.[ch]$/.test(file) || file.endsWith('static/vehicle.dbc')) rebuild();
			});
		}
	};
}

export default defineConfig({
	plugins: [firmwareWatch(), liveServer(), sveltekit()],
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.spec.ts', 'server/**/*.spec.ts', 'tests/brokers/**/*.spec.ts', 'tests/interop/**/*.spec.ts', 'tests/fleet/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
