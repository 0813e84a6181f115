// Issue #11 §2 and §4 on the database: what a secret ballot stores, the vote log and receipts, small groups masked
// in every shown result, results of closed votes kept for the secretariat until published, and the tally file.
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { memberships } from '../councils/tables';
import { checkInAll, cid, plenaryFixture, type Fixture, type Person } from './test-fixtures';
import { castBallot } from './cast';
import { createVote, getVote, openVote, publishVote } from './votes';
import { closeVote } from './close';
import { resultCsv } from './exports';
import { forReader, resultVisible } from './secret-view';
import { chainHead, findReceipt, readLog } from './vote-log';
import { tallyFileOf } from './tally-file.server';
import { verifyTallyFile } from '../../tally/verify';
import { chainProblems } from '../../tally/vote-log';
import { secretBallots, votes } from './tables';

const cast = (voteId: number, p: Person, choice: string[]) => castBallot({ voteId, actingMembershipId: p.membershipId, representedMembershipId: p.membershipId, choice, clientBallotId: cid() });

function secretMotion(f: Fixture, weighting: 'none' | 'member' | 'college') {
	const v = createVote(f.secretariat.user, f.item.id, {
		question: 'Budget participatif',
		method: 'yes_no_abstain',
		secrecy: 'secret',
		weighting,
		majority: 'simple',
		base: 'cast',
		confirmSmallGroups: true
	});
	openVote(f.secretariat.user, v.id, { confirmSmallGroups: true });
	return v;
}

const rowsOf = (voteId: number) => db().$client.prepare('select * from secret_ballots where vote_id = ? order by id').all(voteId) as Record<string, unknown>[];

describe('what a secret ballot stores', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('an unweighted secret vote of 30 ballots: no column but the (random) id and the choice differs between rows', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [12, 8, 6, 4] });
		// varied weights in the council: still not stored when the vote does not weigh members
		db().update(memberships).set({ voteWeight: 3 }).where(eq(memberships.id, f.all[0].membershipId)).run();
		checkInAll(f.plenary.id, f.all);
		const v = secretMotion(f, 'none');
		const choices = ['yes', 'no', 'abstain'];
		f.all.forEach((p, i) => cast(v.id, p, [choices[i % 3]]));
		const rows = rowsOf(v.id);
		expect(rows).toHaveLength(30);
		const columns = Object.keys(rows[0]);
		expect(columns.sort()).toEqual(['choice', 'college_id', 'id', 'ticket_hash', 'vote_id', 'weight']);
		const varying = columns.filter((c) => new Set(rows.map((r) => JSON.stringify(r[c]))).size > 1);
		expect(varying.sort()).toEqual(['choice', 'id']);
		expect(rows[0]).toMatchObject({ college_id: null, weight: 1, ticket_hash: null });
		// the ids are random, not in cast order
		const order = rows.map((r) => choices.indexOf(JSON.parse(r.choice as string)[0]));
		expect(order.join()).not.toBe(f.all.map((_, i) => i % 3).join());
	});

	it('keeps the college only when the vote weighs colleges, the weight only when it weighs members', () => {
		const f = plenaryFixture({ perCollege: [2, 2, 0, 0] });
		db().update(memberships).set({ voteWeight: 2 }).where(eq(memberships.id, f.all[0].membershipId)).run();
		checkInAll(f.plenary.id, f.all);
		const byCollege = secretMotion(f, 'college');
		const byMember = secretMotion(f, 'member');
		for (const p of f.all) {
			cast(byCollege.id, p, ['yes']);
			cast(byMember.id, p, ['yes']);
		}
		expect(new Set(rowsOf(byCollege.id).map((r) => r.college_id))).toEqual(new Set(f.colleges.slice(0, 2).map((c) => c.id)));
		expect(rowsOf(byCollege.id).every((r) => r.weight === 1)).toBe(true);
		expect(rowsOf(byMember.id).every((r) => r.college_id === null)).toBe(true);
		expect(
			rowsOf(byMember.id)
				.map((r) => r.weight)
				.sort()
		).toEqual([1, 1, 1, 2]);
	});
});

describe('the vote log and receipts', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('chains open, casts, changes and close; secret entries carry ballot ids and choices, no member and no time', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [3, 0, 0, 0] });
		checkInAll(f.plenary.id, f.all);
		const v = secretMotion(f, 'none');
		const acks = f.all.map((p) => cast(v.id, p, ['yes']));
		closeVote(f.secretariat.user, v.id);
		const log = readLog(v.id);
		expect(log.map((e) => e.kind)).toEqual(['open', 'cast', 'cast', 'cast', 'seal', 'seal', 'seal', 'receipts', 'close']);
		expect(chainProblems(log)).toEqual([]);
		expect(chainHead(v.id)).toBe(log.at(-1)!.hash);
		const memberIds = new Set(f.all.flatMap((p) => [p.membershipId, p.user.id]));
		const ballotIds = new Set(
			db()
				.select({ id: secretBallots.id })
				.from(secretBallots)
				.where(eq(secretBallots.voteId, v.id))
				.all()
				.map((r) => r.id)
		);
		// while the vote is open the log says only THAT a ballot was cast: no ballot, no choice, no time
		for (const e of log.filter((e) => e.kind === 'cast')) {
			expect(e.data).toEqual({});
			expect(e.at).toBeNull();
		}
		// at close, each final ballot is sealed (ballot id and choice, no member, no time), then the receipts
		for (const e of log.filter((e) => e.kind === 'seal')) {
			expect(Object.keys(e.data).sort()).toEqual(['ballot', 'choice']);
			expect(ballotIds.has(e.data.ballot as number)).toBe(true);
			expect(memberIds.has(e.data.ballot as number)).toBe(false);
			expect(e.at).toBeNull();
		}
		const codes = log.find((e) => e.kind === 'receipts')!.data.codes as string[];
		expect(codes).toEqual(acks.map((a) => a.receipt!).sort());
		// every receipt is found in the log and counted; it points at the list, not at a ballot
		for (const a of acks) expect(findReceipt(log, a.receipt!)).toEqual({ seq: 8, counted: true });
		expect(findReceipt(log, 'ffffffffffff')).toBeNull();
	});

	it('a secret vote of 30 ballots keeps no trace of the order of casting: sealed in a random order, receipts sorted and apart', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [10, 10, 10, 0] });
		checkInAll(f.plenary.id, f.all);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Lieu', method: 'single', options: f.all.map((_, i) => `Lieu ${i}`), secrecy: 'secret', confirmSmallGroups: true });
		openVote(f.secretariat.user, v.id, { confirmSmallGroups: true });
		const options = getVote(v.id)!.options;
		// member i chooses option i: the order of casting is the order of the options
		const acks = f.all.map((p, i) => cast(v.id, p, [options[i].id]));
		expect(acks).toHaveLength(30);
		closeVote(f.secretariat.user, v.id);
		const log = readLog(v.id);
		const sealedOrder = log.filter((e) => e.kind === 'seal').map((e) => options.findIndex((o) => o.id === (e.data.choice as string[])[0]));
		expect(sealedOrder.sort((a, b) => a - b)).toEqual([...Array(30).keys()]);
		const unsorted = log.filter((e) => e.kind === 'seal').map((e) => options.findIndex((o) => o.id === (e.data.choice as string[])[0]));
		expect(unsorted).not.toEqual([...Array(30).keys()]); // 1 chance in 30! of failing
		// stored rows: the receipts table holds random ids and codes only, in an order unrelated to casting
		const receipts = db().$client.prepare('select * from secret_receipts where vote_id = ? order by rowid').all(v.id) as { id: number; code: string }[];
		expect(Object.keys(receipts[0]).sort()).toEqual(['code', 'id', 'vote_id']);
		const castOrder = acks.map((a) => a.receipt);
		expect(receipts.map((r) => r.code)).not.toEqual(castOrder);
		expect(receipts.every((r) => r.id >= 2 ** 47)).toBe(true);
		// and the tally file verifies
		publishVote(f.secretariat.user, v.id);
		expect(verifyTallyFile(tallyFileOf(v.id)!).ok).toBe(true);
	});

	it("a named vote logs the member, college, weight and proxy holder; a changed ballot's first receipt is no longer the one counted", () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [2, 0, 0, 0] });
		checkInAll(f.plenary.id, f.all);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, v.id);
		const first = cast(v.id, f.all[0], ['no']);
		const second = cast(v.id, f.all[0], ['yes']);
		const log = readLog(v.id);
		expect(log[1]).toMatchObject({ kind: 'cast', data: { member: f.all[0].membershipId, college: f.all[0].collegeId, weight: 1, proxyHolder: null, choice: ['no'] } });
		expect(log[2]).toMatchObject({ kind: 'change', data: { choice: ['yes'] } });
		expect(findReceipt(log, first.receipt!)).toEqual({ seq: 2, counted: false });
		expect(findReceipt(log, second.receipt!)).toEqual({ seq: 3, counted: true });
	});
});

describe('small groups of a secret vote', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('masks a 1-person college (and the next smallest) everywhere, keeps the tally exact, shows weights and that they took part', () => {
		const f = plenaryFixture({ perCollege: [6, 5, 1, 0], council: { secretMinGroup: 5 } });
		checkInAll(f.plenary.id, f.all);
		const v = secretMotion(f, 'college');
		f.all.forEach((p, i) => cast(v.id, p, [i % 4 === 0 ? 'no' : 'yes']));
		const exact = closeVote(f.secretariat.user, v.id);
		const [a, b, c] = f.colleges;
		expect(exact.colleges.find((x) => x.collegeId === c.id)).toMatchObject({ voted: 1 });
		const shown = getVote(v.id)!.result!;
		// C (1 voter) is masked, and B (5, the smallest other) with it so that C cannot be deduced from the total
		expect(shown.colleges.filter((x) => x.entitled > 0).map((x) => x.collegeId)).toEqual([a.id]);
		expect(shown.masking!.colleges.map((x) => [x.collegeId, x.weight, x.voted, x.included])).toEqual([
			[b.id, 20, 5, true],
			[c.id, 25, 1, true]
		]);
		expect(JSON.stringify(shown.masking)).not.toMatch(/"options"|"share"/);
		// totals and decision stay exact
		expect(shown.options).toEqual(exact.options);
		expect(shown.decision).toBe(exact.decision);
		// the stored result stays exact for the tally
		expect(db().select({ r: votes.result }).from(votes).where(eq(votes.id, v.id)).get()!.r!.colleges).toHaveLength(exact.colleges.length);
		// exports: the masked colleges come without choices
		const csv = resultCsv({ options: getVote(v.id)!.options, result: shown });
		expect(csv).toContain(`C,${c.id},25,masked,masked,`);
		expect(csv.split('\n').filter((l) => l.startsWith(`C,`))).toHaveLength(1);
	});

	it("a secret vote weighted by college with a college below the minimum size needs the secretariat's confirmation", () => {
		const f = plenaryFixture({ perCollege: [6, 5, 1, 0] });
		const input = { question: 'Q', method: 'yes_no_abstain' as const, secrecy: 'secret' as const, weighting: 'college' as const };
		const refused = (() => {
			try {
				createVote(f.secretariat.user, f.item.id, input);
			} catch (e) {
				return e as { code: string; field: string; params: Record<string, unknown> };
			}
		})();
		expect(refused).toMatchObject({ code: 'votes_small_colleges_warning', field: 'confirmSmallGroups', params: { min: 5, names: 'C' } });
		// named, or not weighted by college: no question asked
		createVote(f.secretariat.user, f.item.id, { ...input, secrecy: 'named' });
		createVote(f.secretariat.user, f.item.id, { ...input, weighting: 'none' });
		const v = createVote(f.secretariat.user, f.item.id, { ...input, confirmSmallGroups: true });
		expect(() => openVote(f.secretariat.user, v.id)).toThrow('votes_small_colleges_warning');
		expect(openVote(f.secretariat.user, v.id, { confirmSmallGroups: true }).state).toBe('open');
	});

	it('an unweighted secret vote shows no breakdown by college at all', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [6, 6, 0, 0] });
		checkInAll(f.plenary.id, f.all);
		const v = secretMotion(f, 'none');
		for (const p of f.all) cast(v.id, p, ['yes']);
		closeVote(f.secretariat.user, v.id);
		const shown = getVote(v.id)!.result!;
		expect(shown.colleges).toEqual([]);
		expect(shown.masking).toMatchObject({ noBreakdown: true, minGroup: 5 });
	});

	it("a closed result is the secretariat's until published", () => {
		expect(resultVisible({ state: 'closed' }, false)).toBe(false);
		expect(resultVisible({ state: 'closed' }, true)).toBe(true);
		expect(resultVisible({ state: 'published' }, false)).toBe(true);
		expect(resultVisible({ state: 'open' }, true)).toBe(false);
		const closed = { state: 'closed', result: { decision: 'adopted' } as never };
		expect(forReader(closed, false).result).toBeNull();
		expect(forReader(closed, true).result).toEqual(closed.result);
	});
});

describe('the tally file of a published vote', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('verifies "conforme" for a named vote with a proxy, and a tampered copy does not', () => {
		const f = plenaryFixture({ perCollege: [3, 2, 0, 0] });
		checkInAll(f.plenary.id, f.all.slice(1));
		const holder = f.all[1];
		db().$client.prepare('insert into proxies (session_id, giver_membership_id, holder_membership_id) values (?, ?, ?)').run(f.plenary.id, f.all[0].membershipId, holder.membershipId);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, v.id);
		castBallot({ voteId: v.id, actingMembershipId: holder.membershipId, representedMembershipId: f.all[0].membershipId, choice: ['no'], clientBallotId: cid() });
		for (const p of f.all.slice(1)) cast(v.id, p, ['yes']);
		closeVote(f.secretariat.user, v.id);
		expect(() => tallyFileOf(v.id)).toThrow();
		publishVote(f.secretariat.user, v.id);
		const file = JSON.parse(JSON.stringify(tallyFileOf(v.id)));
		expect(file.ballots.find((b: { member: number }) => b.member === f.all[0].membershipId)).toMatchObject({ proxyHolder: holder.membershipId, choice: ['no'] });
		expect(verifyTallyFile(file)).toMatchObject({ ok: true, problems: [] });
		file.ballots[0].choice = file.ballots[0].choice[0] === 'yes' ? ['no'] : ['yes'];
		expect(verifyTallyFile(file).ok).toBe(false);
	});

	it('a secret vote with a 1-person college: the file carries no college for its ballots and still verifies', () => {
		const f = plenaryFixture({ perCollege: [6, 5, 1, 0] });
		checkInAll(f.plenary.id, f.all);
		const v = secretMotion(f, 'college');
		f.all.forEach((p, i) => cast(v.id, p, [i === 11 ? 'no' : 'yes']));
		closeVote(f.secretariat.user, v.id);
		publishVote(f.secretariat.user, v.id);
		const file = JSON.parse(JSON.stringify(tallyFileOf(v.id)));
		const small = f.colleges[2].id;
		expect(file.ballots.some((b: { college?: number | null }) => b.college === small)).toBe(false);
		expect(file.ballots.every((b: Record<string, unknown>) => !('weight' in b) && !('member' in b))).toBe(true);
		const verdict = verifyTallyFile(file);
		expect(verdict).toMatchObject({ ok: true, partial: true, problems: [] });
	});
});
