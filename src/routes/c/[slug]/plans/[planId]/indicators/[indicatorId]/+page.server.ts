import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { history, series, addMeasurement, correctMeasurement } from '$lib/server/plans/measurements';
import { retireIndicator, updateIndicator, validateIndicator } from '$lib/server/plans/indicators';
import { correctionSchema, indicatorSchema, measurementSchema, retireSchema } from '$lib/schemas/plans';
import { z } from 'zod';
import { text } from '$lib/schemas/common';
import { DomainError } from '$lib/server/errors';
import { indicatorContext, planRights, refusal } from '../../../shared.server';

export const load: PageServerLoad = (event) => {
	const ctx = indicatorContext(event);
	return {
		plan: { id: ctx.plan.id, title: ctx.plan.title, status: ctx.plan.status },
		indicator: ctx.indicator,
		series: series(ctx.indicator.id),
		history: history(ctx.indicator.id),
		rights: planRights(ctx)
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
		if (!series(indicator.id).some((p) => p.id === form.data.measurementId)) return refusal(new DomainError('plans_error_measurement_not_found', 'form'));
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
		try {
			validateIndicator(indicator.id, { ref: form.data.ref }, actor.user!.id);
		} catch (e) {
			return refusal(e, form.values);
		}
		return { validated: true };
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
