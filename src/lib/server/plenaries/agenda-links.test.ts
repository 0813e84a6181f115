import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { setup } from '../proposals/test-fixtures';
import { getProposal } from '../proposals/access';
import { proposalEvents } from '../proposals/tables';
import { notifications } from '../notifications/tables';
import { memberships } from '../councils/tables';
import { refusalCode } from '../test-support';
import { createPlenary, setPlenaryState } from './plenaries';
import { addAgendaItem, removeAgendaItem } from './agenda';
import { checkIn } from './attendance';
import { createVote, openVote } from './votes';
import { castBallot } from './cast';
import { closeExpiredVotes, closeVote } from './close';
import { linkProposal, linkedProposals, schedulableProposals, unlinkProposal } from './agenda-links';
import { changePlenaryState } from './convocation';
import { cid } from './test-fixtures';

function linkFixture() {
	const s = setup();
	const secretariat = { id: s.people.secretariat.id, isAdmin: false };
	const plenary = createPlenary(secretariat, s.council.id, { kind: 'ordinary', title: 'Plénière', startsAt: new Date('2026-04-02T16:00:00Z') });
	const item = addAgendaItem(secretariat, plenary.id, { kind: 'vote', title: 'Propositions acceptées' });
	return { ...s, secretariat, plenary, item };
}

const membershipOf = (councilId: number, userId: number) =>
	db()
		.select()
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId)))
		.get()!.id;

describe('linking proposals to agenda items', () => {
	it('schedules an accepted proposal, lists it, and unscheduling needs a reason', () => {
		const f = linkFixture();
		const id = f.proposalIn('accepted');
		expect(schedulableProposals(f.council.id).map((p) => p.id)).toContain(id);
		linkProposal(f.secretariat, { itemId: f.item.id, proposalId: id });
		expect(getProposal(id)!.state).toBe('scheduled');
		expect(linkedProposals(f.plenary.id)).toEqual([{ agendaItemId: f.item.id, proposalId: id, title: expect.any(String), state: 'scheduled' }]);
		expect(schedulableProposals(f.council.id).map((p) => p.id)).not.toContain(id);
		const timeline = db().select().from(proposalEvents).where(eq(proposalEvents.proposalId, id)).all();
		expect(timeline.at(-1)).toMatchObject({ transition: 'schedule', fromState: 'accepted', toState: 'scheduled' });

		expect(refusalCode(() => unlinkProposal(f.secretariat, { itemId: f.item.id, proposalId: id, reason: ' ' }))).toBe('proposals_error_reason_required');
		expect(getProposal(id)!.state).toBe('scheduled'); // the refused unlink changed nothing
		expect(linkedProposals(f.plenary.id)).toHaveLength(1);
		unlinkProposal(f.secretariat, { itemId: f.item.id, proposalId: id, reason: 'Reporté' });
		expect(getProposal(id)!.state).toBe('accepted');
		expect(linkedProposals(f.plenary.id)).toEqual([]);
	});

	it('refuses proposals that are not accepted, unknown, twice, and people who do not manage', () => {
		const f = linkFixture();
		const submitted = f.proposalIn('submitted');
		expect(refusalCode(() => linkProposal(f.secretariat, { itemId: f.item.id, proposalId: submitted }))).toBe('plenaries_error_proposal_not_accepted');
		const accepted = f.proposalIn('accepted');
		expect(refusalCode(() => linkProposal({ id: f.people.member.id, isAdmin: false }, { itemId: f.item.id, proposalId: accepted }))).toBe('plenaries_error_forbidden');
		expect(refusalCode(() => linkProposal(f.secretariat, { itemId: f.item.id, proposalId: 999_999 }))).toBe('plenaries_error_not_found');
		linkProposal(f.secretariat, { itemId: f.item.id, proposalId: accepted });
		const second = addAgendaItem(f.secretariat, f.plenary.id, { kind: 'debate', title: 'Autre point' });
		expect(refusalCode(() => linkProposal(f.secretariat, { itemId: second.id, proposalId: accepted }))).toBe('plenaries_error_proposal_not_accepted');
	});

	it('a removed agenda item drops its links', () => {
		const f = linkFixture();
		const id = f.proposalIn('accepted');
		linkProposal(f.secretariat, { itemId: f.item.id, proposalId: id });
		removeAgendaItem(f.secretariat, f.item.id);
		expect(linkedProposals(f.plenary.id)).toEqual([]);
	});
});

describe('a vote’s outcome moves the proposals it names', () => {
	function openMotion(yes: number, no: number, timer = false) {
		const f = linkFixture();
		const id = f.proposalIn('accepted');
		const untouched = f.proposalIn('accepted');
		linkProposal(f.secretariat, { itemId: f.item.id, proposalId: id });
		setPlenaryState(f.secretariat, f.plenary.id, 'convened');
		setPlenaryState(f.secretariat, f.plenary.id, 'open');
		const voters = [f.people.author, f.people.member, f.people.member2];
		for (const u of voters) checkIn({ id: u.id, isAdmin: false }, { plenaryId: f.plenary.id, membershipId: membershipOf(f.council.id, u.id), mode: 'in_room' });
		const vote = createVote(f.secretariat, f.item.id, {
			question: 'Adopter la proposition ?',
			method: 'yes_no_abstain',
			weighting: 'none',
			majority: 'simple',
			base: 'cast',
			quorumKind: 'none',
			proposalIds: [id]
		});
		openVote(f.secretariat, vote.id, timer ? { durationSeconds: 60, now: new Date('2026-04-02T16:10:00Z') } : {});
		voters.slice(0, yes + no).forEach((u, i) => {
			const mid = membershipOf(f.council.id, u.id);
			castBallot({
				voteId: vote.id,
				actingMembershipId: mid,
				representedMembershipId: mid,
				choice: [i < yes ? 'yes' : 'no'],
				clientBallotId: cid(),
				...(timer ? { now: new Date('2026-04-02T16:10:10Z') } : {})
			});
		});
		return { ...f, id, untouched, vote };
	}

	it('adopted: the scheduled proposal is adopted, with the vote on its timeline, and its followers are told', () => {
		const f = openMotion(2, 1);
		const result = closeVote(f.secretariat, f.vote.id);
		expect(result.decision).toBe('adopted');
		const p = getProposal(f.id)!;
		expect(p).toMatchObject({ state: 'adopted', voteId: f.vote.id });
		const last = db().select().from(proposalEvents).where(eq(proposalEvents.proposalId, f.id)).all().at(-1);
		expect(last).toMatchObject({ transition: 'adopt', fromState: 'scheduled', toState: 'adopted', voteId: f.vote.id, actorId: null });
		expect(getProposal(f.untouched)!.state).toBe('accepted');
		const told = db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, f.people.author.id), eq(notifications.kind, 'proposal_state')))
			.all();
		expect(told.some((n) => n.params.state === 'adopted')).toBe(true);
	});

	it('rejected: the proposal is rejected', () => {
		const f = openMotion(1, 2);
		expect(closeVote(f.secretariat, f.vote.id).decision).toBe('rejected');
		expect(getProposal(f.id)!.state).toBe('rejected');
	});

	it('a tie changes nothing', () => {
		const f = openMotion(1, 1);
		expect(closeVote(f.secretariat, f.vote.id).decision).toBe('tie');
		expect(getProposal(f.id)!.state).toBe('scheduled');
	});

	it('a vote closed by its timer moves the proposal too', () => {
		const f = openMotion(2, 0, true);
		expect(closeExpiredVotes(new Date('2026-04-02T16:12:00Z'))).toEqual([f.vote.id]);
		expect(getProposal(f.id)!.state).toBe('adopted');
	});
});

describe('convening', () => {
	it('notifies every active member with a link to the plenary, not the person who convened', () => {
		const f = linkFixture();
		changePlenaryState(f.secretariat, f.plenary.id, 'convened');
		const rows = db().select().from(notifications).where(eq(notifications.kind, 'session_convened')).all();
		const ids = rows.map((r) => r.userId);
		expect(ids).toContain(f.people.member.id);
		expect(ids).toContain(f.people.observer.id);
		expect(ids).not.toContain(f.secretariat.id);
		expect(ids).not.toContain(f.people.outsider.id);
		expect(rows[0]).toMatchObject({ link: `/c/${f.council.slug}/sessions/${f.plenary.id}`, params: { title: 'Plénière' } });
	});

	it('other state changes notify nobody', () => {
		const f = linkFixture();
		changePlenaryState(f.secretariat, f.plenary.id, 'convened');
		const before = db().select().from(notifications).all().length;
		changePlenaryState(f.secretariat, f.plenary.id, 'open');
		expect(db().select().from(notifications).all().length).toBe(before);
	});
});
