// Setup of the list-of-speakers e2e (run with tsx against the e2e server's database, see speakers.spec.ts): an open
// plenary of the demo council whose current item is a debate, and three voting members (who can log in) checked in.
// Prints the ids and names as JSON.
import { and, eq } from 'drizzle-orm';
import { db } from '../../src/lib/server/db/client';
import { getCouncilBySlug } from '../../src/lib/server/councils/councils';
import { createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { insertMembership } from '../../src/lib/server/councils/memberships';
import { memberships } from '../../src/lib/server/councils/tables';
import { createPlenary, setPlenaryState } from '../../src/lib/server/plenaries/plenaries';
import { addAgendaItem, setCurrentItem } from '../../src/lib/server/plenaries/agenda';
import { checkIn } from '../../src/lib/server/plenaries/attendance';

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

const people = [];
for (const [key, first] of [
	['alba', 'Alba'],
	['bruno', 'Bruno'],
	['chloe', 'Chloé']
] as const) {
	const email = `${key}-${stamp}@example.org`;
	const name = `${first} Orateur ${stamp}`;
	const user = await createUser({ email, name, password });
	const m = insertMembership(db(), { councilId: council.id, userId: user.id, collegeId: karim.collegeId, organisationId: null, roles: ['member'] });
	people.push({ email, name, membershipId: m.id });
}

const plenary = createPlenary(actor, council.id, { kind: 'ordinary', title: `Plénière orateurs ${stamp}`, startsAt: new Date(), place: 'Salle des fêtes' });
const item = addAgendaItem(actor, plenary.id, { kind: 'debate', title: `Débat sur les orientations ${stamp}` });
setPlenaryState(actor, plenary.id, 'convened');
setPlenaryState(actor, plenary.id, 'open');
setCurrentItem(actor, plenary.id, item.id);
for (const p of people) checkIn(actor, { plenaryId: plenary.id, membershipId: p.membershipId, mode: p === people[1] ? 'remote' : 'in_room' });

console.log(JSON.stringify({ plenaryId: plenary.id, itemId: item.id, itemTitle: item.title, people }));
