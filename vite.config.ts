import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { socketIoDevPlugin } from './src/server/vite-socket-plugin';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './src/lib/i18n/project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'baseLocale']
		}),
		sveltekit(),
		socketIoDevPlugin()
	],
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20000,
		pool: 'forks'
	}
});
