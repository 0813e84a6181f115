// Every refusal code of the minutes and annual-themes services has a French and an English message, with the same
// placeholders.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const catalogue = (locale: string) => JSON.parse(fs.readFileSync(path.resolve(`src/lib/i18n/messages/minutes/${locale}.json`), 'utf8')) as Record<string, unknown>;
const sources = ['annual-themes.ts', 'minutes.ts', 'exports.ts', 'minutes-pdf.ts'].map((f) => fs.readFileSync(path.resolve('src/lib/server/plenaries', f), 'utf8')).join('\n');

describe('minutes messages', () => {
	const codes = new Set((sources.match(/'minutes_error_[a-z_]+'/g) ?? []).map((c) => c.slice(1, -1)));

	it.each(['fr', 'en'])('%s has a message for every code', (locale) => {
		const messages = catalogue(locale);
		expect(codes.size).toBeGreaterThanOrEqual(6);
		expect([...codes].filter((c) => !messages[c])).toEqual([]);
	});

	it('uses the same keys and placeholders in both languages', () => {
		const fr = catalogue('fr');
		const en = catalogue('en');
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
		// plural messages are variant objects: their placeholders, each once
		const params = (v: unknown) => [...new Set((typeof v === 'string' ? v : JSON.stringify(v)).match(/\{[a-zA-Z]+\}/g) ?? [])].sort();
		for (const key of Object.keys(fr)) expect(params(en[key]), key).toEqual(params(fr[key]));
	});
});
