// Sample inputs of the proposals actions, drawn from a council's objects (see actions/samples.ts).
import { and, eq, isNull } from 'drizzle-orm';
import type { SampleWorld } from '../../actions/sample-types';
import { themes } from '../../councils/tables';
import { proposalAmendments, proposalComments, proposals } from '../tables';

const submitted = (w: SampleWorld) =>
	w.db
		.select({ id: proposals.id })
		.from(proposals)
		.where(and(eq(proposals.councilId, w.councilId), eq(proposals.state, 'submitted')))
		.get()!.id;

const visibleComment = (w: SampleWorld) =>
	w.db
		.select({ id: proposalComments.id })
		.from(proposalComments)
		.innerJoin(proposals, eq(proposals.id, proposalComments.proposalId))
		.where(and(eq(proposals.councilId, w.councilId), isNull(proposalComments.hiddenAt)))
		.get()!.id;

const theme = (w: SampleWorld) =>
	w.db
		.select({ id: themes.id })
		.from(themes)
		.where(and(eq(themes.councilId, w.councilId), eq(themes.kind, 'theme')))
		.get()!.id;

const amendment = (w: SampleWorld) =>
	w.db
		.select({ id: proposalAmendments.id, proposalId: proposalAmendments.proposalId })
		.from(proposalAmendments)
		.innerJoin(proposals, eq(proposals.id, proposalAmendments.proposalId))
		.where(eq(proposals.councilId, w.councilId))
		.get()!;

const text = { title: 'Un titre', summary: 'Un résumé', body: 'Un texte' };

export const proposalSamples = {
	'proposals.create': (w: SampleWorld) => ({ ...text, themeIds: [theme(w)] }),
	'proposals.updateDraft': (w: SampleWorld) => ({ proposalId: submitted(w), ...text, themeIds: [theme(w)] }),
	'proposals.authorTransition': (w: SampleWorld) => ({ proposalId: submitted(w), transition: 'withdraw' }),
	'proposals.managerTransition': (w: SampleWorld) => ({ proposalId: submitted(w), transition: 'accept', answer: 'Accepté.' }),
	'proposals.answer': (w: SampleWorld) => ({ proposalId: submitted(w), answer: 'Notre réponse.' }),
	'proposals.addUpdate': (w: SampleWorld) => ({ proposalId: submitted(w), note: 'Avancement', progress: 10 }),
	'proposals.amend': (w: SampleWorld) => ({ proposalId: submitted(w), ...text, reason: 'Plus clair' }),
	'proposals.decideAmendment': (w: SampleWorld) => ({ ...amendment(w), amendmentId: amendment(w).id, decision: 'reject' }),
	'proposals.addComment': (w: SampleWorld) => ({ proposalId: submitted(w), body: 'Un commentaire' }),
	'proposals.editComment': (w: SampleWorld) => ({ commentId: visibleComment(w), body: 'Corrigé' }),
	'proposals.hideComment': (w: SampleWorld) => ({ commentId: visibleComment(w), reason: 'Hors sujet' }),
	'proposals.support': (w: SampleWorld) => ({ proposalId: submitted(w) }),
	'proposals.unsupport': (w: SampleWorld) => ({ proposalId: submitted(w) }),
	'proposals.follow': (w: SampleWorld) => ({ proposalId: submitted(w) }),
	'proposals.unfollow': (w: SampleWorld) => ({ proposalId: submitted(w) }),
	'proposals.write': (w: SampleWorld) => ({
		title: 'Une proposition',
		summary: 'En bref.',
		body: 'Le texte.',
		themeIds: String(
			w.db
				.select({ id: themes.id })
				.from(themes)
				.where(and(eq(themes.councilId, w.councilId), eq(themes.kind, 'theme')))
				.get()!.id
		),
		submit: 'on'
	})
};
