// Set-up shared by the workshops tests: the proposals fixture council (one person per role) and a workshop
// facilitated by `author` (a member) with `member` and `member2` as participants.
import { db } from '../db/client';
import { setup as proposalsSetup } from '../proposals/test-fixtures';
import { insertWorkshop } from './workshops';
import { joinWorkshop } from './workshops';

export function setup(options: { isPublic?: boolean } = {}) {
	const base = proposalsSetup({ isPublic: options.isPublic ?? false });
	const { actors, people, council, theme } = base;
	const workshopFor = (title: string) => {
		const w = db().transaction((tx) =>
			insertWorkshop(tx, council.id, { title, year: 2026, themeId: theme[0].id, mandate: 'Construire des **propositions**.', facilitatorIds: [people.author.id] }, null)
		);
		return w.id;
	};
	const workshopId = workshopFor('Achats responsables');
	joinWorkshop(actors.member, workshopId);
	joinWorkshop(actors.member2, workshopId);
	return { ...base, workshopId, workshopFor, facilitator: actors.author };
}
