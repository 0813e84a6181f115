// Workshops themselves: created by managers, edited and closed or reopened by their facilitators, joined and
// left by members.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { closeSchema, workshopFormSchema } from '$lib/schemas/workshops';
import { defineAction } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { closeWorkshop as close, createWorkshop as create, joinWorkshop as join, leaveWorkshop as leave, reopenWorkshop as reopen, updateWorkshop as update, workshopPeople } from '../workshops';
import { standsInWorkshop, themeScope, workshopScope } from './scope';

const workshopInput = z.object({ workshopId: id() });

export const createWorkshop = defineAction({
	name: 'workshops.create',
	input: workshopFormSchema,
	permission: 'workshops.manage',
	scope: themeScope,
	run: ({ actor, council }, input) => create(actor, requireCouncilOf(council).id, input)
});

/** Title, year, theme and mandate: facilitators; the facilitators themselves: managers only (others keep them). */
export const updateWorkshop = defineAction({
	name: 'workshops.update',
	input: workshopFormSchema.extend({ workshopId: id() }),
	permission: 'workshops.facilitate',
	scope: (ctx, input) => {
		themeScope(ctx, input);
		return workshopScope(ctx, input);
	},
	admit: standsInWorkshop,
	run: ({ actor, scope }, { workshopId, ...input }) => {
		const facilitatorIds = scope.rights.manage ? input.facilitatorIds : workshopPeople(workshopId).facilitators.map((f) => f.id);
		return update(actor, workshopId, { ...input, facilitatorIds });
	}
});

export const joinWorkshop = defineAction({
	name: 'workshops.join',
	input: workshopInput,
	permission: 'workshops.participate',
	scope: workshopScope,
	run: ({ actor }, { workshopId }) => join(actor, workshopId)
});

export const leaveWorkshop = defineAction({
	name: 'workshops.leave',
	input: workshopInput,
	permission: 'workshops.participate',
	scope: workshopScope,
	run: ({ actor }, { workshopId }) => leave(actor, workshopId)
});

export const closeWorkshop = defineAction({
	name: 'workshops.close',
	input: closeSchema.extend({ workshopId: id() }),
	permission: 'workshops.facilitate',
	scope: workshopScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, conclusions }) => close(actor, workshopId, conclusions)
});

export const reopenWorkshop = defineAction({
	name: 'workshops.reopen',
	input: workshopInput,
	permission: 'workshops.facilitate',
	scope: workshopScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId }) => reopen(actor, workshopId)
});
