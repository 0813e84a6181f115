import type { Actions, PageServerLoad } from './$types';
import { formAction } from '$lib/server/actions/form';
import { boardOf } from '$lib/server/workshops/board';
import { listMeetings } from '$lib/server/workshops/meetings';
import { assignToCluster, commentContribution, createCluster, postContribution, renameCluster, retain, toggleVote } from '$lib/server/workshops/actions';
import { workshopContext, workshopOfUrl } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:workshop-board');
	const { workshop, rights, actor } = workshopContext(event);
	return {
		workshop: { id: workshop.id, title: workshop.title, status: workshop.status },
		rights,
		board: boardOf(workshop.id, actor.user?.id ?? null),
		meetings: listMeetings(workshop.id).map((mt) => ({ id: mt.id, title: mt.title }))
	};
};

// Each form posts its own `intent` (post, cluster, c<contribution id>, k<cluster id>): refusals show next to it.
export const actions: Actions = {
	post: formAction(postContribution, { input: workshopOfUrl }),
	vote: formAction(toggleVote, { input: workshopOfUrl }),
	comment: formAction(commentContribution, { input: workshopOfUrl }),
	cluster: formAction(createCluster, { input: workshopOfUrl }),
	rename: formAction(renameCluster, { input: workshopOfUrl }),
	assign: formAction(assignToCluster, { input: workshopOfUrl }),
	retain: formAction(retain, { input: workshopOfUrl })
};
