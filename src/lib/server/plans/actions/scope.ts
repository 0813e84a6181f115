// What the plans actions load within the council of the request before they run: the plan named by the input
// (a draft is not found by those who may not see it, plans/visibility.ts), a node, an indicator or a measurement
// of that plan. Anything missing or of another council is "not found", never "forbidden".
import { and, eq } from 'drizzle-orm';
import type { ScopeContext } from '../../actions/define';
import { requireCouncilOf } from '../../actions/scope';
import type { CouncilRow } from '../../councils/councils';
import { DomainError } from '../../errors';
import { getPlan, type PlanSummary } from '../plans';
import { planVisibleTo } from '../visibility';
import { indicators, measurements, planNodes } from '../tables';

export type PlanScope = { council: CouncilRow; plan: PlanSummary };
export type NodeRow = typeof planNodes.$inferSelect;
export type IndicatorScope = PlanScope & { indicator: typeof indicators.$inferSelect };

/** The plan of the input, in the council of the request and visible to the actor. */
export function planScope({ tx, actor, council }: ScopeContext, input: { planId: number }): PlanScope {
	const c = requireCouncilOf(council);
	const plan = getPlan(input.planId, tx);
	if (!plan || plan.councilId !== c.id || !planVisibleTo(actor, c, plan)) throw new DomainError('plans_error_not_found', 'form');
	return { council: c, plan };
}

/** A node of the plan of the scope (else plans_error_node_not_found on `field`). */
export function nodeOf(ctx: ScopeContext, scope: PlanScope, nodeId: number, field = 'form'): NodeRow {
	const node = ctx.tx
		.select()
		.from(planNodes)
		.where(and(eq(planNodes.id, nodeId), eq(planNodes.planId, scope.plan.id)))
		.get();
	if (!node) throw new DomainError('plans_error_node_not_found', field);
	return node;
}

/** The plan of the input and its node `nodeId`. */
export function nodeScope(ctx: ScopeContext, input: { planId: number; nodeId: number }): PlanScope & { node: NodeRow } {
	const scope = planScope(ctx, input);
	return { ...scope, node: nodeOf(ctx, scope, input.nodeId) };
}

/** The plan of the input and its indicator `indicatorId`. */
export function indicatorScope(ctx: ScopeContext, input: { planId: number; indicatorId: number }): IndicatorScope {
	const scope = planScope(ctx, input);
	const indicator = ctx.tx
		.select()
		.from(indicators)
		.where(and(eq(indicators.id, input.indicatorId), eq(indicators.planId, scope.plan.id)))
		.get();
	if (!indicator) throw new DomainError('plans_error_indicator_not_found', 'form');
	return { ...scope, indicator };
}

/** The indicator of the input and one of its values, current or not (the service says when it was superseded). */
export function measurementScope(ctx: ScopeContext, input: { planId: number; indicatorId: number; measurementId: number }): IndicatorScope {
	const scope = indicatorScope(ctx, input);
	const row = ctx.tx
		.select({ id: measurements.id })
		.from(measurements)
		.where(and(eq(measurements.id, input.measurementId), eq(measurements.indicatorId, scope.indicator.id)))
		.get();
	if (!row) throw new DomainError('plans_error_measurement_not_found', 'form');
	return scope;
}
