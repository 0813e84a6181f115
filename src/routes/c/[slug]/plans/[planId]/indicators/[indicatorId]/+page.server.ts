import type { Actions, PageServerLoad } from './$types';
import { formFailure, parseForm } from '$lib/server/http/forms';
import { m } from '$lib/paraglide/messages';
import { history, series, addMeasurement, correctMeasurement } from '$lib/server/plans/measurements';
import { listIndicators, moveIndicator, retireIndicator, updateIndicator, validateIndicator } from '$lib/server/plans/indicators';
import { listNodes } from '$lib/server/plans/tree';
import { INDICATOR_NODE_KINDS, type NodeKind } from '$lib/server/plans/values';
import { correctionSchema, indicatorMoveSchema, indicatorSchema, measurementSchema, retireSchema } from '$lib/schemas/plans';
import { z } from 'zod';
import { text } from '$lib/schemas/common';
import { DomainError } from '$lib/server/errors';
import { indicatorContext, planRights, refusal } from '../../../shared.server';
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
		objectives: rights.manage && ctx.plan.status !== 'closed' ? otherObjectives(ctx.plan.id, ctx.indicator.nodeId) : [],
		members: rights.manage && ctx.plan.status !== 'closed' ? listCouncilMembers(ctx.council.id) : []
	};
};

export const actions: Actions = {
	add: async (event) => {
		const { indicator, actor } = indicatorContext(event, 'indicators.measure');
		const form = await parseForm(event.request, measurementSchema);
		if (!form.ok) return form.failure;
		try {
			addMeasurement(indicator.id, form.data, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { added: true };
	},
	correct: async (event) => {
		const { indicator, actor } = indicatorContext(event, 'indicators.measure');
		const form = await parseForm(event.request, correctionSchema);
		if (!form.ok) return form.failure;
		// any value of this indicator, current or not: the service says when it was already corrected meanwhile
		if (!history(indicator.id).some((h) => h.id === form.data.measurementId)) return refusal(new DomainError('plans_error_measurement_not_found', 'form'));
		try {
			correctMeasurement(form.data.measurementId, { value: form.data.value, source: form.data.source || undefined, comment: form.data.comment }, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { corrected: true };
	},
	update: async (event) => {
		const { indicator, actor } = indicatorContext(event, 'plans.manage');
		const form = await parseForm(event.request, indicatorSchema.omit({ nodeId: true }));
		if (!form.ok) return form.failure;
		try {
			const { revalidationNeeded } = updateIndicator(indicator.id, form.data, actor.user!.id);
			return { updated: true, revalidationNeeded };
		} catch (e) {
			return refusal(e, { ...form.values, formKind: 'update' });
		}
	},
	validate: async (event) => {
		const { indicator, actor } = indicatorContext(event, 'plans.manage');
		const form = await parseForm(event.request, z.object({ ref: text(100) }));
		if (!form.ok) return form.failure;
		// 'vote:<id>' and 'approval:<id>' are written by the vote engine when a vote or a round adopts the indicator:
		// typed by hand they would show a vote that never validated it
		if (/^\s*(vote|approval)\s*:\s*\d+\s*$/i.test(form.data.ref)) return formFailure({ ref: m.plans_validation_ref_reserved() }, form.values);
		try {
			validateIndicator(indicator.id, { ref: form.data.ref }, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { validated: true };
	},
	/** To another objective of the plan, last among its indicators (the service refuses anything else). */
	move: async (event) => {
		const { plan, indicator, actor } = indicatorContext(event, 'plans.manage');
		const form = await parseForm(event.request, indicatorMoveSchema);
		if (!form.ok) return form.failure;
		try {
			const position = listIndicators(plan.id).filter((i) => i.nodeId === form.data.nodeId && i.id !== indicator.id).length;
			const moved = moveIndicator(indicator.id, { nodeId: form.data.nodeId, position }, actor.user!.id);
			return { moved: listNodes(plan.id).find((n) => n.id === moved.nodeId)?.title ?? '' };
		} catch (e) {
			return refusal(e, { ...form.values, formKind: 'move' });
		}
	},
	retire: async (event) => {
		const { indicator, actor } = indicatorContext(event, 'plans.manage');
		const form = await parseForm(event.request, retireSchema);
		if (!form.ok) return form.failure;
		try {
			retireIndicator(indicator.id, actor.user!.id, { reason: form.data.reason });
		} catch (e) {
			return refusal(e, form.values);
		}
		return { retired: true };
	}
};
