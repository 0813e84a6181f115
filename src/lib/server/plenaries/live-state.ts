// The live state of a plenary as its screens hold it (src/lib/plenary/live-types.ts): the snapshot a page
// gets on first load or when it catches up, and the pieces the realtime module sends in room events. The parts
// every reader shares are computed once per event; what is per member (MemberState) reads only that member's rows.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { users } from '../auth/tables';
import { councils, memberships } from '../councils/tables';
import type {
	AttendanceRowData,
	BallotCardData,
	ControlRow,
	LiveItem,
	LivePlenary,
	LiveSnapshot,
	LiveVote,
	MemberState,
	OpenVote,
	OwnBallot,
	Represented,
	ShownResult
} from '../../plenary/live-types';
import { isEntitled, presenceOf, voteRow, type Presence } from './access';
import { attendanceSummary } from './attendance';
import { getPlenary } from './plenaries';
import { resultVisible } from './secret-view';
import { ballots, paperVoters, voteParticipations, votes } from './tables';
import { chainHead } from './vote-log';
import { indicatorsOfVote } from './vote-indicators';
import { proposalsOfVote, proposalsOfVotes } from './vote-decides';
import { liveCount, memberOf, voterList } from './vote-status';
import { listVotes, viewOf, type VoteView } from './votes';

const ms = (d: Date | null) => (d ? d.getTime() : null);

/** The vote as live screens show it; the result only when `withResult` (see secret-view.ts resultVisible). */
export function liveVote(v: VoteView, withResult: boolean): LiveVote {
	return {
		id: v.id,
		agendaItemId: v.agendaItemId,
		question: v.question,
		description: v.description,
		method: v.method,
		options: v.options,
		minChoices: v.minChoices,
		maxChoices: v.maxChoices,
		winners: v.winners,
		weighting: v.weighting,
		majority: v.majority,
		majorityBase: v.majorityBase,
		quorumKind: v.quorumKind,
		quorumValue: v.quorumValue,
		secrecy: v.secrecy,
		state: v.state,
		closesAt: ms(v.closesAt),
		closedAt: ms(v.closedAt),
		result: withResult ? v.result : null
	};
}

export const liveItem = (i: LiveItem): LiveItem => ({
	id: i.id,
	position: i.position,
	kind: i.kind,
	title: i.title,
	description: i.description,
	durationMinutes: i.durationMinutes,
	presenter: i.presenter
});

/** The plenary's header as every tab shows it, its agenda and current item; null when the plenary is gone. */
export function plenaryHead(plenaryId: number): { plenary: LivePlenary; agenda: LiveItem[]; currentItem: LiveItem | null } | null {
	const detail = getPlenary(plenaryId);
	if (!detail) return null;
	const s = detail.plenary;
	return {
		plenary: {
			id: s.id,
			title: s.title,
			description: s.description,
			kind: s.kind,
			state: s.state,
			startsAt: s.startsAt.getTime(),
			endsAt: ms(s.endsAt),
			place: s.place,
			onlineUrl: s.onlineUrl,
			currentItemId: s.currentItemId
		},
		agenda: detail.agenda.map(liveItem),
		currentItem: detail.currentItem && liveItem(detail.currentItem)
	};
}

/** The ballot card of a vote: the same for every member. */
export function ballotCard(voteId: number): BallotCardData {
	return { vote: liveVote(viewOf(voteRow(db(), voteId)), false), indicators: indicatorsOfVote(voteId), decides: proposalsOfVote(voteId) };
}

export const openVote = (voteId: number): OpenVote => ({ ...ballotCard(voteId), count: liveCount(voteId) });

const openVoteIds = (tx: Tx, plenaryId: number) =>
	tx
		.select({ id: votes.id, secrecy: votes.secrecy })
		.from(votes)
		.where(and(eq(votes.plenaryId, plenaryId), eq(votes.state, 'open')))
		.orderBy(asc(votes.id))
		.all();

/** A closed or published vote's result as shown (secret votes masked by viewOf). Call only for readers who may see it. */
export function shownResultOf(voteId: number): ShownResult {
	return { vote: liveVote(viewOf(voteRow(db(), voteId)), true), decides: proposalsOfVote(voteId), chainHead: chainHead(voteId) };
}

/** The latest result this reader may see: published, or closed for the secretariat. */
export function lastResult(plenaryId: number, manage: boolean): ShownResult | null {
	const last = listVotes(plenaryId)
		.filter((v) => resultVisible(v, manage))
		.sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0))[0];
	return last ? shownResultOf(last.id) : null;
}

function membersByIds(tx: Tx, councilId: number, ids: number[]) {
	if (!ids.length) return new Map<number, { id: number; userId: number; name: string; roles: string[]; collegeId: number | null; status: string }>();
	const rows = tx
		.select({ id: memberships.id, userId: memberships.userId, name: users.name, roles: memberships.roles, collegeId: memberships.collegeId, status: memberships.status })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.councilId, councilId), inArray(memberships.id, ids)))
		.all();
	return new Map(rows.map((r) => [r.id, r]));
}

function ownBallots(tx: Tx, vote: { id: number; secrecy: string }, ids: number[]): Record<number, OwnBallot> {
	const out: Record<number, OwnBallot> = {};
	const set = (id: number, patch: Partial<OwnBallot>) => (out[id] = { ...(out[id] ?? { voted: false, onPaper: false, choice: null, revision: 0 }), ...patch });
	if (vote.secrecy === 'named')
		for (const b of tx
			.select({ id: ballots.representedMembershipId, choice: ballots.choice, revision: ballots.revision })
			.from(ballots)
			.where(and(eq(ballots.voteId, vote.id), inArray(ballots.representedMembershipId, ids)))
			.all())
			set(b.id, { voted: true, choice: b.choice, revision: b.revision });
	else
		for (const p of tx
			.select({ id: voteParticipations.representedMembershipId, revision: voteParticipations.revision })
			.from(voteParticipations)
			.where(and(eq(voteParticipations.voteId, vote.id), inArray(voteParticipations.representedMembershipId, ids)))
			.all())
			set(p.id, { voted: true, revision: p.revision });
	for (const p of tx
		.select({ id: paperVoters.membershipId })
		.from(paperVoters)
		.where(and(eq(paperVoters.voteId, vote.id), inArray(paperVoters.membershipId, ids)))
		.all())
		set(p.id, { voted: true, onPaper: true, choice: null });
	return out;
}

/** A member's own state in a plenary: reads only their rows and their proxy givers' (O(1) in council size). */
export function memberState(plenaryId: number, councilId: number, membershipId: number, presence: Presence = presenceOf(db(), plenaryId)): MemberState | null {
	const tx = db();
	const givers = [...presence.proxyHolder].filter(([, holder]) => holder === membershipId).map(([giver]) => giver);
	const holder = presence.proxyHolder.get(membershipId);
	const rows = membersByIds(tx, councilId, [membershipId, ...givers, ...(holder ? [holder] : [])]);
	const me = rows.get(membershipId);
	if (!me || me.status !== 'active') return null;
	const represented = (id: number): Represented | null => {
		const m = rows.get(id);
		return m && m.status === 'active' ? { membershipId: id, name: m.name, voter: isEntitled(m, 'none'), hasCollege: m.collegeId !== null, checkedIn: presence.checkedIn.has(id) } : null;
	};
	const held = givers.map(represented).filter((r): r is Represented => r !== null);
	const ids = [membershipId, ...held.map((h) => h.membershipId)];
	const ballotsByVote: MemberState['ballots'] = {};
	for (const v of openVoteIds(tx, plenaryId)) ballotsByVote[v.id] = ownBallots(tx, v, ids);
	return {
		membershipId,
		self: represented(membershipId)!,
		mode: presence.checkedIn.get(membershipId) ?? null,
		proxyTo: holder ? (rows.get(holder)?.name ?? null) : null,
		held,
		ballots: ballotsByVote
	};
}

/** Everything a live screen shows, for one reader (`manage`: may manage votes, so sees closed results). */
export function liveSnapshot(plenaryId: number, councilId: number, reader: { userId: number | null; manage: boolean }, version: string): LiveSnapshot {
	const head = plenaryHead(plenaryId)!;
	const membershipId = reader.userId === null ? null : memberOf(councilId, reader.userId);
	return {
		version,
		...head,
		attendance: attendanceSummary(plenaryId),
		open: openVoteIds(db(), plenaryId).map((v) => openVote(v.id)),
		last: lastResult(plenaryId, reader.manage),
		me: membershipId === null ? null : memberState(plenaryId, councilId, membershipId)
	};
}

/**
 * The attendance rows an event touched: the members named, and those whose proxy they hold (a holder checking in
 * or out changes whether their givers are represented).
 */
export function attendanceRows(plenaryId: number, membershipIds: number[]): AttendanceRowData[] {
	const tx = db();
	const plenary = getPlenary(plenaryId)?.plenary;
	if (!plenary || !membershipIds.length) return [];
	const weighting = tx.select({ w: councils.weighting }).from(councils).where(eq(councils.id, plenary.councilId)).get()?.w ?? 'none';
	const presence = presenceOf(tx, plenaryId);
	const named = new Set(membershipIds);
	const touched = new Set(membershipIds);
	for (const [giver, holder] of presence.proxyHolder) if (named.has(holder)) touched.add(giver);
	const holders = [...touched].map((id) => presence.activeHolder(id)).filter((h): h is number => h !== null);
	const rows = membersByIds(tx, plenary.councilId, [...touched, ...holders]);
	return [...touched]
		.map((id) => rows.get(id))
		.filter((m) => m && m.status === 'active')
		.map((m) => {
			const holder = presence.activeHolder(m!.id);
			return { membershipId: m!.id, name: m!.name, entitled: isEntitled(m!, weighting), mode: presence.checkedIn.get(m!.id) ?? null, representedBy: holder ? (rows.get(holder)?.name ?? '') : null };
		});
}

/** The users whose own state an attendance event changed (the members named and the holders of their proxies). */
export function touchedMembers(plenaryId: number, councilId: number, membershipIds: number[]): { userId: number; membershipId: number }[] {
	const presence = presenceOf(db(), plenaryId);
	const ids = new Set(membershipIds);
	for (const id of membershipIds) {
		const holder = presence.proxyHolder.get(id);
		if (holder) ids.add(holder);
	}
	const rows = membersByIds(db(), councilId, [...ids]);
	return [...rows.values()].filter((r) => r.status === 'active').map((r) => ({ userId: r.userId, membershipId: r.id }));
}

/** The not-voted list of an open named vote (control screen), or null. */
export function notVotedOf(vote: { id: number; state: string; secrecy: string }): ControlRow['notVoted'] {
	if (vote.state !== 'open' || vote.secrecy !== 'named') return null;
	return voterList(vote.id)
		.filter((v) => !v.voted)
		.map((v) => ({ membershipId: v.membershipId, name: v.name, present: v.present }));
}

/** Every vote of the plenary as the control screen shows it (the secretariat: results of closed votes too). */
export function controlRows(plenaryId: number): ControlRow[] {
	const all = listVotes(plenaryId);
	const decides = proposalsOfVotes(all.map((v) => v.id));
	return all.map((v) => ({
		vote: liveVote(v, true),
		decides: decides.get(v.id) ?? [],
		count: v.state === 'draft' ? null : liveCount(v.id),
		notVoted: notVotedOf(v),
		chainHead: v.result ? chainHead(v.id) : null
	}));
}

/** One vote's control row, or null when it was deleted. */
export function controlRow(voteId: number): ControlRow | null {
	const row = db().select().from(votes).where(eq(votes.id, voteId)).get();
	if (!row) return null;
	const v = viewOf(row);
	return { vote: liveVote(v, true), decides: proposalsOfVote(v.id), count: v.state === 'draft' ? null : liveCount(v.id), notVoted: notVotedOf(v), chainHead: v.result ? chainHead(v.id) : null };
}
