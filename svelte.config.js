import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let several builds live side by side (parallel work); defaults are the usual ones.
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		csrf: { trustedOrigins: [] }
	}
};

export default config;
