// "Vérifier ce résultat": the page loads only the vote's identity; the browser downloads the published tally file
// and recomputes the result itself (src/lib/tally/verify.ts), so the check does not rely on this server's word.
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { voteContext } from '../../../../shared.server';

export const load: PageServerLoad = (event) => {
	const { council, plenary, vote } = voteContext(event);
	if (vote.state !== 'published') error(404, 'not_found');
	return { council: { slug: council.slug, name: council.name }, vote: { id: vote.id, question: vote.question, plenaryId: plenary.id } };
};
