// Who sees a plenary: a planned plenary is the secretariat's draft (its agenda is published by convening it),
// so only those who manage plenaries see it; from convened on, everyone who may read the council's plenaries.
import { can, type Actor, type CouncilScope } from '../auth/permissions';
import type { PlenaryRow } from './access';

export function plenaryVisibleTo(actor: Actor, council: CouncilScope, plenary: Pick<PlenaryRow, 'state'>): boolean {
	return plenary.state !== 'planned' || can(actor, 'plenaries.manage', council);
}

/** Draft votes are the secretariat's (the vote page answers 404 to others): listings drop them for everyone else. */
export function votesVisibleTo<V extends { state: string }>(actor: Actor, council: CouncilScope, votes: V[]): V[] {
	return can(actor, 'votes.manage', council) ? votes : votes.filter((v) => v.state !== 'draft');
}
