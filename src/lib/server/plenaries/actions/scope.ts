// What the plenaries and votes actions load within the council of the request before they run: the plenary named by
// the input (hidden planned plenaries are not found by those who may not see them), a vote of that plenary, an item
// of its agenda. Anything missing or of another council is 'plenaries_error_not_found', never "forbidden".
import { and, asc, eq } from 'drizzle-orm';
import type { ScopeContext } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import type { CouncilRow } from '../../councils/councils';
import { DomainError } from '../../errors';
import { plenaryVisibleTo } from '../visibility';
import { agendaItems, plenaries, votes } from '../tables';
import type { PlenaryRow, VoteRow } from '../access';

export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type PlenaryScope = { council: CouncilRow; plenary: PlenaryRow; agenda: AgendaItemRow[] };
export type VoteScope = PlenaryScope & { vote: VoteRow };
export type ItemScope = PlenaryScope & { item: AgendaItemRow };

const notFound = (field = 'form') => new DomainError('plenaries_error_not_found', field);

/** The plenary of the input, in the council of the request and visible to the actor, with its agenda in order. */
export function plenaryScope({ tx, actor, council }: ScopeContext, input: { plenaryId: number }): PlenaryScope {
	const c = requireCouncilOf(council);
	const plenary = tx.select().from(plenaries).where(eq(plenaries.id, input.plenaryId)).get();
	if (!plenary || plenary.councilId !== c.id || !plenaryVisibleTo(actor, c, plenary)) throw notFound();
	const agenda = tx.select().from(agendaItems).where(eq(agendaItems.plenaryId, plenary.id)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all();
	return { council: c, plenary, agenda };
}

/** The vote of the input, which must belong to the plenary of the input. */
export function voteScope(ctx: ScopeContext, input: { plenaryId: number; voteId: number }): VoteScope {
	const scope = plenaryScope(ctx, input);
	const vote = ctx.tx
		.select()
		.from(votes)
		.where(and(eq(votes.id, input.voteId), eq(votes.plenaryId, scope.plenary.id)))
		.get();
	if (!vote) throw notFound('voteId');
	return { ...scope, vote };
}

/** The agenda item of the input, which must be on the agenda of the plenary of the input. */
export function itemScope(ctx: ScopeContext, input: { plenaryId: number; itemId: number }): ItemScope {
	const scope = plenaryScope(ctx, input);
	const item = scope.agenda.find((i) => i.id === input.itemId);
	if (!item) throw notFound();
	return { ...scope, item };
}

/** The plenary of the input, when the input's optional item (null: none) is on its agenda. */
export function optionalItemScope(ctx: ScopeContext, input: { plenaryId: number; itemId: number | null }): PlenaryScope {
	const scope = plenaryScope(ctx, input);
	if (input.itemId !== null && !scope.agenda.some((i) => i.id === input.itemId)) throw notFound('itemId');
	return scope;
}
