import { beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { and, eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { memberships } from '../councils/tables';
import { setup } from '../proposals/test-fixtures';
import { getProposal } from '../proposals/access';
import { refusalCode } from '../test-support';
import { checkInAll, cid, plenaryFixture, type Person } from './test-fixtures';
import { createPlenary, saveMinutes, setPlenaryState } from './plenaries';
import { addAgendaItem } from './agenda';
import { checkIn } from './attendance';
import { giveProxy } from './proxies';
import { createVote, openVote, publishVote } from './votes';
import { closeVote } from './close';
import { castBallot } from './cast';
import { linkProposal } from './agenda-links';
import { buildMinutes, minutesVisible } from './minutes';
import { attendanceCsv, attendanceRows, ballotRows, ballotsCsv, byName, resultCsv, resultExportable, resultJson, resultRows, toCsv } from './exports';
import type { VoteView } from './votes';
import type { TallyResult } from './tally-types';

function cast(voteId: number, p: Person, choice: string[], representedMembershipId = p.membershipId) {
	return castBallot({ voteId, actingMembershipId: p.membershipId, representedMembershipId, choice, clientBallotId: cid() });
}

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

describe('minutes of a plenary', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	/** A: 3 members, B: 2, C: 2, D: 1. In the room: A0 A1 B0 C0; remote: C1; B1 gave a proxy to B0; A2 and D0 away. */
	function heldPlenary() {
		const f = plenaryFixture({ state: 'convened' });
		const [a, b, c, d] = f.members;
		giveProxy(b[1].user, { plenaryId: f.plenary.id, giverMembershipId: b[1].membershipId, holderMembershipId: b[0].membershipId });
		setPlenaryState(f.secretariat.user, f.plenary.id, 'open');
		checkInAll(f.plenary.id, [a[0], a[1], b[0], c[0]]);
		checkIn(c[1].user, { plenaryId: f.plenary.id, membershipId: c[1].membershipId, mode: 'remote' });
		checkIn(f.secretariat.user, { plenaryId: f.plenary.id, membershipId: f.secretariat.membershipId, mode: 'in_room' });
		const motion = createVote(f.secretariat.user, f.item.id, { question: 'Adopter les orientations ?', method: 'yes_no_abstain' });
		openVote(f.secretariat.user, motion.id);
		cast(motion.id, a[0], ['yes']);
		cast(motion.id, a[1], ['no']);
		cast(motion.id, b[0], ['yes']);
		cast(motion.id, b[0], ['no'], b[1].membershipId);
		cast(motion.id, c[1], ['abstain']);
		closeVote(f.secretariat.user, motion.id);
		publishVote(f.secretariat.user, motion.id);
		const themesItem = addAgendaItem(f.secretariat.user, f.plenary.id, { kind: 'annual_themes', title: 'Thèmes annuels' });
		const secret = createVote(f.secretariat.user, themesItem.id, {
			question: 'Thèmes 2027',
			method: 'ranked',
			options: ['QPV', 'Économie circulaire'],
			secrecy: 'secret',
			weighting: 'none',
			majority: 'simple'
		});
		openVote(f.secretariat.user, secret.id);
		for (const p of [a[0], a[1], b[0], c[1]]) cast(secret.id, p, ['o2', 'o1']);
		closeVote(f.secretariat.user, secret.id);
		const draft = createVote(f.secretariat.user, themesItem.id, { question: 'Jamais ouvert', method: 'yes_no_abstain' });
		return { f, a, b, c, d, motion, secret, draft };
	}

	it('gathers attendance by college, proxies, quorum, the agenda and the votes held', () => {
		const { f, a, b, c, motion, secret } = heldPlenary();
		const minutes = buildMinutes(f.plenary.id, { includeUnpublished: true });
		expect(minutes.attendance).toMatchObject({ entitled: 8, present: 5, inRoom: 4, remote: 1, represented: 1, presentOrRepresented: 6 });
		expect(minutes.attendance.byCollege.map((r) => [r.name, r.entitled, r.present, r.represented])).toEqual([
			['A', 3, 2, 0],
			['B', 2, 1, 1],
			['C', 2, 2, 0],
			['D', 1, 0, 0]
		]);
		expect(minutes.present.map((p) => p.name).sort()).toEqual([a[0], a[1], b[0], c[0], c[1]].map((p) => p.name).sort());
		expect(minutes.present.find((p) => p.name === c[1].name)?.mode).toBe('remote');
		expect(minutes.proxies).toEqual([{ giver: b[1].name, holder: b[0].name, giverCollegeId: b[1].collegeId }]);
		expect(minutes.otherAttendees).toEqual([f.secretariat.name]);
		expect(minutes.agenda.map((i) => [i.kind, i.votes.map((v) => v.id)])).toEqual([
			['vote', [motion.id]],
			['annual_themes', [secret.id]]
		]);
		expect(minutes.votes.map((v) => v.id)).toEqual([motion.id, secret.id]);
		expect(minutes.votesNotShown).toBe(1);
		const [m1, m2] = minutes.votes;
		expect(m1.result.decision).toBe('rejected');
		expect(m1.roll?.map((r) => [r.name, r.choice.join(), r.actingName])).toEqual(
			[
				[a[0].name, 'yes', null],
				[a[1].name, 'no', null],
				[b[0].name, 'yes', null],
				[b[1].name, 'no', b[0].name],
				[c[1].name, 'abstain', null]
			].sort((x, y) => String(x[0]).localeCompare(String(y[0]), 'fr'))
		);
		expect(m2.roll).toBeNull();
		expect(m2.annualThemes).toBe(true);
		expect(m2.result.winners).toEqual(['o2']);
		expect(m1.annualThemes).toBe(false);
	});

	it('shows readers published votes only, and the minutes once published', () => {
		const { f, motion } = heldPlenary();
		const readers = buildMinutes(f.plenary.id);
		expect(readers.votes.map((v) => v.id)).toEqual([motion.id]);
		expect(readers.votesNotShown).toBe(2);
		expect(minutesVisible('closed', false)).toBe(false);
		expect(minutesVisible('closed', true)).toBe(true);
		expect(minutesVisible('minutes_published', false)).toBe(true);
		saveMinutes(f.secretariat.user, f.plenary.id, [
			{ title: 'Synthèse des débats', body: 'Les débats ont porté sur la commande publique.' },
			{ title: ' ', body: '' }
		]);
		expect(buildMinutes(f.plenary.id).sections).toEqual([{ title: 'Synthèse des débats', body: 'Les débats ont porté sur la commande publique.' }]);
	});

	it('exports attendance, results and the roll call of named votes, never of secret ones', () => {
		const { f, a, b, motion, secret } = heldPlenary();
		const rows = attendanceRows(f.plenary.id, f.council.id);
		expect(rows.find((r) => r.name === b[1].name)).toMatchObject({ status: 'represented', proxy_holder: b[0].name, college: 'B', entitled: true });
		expect(rows.find((r) => r.name === b[0].name)).toMatchObject({ status: 'in_room', proxies_held: b[1].name });
		expect(rows.find((r) => r.name === f.members[3][0].name)).toMatchObject({ status: 'absent' });
		const csv = attendanceCsv(rows);
		expect(csv.startsWith('\ufeffmembership_id,name,college,entitled,status,proxy_holder,proxies_held\r\n')).toBe(true);
		expect(parse(csv)).toHaveLength(rows.length);

		const closed = buildMinutes(f.plenary.id, { includeUnpublished: true }).votes;
		const motionView = closed[0] as VoteView & { result: TallyResult };
		const resultTable = parse(resultCsv(motionView));
		expect(resultTable.filter((r) => r.scope === 'total').map((r) => [r.option_id, r.votes])).toEqual([
			['yes', '2'],
			['no', '2'],
			['abstain', '1']
		]);
		expect(resultTable.filter((r) => r.scope === 'A').map((r) => [r.option_id, r.votes, r.share])).toEqual([
			['yes', '1', '0.5'],
			['no', '1', '0.5'],
			['abstain', '0', '']
		]);
		expect(resultRows(motionView).length).toBeGreaterThan(3);
		expect(resultJson(motionView).result.decision).toBe('rejected');
		expect(resultExportable({ state: 'closed' }, false)).toBe(false);
		expect(resultExportable({ state: 'closed' }, true)).toBe(true);
		expect(resultExportable({ state: 'published' }, false)).toBe(true);

		const roll = parse(ballotsCsv(motionView));
		expect(roll.find((r) => r.name === b[1].name)).toMatchObject({ choice: 'no', cast_by_proxy_holder: b[0].name, college: 'B' });
		expect(roll.find((r) => r.name === a[0].name)).toMatchObject({ choice: 'yes', cast_by_proxy_holder: '' });
		expect(refusalCode(() => ballotRows(closed[1]))).toBe('plenaries_error_secret_vote');
		// a secret vote's exports hold no member
		const secretExport = resultCsv(closed[1] as VoteView & { result: TallyResult }) + JSON.stringify(resultJson(closed[1] as VoteView & { result: TallyResult }));
		for (const p of f.all) expect(secretExport).not.toContain(p.name);
		expect(closed[1].id).toBe(secret.id);
		expect(motion.id).toBe(motionView.id);
	});

	it('neutralises formulas in CSV cells', () => {
		const csv = toCsv(
			['name', 'n'],
			[
				{ name: '=HYPERLINK("http://x")', n: 1 },
				{ name: '+33 1', n: 2 },
				{ name: '@SUM', n: -3 }
			]
		);
		const rows = parse(csv);
		expect(rows.map((r) => r.name)).toEqual(['\'=HYPERLINK("http://x")', "'+33 1", "'@SUM"]);
	});

	it('orders a roll call as a French reader expects (accents folded), not by code point', () => {
		const names = ['Émilie Durand', 'Antoine Roux', 'Hugo Faure', 'Aïcha Garcia', 'Héloïse Roth', 'Zoé Bauer', 'élise Blanc'];
		expect(byName(names.map((name) => ({ name }))).map((r) => r.name)).toEqual(['Aïcha Garcia', 'Antoine Roux', 'élise Blanc', 'Émilie Durand', 'Héloïse Roth', 'Hugo Faure', 'Zoé Bauer']);
	});
});

describe('minutes and the proposals a vote decided', () => {
	it('lists a decided proposal with its vote and its new state, and the others under their item', () => {
		const s = setup();
		const secretariat = { id: s.people.secretariat.id, isAdmin: false };
		const plenary = createPlenary(secretariat, s.council.id, { kind: 'ordinary', title: 'Plénière', startsAt: new Date('2026-04-02T16:00:00Z') });
		const item = addAgendaItem(secretariat, plenary.id, { kind: 'vote', title: 'Propositions' });
		const debate = addAgendaItem(secretariat, plenary.id, { kind: 'debate', title: 'Autres propositions' });
		const voted = s.proposalIn('accepted');
		const waiting = s.proposalIn('accepted', { title: 'Une autre proposition' });
		linkProposal(secretariat, { itemId: item.id, proposalId: voted });
		linkProposal(secretariat, { itemId: debate.id, proposalId: waiting });
		setPlenaryState(secretariat, plenary.id, 'convened');
		setPlenaryState(secretariat, plenary.id, 'open');
		const mid = (userId: number) =>
			db()
				.select()
				.from(memberships)
				.where(and(eq(memberships.councilId, s.council.id), eq(memberships.userId, userId)))
				.get()!.id;
		const voters = [s.people.author, s.people.member, s.people.member2];
		for (const u of voters) checkIn({ id: u.id, isAdmin: false }, { plenaryId: plenary.id, membershipId: mid(u.id), mode: 'in_room' });
		const vote = createVote(secretariat, item.id, { question: 'Adopter la proposition ?', method: 'yes_no_abstain', proposalIds: [voted] });
		openVote(secretariat, vote.id);
		for (const u of voters) castBallot({ voteId: vote.id, actingMembershipId: mid(u.id), representedMembershipId: mid(u.id), choice: ['yes'], clientBallotId: cid() });
		closeVote(secretariat, vote.id);
		expect(getProposal(voted)!.state).toBe('adopted');
		const minutes = buildMinutes(plenary.id, { includeUnpublished: true });
		expect(minutes.votes[0].proposals).toEqual([{ id: voted, title: expect.any(String), state: 'adopted' }]);
		expect(minutes.agenda[0].proposals).toEqual([]);
		expect(minutes.agenda[1].proposals).toEqual([{ id: waiting, title: 'Une autre proposition', state: 'scheduled' }]);
	});
});
