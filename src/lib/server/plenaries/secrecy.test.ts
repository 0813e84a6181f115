// A secret ballot cannot be joined to its member by any stored column, index, order or log.
import { beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { auditLog } from '../audit/tables';
import { memberships } from '../councils/tables';
import { checkInAll, cid, eventsDuring, plenaryFixture, type Fixture, type Person } from './test-fixtures';
import { castBallot, ticketHash } from './cast';
import { createVote, getVote, openVote } from './votes';
import { closeVote, closedTallyInput } from './close';
import { giveProxy } from './proxies';
import { checkIn } from './attendance';
import { namedBallots, votingCard } from './vote-status';
import { ballotReceipts, secretBallots, voteParticipations } from './tables';
import type { DomainEvent } from '../events/bus';
import { refusalCode } from '../test-support';

const code = refusalCode;
const sqlite = () => db().$client;
const ticket = () => randomBytes(24).toString('base64url');

/** The 30 first permutations of o1…o5: every member's ranking is distinct, so the test (only) can tell ballots apart. */
function permutations(items: string[]): string[][] {
	if (items.length <= 1) return [items];
	return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

function secretRankedVote(f: Fixture) {
	// college D has 4 members, under the minimum group size: the secretariat confirms (small-colleges.ts)
	const v = createVote(f.secretariat.user, f.item.id, { question: 'Thèmes annuels', method: 'ranked', options: ['a', 'b', 'c', 'd', 'e'], winners: 2, secrecy: 'secret', confirmSmallGroups: true });
	openVote(f.secretariat.user, v.id, { confirmSmallGroups: true });
	return v;
}

describe('the secret ballot tables', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('secret_ballots has no member, user, time or sequence column; its id is the rowid, without AUTOINCREMENT', () => {
		const columns = sqlite().pragma('table_info(secret_ballots)') as { name: string; type: string; pk: number }[];
		expect(columns.map((c) => c.name)).toEqual(['id', 'vote_id', 'choice', 'college_id', 'weight', 'ticket_hash']);
		for (const c of columns) expect(c.name).not.toMatch(/member|user|cast|time|created|updated|_at$|seq|order|position|participation|client|receipt/);
		expect(columns.find((c) => c.pk === 1)).toMatchObject({ name: 'id', type: expect.stringMatching(/^integer$/i) });
		const fks = sqlite().pragma('foreign_key_list(secret_ballots)') as { table: string }[];
		expect(fks.map((k) => k.table).sort()).toEqual(['colleges', 'votes']);
		const create = sqlite().prepare("select sql from sqlite_master where name = 'secret_ballots'").get() as { sql: string };
		expect(create.sql).not.toMatch(/AUTOINCREMENT/i);
		const linked = sqlite().prepare("select name from sqlite_master where type in ('trigger', 'view') and sql like '%secret_ballots%'").all();
		expect(linked).toEqual([]);
		const indexes = (sqlite().pragma('index_list(secret_ballots)') as { name: string }[]).map((i) => i.name).sort();
		expect(indexes).toEqual(['secret_ballots_vote_idx', 'secret_ballots_vote_ticket_idx']);
		// and the participation side records no choice
		const participation = (sqlite().pragma('table_info(vote_participations)') as { name: string }[]).map((c) => c.name);
		expect(participation).not.toContain('choice');
		expect(participation.filter((n) => /ballot_id|ticket|secret/.test(n))).toEqual(['client_ballot_id']);
	});

	it('stores nothing that joins a ballot to its participation after 30 casts in a known order', () => {
		const f = plenaryFixture({ perCollege: [12, 8, 6, 4] });
		const voters = f.all;
		checkInAll(f.plenary.id, voters);
		const v = secretRankedVote(f);
		const rankings = permutations(['o1', 'o2', 'o3', 'o4', 'o5']).slice(0, 30);
		const { events } = eventsDuring(() =>
			voters.forEach((p, i) =>
				castBallot({ voteId: v.id, actingMembershipId: p.membershipId, representedMembershipId: p.membershipId, choice: rankings[i], clientBallotId: cid(), ticket: i % 2 ? ticket() : null })
			)
		);
		const rows = sqlite().prepare('select rowid as rowid_, * from secret_ballots where vote_id = ?').all(v.id) as {
			rowid_: number;
			id: number;
			choice: string;
			college_id: number;
			weight: number;
			ticket_hash: string | null;
		}[];
		expect(rows).toHaveLength(30);
		for (const r of rows) expect(r.rowid_).toBe(r.id);

		// the physical order (rowid) does not follow the cast order
		const castPosition = rows.sort((x, y) => x.id - y.id).map((r) => rankings.findIndex((k) => JSON.stringify(k) === r.choice));
		expect(castPosition).not.toEqual([...castPosition].sort((x, y) => x - y));
		expect(castPosition).not.toEqual([...castPosition].sort((x, y) => y - x));

		// no membership id, user id, participation id or time in any column
		const participations = db().select().from(voteParticipations).where(eq(voteParticipations.voteId, v.id)).all();
		const ids = new Set([...voters.flatMap((p) => [p.membershipId, p.user.id]), ...participations.map((p) => p.id)]);
		const times = participations.map((p) => p.castAt.getTime());
		for (const r of rows) {
			expect(ids.has(r.id)).toBe(false);
			expect(r.id).toBeGreaterThanOrEqual(2 ** 47);
			for (const value of [r.id, r.weight]) for (const t of times) expect(Math.abs(value - t)).toBeGreaterThan(24 * 3600 * 1000);
		}
		// the ticket hash cannot be recomputed from anything stored with the participation
		const hashes = new Set(rows.map((r) => r.ticket_hash).filter(Boolean));
		expect(hashes.size).toBe(15);
		const receipts = db().select().from(ballotReceipts).where(eq(ballotReceipts.voteId, v.id)).all();
		for (const p of participations)
			for (const guess of ['', String(p.id), p.clientBallotId, String(p.castAt.getTime()), ...receipts.map((r) => r.clientBallotId)])
				expect(hashes.has(ticketHash(v.id, p.representedMembershipId, guess))).toBe(false);

		// events announce counts only
		expect(events.every((e: DomainEvent) => e.type === 'vote.count')).toBe(true);
		expect(JSON.stringify(events)).not.toMatch(/o[1-5]/);

		// the frozen tally input lists ballots without members, in an order that depends on their content only
		// (college, weight, choice), and who voted in membership order
		closeVote(f.secretariat.user, v.id, { random: () => 0.5 });
		const input = closedTallyInput(v.id)!;
		expect(input.ballots.every((b) => b.memberId === null)).toBe(true);
		expect(input.onlineVoters).toEqual([...input.onlineVoters].sort((x, y) => x - y));
		const canonical = [...input.ballots].sort((x, y) => (x.collegeId ?? 0) - (y.collegeId ?? 0) || x.weight - y.weight || JSON.stringify(x.choice).localeCompare(JSON.stringify(y.choice)));
		expect(input.ballots).toEqual(canonical);
		// and no audit entry carries a ballot's choice
		const audit = db().select().from(auditLog).where(eq(auditLog.councilId, f.council.id)).all();
		for (const a of audit) {
			const details = JSON.stringify(a.details ?? {});
			expect(details).not.toMatch(/"choice"/);
			for (const ranking of rankings) expect(details).not.toContain(JSON.stringify(ranking));
		}
		expect(getVote(v.id)!.result!.ballots.online).toBe(30);
		expect(code(() => namedBallots(v.id))).toBe('plenaries_error_secret_vote');
	});
});

describe('changing a secret ballot', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	const cast = (voteId: number, acting: Person, choice: string[], extra: { represented?: Person; ticket?: string | null } = {}) =>
		castBallot({ voteId, actingMembershipId: acting.membershipId, representedMembershipId: (extra.represented ?? acting).membershipId, choice, clientBallotId: cid(), ticket: extra.ticket });

	it('replaces the ballot in place with the device’s ticket, and keeps it final without it', () => {
		const f = plenaryFixture({ council: { weighting: 'none', majority: 'simple', majorityBase: 'cast' }, perCollege: [3, 0, 0, 0] });
		const [a, b, c] = f.all;
		checkInAll(f.plenary.id, [a, b, c]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain', secrecy: 'secret' });
		openVote(f.secretariat.user, v.id);
		const ta = ticket();
		const tb = ticket();
		cast(v.id, a, ['no'], { ticket: ta });
		cast(v.id, b, ['no'], { ticket: tb });
		cast(v.id, c, ['yes']);
		const before = db()
			.select({ id: secretBallots.id })
			.from(secretBallots)
			.all()
			.map((r) => r.id)
			.sort();
		expect(cast(v.id, a, ['yes'], { ticket: ta })).toMatchObject({ status: 'changed', revision: 2 });
		expect(
			db()
				.select({ id: secretBallots.id })
				.from(secretBallots)
				.all()
				.map((r) => r.id)
				.sort()
		).toEqual(before);
		expect(code(() => cast(v.id, c, ['no']))).toBe('plenaries_error_secret_final');
		expect(code(() => cast(v.id, c, ['no'], { ticket: ticket() }))).toBe('plenaries_error_secret_final');
		expect(code(() => cast(v.id, a, ['no'], { ticket: tb }))).toBe('plenaries_error_secret_final'); // b's ticket does not open a's ballot
		expect(code(() => cast(v.id, a, ['no'], { ticket: 'short' }))).toBe('plenaries_error_ticket');
		const card = votingCard(v.id, a.user.id);
		expect(card.entries[0]).toMatchObject({ voted: true, choice: null, revision: 2 });
		const result = closeVote(f.secretariat.user, v.id);
		expect(result.options.map((o) => o.votes)).toEqual([2, 1]);
		expect(result.decision).toBe('adopted');
	});

	it('lets a proxy holder change the ballot they cast with its ticket; the giver, back in the room, cannot without it', () => {
		const f = plenaryFixture({ council: { weighting: 'none' }, perCollege: [2, 0, 0, 0] });
		const [holder, giver] = f.all;
		giveProxy(giver.user, { plenaryId: f.plenary.id, giverMembershipId: giver.membershipId, holderMembershipId: holder.membershipId });
		checkInAll(f.plenary.id, [holder]);
		const v = createVote(f.secretariat.user, f.item.id, { question: 'Q', method: 'yes_no_abstain', secrecy: 'secret' });
		openVote(f.secretariat.user, v.id);
		const t = ticket();
		cast(v.id, holder, ['no'], { represented: giver, ticket: t });
		expect(cast(v.id, holder, ['yes'], { represented: giver, ticket: t })).toMatchObject({ status: 'changed' });
		expect(code(() => cast(v.id, holder, ['abstain'], { ticket: t }))).toBe('ok'); // the holder's own first ballot
		checkIn(giver.user, { plenaryId: f.plenary.id, membershipId: giver.membershipId, mode: 'in_room' });
		expect(code(() => cast(v.id, giver, ['no']))).toBe('plenaries_error_secret_final');
		const p = db().select().from(voteParticipations).where(eq(voteParticipations.representedMembershipId, giver.membershipId)).get();
		expect(p).toMatchObject({ actingMembershipId: holder.membershipId, revision: 2 });
		expect(p?.castAt).toBeInstanceOf(Date);
		expect(db().$client.prepare('select choice from secret_ballots where vote_id = ? order by choice').all(v.id)).toEqual([{ choice: '["abstain"]' }, { choice: '["yes"]' }]);
		void memberships;
	});
});
