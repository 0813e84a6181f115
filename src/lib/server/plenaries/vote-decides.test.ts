import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { setup } from '../proposals/test-fixtures';
import { getProposal } from '../proposals/access';
import { timelineOf } from '../proposals/read';
import { proposalEvents, proposals } from '../proposals/tables';
import { insertCouncil } from '../councils/create';
import { memberships } from '../councils/tables';
import { refusalCode } from '../test-support';
import { createPlenary, setPlenaryState } from './plenaries';
import { addAgendaItem } from './agenda';
import { checkIn } from './attendance';
import { createVote, openVote, updateVote, type VoteInput } from './votes';
import { castBallot } from './cast';
import { closeVote } from './close';
import { linkProposal } from './agenda-links';
import { proposalsOfVote, proposalsOnItem } from './vote-decides';
import { buildMinutes } from './minutes';
import { cid } from './test-fixtures';

/** A council with an open plenary whose item "Votes sur les propositions" carries three scheduled proposals. */
function threeOnOneItem() {
	const s = setup();
	const secretariat = { id: s.people.secretariat.id, isAdmin: false };
	const plenary = createPlenary(secretariat, s.council.id, { kind: 'ordinary', title: 'Plénière', startsAt: new Date('2026-04-02T16:00:00Z') });
	const item = addAgendaItem(secretariat, plenary.id, { kind: 'vote', title: 'Votes sur les propositions' });
	const other = addAgendaItem(secretariat, plenary.id, { kind: 'vote', title: 'Autre point' });
	const [p3, p22, p23] = ['Trois', 'Vingt-deux', 'Vingt-trois'].map((title) => s.proposalIn('accepted', { title }));
	for (const id of [p3, p22, p23]) linkProposal(secretariat, { itemId: item.id, proposalId: id });
	setPlenaryState(secretariat, plenary.id, 'convened');
	setPlenaryState(secretariat, plenary.id, 'open');
	const voters = [s.people.author, s.people.member, s.people.member2].map((u) =>
		db()
			.select()
			.from(memberships)
			.where(and(eq(memberships.councilId, s.council.id), eq(memberships.userId, u.id)))
			.get()!
	);
	for (const m of voters) checkIn({ id: m.userId, isAdmin: false }, { plenaryId: plenary.id, membershipId: m.id, mode: 'in_room' });
	const motion = (extra: Partial<VoteInput> = {}, itemId = item.id) =>
		createVote(secretariat, itemId, { question: 'Adopter ?', method: 'yes_no_abstain', weighting: 'none', majority: 'simple', base: 'cast', quorumKind: 'none', ...extra });
	/** opens the vote, casts `yes` yes and `no` no (by default the rest), closes it */
	const hold = (voteId: number, yes: number, no = voters.length - yes) => {
		openVote(secretariat, voteId);
		voters.slice(0, yes + no).forEach((m, i) => castBallot({ voteId, actingMembershipId: m.id, representedMembershipId: m.id, choice: [i < yes ? 'yes' : 'no'], clientBallotId: cid() }));
		return closeVote(secretariat, voteId).decision;
	};
	const state = (id: number) => getProposal(id)!.state;
	return { ...s, secretariat, plenary, item, other, p3, p22, p23, motion, hold, state };
}

describe('a vote decides exactly the proposals it names', () => {
	it('three proposals on one item, the vote names one: only that one is adopted', () => {
		const f = threeOnOneItem();
		const vote = f.motion({ proposalIds: [f.p22] });
		expect(proposalsOfVote(vote.id).map((p) => p.id)).toEqual([f.p22]);
		expect(f.hold(vote.id, 3)).toBe('adopted');
		expect([f.state(f.p3), f.state(f.p22), f.state(f.p23)]).toEqual(['scheduled', 'adopted', 'scheduled']);
		expect(getProposal(f.p22)!.voteId).toBe(vote.id);
		// the timeline knows the vote's plenary, for its link "par le vote n° …" to the result page
		expect(timelineOf(f.p22).at(-1)).toMatchObject({ transition: 'adopt', voteId: vote.id, votePlenaryId: f.plenary.id });
		const events = db().select().from(proposalEvents).where(eq(proposalEvents.proposalId, f.p3)).all();
		expect(events.some((e) => e.transition === 'adopt' || e.transition === 'reject')).toBe(false);
		// the minutes list the decided proposal with its vote, and the two others under the item
		const minutes = buildMinutes(f.plenary.id, { includeUnpublished: true });
		expect(minutes.votes[0].proposals.map((p) => [p.id, p.state])).toEqual([[f.p22, 'adopted']]);
		expect(minutes.agenda[0].proposals.map((p) => p.id)).toEqual([f.p3, f.p23]);
	});

	it('a rejection moves only the named ones, and a later vote on another proposal of the item still decides it', () => {
		const f = threeOnOneItem();
		expect(f.hold(f.motion({ proposalIds: [f.p3, f.p23] }).id, 1)).toBe('rejected');
		expect([f.state(f.p3), f.state(f.p22), f.state(f.p23)]).toEqual(['rejected', 'scheduled', 'rejected']);
		expect(f.hold(f.motion({ proposalIds: [f.p22] }).id, 2)).toBe('adopted');
		expect(f.state(f.p22)).toBe('adopted');
	});

	it('a vote that names no proposal changes none, even adopted', () => {
		const f = threeOnOneItem();
		expect(f.hold(f.motion().id, 3)).toBe('adopted');
		expect([f.state(f.p3), f.state(f.p22), f.state(f.p23)]).toEqual(['scheduled', 'scheduled', 'scheduled']);
	});

	it('offers the item’s proposals in number order', () => {
		const f = threeOnOneItem();
		expect(proposalsOnItem(f.item.id).map((p) => p.id)).toEqual([f.p3, f.p22, f.p23]);
		expect(proposalsOnItem(f.other.id)).toEqual([]);
	});
});

describe('one open-or-closed vote at a time per proposal', () => {
	it('refuses a second vote on a proposal while the first is open, at creation and at opening', () => {
		const f = threeOnOneItem();
		const first = f.motion({ proposalIds: [f.p22] });
		const second = f.motion({ proposalIds: [f.p22] }); // two drafts may be prepared
		openVote(f.secretariat, first.id);
		expect(refusalCode(() => f.motion({ proposalIds: [f.p22] }))).toBe('plenaries_error_proposal_vote_open');
		expect(refusalCode(() => openVote(f.secretariat, second.id))).toBe('plenaries_error_proposal_vote_open');
		expect(refusalCode(() => updateVote(f.secretariat, second.id, { proposalIds: [f.p22, f.p3] }))).toBe('plenaries_error_proposal_vote_open');
		// another proposal of the same item stays free
		expect(proposalsOfVote(f.motion({ proposalIds: [f.p3] }).id).map((p) => p.id)).toEqual([f.p3]);
	});

	it('after an adoption the proposal cannot be put to a vote again', () => {
		const f = threeOnOneItem();
		f.hold(f.motion({ proposalIds: [f.p22] }).id, 3);
		expect(refusalCode(() => f.motion({ proposalIds: [f.p22] }))).toBe('plenaries_error_proposal_decided');
		expect(refusalCode(() => f.motion({ proposalIds: [f.p22], revote: true }))).toBe('plenaries_error_proposal_decided');
	});

	it('after a rejection, only when the secretariat says so; the new vote may then adopt it', () => {
		const f = threeOnOneItem();
		const first = f.motion({ proposalIds: [f.p22] });
		f.hold(first.id, 0);
		expect(f.state(f.p22)).toBe('rejected');
		expect(refusalCode(() => f.motion({ proposalIds: [f.p22] }))).toBe('plenaries_error_proposal_rejected');
		const again = f.motion({ proposalIds: [f.p22], revote: true });
		expect(proposalsOfVote(again.id)).toEqual([{ id: f.p22, title: 'Vingt-deux', state: 'rejected', revote: true }]);
		// editing the draft keeps the secretariat's confirmation
		updateVote(f.secretariat, again.id, { question: 'Adopter, après amendement ?' });
		expect(proposalsOfVote(again.id)[0].revote).toBe(true);
		expect(f.hold(again.id, 3)).toBe('adopted');
		expect(getProposal(f.p22)).toMatchObject({ state: 'adopted', voteId: again.id });
		const decisions = db()
			.select()
			.from(proposalEvents)
			.where(eq(proposalEvents.proposalId, f.p22))
			.all()
			.filter((e) => e.voteId);
		expect(decisions.map((e) => [e.transition, e.voteId])).toEqual([
			['reject', first.id],
			['adopt', again.id]
		]);
	});

	it('a tie decides nothing: the proposal stays free for a new vote', () => {
		const f = threeOnOneItem();
		expect(f.hold(f.motion({ proposalIds: [f.p22] }).id, 1, 1)).toBe('tie');
		expect(f.state(f.p22)).toBe('scheduled');
		expect(f.hold(f.motion({ proposalIds: [f.p22] }).id, 2, 1)).toBe('adopted');
		expect(f.state(f.p22)).toBe('adopted');
	});
});

describe('what a vote may name', () => {
	it('refuses a proposal of another item, of another council, unknown, and on a vote that is not yes/no/abstain', () => {
		const f = threeOnOneItem();
		const elsewhere = f.proposalIn('accepted');
		linkProposal(f.secretariat, { itemId: f.other.id, proposalId: elsewhere });
		expect(refusalCode(() => f.motion({ proposalIds: [elsewhere] }))).toBe('plenaries_error_proposal_not_on_item');
		expect(refusalCode(() => f.motion({ proposalIds: [999_999] }))).toBe('plenaries_error_not_found');
		const council = db().transaction((tx) => insertCouncil(tx, { name: 'Autre conseil', slug: 'autre-conseil', territory: 'Lyon', description: '', isPublic: true, weighting: 'none' }, null));
		const stranger = f.proposalIn('accepted');
		db().update(proposals).set({ councilId: council.id }).where(eq(proposals.id, stranger)).run();
		expect(refusalCode(() => f.motion({ proposalIds: [stranger] }))).toBe('plenaries_error_not_found');
		expect(refusalCode(() => f.motion({ method: 'single', options: ['A', 'B'], proposalIds: [f.p3] }))).toBe('plenaries_error_proposals_yes_no');
		const draft = f.motion({ proposalIds: [f.p3] });
		expect(refusalCode(() => updateVote(f.secretariat, draft.id, { method: 'single', options: ['A', 'B'] }))).toBe('plenaries_error_proposals_yes_no');
	});
});
