// Every refusal code the plenaries services can throw has a French and an English message.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const here = path.resolve('src/lib/server/plenaries');
const catalogue = (locale: string) => JSON.parse(fs.readFileSync(path.resolve(`src/lib/i18n/messages/plenaries/${locale}.json`), 'utf8')) as Record<string, unknown>;

describe('plenaries messages', () => {
	const codes = new Set(
		fs
			.readdirSync(here)
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
			.flatMap((f) => fs.readFileSync(path.join(here, f), 'utf8').match(/'plenaries_error_[a-z_]+'/g) ?? [])
			.map((c) => c.slice(1, -1))
	);

	it.each(['fr', 'en'])('%s has a message for every code', (locale) => {
		const messages = catalogue(locale);
		expect([...codes].filter((c) => !messages[c])).toEqual([]);
		expect(codes.size).toBeGreaterThan(40);
	});

	it('uses the same keys and placeholders in both languages', () => {
		const fr = catalogue('fr');
		const en = catalogue('en');
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
		// plural messages are variant objects: their placeholders, each once
		const params = (v: unknown) => [...new Set((typeof v === 'string' ? v : JSON.stringify(v)).match(/\{[a-z]+\}/g) ?? [])].sort();
		for (const key of Object.keys(fr)) expect(params(en[key]), key).toEqual(params(fr[key]));
	});
});
