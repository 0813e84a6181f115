// Closing a vote: ONE immediate transaction reads every ballot, participation and paper entry, the entitled
// members and who is present or represented, runs the pure tally, and stores the result with the exact inputs it
// was computed from. A closed vote refuses ballots (cast.ts checks the state inside its own transaction).
import { and, eq, isNotNull, lte } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { memberships } from '../councils/tables';
import { secureRandom, tally, type RandomSource } from '../../tally/tally';
import type { TallyBallot, TallyInput, TallyMember, TallyResult } from './tally-types';
import { collegesOf, councilRow, isEntitled, presenceOf, requireAction, voteRow, type PlenaryUser, type VoteRow } from './access';
import { ballots, paperEntries, paperVoters, secretBallots, secretReceipts, voteParticipations, votes } from './tables';
import { rulesOf } from './votes';
import { announceOutcome } from './agenda-links';
import { decideNamedProposals } from './vote-decides';
import { appendLog, sealSecretBallots } from './vote-log';
import { announceValidated, validateVoteIndicators } from './vote-indicators';

/** What a decision does inside the closing transaction: the proposals the vote names move, its indicators are validated. */
function effectsOf(tx: Tx, vote: VoteRow, decision: string, now: Date) {
	return { ...decideNamedProposals(tx, vote, decision), indicators: validateVoteIndicators(tx, vote, decision, now) };
}

function announceEffects(councilId: number, effects: ReturnType<typeof effectsOf>): void {
	announceOutcome(councilId, effects);
	announceValidated(councilId, effects.indicators);
}

/**
 * The tally's input for a vote, read inside the caller's transaction. Entitled members are those entitled now,
 * plus anyone who voted (they were entitled when they cast: cast.ts checks it). For secret votes the ballots come
 * without a member and the participation rows list who voted; nothing in the input links the two.
 */
export function tallyInputOf(tx: Tx, vote: VoteRow): TallyInput {
	const rules = rulesOf(vote);
	const secret = vote.secrecy === 'secret';
	const online = secret
		? tx.select({ choice: secretBallots.choice, collegeId: secretBallots.collegeId, weight: secretBallots.weight }).from(secretBallots).where(eq(secretBallots.voteId, vote.id)).all()
		: tx
				.select({ memberId: ballots.representedMembershipId, choice: ballots.choice, collegeId: ballots.collegeId, weight: ballots.weight })
				.from(ballots)
				.where(eq(ballots.voteId, vote.id))
				.orderBy(ballots.representedMembershipId)
				.all();
	const onlineVoters = secret
		? tx
				.select({ id: voteParticipations.representedMembershipId })
				.from(voteParticipations)
				.where(eq(voteParticipations.voteId, vote.id))
				.orderBy(voteParticipations.representedMembershipId)
				.all()
				.map((r) => r.id)
		: [];
	const paperEntry = tx.select().from(paperEntries).where(eq(paperEntries.voteId, vote.id)).get();
	const paperIds = tx
		.select({ id: paperVoters.membershipId })
		.from(paperVoters)
		.where(eq(paperVoters.voteId, vote.id))
		.orderBy(paperVoters.membershipId)
		.all()
		.map((r) => r.id);
	const voterIds = new Set([...online.map((b) => ('memberId' in b ? b.memberId : 0)).filter(Boolean), ...onlineVoters, ...paperIds]);
	const candidates = tx
		.select({ id: memberships.id, collegeId: memberships.collegeId, voteWeight: memberships.voteWeight, status: memberships.status, roles: memberships.roles })
		.from(memberships)
		.where(eq(memberships.councilId, vote.councilId))
		.orderBy(memberships.id)
		.all();
	const presence = presenceOf(tx, vote.plenaryId);
	const members: TallyMember[] = candidates
		.filter((m) => isEntitled(m, vote.weighting) || voterIds.has(m.id))
		.map((m) => ({ id: m.id, collegeId: m.collegeId, weight: m.voteWeight, present: presence.presentOrRepresented(m.id) }));
	const tallied: TallyBallot[] = online.map((b) => ({ memberId: 'memberId' in b ? (b.memberId as number) : null, collegeId: b.collegeId, weight: b.weight, choice: b.choice }));
	// Secret ballots are stored in a canonical order (college, weight, choice) so that not even the order of the
	// frozen input depends on how they were stored.
	if (secret) tallied.sort((a, b) => (a.collegeId ?? 0) - (b.collegeId ?? 0) || a.weight - b.weight || JSON.stringify(a.choice).localeCompare(JSON.stringify(b.choice)));
	return {
		rules,
		colleges: collegesOf(tx, vote.councilId),
		members,
		ballots: tallied,
		onlineVoters,
		paper: paperEntry || paperIds.length ? { voters: paperIds, groups: paperEntry?.groups ?? [] } : null
	};
}

function closeIn(tx: Tx, vote: VoteRow, actorId: number | null, random: RandomSource, now: Date, auto: boolean): TallyResult {
	const input = tallyInputOf(tx, vote);
	const result = tally(input, random);
	tx.update(votes).set({ state: 'closed', closedAt: now, result, tallyInput: input }).where(eq(votes.id, vote.id)).run();
	if (vote.secrecy === 'secret')
		sealSecretBallots(
			tx,
			vote.id,
			tx.select({ ballot: secretBallots.id, choice: secretBallots.choice }).from(secretBallots).where(eq(secretBallots.voteId, vote.id)).all(),
			tx
				.select({ code: secretReceipts.code })
				.from(secretReceipts)
				.where(eq(secretReceipts.voteId, vote.id))
				.all()
				.map((r) => r.code)
		);
	appendLog(tx, vote.id, 'close', { online: input.ballots.length, paper: result.ballots.paper, decision: result.decision }, now);
	recordAudit(tx, {
		councilId: vote.councilId,
		actorId,
		action: 'vote.close',
		entityType: 'vote',
		entityId: vote.id,
		details: { decision: result.decision, winners: result.winners, ballots: result.ballots.total, quorumReached: result.quorum.reached, auto }
	});
	return result;
}

/** Closes an open vote now (secretariat) and returns its frozen result. `random` only serves ranked-choice lots. */
export function closeVote(user: PlenaryUser, voteId: number, opts: { random?: RandomSource; now?: Date } = {}): TallyResult {
	const now = opts.now ?? new Date();
	const { vote, result, outcome } = db().transaction(
		(tx) => {
			const vote = voteRow(tx, voteId);
			requireAction(tx, user, 'votes.manage', councilRow(tx, vote.councilId));
			if (vote.state !== 'open') throw new DomainError('plenaries_error_vote_not_open');
			const result = closeIn(tx, vote, user.id, opts.random ?? secureRandom, now, false);
			return { vote, result, outcome: effectsOf(tx, vote, result.decision, now) };
		},
		{ behavior: 'immediate' }
	);
	publish({ type: 'vote.closed', councilId: vote.councilId, plenaryId: vote.plenaryId, voteId, decision: result.decision });
	announceEffects(vote.councilId, outcome);
	return result;
}

/** Closes every open vote whose timer has run out (call it on an interval); returns the ids closed. */
export function closeExpiredVotes(now = new Date(), random: RandomSource = secureRandom): number[] {
	const due = db()
		.select({ id: votes.id })
		.from(votes)
		.where(and(eq(votes.state, 'open'), isNotNull(votes.closesAt), lte(votes.closesAt, now)))
		.all()
		.map((r) => r.id);
	const closed: VoteRow[] = [];
	const decisions = new Map<number, string>();
	const outcomes = new Map<number, ReturnType<typeof effectsOf>>();
	for (const id of due) {
		db().transaction(
			(tx) => {
				const vote = voteRow(tx, id);
				if (vote.state !== 'open') return; // closed meanwhile by the secretariat
				const decision = closeIn(tx, vote, null, random, now, true).decision;
				decisions.set(id, decision);
				outcomes.set(id, effectsOf(tx, vote, decision, now));
				closed.push(vote);
			},
			{ behavior: 'immediate' }
		);
	}
	for (const vote of closed) {
		publish({ type: 'vote.closed', councilId: vote.councilId, plenaryId: vote.plenaryId, voteId: vote.id, decision: decisions.get(vote.id)! });
		announceEffects(vote.councilId, outcomes.get(vote.id)!);
	}
	return closed.map((v) => v.id);
}

/** The inputs a closed vote was tallied from (for audits and exports); null before close. */
export function closedTallyInput(voteId: number): TallyInput | null {
	const row = db().select({ state: votes.state, tallyInput: votes.tallyInput }).from(votes).where(eq(votes.id, voteId)).get();
	return row && (row.state === 'closed' || row.state === 'published') ? (row.tallyInput ?? null) : null;
}
