// What the join-request actions load within the council of the request before they run.
import { and, eq } from 'drizzle-orm';
import type { ScopeContext } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import { DomainError } from '../../errors';
import { colleges } from '../tables';
import { requestByToken, type JoinRequestRow } from '../join-requests';
import { requestInCouncil } from '../join-decisions';

/** A college named by the input must be one of the council's (else "not found", next to the field). */
export function collegeInCouncil({ tx, council }: ScopeContext, collegeId: number | null): void {
	if (collegeId === null) return;
	const found = tx
		.select({ id: colleges.id })
		.from(colleges)
		.where(and(eq(colleges.id, collegeId), eq(colleges.councilId, requireCouncilOf(council).id)))
		.get();
	if (!found) throw new DomainError('members_join_college_not_found', 'collegeId');
}

/** The request a decision names, within the council of the request; its college too. */
export function decisionScope(ctx: ScopeContext, input: { requestId: number; collegeId?: number | null }): JoinRequestRow {
	const request = requestInCouncil(ctx.tx, requireCouncilOf(ctx.council).id, input.requestId);
	collegeInCouncil(ctx, input.collegeId ?? null);
	return request;
}

/** The request a confirmation link names, within the council of the request. */
export function tokenScope({ tx, council }: ScopeContext, input: { token: string }): JoinRequestRow {
	return requestByToken(tx, requireCouncilOf(council).id, input.token);
}
