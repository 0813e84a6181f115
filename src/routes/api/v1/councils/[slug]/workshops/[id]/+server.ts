// GET /api/v1/councils/:slug/workshops/:id: a workshop with its meetings (and attendance), retained outputs
// and the proposals born in it (drafts only for their authors).
import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/http/api';
import { workshopReport } from '$lib/server/workshops/report';
import { workshopRights } from '$lib/server/workshops/access';
import { workshopForApi } from './shared';

export const GET: RequestHandler = ({ locals, params }) => {
	const found = workshopForApi(locals, params.slug, params.id);
	if (!found.ok) return found.response;
	const { council, actor, workshop } = found;
	const r = workshopReport({ workshop, council, rights: workshopRights(actor, council, workshop) }, actor.user?.id ?? null);
	return apiJson({
		id: workshop.id,
		title: workshop.title,
		year: workshop.year,
		status: workshop.status,
		theme: r.theme,
		mandate: workshop.mandate,
		conclusions: workshop.conclusions,
		closedAt: workshop.closedAt?.toISOString() ?? null,
		facilitators: r.people.facilitators.map((p) => p.name),
		participantsCount: r.people.participants.length,
		guestsCount: r.people.guests.length,
		meetings: r.meetings.map((mt) => ({
			id: mt.id,
			title: mt.title,
			startsAt: mt.startsAt.toISOString(),
			endsAt: mt.endsAt.toISOString(),
			place: mt.place,
			onlineUrl: mt.onlineUrl,
			attendance: mt.attendees.length
		})),
		retainedClusters: r.retainedClusters,
		retainedContributions: r.retainedContributions.map(({ id, kind, body, votesCount }) => ({ id, kind, body, votesCount })),
		proposals: r.proposals.map((p) => ({ ...p, links: { page: `/c/${council.slug}/proposals/${p.id}` } })),
		agendaLinks: r.agendaLinks.map((l) => ({ agendaItemId: l.agendaItemId, item: l.itemTitle, sessionId: l.plenaryId, session: l.plenaryTitle })),
		contributionsCount: r.contributionsCount,
		links: {
			page: `/c/${council.slug}/workshops/${workshop.id}`,
			report: `/c/${council.slug}/workshops/${workshop.id}/report.pdf`,
			contributions: `/api/v1/councils/${council.slug}/workshops/${workshop.id}/contributions`
		}
	});
};
