// What screens show about a vote: live counts while it runs (never choices), who has or has not voted, the
// member's own voting card (their ballot and their proxies' ballots), and named ballots once closed.
import { and, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { users } from '../auth/tables';
import { memberships } from '../councils/tables';
import { DomainError } from '../errors';
import { activeMembers, collegesOf, councilRow, entitledSql, isEntitled, presenceOf, voteRow, type VoteRow } from './access';
import { ballots, paperVoters, voteParticipations } from './tables';
import { viewOf, type VoteView } from './votes';
import type { Choice } from './tally-types';

/** The active membership of a user in a council (the acting membership for castBallot), or null. */
export function memberOf(councilId: number, userId: number): number | null {
	return (
		db()
			.select({ id: memberships.id })
			.from(memberships)
			.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId), eq(memberships.status, 'active')))
			.get()?.id ?? null
	);
}

type Voted = { actingId: number | null; channel: 'online' | 'paper' };

/** Who voted, online or on paper: no choice is read. */
function votedMap(tx: Tx, vote: VoteRow): Map<number, Voted> {
	const table = vote.secrecy === 'secret' ? voteParticipations : ballots;
	const voted = new Map<number, Voted>();
	for (const r of tx.select({ id: table.representedMembershipId, acting: table.actingMembershipId }).from(table).where(eq(table.voteId, vote.id)).all())
		voted.set(r.id, { actingId: r.acting, channel: 'online' });
	for (const r of tx.select({ id: paperVoters.membershipId }).from(paperVoters).where(eq(paperVoters.voteId, vote.id)).all()) voted.set(r.id, { actingId: null, channel: 'paper' });
	return voted;
}

export type LiveCount = {
	voteId: number;
	state: string;
	entitled: number;
	/** members who voted (online + paper) */
	cast: number;
	online: number;
	paper: number;
	byCollege: { collegeId: number | null; name: string; entitled: number; cast: number }[];
};

/**
 * Ballots cast against entitled members, overall and per college: one aggregate query, cheap enough to run after
 * every few casts (throttle it anyway). Counts members entitled now. Safe for secret votes: no choice is read.
 */
export function liveCount(voteId: number): LiveCount {
	const tx = db();
	const vote = voteRow(tx, voteId);
	const online = vote.secrecy === 'secret' ? voteParticipations : ballots;
	const rows = tx
		.select({
			collegeId: memberships.collegeId,
			entitled: sql<number>`count(*)`,
			online: sql<number>`count(${online.id})`,
			paper: sql<number>`count(${paperVoters.id})`
		})
		.from(memberships)
		.leftJoin(online, and(eq(online.voteId, voteId), eq(online.representedMembershipId, memberships.id)))
		.leftJoin(paperVoters, and(eq(paperVoters.voteId, voteId), eq(paperVoters.membershipId, memberships.id)))
		.where(entitledSql(vote.councilId, vote.weighting))
		.groupBy(memberships.collegeId)
		.all();
	const byCollege = new Map<number | null, LiveCount['byCollege'][number]>(collegesOf(tx, vote.councilId).map((c) => [c.id, { collegeId: c.id, name: c.name, entitled: 0, cast: 0 }]));
	const count = { entitled: 0, cast: 0, online: 0, paper: 0 };
	for (const r of rows) {
		const row = byCollege.get(r.collegeId) ?? { collegeId: r.collegeId, name: '', entitled: 0, cast: 0 };
		byCollege.set(r.collegeId, row);
		row.entitled += r.entitled;
		row.cast += r.online + r.paper;
		count.entitled += r.entitled;
		count.online += r.online;
		count.paper += r.paper;
		count.cast += r.online + r.paper;
	}
	return { voteId, state: vote.state, ...count, byCollege: [...byCollege.values()] };
}

export type VoterEntry = { membershipId: number; name: string; collegeId: number | null; present: boolean; voted: boolean; channel: 'online' | 'paper' | null; actingMembershipId: number | null };

/** Entitled members and whether they have voted (control screen: "who has not voted yet"). No choices. */
export function voterList(voteId: number): VoterEntry[] {
	const tx = db();
	const vote = voteRow(tx, voteId);
	const voted = votedMap(tx, vote);
	const presence = presenceOf(tx, vote.plenaryId);
	return activeMembers(tx, vote.councilId)
		.filter((m) => isEntitled(m, vote.weighting) || voted.has(m.id))
		.sort((a, b) => a.name.localeCompare(b.name, 'fr'))
		.map((m) => ({
			membershipId: m.id,
			name: m.name,
			collegeId: m.collegeId,
			present: presence.presentOrRepresented(m.id),
			voted: voted.has(m.id),
			channel: voted.get(m.id)?.channel ?? null,
			actingMembershipId: voted.get(m.id)?.actingId ?? null
		}));
}

export type CardEntry = {
	representedMembershipId: number;
	name: string;
	self: boolean;
	voted: boolean;
	onPaper: boolean;
	/** named votes: the recorded choice; secret votes: always null (the server cannot tell) */
	choice: Choice | null;
	revision: number;
	canCast: boolean;
	/** why casting is not possible now (a plenaries_error_* message key), or null */
	reason: string | null;
};

export type VotingCard = { vote: VoteView; membershipId: number | null; checkedIn: boolean; entries: CardEntry[] };

/**
 * The voting screen of a user: their own ballot and each ballot they may cast as proxy holder, with whether each
 * is recorded ("your vote is recorded" after a reload) and whether it may be cast or changed now.
 */
export function votingCard(voteId: number, userId: number): VotingCard {
	const tx = db();
	const vote = voteRow(tx, voteId);
	const council = councilRow(tx, vote.councilId);
	const membershipId = memberOf(council.id, userId);
	const presence = presenceOf(tx, vote.plenaryId);
	const checkedIn = membershipId !== null && presence.checkedIn.has(membershipId);
	if (membershipId === null) return { vote: viewOf(vote), membershipId, checkedIn, entries: [] };
	const members = new Map(activeMembers(tx, council.id).map((m) => [m.id, m]));
	const me = members.get(membershipId)!;
	const givers = [...presence.proxyHolder].filter(([, holder]) => holder === membershipId).map(([giver]) => giver);
	const voted = votedMap(tx, vote);
	const named = new Map<number, { choice: Choice; revision: number }>();
	const revisions = new Map<number, number>();
	if (vote.secrecy === 'named')
		for (const b of tx.select({ id: ballots.representedMembershipId, choice: ballots.choice, revision: ballots.revision }).from(ballots).where(eq(ballots.voteId, voteId)).all()) named.set(b.id, b);
	else
		for (const p of tx.select({ id: voteParticipations.representedMembershipId, revision: voteParticipations.revision }).from(voteParticipations).where(eq(voteParticipations.voteId, voteId)).all())
			revisions.set(p.id, p.revision);
	const entries: CardEntry[] = [];
	for (const id of [membershipId, ...givers]) {
		const m = members.get(id);
		if (!m || !isEntitled(m, vote.weighting)) continue;
		const self = id === membershipId;
		const v = voted.get(id);
		let reason: string | null = null;
		if (vote.state !== 'open') reason = 'plenaries_error_vote_not_open';
		else if (!isEntitled(me, vote.weighting)) reason = 'plenaries_error_not_entitled';
		else if (!checkedIn) reason = 'plenaries_error_not_checked_in';
		else if (v?.channel === 'paper') reason = 'plenaries_error_voted_on_paper';
		else if (!self && presence.checkedIn.has(id)) reason = 'plenaries_error_giver_present';
		entries.push({
			representedMembershipId: id,
			name: m.name,
			self,
			voted: !!v,
			onPaper: v?.channel === 'paper',
			choice: named.get(id)?.choice ?? null,
			revision: named.get(id)?.revision ?? revisions.get(id) ?? 0,
			canCast: reason === null,
			reason
		});
	}
	return { vote: viewOf(vote), membershipId, checkedIn, entries };
}

export type NamedBallot = { membershipId: number; name: string; collegeId: number | null; choice: Choice; actingMembershipId: number; castAt: Date };

/** The roll call of a NAMED vote, once closed (exports, minutes). Refused for secret votes and before close. */
export function namedBallots(voteId: number): NamedBallot[] {
	const tx = db();
	const vote = voteRow(tx, voteId);
	if (vote.secrecy !== 'named') throw new DomainError('plenaries_error_secret_vote');
	if (vote.state !== 'closed' && vote.state !== 'published') throw new DomainError('plenaries_error_vote_not_closed');
	return tx
		.select({
			membershipId: ballots.representedMembershipId,
			name: users.name,
			collegeId: ballots.collegeId,
			choice: ballots.choice,
			actingMembershipId: ballots.actingMembershipId,
			castAt: ballots.castAt
		})
		.from(ballots)
		.innerJoin(memberships, eq(memberships.id, ballots.representedMembershipId))
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(ballots.voteId, voteId))
		.orderBy(users.name)
		.all();
}
