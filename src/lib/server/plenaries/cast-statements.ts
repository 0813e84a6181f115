// The statements of the casting path, prepared once per database connection. Building a drizzle query costs
// ~0.1-0.2 ms of CPU each time, executing a prepared one ~0.01 ms; a cast runs about ten of them and a plenary
// may see thousands of casts within a minute. They run on the connection that holds the cast's transaction, so
// they are part of it.
import { and, desc, eq, getTableColumns, isNull, sql } from 'drizzle-orm';
import { db, type Db } from '../db/client';
import type { CouncilRow } from '../councils/councils';
import { councils, memberships } from '../councils/tables';
import { attendance, ballotReceipts, ballots, paperVoters, proxies, secretBallots, secretReceipts, voteLog, voteParticipations, votes } from './tables';

const p = sql.placeholder;
/**
 * A placeholder in update().set(): drizzle encodes it with the column's mapper at run time (JSON, timestamps), but
 * its types only admit values there. The round trips are covered by cast.test.ts and secrecy.test.ts.
 */
const setTo = <T>(name: string) => sql.placeholder(name) as unknown as T;

function prepareAll(d: Db) {
	return {
		/** What a socket's cast needs before castBallot: the vote's council and the user's active membership in it. */
		context: d
			.select({ council: getTableColumns(councils), membershipId: memberships.id, roles: memberships.roles })
			.from(votes)
			.innerJoin(councils, eq(councils.id, votes.councilId))
			.leftJoin(memberships, and(eq(memberships.councilId, votes.councilId), eq(memberships.userId, p('userId')), eq(memberships.status, 'active')))
			.where(eq(votes.id, p('voteId')))
			.prepare(),
		receipt: d
			.select()
			.from(ballotReceipts)
			.where(and(eq(ballotReceipts.voteId, p('voteId')), eq(ballotReceipts.clientBallotId, p('clientBallotId'))))
			.prepare(),
		vote: d
			.select()
			.from(votes)
			.where(eq(votes.id, p('id')))
			.prepare(),
		membership: d
			.select()
			.from(memberships)
			.where(eq(memberships.id, p('id')))
			.prepare(),
		checkedIn: d
			.select({ id: attendance.id })
			.from(attendance)
			.where(and(eq(attendance.plenaryId, p('plenaryId')), eq(attendance.membershipId, p('membershipId')), isNull(attendance.checkedOutAt)))
			.prepare(),
		proxyHolder: d
			.select({ holder: proxies.holderMembershipId })
			.from(proxies)
			.where(and(eq(proxies.plenaryId, p('plenaryId')), eq(proxies.giverMembershipId, p('giverId'))))
			.prepare(),
		paperVoter: d
			.select({ id: paperVoters.id })
			.from(paperVoters)
			.where(and(eq(paperVoters.voteId, p('voteId')), eq(paperVoters.membershipId, p('membershipId'))))
			.prepare(),
		namedBallot: d
			.select({ id: ballots.id, revision: ballots.revision })
			.from(ballots)
			.where(and(eq(ballots.voteId, p('voteId')), eq(ballots.representedMembershipId, p('membershipId'))))
			.prepare(),
		insertNamed: d
			.insert(ballots)
			.values({
				voteId: p('voteId'),
				representedMembershipId: p('representedMembershipId'),
				actingMembershipId: p('actingMembershipId'),
				collegeId: p('collegeId'),
				weight: p('weight'),
				choice: p('choice'),
				clientBallotId: p('clientBallotId'),
				revision: 1,
				castAt: p('castAt')
			})
			.prepare(),
		updateNamed: d
			.update(ballots)
			.set({
				actingMembershipId: setTo<number>('actingMembershipId'),
				collegeId: setTo<number | null>('collegeId'),
				weight: setTo<number>('weight'),
				choice: setTo<string[]>('choice'),
				clientBallotId: setTo<string>('clientBallotId'),
				revision: setTo<number>('revision'),
				castAt: setTo<Date>('castAt')
			})
			.where(eq(ballots.id, p('id')))
			.prepare(),
		participation: d
			.select({ id: voteParticipations.id, revision: voteParticipations.revision })
			.from(voteParticipations)
			.where(and(eq(voteParticipations.voteId, p('voteId')), eq(voteParticipations.representedMembershipId, p('membershipId'))))
			.prepare(),
		insertParticipation: d
			.insert(voteParticipations)
			.values({
				voteId: p('voteId'),
				representedMembershipId: p('representedMembershipId'),
				actingMembershipId: p('actingMembershipId'),
				clientBallotId: p('clientBallotId'),
				revision: 1,
				castAt: p('castAt')
			})
			.prepare(),
		updateParticipation: d
			.update(voteParticipations)
			.set({ actingMembershipId: setTo<number>('actingMembershipId'), clientBallotId: setTo<string>('clientBallotId'), revision: setTo<number>('revision'), castAt: setTo<Date>('castAt') })
			.where(eq(voteParticipations.id, p('id')))
			.prepare(),
		insertSecret: d
			.insert(secretBallots)
			.values({ id: p('id'), voteId: p('voteId'), choice: p('choice'), collegeId: p('collegeId'), weight: p('weight'), ticketHash: p('ticketHash') })
			.prepare(),
		secretByTicket: d
			.select({ id: secretBallots.id })
			.from(secretBallots)
			.where(and(eq(secretBallots.voteId, p('voteId')), eq(secretBallots.ticketHash, p('ticketHash'))))
			.prepare(),
		insertSecretReceipt: d
			.insert(secretReceipts)
			.values({ id: p('id'), voteId: p('voteId'), code: p('code') })
			.prepare(),
		updateSecret: d
			.update(secretBallots)
			.set({ choice: setTo<string[]>('choice') })
			.where(eq(secretBallots.id, p('id')))
			.prepare(),
		/** the vote log's last entry: the cast appends the next one in its own transaction (vote-log.ts) */
		lastLog: d
			.select({ seq: voteLog.seq, hash: voteLog.hash })
			.from(voteLog)
			.where(eq(voteLog.voteId, p('voteId')))
			.orderBy(desc(voteLog.seq))
			.limit(1)
			.prepare(),
		insertLog: d
			.insert(voteLog)
			.values({ voteId: p('voteId'), seq: p('seq'), at: p('at'), kind: p('kind'), data: p('data'), prev: p('prev'), hash: p('hash') })
			.prepare(),
		insertReceipt: d
			.insert(ballotReceipts)
			.values({
				voteId: p('voteId'),
				clientBallotId: p('clientBallotId'),
				representedMembershipId: p('representedMembershipId'),
				actingMembershipId: p('actingMembershipId'),
				revision: p('revision'),
				castAt: p('castAt')
			})
			.prepare()
	};
}

export type CastStatements = ReturnType<typeof prepareAll>;

const cache = new WeakMap<Db['$client'], CastStatements>();

/**
 * The prepared statements for the current database connection (tests swap databases: one set per connection). Keyed
 * by the connection, not by db(): within an action db() is the action's transaction, a new object each time.
 */
export function castStatements(): CastStatements {
	const d = db();
	let statements = cache.get(d.$client);
	if (!statements) cache.set(d.$client, (statements = prepareAll(d)));
	return statements;
}

export type CastContext = { council: CouncilRow; councilId: number; isPublic: boolean; membershipId: number | null; roles: string[] };

/**
 * In one prepared query, the vote's council (null when the vote does not exist) and the user's active membership
 * there (membershipId null and no roles when none): the same answers as getVote + getCouncilById + memberOf +
 * activeRoles, for the socket's cast path where those four one-off queries cost more than the cast itself.
 */
export function castContext(voteId: number, userId: number): CastContext | null {
	const row = castStatements().context.get({ voteId, userId });
	return row ? { council: row.council, councilId: row.council.id, isPublic: row.council.isPublic, membershipId: row.membershipId, roles: row.roles ?? [] } : null;
}
