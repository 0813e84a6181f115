// The agenda of a plenary session: ordered items (positions 0…n-1), edited by the secretariat until the session
// closes, and the "current item" that every screen follows during the session.
import { and, asc, eq, ne } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { councilRow, requireAction, sessionRow, type SessionRow, type SessionsUser } from './access';
import { agendaItems, plenarySessions, votes } from './tables';

export const AGENDA_KINDS = ['information', 'debate', 'vote', 'annual_themes'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];
export type AgendaItemRow = typeof agendaItems.$inferSelect;

export type AgendaItemInput = {
	kind: AgendaKind;
	title: string;
	description?: string;
	durationMinutes?: number;
	presenter?: string;
};

function checkItem(input: Partial<AgendaItemInput>): void {
	if (input.kind !== undefined && !AGENDA_KINDS.includes(input.kind)) throw new DomainError('sessions_error_kind', 'kind');
	if (input.title !== undefined && !input.title.trim()) throw new DomainError('sessions_error_title_required', 'title');
	const d = input.durationMinutes;
	if (d !== undefined && !(Number.isInteger(d) && d >= 0 && d <= 24 * 60)) throw new DomainError('sessions_error_duration', 'durationMinutes');
}

/** Loads the session for an agenda change and checks the permission and that the session is not closed. */
function editable(tx: Tx, user: SessionsUser, sessionId: number): SessionRow {
	const session = sessionRow(tx, sessionId);
	requireAction(tx, user, 'sessions.manage', councilRow(tx, session.councilId));
	if (session.state === 'closed' || session.state === 'minutes_published') throw new DomainError('sessions_error_session_closed');
	return session;
}

function itemRow(tx: Tx, itemId: number): AgendaItemRow {
	const item = tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
	if (!item) throw new DomainError('sessions_error_not_found');
	return item;
}

function itemIds(tx: Tx, sessionId: number): number[] {
	return tx
		.select({ id: agendaItems.id })
		.from(agendaItems)
		.where(eq(agendaItems.sessionId, sessionId))
		.orderBy(asc(agendaItems.position), asc(agendaItems.id))
		.all()
		.map((r) => r.id);
}

function writeOrder(tx: Tx, ids: number[]): void {
	ids.forEach((id, position) => tx.update(agendaItems).set({ position }).where(eq(agendaItems.id, id)).run());
}

function changed(session: SessionRow): void {
	publish({ type: 'plenary.changed', councilId: session.councilId, sessionId: session.id, what: 'agenda' });
}

/** Adds an item at `position` (0-based; default: at the end). */
export function addAgendaItem(user: SessionsUser, sessionId: number, input: AgendaItemInput, position?: number): AgendaItemRow {
	checkItem(input);
	const { session, item } = db().transaction((tx) => {
		const session = editable(tx, user, sessionId);
		const ids = itemIds(tx, sessionId);
		const item = tx
			.insert(agendaItems)
			.values({
				sessionId,
				position: ids.length,
				kind: input.kind,
				title: input.title.trim(),
				description: input.description?.trim() ?? '',
				durationMinutes: input.durationMinutes ?? 0,
				presenter: input.presenter?.trim() ?? ''
			})
			.returning()
			.get();
		const at = Math.max(0, Math.min(position ?? ids.length, ids.length));
		if (at < ids.length) writeOrder(tx, [...ids.slice(0, at), item.id, ...ids.slice(at)]);
		recordAudit(tx, { councilId: session.councilId, actorId: user.id, action: 'agenda.create', entityType: 'agenda_item', entityId: item.id, details: { sessionId, title: item.title } });
		return { session, item: { ...item, position: at } };
	});
	changed(session);
	return item;
}

export function updateAgendaItem(user: SessionsUser, itemId: number, patch: Partial<AgendaItemInput>): AgendaItemRow {
	checkItem(patch);
	const { session, item } = db().transaction((tx) => {
		const session = editable(tx, user, itemRow(tx, itemId).sessionId);
		const set = {
			...patch,
			...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
			...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
			...(patch.presenter !== undefined ? { presenter: patch.presenter.trim() } : {})
		};
		const item = tx.update(agendaItems).set(set).where(eq(agendaItems.id, itemId)).returning().get();
		recordAudit(tx, { councilId: session.councilId, actorId: user.id, action: 'agenda.update', entityType: 'agenda_item', entityId: itemId, details: { fields: Object.keys(patch) } });
		return { session, item };
	});
	changed(session);
	return item;
}

/** Removes an item; refused when one of its votes has been opened (draft votes go with the item). */
export function removeAgendaItem(user: SessionsUser, itemId: number): void {
	const session = db().transaction((tx) => {
		const item = itemRow(tx, itemId);
		const session = editable(tx, user, item.sessionId);
		const used = tx
			.select({ id: votes.id })
			.from(votes)
			.where(and(eq(votes.agendaItemId, itemId), ne(votes.state, 'draft')))
			.get();
		if (used) throw new DomainError('sessions_error_item_has_votes');
		tx.delete(agendaItems).where(eq(agendaItems.id, itemId)).run();
		writeOrder(tx, itemIds(tx, item.sessionId));
		recordAudit(tx, {
			councilId: session.councilId,
			actorId: user.id,
			action: 'agenda.delete',
			entityType: 'agenda_item',
			entityId: itemId,
			details: { sessionId: item.sessionId, title: item.title }
		});
		return session;
	});
	changed(session);
}

/** Moves one item to a new 0-based position (keyboard "move up / down" and drag and drop). */
export function moveAgendaItem(user: SessionsUser, itemId: number, toPosition: number): AgendaItemRow[] {
	const { session, agenda } = db().transaction((tx) => {
		const item = itemRow(tx, itemId);
		const session = editable(tx, user, item.sessionId);
		const ids = itemIds(tx, item.sessionId).filter((id) => id !== itemId);
		const at = Math.max(0, Math.min(Math.trunc(toPosition), ids.length));
		writeOrder(tx, [...ids.slice(0, at), itemId, ...ids.slice(at)]);
		recordAudit(tx, { councilId: session.councilId, actorId: user.id, action: 'agenda.move', entityType: 'agenda_item', entityId: itemId, details: { position: at } });
		return { session, agenda: listAgendaIn(tx, item.sessionId) };
	});
	changed(session);
	return agenda;
}

/** Sets the whole order at once; `orderedIds` must list every item of the session exactly once. */
export function reorderAgenda(user: SessionsUser, sessionId: number, orderedIds: number[]): AgendaItemRow[] {
	const { session, agenda } = db().transaction((tx) => {
		const session = editable(tx, user, sessionId);
		const current = itemIds(tx, sessionId);
		const same = orderedIds.length === current.length && new Set(orderedIds).size === current.length && orderedIds.every((id) => current.includes(id));
		if (!same) throw new DomainError('sessions_error_reorder', 'order');
		writeOrder(tx, orderedIds);
		recordAudit(tx, { councilId: session.councilId, actorId: user.id, action: 'agenda.reorder', entityType: 'plenary_session', entityId: sessionId, details: { order: orderedIds } });
		return { session, agenda: listAgendaIn(tx, sessionId) };
	});
	changed(session);
	return agenda;
}

/** Sets (or clears, with null) the item every screen follows; only while the session is open. Not audited. */
export function setCurrentItem(user: SessionsUser, sessionId: number, itemId: number | null): void {
	const session = db().transaction((tx) => {
		const session = sessionRow(tx, sessionId);
		requireAction(tx, user, 'sessions.manage', councilRow(tx, session.councilId));
		if (session.state !== 'open') throw new DomainError('sessions_error_session_not_open');
		if (itemId !== null && itemRow(tx, itemId).sessionId !== sessionId) throw new DomainError('sessions_error_not_found');
		tx.update(plenarySessions).set({ currentItemId: itemId }).where(eq(plenarySessions.id, sessionId)).run();
		return session;
	});
	publish({ type: 'agenda.current', councilId: session.councilId, sessionId, itemId });
}

function listAgendaIn(tx: Tx, sessionId: number): AgendaItemRow[] {
	return tx.select().from(agendaItems).where(eq(agendaItems.sessionId, sessionId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all();
}

export function listAgenda(sessionId: number): AgendaItemRow[] {
	return listAgendaIn(db(), sessionId);
}
