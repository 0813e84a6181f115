import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { proposalPage } from '$lib/server/proposals/read';
import { addImplementationUpdate, answerProposal, transitionProposal } from '$lib/server/proposals/lifecycle';
import { addComment, editComment, hideComment, supportProposal, withdrawSupport } from '$lib/server/proposals/actions';
import { formAction } from '$lib/server/actions/form';
import { TRANSITIONS, type TransitionRule } from '$lib/server/proposals/states';
import { answerFormSchema, transitionFormSchema, updateFormSchema } from '$lib/schemas/proposals';
import { proposalContext, refusal } from '../shared.server';
import { provenanceOfProposal } from '$lib/server/workshops/outputs';

export const load: PageServerLoad = (event) => {
	event.depends('app:proposal');
	const { council, actor, proposal } = proposalContext(event);
	const view = proposalPage(proposal, council, actor);
	const forms = view.viewer.transitions.map((name) => {
		const r: TransitionRule = TRANSITIONS[name];
		return { name, by: r.by, answer: r.answer ?? null, reason: !!r.reason, target: !!r.target };
	});
	return { ...view, transitionForms: forms, saved: event.url.searchParams.has('saved'), loggedIn: !!actor.user, provenance: provenanceOfProposal(proposal.id) };
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

/** The proposal of the URL, for the actions that act on it (looked up again within the council by the action). */
const proposalIdOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ proposalId: event.params.id });
const supportOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ proposalId: event.params.id, intent: 'support' });

export const actions: Actions = {
	support: formAction(supportProposal, { input: supportOfUrl }),
	unsupport: formAction(withdrawSupport, { input: supportOfUrl }),
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
	comment: formAction(addComment, { input: proposalIdOfUrl }),
	editComment: formAction(editComment),
	hideComment: formAction(hideComment)
};
