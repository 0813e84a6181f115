import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const chromium = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: '.',
	outputDir: process.env.E2E_PORT ? `../../test-results/e2e-output-${port}` : '../../test-results/e2e-output',
	fullyParallel: false,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 7_000 },
	reporter: [['list'], ['json', { outputFile: '../../test-results/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		locale: 'fr-FR',
		launchOptions: {
			executablePath: chromium,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: 'node tests/e2e/serve.js',
		cwd: '../..',
		url: `http://localhost:${port}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: { E2E_PORT: String(port) }
	}
});
