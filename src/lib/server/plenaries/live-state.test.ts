// The live state's per-member part gives the same ballots as the server's voting card, and a member's snapshot does
// not grow with the council (only their own rows and their proxy givers').
import { beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useTestDatabase } from '../db/client';
import { cardEntries } from '../../plenary/card-entries';
import { checkInAll, plenaryFixture } from './test-fixtures';
import { giveProxy } from './proxies';
import { createVote, openVote } from './votes';
import { castBallot } from './cast';
import { votingCard } from './vote-status';
import { liveSnapshot, memberState } from './live-state';

beforeEach(() => useTestDatabase());

describe('live state', () => {
	it('derives the same voting card as the server, before and after a ballot', () => {
		const f = plenaryFixture({ council: { proxyLimit: 2 } });
		const [a, b, c] = f.all;
		giveProxy(a.user, { plenaryId: f.plenary.id, giverMembershipId: a.membershipId, holderMembershipId: b.membershipId });
		giveProxy(c.user, { plenaryId: f.plenary.id, giverMembershipId: c.membershipId, holderMembershipId: b.membershipId });
		checkInAll(f.plenary.id, [b, c]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, v.id);
		const same = () => expect(cardEntries({ ...v, state: 'open' }, memberState(f.plenary.id, f.council.id, b.membershipId))).toEqual(votingCard(v.id, b.user.id).entries);
		same();
		castBallot({ voteId: v.id, actingMembershipId: b.membershipId, representedMembershipId: a.membershipId, choice: ['no'], clientBallotId: randomUUID() });
		same();
		expect(cardEntries({ ...v, state: 'open' }, memberState(f.plenary.id, f.council.id, b.membershipId)).find((e) => e.representedMembershipId === a.membershipId)).toMatchObject({
			voted: true,
			choice: ['no']
		});
	});

	it('a member’s snapshot holds aggregates and their own rows only', () => {
		const small = plenaryFixture({ perCollege: [1, 1, 1, 1] });
		const big = plenaryFixture({ perCollege: [40, 30, 20, 10] });
		const size = (f: typeof small) => JSON.stringify(liveSnapshot(f.plenary.id, f.council.id, { userId: f.all[0].user.id, manage: false }, 'v')).length;
		expect(Math.abs(size(big) - size(small))).toBeLessThan(200);
	});
});
