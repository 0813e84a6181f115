import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { renderMarkdown } from '$lib/server/markdown/render';
import { attachReportToAgendaItem, detachReportFromAgendaItem, upcomingAgendaItems, workshopReport } from '$lib/server/workshops/report';
import { attachSchema } from '$lib/schemas/workshops';
import { run, workshopContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:workshop');
	const loaded = workshopContext(event);
	const report = workshopReport(loaded, loaded.actor.user?.id ?? null);
	return {
		report: { ...report, mandateHtml: renderMarkdown(report.workshop.mandate, { headingOffset: 2 }), conclusionsHtml: renderMarkdown(report.workshop.conclusions, { headingOffset: 2 }) },
		rights: loaded.rights,
		agendaItems: loaded.rights.facilitate ? upcomingAgendaItems(loaded.council.id) : []
	};
};

export const actions: Actions = {
	attach: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, attachSchema);
		if (!form.ok) return form.failure;
		return run(() => attachReportToAgendaItem(actor, workshop.id, form.data.agendaItemId), { ...form.values, intent: 'attach' });
	},
	detach: async (event) => {
		const { workshop, actor } = workshopContext(event);
		const form = await parseForm(event.request, attachSchema);
		if (!form.ok) return form.failure;
		return run(() => detachReportFromAgendaItem(actor, workshop.id, form.data.agendaItemId), { intent: 'attach' });
	}
};
