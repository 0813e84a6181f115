import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { proposalPage } from '$lib/server/proposals/read';
import { addImplementationUpdate, answerProposal, transitionProposal } from '$lib/server/proposals/lifecycle';
import { supportProposal, withdrawSupport } from '$lib/server/proposals/supports';
import { addComment, editComment, hideComment } from '$lib/server/proposals/comments';
import { TRANSITIONS, type TransitionRule } from '$lib/server/proposals/states';
import { answerFormSchema, commentEditSchema, commentFormSchema, commentHideSchema, transitionFormSchema, updateFormSchema } from '$lib/schemas/proposals';
import { proposalContext, refusal } from '../shared.server';
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
	return { ...view, transitionForms: forms, saved: event.url.searchParams.has('saved'), loggedIn: !!actor.user, following: isFollowing(proposal.id, actor.user?.id), provenance: provenanceOfProposal(proposal.id) };
};

/** Runs a service for the proposal of the URL; refusals come back next to the form that was sent. */
function run(fn: () => unknown, values: Record<string, unknown>) {
	try {
		fn();
	} catch (e) {
		return refusal(e, values);
	}
	return { ok: true, intent: values.intent };
}

export const actions: Actions = {
	support: async (event) => {
		const { actor, proposal } = proposalContext(event);
		return run(() => supportProposal(actor, proposal.id), { intent: 'support' });
	},
	unsupport: async (event) => {
		const { actor, proposal } = proposalContext(event);
		return run(() => withdrawSupport(actor, proposal.id), { intent: 'support' });
	},
	transition: async (event) => {
		const { actor, proposal } = proposalContext(event);
		const form = await parseForm(event.request, transitionFormSchema);
		if (!form.ok) return form.failure;
		const { transition, answer, reason, targetId } = form.data;
		return run(() => transitionProposal(actor, proposal.id, transition, { answer, reason, targetId }), { ...form.values, intent: `transition:${transition}` });
	},
	answer: async (event) => {
		const { actor, proposal } = proposalContext(event);
		const form = await parseForm(event.request, answerFormSchema);
		if (!form.ok) return form.failure;
		return run(() => answerProposal(actor, proposal.id, form.data), form.values);
	},
	update: async (event) => {
		const { actor, proposal } = proposalContext(event);
		const form = await parseForm(event.request, updateFormSchema);
		if (!form.ok) return form.failure;
		return run(() => addImplementationUpdate(actor, proposal.id, form.data), form.values);
	},
	comment: async (event) => {
		const { actor, proposal } = proposalContext(event);
		const form = await parseForm(event.request, commentFormSchema);
		if (!form.ok) return form.failure;
		return run(() => addComment(actor, proposal.id, form.data), form.values);
	},
	editComment: async (event) => {
		const { actor } = proposalContext(event);
		const form = await parseForm(event.request, commentEditSchema);
		if (!form.ok) return form.failure;
		return run(() => editComment(actor, form.data.commentId, { body: form.data.body }), form.values);
	},
	hideComment: async (event) => {
		const { actor } = proposalContext(event);
		const form = await parseForm(event.request, commentHideSchema);
		if (!form.ok) return form.failure;
		const { commentId, reason } = form.data;
		return run(() => hideComment(actor, commentId, { reason }), form.values);
	}
};
