import type { Actions, PageServerLoad } from './$types';
import { proposalPage } from '$lib/server/proposals/read';
import { addComment, addUpdate, answerProposal, editComment, hideComment, supportProposal, withdrawSupport } from '$lib/server/proposals/actions';
import { transitionActionFor } from '$lib/server/proposals/actions/transition';
import { formAction } from '$lib/server/actions/form';
import { TRANSITIONS, type TransitionRule } from '$lib/server/proposals/states';
import { proposalContext } from '../shared.server';
import { provenanceOfProposal } from '$lib/server/workshops/outputs';
import { isFollowing } from '$lib/server/proposals/follows';

export const load: PageServerLoad = (event) => {
	event.depends('app:proposal');
	const { council, actor, proposal } = proposalContext(event);
	const view = proposalPage(proposal, council, actor);
	const forms = view.viewer.transitions.map((name) => {
		const r: TransitionRule = TRANSITIONS[name];
		return { name, by: r.by, answer: r.answer ?? null, reason: !!r.reason, target: !!r.target };
	});
	return {
		...view,
		transitionForms: forms,
		saved: event.url.searchParams.has('saved'),
		loggedIn: !!actor.user,
		following: isFollowing(proposal.id, actor.user?.id),
		provenance: provenanceOfProposal(proposal.id)
	};
};

/** The proposal of the URL, for the actions that act on it (looked up again within the council by the action). */
const proposalIdOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ proposalId: event.params.id });
const supportOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ proposalId: event.params.id, intent: 'support' });

export const actions: Actions = {
	support: formAction(supportProposal, { input: supportOfUrl }),
	unsupport: formAction(withdrawSupport, { input: supportOfUrl }),
	transition: formAction(transitionActionFor, { input: proposalIdOfUrl }),
	answer: formAction(answerProposal, { input: proposalIdOfUrl }),
	update: formAction(addUpdate, { input: proposalIdOfUrl }),
	comment: formAction(addComment, { input: proposalIdOfUrl }),
	editComment: formAction(editComment),
	hideComment: formAction(hideComment)
};
