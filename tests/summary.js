// Prints one closing line for the whole `npm test` run, from the JSON reports of vitest and Playwright.
import fs from 'node:fs';

/** @param {string} file @returns {any} */
function read(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

const unit = read('test-results/vitest.json');
const e2e = read('test-results/playwright.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
	skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (e2e?.stats) {
	passed += e2e.stats.expected ?? 0;
	failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
	skipped += e2e.stats.skipped ?? 0;
}
console.log(`unit ${unit ? unit.numPassedTests : 0} passed; e2e ${e2e?.stats?.expected ?? 0} passed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || (!unit && !e2e) ? 1 : 0);
