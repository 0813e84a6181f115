// The proposal wizard's last step: the proposal is written, as a draft or submitted at once, in one transaction.
// (Its themes, levers and co-authors are looked up in the council first, so that another council's ids are "not found".)
import { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { checkbox } from '$lib/schemas/common';
import { proposalFormSchema } from '$lib/schemas/proposals';
import { defineAction, type ScopeContext } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { DomainError } from '../../errors';
import { publish } from '../../events/bus';
import { memberships, themes } from '../../councils/tables';
import { createProposal } from '../write';
import { submissionKeyInput } from './create';
import { applyTransition } from '../lifecycle';
import { announce, noticeProposal } from '../notices';

const input = proposalFormSchema.extend({ submit: checkbox(), submissionKey: submissionKeyInput });

/** Themes, levers and co-authors named by the input must be the council's (else "not found", next to the field). */
function writeScope({ tx, council }: ScopeContext, input: z.output<typeof proposalFormSchema>): void {
	const councilId = requireCouncilOf(council).id;
	const tags = [...new Set([...input.themeIds, ...input.leverIds])];
	const foundTags = tags.length
		? tx
				.select({ id: themes.id })
				.from(themes)
				.where(and(eq(themes.councilId, councilId), inArray(themes.id, tags)))
				.all()
		: [];
	if (foundTags.length !== tags.length) throw new DomainError('proposals_error_theme_not_found', 'themeIds');
	const people = [...new Set(input.coauthorIds)];
	const foundPeople = people.length
		? tx
				.select({ id: memberships.userId })
				.from(memberships)
				.where(and(eq(memberships.councilId, councilId), inArray(memberships.userId, people)))
				.all()
		: [];
	if (foundPeople.length !== people.length) throw new DomainError('proposals_error_coauthor_not_found', 'coauthorIds');
}

export const writeProposal = defineAction({
	name: 'proposals.write',
	input,
	permission: 'proposals.create',
	scope: writeScope,
	run: ({ tx, actor, council }, data) => {
		const c = requireCouncilOf(council);
		const authorId = actor.user!.id;
		const { title, summary, body, links, coauthorIds, submissionKey } = data;
		// the same draft as the single-page form writes (a wizard sent twice with its key writes one proposal)
		const row = createProposal(actor, c.id, { title, summary, body, links, coauthorIds, themeIds: [...data.themeIds, ...data.leverIds], submissionKey });
		if (data.submit && row.state === 'draft') {
			const submitted = applyTransition(tx, row, 'submit', authorId, { threshold: c.supportThreshold });
			announce(noticeProposal(tx, { kind: 'proposal_state', proposal: submitted, actorId: authorId, to: 'followers', state: submitted.state }));
			publish({ type: 'proposal.changed', councilId: c.id, proposalId: row.id, what: 'state' });
		}
		return { id: row.id, submitted: data.submit };
	},
	present: (data) => data
});
