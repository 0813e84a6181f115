import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { catchError } from '../test-support';
import { addTheme, listThemes, moveTheme, renameTheme, setThemeArchived } from './themes';
import { councilOverview } from './overview';
import { auditEntries, councilFixture } from './councils.fixtures';

describe('themes and levers', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('adds a theme at the end of its kind, with an audit entry', async () => {
		const { admin, council } = await councilFixture();
		const { theme } = addTheme(council.id, { kind: 'theme', name: 'Tourisme solidaire' }, admin.id);
		const themes = listThemes(council.id).filter((t) => t.kind === 'theme');
		expect(themes.at(-1)).toMatchObject({ id: theme.id, name: 'Tourisme solidaire', position: 17 });
		expect(auditEntries(council.id)[0]).toMatchObject({ action: 'theme.create', entityType: 'theme', entityId: String(theme.id) });
	});

	it('renames a theme and refuses a name already used by the same kind, without case', async () => {
		const { admin, council } = await councilFixture();
		const [first, second] = listThemes(council.id).filter((t) => t.kind === 'theme');
		renameTheme(council.id, first.id, 'Économie circulaire et réemploi', admin.id);
		expect(auditEntries(council.id)[0].details).toEqual({ changes: { name: { from: first.name, to: 'Économie circulaire et réemploi' } } });
		const error = catchError(() => renameTheme(council.id, second.id, 'économie circulaire ET réemploi', admin.id));
		expect([error.code, error.field]).toEqual(['councils_error_theme_name_taken', 'name']);
		expect(listThemes(council.id).find((t) => t.id === second.id)!.name).toBe(second.name);
	});

	it('allows the same name for a theme and a lever', async () => {
		const { admin, council } = await councilFixture();
		const lever = listThemes(council.id).find((t) => t.kind === 'lever')!;
		expect(() => addTheme(council.id, { kind: 'theme', name: lever.name }, admin.id)).not.toThrow();
	});

	it('says when the name belongs to an archived theme', async () => {
		const { admin, council } = await councilFixture();
		const { theme } = addTheme(council.id, { kind: 'lever', name: 'Levier ancien' }, admin.id);
		setThemeArchived(council.id, theme.id, true, admin.id);
		expect(catchError(() => addTheme(council.id, { kind: 'lever', name: 'levier ancien' }, admin.id)).code).toBe('councils_error_theme_name_archived');
	});

	it('archives and restores: archived ones leave the council’s overview', async () => {
		const { admin, council } = await councilFixture();
		const theme = listThemes(council.id)[0];
		setThemeArchived(council.id, theme.id, true, admin.id);
		expect(councilOverview(council.id).themes.some((t) => t.id === theme.id)).toBe(false);
		expect(auditEntries(council.id)[0].action).toBe('theme.archive');
		expect(setThemeArchived(council.id, theme.id, true, admin.id).changed).toBe(false);
		setThemeArchived(council.id, theme.id, false, admin.id);
		expect(councilOverview(council.id).themes.some((t) => t.id === theme.id)).toBe(true);
		expect(auditEntries(council.id)[0].action).toBe('theme.restore');
	});

	it('reorders within its kind only', async () => {
		const { admin, council } = await councilFixture();
		const levers = listThemes(council.id).filter((t) => t.kind === 'lever');
		moveTheme(council.id, levers[0].id, 'down', admin.id);
		const after = listThemes(council.id).filter((t) => t.kind === 'lever');
		expect(after.slice(0, 2).map((t) => t.id)).toEqual([levers[1].id, levers[0].id]);
		expect(moveTheme(council.id, after.at(-1)!.id, 'down', admin.id).changed).toBe(false);
		expect(
			listThemes(council.id)
				.filter((t) => t.kind === 'theme')
				.map((t) => t.position)
		).toEqual([...Array(17).keys()]);
	});

	it('refuses a theme of another council', async () => {
		const one = await councilFixture();
		const two = await councilFixture();
		const foreign = listThemes(two.council.id)[0];
		expect(catchError(() => renameTheme(one.council.id, foreign.id, 'X', one.admin.id)).code).toBe('councils_error_theme_not_found');
	});
});
