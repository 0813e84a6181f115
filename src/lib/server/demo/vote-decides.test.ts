// The scenario on the demo data: the spring 2027 plenary's item "Votes sur les propositions" carries the
// proposals scheduled on it; with one more proposal added, a vote on one of them decides that one and no other.
import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { useTestDatabase } from '../db/client';
import { councils, memberships } from '../councils/tables';
import { proposals } from '../proposals/tables';
import { listPlenaries, setPlenaryState } from '../plenaries/plenaries';
import { agendaItems } from '../plenaries/tables';
import { linkProposal, linkedProposals } from '../plenaries/agenda-links';
import { checkIn } from '../plenaries/attendance';
import { createVote, openVote } from '../plenaries/votes';
import { castBallot } from '../plenaries/cast';
import { closeVote } from '../plenaries/close';
import { proposalsOfVote } from '../plenaries/vote-decides';
import { cid } from '../plenaries/test-fixtures';
import { seedDemo, DEMO_COUNCIL_SLUG } from './seed';

describe('demo: a vote on the spring 2027 plenary decides only the proposal it names', () => {
	let councilId = 0;
	beforeAll(async () => {
		useTestDatabase();
		await seedDemo();
		councilId = db().select().from(councils).where(eq(councils.slug, DEMO_COUNCIL_SLUG)).get()!.id;
	});

	it('the 2026 vote keeps deciding the proposal it adopted', () => {
		const past = listPlenaries(councilId).find((s) => s.title === 'Assemblée plénière 2026')!;
		const adopted = linkedProposals(past.id);
		expect(adopted).toHaveLength(1);
		const vote = db().select().from(proposals).where(eq(proposals.id, adopted[0].proposalId)).get()!.voteId!;
		expect(proposalsOfVote(vote).map((p) => [p.id, p.state])).toEqual([[adopted[0].proposalId, 'adopted']]);
	});

	it('three proposals on "Votes sur les propositions", one named: only that one changes', () => {
		const spring = listPlenaries(councilId).find((s) => s.title === 'Assemblée plénière de printemps 2027')!;
		const item = db()
			.select()
			.from(agendaItems)
			.where(and(eq(agendaItems.plenaryId, spring.id), eq(agendaItems.title, 'Votes sur les propositions')))
			.get()!;
		const secretariat = db()
			.select()
			.from(memberships)
			.where(eq(memberships.councilId, councilId))
			.all()
			.find((m) => m.roles.includes('secretariat'))!;
		const actor = { id: secretariat.userId, isAdmin: false };
		// bring the item to three proposals with accepted ones of the demo
		const accepted = db()
			.select()
			.from(proposals)
			.where(and(eq(proposals.councilId, councilId), eq(proposals.state, 'accepted')))
			.orderBy(asc(proposals.id))
			.all();
		const onItem = () => linkedProposals(spring.id).filter((l) => l.agendaItemId === item.id);
		for (const p of accepted.slice(0, 3 - onItem().length)) linkProposal(actor, { itemId: item.id, proposalId: p.id });
		const three = onItem().map((l) => l.proposalId);
		expect(three).toHaveLength(3);
		expect(onItem().every((l) => l.state === 'scheduled')).toBe(true);

		setPlenaryState(actor, spring.id, 'open');
		const voters = db()
			.select()
			.from(memberships)
			.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active')))
			.all()
			.filter((m) => m.roles.includes('member'))
			.slice(0, 12);
		for (const m of voters) checkIn(actor, { plenaryId: spring.id, membershipId: m.id, mode: 'in_room' });
		const named = three[1];
		const vote = createVote(actor, item.id, {
			question: 'Adopter la proposition ?',
			method: 'yes_no_abstain',
			weighting: 'none',
			majority: 'simple',
			base: 'cast',
			quorumKind: 'none',
			proposalIds: [named]
		});
		openVote(actor, vote.id);
		for (const m of voters) castBallot({ voteId: vote.id, actingMembershipId: m.id, representedMembershipId: m.id, choice: ['no'], clientBallotId: cid() });
		expect(closeVote(actor, vote.id).decision).toBe('rejected');
		const states = new Map(onItem().map((l) => [l.proposalId, l.state]));
		expect(three.map((id) => states.get(id))).toEqual(['scheduled', 'rejected', 'scheduled']);

		// a later vote on another of them still decides it
		const other = createVote(actor, item.id, {
			question: 'Adopter l’autre proposition ?',
			method: 'yes_no_abstain',
			weighting: 'none',
			majority: 'simple',
			base: 'cast',
			quorumKind: 'none',
			proposalIds: [three[2]]
		});
		openVote(actor, other.id);
		for (const m of voters) castBallot({ voteId: other.id, actingMembershipId: m.id, representedMembershipId: m.id, choice: ['yes'], clientBallotId: cid() });
		expect(closeVote(actor, other.id).decision).toBe('adopted');
		const after = new Map(onItem().map((l) => [l.proposalId, l.state]));
		expect(three.map((id) => after.get(id))).toEqual(['scheduled', 'rejected', 'adopted']);
	});
});
