// The groups a paper entry is counted in: one per college of the entitled members, so that paper ballots land in
// their members' colleges in the breakdown (not in a "no college" row), and, under per-member weighting, one per
// distinct voting weight within it (every ballot of a group carries the group's weight; see PaperGroup). A council
// without colleges and without per-member weighting has a single group.
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { memberships } from '../councils/tables';
import { collegesOf, isEntitled, type VoteRow } from './access';

export type PaperSlot = {
	/** the form's field key: count.<key>.<optionId>, abstain.<key>, invalid.<key>, ballots.<key> */
	key: string;
	collegeId: number | null;
	collegeName: string;
	/** per-member weighting: the weight of every ballot of the group; null otherwise */
	weight: number | null;
};

export function paperSlots(vote: Pick<VoteRow, 'councilId' | 'weighting'>): PaperSlot[] {
	const colleges = collegesOf(db(), vote.councilId);
	const entitled = db()
		.select({ collegeId: memberships.collegeId, weight: memberships.voteWeight, status: memberships.status, roles: memberships.roles })
		.from(memberships)
		.where(eq(memberships.councilId, vote.councilId))
		.all()
		.filter((m) => isEntitled(m, vote.weighting));
	const perMember = vote.weighting === 'member';
	const known = new Set(colleges.map((c) => c.id));
	const groups = colleges.length
		? [
				...colleges.map((c) => ({ id: c.id as number | null, name: c.name, members: entitled.filter((m) => m.collegeId === c.id) })),
				{ id: null, name: '', members: entitled.filter((m) => m.collegeId === null || !known.has(m.collegeId)) }
			]
		: [{ id: null, name: '', members: entitled }];
	const slots: PaperSlot[] = [];
	for (const g of groups) {
		// a group nobody entitled belongs to gets no fields (a council without colleges keeps its one group)
		if (!g.members.length && groups.length > 1) continue;
		const weights = perMember && g.members.length ? [...new Set(g.members.map((m) => m.weight))].sort((a, b) => a - b) : [null];
		for (const weight of weights) {
			const key = `${g.id ?? 'none'}${weight === null ? '' : `_w${String(weight).replace(/\W/g, '_')}`}`;
			slots.push({ key, collegeId: g.id, collegeName: g.name, weight });
		}
	}
	return slots;
}

/** How a group is named in a refusal: its college and, under per-member weighting, its weight ("A × 2"). */
export function paperGroupName(vote: Pick<VoteRow, 'councilId' | 'weighting'>): (collegeId: number | null, weight: number) => string {
	const names = new Map(collegesOf(db(), vote.councilId).map((c) => [c.id, c.name]));
	return (collegeId, weight) => [collegeId === null ? '—' : (names.get(collegeId) ?? '—'), vote.weighting === 'member' ? `× ${weight}` : ''].filter(Boolean).join(' ');
}
