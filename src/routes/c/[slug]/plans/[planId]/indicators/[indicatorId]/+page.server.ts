import type { Actions, PageServerLoad } from './$types';
import { history, measurementCounts, series } from '$lib/server/plans/measurements';
import { indicatorChart, indicatorLineage } from '$lib/server/plans/indicator-series';
import { planVisibleTo } from '$lib/server/plans/visibility';
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

/** Rows per page of the tables of values and of their history. */
const PAGE_SIZE = 50;

/** The page asked for in `?name=` (1-based), within 1..pages. */
function pageOf(url: URL, name: string, total: number): { page: number; pages: number; limit: number; offset: number } {
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	const asked = Number(url.searchParams.get(name));
	const page = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, pages) : 1;
	return { page, pages, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}

export const load: PageServerLoad = (event) => {
	const ctx = indicatorContext(event);
	const rights = planRights(ctx);
	const counts = measurementCounts(ctx.indicator.id);
	const seriesPage = pageOf(event.url, 'page', counts.current);
	const historyPage = pageOf(event.url, 'hpage', counts.all);
	// the chart: one series over the plans the indicator was carried through, aggregated when long
	const lineage = indicatorLineage(ctx.indicator.id).filter((l) => l.indicatorId === ctx.indicator.id || planVisibleTo(ctx.actor, ctx.council, { status: l.planStatus }));
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		indicator: ctx.indicator,
		chart: indicatorChart(lineage),
		counts,
		series: series(ctx.indicator.id, seriesPage),
		seriesPage: { page: seriesPage.page, pages: seriesPage.pages },
		history: counts.all > counts.current ? history(ctx.indicator.id, historyPage) : [],
		historyPage: { page: historyPage.page, pages: historyPage.pages },
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
