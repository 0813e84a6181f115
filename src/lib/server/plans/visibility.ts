// Who sees a plan: a draft is the secretariat's working copy (a next plan being prepared from an evaluation),
// so only those who may manage plans see it; from adoption on, everyone who may read the council's plans.
// Evaluators do not draft plans (the rule table gives drafting and adopting to plans.manage, and campaigns
// refuse drafts), so a draft stays out of their sight like everybody else's until it is adopted.
import { can, type Actor, type CouncilScope } from '../auth/permissions';
type Visible = { status: string };

export function planVisibleTo(actor: Actor, council: CouncilScope, plan: Visible): boolean {
	return plan.status !== 'draft' || can(actor, 'plans.manage', council);
}

/** The plan with its predecessor and successor links kept only when the actor may see them. */
export function withVisibleLinks<T extends { predecessor: Visible | null; successor: Visible | null }>(actor: Actor, council: CouncilScope, plan: T): T {
	const keep = <R extends Visible>(ref: R | null) => (ref && planVisibleTo(actor, council, ref) ? ref : null);
	return { ...plan, predecessor: keep(plan.predecessor), successor: keep(plan.successor) };
}

/** The plans of a list the actor may see. */
export function visiblePlans<T extends Visible>(actor: Actor, council: CouncilScope, list: T[]): T[] {
	return list.filter((p) => planVisibleTo(actor, council, p));
}

/** Recommendations with the next-plan nodes that answer them kept only when the actor may see those plans. */
export function withVisibleAnswers<T extends { answeredBy: { planStatus: string }[] }>(actor: Actor, council: CouncilScope, list: T[]): T[] {
	return list.map((r) => ({ ...r, answeredBy: r.answeredBy.filter((a) => planVisibleTo(actor, council, { status: a.planStatus })) }));
}

/** A plan tree (dashboard, report, open data) with its links to neighbouring plans as the actor may see them. */
export function withVisibleTree<T extends { plan: { predecessor: Visible | null; successor: Visible | null } }>(actor: Actor, council: CouncilScope, tree: T): T {
	return { ...tree, plan: withVisibleLinks(actor, council, tree.plan) };
}
