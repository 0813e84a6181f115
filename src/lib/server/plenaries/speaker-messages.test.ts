// Every refusal code of the list of speakers has a French and an English message, with the same placeholders.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const catalogue = (locale: string) => JSON.parse(fs.readFileSync(path.resolve(`src/lib/i18n/messages/speakers/${locale}.json`), 'utf8')) as Record<string, unknown>;

describe('speakers messages', () => {
	const here = path.resolve('src/lib/server/plenaries');
	const codes = new Set(
		['speakers.ts', 'speaker-queue.ts', 'speaker-state.ts'].flatMap((f) => fs.readFileSync(path.join(here, f), 'utf8').match(/'speakers_error_[a-z_]+'/g) ?? []).map((c) => c.slice(1, -1))
	);

	it.each(['fr', 'en'])('%s has a message for every code', (locale) => {
		const messages = catalogue(locale);
		expect(codes.size).toBeGreaterThan(6);
		expect([...codes].filter((c) => !messages[c])).toEqual([]);
	});

	it('uses the same keys and placeholders in both languages', () => {
		const fr = catalogue('fr');
		const en = catalogue('en');
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
		const params = (v: unknown) => [...new Set((typeof v === 'string' ? v : JSON.stringify(v)).match(/\{[a-z]+\}/g) ?? [])].sort();
		for (const key of Object.keys(fr)) expect(params(en[key]), key).toEqual(params(fr[key]));
	});
});
