/**
 * Routing for the live server: plain functions per path, an upgrade table (`/api/live`, and whatever other
 * services mount, e.g. `/mqtt`), and the SvelteKit adapter-node handler for everything else. The same
 * router serves `node:http` (server/app.ts) and `vite dev` (server/vite-plugin.ts).
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { METRICS_CONTENT_TYPE, type MetricsRegistry } from './metrics';
import type { Hub } from './types';

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
/** adapter-node's `handler` (polka-style middleware). */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

const pathOf = (req: IncomingMessage): string => {
	const u = req.url ?? '/';
	const q = u.indexOf('?');
	return q < 0 ? u : u.slice(0, q);
};

export class Router {
	readonly #routes = new Map<string, Route>();
	readonly #upgrades = new Map<string, UpgradeHandler>();
	readonly #prefixes: Array<[string, Route]> = [];

	/** Serves `path` (exact, query ignored) with `fn`. */
	route(path: string, fn: Route): void {
		this.#routes.set(path, fn);
	}

	/** Serves `prefix` and every path below it (`/api/fleet`, `/api/fleet/…`) with `fn`; exact routes win. */
	routePrefix(prefix: string, fn: Route): void {
		this.#prefixes.push([prefix, fn]);
	}

	/** Hands WebSocket upgrades on `path` to `fn`; returns the function that removes it. */
	onUpgrade(path: string, fn: UpgradeHandler): () => void {
		if (this.#upgrades.has(path)) throw new Error(`an upgrade handler for ${path} exists already`);
		this.#upgrades.set(path, fn);
		return () => void this.#upgrades.delete(path);
	}

	/** Answers the request when a route matches; false lets the caller pass it on (SvelteKit, Vite). */
	handle(req: IncomingMessage, res: ServerResponse): boolean {
		const p = pathOf(req);
		const fn = this.#routes.get(p) ?? this.#prefixes.find(([x]) => p === x || p.startsWith(x + '/'))?.[1];
		if (!fn) return false;
		Promise.resolve()
			.then(() => fn(req, res))
			.catch((e) => {
				if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
				res.end(`internal error: ${(e as Error).message}\n`);
			});
		return true;
	}

	/** Takes the upgrade when a handler is mounted on its path; false leaves it (Vite's HMR socket). */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
		const fn = this.#upgrades.get(pathOf(req));
		if (!fn) return false;
		try {
			fn(req, socket, head);
		} catch {
			socket.destroy();
		}
		return true;
	}

	paths(): { routes: string[]; upgrades: string[] } {
		return { routes: [...this.#routes.keys(), ...this.#prefixes.map(([x]) => `${x}/*`)], upgrades: [...this.#upgrades.keys()] };
	}
}

/** `/healthz`: `{ok, uptime_s, sources}`; 503 when no source runs. */
export function healthzRoute(hub: Hub, startedAt: number, services: () => Record<string, unknown> = () => ({})): Route {
	return (_req, res) => {
		const sources = hub.sources();
		const ok = sources.some((s) => s.state === 'running');
		res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
		res.end(JSON.stringify({ ok, uptime_s: Math.round((performance.now() - startedAt) / 100) / 10, sources, services: services() }));
	};
}

/** `/metrics` in Prometheus text format 0.0.4. */
export function metricsRoute(registry: MetricsRegistry): Route {
	return (_req, res) => {
		res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' });
		res.end(registry.render());
	};
}

/** The adapter-node build's handler; throws "run npm run build" when the build is missing. */
export async function loadSvelteKitHandler(buildDir = process.env.ZB_BUILD_OUT ?? 'build'): Promise<NodeHandler> {
	const file = join(resolve(buildDir), 'handler.js');
	if (!existsSync(file)) throw new Error(`${file} not found: run npm run build (the adapter-node build of the app)`);
	const mod = (await import(pathToFileURL(file).href)) as { handler: NodeHandler };
	return mod.handler;
}
