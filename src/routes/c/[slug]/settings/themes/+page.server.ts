import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireCouncil } from '$lib/server/http/guard';
import { addTheme, listThemes, moveTheme, renameTheme, setThemeArchived } from '$lib/server/councils/themes';
import { moveSchema, themeAddSchema, themeArchiveSchema, themeRenameSchema } from '$lib/schemas/councils';
import { settingsAction } from '../settings-action';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'council.update');
	const all = listThemes(council.id);
	return { themes: all.filter((t) => t.kind === 'theme'), levers: all.filter((t) => t.kind === 'lever') };
};

export const actions: Actions = {
	addTheme: (event) =>
		settingsAction(
			event,
			themeAddSchema,
			({ councilId, actorId }, data) => addTheme(councilId, data, actorId),
			(_, data) => m.councils_theme_added({ name: data.name })
		),
	renameTheme: (event) => settingsAction(event, themeRenameSchema, ({ councilId, actorId }, data) => renameTheme(councilId, data.id, data.name, actorId)),
	archiveTheme: (event) =>
		settingsAction(event, themeArchiveSchema, ({ councilId, actorId }, data) => setThemeArchived(councilId, data.id, data.archived, actorId)),
	moveTheme: (event) =>
		settingsAction(
			event,
			moveSchema,
			({ councilId, actorId }, data) => moveTheme(councilId, data.id, data.direction, actorId),
			(r) => m.councils_moved({ name: r.name, position: String(r.position + 1), count: String(r.count) })
		)
};
