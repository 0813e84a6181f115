// Sample inputs of the proposals actions, drawn from a council's objects (see actions/samples.ts).
import { and, eq, isNull } from 'drizzle-orm';
import type { SampleWorld } from '../../actions/samples';
import { proposalComments, proposals } from '../tables';

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

export const proposalSamples = {
	'proposals.addComment': (w: SampleWorld) => ({ proposalId: submitted(w), body: 'Un commentaire' }),
	'proposals.editComment': (w: SampleWorld) => ({ commentId: visibleComment(w), body: 'Corrigé' }),
	'proposals.hideComment': (w: SampleWorld) => ({ commentId: visibleComment(w), reason: 'Hors sujet' }),
	'proposals.support': (w: SampleWorld) => ({ proposalId: submitted(w) }),
	'proposals.unsupport': (w: SampleWorld) => ({ proposalId: submitted(w) })
};
