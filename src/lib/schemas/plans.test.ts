import { describe, expect, it } from 'vitest';
import { issuesToFieldErrors } from '$lib/server/http/forms';
import { planSchema } from './plans';

/** The message each field shows (the first issue of the field, as the forms do). */
const messages = (input: Record<string, string>) => {
	const result = planSchema.safeParse(input);
	return result.success ? {} : issuesToFieldErrors(result.error.issues);
};

describe('the plan form', () => {
	it('says an empty year is missing, not that it must be at least 1900', () => {
		expect(messages({ title: 'Plan', startYear: '2027', endYear: '' }).endYear).toBe('Ce champ est obligatoire.');
		expect(messages({ title: 'Plan', startYear: '  ', endYear: '2030' }).startYear).toBe('Ce champ est obligatoire.');
	});

	it('gives the year range, whatever the size of the number typed', () => {
		expect(messages({ title: 'Plan', startYear: '99999999999999999999', endYear: '2030' }).startYear).toBe('La valeur doit être au plus 2200.');
		expect(messages({ title: 'Plan', startYear: '1800', endYear: '2030' }).startYear).toBe('La valeur doit être au moins 1900.');
		expect(messages({ title: 'Plan', startYear: 'deux mille', endYear: '2030' }).startYear).toBe('Saisissez un nombre.');
		expect(messages({ title: 'Plan', startYear: '2027.5', endYear: '2030' }).startYear).toBeDefined();
	});

	it('reads the years as numbers', () => {
		expect(planSchema.parse({ title: 'Plan', startYear: ' 2027 ', endYear: '2030' })).toMatchObject({ startYear: 2027, endYear: 2030 });
	});
});
