import { describe, expect, it } from 'vitest';
import { setup } from './test-fixtures';
import { similarProposals } from './similar';
import { similarityQuery } from './search';

describe('similar proposals', () => {
	it('builds an any-word query from the meaningful words of a title', () => {
		expect(similarityQuery('Une cantine bio dans les écoles !')).toBe('"cantine"* OR "bio"* OR "écoles"*');
		expect(similarityQuery('de la, et " OR *')).toBeNull();
		expect(similarityQuery('')).toBeNull();
	});

	it('finds published proposals of the council sharing words of the title, best match first, never drafts', () => {
		const fx = setup();
		const canteen = fx.proposalIn('submitted', { title: 'Des produits bio et locaux dans la restauration scolaire' });
		const both = fx.proposalIn('accepted', { title: 'Restauration scolaire bio : commerce équitable' });
		fx.proposalIn('submitted', { title: 'Ouvrir le conseil aux chambres consulaires' });
		fx.proposalIn('draft', { title: 'Restauration scolaire bio et zéro déchet' });
		const found = similarProposals(fx.council.id, 'Restauration scolaire équitable');
		expect(found.map((p) => p.id)).toEqual([both, canteen]);
		expect(found[0]).toMatchObject({ title: 'Restauration scolaire bio : commerce équitable', state: 'accepted', supportsCount: 0 });
		// accents and case do not matter
		expect(similarProposals(fx.council.id, 'RESTAURATION equitable').map((p) => p.id)[0]).toBe(both);
		expect(similarProposals(fx.council.id, 'Piscines municipales')).toEqual([]);
		expect(similarProposals(fx.council.id + 1, 'Restauration scolaire')).toEqual([]);
	});
});
