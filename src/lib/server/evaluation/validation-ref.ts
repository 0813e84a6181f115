// What validated an indicator, from its validation ref: a plenary vote ('vote:<id>'), an online approval round
// ('approval:<id>'), or a reference the secretariat wrote (e.g. a deliberation number).
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { plenaries, votes } from '../plenaries/tables';
import { plans } from '../plans/tables';
import { approvalRounds, evaluationCampaigns } from './tables';

export type ValidationSource =
	{ kind: 'vote'; voteId: number; plenaryId: number; question: string; plenaryTitle: string } | { kind: 'approval'; roundId: number; title: string } | { kind: 'text'; text: string };

export function validationSource(ref: string | null, councilId: number): ValidationSource | null {
	if (!ref) return null;
	const vote = /^vote:(\d+)$/.exec(ref);
	if (vote) {
		const row = db()
			.select({ voteId: votes.id, plenaryId: votes.plenaryId, question: votes.question, plenaryTitle: plenaries.title, councilId: votes.councilId })
			.from(votes)
			.innerJoin(plenaries, eq(plenaries.id, votes.plenaryId))
			.where(eq(votes.id, Number(vote[1])))
			.get();
		if (row && row.councilId === councilId) return { kind: 'vote', voteId: row.voteId, plenaryId: row.plenaryId, question: row.question, plenaryTitle: row.plenaryTitle };
	}
	const round = /^approval:(\d+)$/.exec(ref);
	if (round) {
		const row = db()
			.select({ id: approvalRounds.id, title: approvalRounds.title, councilId: plans.councilId })
			.from(approvalRounds)
			.innerJoin(evaluationCampaigns, eq(evaluationCampaigns.id, approvalRounds.campaignId))
			.innerJoin(plans, eq(plans.id, evaluationCampaigns.planId))
			.where(eq(approvalRounds.id, Number(round[1])))
			.get();
		if (row && row.councilId === councilId) return { kind: 'approval', roundId: row.id, title: row.title };
	}
	return { kind: 'text', text: ref };
}
