// Who may see and do what in one workshop. Council roles come from the rule table (permissions.ts);
// what is scoped to one workshop is decided here: facilitators and participants (workshop_members) and
// guests (workshop_guests: a grant for ONE workshop, given by a single-use link; a guest is not a council
// member and gets nothing else of the council from it).
import { and, eq, isNull, isNotNull } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { can, type Actor } from '../auth/permissions';
import { getCouncilById, type CouncilRow } from '../councils/councils';
import { DomainError } from '../errors';
import { workshopGuests, workshopMembers, workshops } from './tables';

export type WorkshopRow = typeof workshops.$inferSelect;

export type WorkshopRights = {
	/** see the workshop, its meetings, notes, board and report */
	read: boolean;
	/** post, upvote and comment contributions, edit notes (the workshop must be open) */
	contribute: boolean;
	/** cluster, retain, run meetings, invite guests, turn outputs into proposals, close */
	facilitate: boolean;
	/** appoint facilitators, edit the workshop (secretariat, admin) */
	manage: boolean;
	/** may join as a participant (a member who has not joined yet) */
	canJoin: boolean;
	role: 'facilitator' | 'participant' | 'guest' | null;
};

export function getWorkshop(id: number, tx: Tx = db()): WorkshopRow | undefined {
	return tx.select().from(workshops).where(eq(workshops.id, id)).get();
}

export function membershipRole(workshopId: number, userId: number | null | undefined, tx: Tx = db()): 'facilitator' | 'participant' | null {
	if (!userId) return null;
	const row = tx
		.select({ role: workshopMembers.role })
		.from(workshopMembers)
		.where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, userId)))
		.get();
	return (row?.role as 'facilitator' | 'participant' | undefined) ?? null;
}

/** A guest grant of this person for this workshop (accepted, not revoked). */
export function isWorkshopGuest(workshopId: number, userId: number | null | undefined, tx: Tx = db()): boolean {
	if (!userId) return false;
	return !!tx
		.select({ id: workshopGuests.id })
		.from(workshopGuests)
		.where(and(eq(workshopGuests.workshopId, workshopId), eq(workshopGuests.userId, userId), isNotNull(workshopGuests.usedAt), isNull(workshopGuests.revokedAt)))
		.get();
}

export function workshopRights(actor: Actor, council: CouncilRow, workshop: WorkshopRow, tx: Tx = db()): WorkshopRights {
	const none: WorkshopRights = { read: false, contribute: false, facilitate: false, manage: false, canJoin: false, role: null };
	if (workshop.councilId !== council.id) return none;
	const userId = actor.user?.id;
	const manage = can(actor, 'workshops.manage', council);
	const memberRole = membershipRole(workshop.id, userId, tx);
	const facilitator = memberRole === 'facilitator' && can(actor, 'workshops.facilitate', council);
	const participant = memberRole === 'participant' && can(actor, 'workshops.participate', council);
	const guest = !memberRole && isWorkshopGuest(workshop.id, userId, tx);
	const read = can(actor, 'workshops.read', council) || guest || facilitator || participant;
	if (!read) return none;
	const open = workshop.status === 'open';
	const facilitate = manage || facilitator;
	return {
		read,
		contribute: open && (facilitate || participant || guest),
		facilitate,
		manage,
		canJoin: open && !memberRole && !!userId && can(actor, 'workshops.participate', council),
		role: facilitator ? 'facilitator' : participant ? 'participant' : guest ? 'guest' : null
	};
}

export type LoadedWorkshop = { workshop: WorkshopRow; council: CouncilRow; rights: WorkshopRights };

/** Loads a workshop the actor may read, or refuses as if it did not exist. */
export function loadWorkshop(workshopId: number, actor: Actor, tx: Tx = db()): LoadedWorkshop {
	const workshop = getWorkshop(workshopId, tx);
	const council = workshop && getCouncilById(workshop.councilId);
	if (!workshop || !council) throw new DomainError('workshops_error_not_found');
	const rights = workshopRights(actor, council, workshop, tx);
	if (!rights.read) throw new DomainError('workshops_error_not_found');
	return { workshop, council, rights };
}

export function requireRight(loaded: LoadedWorkshop, right: 'contribute' | 'facilitate' | 'manage'): void {
	if (loaded.rights[right]) return;
	if (right === 'contribute' && loaded.workshop.status !== 'open') throw new DomainError('workshops_error_closed');
	throw new DomainError('workshops_error_forbidden');
}

/**
 * Pages of the council a logged-in person who is not a council member may open because they are a guest:
 * only /c/<slug>/workshops/<id> and below, for a workshop they hold a grant for.
 */
export function guestWorkshopFromPath(councilId: number, userId: number | null | undefined, pathname: string, slug: string): number | null {
	if (!userId) return null;
	const match = new RegExp(`^/c/${slug.replace(/[^a-z0-9-]/gi, '')}/workshops/(\\d+)(?:/|$)`).exec(pathname);
	if (!match) return null;
	const id = Number(match[1]);
	const workshop = getWorkshop(id);
	if (!workshop || workshop.councilId !== councilId) return null;
	return isWorkshopGuest(id, userId) ? id : null;
}
