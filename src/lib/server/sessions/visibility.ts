// Who sees a session: a planned session is the secretariat's draft (its agenda is published by convening it),
// so only those who manage sessions see it; from convened on, everyone who may read the council's sessions.
import { can, type Actor, type CouncilScope } from '../auth/permissions';
import type { SessionRow } from './access';

export function sessionVisibleTo(actor: Actor, council: CouncilScope, session: Pick<SessionRow, 'state'>): boolean {
	return session.state !== 'planned' || can(actor, 'sessions.manage', council);
}

/** Draft votes are the secretariat's (the vote page answers 404 to others): listings drop them for everyone else. */
export function votesVisibleTo<V extends { state: string }>(actor: Actor, council: CouncilScope, votes: V[]): V[] {
	return can(actor, 'votes.manage', council) ? votes : votes.filter((v) => v.state !== 'draft');
}
