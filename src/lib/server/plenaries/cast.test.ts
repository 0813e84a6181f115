import { beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { memberships } from '../councils/tables';
import { checkInAll, cid, eventsDuring, plenaryFixture, type Fixture, type Person } from './test-fixtures';
import { castBallot, type CastInput } from './cast';
import { createVote, openVote } from './votes';
import { closeVote } from './close';
import { checkIn, checkOut } from './attendance';
import { giveProxy } from './proxies';
import { namedBallots, voterList, votingCard } from './vote-status';
import { ballotReceipts, ballots } from './tables';
import { enterPaper } from './paper';
import { refusalCode } from '../test-support';

const code = refusalCode;

function openMotion(f: Fixture, extra: Partial<Parameters<typeof createVote>[2]> = {}) {
	const v = createVote(f.secretariat.user, f.item.id, { question: 'Adopter ?', method: 'yes_no_abstain', ...extra });
	openVote(f.secretariat.user, v.id);
	return v;
}

const input = (voteId: number, acting: Person, choice: unknown, over: Partial<CastInput> = {}): CastInput => ({
	voteId,
	actingMembershipId: acting.membershipId,
	representedMembershipId: acting.membershipId,
	choice,
	clientBallotId: cid(),
	...over
});

const ballotCount = (voteId: number) => db().select({ n: count() }).from(ballots).where(eq(ballots.voteId, voteId)).get()!.n;
const receiptCount = (voteId: number) => db().select({ n: count() }).from(ballotReceipts).where(eq(ballotReceipts.voteId, voteId)).get()!.n;

describe('who may cast', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('records a ballot of an entitled, checked-in member and announces the new count', () => {
		const f = plenaryFixture();
		const [a] = f.all;
		checkInAll(f.plenary.id, [a]);
		const v = openMotion(f);
		const i = input(v.id, a, ['yes']);
		const { result, events } = eventsDuring(() => castBallot(i));
		expect(result).toEqual({
			voteId: v.id,
			representedMembershipId: a.membershipId,
			clientBallotId: i.clientBallotId,
			status: 'recorded',
			revision: 1,
			castAt: expect.any(Number),
			receipt: expect.stringMatching(/^[0-9a-f]{12}$/)
		});
		expect(events).toEqual([{ type: 'vote.count', councilId: f.council.id, plenaryId: f.plenary.id, voteId: v.id }]);
	});

	it('refuses a member not checked in, a non-voter, a deactivated member, and a vote not open', () => {
		const f = plenaryFixture();
		const [a, b] = f.all;
		const draft = createVote(f.secretariat.user, f.item.id, { question: 'Brouillon', method: 'yes_no_abstain' });
		const v = openMotion(f);
		expect(code(() => castBallot(input(v.id, a, ['yes'])))).toBe('plenaries_error_not_checked_in');
		checkInAll(f.plenary.id, [a, b, f.observer, f.chair]);
		expect(code(() => castBallot(input(v.id, f.observer, ['yes'])))).toBe('plenaries_error_not_entitled');
		expect(code(() => castBallot(input(v.id, f.chair, ['yes'])))).toBe('plenaries_error_not_entitled'); // chair without the member role
		expect(code(() => castBallot(input(draft.id, a, ['yes'])))).toBe('plenaries_error_vote_not_open');
		db().update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, b.membershipId)).run();
		expect(code(() => castBallot(input(v.id, b, ['yes'])))).toBe('plenaries_error_not_entitled');
		checkOut(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId });
		expect(code(() => castBallot(input(v.id, a, ['yes'])))).toBe('plenaries_error_not_checked_in');
	});

	it('validates the choice against the method', () => {
		const f = plenaryFixture();
		const [a] = f.all;
		checkInAll(f.plenary.id, [a]);
		const motion = openMotion(f);
		expect(code(() => castBallot(input(motion.id, a, ['maybe'])))).toBe('plenaries_error_choice_unknown_option');
		expect(code(() => castBallot(input(motion.id, a, 'yes')))).toBe('plenaries_error_choice_invalid');
		expect(code(() => castBallot(input(motion.id, a, ['yes', 'no'])))).toBe('plenaries_error_choice_invalid');
		const multi = openMotion(f, { method: 'multiple', options: ['a', 'b', 'c'], minChoices: 2, maxChoices: 2 });
		expect(code(() => castBallot(input(multi.id, a, ['o1'])))).toBe('plenaries_error_choice_count');
		expect(code(() => castBallot(input(multi.id, a, ['o1', 'o1'])))).toBe('plenaries_error_choice_duplicate');
		expect(code(() => castBallot(input(multi.id, a, ['o1', 'o3'])))).toBe('ok');
		expect(code(() => castBallot(input(multi.id, a, ['yes'], { clientBallotId: 'x' })))).toBe('plenaries_error_client_ballot_id');
	});

	it('refuses a ballot for someone else without their proxy', () => {
		const f = plenaryFixture();
		const [a, b] = f.all;
		checkInAll(f.plenary.id, [a]);
		const v = openMotion(f);
		expect(code(() => castBallot(input(v.id, a, ['yes'], { representedMembershipId: b.membershipId })))).toBe('plenaries_error_no_proxy');
	});
});

describe('proxies at the ballot box', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('lets the holder cast the giver’s ballot, counted in the giver’s college and weight, acting member recorded', () => {
		const f = plenaryFixture({ perCollege: [1, 1, 0, 0] });
		const [[holder], [giver]] = f.members;
		db().update(memberships).set({ voteWeight: 3 }).where(eq(memberships.id, giver.membershipId)).run();
		giveProxy(giver.user, { plenaryId: f.plenary.id, giverMembershipId: giver.membershipId, holderMembershipId: holder.membershipId });
		checkInAll(f.plenary.id, [holder]);
		const v = openMotion(f, { base: 'cast' });
		castBallot(input(v.id, holder, ['yes']));
		castBallot(input(v.id, holder, ['no'], { representedMembershipId: giver.membershipId }));
		const row = db().select().from(ballots).where(eq(ballots.representedMembershipId, giver.membershipId)).get()!;
		expect(row).toMatchObject({ actingMembershipId: holder.membershipId, collegeId: giver.collegeId, weight: 3, choice: ['no'] });
		const card = votingCard(v.id, holder.user.id);
		expect(card.entries.map((e) => [e.self, e.voted, e.choice, e.canCast])).toEqual([
			[true, true, ['yes'], true],
			[false, true, ['no'], true]
		]);
		const result = closeVote(f.secretariat.user, v.id);
		expect(result.colleges.map((c) => [c.name, c.voted, c.options.map((o) => o.votes)])).toEqual([
			['A', 1, [1, 0]],
			['B', 1, [0, 1]],
			['C', 0, [0, 0]],
			['D', 0, [0, 0]]
		]);
		expect(result.quorum.counted).toBe(2); // the giver is represented
		// A 40 yes, B 20 no: 40 > 1/2 of 60
		expect(result.decision).toBe('adopted');
		expect(namedBallots(v.id).find((b) => b.membershipId === giver.membershipId)?.actingMembershipId).toBe(holder.membershipId);
	});

	it('gives the vote back to a giver who checks in: the holder is refused, the giver may change the ballot', () => {
		const f = plenaryFixture({ perCollege: [2, 0, 0, 0] });
		const [holder, giver] = f.all;
		giveProxy(giver.user, { plenaryId: f.plenary.id, giverMembershipId: giver.membershipId, holderMembershipId: holder.membershipId });
		checkInAll(f.plenary.id, [holder]);
		const v = openMotion(f);
		castBallot(input(v.id, holder, ['no'], { representedMembershipId: giver.membershipId }));
		checkIn(giver.user, { plenaryId: f.plenary.id, membershipId: giver.membershipId, mode: 'remote' });
		expect(code(() => castBallot(input(v.id, holder, ['abstain'], { representedMembershipId: giver.membershipId })))).toBe('plenaries_error_giver_present');
		expect(votingCard(v.id, holder.user.id).entries[1]).toMatchObject({ canCast: false, reason: 'plenaries_error_giver_present', voted: true });
		const later = new Date(Date.now() + 60_000);
		const ack = castBallot(input(v.id, giver, ['yes'], { now: later }));
		expect(ack).toMatchObject({ status: 'changed', revision: 2, castAt: later.getTime() });
		expect(db().select().from(ballots).where(eq(ballots.representedMembershipId, giver.membershipId)).get()).toEqual(
			expect.objectContaining({ actingMembershipId: giver.membershipId, choice: ['yes'], revision: 2, castAt: later, collegeId: giver.collegeId, weight: 1 })
		);
		expect(db().$client.prepare('select choice, cast_at from ballots where represented_membership_id = ?').get(giver.membershipId)).toEqual({ choice: '["yes"]', cast_at: later.getTime() });
		expect(ballotCount(v.id)).toBe(1);
	});

	it('lets the holder act only while present', () => {
		const f = plenaryFixture({ perCollege: [2, 0, 0, 0] });
		const [holder, giver] = f.all;
		giveProxy(giver.user, { plenaryId: f.plenary.id, giverMembershipId: giver.membershipId, holderMembershipId: holder.membershipId });
		const v = openMotion(f);
		expect(code(() => castBallot(input(v.id, holder, ['no'], { representedMembershipId: giver.membershipId })))).toBe('plenaries_error_not_checked_in');
	});

	it('refuses a ballot for a member who voted on paper', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [2, 0, 0, 0] });
		const [holder, giver] = f.all;
		giveProxy(giver.user, { plenaryId: f.plenary.id, giverMembershipId: giver.membershipId, holderMembershipId: holder.membershipId });
		checkInAll(f.plenary.id, [holder]);
		const v = openMotion(f);
		enterPaper(f.secretariat.user, v.id, { voters: [giver.membershipId], groups: [{ collegeId: null, counts: { yes: 1 } }] });
		expect(code(() => castBallot(input(v.id, holder, ['no'], { representedMembershipId: giver.membershipId })))).toBe('plenaries_error_voted_on_paper');
		expect(votingCard(v.id, holder.user.id).entries[1]).toMatchObject({ onPaper: true, canCast: false });
	});
});

describe('idempotency and concurrency', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('answers a retry with the same acknowledgement and never counts twice', () => {
		const f = plenaryFixture();
		const [a] = f.all;
		checkInAll(f.plenary.id, [a]);
		const v = openMotion(f);
		const i = input(v.id, a, ['yes']);
		// a retry answers the same acknowledgement without the receipt code, which is never stored (for a secret vote it
		// would tie the member to their log entry)
		const first = { ...castBallot(i), receipt: null };
		const retry = eventsDuring(() => castBallot({ ...i, now: new Date(Date.now() + 5000) }));
		expect(retry.result).toEqual(first);
		expect(retry.events).toEqual([]);
		expect([ballotCount(v.id), receiptCount(v.id)]).toEqual([1, 1]);
		// a retry that arrives after close still gets its acknowledgement
		closeVote(f.secretariat.user, v.id);
		expect(castBallot(i)).toEqual(first);
	});

	it('gives ONE ballot for 20 concurrent casts of the same ballot', async () => {
		const f = plenaryFixture();
		const [a] = f.all;
		checkInAll(f.plenary.id, [a]);
		const v = openMotion(f);
		const i = input(v.id, a, ['yes']);
		const acks = await Promise.all(Array.from({ length: 20 }, () => Promise.resolve().then(() => castBallot(i))));
		expect(new Set(acks.map((x) => JSON.stringify({ ...x, receipt: null }))).size).toBe(1);
		expect(acks.filter((x) => x.receipt !== null)).toHaveLength(1);
		expect([ballotCount(v.id), receiptCount(v.id)]).toEqual([1, 1]);
	});

	it('keeps one ballot per represented member when 20 different casts race: the last one stands', async () => {
		const f = plenaryFixture();
		const [a] = f.all;
		checkInAll(f.plenary.id, [a]);
		const v = openMotion(f);
		const choices = ['yes', 'no', 'abstain'];
		const acks = await Promise.all(Array.from({ length: 20 }, (_, n) => Promise.resolve().then(() => castBallot(input(v.id, a, [choices[n % 3]])))));
		expect(acks.map((x) => x.revision).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
		expect(ballotCount(v.id)).toBe(1);
		expect(receiptCount(v.id)).toBe(20);
		const last = acks.find((x) => x.revision === 20)!;
		expect(db().select().from(ballots).where(eq(ballots.voteId, v.id)).get()).toMatchObject({ revision: 20, clientBallotId: last.clientBallotId });
	});

	it('ignores a stale retry of an earlier cast after the ballot was changed', () => {
		const f = plenaryFixture();
		const [a] = f.all;
		checkInAll(f.plenary.id, [a]);
		const v = openMotion(f);
		const firstInput = input(v.id, a, ['no']);
		const first = { ...castBallot(firstInput), receipt: null };
		const second = castBallot(input(v.id, a, ['yes']));
		expect(second).toMatchObject({ status: 'changed', revision: 2 });
		expect(castBallot(firstInput)).toEqual(first);
		expect(db().select().from(ballots).where(eq(ballots.voteId, v.id)).get()?.choice).toEqual(['yes']);
	});

	it('refuses a client ballot id reused for another member', () => {
		const f = plenaryFixture();
		const [a, b] = f.all;
		checkInAll(f.plenary.id, [a, b]);
		const v = openMotion(f);
		const i = input(v.id, a, ['yes']);
		castBallot(i);
		expect(code(() => castBallot(input(v.id, b, ['yes'], { clientBallotId: i.clientBallotId })))).toBe('plenaries_error_client_ballot_id');
	});

	it('enforces one ballot per (vote, represented member) and one per client ballot id in the schema itself', () => {
		const f = plenaryFixture();
		const [a, b] = f.all;
		checkInAll(f.plenary.id, [a]);
		const v = openMotion(f);
		castBallot(input(v.id, a, ['yes'], { clientBallotId: 'client-0001' }));
		const row = { voteId: v.id, actingMembershipId: a.membershipId, collegeId: a.collegeId, weight: 1, choice: ['no'], revision: 1, castAt: new Date() };
		expect(() =>
			db()
				.insert(ballots)
				.values({ ...row, representedMembershipId: a.membershipId, clientBallotId: 'client-0002' })
				.run()
		).toThrow(/UNIQUE/);
		expect(() =>
			db()
				.insert(ballots)
				.values({ ...row, representedMembershipId: b.membershipId, clientBallotId: 'client-0001' })
				.run()
		).toThrow(/UNIQUE/);
	});
});

describe('what screens see while a vote runs', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('lists who has and has not voted, without choices, and gives the roll call only after close', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [3, 0, 0, 0] });
		const [a, b, c] = f.all;
		checkInAll(f.plenary.id, [a, b]);
		const v = openMotion(f);
		castBallot(input(v.id, a, ['yes']));
		const list = voterList(v.id);
		const entry = (p: Person) => list.find((e) => e.membershipId === p.membershipId);
		expect(list).toHaveLength(3);
		expect(entry(a)).toMatchObject({ voted: true, present: true, channel: 'online', actingMembershipId: a.membershipId });
		expect(entry(b)).toMatchObject({ voted: false, present: true, channel: null });
		expect(entry(c)).toMatchObject({ voted: false, present: false, channel: null });
		expect(Object.keys(list[0]).sort()).toEqual(['actingMembershipId', 'channel', 'collegeId', 'membershipId', 'name', 'present', 'voted']);
		expect(code(() => namedBallots(v.id))).toBe('plenaries_error_vote_not_closed');
		const card = votingCard(v.id, c.user.id);
		expect(card).toMatchObject({ membershipId: c.membershipId, checkedIn: false, entries: [{ self: true, voted: false, canCast: false, reason: 'plenaries_error_not_checked_in' }] });
		expect(votingCard(v.id, f.secretariat.user.id).entries).toEqual([]);
		closeVote(f.secretariat.user, v.id);
		expect(namedBallots(v.id).map((x) => [x.membershipId, x.choice])).toEqual([[a.membershipId, ['yes']]]);
		expect(votingCard(v.id, a.user.id).entries[0]).toMatchObject({ voted: true, choice: ['yes'], canCast: false, reason: 'plenaries_error_vote_not_open' });
	});
});
