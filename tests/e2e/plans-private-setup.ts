// Setup of the private-council plans e2e (run with tsx against the e2e server's database, see
// plans-private.spec.ts): a SEPARATE private council (the shared demo council stays public), with an adopted
// plan, a principle and an objective, an indicator and a measurement, and a member who can log in. Prints ids and names as JSON.
import { db } from '../../src/lib/server/db/client';
import { createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { createCouncil } from '../../src/lib/server/councils/create';
import { insertMembership } from '../../src/lib/server/councils/memberships';
import { createPlan } from '../../src/lib/server/plans/plans';
import { addNode } from '../../src/lib/server/plans/tree';
import { addIndicator } from '../../src/lib/server/plans/indicators';
import { addMeasurement } from '../../src/lib/server/plans/measurements';
import { adoptPlan } from '../../src/lib/server/plans/next-plan';

const stamp = process.argv[2] ?? Date.now().toString(36);
const password = process.argv[3] ?? 'cocon-demo-2026';

const admin = getUserByEmail('admin@demo.cocon.fr');
if (!admin) throw new Error('demo admin missing');
const slug = `conseil-prive-${stamp}`;
const council = createCouncil({ name: `Conseil privé ${stamp}`, slug, territory: 'Roubaix', description: 'Conseil privé des tests de bout en bout.', isPublic: false, weighting: 'none' }, admin.id);
const memberEmail = `membre-prive-${stamp}@example.org`;
const member = await createUser({ email: memberEmail, name: `Mona Membre ${stamp}`, password });
insertMembership(db(), { councilId: council.id, userId: member.id, collegeId: null, organisationId: null, roles: ['member'] });

const planTitle = `Plan privé ${stamp}`;
const plan = createPlan({ councilId: council.id, title: planTitle, startYear: 2022, endYear: 2026 }, admin.id);
const principle = addNode(plan.id, { parentId: null, kind: 'principle', title: `Principe privé ${stamp}` }, admin.id);
const objective = addNode(plan.id, { parentId: principle.id, kind: 'strategic_objective', title: `Objectif privé ${stamp}` }, admin.id);
const indicatorName = `Emplois accompagnés ${stamp}`;
const indicator = addIndicator(
	objective.id,
	{
		name: indicatorName,
		definition: 'Emplois créés ou maintenus dans les structures accompagnées.',
		unit: 'emplois',
		direction: 'higher',
		baselineValue: 100,
		baselineDate: '2021-12-31',
		targetValue: 200,
		targetDate: '2026-12-31',
		frequency: 'yearly',
		source: 'Service ESS'
	},
	admin.id
);
addMeasurement(indicator.id, { date: '2023-12-31', periodLabel: '2023', value: 150, source: 'Bilan 2023' }, admin.id);
adoptPlan(plan.id, admin.id);

console.log(JSON.stringify({ slug, planId: plan.id, planTitle, indicatorId: indicator.id, indicatorName, memberEmail }));
