// What the sessions and votes actions load within the council of the request before they run: the session named by
// the input (hidden planned sessions are not found by those who may not see them), a vote of that session, an item
// of its agenda. Anything missing or of another council is 'sessions_error_not_found', never "forbidden".
import { and, asc, eq } from 'drizzle-orm';
import type { ScopeContext } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import type { CouncilRow } from '../../councils/councils';
import { DomainError } from '../../errors';
import { sessionVisibleTo } from '../visibility';
import { agendaItems, plenarySessions, votes } from '../tables';
import type { SessionRow, VoteRow } from '../access';

export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type SessionScope = { council: CouncilRow; session: SessionRow; agenda: AgendaItemRow[] };
export type VoteScope = SessionScope & { vote: VoteRow };
export type ItemScope = SessionScope & { item: AgendaItemRow };

const notFound = (field = 'form') => new DomainError('sessions_error_not_found', field);

/** The session of the input, in the council of the request and visible to the actor, with its agenda in order. */
export function sessionScope({ tx, actor, council }: ScopeContext, input: { sessionId: number }): SessionScope {
	const c = requireCouncilOf(council);
	const session = tx.select().from(plenarySessions).where(eq(plenarySessions.id, input.sessionId)).get();
	if (!session || session.councilId !== c.id || !sessionVisibleTo(actor, c, session)) throw notFound();
	const agenda = tx.select().from(agendaItems).where(eq(agendaItems.sessionId, session.id)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all();
	return { council: c, session, agenda };
}

/** The vote of the input, which must belong to the session of the input. */
export function voteScope(ctx: ScopeContext, input: { sessionId: number; voteId: number }): VoteScope {
	const scope = sessionScope(ctx, input);
	const vote = ctx.tx
		.select()
		.from(votes)
		.where(and(eq(votes.id, input.voteId), eq(votes.sessionId, scope.session.id)))
		.get();
	if (!vote) throw notFound('voteId');
	return { ...scope, vote };
}

/** The agenda item of the input, which must be on the agenda of the session of the input. */
export function itemScope(ctx: ScopeContext, input: { sessionId: number; itemId: number }): ItemScope {
	const scope = sessionScope(ctx, input);
	const item = scope.agenda.find((i) => i.id === input.itemId);
	if (!item) throw notFound();
	return { ...scope, item };
}

/** The session of the input, when the input's optional item (null: none) is on its agenda. */
export function optionalItemScope(ctx: ScopeContext, input: { sessionId: number; itemId: number | null }): SessionScope {
	const scope = sessionScope(ctx, input);
	if (input.itemId !== null && !scope.agenda.some((i) => i.id === input.itemId)) throw notFound('itemId');
	return scope;
}
