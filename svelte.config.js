import adapterNode from '@sveltejs/adapter-node';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The static build (public demo, no server) and the node build (live mode) share every route.
const staticBuild = process.env.ZB_STATIC === '1';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: staticBuild
			? adapterStatic({ pages: 'build-static', fallback: 'index.html' })
			: adapterNode({ out: process.env.ZB_BUILD_OUT ?? 'build' }),
		// separate output folders let several checkouts' builds and test servers run side by side
		outDir: process.env.ZB_KIT_OUT ?? '.svelte-kit',
		alias: { $sim: 'src/lib/sim', $can: 'src/lib/can' }
	},
	compilerOptions: { runes: true }
};

export default config;
