import { describe, expect, it } from 'vitest';
import { compactSiret, isValidSiret } from './siret';
import { joinRequestSchema } from './join-requests';

describe('SIRET', () => {
	it('accepts 14 digits whose Luhn key checks, and La Poste’s establishments by their own rule', () => {
		expect(isValidSiret('73282932000074')).toBe(true); // a well-known valid SIRET
		expect(isValidSiret('73282932000075')).toBe(false); // last digit changed
		expect(isValidSiret('7328293200007')).toBe(false); // 13 digits
		expect(isValidSiret('7328293200007A')).toBe(false);
		expect(isValidSiret('35600000000048')).toBe(true); // La Poste, head office
		expect(isValidSiret('35600000049837')).toBe(true); // La Poste: digits add up to 45
		expect(isValidSiret('35600000049838')).toBe(false);
		expect(compactSiret(' 732 829 320 00074 ')).toBe('73282932000074');
	});

	it('is optional in a request to join, spaces allowed, and refused with a clear message when wrong', () => {
		const base = { name: 'Ana', email: 'ana@example.org', organisationName: 'Asso', organisationType: 'association', collegeId: '', motivation: 'Je souhaite participer.' };
		expect(joinRequestSchema.parse({ ...base, siret: '' }).siret).toBeNull();
		expect(joinRequestSchema.parse({ ...base, siret: '732 829 320 00074' }).siret).toBe('73282932000074');
		const short = joinRequestSchema.safeParse({ ...base, siret: '123' });
		expect(short.success).toBe(false);
		expect(short.error?.issues[0]).toMatchObject({ path: ['siret'], message: 'Un numéro SIRET compte 14 chiffres.' });
		const key = joinRequestSchema.safeParse({ ...base, siret: '73282932000075' });
		expect(key.error?.issues[0]).toMatchObject({ path: ['siret'], message: 'Ce numéro SIRET n’existe pas : sa clé de contrôle ne correspond pas. Vérifiez-le.' });
	});
});
