/**
 * `startServer(config)`: builds the sources from `ZB_CAN`, starts the hub, mounts `/api/live`, `/healthz`
 * and `/metrics`, serves the app, and listens. Other services (socketcand, slcan, MQTT) plug in afterwards
 * through the returned `hub`, `router.onUpgrade` and `metrics`, and register their own shutdown with
 * `onClose`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config, ResolvedToken, SourceSpec } from './config';
import { resolveToken } from './config';
import { Router, healthzRoute, loadSvelteKitHandler, metricsRoute, type NodeHandler } from './http';
import { CanHub, type ObservableSource } from './hub';
import { LIVE_PATH, createLiveEndpoint, type LiveEndpoint, type LiveLimits } from './live';
import { metrics as globalMetrics, type MetricsRegistry } from './metrics';
import { startServices } from './services';
import { GenSource } from './sources/gen';
import { ReplaySource } from './sources/replay';
import { SimSource } from './sources/sim';
import { createSocketcanSource } from './sources/socketcan';
import type { CanSource, SourceInfo } from './types';

export interface StartOptions {
	/** Registry `/metrics` serves; default the process-wide one. */
	metrics?: MetricsRegistry;
	/** Serve the SvelteKit build for other paths (default true; tests and `vite dev` pass false). */
	web?: boolean;
	limits?: Partial<LiveLimits>;
	/** Token already resolved by the caller (the entry prints it); default `resolveToken(config)`. */
	token?: ResolvedToken;
	/** Start MQTT, socketcand and slcan (default true; unit tests of the core pass false). */
	services?: boolean;
}

export interface ZbServer {
	config: Config;
	hub: CanHub;
	http: Server;
	router: Router;
	live: LiveEndpoint;
	metrics: MetricsRegistry;
	token: ResolvedToken;
	port: number;
	/** `http://host:port` as a browser on this machine opens it. */
	url: string;
	/** Runs `fn` on close, before the hub stops (services mounted after start). */
	onClose(fn: () => Promise<void> | void): void;
	close(): Promise<void>;
}

/** Every source failed: nothing to serve. `message` lists each channel's reason. */
export class NoSourceError extends Error {}

/** The server's version (package.json). */
export const VERSION: string = (() => {
	try {
		return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
	} catch {
		return '0.0.0';
	}
})();

/** A source that cannot exist in this build: its start fails with `message`. */
class UnavailableSource implements CanSource {
	readonly kind = 'socketcan' as const;
	constructor(
		readonly channel: number,
		readonly name: string,
		readonly message: string
	) {}
	async start(): Promise<void> {
		throw new Error(this.message);
	}
	async stop(): Promise<void> {}
	onBatch(): () => void {
		return () => {};
	}
	onSession(): () => void {
		return () => {};
	}
	describe(): SourceInfo {
		return { channel: this.channel, kind: this.kind, name: this.name, state: 'failed', error: this.message, canSend: false, framesIn: 0, framesOut: 0 };
	}
}

/**
 * Makes the source for one `ZB_CAN` entry. `socketcan:IFACE` loads the native addon only when started,
 * so a machine without it still runs sim and replay (that source fails with the reason).
 */
export async function createSource(spec: SourceSpec, channel: number): Promise<ObservableSource> {
	switch (spec.kind) {
		case 'sim':
			return new SimSource({ channel, seed: spec.seed });
		case 'replay':
			return new ReplaySource({ channel, file: spec.file, loop: spec.loop });
		case 'socketcan':
			// the module loads the native addon itself, lazily: sim and replay run where it is missing
			return createSocketcanSource(spec.iface, channel);
		case 'gen':
			return new GenSource({ channel, rate: spec.rate });
	}
}

/** One line per failed source: `channel 0 (replay:x.log): x.log: no such file`. */
export function describeFailures(config: Config, sources: SourceInfo[]): string {
	return sources
		.filter((s) => s.state === 'failed')
		.map((s) => `channel ${s.channel} (${config.can[s.channel]?.spec ?? s.name}): ${s.error}`)
		.join('\n');
}

export interface ZbApp {
	hub: CanHub;
	router: Router;
	live: LiveEndpoint;
	metrics: MetricsRegistry;
	token: ResolvedToken;
	close(): Promise<void>;
}

/**
 * The server without its HTTP listener: sources started, `/api/live`, `/healthz`, `/metrics` on a Router.
 * `port` is the listening port (for the Origin check); `vite dev` mounts this on its own server.
 */
export async function createApp(config: Config, opts: StartOptions & { port: () => number }): Promise<ZbApp> {
	const registry = opts.metrics ?? globalMetrics;
	const token = opts.token ?? resolveToken(config);
	const startedAt = performance.now();
	const sources = await Promise.all(config.can.map((s, i) => createSource(s, i)));
	const hub = new CanHub(sources);
	const infos = await hub.start();
	const errors = registry.counter('zb_errors_total', 'Errors by kind (live protocol error codes, source failures)', ['kind']);
	for (const s of infos) if (s.state === 'failed') errors.inc({ kind: 'source' });
	if (!hub.anyRunning) {
		await hub.stop();
		throw new NoSourceError(`no CAN source could start:\n${describeFailures(config, infos)}`);
	}
	const router = new Router();
	const live = createLiveEndpoint({ hub, token: token.token, port: opts.port, origins: config.origins, version: VERSION, metrics: registry, limits: opts.limits });
	router.onUpgrade(LIVE_PATH, live.handleUpgrade);
	const services = opts.services === false ? null : await startServices({ hub, router, metrics: registry, config, token });
	router.route('/healthz', healthzRoute(hub, startedAt, () => services?.health() ?? {}));
	router.route('/metrics', metricsRoute(registry));
	const sourceLabel = (x: SourceInfo): string => (x.kind === 'sim' ? x.name : `${x.kind}:${x.name}`);
	const uncollect = registry.collect(() => {
		const s = hub.sources();
		return [
			{ name: 'zb_frames_in_total', help: 'Frames received from each channel', type: 'counter', samples: s.map((x) => ({ labels: { channel: x.channel, source: sourceLabel(x) }, value: x.framesIn })) },
			{ name: 'zb_frames_out_total', help: 'Frames sent to each channel (from clients)', type: 'counter', samples: s.map((x) => ({ labels: { channel: x.channel }, value: x.framesOut })) },
			{ name: 'zb_source_up', help: "1 when the channel's source runs", type: 'gauge', samples: s.map((x) => ({ labels: { channel: x.channel }, value: x.state === 'running' ? 1 : 0 })) }
		];
	});
	return {
		hub,
		router,
		live,
		metrics: registry,
		token,
		async close() {
			await services?.close();
			await live.close();
			uncollect();
			await hub.stop();
		}
	};
}

/** Starts everything and listens; rejects with NoSourceError when every source failed. */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<ZbServer> {
	let port = config.port;
	const app = await createApp(config, { ...opts, port: () => port });
	const { hub, router, live } = app;

	let web: NodeHandler | null = null;
	if (opts.web ?? true) {
		try {
			web = await loadSvelteKitHandler();
		} catch (e) {
			await app.close();
			throw e;
		}
	}

	const server = createServer((req, res) => {
		if (router.handle(req, res)) return;
		if (web) {
			web(req, res, () => {
				res.writeHead(404, { 'content-type': 'text/plain' });
				res.end('not found\n');
			});
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found (this server runs without the app build)\n');
	});
	server.on('upgrade', (req, socket, head) => {
		if (router.handleUpgrade(req, socket, head)) return;
		socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
	});
	server.on('clientError', (_e, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});

	try {
		await new Promise<void>((ok, fail) => {
			server.once('error', fail);
			server.listen(config.port, config.host, () => {
				server.off('error', fail);
				ok();
			});
		});
	} catch (e) {
		await app.close();
		const err = e as NodeJS.ErrnoException;
		if (err.code === 'EADDRINUSE') throw new Error(`ZB_PORT: port ${config.port} on ${config.host} is in use (choose another with ZB_PORT or --port)`);
		throw e;
	}
	port = (server.address() as AddressInfo).port;
	// the address a browser on this machine opens: the bound one, or localhost for a wildcard bind
	const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
	const closers: (() => Promise<void> | void)[] = [];
	let closing: Promise<void> | null = null;
	return {
		config,
		hub,
		http: server,
		router,
		live,
		metrics: app.metrics,
		token: app.token,
		port,
		url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`,
		onClose: (fn) => void closers.push(fn),
		close: () =>
			(closing ??= (async () => {
				for (const fn of closers.reverse()) await Promise.resolve(fn()).catch(() => {});
				await new Promise<void>((r) => {
					server.close(() => r());
					server.closeAllConnections();
				});
				await app.close();
			})())
	};
}
