// Demo: evaluation stage 2 in plenary. The upcoming spring 2027 plenary carries a draft yes/no vote that submits
// the proposed indicators of the draft "PLDESS 2021-2026" to the council: adopting it will validate them (see
// plenaries/vote-indicators.ts). Runs after the plans demo, which drafts that plan.
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { auditLog } from '../audit/tables';
import { councils } from '../councils/tables';
import { indicators, plans } from '../plans/tables';
import { createVote } from '../plenaries/votes';
import { agendaItems, plenaries, votes } from '../plenaries/tables';
import { fromParisInput } from '../../paris-time';
import { PLENARY_2027 } from './plenaries-content';

/** how many of the draft plan's proposed indicators the demo vote submits */
const SUBMITTED = 6;

export function seedDemoIndicatorVote(slug: string): void {
	const d = db();
	const council = d.select().from(councils).where(eq(councils.slug, slug)).get();
	const secretariat = d.select().from(users).where(eq(users.email, 'secretariat@demo.cocon.fr')).get();
	if (!council || !secretariat) return;
	const plenary = d
		.select()
		.from(plenaries)
		.where(and(eq(plenaries.councilId, council.id), eq(plenaries.title, PLENARY_2027.title)))
		.get();
	const plan = d
		.select()
		.from(plans)
		.where(and(eq(plans.councilId, council.id), eq(plans.title, 'PLDESS 2021-2026')))
		.get();
	if (!plenary || !plan) return;
	const item = d
		.select()
		.from(agendaItems)
		.where(and(eq(agendaItems.plenaryId, plenary.id), eq(agendaItems.position, PLENARY_2027.indicatorsItem)))
		.get();
	if (!item) return;
	const proposed = d
		.select({ id: indicators.id })
		.from(indicators)
		.where(and(eq(indicators.planId, plan.id), eq(indicators.state, 'proposed')))
		.orderBy(asc(indicators.nodeId), asc(indicators.position))
		.limit(SUBMITTED)
		.all()
		.map((r) => r.id);
	const lastAudit = d.select({ id: auditLog.id }).from(auditLog).orderBy(asc(auditLog.id)).all().at(-1)?.id ?? 0;
	const vote = createVote({ id: secretariat.id, isAdmin: false }, item.id, {
		question: 'Validez-vous les indicateurs de suivi du PLDESS 2021-2026 soumis au conseil ?',
		description: 'Les indicateurs repris du PLDESS 2016-2020, avec leurs références et cibles révisées à la suite de l’évaluation.',
		method: 'yes_no_abstain',
		weighting: 'college',
		majority: 'simple',
		base: 'cast',
		quorumKind: 'none',
		secrecy: 'named',
		indicatorIds: proposed
	});
	// prepared when the plenary was convened, like the rest of its agenda
	const at = fromParisInput('2026-11-12T11:00')!;
	d.update(votes).set({ createdAt: at }).where(eq(votes.id, vote.id)).run();
	d.update(auditLog)
		.set({ createdAt: at })
		.where(and(gt(auditLog.id, lastAudit), inArray(auditLog.action, ['vote.create'])))
		.run();
}
