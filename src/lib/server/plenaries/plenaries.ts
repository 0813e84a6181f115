// Plenaries: creation, details, lifecycle (planned → convened → open → closed → minutes_published) and
// the minutes' text sections. The secretariat ('plenaries.manage') does all of it; anyone who may read the
// council ('plenaries.read') may list and read plenaries.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { councilRow, requireAction, plenaryRow, type PlenaryRow, type PlenaryState, type PlenaryUser } from './access';
import { agendaItems, plenaries, votes, type MinutesSection } from './tables';

export const PLENARY_KINDS = ['ordinary', 'extraordinary'] as const;
export type PlenaryKind = (typeof PLENARY_KINDS)[number];

export type PlenaryInput = {
	kind: PlenaryKind;
	title: string;
	description?: string;
	startsAt: Date;
	endsAt?: Date | null;
	place?: string;
	onlineUrl?: string;
};

/** The next state each state may move to. */
const NEXT: Record<PlenaryState, PlenaryState | null> = {
	planned: 'convened',
	convened: 'open',
	open: 'closed',
	closed: 'minutes_published',
	minutes_published: null
};
const STAMP = { convened: 'convenedAt', open: 'openedAt', closed: 'closedAt', minutes_published: 'minutesPublishedAt' } as const;

function checkInput(input: Partial<PlenaryInput>): void {
	if (input.kind !== undefined && !PLENARY_KINDS.includes(input.kind)) throw new DomainError('plenaries_error_kind', 'kind');
	if (input.title !== undefined && !input.title.trim()) throw new DomainError('plenaries_error_title_required', 'title');
	if (input.startsAt !== undefined && Number.isNaN(input.startsAt.getTime())) throw new DomainError('plenaries_error_date', 'startsAt');
	if (input.endsAt && input.startsAt && input.endsAt.getTime() < input.startsAt.getTime()) throw new DomainError('plenaries_error_ends_before_start', 'endsAt');
	if (input.onlineUrl && !/^https?:\/\/\S+$/i.test(input.onlineUrl.trim())) throw new DomainError('plenaries_error_online_url', 'onlineUrl');
}

const clean = <T extends Partial<PlenaryInput>>(input: T): T => ({
	...input,
	...(input.title !== undefined ? { title: input.title.trim() } : {}),
	...(input.place !== undefined ? { place: input.place.trim() } : {}),
	...(input.onlineUrl !== undefined ? { onlineUrl: input.onlineUrl.trim() } : {})
});

export function createPlenary(user: PlenaryUser, councilId: number, input: PlenaryInput): PlenaryRow {
	checkInput(input);
	const plenary = db().transaction((tx) => {
		requireAction(tx, user, 'plenaries.manage', councilRow(tx, councilId));
		const row = tx
			.insert(plenaries)
			.values({ ...clean(input), description: input.description ?? '', councilId, createdBy: user.id })
			.returning()
			.get();
		recordAudit(tx, { councilId, actorId: user.id, action: 'session.create', entityType: 'plenary_session', entityId: row.id, details: { title: row.title, kind: row.kind } });
		return row;
	});
	publish({ type: 'plenary.changed', councilId, plenaryId: plenary.id, what: 'details' });
	return plenary;
}

/** Edits the details of a plenary that is not closed yet. */
export function updatePlenary(user: PlenaryUser, plenaryId: number, patch: Partial<PlenaryInput>): PlenaryRow {
	const plenary = db().transaction((tx) => {
		const before = plenaryRow(tx, plenaryId);
		requireAction(tx, user, 'plenaries.manage', councilRow(tx, before.councilId));
		if (before.state === 'closed' || before.state === 'minutes_published') throw new DomainError('plenaries_error_plenary_closed');
		checkInput({ startsAt: before.startsAt, ...patch, endsAt: patch.endsAt === undefined ? before.endsAt : patch.endsAt });
		const row = tx.update(plenaries).set(clean(patch)).where(eq(plenaries.id, plenaryId)).returning().get();
		recordAudit(tx, { councilId: row.councilId, actorId: user.id, action: 'session.update', entityType: 'plenary_session', entityId: plenaryId, details: { fields: Object.keys(patch) } });
		return row;
	});
	publish({ type: 'plenary.changed', councilId: plenary.councilId, plenaryId, what: 'details' });
	return plenary;
}

/**
 * Moves a plenary one step forward. Closing it needs every vote closed first; the current item is cleared on close.
 * Convening publishes the agenda (members are notified by whoever listens to 'plenary.changed').
 */
export function setPlenaryState(user: PlenaryUser, plenaryId: number, to: PlenaryState): PlenaryRow {
	const plenary = db().transaction((tx) => {
		const before = plenaryRow(tx, plenaryId);
		requireAction(tx, user, 'plenaries.manage', councilRow(tx, before.councilId));
		if (NEXT[before.state as PlenaryState] !== to) throw new DomainError('plenaries_error_transition', 'state', { from: before.state, to });
		if (to === 'closed') {
			const open = tx
				.select({ id: votes.id })
				.from(votes)
				.where(and(eq(votes.plenaryId, plenaryId), eq(votes.state, 'open')))
				.get();
			if (open) throw new DomainError('plenaries_error_votes_open', 'state');
		}
		const stamp = { [STAMP[to as keyof typeof STAMP]]: new Date() }; // NEXT never leads back to 'planned'
		const row = tx
			.update(plenaries)
			.set({ state: to, ...stamp, ...(to === 'closed' ? { currentItemId: null } : {}) })
			.where(eq(plenaries.id, plenaryId))
			.returning()
			.get();
		recordAudit(tx, { councilId: row.councilId, actorId: user.id, action: 'session.state', entityType: 'plenary_session', entityId: plenaryId, details: { from: before.state, to } });
		return row;
	});
	publish({ type: 'plenary.changed', councilId: plenary.councilId, plenaryId, what: 'state' });
	return plenary;
}

/** Saves the minutes' text sections; possible from the opening of the plenary until the minutes are published. */
export function saveMinutes(user: PlenaryUser, plenaryId: number, sections: MinutesSection[]): PlenaryRow {
	const plenary = db().transaction((tx) => {
		const before = plenaryRow(tx, plenaryId);
		requireAction(tx, user, 'plenaries.manage', councilRow(tx, before.councilId));
		if (before.state !== 'open' && before.state !== 'closed') throw new DomainError('plenaries_error_minutes_state');
		const minutes = sections.map((s) => ({ title: s.title.trim(), body: s.body.trim() })).filter((s) => s.title || s.body);
		const row = tx.update(plenaries).set({ minutes }).where(eq(plenaries.id, plenaryId)).returning().get();
		recordAudit(tx, { councilId: row.councilId, actorId: user.id, action: 'session.minutes', entityType: 'plenary_session', entityId: plenaryId, details: { sections: minutes.length } });
		return row;
	});
	publish({ type: 'plenary.changed', councilId: plenary.councilId, plenaryId, what: 'minutes' });
	return plenary;
}

/** Deletes a plenary that was never convened (its agenda and draft votes go with it). */
export function deletePlenary(user: PlenaryUser, plenaryId: number): void {
	const councilId = db().transaction((tx) => {
		const before = plenaryRow(tx, plenaryId);
		requireAction(tx, user, 'plenaries.manage', councilRow(tx, before.councilId));
		if (before.state !== 'planned') throw new DomainError('plenaries_error_delete_state');
		tx.delete(plenaries).where(eq(plenaries.id, plenaryId)).run();
		recordAudit(tx, { councilId: before.councilId, actorId: user.id, action: 'session.delete', entityType: 'plenary_session', entityId: plenaryId, details: { title: before.title } });
		return before.councilId;
	});
	publish({ type: 'plenary.changed', councilId, plenaryId, what: 'state' });
}

/** Plenaries of a council, the most recent first; `states` narrows the list (e.g. upcoming: planned, convened, open). */
export function listPlenaries(councilId: number, states?: PlenaryState[]): PlenaryRow[] {
	const where = states?.length ? and(eq(plenaries.councilId, councilId), inArray(plenaries.state, states)) : eq(plenaries.councilId, councilId);
	return db().select().from(plenaries).where(where).orderBy(desc(plenaries.startsAt), desc(plenaries.id)).all();
}

export type PlenaryDetail = {
	plenary: PlenaryRow;
	agenda: (typeof agendaItems.$inferSelect)[];
	currentItem: typeof agendaItems.$inferSelect | null;
};

/** A plenary with its agenda in order; null when it does not exist. */
export function getPlenary(plenaryId: number): PlenaryDetail | null {
	const plenary = db().select().from(plenaries).where(eq(plenaries.id, plenaryId)).get();
	if (!plenary) return null;
	const agenda = db().select().from(agendaItems).where(eq(agendaItems.plenaryId, plenaryId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all();
	return { plenary, agenda, currentItem: agenda.find((i) => i.id === plenary.currentItemId) ?? null };
}
