// Approval rounds on proposed indicators: opened by the evaluation (indicators of the plan, colleges of the council:
// the service checks both), voted by the members entitled (the service's), closed with the vote engine's rules.
// Opening notifies the members asked; the evaluation may remind those who have not voted (outreach.ts); closing
// takes a confirmation (confirm=yes), the forms asking for it first.
import { eq } from 'drizzle-orm';
import { approvalSchema, closeRoundSchema, remindRoundSchema, roundSchema } from '$lib/schemas/evaluation';
import { id } from '$lib/schemas/common';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import { publish } from '../../events/bus';
import { castApproval as cast, closeApprovalRound, openApprovalRound } from '../approval';
import { roundAudience, roundSilent } from '../approval-rounds';
import { notifyOpened, remindSilent, type Asked } from '../outreach';
import { approvalRounds } from '../tables';
import type { Tx } from '../../db/client';
import { campaignScope, roundScope, type CampaignScope } from './scope';

function askedRound(tx: Tx, scope: CampaignScope, roundId: number): Asked & { status: string } {
	const round = tx.select({ title: approvalRounds.title, status: approvalRounds.status }).from(approvalRounds).where(eq(approvalRounds.id, roundId)).get()!;
	return { kind: 'round', id: roundId, title: round.title, status: round.status, councilId: scope.council.id, planId: scope.plan.id };
}

const announce = (userIds: number[]) => {
	if (userIds.length) publish({ type: 'notifications.changed', userIds });
};

export const openRound = defineAction({
	name: 'evaluation.openRound',
	input: roundSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: campaignScope,
	run: ({ tx, actor, scope }, { title, indicators, colleges, weighting, majority, base, quorumKind, quorumValue }) => {
		const roundId = openApprovalRound(scope.campaign.id, { title, indicatorIds: indicators, collegeIds: colleges, rules: { weighting, majority, base, quorumKind, quorumValue } }, actor.user!.id);
		const audience = roundAudience(tx, roundId, scope.council.id).map((p) => p.userId);
		announce(notifyOpened(tx, askedRound(tx, scope, roundId), audience, actor.user!.id));
		return roundId;
	}
});

/** Reminds the members asked who have not voted yet (not those reminded within a day): how many were, and skipped. */
export const remindRound = defineAction({
	name: 'evaluation.remindRound',
	input: remindRoundSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: roundScope,
	run: ({ tx, actor, scope }, { roundId }) => {
		const asked = askedRound(tx, scope, roundId);
		if (asked.status !== 'open') throw new DomainError('evaluation_error_round_closed', 'form');
		const result = remindSilent(tx, asked, roundSilent(tx, roundId, scope.council.id), actor.user!.id);
		announce(result.notified);
		return { reminded: result.reminded, skipped: result.skipped };
	},
	present: (data) => ({ ok: true, ...data })
});

export const castApproval = defineAction({
	name: 'evaluation.castApproval',
	input: approvalSchema.extend({ planId: id() }),
	permission: 'evaluation.respond',
	scope: roundScope,
	run: ({ actor }, input) => cast(input.roundId, actor.user!.id, input.indicatorId, input.choice)
});

export const closeRound = defineAction({
	name: 'evaluation.closeRound',
	input: closeRoundSchema.extend({ planId: id() }),
	permission: 'evaluation.manage',
	scope: roundScope,
	run: ({ actor }, input) => closeApprovalRound(input.roundId, actor.user!.id)
});
