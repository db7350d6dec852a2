import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The static build (public demo, no server) and the node build (live mode) share every route.
const staticBuild = process.env.ZB_STATIC === '1';
// Sub-path hosting (e.g. GitHub Pages at /zonebench): ZB_BASE=/zonebench. Empty = site root.
const base = process.env.ZB_BASE ?? '';
if (base !== '' && (!base.startsWith('/') || base.endsWith('/')))
	throw new Error(`ZB_BASE='${base}': must be empty or start with '/' and not end with '/' (e.g. /zonebench)`);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: staticBuild
			? // index.html doubles as the SPA fallback for every route (build:static also copies it to 404.html
				// for hosts such as GitHub Pages that serve that on unknown paths instead of rewriting)
				adapterStatic({ pages: process.env.ZB_STATIC_OUT ?? 'build-static', fallback: 'index.html' })
			: adapterNode({ out: process.env.ZB_BUILD_OUT ?? 'build' }),
		// separate output folders let several checkouts' builds and test servers run side by side
		outDir: process.env.ZB_KIT_OUT ?? '.svelte-kit',
		// Absolute asset URLs: the service worker serves one cached shell for every route, and relative
		// URLs in it would resolve against the wrong folder on nested routes such as /ecus/cvc.
		paths: { base, relative: false },
		alias: { $sim: 'src/lib/sim', $can: 'src/lib/can' }
	},
	compilerOptions: { runes: true }
};

export default config;
