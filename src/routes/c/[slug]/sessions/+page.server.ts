import type { PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { can } from '$lib/server/auth/permissions';
import { listSessions } from '$lib/server/sessions/plenaries';
import { sessionVisibleTo } from '$lib/server/sessions/visibility';
import { listFilterSchema } from '$lib/schemas/sessions';

const UPCOMING = new Set(['planned', 'convened', 'open']);

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'sessions.read');
	const { kind } = listFilterSchema.parse({ kind: event.url.searchParams.get('kind') ?? '' });
	const all = listSessions(council.id).filter((s) => (!kind || s.kind === kind) && sessionVisibleTo(actor, council, s));
	const row = (s: (typeof all)[number]) => ({ id: s.id, title: s.title, kind: s.kind, state: s.state, startsAt: s.startsAt, endsAt: s.endsAt, place: s.place });
	return {
		kind,
		upcoming: all
			.filter((s) => UPCOMING.has(s.state))
			.reverse()
			.map(row),
		past: all.filter((s) => !UPCOMING.has(s.state)).map(row),
		canManage: can(actor, 'sessions.manage', council)
	};
};
