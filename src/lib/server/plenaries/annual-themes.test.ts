import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { themes } from '../councils/tables';
import { refusalCode } from '../test-support';
import { auditActions, checkInAll, cid, plenaryFixture, type Fixture, type Person } from './test-fixtures';
import { addAgendaItem } from './agenda';
import { createVote, openVote, publishVote } from './votes';
import { closeVote } from './close';
import { castBallot } from './cast';
import { votes } from './tables';
import { adoptAnnualThemesFromVote, listAnnualThemes, setAnnualThemes } from './annual-themes';

function themeId(councilId: number, name: string): number {
	return db()
		.select({ id: themes.id })
		.from(themes)
		.where(and(eq(themes.councilId, councilId), eq(themes.name, name)))
		.get()!.id;
}

const CIRC = 'Économie circulaire';
const QPV = 'Quartiers prioritaires (QPV)';
const SPASER = 'Commande publique responsable (SPASER, clauses sociales)';
const EMPLOI = 'Emploi et insertion par l’activité économique';

/** A ranked vote on an annual-themes item whose options are theme ids; every member casts `ranking(i)`. */
function rankedThemesVote(f: Fixture, names: string[], ranking: (i: number) => string[], opts: { kind?: 'annual_themes' | 'vote'; winners?: number } = {}) {
	const item = addAgendaItem(f.secretariat.user, f.plenary.id, { kind: opts.kind ?? 'annual_themes', title: 'Thèmes annuels' });
	const vote = createVote(f.secretariat.user, item.id, { question: 'Thèmes de l’année', method: 'ranked', options: names, winners: opts.winners ?? 2, weighting: 'none', majority: 'simple' });
	const ids = names.map((n) => ({ id: String(themeId(f.council.id, n)), label: n }));
	db().update(votes).set({ options: ids }).where(eq(votes.id, vote.id)).run();
	openVote(f.secretariat.user, vote.id);
	f.all.forEach((p: Person, i) =>
		castBallot({ voteId: vote.id, actingMembershipId: p.membershipId, representedMembershipId: p.membershipId, choice: ranking(i).map((n) => String(themeId(f.council.id, n))), clientBallotId: cid() })
	);
	return vote;
}

describe('annual themes', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('adopts a closed ranked vote’s winners, in order, replacing the year’s previous set', () => {
		const f = plenaryFixture();
		checkInAll(f.plenary.id, f.all);
		setAnnualThemes(f.secretariat.user, f.council.id, 2026, [themeId(f.council.id, CIRC)]);
		// 8 members: QPV first for 5, SPASER first for 3 → QPV then SPASER win on Borda points.
		const vote = rankedThemesVote(f, [CIRC, QPV, SPASER], (i) => (i < 5 ? [QPV, SPASER, CIRC] : [SPASER, QPV, CIRC]));
		expect(refusalCode(() => adoptAnnualThemesFromVote(f.secretariat.user, vote.id, 2026))).toBe('minutes_error_vote_not_closed');
		const result = closeVote(f.secretariat.user, vote.id);
		expect(result.winners).toEqual([String(themeId(f.council.id, QPV)), String(themeId(f.council.id, SPASER))]);
		const adopted = adoptAnnualThemesFromVote(f.secretariat.user, vote.id, 2026);
		expect(adopted).toEqual([
			{ year: 2026, themeId: themeId(f.council.id, QPV), name: QPV, rank: 1, voteId: vote.id },
			{ year: 2026, themeId: themeId(f.council.id, SPASER), name: SPASER, rank: 2, voteId: vote.id }
		]);
		expect(listAnnualThemes(f.council.id, 2026).map((t) => t.name)).toEqual([QPV, SPASER]);
		expect(auditActions(f.council.id)[0]).toBe('annual_themes.adopt');
		// published votes may be adopted too (again: same result, no duplicate rows)
		publishVote(f.secretariat.user, vote.id);
		expect(adoptAnnualThemesFromVote(f.secretariat.user, vote.id, 2026)).toHaveLength(2);
	});

	it('matches options by theme name when their ids are not theme ids', () => {
		const f = plenaryFixture();
		checkInAll(f.plenary.id, f.all);
		const item = addAgendaItem(f.secretariat.user, f.plenary.id, { kind: 'annual_themes', title: 'Thèmes annuels' });
		const vote = createVote(f.secretariat.user, item.id, { question: 'Thèmes', method: 'ranked', options: [EMPLOI, CIRC], winners: 1, weighting: 'none', majority: 'simple' });
		openVote(f.secretariat.user, vote.id);
		for (const p of f.all) castBallot({ voteId: vote.id, actingMembershipId: p.membershipId, representedMembershipId: p.membershipId, choice: ['o2', 'o1'], clientBallotId: cid() });
		closeVote(f.secretariat.user, vote.id);
		expect(adoptAnnualThemesFromVote(f.secretariat.user, vote.id, 2027).map((t) => t.name)).toEqual([CIRC]);
	});

	it('refuses votes that are not ranked votes on an annual-themes item, and people other than the secretariat', () => {
		const f = plenaryFixture();
		checkInAll(f.plenary.id, f.all);
		const onVoteItem = rankedThemesVote(f, [CIRC, QPV], () => [CIRC, QPV], { kind: 'vote', winners: 1 });
		closeVote(f.secretariat.user, onVoteItem.id);
		expect(refusalCode(() => adoptAnnualThemesFromVote(f.secretariat.user, onVoteItem.id, 2026))).toBe('minutes_error_not_themes_vote');
		const motion = createVote(f.secretariat.user, f.item.id, { question: 'Oui ?', method: 'yes_no_abstain' });
		expect(refusalCode(() => adoptAnnualThemesFromVote(f.secretariat.user, motion.id, 2026))).toBe('minutes_error_not_themes_vote');
		const good = rankedThemesVote(f, [CIRC, QPV], () => [QPV, CIRC], { winners: 1 });
		closeVote(f.secretariat.user, good.id);
		expect(refusalCode(() => adoptAnnualThemesFromVote(f.all[0].user, good.id, 2026))).toBe('plenaries_error_forbidden');
		expect(refusalCode(() => adoptAnnualThemesFromVote(f.chair.user, good.id, 2026))).toBe('plenaries_error_forbidden');
		expect(refusalCode(() => adoptAnnualThemesFromVote(f.secretariat.user, good.id, 1999))).toBe('minutes_error_year');
		expect(listAnnualThemes(f.council.id)).toEqual([]);
	});

	it('refuses a vote whose quorum was not reached (no winners)', () => {
		const f = plenaryFixture({ council: { quorumKind: 'count', quorumValue: 50 } });
		checkInAll(f.plenary.id, f.all);
		const vote = rankedThemesVote(f, [CIRC, QPV], () => [QPV, CIRC], { winners: 1 });
		expect(closeVote(f.secretariat.user, vote.id).decision).toBe('invalid_quorum');
		expect(refusalCode(() => adoptAnnualThemesFromVote(f.secretariat.user, vote.id, 2026))).toBe('minutes_error_no_winners');
	});

	it('lets the secretariat set themes by hand, lists every year newest first, and checks the themes', () => {
		const f = plenaryFixture();
		const ids = [QPV, CIRC, EMPLOI].map((n) => themeId(f.council.id, n));
		setAnnualThemes(f.secretariat.user, f.council.id, 2025, ids.slice(0, 2));
		setAnnualThemes(f.secretariat.user, f.council.id, 2026, [ids[2]]);
		expect(listAnnualThemes(f.council.id).map((t) => [t.year, t.rank, t.name, t.voteId])).toEqual([
			[2026, 1, EMPLOI, null],
			[2025, 1, QPV, null],
			[2025, 2, CIRC, null]
		]);
		expect(auditActions(f.council.id)[0]).toBe('annual_themes.set');
		expect(refusalCode(() => setAnnualThemes(f.secretariat.user, f.council.id, 2026, [ids[0], ids[0]]))).toBe('minutes_error_theme_twice');
		const lever = db()
			.select({ id: themes.id })
			.from(themes)
			.where(and(eq(themes.councilId, f.council.id), eq(themes.kind, 'lever')))
			.get()!.id;
		expect(refusalCode(() => setAnnualThemes(f.secretariat.user, f.council.id, 2026, [lever]))).toBe('minutes_error_theme_unknown');
		const other = plenaryFixture();
		expect(refusalCode(() => setAnnualThemes(f.secretariat.user, f.council.id, 2026, [themeId(other.council.id, QPV)]))).toBe('minutes_error_theme_unknown');
		expect(refusalCode(() => setAnnualThemes(f.all[0].user, f.council.id, 2026, ids))).toBe('plenaries_error_forbidden');
		expect(listAnnualThemes(f.council.id, 2026).map((t) => t.name)).toEqual([EMPLOI]);
		setAnnualThemes(f.secretariat.user, f.council.id, 2026, []);
		expect(listAnnualThemes(f.council.id, 2026)).toEqual([]);
	});
});
