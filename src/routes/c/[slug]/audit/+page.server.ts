import type { PageServerLoad } from './$types';
import { requireCouncil } from '$lib/server/http/guard';
import { listAudit, listAuditActions, listAuditActors, listAuditEntityTypes } from '$lib/server/audit/audit';
import { auditFilterSchema } from '$lib/schemas/councils';

const PAGE_SIZE = 50;

export const load: PageServerLoad = (event) => {
	const { council } = requireCouncil(event, event.params.slug, 'audit.read');
	const filter = auditFilterSchema.parse(Object.fromEntries(event.url.searchParams));
	// Days are the server's local days, from the first to the last millisecond.
	const from = filter.from ? new Date(`${filter.from}T00:00:00`) : undefined;
	const to = filter.to ? new Date(`${filter.to}T23:59:59.999`) : undefined;
	const { rows, total } = listAudit({
		councilId: council.id,
		action: filter.action || undefined,
		actorId: filter.actor,
		entityType: filter.entity || undefined,
		from,
		to,
		page: filter.page,
		pageSize: PAGE_SIZE
	});
	return {
		entries: rows,
		total,
		page: filter.page,
		pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
		filter: { action: filter.action ?? '', actor: filter.actor ? String(filter.actor) : '', entity: filter.entity ?? '', from: filter.from ?? '', to: filter.to ?? '' },
		filtered: Boolean(filter.action || filter.actor || filter.entity || filter.from || filter.to),
		options: { actions: listAuditActions(council.id), actors: listAuditActors(council.id), entityTypes: listAuditEntityTypes(council.id) }
	};
};
