// Plenary sessions: creation, details, lifecycle (planned → convened → open → closed → minutes_published) and
// the minutes' text sections. The secretariat ('sessions.manage') does all of it; anyone who may read the
// council ('sessions.read') may list and read sessions.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { councilRow, requireAction, sessionRow, type SessionRow, type SessionState, type SessionsUser } from './access';
import { agendaItems, plenarySessions, votes, type MinutesSection } from './tables';

export const SESSION_KINDS = ['ordinary', 'extraordinary'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export type SessionInput = {
	kind: SessionKind;
	title: string;
	description?: string;
	startsAt: Date;
	endsAt?: Date | null;
	place?: string;
	onlineUrl?: string;
};

/** The next state each state may move to. */
const NEXT: Record<SessionState, SessionState | null> = {
	planned: 'convened',
	convened: 'open',
	open: 'closed',
	closed: 'minutes_published',
	minutes_published: null
};
const STAMP = { convened: 'convenedAt', open: 'openedAt', closed: 'closedAt', minutes_published: 'minutesPublishedAt' } as const;

function checkInput(input: Partial<SessionInput>): void {
	if (input.kind !== undefined && !SESSION_KINDS.includes(input.kind)) throw new DomainError('sessions_error_kind', 'kind');
	if (input.title !== undefined && !input.title.trim()) throw new DomainError('sessions_error_title_required', 'title');
	if (input.startsAt !== undefined && Number.isNaN(input.startsAt.getTime())) throw new DomainError('sessions_error_date', 'startsAt');
	if (input.endsAt && input.startsAt && input.endsAt.getTime() < input.startsAt.getTime()) throw new DomainError('sessions_error_ends_before_start', 'endsAt');
	if (input.onlineUrl && !/^https?:\/\/\S+$/i.test(input.onlineUrl.trim())) throw new DomainError('sessions_error_online_url', 'onlineUrl');
}

const clean = <T extends Partial<SessionInput>>(input: T): T => ({
	...input,
	...(input.title !== undefined ? { title: input.title.trim() } : {}),
	...(input.place !== undefined ? { place: input.place.trim() } : {}),
	...(input.onlineUrl !== undefined ? { onlineUrl: input.onlineUrl.trim() } : {})
});

export function createSession(user: SessionsUser, councilId: number, input: SessionInput): SessionRow {
	checkInput(input);
	const session = db().transaction((tx) => {
		requireAction(tx, user, 'sessions.manage', councilRow(tx, councilId));
		const row = tx
			.insert(plenarySessions)
			.values({ ...clean(input), description: input.description ?? '', councilId, createdBy: user.id })
			.returning()
			.get();
		recordAudit(tx, { councilId, actorId: user.id, action: 'session.create', entityType: 'plenary_session', entityId: row.id, details: { title: row.title, kind: row.kind } });
		return row;
	});
	publish({ type: 'plenary.changed', councilId, sessionId: session.id, what: 'details' });
	return session;
}

/** Edits the details of a session that is not closed yet. */
export function updateSession(user: SessionsUser, sessionId: number, patch: Partial<SessionInput>): SessionRow {
	const session = db().transaction((tx) => {
		const before = sessionRow(tx, sessionId);
		requireAction(tx, user, 'sessions.manage', councilRow(tx, before.councilId));
		if (before.state === 'closed' || before.state === 'minutes_published') throw new DomainError('sessions_error_session_closed');
		checkInput({ startsAt: before.startsAt, ...patch, endsAt: patch.endsAt === undefined ? before.endsAt : patch.endsAt });
		const row = tx.update(plenarySessions).set(clean(patch)).where(eq(plenarySessions.id, sessionId)).returning().get();
		recordAudit(tx, { councilId: row.councilId, actorId: user.id, action: 'session.update', entityType: 'plenary_session', entityId: sessionId, details: { fields: Object.keys(patch) } });
		return row;
	});
	publish({ type: 'plenary.changed', councilId: session.councilId, sessionId, what: 'details' });
	return session;
}

/**
 * Moves a session one step forward. Closing it needs every vote closed first; the current item is cleared on close.
 * Convening publishes the agenda (members are notified by whoever listens to 'plenary.changed').
 */
export function setSessionState(user: SessionsUser, sessionId: number, to: SessionState): SessionRow {
	const session = db().transaction((tx) => {
		const before = sessionRow(tx, sessionId);
		requireAction(tx, user, 'sessions.manage', councilRow(tx, before.councilId));
		if (NEXT[before.state as SessionState] !== to) throw new DomainError('sessions_error_transition', 'state', { from: before.state, to });
		if (to === 'closed') {
			const open = tx
				.select({ id: votes.id })
				.from(votes)
				.where(and(eq(votes.sessionId, sessionId), eq(votes.state, 'open')))
				.get();
			if (open) throw new DomainError('sessions_error_votes_open', 'state');
		}
		const stamp = { [STAMP[to as keyof typeof STAMP]]: new Date() }; // NEXT never leads back to 'planned'
		const row = tx
			.update(plenarySessions)
			.set({ state: to, ...stamp, ...(to === 'closed' ? { currentItemId: null } : {}) })
			.where(eq(plenarySessions.id, sessionId))
			.returning()
			.get();
		recordAudit(tx, { councilId: row.councilId, actorId: user.id, action: 'session.state', entityType: 'plenary_session', entityId: sessionId, details: { from: before.state, to } });
		return row;
	});
	publish({ type: 'plenary.changed', councilId: session.councilId, sessionId, what: 'state' });
	return session;
}

/** Saves the minutes' text sections; possible from the opening of the session until the minutes are published. */
export function saveMinutes(user: SessionsUser, sessionId: number, sections: MinutesSection[]): SessionRow {
	const session = db().transaction((tx) => {
		const before = sessionRow(tx, sessionId);
		requireAction(tx, user, 'sessions.manage', councilRow(tx, before.councilId));
		if (before.state !== 'open' && before.state !== 'closed') throw new DomainError('sessions_error_minutes_state');
		const minutes = sections.map((s) => ({ title: s.title.trim(), body: s.body.trim() })).filter((s) => s.title || s.body);
		const row = tx.update(plenarySessions).set({ minutes }).where(eq(plenarySessions.id, sessionId)).returning().get();
		recordAudit(tx, { councilId: row.councilId, actorId: user.id, action: 'session.minutes', entityType: 'plenary_session', entityId: sessionId, details: { sections: minutes.length } });
		return row;
	});
	publish({ type: 'plenary.changed', councilId: session.councilId, sessionId, what: 'minutes' });
	return session;
}

/** Deletes a session that was never convened (its agenda and draft votes go with it). */
export function deleteSession(user: SessionsUser, sessionId: number): void {
	const councilId = db().transaction((tx) => {
		const before = sessionRow(tx, sessionId);
		requireAction(tx, user, 'sessions.manage', councilRow(tx, before.councilId));
		if (before.state !== 'planned') throw new DomainError('sessions_error_delete_state');
		tx.delete(plenarySessions).where(eq(plenarySessions.id, sessionId)).run();
		recordAudit(tx, { councilId: before.councilId, actorId: user.id, action: 'session.delete', entityType: 'plenary_session', entityId: sessionId, details: { title: before.title } });
		return before.councilId;
	});
	publish({ type: 'plenary.changed', councilId, sessionId, what: 'state' });
}

/** Sessions of a council, the most recent first; `states` narrows the list (e.g. upcoming: planned, convened, open). */
export function listSessions(councilId: number, states?: SessionState[]): SessionRow[] {
	const where = states?.length ? and(eq(plenarySessions.councilId, councilId), inArray(plenarySessions.state, states)) : eq(plenarySessions.councilId, councilId);
	return db().select().from(plenarySessions).where(where).orderBy(desc(plenarySessions.startsAt), desc(plenarySessions.id)).all();
}

export type SessionDetail = {
	session: SessionRow;
	agenda: (typeof agendaItems.$inferSelect)[];
	currentItem: typeof agendaItems.$inferSelect | null;
};

/** A session with its agenda in order; null when it does not exist. */
export function getSession(sessionId: number): SessionDetail | null {
	const session = db().select().from(plenarySessions).where(eq(plenarySessions.id, sessionId)).get();
	if (!session) return null;
	const agenda = db().select().from(agendaItems).where(eq(agendaItems.sessionId, sessionId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all();
	return { session, agenda, currentItem: agenda.find((i) => i.id === session.currentItemId) ?? null };
}
