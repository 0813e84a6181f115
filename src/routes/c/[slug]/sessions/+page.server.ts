import type { PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { can } from '$lib/server/auth/permissions';
import { listPlenaries } from '$lib/server/plenaries/plenaries';
import { plenaryVisibleTo } from '$lib/server/plenaries/visibility';
import { listFilterSchema } from '$lib/schemas/plenaries';

const UPCOMING = new Set(['planned', 'convened', 'open']);

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'plenaries.read');
	const { kind } = listFilterSchema.parse({ kind: event.url.searchParams.get('kind') ?? '' });
	const all = listPlenaries(council.id).filter((s) => (!kind || s.kind === kind) && plenaryVisibleTo(actor, council, s));
	const row = (s: (typeof all)[number]) => ({ id: s.id, title: s.title, kind: s.kind, state: s.state, startsAt: s.startsAt, endsAt: s.endsAt, place: s.place });
	return {
		kind,
		upcoming: all
			.filter((s) => UPCOMING.has(s.state))
			.reverse()
			.map(row),
		past: all.filter((s) => !UPCOMING.has(s.state)).map(row),
		canManage: can(actor, 'plenaries.manage', council)
	};
};
