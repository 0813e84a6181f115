import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { proposals } from '../proposals/tables';
import { planNodeLinks, plans } from './tables';
import { actionsLinkedTo, addNode, addNodeLink, deleteNode, linkTargets, listNodes, moveNode, removeNodeLink, updateNode } from './tree';
import { planTreeWithProgress } from './tree-progress';
import { createPlan } from './plans';
import { createCouncil } from '../councils/create';
import { auditActions, newIndicator, newProposal, newWorkshop, planFixture, recordEvents, smallTree } from './test-helpers';
import { refusal } from '../test-support';

const events = recordEvents();

const code = refusal;

/** Titles under a parent, in order, with their positions checked to be 0..n-1. */
function order(planId: number, parentId: number | null): string[] {
	const rows = listNodes(planId).filter((n) => n.parentId === parentId);
	expect(rows.map((r) => r.position)).toEqual(rows.map((_, i) => i));
	return rows.map((r) => r.title);
}

describe('plan tree', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	beforeEach(async () => {
		f = await planFixture();
		events.length = 0;
	});

	it('builds principles → strategic → operational objectives or actions', () => {
		const t = smallTree(f.plan.id, f.actorId);
		const action2 = addNode(f.plan.id, { parentId: t.operational.id, kind: 'action', title: 'Action 1.1.1.a' }, f.actorId);
		expect(action2.parentId).toBe(t.operational.id);
		expect(order(f.plan.id, t.strategic.id)).toEqual(['Objectif opérationnel 1.1.1', 'Action 1.1.a']);
		expect(auditActions(f.council.id).filter((a) => a === 'plan_node.create')).toHaveLength(5);
		expect(events.every((e) => e.type === 'plan.changed' && e.planId === f.plan.id)).toBe(true);
	});

	it('refuses kinds in the wrong place', () => {
		const t = smallTree(f.plan.id, f.actorId);
		const add = (parentId: number | null, kind: 'principle' | 'strategic_objective' | 'operational_objective' | 'action') => code(() => addNode(f.plan.id, { parentId, kind, title: 'X' }, f.actorId));
		expect(add(null, 'strategic_objective')).toBe('plans_error_bad_parent_kind@parentId');
		expect(add(t.principle.id, 'principle')).toBe('plans_error_bad_parent_kind@parentId');
		expect(add(t.principle.id, 'operational_objective')).toBe('plans_error_bad_parent_kind@parentId');
		expect(add(t.principle.id, 'action')).toBe('plans_error_bad_parent_kind@parentId');
		expect(add(t.operational.id, 'operational_objective')).toBe('plans_error_bad_parent_kind@parentId');
		expect(add(t.action.id, 'action')).toBe('plans_error_bad_parent_kind@parentId');
		expect(add(999999, 'action')).toBe('plans_error_parent_not_found@parentId');
		expect(code(() => addNode(f.plan.id, { parentId: null, kind: 'chapter' as never, title: 'X' }, f.actorId))).toBe('plans_error_invalid_choice@kind');
		expect(code(() => addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'X', weight: -1 }, f.actorId))).toBe('plans_error_bad_weight@weight');
	});

	it('refuses a parent from another plan', () => {
		const other = createPlan({ councilId: f.council.id, title: 'Autre', startYear: 2021, endYear: 2026 }, f.actorId);
		const p = addNode(other.id, { parentId: null, kind: 'principle', title: 'P' }, f.actorId);
		expect(code(() => addNode(f.plan.id, { parentId: p.id, kind: 'strategic_objective', title: 'X' }, f.actorId))).toBe('plans_error_parent_not_found@parentId');
	});

	it('inserts at a position and keeps positions dense', () => {
		addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'A' }, f.actorId);
		addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'C' }, f.actorId);
		addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'B', position: 1 }, f.actorId);
		addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'Z', position: 99 }, f.actorId);
		addNode(f.plan.id, { parentId: null, kind: 'principle', title: '0', position: -5 }, f.actorId);
		expect(order(f.plan.id, null)).toEqual(['0', 'A', 'B', 'C', 'Z']);
	});

	it('reorders among siblings', () => {
		const [a, , c] = ['A', 'B', 'C'].map((title) => addNode(f.plan.id, { parentId: null, kind: 'principle', title }, f.actorId));
		moveNode(c.id, { parentId: null, position: 0 }, f.actorId);
		expect(order(f.plan.id, null)).toEqual(['C', 'A', 'B']);
		moveNode(a.id, { parentId: null, position: 2 }, f.actorId);
		expect(order(f.plan.id, null)).toEqual(['C', 'B', 'A']);
		events.length = 0;
		moveNode(a.id, { parentId: null, position: 2 }, f.actorId);
		expect(events).toEqual([]);
		expect(auditActions(f.council.id).filter((x) => x === 'plan_node.move')).toHaveLength(2);
	});

	it('re-parents with its subtree, renumbering both sides, and checks kinds', () => {
		const t = smallTree(f.plan.id, f.actorId);
		const p2 = addNode(f.plan.id, { parentId: null, kind: 'principle', title: 'Principe 2' }, f.actorId);
		const s2 = addNode(f.plan.id, { parentId: p2.id, kind: 'strategic_objective', title: 'Objectif 2.1' }, f.actorId);
		// an operational objective moves to another strategic objective, its actions with it
		const sub = addNode(f.plan.id, { parentId: t.operational.id, kind: 'action', title: 'Sous-action' }, f.actorId);
		moveNode(t.operational.id, { parentId: s2.id, position: 0 }, f.actorId);
		expect(order(f.plan.id, t.strategic.id)).toEqual(['Action 1.1.a']);
		expect(order(f.plan.id, s2.id)).toEqual(['Objectif opérationnel 1.1.1']);
		expect(listNodes(f.plan.id).find((n) => n.id === sub.id)?.parentId).toBe(t.operational.id);
		// a strategic objective moves to the other principle
		moveNode(t.strategic.id, { parentId: p2.id, position: 1 }, f.actorId);
		expect(order(f.plan.id, p2.id)).toEqual(['Objectif 2.1', 'Objectif stratégique 1.1']);
		// wrong kinds
		expect(code(() => moveNode(t.action.id, { parentId: null, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		expect(code(() => moveNode(t.strategic.id, { parentId: s2.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		expect(code(() => moveNode(t.principle.id, { parentId: p2.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		expect(code(() => moveNode(t.action.id, { parentId: s2.id, position: 0.5 }, f.actorId))).toBe('plans_error_bad_position@position');
	});

	it('never moves a node into itself or its subtree', () => {
		const t = smallTree(f.plan.id, f.actorId);
		// the kind rules already rule out every cycle; moveNode checks ancestry as well, as a second guard
		expect(code(() => moveNode(t.operational.id, { parentId: t.operational.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		expect(code(() => moveNode(t.strategic.id, { parentId: t.strategic.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		// under one of its own descendants (child, grandchild)
		expect(code(() => moveNode(t.principle.id, { parentId: t.strategic.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		expect(code(() => moveNode(t.principle.id, { parentId: t.operational.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		expect(code(() => moveNode(t.strategic.id, { parentId: t.operational.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		// nothing moved
		expect(order(f.plan.id, null)).toEqual(['Principe 1']);
		expect(order(f.plan.id, t.strategic.id)).toEqual(['Objectif opérationnel 1.1.1', 'Action 1.1.a']);
	});

	it('refuses moves out of the plan, of missing nodes, under an action, and in a closed plan', () => {
		const t = smallTree(f.plan.id, f.actorId);
		const other = createPlan({ councilId: f.council.id, title: 'Autre', startYear: 2021, endYear: 2026 }, f.actorId);
		const otherTree = smallTree(other.id, f.actorId);
		expect(code(() => moveNode(t.strategic.id, { parentId: otherTree.principle.id, position: 0 }, f.actorId))).toBe('plans_error_parent_not_found@parentId');
		expect(code(() => moveNode(t.action.id, { parentId: 999999, position: 0 }, f.actorId))).toBe('plans_error_parent_not_found@parentId');
		expect(code(() => moveNode(999999, { parentId: null, position: 0 }, f.actorId))).toBe('plans_error_node_not_found@form');
		// an action holds nothing, not even another action
		const a2 = addNode(f.plan.id, { parentId: t.strategic.id, kind: 'action', title: 'Action 2' }, f.actorId);
		expect(code(() => moveNode(a2.id, { parentId: t.action.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		// an operational objective sits under a strategic objective only, an action not under a principle
		expect(code(() => moveNode(t.operational.id, { parentId: t.principle.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		expect(code(() => moveNode(t.action.id, { parentId: t.principle.id, position: 0 }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		db().update(plans).set({ status: 'closed' }).where(eq(plans.id, f.plan.id)).run();
		expect(code(() => moveNode(a2.id, { parentId: t.strategic.id, position: 0 }, f.actorId))).toBe('plans_error_plan_closed@form');
		expect(auditActions(f.council.id).filter((x) => x === 'plan_node.move')).toHaveLength(0);
	});

	it('edits title, description, weight and kind, keeping the tree valid', () => {
		const t = smallTree(f.plan.id, f.actorId);
		expect(updateNode(t.action.id, { title: 'Nouvelle action', weight: 2 }, f.actorId)).toMatchObject({ title: 'Nouvelle action', weight: 2 });
		// an action under a strategic objective may become an operational objective, and back
		expect(updateNode(t.action.id, { kind: 'operational_objective' }, f.actorId).kind).toBe('operational_objective');
		expect(updateNode(t.action.id, { kind: 'action' }, f.actorId).kind).toBe('action');
		// an operational objective with an action under it cannot become an action
		addNode(f.plan.id, { parentId: t.operational.id, kind: 'action', title: 'a' }, f.actorId);
		expect(code(() => updateNode(t.operational.id, { kind: 'action' }, f.actorId))).toBe('plans_error_kind_children@kind');
		expect(code(() => updateNode(t.strategic.id, { kind: 'principle' }, f.actorId))).toBe('plans_error_bad_parent_kind@parentId');
		// an objective with indicators stays an objective
		const o2 = addNode(f.plan.id, { parentId: t.strategic.id, kind: 'operational_objective', title: 'O2' }, f.actorId);
		newIndicator(o2.id, f.actorId);
		expect(code(() => updateNode(o2.id, { kind: 'action' }, f.actorId))).toBe('plans_error_kind_indicators@kind');
	});

	it('deletes only empty nodes, renumbering the siblings', () => {
		const t = smallTree(f.plan.id, f.actorId);
		expect(code(() => deleteNode(t.strategic.id, f.actorId))).toBe('plans_error_node_has_children@form');
		newIndicator(t.operational.id, f.actorId);
		expect(code(() => deleteNode(t.operational.id, f.actorId))).toBe('plans_error_node_has_indicators@form');
		deleteNode(t.action.id, f.actorId);
		const o2 = addNode(f.plan.id, { parentId: t.strategic.id, kind: 'operational_objective', title: 'O2' }, f.actorId);
		addNode(f.plan.id, { parentId: t.strategic.id, kind: 'operational_objective', title: 'O3' }, f.actorId);
		deleteNode(o2.id, f.actorId);
		expect(order(f.plan.id, t.strategic.id)).toEqual(['Objectif opérationnel 1.1.1', 'O3']);
		expect(auditActions(f.council.id).filter((a) => a === 'plan_node.delete')).toHaveLength(2);
		expect(code(() => deleteNode(o2.id, f.actorId))).toBe('plans_error_node_not_found@form');
	});

	it('links actions to adopted proposals and to workshops of the same council', () => {
		const t = smallTree(f.plan.id, f.actorId);
		const proposal = newProposal(f.council.id, f.actorId, 'Clauses sociales');
		const workshop = newWorkshop(f.council.id, 'Atelier achats');
		addNodeLink(t.action.id, { targetType: 'proposal', targetId: proposal.id }, f.actorId);
		addNodeLink(t.action.id, { targetType: 'proposal', targetId: proposal.id }, f.actorId);
		addNodeLink(t.action.id, { targetType: 'workshop', targetId: workshop.id }, f.actorId);
		expect(db().select().from(planNodeLinks).where(eq(planNodeLinks.nodeId, t.action.id)).all()).toHaveLength(2);
		expect(actionsLinkedTo('proposal', proposal.id)).toEqual([{ nodeId: t.action.id, planId: f.plan.id, title: 'Action 1.1.a' }]);
		expect(code(() => addNodeLink(t.strategic.id, { targetType: 'workshop', targetId: workshop.id }, f.actorId))).toBe('plans_error_link_not_action@form');
		expect(code(() => addNodeLink(t.action.id, { targetType: 'proposal', targetId: 999999 }, f.actorId))).toBe('plans_error_link_target_not_found@targetId');
		expect(code(() => addNodeLink(t.action.id, { targetType: 'workshop', targetId: 999999 }, f.actorId))).toBe('plans_error_link_target_not_found@targetId');
		expect(code(() => addNodeLink(t.action.id, { targetType: 'vote' as never, targetId: 1 }, f.actorId))).toBe('plans_error_invalid_choice@targetType');
		// a proposal not adopted (yet), and targets of another council, are refused next to the field
		const accepted = newProposal(f.council.id, f.actorId, 'Pas encore votée', 'accepted');
		expect(code(() => addNodeLink(t.action.id, { targetType: 'proposal', targetId: accepted.id }, f.actorId))).toBe('plans_error_link_not_adopted@targetId');
		const admin = f.admin.id;
		const other = createCouncil({ name: 'Autre conseil', slug: `autre-${Math.floor(Math.random() * 1e9)}`, territory: 'Roubaix', description: '', isPublic: true, weighting: 'none' }, admin);
		const foreignProposal = newProposal(other.id, f.actorId, 'Ailleurs');
		const foreignWorkshop = newWorkshop(other.id, 'Atelier ailleurs');
		expect(code(() => addNodeLink(t.action.id, { targetType: 'proposal', targetId: foreignProposal.id }, f.actorId))).toBe('plans_error_link_target_not_found@targetId');
		expect(code(() => addNodeLink(t.action.id, { targetType: 'workshop', targetId: foreignWorkshop.id }, f.actorId))).toBe('plans_error_link_target_not_found@targetId');
		// the choices offered: this council's adopted proposals and its workshops, by title
		expect(linkTargets(f.council.id)).toEqual([
			{ targetType: 'proposal', targetId: proposal.id, title: 'Clauses sociales' },
			{ targetType: 'workshop', targetId: workshop.id, title: 'Atelier achats' }
		]);
		// the tree carries the titles; a deleted target falls back to its number
		const titles = () => planTreeWithProgress(f.plan.id)!.roots[0].children[0].children.find((n) => n.id === t.action.id)!.links;
		expect(titles()).toEqual([
			{ targetType: 'proposal', targetId: proposal.id, title: 'Clauses sociales' },
			{ targetType: 'workshop', targetId: workshop.id, title: 'Atelier achats' }
		]);
		expect(planTreeWithProgress(f.plan.id, { workshopTitles: false })!.roots[0].children[0].children.find((n) => n.id === t.action.id)!.links[1].title).toBeNull();
		db().delete(proposals).where(eq(proposals.id, proposal.id)).run();
		expect(titles()[0]).toEqual({ targetType: 'proposal', targetId: proposal.id, title: null });
		removeNodeLink(t.action.id, { targetType: 'workshop', targetId: workshop.id }, f.actorId);
		expect(actionsLinkedTo('workshop', workshop.id)).toEqual([]);
		expect(auditActions(f.council.id).filter((a) => a === 'plan_node.link' || a === 'plan_node.unlink')).toHaveLength(3);
		// an action with links stays an action
		expect(code(() => updateNode(t.action.id, { kind: 'operational_objective' }, f.actorId))).toBe('plans_error_kind_links@kind');
	});
});
