// Setup of the question editing e2e (run with tsx against the e2e server's database, see
// plans-questions.spec.ts): a DRAFT questionnaire with three questions in the evaluation of the demo council's
// PLDESS 2016-2020, created through the services under a unique title (a draft is seen only by the evaluation's
// managers, so no other test meets it). Prints the ids as JSON.
import { getCouncilBySlug } from '../../src/lib/server/councils/councils';
import { getUserByEmail } from '../../src/lib/server/auth/users';
import { listPlans } from '../../src/lib/server/plans/plans';
import { getCampaignByPlan } from '../../src/lib/server/evaluation/campaigns';
import { addQuestion, createQuestionnaire } from '../../src/lib/server/evaluation/questionnaires';

const stamp = process.argv[2] ?? Date.now().toString(36);
const council = getCouncilBySlug('ess-eurometropole-demo');
if (!council) throw new Error('demo council missing');
const evaluator = getUserByEmail('evaluation@demo.cocon.fr');
if (!evaluator) throw new Error('demo evaluator missing');
const plan = listPlans(council.id).find((p) => p.title === 'PLDESS 2016-2020');
const campaign = plan && getCampaignByPlan(plan.id);
if (!plan || !campaign) throw new Error('demo evaluation missing');
const title = `Sondage à reprendre ${stamp}`;
const q = createQuestionnaire(campaign.id, { title, audience: 'all', anonymous: false }, evaluator.id);
addQuestion(q.id, { kind: 'single', label: 'Connaissez-vous le fonds ?', options: ['Oui', 'Non'] }, evaluator.id);
addQuestion(q.id, { kind: 'scale', label: 'Utilité du fonds' }, evaluator.id);
addQuestion(q.id, { kind: 'text', label: 'Vos remarques', required: false }, evaluator.id);
console.log(JSON.stringify({ path: `/c/${council.slug}/plans/${plan.id}/evaluation/questionnaires/${q.id}`, title }));
