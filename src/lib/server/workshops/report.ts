// The workshop report: mandate, meetings and attendance, retained outputs, proposals born here, conclusions.
// Shown as a page and a PDF (pdf.ts), and attachable to an agenda item of an upcoming plenary.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import type { Actor } from '../auth/permissions';
import { agendaItems, plenaries } from '../plenaries/tables';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { workshopAgendaLinks, workshops } from './tables';
import { loadWorkshop, requireRight, type LoadedWorkshop } from './access';
import { attendanceCounts, listMeetings } from './meetings';
import { themeNameOf, workshopPeople } from './workshops';
import { boardOf } from './board';
import { outputsOf } from './outputs';

export function workshopReport(loaded: LoadedWorkshop, viewerId: number | null) {
	const { workshop } = loaded;
	const theme = themeNameOf(workshop.themeId);
	const meetings = listMeetings(workshop.id);
	const attendance = attendanceCounts(meetings.map((m) => m.id));
	const board = boardOf(workshop.id, null);
	const retainedClusters = board.clusters
		.filter((c) => c.retained)
		.map((c) => ({ id: c.id, name: c.name, contributions: c.contributions.map((x) => ({ id: x.id, kind: x.kind, body: x.body, votesCount: x.votesCount })) }));
	const retainedContributions = [...board.clusters.flatMap((c) => c.contributions), ...board.loose]
		.filter((x) => x.retained)
		.map((x) => ({ id: x.id, kind: x.kind, body: x.body, votesCount: x.votesCount, authorName: x.authorName }));
	const proposals = outputsOf(workshop.id, viewerId)
		.filter((o) => o.visible)
		.map((o) => ({ id: o.proposalId, title: o.title, state: o.state, coauthors: o.invites.filter((i) => i.status === 'accepted').map((i) => i.name) }));
	return {
		workshop: { id: workshop.id, title: workshop.title, year: workshop.year, status: workshop.status, mandate: workshop.mandate, conclusions: workshop.conclusions, closedAt: workshop.closedAt },
		theme,
		people: workshopPeople(workshop.id),
		meetings: meetings.map((m) => ({ ...m, attendees: attendance.get(m.id) ?? [] })),
		retainedClusters,
		retainedContributions,
		proposals,
		contributionsCount: board.total,
		agendaLinks: agendaLinksOf(workshop.id)
	};
}
export type WorkshopReport = ReturnType<typeof workshopReport>;

/** Agenda items of the council's upcoming plenaries (planned or convened, not yet started). */
export function upcomingAgendaItems(councilId: number, now = new Date()) {
	return db()
		.select({ id: agendaItems.id, title: agendaItems.title, position: agendaItems.position, plenaryId: plenaries.id, plenaryTitle: plenaries.title, startsAt: plenaries.startsAt })
		.from(agendaItems)
		.innerJoin(plenaries, eq(plenaries.id, agendaItems.plenaryId))
		.where(and(eq(plenaries.councilId, councilId), inArray(plenaries.state, ['planned', 'convened'])))
		.orderBy(asc(plenaries.startsAt), asc(agendaItems.position))
		.all()
		.filter((r) => r.startsAt.getTime() >= now.getTime());
}

export function agendaLinksOf(workshopId: number) {
	return db()
		.select({ agendaItemId: agendaItems.id, itemTitle: agendaItems.title, plenaryId: plenaries.id, plenaryTitle: plenaries.title, startsAt: plenaries.startsAt })
		.from(workshopAgendaLinks)
		.innerJoin(agendaItems, eq(agendaItems.id, workshopAgendaLinks.agendaItemId))
		.innerJoin(plenaries, eq(plenaries.id, agendaItems.plenaryId))
		.where(eq(workshopAgendaLinks.workshopId, workshopId))
		.orderBy(asc(plenaries.startsAt))
		.all();
}

/** Facilitators attach the report to an agenda item of an upcoming plenary of the same council. */
export function attachReportToAgendaItem(actor: Actor, workshopId: number, agendaItemId: number, now = new Date()) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		const ok = upcomingAgendaItems(loaded.council.id, now).some((i) => i.id === agendaItemId);
		if (!ok) throw new DomainError('workshops_error_agenda_item', 'agendaItemId');
		tx.insert(workshopAgendaLinks)
			.values({ workshopId, agendaItemId, createdBy: actor.user?.id ?? null })
			.onConflictDoNothing()
			.run();
		recordAudit(tx, { councilId: loaded.council.id, actorId: actor.user?.id ?? null, action: 'workshop.report_attach', entityType: 'workshop', entityId: workshopId, details: { agendaItemId } });
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'details' });
}

export function detachReportFromAgendaItem(actor: Actor, workshopId: number, agendaItemId: number) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		tx.delete(workshopAgendaLinks)
			.where(and(eq(workshopAgendaLinks.workshopId, workshopId), eq(workshopAgendaLinks.agendaItemId, agendaItemId)))
			.run();
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'details' });
}

/** For the plenaries pages: the workshop reports attached to an agenda item (link: /c/<slug>/workshops/<id>/report). */
export function workshopReportsForAgendaItem(itemId: number) {
	return db()
		.select({ workshopId: workshops.id, title: workshops.title, year: workshops.year, status: workshops.status })
		.from(workshopAgendaLinks)
		.innerJoin(workshops, eq(workshops.id, workshopAgendaLinks.workshopId))
		.where(eq(workshopAgendaLinks.agendaItemId, itemId))
		.orderBy(asc(workshops.title))
		.all();
}
