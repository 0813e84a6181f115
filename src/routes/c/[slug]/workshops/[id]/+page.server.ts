import type { Actions, PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown/render';
import { formAction } from '$lib/server/actions/form';
import { answerCoauthorInvite, addMeeting, closeWorkshop, createGuestLink, joinWorkshop, leaveWorkshop, reopenWorkshop, revokeGuest } from '$lib/server/workshops/actions';
import { themeNameOf, workshopPeople } from '$lib/server/workshops/workshops';
import { listMeetings } from '$lib/server/workshops/meetings';
import { listGuestLinks } from '$lib/server/workshops/guests';
import { outputsOf } from '$lib/server/workshops/outputs';
import { workshopContext, workshopOfUrl } from '../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:workshop');
	const { workshop, rights, actor } = workshopContext(event);
	const userId = actor.user?.id ?? null;
	const theme = themeNameOf(workshop.themeId);
	const outputs = outputsOf(workshop.id, userId);
	return {
		workshop: { id: workshop.id, title: workshop.title, year: workshop.year, status: workshop.status, mandateHtml: renderMarkdown(workshop.mandate, { headingOffset: 2 }) },
		theme,
		rights,
		people: workshopPeople(workshop.id),
		meetings: listMeetings(workshop.id),
		proposals: outputs.filter((o) => o.visible).map((o) => ({ id: o.proposalId, title: o.title, state: o.state, clusterName: o.clusterName })),
		myInvites: outputs.filter((o) => o.myInvite?.status === 'pending').map((o) => ({ outputId: o.outputId, title: o.title })),
		guests: rights.facilitate ? listGuestLinks(workshop.id) : [],
		now: Date.now()
	};
};

/** The workshop of the URL, and which of the page's forms was sent (its refusals show next to that form). */
const withIntent = (intent: string) => (event: { params: Partial<Record<string, string>> }) => ({ ...workshopOfUrl(event), intent });

export const actions: Actions = {
	join: formAction(joinWorkshop, { input: withIntent('membership') }),
	leave: formAction(leaveWorkshop, { input: withIntent('membership') }),
	meeting: formAction(addMeeting, { input: withIntent('meeting') }),
	guest: formAction(createGuestLink, { input: withIntent('guest'), done: (link) => ({ ok: true as const, intent: 'guest', guestUrl: link.url }) }),
	revokeGuest: formAction(revokeGuest, { input: withIntent('guest') }),
	close: formAction(closeWorkshop, { input: withIntent('close') }),
	reopen: formAction(reopenWorkshop, { input: withIntent('close') }),
	coauthor: formAction(answerCoauthorInvite, { input: withIntent('coauthor') })
};
