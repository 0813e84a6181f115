import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireCouncil } from '$lib/server/http/guard';
import { listThemes } from '$lib/server/councils/themes';
import { addTheme, archiveTheme, moveTheme, renameTheme } from '$lib/server/councils/actions';
import { settingsAction } from '../settings-action';

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'council.update');
	const all = listThemes(council.id);
	return { themes: all.filter((t) => t.kind === 'theme'), levers: all.filter((t) => t.kind === 'lever') };
};

export const actions: Actions = {
	addTheme: settingsAction(addTheme, (_, values) => m.councils_theme_added({ name: values.name.trim() })),
	renameTheme: settingsAction(renameTheme),
	archiveTheme: settingsAction(archiveTheme),
	moveTheme: settingsAction(moveTheme, (r) => m.councils_moved({ name: r.name, position: String(r.position + 1), count: String(r.count) }))
};
