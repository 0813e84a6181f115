import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { renderMarkdown } from '$lib/server/markdown/render';
import { closeWorkshop, joinWorkshop, leaveWorkshop, reopenWorkshop, themeNameOf, workshopPeople } from '$lib/server/workshops/workshops';
import { addMeeting, listMeetings } from '$lib/server/workshops/meetings';
import { createGuestLink, listGuestLinks, revokeGuest } from '$lib/server/workshops/guests';
import { answerCoauthorInvite, outputsOf } from '$lib/server/workshops/outputs';
import { closeSchema, coauthorAnswerSchema, guestLinkSchema, guestRevokeSchema, meetingFormSchema } from '$lib/schemas/workshops';
import { refusal, run, workshopContext } from '../shared.server';

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

export const actions: Actions = {
	join: (event) => {
		const { workshop, actor } = workshopContext(event);
		return run(() => joinWorkshop(actor, workshop.id), { intent: 'membership' });
	},
	leave: (event) => {
		const { workshop, actor } = workshopContext(event);
		return run(() => leaveWorkshop(actor, workshop.id), { intent: 'membership' });
	},
	meeting: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, meetingFormSchema);
		if (!form.ok) return form.failure;
		return run(() => addMeeting(actor, workshop.id, form.data), { ...form.values, intent: 'meeting' });
	},
	guest: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, guestLinkSchema);
		if (!form.ok) return form.failure;
		try {
			const link = createGuestLink(actor, workshop.id, form.data.label);
			return { ok: true as const, intent: 'guest', guestUrl: link.url };
		} catch (e) {
			return refusal(e, { ...form.values, intent: 'guest' });
		}
	},
	revokeGuest: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, guestRevokeSchema);
		if (!form.ok) return form.failure;
		return run(() => revokeGuest(actor, workshop.id, form.data.guestId), { intent: 'guest' });
	},
	close: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, closeSchema);
		if (!form.ok) return form.failure;
		return run(() => closeWorkshop(actor, workshop.id, form.data.conclusions), { ...form.values, intent: 'close' });
	},
	reopen: (event) => {
		const { workshop, actor } = workshopContext(event);
		return run(() => reopenWorkshop(actor, workshop.id), { intent: 'close' });
	},
	coauthor: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, coauthorAnswerSchema);
		if (!form.ok) return form.failure;
		return run(() => answerCoauthorInvite(actor, form.data.outputId, form.data.accept, new Date(), workshop.id), { intent: 'coauthor' });
	}
};
