// The ballots a member sees on an open vote: their own and one per proxy they hold, each with whether it is
// recorded and whether it may be cast now. Pure: the server renders the voting screen with it, and the page
// computes the same entries when a vote opens live (from the member's state it already holds).
import type { CardEntry } from '$lib/server/plenaries/vote-status';
import type { MemberState, OwnBallot, Represented } from './live-types';

type VoteRules = { id: number; state: string; weighting: string };

/** Whether a member may vote under this weighting (access.ts isEntitled: a voter role, and a college when weighted by college). */
export const entitledUnder = (m: Pick<Represented, 'voter' | 'hasCollege'>, weighting: string) => m.voter && (weighting !== 'college' || m.hasCollege);

const NONE: OwnBallot = { voted: false, onPaper: false, choice: null, revision: 0 };

export function cardEntries(vote: VoteRules, me: MemberState | null): CardEntry[] {
	if (!me) return [];
	const ballots = me.ballots[vote.id] ?? {};
	const checkedIn = me.mode !== null;
	const entries: CardEntry[] = [];
	for (const m of [me.self, ...me.held]) {
		if (!entitledUnder(m, vote.weighting)) continue;
		const self = m.membershipId === me.membershipId;
		const b = ballots[m.membershipId] ?? NONE;
		let reason: string | null = null;
		if (vote.state !== 'open') reason = 'plenaries_error_vote_not_open';
		else if (!entitledUnder(me.self, vote.weighting)) reason = 'plenaries_error_not_entitled';
		else if (!checkedIn) reason = 'plenaries_error_not_checked_in';
		else if (b.onPaper) reason = 'plenaries_error_voted_on_paper';
		else if (!self && m.checkedIn) reason = 'plenaries_error_giver_present';
		entries.push({
			representedMembershipId: m.membershipId,
			name: m.name,
			self,
			voted: b.voted,
			onPaper: b.onPaper,
			choice: b.choice,
			revision: b.revision,
			canCast: reason === null,
			reason
		});
	}
	return entries;
}
