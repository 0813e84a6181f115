// The council's annual themes (docs/domain.md, 'The co-construction loop': "the strategic orientations and annual themes are discussed and
// voted, which are then the focus of subsequent workshops"). A year's themes are an ordered set of the council's
// themes, chosen by a ranked vote of the plenary on an 'annual_themes' agenda item (its winners, in order) or set
// by hand by the secretariat ('plenaries.manage'). Either way the year's previous set is replaced in one audited
// transaction. Reading is for anyone who may read the council (routes check 'council.read').
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { themes } from '../councils/tables';
import { councilRow, requireAction, voteRow, type PlenaryUser, type VoteRow } from './access';
import { agendaItems, annualThemes } from './tables';

export type AnnualTheme = { year: number; themeId: number; name: string; rank: number; voteId: number | null };

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The annual themes of a council: one year's in rank order, or every year's (newest year first). */
export function listAnnualThemes(councilId: number, year?: number): AnnualTheme[] {
	const where = year === undefined ? eq(annualThemes.councilId, councilId) : and(eq(annualThemes.councilId, councilId), eq(annualThemes.year, year));
	return db()
		.select({ year: annualThemes.year, themeId: annualThemes.themeId, name: themes.name, rank: annualThemes.rank, voteId: annualThemes.voteId })
		.from(annualThemes)
		.innerJoin(themes, eq(themes.id, annualThemes.themeId))
		.where(where)
		.orderBy(desc(annualThemes.year), asc(annualThemes.rank))
		.all();
}

function checkYear(year: number): void {
	if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new DomainError('minutes_error_year', 'year', { min: MIN_YEAR, max: MAX_YEAR });
}

/** Replaces the year's set inside the caller's transaction; theme ids must be distinct themes of the council. */
function replaceYear(tx: Tx, councilId: number, year: number, themeIds: number[], voteId: number | null, userId: number): void {
	if (new Set(themeIds).size !== themeIds.length) throw new DomainError('minutes_error_theme_twice', 'themeIds');
	const known = themeIds.length
		? tx
				.select({ id: themes.id })
				.from(themes)
				.where(and(eq(themes.councilId, councilId), eq(themes.kind, 'theme'), inArray(themes.id, themeIds)))
				.all()
		: [];
	if (known.length !== themeIds.length) throw new DomainError('minutes_error_theme_unknown', 'themeIds');
	const before = tx
		.select({ themeId: annualThemes.themeId })
		.from(annualThemes)
		.where(and(eq(annualThemes.councilId, councilId), eq(annualThemes.year, year)))
		.orderBy(asc(annualThemes.rank))
		.all()
		.map((r) => r.themeId);
	tx.delete(annualThemes)
		.where(and(eq(annualThemes.councilId, councilId), eq(annualThemes.year, year)))
		.run();
	if (themeIds.length)
		tx.insert(annualThemes)
			.values(themeIds.map((themeId, i) => ({ councilId, year, themeId, rank: i + 1, voteId, setBy: userId })))
			.run();
	recordAudit(tx, {
		councilId,
		actorId: userId,
		action: voteId === null ? 'annual_themes.set' : 'annual_themes.adopt',
		entityType: 'council',
		entityId: councilId,
		details: { year, themeIds, previous: before, ...(voteId === null ? {} : { voteId }) }
	});
}

/** The secretariat sets a year's themes by hand, in order (an empty list clears the year). */
export function setAnnualThemes(user: PlenaryUser, councilId: number, year: number, themeIds: number[]): AnnualTheme[] {
	checkYear(year);
	db().transaction((tx) => {
		requireAction(tx, user, 'plenaries.manage', councilRow(tx, councilId));
		replaceYear(tx, councilId, year, themeIds, null, user.id);
	});
	publish({ type: 'council.changed', councilId });
	return listAnnualThemes(councilId, year);
}

/**
 * The theme each winning option stands for. Options of an annual-themes vote carry the theme id as their id; an
 * option whose id is not a number is matched by its label to a theme name of the council.
 */
function winnerThemeIds(tx: Tx, vote: VoteRow): number[] {
	const names = new Map(
		tx
			.select({ id: themes.id, name: themes.name })
			.from(themes)
			.where(and(eq(themes.councilId, vote.councilId), eq(themes.kind, 'theme')))
			.all()
			.map((t) => [t.name.trim().toLocaleLowerCase('fr'), t.id])
	);
	return (vote.result?.winners ?? []).map((optionId) => {
		if (/^\d+$/.test(optionId)) return Number(optionId);
		const label = vote.options.find((o) => o.id === optionId)?.label ?? '';
		const id = names.get(label.trim().toLocaleLowerCase('fr'));
		if (id === undefined) throw new DomainError('minutes_error_theme_unknown', 'voteId');
		return id;
	});
}

/** Whether a vote is one whose winners may become annual themes (closed ranked vote on an annual-themes item). */
export function isAnnualThemesVote(tx: Tx, vote: Pick<VoteRow, 'method' | 'agendaItemId'>): boolean {
	if (vote.method !== 'ranked') return false;
	return tx.select({ kind: agendaItems.kind }).from(agendaItems).where(eq(agendaItems.id, vote.agendaItemId)).get()?.kind === 'annual_themes';
}

/** A closed (or published) ranked vote on an annual-themes agenda item: its winners, in order, become the year's themes. */
export function adoptAnnualThemesFromVote(user: PlenaryUser, voteId: number, year: number): AnnualTheme[] {
	checkYear(year);
	const councilId = db().transaction((tx) => {
		const vote = voteRow(tx, voteId);
		requireAction(tx, user, 'plenaries.manage', councilRow(tx, vote.councilId));
		if (!isAnnualThemesVote(tx, vote)) throw new DomainError('minutes_error_not_themes_vote', 'voteId');
		if (vote.state !== 'closed' && vote.state !== 'published') throw new DomainError('minutes_error_vote_not_closed', 'voteId');
		if (vote.result?.decision !== 'elected' || !vote.result.winners.length) throw new DomainError('minutes_error_no_winners', 'voteId');
		replaceYear(tx, vote.councilId, year, winnerThemeIds(tx, vote), vote.id, user.id);
		return vote.councilId;
	});
	publish({ type: 'council.changed', councilId });
	return listAnnualThemes(councilId, year);
}
