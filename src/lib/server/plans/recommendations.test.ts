import { beforeEach, describe, expect, it } from 'vitest';
import { addRecommendation, deleteRecommendation, listRecommendations, setRecommendationAnswer, updateRecommendation } from './recommendations';
import { createPlan } from './plans';
import { addNode } from './tree';
import { auditActions, planFixture, recordEvents, smallTree } from './test-helpers';
import { refusal } from '../test-support';

const events = recordEvents();

const code = refusal;

describe('recommendations', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let t: ReturnType<typeof smallTree>;
	beforeEach(async () => {
		f = await planFixture();
		t = smallTree(f.plan.id, f.actorId);
		events.length = 0;
	});

	it('adds, edits, orders and deletes recommendations on a plan’s nodes', () => {
		const a = addRecommendation(f.plan.id, { nodeId: t.strategic.id, text: ' Renforcer le suivi ', priority: 'high' }, f.evaluator.user.id);
		const b = addRecommendation(f.plan.id, { nodeId: null, text: 'Communiquer', priority: 'low' }, f.evaluator.user.id);
		expect(a).toMatchObject({ planId: f.plan.id, nodeId: t.strategic.id, text: 'Renforcer le suivi', priority: 'high', position: 0, createdBy: f.evaluator.user.id });
		expect(b.position).toBe(1);
		updateRecommendation(b.id, { nodeId: t.operational.id, priority: 'medium' }, f.actorId);
		expect(listRecommendations(f.plan.id).map((r) => [r.text, r.priority, r.nodeTitle])).toEqual([
			['Renforcer le suivi', 'high', 'Objectif stratégique 1.1'],
			['Communiquer', 'medium', 'Objectif opérationnel 1.1.1']
		]);
		deleteRecommendation(a.id, f.actorId);
		expect(listRecommendations(f.plan.id)).toHaveLength(1);
		expect(auditActions(f.council.id).slice(0, 3)).toEqual(['recommendation.delete', 'recommendation.update', 'recommendation.create']);
		expect(events).toHaveLength(4);
	});

	it('refuses bad input and targets outside the plan', () => {
		const other = createPlan({ councilId: f.council.id, title: 'Autre', startYear: 2021, endYear: 2026 }, f.actorId);
		const foreign = addNode(other.id, { parentId: null, kind: 'principle', title: 'P' }, f.actorId);
		expect(code(() => addRecommendation(f.plan.id, { nodeId: foreign.id, text: 'x', priority: 'high' }, f.actorId))).toBe('plans_error_node_not_found@nodeId');
		expect(code(() => addRecommendation(f.plan.id, { nodeId: null, text: ' ', priority: 'high' }, f.actorId))).toBe('plans_error_required@text');
		expect(code(() => addRecommendation(f.plan.id, { nodeId: null, text: 'x', priority: 'urgent' as never }, f.actorId))).toBe('plans_error_invalid_choice@priority');
		expect(code(() => updateRecommendation(999999, { text: 'x' }, f.actorId))).toBe('plans_error_recommendation_not_found@form');
		// answers link a node to a recommendation of the plan's predecessor only
		const r = addRecommendation(f.plan.id, { nodeId: null, text: 'x', priority: 'low' }, f.actorId);
		expect(code(() => setRecommendationAnswer(foreign.id, r.id, true, f.actorId))).toBe('plans_error_recommendation_not_found@recommendationId');
	});
});
