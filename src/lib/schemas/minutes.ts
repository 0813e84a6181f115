// Forms of the minutes pages and the annual themes page.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { id } from './common';

const list = (max: number) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(max)).max(30));

/** The secretariat's text sections: titles and bodies in order (pairs left empty are dropped by the service). */
export const minutesSectionsSchema = z.object({ title: list(200), body: list(20000) }).refine((v) => v.title.length === v.body.length, { error: () => m.minutes_error_sections() });

export const year = () =>
	z.coerce
		.number({ error: () => m.minutes_error_year({ min: '2000', max: '2100' }) })
		.int()
		.min(2000)
		.max(2100);

export const adoptThemesSchema = z.object({ voteId: id(), year: year() });

export const annualThemesSchema = z.object({
	year: year(),
	themeIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()))
});
