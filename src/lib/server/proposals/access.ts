// Who may see and touch a proposal. Drafts are private to their author and co-authors; everything else
// follows the council's 'proposals.read' rule (public councils: anyone).
import { and, eq } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { can, type Action, type Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { activeRoles, getCouncilById, type CouncilRow } from '../councils/councils';
import { DomainError } from '../errors';
import { proposalCoauthors, proposals } from './tables';

export type ProposalRow = typeof proposals.$inferSelect;

export function getProposal(id: number, tx: Tx = db()): ProposalRow | undefined {
	return tx.select().from(proposals).where(eq(proposals.id, id)).get();
}

export function getProposalInCouncil(councilId: number, id: number): ProposalRow | undefined {
	return db()
		.select()
		.from(proposals)
		.where(and(eq(proposals.id, id), eq(proposals.councilId, councilId)))
		.get();
}

/** The author and the co-authors. */
export function authorIds(proposal: Pick<ProposalRow, 'id' | 'authorId'>, tx: Tx = db()): number[] {
	const co = tx.select({ id: proposalCoauthors.userId }).from(proposalCoauthors).where(eq(proposalCoauthors.proposalId, proposal.id)).all();
	return [proposal.authorId, ...co.map((c) => c.id)];
}

export function isAuthor(proposal: Pick<ProposalRow, 'id' | 'authorId'>, userId: number | undefined | null, tx: Tx = db()): boolean {
	if (!userId) return false;
	return authorIds(proposal, tx).includes(userId);
}

export function canReadProposal(actor: Actor, council: CouncilRow, proposal: Pick<ProposalRow, 'id' | 'authorId' | 'state' | 'councilId'>): boolean {
	if (proposal.councilId !== council.id) return false;
	if (proposal.state === 'draft') return isAuthor(proposal, actor.user?.id);
	return can(actor, 'proposals.read', council);
}

/** The actor as the database knows them in a council (sockets, tests, scripts). */
export function actorFor(userId: number | null | undefined, councilId: number): Actor {
	if (!userId) return { user: null, roles: [] };
	const user = db().select({ id: users.id, isAdmin: users.isAdmin }).from(users).where(eq(users.id, userId)).get();
	if (!user) return { user: null, roles: [] };
	return { user, roles: activeRoles(councilId, user.id) };
}

export type Loaded = { proposal: ProposalRow; council: CouncilRow };

/** Loads a proposal the actor may read, or refuses as if it did not exist. */
export function loadReadable(proposalId: number, actor: Actor, tx: Tx = db()): Loaded {
	const proposal = getProposal(proposalId, tx);
	const council = proposal && getCouncilById(proposal.councilId);
	if (!proposal || !council || !canReadProposal(actor, council, proposal)) throw new DomainError('proposals_error_not_found');
	return { proposal, council };
}

/** Loads a proposal of the council of the request that the actor may read, or refuses as if it did not exist. */
export function loadReadableIn(tx: Tx, actor: Actor, council: CouncilRow, proposalId: number): Loaded {
	const proposal = tx
		.select()
		.from(proposals)
		.where(and(eq(proposals.id, proposalId), eq(proposals.councilId, council.id)))
		.get();
	if (!proposal || !canReadProposal(actor, council, proposal)) throw new DomainError('proposals_error_not_found');
	return { proposal, council };
}

/** Refuses unless the actor's role allows the action in the proposal's council. */
export function requireAction(actor: Actor, action: Action, council: CouncilRow): void {
	if (!can(actor, action, council)) throw new DomainError('proposals_error_forbidden');
}

/** Authors act on their proposal only while they may still write proposals in the council. */
export function requireAuthor(actor: Actor, loaded: Loaded, tx: Tx = db()): void {
	if (!isAuthor(loaded.proposal, actor.user?.id, tx) || !can(actor, 'proposals.create', loaded.council)) throw new DomainError('proposals_error_not_author');
}
