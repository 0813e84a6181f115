// Paper ballots counted in the room, entered by the secretariat ('votes.manage', audited) while the vote is open:
// the counts (per college and, under per-member weighting, per weight: paper-groups.ts; see PaperGroup) and the members who voted on paper, who then
// cannot vote online. Entering again replaces the previous entry (a correction); the close tallies the last one.
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { users } from '../auth/tables';
import { memberships } from '../councils/tables';
import { checkPaper } from '../../tally/ballot-rules';
import { councilRow, isEntitled, requireAction, voteRow, type PlenaryUser } from './access';
import { ballots, paperEntries, paperVoters, voteParticipations } from './tables';
import { rulesOf } from './votes';
import { paperGroupName } from './paper-groups';
import { appendLog } from './vote-log';
import { paperGroupsDigest } from '../../tally/vote-log';
import type { PaperGroup, PaperInput } from './tally-types';

export type PaperEntry = { voteId: number; groups: PaperGroup[]; voters: number[]; enteredBy: number | null; enteredAt: Date };

export function enterPaper(user: PlenaryUser, voteId: number, paper: PaperInput): PaperEntry {
	const entry = db().transaction(
		(tx) => {
			const vote = voteRow(tx, voteId);
			requireAction(tx, user, 'votes.manage', councilRow(tx, vote.councilId));
			if (vote.state !== 'open') throw new DomainError('plenaries_error_vote_not_open');
			const ids = [...new Set(paper.voters)];
			const rows = ids.length
				? tx
						.select({
							id: memberships.id,
							councilId: memberships.councilId,
							status: memberships.status,
							roles: memberships.roles,
							collegeId: memberships.collegeId,
							weight: memberships.voteWeight,
							name: users.name
						})
						.from(memberships)
						.innerJoin(users, eq(users.id, memberships.userId))
						.where(inArray(memberships.id, ids))
						.all()
				: [];
			const entitled = new Map(rows.filter((m) => m.councilId === vote.councilId && isEntitled(m, vote.weighting)).map((m) => [m.id, m]));
			const stranger = ids.find((id) => !entitled.has(id));
			if (stranger !== undefined) throw new DomainError('plenaries_error_paper_voter_not_entitled', 'voters', { name: rows.find((r) => r.id === stranger)?.name ?? String(stranger) });
			const onlineTable = vote.secrecy === 'secret' ? voteParticipations : ballots;
			const online = ids.length
				? tx
						.select({ id: onlineTable.representedMembershipId })
						.from(onlineTable)
						.where(and(eq(onlineTable.voteId, voteId), inArray(onlineTable.representedMembershipId, ids)))
						.get()
				: undefined;
			if (online) throw new DomainError('plenaries_error_paper_voter_voted_online', 'voters', { name: entitled.get(online.id)!.name });
			checkPaper(rulesOf(vote), paper, entitled, paperGroupName(vote));
			const enteredAt = new Date();
			tx.delete(paperVoters).where(eq(paperVoters.voteId, voteId)).run();
			for (const id of ids) tx.insert(paperVoters).values({ voteId, membershipId: id }).run();
			tx.insert(paperEntries)
				.values({ voteId, groups: paper.groups, enteredBy: user.id, enteredAt })
				.onConflictDoUpdate({ target: paperEntries.voteId, set: { groups: paper.groups, enteredBy: user.id, enteredAt } })
				.run();
			const voters = [...ids].sort((a, b) => a - b);
			// secret votes log a digest of the counts: the tally file shows them merged when a group is small
			appendLog(tx, voteId, 'paper', { voters, groups: vote.secrecy === 'secret' ? paperGroupsDigest(paper.groups) : paper.groups }, enteredAt);
			recordAudit(tx, { councilId: vote.councilId, actorId: user.id, action: 'vote.paper', entityType: 'vote', entityId: voteId, details: { voters: ids.length, groups: paper.groups } });
			return { vote, entry: { voteId, groups: paper.groups, voters: ids, enteredBy: user.id, enteredAt } };
		},
		{ behavior: 'immediate' }
	);
	publish({ type: 'vote.count', councilId: entry.vote.councilId, plenaryId: entry.vote.plenaryId, voteId, paperMembershipIds: entry.entry.voters });
	return entry.entry;
}

export function getPaper(voteId: number): PaperEntry | null {
	const row = db().select().from(paperEntries).where(eq(paperEntries.voteId, voteId)).get();
	const voters = db()
		.select({ id: paperVoters.membershipId })
		.from(paperVoters)
		.where(eq(paperVoters.voteId, voteId))
		.orderBy(paperVoters.membershipId)
		.all()
		.map((r) => r.id);
	if (!row && !voters.length) return null;
	return { voteId, groups: row?.groups ?? [], voters, enteredBy: row?.enteredBy ?? null, enteredAt: row?.enteredAt ?? new Date(0) };
}
