// The agenda of a plenary: ordered items (positions 0…n-1), edited by the secretariat until the plenary
// closes, and the "current item" that every screen follows during the plenary.
import { and, asc, eq, ne } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { councilRow, requireAction, plenaryRow, type PlenaryRow, type PlenaryUser } from './access';
import { agendaItems, plenaries, votes } from './tables';

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
	if (input.kind !== undefined && !AGENDA_KINDS.includes(input.kind)) throw new DomainError('plenaries_error_kind', 'kind');
	if (input.title !== undefined && !input.title.trim()) throw new DomainError('plenaries_error_title_required', 'title');
	const d = input.durationMinutes;
	if (d !== undefined && !(Number.isInteger(d) && d >= 0 && d <= 24 * 60)) throw new DomainError('plenaries_error_duration', 'durationMinutes');
}

/** Loads the plenary for an agenda change and checks the permission and that the plenary is not closed. */
function editable(tx: Tx, user: PlenaryUser, plenaryId: number): PlenaryRow {
	const plenary = plenaryRow(tx, plenaryId);
	requireAction(tx, user, 'plenaries.manage', councilRow(tx, plenary.councilId));
	if (plenary.state === 'closed' || plenary.state === 'minutes_published') throw new DomainError('plenaries_error_plenary_closed');
	return plenary;
}

function itemRow(tx: Tx, itemId: number): AgendaItemRow {
	const item = tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get();
	if (!item) throw new DomainError('plenaries_error_not_found');
	return item;
}

function itemIds(tx: Tx, plenaryId: number): number[] {
	return tx
		.select({ id: agendaItems.id })
		.from(agendaItems)
		.where(eq(agendaItems.plenaryId, plenaryId))
		.orderBy(asc(agendaItems.position), asc(agendaItems.id))
		.all()
		.map((r) => r.id);
}

function writeOrder(tx: Tx, ids: number[]): void {
	ids.forEach((id, position) => tx.update(agendaItems).set({ position }).where(eq(agendaItems.id, id)).run());
}

function changed(plenary: PlenaryRow): void {
	publish({ type: 'plenary.changed', councilId: plenary.councilId, plenaryId: plenary.id, what: 'agenda' });
}

/** Adds an item at `position` (0-based; default: at the end). */
export function addAgendaItem(user: PlenaryUser, plenaryId: number, input: AgendaItemInput, position?: number): AgendaItemRow {
	checkItem(input);
	const { plenary, item } = db().transaction((tx) => {
		const plenary = editable(tx, user, plenaryId);
		const ids = itemIds(tx, plenaryId);
		const item = tx
			.insert(agendaItems)
			.values({
				plenaryId,
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
		recordAudit(tx, { councilId: plenary.councilId, actorId: user.id, action: 'agenda.create', entityType: 'agenda_item', entityId: item.id, details: { plenaryId, title: item.title } });
		return { plenary, item: { ...item, position: at } };
	});
	changed(plenary);
	return item;
}

export function updateAgendaItem(user: PlenaryUser, itemId: number, patch: Partial<AgendaItemInput>): AgendaItemRow {
	checkItem(patch);
	const { plenary, item } = db().transaction((tx) => {
		const plenary = editable(tx, user, itemRow(tx, itemId).plenaryId);
		const set = {
			...patch,
			...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
			...(patch.description !== undefined ? { description: patch.description.trim() } : {}),
			...(patch.presenter !== undefined ? { presenter: patch.presenter.trim() } : {})
		};
		const item = tx.update(agendaItems).set(set).where(eq(agendaItems.id, itemId)).returning().get();
		recordAudit(tx, { councilId: plenary.councilId, actorId: user.id, action: 'agenda.update', entityType: 'agenda_item', entityId: itemId, details: { fields: Object.keys(patch) } });
		return { plenary, item };
	});
	changed(plenary);
	return item;
}

/** Removes an item; refused when one of its votes has been opened (draft votes go with the item). */
export function removeAgendaItem(user: PlenaryUser, itemId: number): void {
	const plenary = db().transaction((tx) => {
		const item = itemRow(tx, itemId);
		const plenary = editable(tx, user, item.plenaryId);
		const used = tx
			.select({ id: votes.id })
			.from(votes)
			.where(and(eq(votes.agendaItemId, itemId), ne(votes.state, 'draft')))
			.get();
		if (used) throw new DomainError('plenaries_error_item_has_votes');
		tx.delete(agendaItems).where(eq(agendaItems.id, itemId)).run();
		writeOrder(tx, itemIds(tx, item.plenaryId));
		recordAudit(tx, {
			councilId: plenary.councilId,
			actorId: user.id,
			action: 'agenda.delete',
			entityType: 'agenda_item',
			entityId: itemId,
			details: { plenaryId: item.plenaryId, title: item.title }
		});
		return plenary;
	});
	changed(plenary);
}

/** Moves one item to a new 0-based position (keyboard "move up / down" and drag and drop). */
export function moveAgendaItem(user: PlenaryUser, itemId: number, toPosition: number): AgendaItemRow[] {
	const { plenary, agenda } = db().transaction((tx) => {
		const item = itemRow(tx, itemId);
		const plenary = editable(tx, user, item.plenaryId);
		const ids = itemIds(tx, item.plenaryId).filter((id) => id !== itemId);
		const at = Math.max(0, Math.min(Math.trunc(toPosition), ids.length));
		writeOrder(tx, [...ids.slice(0, at), itemId, ...ids.slice(at)]);
		recordAudit(tx, { councilId: plenary.councilId, actorId: user.id, action: 'agenda.move', entityType: 'agenda_item', entityId: itemId, details: { position: at } });
		return { plenary, agenda: listAgendaIn(tx, item.plenaryId) };
	});
	changed(plenary);
	return agenda;
}

/** Sets the whole order at once; `orderedIds` must list every item of the plenary exactly once. */
export function reorderAgenda(user: PlenaryUser, plenaryId: number, orderedIds: number[]): AgendaItemRow[] {
	const { plenary, agenda } = db().transaction((tx) => {
		const plenary = editable(tx, user, plenaryId);
		const current = itemIds(tx, plenaryId);
		const same = orderedIds.length === current.length && new Set(orderedIds).size === current.length && orderedIds.every((id) => current.includes(id));
		if (!same) throw new DomainError('plenaries_error_reorder', 'order');
		writeOrder(tx, orderedIds);
		recordAudit(tx, { councilId: plenary.councilId, actorId: user.id, action: 'agenda.reorder', entityType: 'plenary_session', entityId: plenaryId, details: { order: orderedIds } });
		return { plenary, agenda: listAgendaIn(tx, plenaryId) };
	});
	changed(plenary);
	return agenda;
}

/** Sets (or clears, with null) the item every screen follows; only while the plenary is open. Not audited. */
export function setCurrentItem(user: PlenaryUser, plenaryId: number, itemId: number | null): void {
	const plenary = db().transaction((tx) => {
		const plenary = plenaryRow(tx, plenaryId);
		requireAction(tx, user, 'plenaries.manage', councilRow(tx, plenary.councilId));
		if (plenary.state !== 'open') throw new DomainError('plenaries_error_plenary_not_open');
		if (itemId !== null && itemRow(tx, itemId).plenaryId !== plenaryId) throw new DomainError('plenaries_error_not_found');
		tx.update(plenaries).set({ currentItemId: itemId }).where(eq(plenaries.id, plenaryId)).run();
		return plenary;
	});
	publish({ type: 'agenda.current', councilId: plenary.councilId, plenaryId, itemId });
}

function listAgendaIn(tx: Tx, plenaryId: number): AgendaItemRow[] {
	return tx.select().from(agendaItems).where(eq(agendaItems.plenaryId, plenaryId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all();
}

export function listAgenda(plenaryId: number): AgendaItemRow[] {
	return listAgendaIn(db(), plenaryId);
}
