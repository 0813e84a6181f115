import type { Actions, PageServerLoad } from './$types';
import { renderMarkdown } from '$lib/server/markdown/render';
import { formAction } from '$lib/server/actions/form';
import { attachReport, detachReport } from '$lib/server/workshops/actions';
import { upcomingAgendaItems, workshopReport } from '$lib/server/workshops/report';
import { workshopContext, workshopOfUrl } from '../../shared.server';

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

const attachOfUrl = (event: { params: Partial<Record<string, string>> }) => ({ ...workshopOfUrl(event), intent: 'attach' });

export const actions: Actions = {
	attach: formAction(attachReport, { input: attachOfUrl }),
	detach: formAction(detachReport, { input: attachOfUrl })
};
