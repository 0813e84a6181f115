// ESLint 9 flat config: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte.
// Formatting is Prettier's job (.prettierrc); none of these recommended sets holds stylistic rules.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	globalIgnores(['build/', 'build-*/', '.svelte-kit/', '.svelte-kit-*/', 'src/lib/paraglide/', 'migrations/', 'test-results/', 'playwright-report/', 'data/']),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, and knows the types and globals that no-undef does not.
			'no-undef': 'off',
			// `_`-prefixed names and rest siblings mark values left out on purpose, e.g. `({ councilId: _c, ...rest }) => rest`.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
			// The control-character regexes are the point: they strip or refuse control characters in names, mail headers
			// and text files (src/lib/schemas/auth.ts, src/lib/server/notifications/notify.ts, src/lib/server/files/detect.ts).
			'no-control-regex': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
		rules: {
			// The app has no base path (kit.paths.base is unset), so its links are plain `/c/${slug}/...` strings; wrapping
			// 176 of them in resolve() would change nothing at run time.
			'svelte/no-navigation-without-resolve': 'off',
			// Every {@html} shows Markdown rendered on the server through sanitize-html (src/lib/server/markdown/render.ts).
			'svelte/no-at-html-tags': 'off',
			// `{' '}` keeps a deliberate space between a label and a badge or a note; plain text there is easy to lose.
			'svelte/no-useless-mustaches': 'off',
			// Forms whose fields are seeded from props and then edited keep `$state` + `$effect`; moving them to a writable
			// `$derived` is a behaviour change to make and test form by form, not a lint fix. Left for later.
			'svelte/prefer-writable-derived': 'off',
			// The Set and URLSearchParams it flags are built and used within one function (a query string for a link, a
			// lookup), never kept as reactive state.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	}
);
