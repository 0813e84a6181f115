// Shared set-up for the evaluation tests: a plan with a small tree, adopted and under evaluation, its campaign,
// colleges, and a way to add people to the council. Used only by *.test.ts files.
import { db } from '../db/client';
import { colleges } from '../councils/tables';
import { insertMembership } from '../councils/memberships';
import { insertUser } from '../auth/users';
import { startEvaluation } from '../plans/plans';
import { adoptPlan } from '../plans/next-plan';
import { planFixture, smallTree } from '../plans/test-helpers';
import { createCampaign } from './campaigns';

type PlanFixture = Awaited<ReturnType<typeof planFixture>>;
type Tree = ReturnType<typeof smallTree>;

/**
 * `beforeAdoption` adds what must exist before the plan is adopted (indicators, for instance); `collegeSpecs` names
 * the council's colleges and their weights (default: "Acteurs" and "Réseaux", weight 0).
 */
export async function campaignFixture<T extends object = object>(
	beforeAdoption: (f: PlanFixture, tree: Tree) => T = () => ({}) as T,
	collegeSpecs: { name: string; weight?: number }[] = [{ name: 'Acteurs' }, { name: 'Réseaux' }]
) {
	const f = await planFixture();
	const tree = smallTree(f.plan.id, f.actorId);
	const extra = beforeAdoption(f, tree);
	adoptPlan(f.plan.id, f.actorId);
	startEvaluation(f.plan.id, f.actorId);
	const campaign = createCampaign(f.plan.id, { title: 'Évaluation du PLDESS', questions: 'Le plan a-t-il atteint ses objectifs ?' }, f.actorId);
	const collegeRows = collegeSpecs.map((c) =>
		db()
			.insert(colleges)
			.values({ councilId: f.council.id, name: c.name, weight: c.weight ?? 0 })
			.returning()
			.get()
	);
	/** a person with an active membership in the council (roles default to member) */
	const person = (collegeId: number | null, roles = ['member'], voteWeight = 1) =>
		db().transaction((tx) => {
			const user = insertUser(tx, { email: `m-${Math.random().toString(36).slice(2)}@example.org`, name: 'Membre' });
			const membership = insertMembership(tx, { councilId: f.council.id, userId: user.id, collegeId, organisationId: null, roles, voteWeight });
			return { user, membership };
		});
	return { ...f, ...extra, tree, campaign, colleges: collegeRows, collegeA: collegeRows[0]!, collegeB: collegeRows[1]!, person };
}
