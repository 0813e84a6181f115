import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { auditLog } from '../audit/tables';
import { auditActions, checkInAll, cid, eventsDuring, person, plenaryFixture, type Person } from './test-fixtures';
import { createVote, deleteVote, getVote, listVotes, openVote, publishVote, updateVote } from './votes';
import { closeExpiredVotes, closeVote, closedTallyInput } from './close';
import { castBallot } from './cast';
import { enterPaper, getPaper } from './paper';
import { liveCount, voterList } from './vote-status';
import { memberships } from '../councils/tables';
import { setPlenaryState } from './plenaries';
import { ballots, votes } from './tables';
import type { PaperInput } from './tally-types';
import { refusalCode } from '../test-support';

const code = refusalCode;
const frac = (num: number, den: number) => ({ num, den, value: num / den });

function cast(voteId: number, p: Person, choice: string[], extra: { representedMembershipId?: number; now?: Date } = {}) {
	return castBallot({ voteId, actingMembershipId: p.membershipId, representedMembershipId: extra.representedMembershipId ?? p.membershipId, choice, clientBallotId: cid(), now: extra.now });
}

describe('vote drafts and rules', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('takes the council’s rules by default and numbers the options', () => {
		const f = plenaryFixture({ council: { quorumKind: 'share', quorumValue: 25 } });
		const motion = createVote(f.secretariat.user, f.item.id, { question: ' Adopter les orientations ? ', method: 'yes_no_abstain' });
		expect(motion).toMatchObject({
			question: 'Adopter les orientations ?',
			state: 'draft',
			weighting: 'college',
			majority: 'absolute',
			majorityBase: 'cast_abstain',
			quorumKind: 'share',
			quorumValue: 25,
			secrecy: 'named',
			minChoices: 1,
			maxChoices: 1,
			result: null
		});
		expect(motion.options.map((o) => o.id)).toEqual(['yes', 'no', 'abstain']);
		const themes = createVote(f.secretariat.user, f.item.id, {
			question: 'Thèmes annuels',
			method: 'ranked',
			options: ['Économie circulaire', 'QPV', 'Emploi'],
			winners: 2,
			weighting: 'none',
			secrecy: 'secret'
		});
		expect(themes).toMatchObject({ minChoices: 1, maxChoices: 3, winners: 2, weighting: 'none', secrecy: 'secret' });
		expect(themes.options).toEqual([
			{ id: 'o1', label: 'Économie circulaire' },
			{ id: 'o2', label: 'QPV' },
			{ id: 'o3', label: 'Emploi' }
		]);
		expect(listVotes(f.plenary.id).map((v) => v.id)).toEqual([motion.id, themes.id]);
		expect(auditActions(f.council.id)[0]).toBe('vote.create');
	});

	it('refuses rules a tally could not honour', () => {
		const f = plenaryFixture();
		const mk = (input: Partial<Parameters<typeof createVote>[2]>) => () => createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'single', options: ['a', 'b', 'c'], ...input });
		expect(code(mk({ options: ['seule'] }))).toBe('plenaries_error_options_too_few');
		expect(code(mk({ options: ['a', ' '] }))).toBe('plenaries_error_options_invalid');
		expect(code(mk({ method: 'multiple', minChoices: 3, maxChoices: 2 }))).toBe('plenaries_error_min_max');
		expect(code(mk({ method: 'multiple', maxChoices: 4 }))).toBe('plenaries_error_min_max');
		expect(code(mk({ winners: 4 }))).toBe('plenaries_error_winners');
		expect(code(mk({ question: ' ' }))).toBe('plenaries_error_question_required');
		expect(code(mk({ majority: 'unanimity' as never }))).toBe('plenaries_error_rule');
		expect(code(mk({ quorumKind: 'share', quorumValue: 120 }))).toBe('plenaries_error_quorum_value');
		// a yes/no/abstain vote has no options to check, but its quorum is checked all the same
		expect(code(mk({ method: 'yes_no_abstain', quorumKind: 'share', quorumValue: 150 }))).toBe('plenaries_error_quorum_value');
		expect(code(mk({ method: 'yes_no_abstain', quorumKind: 'count', quorumValue: -1 }))).toBe('plenaries_error_quorum_value');
		// options a voter could not tell apart, or too many to rank on one screen (and to send in one ballot)
		expect(code(mk({ options: ['Oui', 'Non', ' oui '] }))).toBe('votes_error_options_same_label');
		expect(code(mk({ method: 'ranked', options: Array.from({ length: 101 }, (_, i) => `Option ${i + 1}`) }))).toBe('votes_error_options_too_many');
		expect(code(mk({ method: 'ranked', options: Array.from({ length: 100 }, (_, i) => `Option ${i + 1}`), winners: 3 }))).toBe('ok');
		expect(code(mk({}))).toBe('ok');
	});

	it('edits and deletes drafts only', () => {
		const f = plenaryFixture();
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'single', options: ['a', 'b'] });
		const edited = updateVote(f.secretariat.user, v.id, { method: 'multiple', options: ['a', 'b', 'c'], maxChoices: 2, winners: 2 });
		expect(edited).toMatchObject({ method: 'multiple', maxChoices: 2, winners: 2, question: 'Q' });
		expect(code(() => updateVote(f.all[0].user, v.id, { question: 'R' }))).toBe('plenaries_error_forbidden');
		openVote(f.secretariat.user, v.id);
		expect(code(() => updateVote(f.secretariat.user, v.id, { question: 'R' }))).toBe('plenaries_error_vote_not_draft');
		expect(code(() => deleteVote(f.secretariat.user, v.id))).toBe('plenaries_error_vote_not_draft');
		const w = createVote(f.secretariat.user, f.item.id, { question: 'W', method: 'yes_no_abstain' });
		deleteVote(f.secretariat.user, w.id);
		expect(getVote(w.id)).toBeNull();
	});

	it('lets only the secretariat (or a platform admin) open and close, and only while the plenary is open', () => {
		const f = plenaryFixture({ state: 'convened' });
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain' });
		expect(code(() => openVote(f.secretariat.user, v.id))).toBe('plenaries_error_plenary_not_open');
		setPlenaryState(f.secretariat.user, f.plenary.id, 'open');
		for (const p of [f.all[0], f.chair, f.observer]) expect(code(() => openVote(p.user, v.id))).toBe('plenaries_error_forbidden');
		const { result, events } = eventsDuring(() => openVote(f.secretariat.user, v.id));
		expect(result.state).toBe('open');
		expect(events).toEqual([{ type: 'vote.opened', councilId: f.council.id, plenaryId: f.plenary.id, voteId: v.id, closesAt: null }]);
		expect(code(() => openVote(f.secretariat.user, v.id))).toBe('plenaries_error_vote_not_draft');
		for (const p of [f.all[0], f.chair, f.observer]) expect(code(() => closeVote(p.user, v.id))).toBe('plenaries_error_forbidden');
		expect(code(() => publishVote(f.secretariat.user, v.id))).toBe('plenaries_error_vote_not_closed');
		closeVote(f.secretariat.user, v.id);
		expect(code(() => closeVote(f.secretariat.user, v.id))).toBe('plenaries_error_vote_not_open');
	});
});

describe('close, result and publication', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('holds the worked example of docs/domain.md end to end: 58/85, adopted', () => {
		const f = plenaryFixture({ perCollege: [10, 4, 5, 3] });
		const [A, B, C] = f.members;
		checkInAll(f.plenary.id, [...A, ...B, ...C]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Adopter les orientations 2026 ?', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, v.id);
		A.forEach((p, i) => cast(v.id, p, [i < 7 ? 'yes' : i < 9 ? 'no' : 'abstain']));
		B.forEach((p, i) => cast(v.id, p, [i < 1 ? 'yes' : 'no']));
		C.forEach((p) => cast(v.id, p, ['yes']));
		expect(liveCount(v.id)).toMatchObject({ entitled: 22, cast: 19, online: 19, paper: 0 });
		expect(liveCount(v.id).byCollege.map((c) => [c.name, c.entitled, c.cast])).toEqual([
			['A', 10, 10],
			['B', 4, 4],
			['C', 5, 5],
			['D', 3, 0]
		]);
		const { result, events } = eventsDuring(() => closeVote(f.secretariat.user, v.id));
		expect(events).toEqual([{ type: 'vote.closed', councilId: f.council.id, plenaryId: f.plenary.id, voteId: v.id, decision: 'adopted' }]);
		expect(result.options[0]).toMatchObject({ id: 'yes', votes: 13, share: frac(13, 19), weightedShare: frac(58, 85) });
		expect(result.colleges.map((c) => [c.name, c.included])).toEqual([
			['A', true],
			['B', true],
			['C', true],
			['D', false]
		]);
		expect(result.decision).toBe('adopted');
		const stored = getVote(v.id)!;
		expect(stored).toMatchObject({ state: 'closed', result });
		expect(stored.closedAt).toBeInstanceOf(Date);
		const input = closedTallyInput(v.id)!;
		expect(input.ballots).toHaveLength(19);
		expect(input.members).toHaveLength(22);
		expect(code(() => cast(v.id, A[0], ['no']))).toBe('plenaries_error_vote_not_open');
		const published = eventsDuring(() => publishVote(f.secretariat.user, v.id));
		expect(published.result.state).toBe('published');
		expect(published.events).toEqual([{ type: 'vote.published', councilId: f.council.id, plenaryId: f.plenary.id, voteId: v.id, agendaItemId: f.item.id, decision: 'adopted', winners: [] }]);
		expect(auditActions(f.council.id).slice(0, 3)).toEqual(['vote.publish', 'vote.close', 'vote.open']);
	});

	it('records a vote below quorum as invalid, with the numbers', () => {
		const f = plenaryFixture({ council: { quorumKind: 'share', quorumValue: 50, weighting: 'none' } });
		const [a, b, c] = f.all; // 8 entitled, 4 needed
		checkInAll(f.plenary.id, [a, b, c]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, v.id);
		for (const p of [a, b, c]) cast(v.id, p, ['yes']);
		const result = closeVote(f.secretariat.user, v.id);
		expect(result.decision).toBe('invalid_quorum');
		expect(result.quorum).toEqual({ kind: 'share', value: 50, entitled: 8, counted: 3, required: 4, reached: false });
		const audit = db().select().from(auditLog).where(eq(auditLog.action, 'vote.close')).get();
		expect(audit?.details).toMatchObject({ decision: 'invalid_quorum', quorumReached: false, ballots: 3, auto: false });
	});

	it('closes a ranked vote with the injected lot and stores the draw with the result', () => {
		const f = plenaryFixture({ council: { weighting: 'none' } });
		const [a, b, c] = f.all;
		checkInAll(f.plenary.id, [a, b, c]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Thèmes', method: 'ranked', options: ['Alimentation', 'Habitat', 'Numérique'], winners: 1 });
		openVote(f.secretariat.user, v.id);
		cast(v.id, a, ['o1', 'o2']);
		cast(v.id, b, ['o2', 'o1']);
		cast(v.id, c, ['o3']);
		const result = closeVote(f.secretariat.user, v.id, { random: () => 0 });
		expect(result.draws).toEqual([{ tied: ['o1', 'o2'], order: ['o2', 'o1'] }]);
		expect(result.winners).toEqual(['o2']);
		expect(getVote(v.id)!.result!.draws).toEqual(result.draws);
	});

	it('refuses ballots after the timer and closes expired votes', () => {
		const f = plenaryFixture();
		const [a, b] = f.all;
		checkInAll(f.plenary.id, [a, b]);
		const t0 = new Date('2026-04-02T19:00:00Z');
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain' });
		expect(code(() => openVote(f.secretariat.user, v.id, { durationSeconds: 0 }))).toBe('plenaries_error_duration');
		const opened = eventsDuring(() => openVote(f.secretariat.user, v.id, { durationSeconds: 90, now: t0 }));
		expect(opened.result.closesAt?.getTime()).toBe(t0.getTime() + 90_000);
		expect(opened.events[0]).toMatchObject({ type: 'vote.opened', closesAt: t0.getTime() + 90_000 });
		cast(v.id, a, ['yes'], { now: new Date(t0.getTime() + 90_000) });
		expect(code(() => cast(v.id, b, ['yes'], { now: new Date(t0.getTime() + 90_001) }))).toBe('plenaries_error_vote_not_open');
		expect(closeExpiredVotes(new Date(t0.getTime() + 89_000))).toEqual([]);
		const { result, events } = eventsDuring(() => closeExpiredVotes(new Date(t0.getTime() + 91_000)));
		expect(result).toEqual([v.id]);
		expect(events).toEqual([{ type: 'vote.closed', councilId: f.council.id, plenaryId: f.plenary.id, voteId: v.id, decision: 'adopted' }]);
		expect(db().select({ actor: auditLog.actorId, details: auditLog.details }).from(auditLog).where(eq(auditLog.action, 'vote.close')).get()).toMatchObject({
			actor: null,
			details: { auto: true }
		});
		expect(db().select({ state: votes.state }).from(votes).where(eq(votes.id, v.id)).get()?.state).toBe('closed');
	});
});

describe('live counts', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('counts the same entitled members as the rest of the services, for a secret vote too', () => {
		const f = plenaryFixture({ perCollege: [2, 1, 0, 0] });
		const [[a1, a2], [b1]] = f.members;
		const noCollege = person(f.council.id, null, ['member']);
		const both = person(f.council.id, f.colleges[1].id, ['chair', 'member']);
		const gone = person(f.council.id, f.colleges[0].id, ['member']);
		db().update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, gone.membershipId)).run();
		checkInAll(f.plenary.id, [a1, b1, both]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain', secrecy: 'secret', confirmSmallGroups: true });
		openVote(f.secretariat.user, v.id, { confirmSmallGroups: true });
		cast(v.id, a1, ['yes']);
		cast(v.id, both, ['no']);
		enterPaper(f.secretariat.user, v.id, { voters: [a2.membershipId], groups: [{ collegeId: f.colleges[0].id, counts: { yes: 1 } }] });
		// college weighting: the member without a college is not entitled; observers, chairs without the member role
		// and deactivated members neither
		expect(liveCount(v.id)).toEqual({
			voteId: v.id,
			state: 'open',
			entitled: 4,
			cast: 3,
			online: 2,
			paper: 1,
			byCollege: [
				{ collegeId: f.colleges[0].id, name: 'A', entitled: 2, cast: 2 },
				{ collegeId: f.colleges[1].id, name: 'B', entitled: 2, cast: 1 },
				{ collegeId: f.colleges[2].id, name: 'C', entitled: 0, cast: 0 },
				{ collegeId: f.colleges[3].id, name: 'D', entitled: 0, cast: 0 }
			]
		});
		expect(
			voterList(v.id)
				.map((e) => e.membershipId)
				.sort()
		).toEqual([a1, a2, b1, both].map((p) => p.membershipId).sort());
		expect(closeVote(f.secretariat.user, v.id).quorum.entitled).toBe(4);
		void noCollege;
	});
});

describe('paper ballots', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('adds paper counts per college to online ballots; paper voters cannot vote online', () => {
		const f = plenaryFixture({ perCollege: [3, 2, 0, 0] });
		const [[a1, a2, a3], [b1, b2]] = f.members;
		checkInAll(f.plenary.id, [a1, a2, a3, b1, b2]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain', base: 'cast' });
		openVote(f.secretariat.user, v.id);
		cast(v.id, a1, ['yes']);
		cast(v.id, b1, ['no']);
		const paper: PaperInput = {
			voters: [a2.membershipId, a3.membershipId, b2.membershipId],
			groups: [
				{ collegeId: f.colleges[0].id, counts: { yes: 1, no: 1 } },
				{ collegeId: f.colleges[1].id, counts: { yes: 1 } }
			]
		};
		expect(code(() => enterPaper(f.all[0].user, v.id, paper))).toBe('plenaries_error_forbidden');
		expect(code(() => enterPaper(f.secretariat.user, v.id, { ...paper, voters: [...paper.voters, a1.membershipId] }))).toBe('plenaries_error_paper_voter_voted_online');
		expect(code(() => enterPaper(f.secretariat.user, v.id, { ...paper, voters: [...paper.voters, f.observer.membershipId] }))).toBe('plenaries_error_paper_voter_not_entitled');
		expect(code(() => enterPaper(f.secretariat.user, v.id, { ...paper, groups: [{ collegeId: f.colleges[0].id, counts: { yes: 3 } }] }))).toBe('plenaries_error_paper_group_mismatch');
		const { events } = eventsDuring(() => enterPaper(f.secretariat.user, v.id, paper));
		// the paper voters are named so that their own voting screens learn they voted on paper
		expect(events).toEqual([{ type: 'vote.count', councilId: f.council.id, plenaryId: f.plenary.id, voteId: v.id, paperMembershipIds: expect.arrayContaining(paper.voters) }]);
		expect(getPaper(v.id)).toMatchObject({ voters: paper.voters, groups: paper.groups, enteredBy: f.secretariat.user.id });
		expect(code(() => cast(v.id, a2, ['no']))).toBe('plenaries_error_voted_on_paper');
		expect(liveCount(v.id)).toMatchObject({ cast: 5, online: 2, paper: 3 });
		const result = closeVote(f.secretariat.user, v.id);
		expect(result.options.map((o) => [o.id, o.online, o.paper])).toEqual([
			['yes', 1, 2],
			['no', 1, 1]
		]);
		// A: yes 2/3, no 1/3; B: yes 1/2, no 1/2 → yes = 40·2/3 + 20·1/2 = 110/3 of 60
		expect(result.options[0].weightedShare).toEqual(frac(11, 18));
		expect(result.decision).toBe('adopted');
		expect(auditActions(f.council.id)).toContain('vote.paper');
		expect(code(() => enterPaper(f.secretariat.user, v.id, paper))).toBe('plenaries_error_vote_not_open');
	});

	it('still closes when a paper voter changed college and a ballot lost its college after entry', () => {
		const f = plenaryFixture({ perCollege: [2, 1, 0, 0] });
		const [[a1, a2], [b1]] = f.members;
		checkInAll(f.plenary.id, [a1, b1]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain', base: 'cast' });
		openVote(f.secretariat.user, v.id);
		cast(v.id, a1, ['yes']);
		cast(v.id, b1, ['no']);
		enterPaper(f.secretariat.user, v.id, { voters: [a2.membershipId], groups: [{ collegeId: f.colleges[0].id, counts: { yes: 1 } }] });
		db().update(memberships).set({ collegeId: f.colleges[2].id }).where(eq(memberships.id, a2.membershipId)).run();
		db().update(ballots).set({ collegeId: null }).where(eq(ballots.representedMembershipId, b1.membershipId)).run();
		const result = closeVote(f.secretariat.user, v.id);
		expect(result.colleges.find((c) => c.collegeId === null)).toMatchObject({ voted: 1, included: false });
		expect(result.options[0].weightedShare).toEqual(frac(1, 1)); // only A counts: 2 yes of 2
		expect(result.decision).toBe('adopted');
	});

	it('replaces an earlier entry when corrected', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [3, 0, 0, 0] });
		const [a, b, c] = f.all;
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'single', options: ['x', 'y'], majority: 'simple' });
		openVote(f.secretariat.user, v.id);
		enterPaper(f.secretariat.user, v.id, { voters: [a.membershipId, b.membershipId], groups: [{ collegeId: null, counts: { o1: 2 } }] });
		enterPaper(f.secretariat.user, v.id, { voters: [c.membershipId], groups: [{ collegeId: null, counts: { o2: 1 } }] });
		expect(getPaper(v.id)?.voters).toEqual([c.membershipId]);
		checkInAll(f.plenary.id, [a]);
		cast(v.id, a, ['o1']); // no longer a paper voter
		const result = closeVote(f.secretariat.user, v.id);
		expect(result.options.map((o) => o.votes)).toEqual([1, 1]);
		expect(result.decision).toBe('tie');
	});
});
