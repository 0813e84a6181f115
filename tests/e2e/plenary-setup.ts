// Setup of the live plenary e2e (run with tsx against the e2e server's database, see plenary-live.spec.ts):
// an open plenary of the demo council with two agenda items, a third voting member who can log in, and a
// fourth member who gave their proxy to membre@ (Karim Benali), and a draft plan with one proposed indicator that
// a vote may validate (plenary-indicators.spec.ts). Prints the ids and names as JSON.
import { and, eq } from 'drizzle-orm';
import { db } from '../../src/lib/server/db/client';
import { getCouncilBySlug } from '../../src/lib/server/councils/councils';
import { createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { insertMembership } from '../../src/lib/server/councils/memberships';
import { memberships } from '../../src/lib/server/councils/tables';
import { createPlenary, setPlenaryState } from '../../src/lib/server/plenaries/plenaries';
import { addAgendaItem } from '../../src/lib/server/plenaries/agenda';
import { giveProxy } from '../../src/lib/server/plenaries/proxies';
import { createPlan } from '../../src/lib/server/plans/plans';
import { addNode } from '../../src/lib/server/plans/tree';
import { addIndicator } from '../../src/lib/server/plans/indicators';

const stamp = process.argv[2] ?? Date.now().toString(36);
const password = process.argv[3] ?? 'cocon-demo-2026';

const council = getCouncilBySlug('ess-eurometropole-demo');
if (!council) throw new Error('demo council missing');
const user = (email: string) => {
	const u = getUserByEmail(email);
	if (!u) throw new Error(`missing ${email}`);
	return u;
};
const secretariat = user('secretariat@demo.cocon.fr');
const actor = { id: secretariat.id, isAdmin: false };
const membershipOf = (userId: number) =>
	db()
		.select()
		.from(memberships)
		.where(and(eq(memberships.councilId, council.id), eq(memberships.userId, userId)))
		.get()!;
const karim = membershipOf(user('membre@demo.cocon.fr').id);

const voterEmail = `votante-${stamp}@example.org`;
const voterName = `Valérie Votante ${stamp}`;
const voter = await createUser({ email: voterEmail, name: voterName, password });
insertMembership(db(), { councilId: council.id, userId: voter.id, collegeId: karim.collegeId, organisationId: null, roles: ['member'] });
const giverName = `Paul Procuration ${stamp}`;
const giverUser = await createUser({ email: `procuration-${stamp}@example.org`, name: giverName });
const giver = insertMembership(db(), { councilId: council.id, userId: giverUser.id, collegeId: karim.collegeId, organisationId: null, roles: ['member'] });

const plenary = createPlenary(actor, council.id, { kind: 'ordinary', title: `Plénière e2e ${stamp}`, startsAt: new Date(), place: 'Salle des fêtes' });
const item = addAgendaItem(actor, plenary.id, { kind: 'vote', title: `Adoption du rapport d’activité ${stamp}` });
const item2 = addAgendaItem(actor, plenary.id, { kind: 'debate', title: `Débat d’orientation ${stamp}` });
const item3 = addAgendaItem(actor, plenary.id, { kind: 'annual_themes', title: `Choix des thématiques de l’année ${stamp}` });
giveProxy(actor, { plenaryId: plenary.id, giverMembershipId: giver.id, holderMembershipId: karim.id });
setPlenaryState(actor, plenary.id, 'convened');
setPlenaryState(actor, plenary.id, 'open');

// only when asked (argv[4] === 'plan'): other specs see no extra plan
const withPlan = process.argv[4] === 'plan';
const plan = withPlan ? createPlan({ councilId: council.id, title: `Plan e2e ${stamp}`, startYear: 2027, endYear: 2031 }, secretariat.id) : null;
const axis = plan && addNode(plan.id, { parentId: null, kind: 'principle', title: `Axe e2e ${stamp}` }, secretariat.id);
const objective = plan && axis && addNode(plan.id, { parentId: axis.id, kind: 'strategic_objective', title: `Objectif e2e ${stamp}` }, secretariat.id);
const indicatorName = `Indicateur e2e ${stamp}`;
const fields = { name: indicatorName, direction: 'higher', baselineValue: 10, baselineDate: '2026-12-31', targetValue: 20, targetDate: '2031-12-31' } as const;
const indicator = objective && addIndicator(objective.id, fields, secretariat.id);

console.log(
	JSON.stringify({
		plenaryId: plenary.id,
		itemId: item.id,
		item2Id: item2.id,
		item3Id: item3.id,
		itemTitle: item.title,
		item2Title: item2.title,
		voterEmail,
		voterName,
		giverName,
		planId: plan?.id ?? null,
		indicatorId: indicator?.id ?? null,
		indicatorName
	})
);
