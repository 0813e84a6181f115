import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { planTreeWithProgress, type TreeNode } from '$lib/server/plans/tree-progress';
import { addNode, addNodeLink, deleteNode, linkTargets, listNodes, moveNode, removeNodeLink, updateNode } from '$lib/server/plans/tree';
import { addIndicator, listIndicators, moveIndicator } from '$lib/server/plans/indicators';
import { ALLOWED_PARENT, INDICATOR_NODE_KINDS, NODE_KINDS, type LinkTargetType, type NodeKind } from '$lib/server/plans/values';
import { indicatorDropSchema, indicatorSchema, linkSchema, linkTargetSchema, nodeDropSchema, nodeEditSchema, nodeIdSchema, nodeMoveSchema, nodeSchema } from '$lib/schemas/plans';
import { m } from '$lib/paraglide/messages';
import { planContext, refusal } from '../../shared.server';
import { listCouncilMembers } from '$lib/server/evaluation/people';

export type EditorRow = {
	id: number;
	parentId: number | null;
	kind: NodeKind;
	title: string;
	description: string;
	weight: number | null;
	depth: number;
	index: number;
	count: number;
	canIndent: boolean;
	canOutdent: boolean;
	/** kinds that may go under this node (drop inside) and beside it (drop in its place) */
	childKinds: NodeKind[];
	siblingKinds: NodeKind[];
	/** objectives carry indicators */
	holdsIndicators: boolean;
	indicators: { id: number; name: string; state: string }[];
	hasChildren: boolean;
	childCount: number;
	links: { targetType: LinkTargetType; targetId: number; title: string | null }[];
};

const childKinds = (kind: NodeKind | null) => NODE_KINDS.filter((k) => ALLOWED_PARENT[k].includes(kind));

function flatten(nodes: TreeNode[], depth: number, parentKind: NodeKind | null, grandKind: NodeKind | null | undefined, out: EditorRow[]): EditorRow[] {
	nodes.forEach((n, index) => {
		const prev = nodes[index - 1];
		out.push({
			id: n.id,
			parentId: n.parentId,
			kind: n.kind,
			title: n.title,
			description: n.description,
			weight: n.weight,
			depth,
			index,
			count: nodes.length,
			canIndent: !!prev && ALLOWED_PARENT[n.kind].includes(prev.kind),
			canOutdent: grandKind !== undefined && ALLOWED_PARENT[n.kind].includes(grandKind),
			childKinds: childKinds(n.kind),
			siblingKinds: childKinds(parentKind),
			holdsIndicators: INDICATOR_NODE_KINDS.includes(n.kind),
			indicators: n.indicators.map((i) => ({ id: i.id, name: i.name, state: i.state })),
			hasChildren: n.children.length > 0,
			childCount: n.children.length,
			links: n.links
		});
		flatten(n.children, depth + 1, n.kind, parentKind, out);
	});
	return out;
}

export const load: PageServerLoad = (event) => {
	const { plan, council } = planContext(event, 'plans.manage');
	if (plan.status === 'closed') error(404, 'not_found');
	const tree = planTreeWithProgress(plan.id)!;
	return {
		plan: { id: plan.id, title: plan.title, startYear: plan.startYear, endYear: plan.endYear },
		rows: flatten(tree.roots, 0, null, undefined, []),
		linkTargets: linkTargets(council.id),
		/** who may be named responsible for a new indicator */
		members: listCouncilMembers(council.id)
	};
};

function nodeTitle(planId: number, id: number | null): string {
	return id === null ? m.plans_editor_root() : (listNodes(planId).find((n) => n.id === id)?.title ?? '');
}

export const actions: Actions = {
	add: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, nodeSchema);
		if (!form.ok) return form.failure;
		try {
			const node = addNode(plan.id, { ...form.data, weight: form.data.weight }, actor.user!.id);
			return { announce: m.plans_editor_added({ title: node.title }), focus: `title-${node.id}` };
		} catch (e) {
			return refusal(e, form.values);
		}
	},
	edit: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, nodeEditSchema);
		if (!form.ok) return form.failure;
		if (!listNodes(plan.id).some((n) => n.id === form.data.nodeId)) error(404, 'not_found');
		try {
			const node = updateNode(form.data.nodeId, { title: form.data.title, description: form.data.description, weight: form.data.weight }, actor.user!.id);
			return { announce: m.plans_editor_saved({ title: node.title }) };
		} catch (e) {
			return refusal(e, form.values);
		}
	},
	move: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, nodeMoveSchema);
		if (!form.ok) return form.failure;
		const nodes = listNodes(plan.id);
		const node = nodes.find((n) => n.id === form.data.nodeId);
		if (!node) error(404, 'not_found');
		const siblings = nodes.filter((n) => n.parentId === node.parentId).sort((a, b) => a.position - b.position);
		const index = siblings.findIndex((s) => s.id === node.id);
		let to: { parentId: number | null; position: number } | null = null;
		if (form.data.direction === 'up' && index > 0) to = { parentId: node.parentId, position: index - 1 };
		if (form.data.direction === 'down' && index < siblings.length - 1) to = { parentId: node.parentId, position: index + 1 };
		if (form.data.direction === 'indent' && index > 0) to = { parentId: siblings[index - 1].id, position: nodes.filter((n) => n.parentId === siblings[index - 1].id).length };
		if (form.data.direction === 'outdent' && node.parentId !== null) {
			const parent = nodes.find((n) => n.id === node.parentId)!;
			to = { parentId: parent.parentId, position: parent.position + 1 };
		}
		if (!to) return { announce: m.plans_editor_cannot_move({ title: node.title }) };
		try {
			const moved = moveNode(node.id, to, actor.user!.id);
			const count = listNodes(plan.id).filter((n) => n.parentId === moved.parentId).length;
			return { announce: m.plans_editor_moved({ title: moved.title, position: String(moved.position + 1), count: String(count), parent: nodeTitle(plan.id, moved.parentId) }) };
		} catch (e) {
			return refusal(e);
		}
	},
	/** Drag and drop: the node goes under `parentId` at `position`; the tree rules are the service's. */
	drop: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, nodeDropSchema);
		if (!form.ok) return form.failure;
		if (!listNodes(plan.id).some((n) => n.id === form.data.nodeId)) error(404, 'not_found');
		try {
			const moved = moveNode(form.data.nodeId, { parentId: form.data.parentId, position: form.data.position }, actor.user!.id);
			const count = listNodes(plan.id).filter((n) => n.parentId === moved.parentId).length;
			return { announce: m.plans_editor_moved({ title: moved.title, position: String(moved.position + 1), count: String(count), parent: nodeTitle(plan.id, moved.parentId) }) };
		} catch (e) {
			return refusal(e);
		}
	},
	/** An indicator dropped on an objective or another indicator, or moved up and down with its buttons. */
	dropIndicator: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, indicatorDropSchema);
		if (!form.ok) return form.failure;
		if (!listIndicators(plan.id).some((i) => i.id === form.data.indicatorId)) error(404, 'not_found');
		try {
			const moved = moveIndicator(form.data.indicatorId, { nodeId: form.data.nodeId, position: form.data.position }, actor.user!.id);
			const count = listIndicators(plan.id).filter((i) => i.nodeId === moved.nodeId).length;
			return { announce: m.plans_editor_indicator_moved({ name: moved.name, position: String(moved.position + 1), count: String(count), objective: nodeTitle(plan.id, moved.nodeId) }) };
		} catch (e) {
			return refusal(e);
		}
	},
	delete: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, nodeIdSchema);
		if (!form.ok) return form.failure;
		const node = listNodes(plan.id).find((n) => n.id === form.data.nodeId);
		if (!node) error(404, 'not_found');
		try {
			deleteNode(node.id, actor.user!.id);
			return { announce: m.plans_editor_deleted({ title: node.title }) };
		} catch (e) {
			return refusal(e);
		}
	},
	/** Links an action to the chosen adopted proposal or workshop (the service checks council and state). */
	link: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, linkTargetSchema);
		if (!form.ok) return form.failure;
		if (!listNodes(plan.id).some((n) => n.id === form.data.nodeId)) error(404, 'not_found');
		const [targetType, targetId] = form.data.target.split(':');
		try {
			addNodeLink(form.data.nodeId, { targetType: targetType as LinkTargetType, targetId: Number(targetId) }, actor.user!.id);
			return { announce: m.plans_editor_linked(), linkedNode: form.data.nodeId };
		} catch (e) {
			return refusal(e, { ...form.values, formKind: 'link' });
		}
	},
	unlink: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, linkSchema.omit({ remove: true }));
		if (!form.ok) return form.failure;
		if (!listNodes(plan.id).some((n) => n.id === form.data.nodeId)) error(404, 'not_found');
		try {
			removeNodeLink(form.data.nodeId, { targetType: form.data.targetType, targetId: form.data.targetId }, actor.user!.id);
			return { announce: m.plans_editor_unlinked(), linkedNode: form.data.nodeId };
		} catch (e) {
			return refusal(e);
		}
	},
	addIndicator: async (event) => {
		const { plan, actor } = planContext(event, 'plans.manage');
		const form = await parseForm(event.request, indicatorSchema);
		if (!form.ok) return form.failure;
		if (!listNodes(plan.id).some((n) => n.id === form.data.nodeId)) error(404, 'not_found');
		try {
			const { nodeId, ...fields } = form.data;
			const indicator = addIndicator(nodeId, fields, actor.user!.id);
			return { announce: m.plans_editor_indicator_added({ name: indicator.name }) };
		} catch (e) {
			return refusal(e, form.values);
		}
	}
};
