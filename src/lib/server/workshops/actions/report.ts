// The workshop's report, attached by its facilitators to an agenda item of an upcoming plenary.
import { id } from '$lib/schemas/common';
import { attachSchema } from '$lib/schemas/workshops';
import { defineAction } from '../../actions/define';
import { attachReportToAgendaItem as attach, detachReportFromAgendaItem as detach } from '../report';
import { agendaItemScope, standsInWorkshop } from './scope';

export const attachReport = defineAction({
	name: 'workshops.attachReport',
	input: attachSchema.extend({ workshopId: id() }),
	permission: 'workshops.facilitate',
	scope: agendaItemScope,
	admit: standsInWorkshop,
	run: ({ actor, now }, { workshopId, agendaItemId }) => attach(actor, workshopId, agendaItemId, now)
});

export const detachReport = defineAction({
	name: 'workshops.detachReport',
	input: attachSchema.extend({ workshopId: id() }),
	permission: 'workshops.facilitate',
	scope: agendaItemScope,
	admit: standsInWorkshop,
	run: ({ actor }, { workshopId, agendaItemId }) => detach(actor, workshopId, agendaItemId)
});
