import type { Actions, PageServerLoad } from './$types';
import { history, series } from '$lib/server/plans/measurements';
import { addMeasurement, correctMeasurement, moveIndicator, retireIndicator, updateIndicator, validateIndicator } from '$lib/server/plans/actions';
import { formAction } from '$lib/server/actions/form';
import { listNodes } from '$lib/server/plans/tree';
import { INDICATOR_NODE_KINDS, type NodeKind } from '$lib/server/plans/values';
import { indicatorContext, indicatorOfUrl, planRights } from '../../../shared.server';
import { validationSource } from '$lib/server/evaluation/validation-ref';
import { listCouncilMembers } from '$lib/server/evaluation/people';

/** The other objectives of the plan this indicator may move to, in tree order. */
function otherObjectives(planId: number, currentNodeId: number): { id: number; kind: NodeKind; title: string }[] {
	const nodes = listNodes(planId);
	const out: { id: number; kind: NodeKind; title: string }[] = [];
	const walk = (parentId: number | null) =>
		nodes
			.filter((n) => n.parentId === parentId)
			.sort((a, b) => a.position - b.position)
			.forEach((n) => {
				if (n.id !== currentNodeId && INDICATOR_NODE_KINDS.includes(n.kind as NodeKind)) out.push({ id: n.id, kind: n.kind as NodeKind, title: n.title });
				walk(n.id);
			});
	walk(null);
	return out;
}

export const load: PageServerLoad = (event) => {
	const ctx = indicatorContext(event);
	const rights = planRights(ctx);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		indicator: ctx.indicator,
		series: series(ctx.indicator.id),
		history: history(ctx.indicator.id),
		rights,
		validation: validationSource(ctx.indicator.validationRef, ctx.council.id),
		/** the validation form's default date (and latest allowed) */
		today: new Date().toISOString().slice(0, 10),
		objectives: rights.manage && ctx.plan.status !== 'closed' ? otherObjectives(ctx.plan.id, ctx.indicator.nodeId) : [],
		members: rights.manage && ctx.plan.status !== 'closed' ? listCouncilMembers(ctx.council.id) : []
	};
};

export const actions: Actions = {
	add: formAction(addMeasurement, { input: indicatorOfUrl, done: () => ({ added: true }) }),
	correct: formAction(correctMeasurement, { input: indicatorOfUrl, done: () => ({ corrected: true }) }),
	update: formAction(updateIndicator, { input: (e) => ({ ...indicatorOfUrl(e), formKind: 'update' }), done: ({ revalidationNeeded }) => ({ updated: true, revalidationNeeded }) }),
	validate: formAction(validateIndicator, { input: indicatorOfUrl, done: () => ({ validated: true }) }),
	/** To another objective of the plan, last among its indicators (the service refuses anything else). */
	move: formAction(moveIndicator, { input: (e) => ({ ...indicatorOfUrl(e), formKind: 'move' }), done: (d) => ({ moved: d.node.title }) }),
	retire: formAction(retireIndicator, { input: indicatorOfUrl, done: () => ({ retired: true }) })
};
