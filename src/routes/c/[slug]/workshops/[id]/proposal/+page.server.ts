import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/actions/form';
import { createProposal } from '$lib/server/workshops/actions';
import { can } from '$lib/server/auth/permissions';
import { boardOf } from '$lib/server/workshops/board';
import { listMeetings } from '$lib/server/workshops/meetings';
import { themeChoices } from '$lib/server/workshops/workshops';
import { workshopContext, workshopOfUrl } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { workshop, council, rights, actor } = workshopContext(event);
	if (!rights.facilitate) error(403, 'forbidden');
	const board = boardOf(workshop.id, null);
	const clusterId = Number(event.url.searchParams.get('cluster')) || null;
	const contributionId = Number(event.url.searchParams.get('contribution')) || null;
	const all = [...board.clusters.flatMap((k) => k.contributions), ...board.loose];
	const cluster = clusterId ? board.clusters.find((k) => k.id === clusterId) : undefined;
	const single = contributionId ? all.find((c) => c.id === contributionId) : undefined;
	if (!cluster && !single) error(404, 'not_found');
	const items = cluster ? cluster.contributions : [single!];
	const meetings = listMeetings(workshop.id);
	const meetingId = items.find((c) => c.meetingId)?.meetingId ?? meetings.at(-1)?.id ?? null;
	return {
		workshop: { id: workshop.id, title: workshop.title },
		source: { kind: cluster ? ('cluster' as const) : ('contribution' as const), name: cluster?.name ?? single!.body.slice(0, 80), retained: cluster ? cluster.retained : single!.retained },
		contributions: items.map((c) => ({ id: c.id, kind: c.kind, body: c.body, authorName: c.authorName, votesCount: c.votesCount })),
		meetings: meetings.map((mt) => ({ id: mt.id, title: mt.title })),
		themes: themeChoices(council.id, workshop.year),
		canAuthor: can(actor, 'proposals.create', council),
		values: {
			clusterId: cluster?.id ?? '',
			contributionId: cluster ? '' : single!.id,
			meetingId: meetingId ?? '',
			title: cluster?.name ?? single!.body.slice(0, 120),
			summary: '',
			body: items.map((c) => `- ${c.body}`).join('\n'),
			themeIds: workshop.themeId ? [String(workshop.themeId)] : []
		}
	};
};

export const actions: Actions = {
	default: formAction(createProposal, {
		input: workshopOfUrl,
		done: (r, { event }) => redirect(303, `/c/${event.params.slug}/proposals/${r.proposalId}`)
	})
};
