import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let several builds live side by side (parallel work); defaults are the usual ones.
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build' }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		csrf: { trustedOrigins: [] },
		// Content-Security-Policy of every page (a header, with a fresh nonce per page for SvelteKit's inline
		// scripts and the one in src/app.html). Scripts, styles, images, fonts and connections come from this site
		// only; socket.io connects to the same origin ('self' covers ws:/wss: to it). Inline style attributes are
		// allowed ('unsafe-inline' in style-src: Svelte's style: directives and app.html write some). Images in
		// user Markdown are rendered as links, never loaded (src/lib/server/markdown/render.ts).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
