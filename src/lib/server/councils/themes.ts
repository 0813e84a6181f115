// Themes and levers of a council (the tags of docs/domain.md, 'Themes and levers'): add, rename, archive/restore, reorder.
// Archived ones stay attached to what they tagged but are no longer offered. One transaction + audit per change.
import { and, asc, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { themes } from './tables';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { isUniqueViolation } from './create';
import { councilChange, loadCouncilForUpdate } from './settings';
import { moveInList, nameKey } from './ordering';
import type { MoveDirection, ThemeKind } from '../../schemas/council-options';

/** A council's themes and levers (archived ones included), by kind then position. */
export function listThemes(councilId: number, tx: Tx = db()) {
	return tx
		.select({ id: themes.id, kind: themes.kind, name: themes.name, position: themes.position, archived: themes.archived })
		.from(themes)
		.where(eq(themes.councilId, councilId))
		.orderBy(asc(themes.kind), asc(themes.position), asc(themes.id))
		.all();
}
export type ThemeRow = ReturnType<typeof listThemes>[number];

function ofKind(tx: Tx, councilId: number, kind: string): ThemeRow[] {
	return listThemes(councilId, tx).filter((t) => t.kind === kind);
}

function findTheme(tx: Tx, councilId: number, themeId: number): ThemeRow {
	const theme = listThemes(councilId, tx).find((t) => t.id === themeId);
	if (!theme) throw new DomainError('councils_error_theme_not_found');
	return theme;
}

/** Names are unique per council and kind, without case, archived ones included. */
function checkNameFree(tx: Tx, councilId: number, kind: string, name: string, exceptId?: number): void {
	const key = nameKey(name);
	const clash = ofKind(tx, councilId, kind).find((t) => t.id !== exceptId && nameKey(t.name) === key);
	if (clash) throw new DomainError(clash.archived ? 'councils_error_theme_name_archived' : 'councils_error_theme_name_taken', 'name', { name: clash.name });
}

function guardUnique<T>(name: string, run: () => T): T {
	try {
		return run();
	} catch (e) {
		if (isUniqueViolation(e)) throw new DomainError('councils_error_theme_name_taken', 'name', { name });
		throw e;
	}
}

export function addTheme(councilId: number, input: { kind: ThemeKind; name: string }, actorId: number | null) {
	return guardUnique(input.name, () =>
		councilChange(councilId, (tx) => {
			loadCouncilForUpdate(tx, councilId);
			checkNameFree(tx, councilId, input.kind, input.name);
			const position = ofKind(tx, councilId, input.kind).reduce((max, t) => Math.max(max, t.position + 1), 0);
			const theme = tx.insert(themes).values({ councilId, kind: input.kind, name: input.name, position }).returning().get();
			recordAudit(tx, { councilId, actorId, action: 'theme.create', entityType: input.kind, entityId: theme.id, details: { name: theme.name } });
			return { changed: true, theme };
		})
	);
}

export function renameTheme(councilId: number, themeId: number, name: string, actorId: number | null) {
	return guardUnique(name, () =>
		councilChange(councilId, (tx) => {
			const theme = findTheme(tx, councilId, themeId);
			if (theme.name === name) return { changed: false };
			checkNameFree(tx, councilId, theme.kind, name, themeId);
			tx.update(themes).set({ name }).where(eq(themes.id, themeId)).run();
			recordAudit(tx, {
				councilId,
				actorId,
				action: 'theme.rename',
				entityType: theme.kind,
				entityId: themeId,
				details: { changes: { name: { from: theme.name, to: name } } }
			});
			return { changed: true };
		})
	);
}

export function setThemeArchived(councilId: number, themeId: number, archived: boolean, actorId: number | null) {
	return councilChange(councilId, (tx) => {
		const theme = findTheme(tx, councilId, themeId);
		if (theme.archived === archived) return { changed: false };
		tx.update(themes)
			.set({ archived })
			.where(and(eq(themes.id, themeId), eq(themes.councilId, councilId)))
			.run();
		recordAudit(tx, {
			councilId,
			actorId,
			action: archived ? 'theme.archive' : 'theme.restore',
			entityType: theme.kind,
			entityId: themeId,
			details: { name: theme.name }
		});
		return { changed: true };
	});
}

export function moveTheme(councilId: number, themeId: number, direction: MoveDirection, actorId: number | null) {
	return councilChange(councilId, (tx) => {
		const theme = findTheme(tx, councilId, themeId);
		const all = ofKind(tx, councilId, theme.kind);
		const ordered = moveInList(all, themeId, direction);
		if (!ordered) return { changed: false, name: theme.name, position: all.findIndex((t) => t.id === themeId), count: all.length };
		ordered.forEach((t, position) => tx.update(themes).set({ position }).where(eq(themes.id, t.id)).run());
		const position = ordered.findIndex((t) => t.id === themeId);
		recordAudit(tx, {
			councilId,
			actorId,
			action: 'theme.move',
			entityType: theme.kind,
			entityId: themeId,
			details: { name: theme.name, direction, position: position + 1 }
		});
		return { changed: true, name: theme.name, position, count: ordered.length };
	});
}
