// GET /c/:slug/workshops/:id/report.pdf: the workshop report as a PDF.
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDateTime } from '$lib/i18n/format';
import { kindLabel } from '$lib/i18n/workshops';
import { stateLabel } from '$lib/i18n/proposals';
import { workshopReport } from '$lib/server/workshops/report';
import { renderReportPdf } from '$lib/server/workshops/pdf';
import { workshopContext } from '../../shared.server';

export const GET: RequestHandler = async (event) => {
	const loaded = workshopContext(event);
	const report = workshopReport(loaded, loaded.actor.user?.id ?? null);
	const pdf = await renderReportPdf(report, {
		lang: getLocale() === 'en' ? 'en-GB' : 'fr-FR',
		title: m.workshops_report_title({ title: report.workshop.title }),
		subtitle: `${loaded.council.name} — ${report.workshop.year}${report.theme ? ` — ${report.theme}` : ''}`,
		generated: m.workshops_pdf_generated({ date: formatDateTime(new Date()) }),
		mandate: m.workshops_mandate(),
		people: m.workshops_people(),
		facilitators: m.workshops_label({ label: m.workshops_facilitators() }),
		participants: m.workshops_label({ label: m.workshops_participants() }),
		guests: m.workshops_label({ label: m.workshops_guests() }),
		meetings: m.workshops_meetings_attendance(),
		noMeetings: m.workshops_no_meetings(),
		attendees: (names) => (names.length ? m.workshops_pdf_attendees({ names: names.join(', ') }) : m.workshops_attendance_none()),
		retained: m.workshops_retained_outputs(),
		noRetained: m.workshops_no_retained(),
		proposals: m.workshops_proposals_born(),
		noProposals: m.workshops_no_proposals(),
		conclusions: m.workshops_f_conclusions(),
		kind: kindLabel,
		state: stateLabel,
		votes: (n) => m.workshops_votes({ count: String(n) }),
		coauthors: (names) => m.workshops_with_coauthors({ names: names.join(', ') }),
		dateTime: formatDateTime,
		none: '—'
	});
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="rapport-atelier-${report.workshop.id}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
