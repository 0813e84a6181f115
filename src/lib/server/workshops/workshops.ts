// Workshops themselves: creating and editing them, facilitators, joining and leaving, closing with
// conclusions, and the lists (council-wide with filters, "my workshops").
import { and, asc, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { can, type Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { getCouncilById } from '../councils/councils';
import { memberships, themes } from '../councils/tables';
import { listAnnualThemes } from '../plenaries/annual-themes';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { workshopMeetings, workshopMembers, workshops } from './tables';
import { loadWorkshop, requireRight } from './access';

export type WorkshopInput = { title: string; year: number; themeId: number | null; mandate: string; facilitatorIds: number[] };

function checkTheme(tx: Tx, councilId: number, themeId: number | null): void {
	if (themeId === null) return;
	const row = tx
		.select({ id: themes.id })
		.from(themes)
		.where(and(eq(themes.id, themeId), eq(themes.councilId, councilId)))
		.get();
	if (!row) throw new DomainError('workshops_error_theme', 'themeId');
}

/** A name as compared for uniqueness: no outer spaces, no case (accented letters included). */
export const sameName = (s: string) => s.trim().toLocaleLowerCase('fr');

/** Two workshops of the same council and year may not share a title (compared without case or outer spaces). */
function checkTitle(tx: Tx, councilId: number, year: number, title: string, exceptId?: number): void {
	const conditions = [eq(workshops.councilId, councilId), eq(workshops.year, year)];
	if (exceptId) conditions.push(ne(workshops.id, exceptId));
	const wanted = sameName(title);
	const taken = tx
		.select({ title: workshops.title })
		.from(workshops)
		.where(and(...conditions))
		.all()
		.some((w) => sameName(w.title) === wanted);
	if (taken) throw new DomainError('workshops_error_title_taken', 'title');
}

/** Facilitators are active council people whose role may facilitate (members, secretariat, chair). */
function checkFacilitators(tx: Tx, councilId: number, ids: number[]): number[] {
	const unique = [...new Set(ids)];
	if (!unique.length) throw new DomainError('workshops_error_facilitator_required', 'facilitatorIds');
	const rows = tx
		.select({ userId: memberships.userId, roles: memberships.roles })
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active'), inArray(memberships.userId, unique)))
		.all();
	const ok = rows.filter((r) => can({ user: { id: r.userId, isAdmin: false }, roles: r.roles }, 'workshops.facilitate', { isPublic: false }));
	if (ok.length !== unique.length) throw new DomainError('workshops_error_facilitator', 'facilitatorIds');
	return unique;
}

function setFacilitators(tx: Tx, workshopId: number, ids: number[]): void {
	tx.update(workshopMembers)
		.set({ role: 'participant' })
		.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.role, 'facilitator')))
		.run();
	for (const userId of ids)
		tx.insert(workshopMembers)
			.values({ workshopId, userId, role: 'facilitator' })
			.onConflictDoUpdate({ target: [workshopMembers.workshopId, workshopMembers.userId], set: { role: 'facilitator' } })
			.run();
}

/** Inserts a workshop inside the caller's transaction (checked input); used by createWorkshop and the demo. */
export function insertWorkshop(tx: Tx, councilId: number, input: WorkshopInput, createdBy: number | null, createdAt = new Date()) {
	checkTitle(tx, councilId, input.year, input.title);
	checkTheme(tx, councilId, input.themeId);
	const facilitators = checkFacilitators(tx, councilId, input.facilitatorIds);
	const row = tx.insert(workshops).values({ councilId, year: input.year, themeId: input.themeId, title: input.title.trim(), mandate: input.mandate, createdBy, createdAt }).returning().get();
	setFacilitators(tx, row.id, facilitators);
	return row;
}

export function createWorkshop(actor: Actor, councilId: number, input: WorkshopInput) {
	const council = getCouncilById(councilId);
	if (!council || !can(actor, 'workshops.manage', council)) throw new DomainError('workshops_error_forbidden');
	const row = db().transaction((tx) => {
		const w = insertWorkshop(tx, councilId, input, actor.user?.id ?? null);
		recordAudit(tx, { councilId, actorId: actor.user?.id ?? null, action: 'workshop.create', entityType: 'workshop', entityId: w.id, details: { title: w.title } });
		return w;
	});
	publish({ type: 'workshop.changed', councilId, workshopId: row.id, what: 'details' });
	return row;
}

/** Title, year, theme and mandate: facilitators; the facilitators themselves: managers only. */
export function updateWorkshop(actor: Actor, workshopId: number, input: WorkshopInput) {
	const row = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		checkTitle(tx, loaded.council.id, input.year, input.title, workshopId);
		checkTheme(tx, loaded.council.id, input.themeId);
		const w = tx.update(workshops).set({ title: input.title.trim(), year: input.year, themeId: input.themeId, mandate: input.mandate }).where(eq(workshops.id, workshopId)).returning().get();
		if (loaded.rights.manage) setFacilitators(tx, workshopId, checkFacilitators(tx, loaded.council.id, input.facilitatorIds));
		recordAudit(tx, { councilId: loaded.council.id, actorId: actor.user?.id ?? null, action: 'workshop.update', entityType: 'workshop', entityId: workshopId });
		return w;
	});
	publish({ type: 'workshop.changed', councilId: row.councilId, workshopId, what: 'details' });
	return row;
}

export function joinWorkshop(actor: Actor, workshopId: number): void {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		if (!loaded.rights.canJoin) throw new DomainError(loaded.workshop.status === 'open' ? 'workshops_error_forbidden' : 'workshops_error_closed');
		tx.insert(workshopMembers).values({ workshopId, userId: actor.user!.id, role: 'participant' }).onConflictDoNothing().run();
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'members' });
}

/** A participant leaves; facilitators stay until a manager changes them. */
export function leaveWorkshop(actor: Actor, workshopId: number): void {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		if (loaded.rights.role !== 'participant') throw new DomainError('workshops_error_not_participant');
		tx.delete(workshopMembers)
			.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, actor.user!.id)))
			.run();
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'members' });
}

export function closeWorkshop(actor: Actor, workshopId: number, conclusions: string, at = new Date()) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		if (loaded.workshop.status === 'closed') throw new DomainError('workshops_error_closed');
		if (!conclusions.trim()) throw new DomainError('workshops_error_conclusions_required', 'conclusions');
		tx.update(workshops).set({ status: 'closed', conclusions, closedAt: at }).where(eq(workshops.id, workshopId)).run();
		recordAudit(tx, { councilId: loaded.council.id, actorId: actor.user?.id ?? null, action: 'workshop.close', entityType: 'workshop', entityId: workshopId });
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'details' });
}

export function reopenWorkshop(actor: Actor, workshopId: number) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		tx.update(workshops).set({ status: 'open', closedAt: null }).where(eq(workshops.id, workshopId)).run();
		recordAudit(tx, { councilId: loaded.council.id, actorId: actor.user?.id ?? null, action: 'workshop.reopen', entityType: 'workshop', entityId: workshopId });
		return loaded.council.id;
	});
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'details' });
}

export type WorkshopListItem = {
	id: number;
	title: string;
	year: number;
	status: string;
	themeId: number | null;
	themeName: string | null;
	participants: number;
	nextMeetingAt: Date | null;
	myRole: string | null;
};

/** The council's workshops, newest year first, filtered by theme and year; `mine` keeps the viewer's. */
export function listWorkshops(councilId: number, filter: { themeId?: number; year?: number; userId?: number | null; mine?: boolean } = {}, now = new Date()): WorkshopListItem[] {
	const conditions = [eq(workshops.councilId, councilId)];
	if (filter.themeId) conditions.push(eq(workshops.themeId, filter.themeId));
	if (filter.year) conditions.push(eq(workshops.year, filter.year));
	const rows = db()
		.select({
			id: workshops.id,
			title: workshops.title,
			year: workshops.year,
			status: workshops.status,
			themeId: workshops.themeId,
			themeName: themes.name,
			participants: sql<number>`(select count(*) from workshop_members wm where wm.workshop_id = ${workshops.id})`,
			nextMeetingAt: sql<number | null>`(select min(starts_at) from workshop_meetings m where m.workshop_id = ${workshops.id} and m.starts_at >= ${now.getTime()})`,
			myRole: sql<string | null>`(select role from workshop_members wm where wm.workshop_id = ${workshops.id} and wm.user_id = ${filter.userId ?? 0})`
		})
		.from(workshops)
		.leftJoin(themes, eq(themes.id, workshops.themeId))
		.where(and(...conditions))
		.orderBy(desc(workshops.year), asc(workshops.title))
		.all()
		.map((r) => ({ ...r, nextMeetingAt: r.nextMeetingAt === null ? null : new Date(r.nextMeetingAt) }));
	return filter.mine ? rows.filter((r) => r.myRole) : rows;
}

/** Upcoming meetings of the workshops the person takes part in. */
export function myUpcomingMeetings(councilId: number, userId: number, now = new Date(), limit = 10) {
	return db()
		.select({ id: workshopMeetings.id, title: workshopMeetings.title, startsAt: workshopMeetings.startsAt, place: workshopMeetings.place, workshopId: workshops.id, workshopTitle: workshops.title })
		.from(workshopMeetings)
		.innerJoin(workshops, eq(workshops.id, workshopMeetings.workshopId))
		.innerJoin(workshopMembers, and(eq(workshopMembers.workshopId, workshops.id), eq(workshopMembers.userId, userId)))
		.where(and(eq(workshops.councilId, councilId), gte(workshopMeetings.startsAt, now)))
		.orderBy(asc(workshopMeetings.startsAt))
		.limit(limit)
		.all();
}

export function workshopYears(councilId: number): number[] {
	return db()
		.selectDistinct({ year: workshops.year })
		.from(workshops)
		.where(eq(workshops.councilId, councilId))
		.orderBy(desc(workshops.year))
		.all()
		.map((r) => r.year);
}

/** Themes to offer in the workshop form: the year's annual themes first (in rank order), then the others. */
export function themeChoices(councilId: number, year: number) {
	const annual = listAnnualThemes(councilId, year);
	const rank = new Map(annual.map((a) => [a.themeId, a.rank]));
	const all = db()
		.select({ id: themes.id, name: themes.name, kind: themes.kind, position: themes.position })
		.from(themes)
		.where(and(eq(themes.councilId, councilId), eq(themes.archived, false)))
		.orderBy(asc(themes.kind), asc(themes.position))
		.all()
		.filter((t) => t.kind === 'theme');
	const annualOnes = all.filter((t) => rank.has(t.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
	return { annual: annualOnes.map((t) => ({ id: t.id, name: t.name })), others: all.filter((t) => !rank.has(t.id)).map((t) => ({ id: t.id, name: t.name })) };
}

/** People who may be appointed facilitators (active members, secretariat, chair). */
export function facilitatorCandidates(councilId: number) {
	return db()
		.select({ id: users.id, name: users.name, roles: memberships.roles })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active')))
		.orderBy(asc(users.name))
		.all()
		.filter((r) => can({ user: { id: r.id, isAdmin: false }, roles: r.roles }, 'workshops.facilitate', { isPublic: false }))
		.map((r) => ({ id: r.id, name: r.name }));
}

/** Facilitators, participants and guests of a workshop. */
export function workshopPeople(workshopId: number) {
	const members = db()
		.select({ id: users.id, name: users.name, role: workshopMembers.role })
		.from(workshopMembers)
		.innerJoin(users, eq(users.id, workshopMembers.userId))
		.where(eq(workshopMembers.workshopId, workshopId))
		.orderBy(asc(users.name))
		.all();
	const guests = db().all<{ id: number; name: string }>(
		sql`select u.id, u.name from workshop_guests g join users u on u.id = g.user_id where g.workshop_id = ${workshopId} and g.used_at is not null and g.revoked_at is null order by u.name`
	);
	return {
		facilitators: members.filter((m) => m.role === 'facilitator').map(({ id, name }) => ({ id, name })),
		participants: members.filter((m) => m.role === 'participant').map(({ id, name }) => ({ id, name })),
		guests
	};
}

/** The name of the workshop's theme (null without one). */
export function themeNameOf(themeId: number | null): string | null {
	if (!themeId) return null;
	return db().select({ name: themes.name }).from(themes).where(eq(themes.id, themeId)).get()?.name ?? null;
}
