/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after one visit the app starts and runs with the network off. Each build gets its own
 * cache holding the app shell, every built JS/CSS file and every static file (ECU firmware images, their
 * manifest, vehicle.dbc, icons). A new build installs beside the old one and waits until the page asks it
 * to take over (UpdatePrompt), so a running simulation is never swapped out from under the user.
 */
import { base, build, files, version } from '$service-worker';
import { SKIP_WAITING } from '$lib/components/sw-update';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'zonebench-';
const CACHE = `${PREFIX}${version}`;
/** The page every navigation falls back to offline: the app is client-rendered, so one shell fits all routes. */
const SHELL = `${base}/`;
// Pre-compressed twins are served by the host through Content-Encoding, never requested by name.
const PRECACHE = [...build, ...files].filter((f) => !/\.(br|gz)$/.test(f));
// Live mode talks to the server; those requests must never come from a cache.
const NEVER_CACHED = [`${base}/api/`, `${base}/mqtt`];

sw.addEventListener('install', (event) => {
	// During `vite dev` firmware and DBC are rebuilt in place under fixed names; caching them would hide
	// every edit, so the dev worker caches nothing.
	if (import.meta.env.DEV) {
		event.waitUntil(sw.skipWaiting());
		return;
	}
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// 'reload' bypasses the HTTP cache: unhashed names (wasm/bcm.wasm) must come from this build.
			// addAll is all-or-nothing, so an installed worker always holds a complete app.
			await cache.addAll([...PRECACHE, SHELL].map((u) => new Request(u, { cache: 'reload' })));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			}
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	if (import.meta.env.DEV || req.method !== 'GET') return;
	const url = new URL(req.url);
	if (url.origin !== sw.location.origin) return;
	if (NEVER_CACHED.some((p) => url.pathname.startsWith(p))) return;

	if (req.mode === 'navigate') {
		// Network first so an online visitor gets the current shell; the cached one when offline.
		event.respondWith(
			(async () => {
				try {
					return await fetch(req);
				} catch {
					const shell = await caches.match(SHELL, { cacheName: CACHE });
					return shell ?? Response.error();
				}
			})()
		);
		return;
	}

	event.respondWith(
		(async () => {
			// Precached files are this build's own: cache first, the query string is not part of the name.
			const hit = await caches.match(url.pathname, { cacheName: CACHE });
			if (hit) return hit;
			try {
				return await fetch(req);
			} catch (e) {
				const any = await caches.match(req);
				if (any) return any;
				throw e;
			}
		})()
	);
});
