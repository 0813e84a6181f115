// The minutes as a PDF: for anyone who may read the session once the minutes are published; the secretariat
// may download the draft.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { can } from '$lib/server/auth/permissions';
import { buildMinutes, minutesVisible } from '$lib/server/sessions/minutes';
import { renderMinutesPdf } from '$lib/server/sessions/minutes-pdf';
import { minutesDocument } from '$lib/i18n/minutes-document';
import { sessionContext } from '../../shared.server';

export const GET: RequestHandler = async (event) => {
	const { council, actor, session } = sessionContext(event);
	if (!minutesVisible(session.state, can(actor, 'sessions.manage', council))) error(404, 'not_found');
	const minutes = buildMinutes(session.id, { includeUnpublished: can(actor, 'votes.manage', council) });
	const pdf = await renderMinutesPdf(minutesDocument(minutes));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="proces-verbal-seance-${session.id}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
