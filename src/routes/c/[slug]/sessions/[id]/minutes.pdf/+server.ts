// The minutes as a PDF: for anyone who may read the plenary once the minutes are published; the secretariat
// may download the draft.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { can } from '$lib/server/auth/permissions';
import { buildMinutes, minutesVisible } from '$lib/server/plenaries/minutes';
import { renderMinutesPdf } from '$lib/server/plenaries/minutes-pdf';
import { minutesDocument } from '$lib/i18n/minutes-document';
import { plenaryContext } from '../../shared.server';

export const GET: RequestHandler = async (event) => {
	const { council, actor, plenary } = plenaryContext(event);
	if (!minutesVisible(plenary.state, can(actor, 'plenaries.manage', council))) error(404, 'not_found');
	const minutes = buildMinutes(plenary.id, { includeUnpublished: can(actor, 'votes.manage', council) });
	const pdf = await renderMinutesPdf(minutesDocument(minutes));
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="proces-verbal-seance-${plenary.id}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
