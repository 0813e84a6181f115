// How many of those asked have answered, in all and per college: for a questionnaire (who responded is known,
// never what they answered) and for an approval round (a member who cast at least one ballot has answered).
// Also who has NOT answered yet, for the reminders (reminders.ts).
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { colleges } from '../councils/tables';
import { audienceMembers, type AudiencePerson } from './audience';
import { approvalVotes, questionnaireParticipations } from './tables';

export type CollegeRate = { collegeId: number | null; name: string | null; asked: number; answered: number };
export type ResponseRate = { asked: number; answered: number; colleges: CollegeRate[] };

/** Counts per college, in the council's college order, "no college" last; colleges nobody was asked in are left out. */
export function rateOf(tx: Tx, councilId: number, asked: AudiencePerson[], answered: (p: AudiencePerson) => boolean): ResponseRate {
	const order = tx.select({ id: colleges.id, name: colleges.name }).from(colleges).where(eq(colleges.councilId, councilId)).orderBy(colleges.position, colleges.id).all();
	const groups = [...order.map((c) => ({ collegeId: c.id as number | null, name: c.name as string | null })), { collegeId: null, name: null }]
		.map((c) => {
			const inCollege = asked.filter((p) => p.collegeId === c.collegeId);
			return { ...c, asked: inCollege.length, answered: inCollege.filter(answered).length };
		})
		.filter((c) => c.asked > 0);
	return { asked: asked.length, answered: asked.filter(answered).length, colleges: groups };
}

function questionnaireResponders(tx: Tx, questionnaireId: number): Set<number> {
	return new Set(
		tx
			.select({ userId: questionnaireParticipations.userId })
			.from(questionnaireParticipations)
			.where(eq(questionnaireParticipations.questionnaireId, questionnaireId))
			.all()
			.map((r) => r.userId)
	);
}

/** The questionnaire's audience today and who of them responded. */
export function questionnaireRate(tx: Tx, q: { id: number; audience: string; campaignId: number }, councilId: number): ResponseRate {
	const responders = questionnaireResponders(tx, q.id);
	return rateOf(tx, councilId, audienceMembers(tx, q, councilId), (p) => responders.has(p.userId));
}

/** Those of the audience who have not responded yet. */
export function questionnaireSilent(tx: Tx, q: { id: number; audience: string; campaignId: number }, councilId: number): AudiencePerson[] {
	const responders = questionnaireResponders(tx, q.id);
	return audienceMembers(tx, q, councilId).filter((p) => !responders.has(p.userId));
}

/** The memberships that cast at least one ballot in the round. */
export function roundVoters(tx: Tx, roundId: number): Set<number> {
	return new Set(
		tx
			.selectDistinct({ membershipId: approvalVotes.membershipId })
			.from(approvalVotes)
			.where(eq(approvalVotes.roundId, roundId))
			.all()
			.map((r) => r.membershipId)
	);
}
