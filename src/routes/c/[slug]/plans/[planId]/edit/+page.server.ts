import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { planTreeWithProgress, type TreeNode } from '$lib/server/plans/tree-progress';
import { linkTargets } from '$lib/server/plans/tree';
import { addIndicator, addNode, deleteNode, dropIndicator, dropNode, editNode, linkNode, moveNode, unlinkNode } from '$lib/server/plans/actions';
import type { NodeMoved } from '$lib/server/plans/actions/move-node';
import { formAction } from '$lib/server/actions/form';
import { ALLOWED_PARENT, INDICATOR_NODE_KINDS, NODE_KINDS, type LinkTargetType, type NodeKind } from '$lib/server/plans/values';
import { m } from '$lib/paraglide/messages';
import { planContext, planOfUrl } from '../../shared.server';
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

const root = (title: string | null) => title ?? m.plans_editor_root();

function moved(data: NodeMoved) {
	if (!data.moved) return { announce: m.plans_editor_cannot_move({ title: data.title }) };
	return { announce: m.plans_editor_moved({ title: data.moved.title, position: String(data.moved.position + 1), count: String(data.count), parent: root(data.parentTitle) }) };
}

/** Form refusals of the link form carry its kind, so that the page shows them next to that form. */
const linkForm = (event: { params: Partial<Record<string, string>> }) => ({ ...planOfUrl(event), formKind: 'link' });

export const actions: Actions = {
	add: formAction(addNode, { input: planOfUrl, done: (node) => ({ announce: m.plans_editor_added({ title: node.title }), focus: `title-${node.id}` }) }),
	edit: formAction(editNode, { input: planOfUrl, done: (node) => ({ announce: m.plans_editor_saved({ title: node.title }) }) }),
	move: formAction(moveNode, { input: planOfUrl, done: moved }),
	/** Drag and drop: the node goes under `parentId` at `position`; the tree rules are the service's. */
	drop: formAction(dropNode, { input: planOfUrl, done: moved }),
	/** An indicator dropped on an objective or another indicator, or moved up and down with its buttons. */
	dropIndicator: formAction(dropIndicator, {
		input: planOfUrl,
		done: (d) => ({ announce: m.plans_editor_indicator_moved({ name: d.name, position: String(d.position + 1), count: String(d.count), objective: d.node.title }) })
	}),
	delete: formAction(deleteNode, { input: planOfUrl, done: (node) => ({ announce: m.plans_editor_deleted({ title: node.title }) }) }),
	/** Links an action to the chosen adopted proposal or workshop (the service checks council and state). */
	link: formAction(linkNode, { input: linkForm, done: (nodeId) => ({ announce: m.plans_editor_linked(), linkedNode: nodeId }) }),
	unlink: formAction(unlinkNode, { input: planOfUrl, done: (nodeId) => ({ announce: m.plans_editor_unlinked(), linkedNode: nodeId }) }),
	addIndicator: formAction(addIndicator, { input: planOfUrl, done: (indicator) => ({ announce: m.plans_editor_indicator_added({ name: indicator.name }) }) })
};
