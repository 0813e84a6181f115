// The room's projector: current item, the open vote's question with its live count and countdown (never a running
// tally), and the result as soon as the vote closes with the final hash of its log. Anyone who may read the plenary
// may show it; a closed result not yet published shows only on the projector of the secretariat. All of it is the
// plenary's live state (the layout's data, kept current by the room's events).
import type { PageServerLoad } from './$types';
import { plenaryContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { council } = plenaryContext(event);
	return { council: { id: council.id, slug: council.slug, name: council.name } };
};
