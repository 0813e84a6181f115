// Sample inputs of the plans actions, drawn from a council's objects (see actions/samples.ts): the demo's evaluated
// plan and its draft successor.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { NAMES_NO_OBJECT, type SampleWorld, type Samples } from '../../actions/sample-types';
import { evaluationCampaigns } from '../../evaluation/tables';
import { proposals } from '../../proposals/tables';
import { indicators, measurements, planNodes, plans } from '../tables';
import { ADOPTED_PROPOSAL_STATES } from '../values';

/** The demo's evaluated plan: the one with an evaluation campaign. */
export const evaluatedPlan = (w: SampleWorld) =>
	w.db.select({ id: plans.id }).from(plans).innerJoin(evaluationCampaigns, eq(evaluationCampaigns.planId, plans.id)).where(eq(plans.councilId, w.councilId)).get()!.id;

/** The next plan drawn from it: a draft (until an earlier sample adopts it; the samples run one after the other). */
const successor = (w: SampleWorld) =>
	w.db
		.select({ id: plans.id })
		.from(plans)
		.where(and(eq(plans.councilId, w.councilId), isNotNull(plans.predecessorId)))
		.get()!.id;

const evaluated = evaluatedPlan;
const draft = successor;

const nodeOf = (w: SampleWorld, planId: number, kinds: string[]) =>
	w.db
		.select({ id: planNodes.id })
		.from(planNodes)
		.where(and(eq(planNodes.planId, planId), inArray(planNodes.kind, kinds)))
		.get()!.id;

const indicatorOf = (w: SampleWorld, planId: number) => w.db.select({ id: indicators.id, nodeId: indicators.nodeId }).from(indicators).where(eq(indicators.planId, planId)).get()!;

const adoptedProposal = (w: SampleWorld) =>
	w.db
		.select({ id: proposals.id })
		.from(proposals)
		.where(and(eq(proposals.councilId, w.councilId), inArray(proposals.state, [...ADOPTED_PROPOSAL_STATES])))
		.get()!.id;

const indicatorFields = { name: 'Indicateur exemple', direction: 'higher', baselineValue: '1', baselineDate: '2021-01-01', targetValue: '10', targetDate: '2026-12-31', frequency: 'yearly' };

/** The draft plan's node of these kinds. */
const draftNode = (w: SampleWorld, kinds: string[]) => {
	const planId = draft(w);
	return { planId, nodeId: nodeOf(w, planId, kinds) };
};
const OBJECTIVES = ['strategic_objective', 'operational_objective'];

export const planSamples: Samples = {
	'plans.createPlan': NAMES_NO_OBJECT,
	'plans.adoptPlan': (w: SampleWorld) => {
		// its stale carried targets count as reviewed, so that adopting it goes through as the later samples expect
		const planId = draft(w);
		w.db.update(indicators).set({ targetReviewedAt: new Date() }).where(eq(indicators.planId, planId)).run();
		return { planId };
	},
	'plans.startEvaluation': (w: SampleWorld) => ({ planId: evaluated(w) }),
	'plans.closePlan': (w: SampleWorld) => ({ planId: evaluated(w) }),
	'plans.deletePlan': (w: SampleWorld) => ({ planId: draft(w) }),
	'plans.draftNextPlan': (w: SampleWorld) => ({ planId: evaluated(w), title: 'Plan suivant', startYear: '2027', endYear: '2032' }),
	'plans.addNode': (w: SampleWorld) => ({ planId: draft(w), kind: 'principle', title: 'Principe exemple' }),
	'plans.editNode': (w: SampleWorld) => ({ ...draftNode(w, ['principle']), title: 'Principe renommé' }),
	'plans.moveNode': (w: SampleWorld) => ({ ...draftNode(w, ['principle']), direction: 'down' }),
	'plans.dropNode': (w: SampleWorld) => ({ ...draftNode(w, ['principle']), parentId: '', position: '0' }),
	'plans.deleteNode': (w: SampleWorld) => draftNode(w, ['action']),
	'plans.linkNode': (w: SampleWorld) => ({ ...draftNode(w, ['action']), target: `proposal:${adoptedProposal(w)}` }),
	'plans.unlinkNode': (w: SampleWorld) => ({ ...draftNode(w, ['action']), targetType: 'proposal', targetId: adoptedProposal(w) }),
	'plans.addIndicator': (w: SampleWorld) => ({ ...draftNode(w, OBJECTIVES), ...indicatorFields }),
	'plans.updateIndicator': (w: SampleWorld) => {
		const planId = draft(w);
		return { planId, indicatorId: indicatorOf(w, planId).id, ...indicatorFields };
	},
	'plans.dropIndicator': (w: SampleWorld) => {
		const planId = draft(w);
		const indicator = indicatorOf(w, planId);
		return { planId, indicatorId: indicator.id, nodeId: indicator.nodeId, position: '0' };
	},
	'plans.moveIndicator': (w: SampleWorld) => {
		const planId = draft(w);
		return { planId, indicatorId: indicatorOf(w, planId).id, nodeId: nodeOf(w, planId, OBJECTIVES) };
	},
	'plans.validateIndicator': (w: SampleWorld) => {
		const planId = draft(w);
		return { planId, indicatorId: indicatorOf(w, planId).id, ref: 'Délibération du conseil', validatedOn: '2016-06-14' };
	},
	'plans.retireIndicator': (w: SampleWorld) => {
		const planId = draft(w);
		return { planId, indicatorId: indicatorOf(w, planId).id, reason: 'Exemple' };
	},
	'plans.reviewTarget': (w: SampleWorld) => {
		const planId = draft(w);
		const carried = w.db
			.select({ id: indicators.id })
			.from(indicators)
			.where(and(eq(indicators.planId, planId), isNotNull(indicators.originIndicatorId)))
			.get();
		return { planId, indicatorId: (carried ?? indicatorOf(w, planId)).id, mode: 'confirm' };
	},
	'plans.addMeasurement': (w: SampleWorld) => {
		const planId = evaluated(w);
		return { planId, indicatorId: indicatorOf(w, planId).id, date: '2020-06-30', value: '12,5' };
	},
	'plans.correctMeasurement': (w: SampleWorld) => {
		const planId = evaluated(w);
		const indicatorId = indicatorOf(w, planId).id;
		const measurementId = w.db.select({ id: measurements.id }).from(measurements).where(eq(measurements.indicatorId, indicatorId)).get()!.id;
		return { planId, indicatorId, measurementId, value: '13' };
	},
	'plans.importMeasurements': (w: SampleWorld) => {
		const planId = evaluated(w);
		return { planId, csv: `indicateur;date;valeur\n${indicatorOf(w, planId).id};2020;14\n`, fileName: 'exemple.csv' };
	}
};
