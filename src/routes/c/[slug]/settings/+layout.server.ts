import type { LayoutServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';

// Every page and action below checks 'council.update' again: this only keeps the sub-navigation private.
export const load: LayoutServerLoad = (event) => {
	requireCouncil(event, event.params.slug, 'council.update');
	return {};
};
