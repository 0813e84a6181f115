// Setup of the next-plan history e2e (run with tsx against the e2e server's database, see plans-history.spec.ts):
// a SEPARATE public council with its own secretariat, a 2016-2020 plan under evaluation whose indicator was
// measured every year, and the draft 2021-2026 plan carrying it (its target is already reached, so it must be
// reviewed before adoption), with two values in the new plan. Prints ids and names as JSON.
import { db } from '../../src/lib/server/db/client';
import { createUser, getUserByEmail } from '../../src/lib/server/auth/users';
import { createCouncil } from '../../src/lib/server/councils/create';
import { insertMembership } from '../../src/lib/server/councils/memberships';
import { createPlan, startEvaluation } from '../../src/lib/server/plans/plans';
import { addNode } from '../../src/lib/server/plans/tree';
import { addIndicator } from '../../src/lib/server/plans/indicators';
import { addMeasurement } from '../../src/lib/server/plans/measurements';
import { adoptPlan, draftNextPlan } from '../../src/lib/server/plans/next-plan';

const stamp = process.argv[2] ?? Date.now().toString(36);
const password = process.argv[3] ?? 'cocon-demo-2026';

const admin = getUserByEmail('admin@demo.cocon.fr');
if (!admin) throw new Error('demo admin missing');
const slug = `conseil-suite-${stamp}`;
const council = createCouncil({ name: `Conseil suite ${stamp}`, slug, territory: 'Lille', description: 'Conseil des tests du plan suivant.', isPublic: true, weighting: 'none' }, admin.id);
const email = `secretariat-suite-${stamp}@example.org`;
const secretariat = await createUser({ email, name: `Sacha Secrétariat ${stamp}`, password });
insertMembership(db(), { councilId: council.id, userId: secretariat.id, collegeId: null, organisationId: null, roles: ['secretariat'] });

const oldTitle = `PLDESS 2016-2020 ${stamp}`;
const plan = createPlan({ councilId: council.id, title: oldTitle, startYear: 2016, endYear: 2020 }, admin.id);
const principle = addNode(plan.id, { parentId: null, kind: 'principle', title: 'Expérimenter' }, admin.id);
const objective = addNode(plan.id, { parentId: principle.id, kind: 'strategic_objective', title: 'Soutenir les tiers-lieux' }, admin.id);
const name = `Tiers-lieux ouverts ${stamp}`;
const indicator = addIndicator(
	objective.id,
	{ name, unit: 'lieux', direction: 'higher', baselineValue: 10, baselineDate: '2015-12-31', targetValue: 20, targetDate: '2020-12-31', frequency: 'yearly', source: 'Service ESS' },
	admin.id
);
adoptPlan(plan.id, admin.id);
[12, 15, 17, 19, 22].forEach((value, k) => addMeasurement(indicator.id, { date: `${2016 + k}-12-31`, periodLabel: String(2016 + k), value }, admin.id));
startEvaluation(plan.id, admin.id);
const newTitle = `PLDESS 2021-2026 ${stamp}`;
const next = draftNextPlan(plan.id, { keepNodeIds: [objective.id], keepIndicatorIds: [indicator.id], title: newTitle, startYear: 2021, endYear: 2026 }, admin.id);
const carriedId = next.indicators[0]!.id;
addMeasurement(carriedId, { date: '2022-12-31', periodLabel: '2022', value: 24 }, admin.id);
addMeasurement(carriedId, { date: '2023-12-31', periodLabel: '2023', value: 27 }, admin.id);

console.log(JSON.stringify({ slug, email, oldPlanId: plan.id, oldTitle, oldIndicatorId: indicator.id, planId: next.plan.id, newTitle, indicatorId: carriedId, name }));
