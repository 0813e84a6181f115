// The council's themes and levers: added, renamed, archived, ordered by the secretariat.
import { moveSchema, themeAddSchema, themeArchiveSchema, themeRenameSchema } from '$lib/schemas/councils';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { addTheme as add, moveTheme as move, renameTheme as rename, setThemeArchived } from '../themes';
import { themeScope } from './scope';

export const addTheme = defineAction({
	name: 'councils.addTheme',
	input: themeAddSchema,
	permission: 'council.update',
	run: ({ council, actor }, data) => add(requireCouncilOf(council).id, data, actor.user!.id)
});

export const renameTheme = defineAction({
	name: 'councils.renameTheme',
	input: themeRenameSchema,
	permission: 'council.update',
	scope: themeScope,
	run: ({ scope, actor }, data) => rename(scope.councilId, scope.id, data.name, actor.user!.id)
});

export const archiveTheme = defineAction({
	name: 'councils.archiveTheme',
	input: themeArchiveSchema,
	permission: 'council.update',
	scope: themeScope,
	run: ({ scope, actor }, data) => setThemeArchived(scope.councilId, scope.id, data.archived, actor.user!.id)
});

export const moveTheme = defineAction({
	name: 'councils.moveTheme',
	input: moveSchema,
	permission: 'council.update',
	scope: themeScope,
	run: ({ scope, actor }, data) => move(scope.councilId, scope.id, data.direction, actor.user!.id)
});
