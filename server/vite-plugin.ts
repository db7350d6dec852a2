/**
 * `vite dev` with the live server inside: the same `/api/live`, `/healthz`, `/metrics` and mounted upgrades
 * as `npm start`, on Vite's own port. Vite's HMR WebSocket is left alone: only upgrades on the router's
 * paths are taken. `ZB_LIVE=0` turns it off.
 *
 * The server code is loaded with tsx at dev-server start rather than imported here, because Vite bundles
 * this config file, and the server resolves its worker and build files relative to its own source files.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type * as AppModule from './app';
import type * as ConfigModule from './config';

/** The Vite plugin (add to `plugins`; it applies to `vite dev` only). */
export function liveServer(): Plugin {
	return {
		name: 'zonebench-live-server',
		apply: 'serve',
		async configureServer(vite) {
			const http = vite.httpServer;
			if (!http || process.env.ZB_LIVE === '0') return;
			const log = vite.config.logger;
			const root = vite.config.root;
			const { tsImport } = await import('tsx/esm/api');
			const load = <T>(file: string): Promise<T> => tsImport(pathToFileURL(resolve(root, file)).href, import.meta.url) as Promise<T>;
			const { createApp, NoSourceError } = await load<typeof AppModule>('server/app.ts');
			const { loadConfig, resolveToken, formatConfigTable, ConfigError } = await load<typeof ConfigModule>('server/config.ts');
			let app: AppModule.ZbApp;
			try {
				const config = loadConfig(process.env, []);
				const token = resolveToken(config);
				app = await createApp(config, { web: false, token, port: () => (http.address() as AddressInfo | null)?.port ?? 0 });
				log.info(`zonebench live server (in vite dev; ZB_PORT and ZB_HOST are Vite's here):\n${formatConfigTable(config, token)}`);
			} catch (e) {
				if (e instanceof ConfigError || e instanceof NoSourceError) {
					log.error(`zonebench live server not started: ${(e as Error).message}`);
					return;
				}
				throw e;
			}
			vite.middlewares.use((req, res, next) => {
				if (!app.router.handle(req, res)) next();
			});
			http.on('upgrade', (req, socket, head) => {
				app.router.handleUpgrade(req, socket, head);
			});
			http.once('listening', () => {
				const a = http.address() as AddressInfo;
				const base = `${vite.config.server.https ? 'https' : 'http'}://localhost:${a.port}`;
				const ch = app.hub.sources().map((s) => `channel ${s.channel} ${s.kind} ${s.name} (${s.state})`);
				log.info(
					`  live:     ${base.replace(/^http/, 'ws')}/api/live\n  health:   ${base}/healthz\n  metrics:  ${base}/metrics\n  sources:  ${ch.join(', ')}`
				);
			});
			http.once('close', () => void app.close());
		}
	};
}
