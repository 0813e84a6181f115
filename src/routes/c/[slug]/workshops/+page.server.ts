import type { PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { can } from '$lib/server/auth/permissions';
import { listWorkshops, myUpcomingMeetings, workshopYears } from '$lib/server/workshops/workshops';
import { listThemes } from '$lib/server/councils/themes';
import { listQuerySchema } from '$lib/schemas/workshops';

export const load: PageServerLoad = (event) => {
	const { council, actor } = requireCouncil(event, event.params.slug, 'workshops.read');
	const q = listQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const userId = actor.user?.id ?? null;
	return {
		filter: { theme: q.theme ?? null, year: q.year ?? null, mine: q.mine === '1' },
		workshops: listWorkshops(council.id, { themeId: q.theme, year: q.year, userId, mine: q.mine === '1' }),
		upcoming: userId ? myUpcomingMeetings(council.id, userId) : [],
		themes: listThemes(council.id)
			.filter((t) => t.kind === 'theme' && !t.archived)
			.map((t) => ({ id: t.id, name: t.name })),
		years: workshopYears(council.id),
		canManage: can(actor, 'workshops.manage', council)
	};
};
