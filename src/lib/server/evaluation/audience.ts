// Who a questionnaire is addressed to: the one rule the answer page, the plan page's "for you" list, the
// "Answer" button and the submission all ask.
// - all: the council's members, i.e. active memberships with the 'member' role (as plenaries count those
//   entitled to vote: plenaries/access.ts isEntitled). Observers, and staff roles without 'member', are not members.
// - colleges: the members (same definition) of the chosen colleges.
// - committee: the evaluation's steering committee, whose members were chosen by name (any active membership).
import { and, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { memberships } from '../councils/tables';
import { evaluationCommittee, questionnaireColleges } from './tables';
import type { Audience } from './values';

export type AudienceMembership = { id: number; status: string; roles: readonly string[]; collegeId: number | null };
export type AudienceScope = { audience: Audience | string; collegeIds: readonly number[]; committeeMembershipIds: readonly number[] };

/** A member of the council: an active membership with the member role. */
export function isCouncilMember(m: Pick<AudienceMembership, 'status' | 'roles'>): boolean {
	return m.status === 'active' && m.roles.includes('member');
}

/** Whether the membership (or nobody: null) is in the questionnaire's audience. */
export function audienceIncludes(scope: AudienceScope, m: AudienceMembership | null | undefined): boolean {
	if (!m || m.status !== 'active') return false;
	if (scope.audience === 'all') return isCouncilMember(m);
	if (scope.audience === 'colleges') return isCouncilMember(m) && m.collegeId !== null && scope.collegeIds.includes(m.collegeId);
	if (scope.audience === 'committee') return scope.committeeMembershipIds.includes(m.id);
	return false;
}

/** The person's active membership in the council, if any. */
export function membershipOf(tx: Tx, councilId: number, userId: number): AudienceMembership | undefined {
	return tx
		.select({ id: memberships.id, status: memberships.status, roles: memberships.roles, collegeId: memberships.collegeId })
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
		.get();
}

/** The audience of a questionnaire as stored: its kind, its chosen colleges, its campaign's steering committee. */
export function audienceScope(tx: Tx, q: { id: number; audience: string; campaignId: number }): AudienceScope {
	const collegeIds =
		q.audience === 'colleges'
			? tx
					.select({ id: questionnaireColleges.collegeId })
					.from(questionnaireColleges)
					.where(eq(questionnaireColleges.questionnaireId, q.id))
					.all()
					.map((r) => r.id)
			: [];
	const committeeMembershipIds =
		q.audience === 'committee'
			? tx
					.select({ id: evaluationCommittee.membershipId })
					.from(evaluationCommittee)
					.where(eq(evaluationCommittee.campaignId, q.campaignId))
					.all()
					.map((r) => r.id)
			: [];
	return { audience: q.audience, collegeIds, committeeMembershipIds };
}

/** Whether the person belongs to the questionnaire's audience. */
export function inAudience(tx: Tx, q: { id: number; audience: string; campaignId: number }, councilId: number, userId: number): boolean {
	const m = membershipOf(tx, councilId, userId);
	return !!m && audienceIncludes(audienceScope(tx, q), m);
}

/** inAudience outside a transaction, for pages deciding whether to offer the questionnaire. */
export function userInAudience(q: { id: number; audience: string; campaignId: number }, councilId: number, userId: number): boolean {
	return inAudience(db(), q, councilId, userId);
}

export type AudiencePerson = { membershipId: number; userId: number; collegeId: number | null };

/** Everyone the questionnaire is addressed to (one row per active membership of the council in its audience). */
export function audienceMembers(tx: Tx, q: { id: number; audience: string; campaignId: number }, councilId: number): AudiencePerson[] {
	const scope = audienceScope(tx, q);
	return tx
		.select({ id: memberships.id, userId: memberships.userId, status: memberships.status, roles: memberships.roles, collegeId: memberships.collegeId })
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active')))
		.orderBy(memberships.id)
		.all()
		.filter((m) => audienceIncludes(scope, m))
		.map((m) => ({ membershipId: m.id, userId: m.userId, collegeId: m.collegeId }));
}
