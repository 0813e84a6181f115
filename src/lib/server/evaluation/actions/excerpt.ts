// Publishing an anonymised excerpt of what people said in confidence (an interview's notes, the free-text answers
// to a question), and withdrawing it: the only way any of it leaves the evaluation team (excerpts.ts).
import { excerptIdSchema, excerptSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { publishExcerpt as publish, withdrawExcerpt as withdraw } from '../excerpts';
import { writableCampaign } from '../campaigns';
import { campaignScope } from './scope';

export const publishExcerpt = defineAction({
	name: 'evaluation.publishExcerpt',
	input: excerptSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ tx, actor, scope }, { source, refId, text }) => publish(tx, writableCampaign(tx, scope.campaign.id), { source, refId, text }, actor.user!.id),
	present: (excerptId) => ({ ok: true, id: excerptId })
});

export const withdrawExcerpt = defineAction({
	name: 'evaluation.withdrawExcerpt',
	input: excerptIdSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ tx, actor, scope }, { excerptId }) => withdraw(tx, writableCampaign(tx, scope.campaign.id), excerptId, actor.user!.id)
});
