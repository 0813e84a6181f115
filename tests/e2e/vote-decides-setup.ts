// Setup of vote-decides.spec.ts (run with tsx against the e2e server's database): an open plenary of the demo council
// whose vote item carries three accepted proposals, scheduled on it, and a voting member of a known college. Prints the
// ids and names as JSON.
import { and, eq } from 'drizzle-orm';
import { db } from '../../src/lib/server/db/client';
import { getCouncilBySlug } from '../../src/lib/server/councils/councils';
import { createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { insertMembership } from '../../src/lib/server/councils/memberships';
import { colleges, memberships } from '../../src/lib/server/councils/tables';
import { insertProposal } from '../../src/lib/server/proposals/write';
import { createPlenary, setPlenaryState } from '../../src/lib/server/plenaries/plenaries';
import { addAgendaItem } from '../../src/lib/server/plenaries/agenda';
import { linkProposal } from '../../src/lib/server/plenaries/agenda-links';

const stamp = process.argv[2] ?? Date.now().toString(36);
const password = process.argv[3] ?? 'cocon-demo-2026';

const council = getCouncilBySlug('ess-eurometropole-demo');
if (!council) throw new Error('demo council missing');
const secretariat = getUserByEmail('secretariat@demo.cocon.fr')!;
const actor = { id: secretariat.id, isAdmin: false };
const karim = db()
	.select()
	.from(memberships)
	.where(and(eq(memberships.councilId, council.id), eq(memberships.userId, getUserByEmail('membre@demo.cocon.fr')!.id)))
	.get()!;
const college = db().select().from(colleges).where(eq(colleges.id, karim.collegeId!)).get()!;

const voterName = `Paula Papier ${stamp}`;
const voter = await createUser({ email: `papier-${stamp}@example.org`, name: voterName, password });
insertMembership(db(), { councilId: council.id, userId: voter.id, collegeId: college.id, organisationId: null, roles: ['member'] });

const plenary = createPlenary(actor, council.id, { kind: 'ordinary', title: `Plénière des propositions ${stamp}`, startsAt: new Date(), place: 'Salle du conseil' });
const item = addAgendaItem(actor, plenary.id, { kind: 'vote', title: `Votes sur les propositions ${stamp}` });
const titles = ['Ouvrir le conseil aux chambres consulaires', 'Un tableau de bord de l’emploi ESS', 'Le commerce équitable en restauration collective'].map((t) => `${t} ${stamp}`);
const ids = titles.map((title) => {
	const row = db().transaction((tx) =>
		insertProposal(
			tx,
			{ councilId: council.id, authorId: secretariat.id, title, summary: 'Résumé.', body: 'Texte.', links: [], themeIds: [], coauthorIds: [], state: 'accepted' },
			{ skipChecks: true }
		)
	);
	linkProposal(actor, { itemId: item.id, proposalId: row.id });
	return row.id;
});
setPlenaryState(actor, plenary.id, 'convened');
setPlenaryState(actor, plenary.id, 'open');

console.log(JSON.stringify({ plenaryId: plenary.id, itemId: item.id, proposalIds: ids, titles, voterName, collegeName: college.name }));
