// The plan's ordered tree: principles (roots) → strategic objectives → operational objectives or actions.
// Nodes are added, edited, moved (reordered and re-parented, kinds checked) and deleted when empty; actions
// link the proposals and workshops that serve them.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { changedFields, recordAudit } from '../audit/audit';
import { publish } from '../events/bus';
import { DomainError } from '../errors';
import { proposals } from '../proposals/tables';
import { workshops } from '../workshops/tables';
import { indicators, planNodeLinks, planNodes, plans } from './tables';
import { touchPlan, writablePlan } from './plans';
import {
	ADOPTED_PROPOSAL_STATES,
	ALLOWED_PARENT,
	checkWeight,
	cleanText,
	INDICATOR_NODE_KINDS,
	LIMITS,
	LINK_NODE_KINDS,
	LINK_TARGET_TYPES,
	NODE_KINDS,
	oneOf,
	type LinkTargetType,
	type NodeKind
} from './values';

export type NodeRow = typeof planNodes.$inferSelect;
export type NewNode = { parentId: number | null; kind: NodeKind; title: string; description?: string; weight?: number | null; position?: number };
export type NodePatch = { title?: string; description?: string; weight?: number | null; kind?: NodeKind };

/** The node with its plan's council, refused when missing or when its plan is closed. */
function writableNode(tx: Tx, nodeId: number): NodeRow & { councilId: number } {
	const node = tx.select().from(planNodes).where(eq(planNodes.id, nodeId)).get();
	if (!node) throw new DomainError('plans_error_node_not_found', 'form');
	const plan = writablePlan(tx, node.planId);
	return { ...node, councilId: plan.councilId };
}

/** The siblings under a parent (null = the roots), in order. */
function siblings(tx: Tx, planId: number, parentId: number | null): NodeRow[] {
	return tx
		.select()
		.from(planNodes)
		.where(and(eq(planNodes.planId, planId), parentId === null ? isNull(planNodes.parentId) : eq(planNodes.parentId, parentId)))
		.orderBy(asc(planNodes.position), asc(planNodes.id))
		.all();
}

/** Writes positions 0..n-1 in the given order, touching only the rows that move. */
function renumber(tx: Tx, rows: { id: number; position: number }[]): void {
	rows.forEach((row, position) => {
		if (row.position !== position) tx.update(planNodes).set({ position }).where(eq(planNodes.id, row.id)).run();
	});
}

function checkParent(tx: Tx, planId: number, kind: NodeKind, parentId: number | null): NodeRow | null {
	const parent = parentId === null ? null : (tx.select().from(planNodes).where(eq(planNodes.id, parentId)).get() ?? null);
	if (parentId !== null && (!parent || parent.planId !== planId)) throw new DomainError('plans_error_parent_not_found', 'parentId');
	if (!ALLOWED_PARENT[kind].includes((parent?.kind as NodeKind | undefined) ?? null)) throw new DomainError('plans_error_bad_parent_kind', 'parentId', { kind, parentKind: parent?.kind ?? 'root' });
	return parent;
}

export function addNode(planId: number, input: NewNode, actorId: number | null): NodeRow {
	const kind = oneOf(NODE_KINDS, input.kind, 'kind');
	const title = cleanText(input.title, 'title', LIMITS.title);
	const description = cleanText(input.description, 'description', LIMITS.description, true);
	const weight = checkWeight(input.weight);
	const node = db().transaction((tx) => {
		const plan = writablePlan(tx, planId);
		checkParent(tx, planId, kind, input.parentId);
		const others = siblings(tx, planId, input.parentId);
		const position = Math.max(0, Math.min(input.position ?? others.length, others.length));
		const row = tx.insert(planNodes).values({ planId, parentId: input.parentId, kind, title, description, weight, position }).returning().get();
		others.splice(position, 0, row);
		renumber(tx, others);
		touchPlan(tx, planId);
		recordAudit(tx, { councilId: plan.councilId, actorId, action: 'plan_node.create', entityType: 'plan_node', entityId: row.id, details: { planId, kind, title, parentId: input.parentId } });
		return { ...row, position, councilId: plan.councilId };
	});
	publish({ type: 'plan.changed', councilId: node.councilId, planId });
	const { councilId: _c, ...row } = node;
	return row;
}

export function updateNode(nodeId: number, patch: NodePatch, actorId: number | null): NodeRow {
	const next: NodePatch = {};
	if (patch.title !== undefined) next.title = cleanText(patch.title, 'title', LIMITS.title);
	if (patch.description !== undefined) next.description = cleanText(patch.description, 'description', LIMITS.description, true);
	if (patch.weight !== undefined) next.weight = checkWeight(patch.weight);
	if (patch.kind !== undefined) next.kind = oneOf(NODE_KINDS, patch.kind, 'kind');
	const result = db().transaction((tx) => {
		const before = writableNode(tx, nodeId);
		if (next.kind && next.kind !== before.kind) checkKindChange(tx, before, next.kind);
		const changes = changedFields(before, next, ['title', 'description', 'weight', 'kind']);
		if (!changes) return before;
		const row = tx
			.update(planNodes)
			.set({ ...next, updatedAt: new Date() })
			.where(eq(planNodes.id, nodeId))
			.returning()
			.get();
		touchPlan(tx, before.planId);
		recordAudit(tx, { councilId: before.councilId, actorId, action: 'plan_node.update', entityType: 'plan_node', entityId: nodeId, details: { planId: before.planId, changes } });
		return { ...row, councilId: before.councilId };
	});
	publish({ type: 'plan.changed', councilId: result.councilId, planId: result.planId });
	const { councilId: _c, ...row } = result;
	return row;
}

/** A new kind must fit under the parent, over the children, and with the node's indicators and links. */
function checkKindChange(tx: Tx, node: NodeRow, kind: NodeKind): void {
	checkParent(tx, node.planId, kind, node.parentId);
	for (const child of tx.select({ kind: planNodes.kind }).from(planNodes).where(eq(planNodes.parentId, node.id)).all())
		if (!ALLOWED_PARENT[child.kind as NodeKind].includes(kind)) throw new DomainError('plans_error_kind_children', 'kind', { kind, childKind: child.kind });
	const indicatorCount =
		tx
			.select({ n: sql<number>`count(*)` })
			.from(indicators)
			.where(eq(indicators.nodeId, node.id))
			.get()?.n ?? 0;
	if (indicatorCount > 0 && !INDICATOR_NODE_KINDS.includes(kind)) throw new DomainError('plans_error_kind_indicators', 'kind');
	const linkCount =
		tx
			.select({ n: sql<number>`count(*)` })
			.from(planNodeLinks)
			.where(eq(planNodeLinks.nodeId, node.id))
			.get()?.n ?? 0;
	if (linkCount > 0 && !LINK_NODE_KINDS.includes(kind)) throw new DomainError('plans_error_kind_links', 'kind');
}

/**
 * Moves a node under `parentId` (null = among the principles) at `position` (0-based among its new siblings,
 * clamped). Reordering is a move under the same parent. Kinds are checked; a node never moves into itself.
 */
export function moveNode(nodeId: number, to: { parentId: number | null; position: number }, actorId: number | null): NodeRow {
	if (!Number.isInteger(to.position)) throw new DomainError('plans_error_bad_position', 'position');
	const result = db().transaction((tx) => {
		const node = writableNode(tx, nodeId);
		checkParent(tx, node.planId, node.kind as NodeKind, to.parentId);
		for (let cursor = to.parentId; cursor !== null;) {
			if (cursor === nodeId) throw new DomainError('plans_error_move_into_itself', 'parentId');
			cursor = tx.select({ parentId: planNodes.parentId }).from(planNodes).where(eq(planNodes.id, cursor)).get()?.parentId ?? null;
		}
		const sameParent = node.parentId === to.parentId;
		if (!sameParent)
			renumber(
				tx,
				siblings(tx, node.planId, node.parentId).filter((s) => s.id !== nodeId)
			);
		const others = siblings(tx, node.planId, to.parentId).filter((s) => s.id !== nodeId);
		const position = Math.max(0, Math.min(to.position, others.length));
		if (sameParent && position === node.position) return { ...node, moved: false };
		if (!sameParent) tx.update(planNodes).set({ parentId: to.parentId, updatedAt: new Date() }).where(eq(planNodes.id, nodeId)).run();
		others.splice(position, 0, { ...node, position: -1 });
		renumber(tx, others);
		touchPlan(tx, node.planId);
		recordAudit(tx, {
			councilId: node.councilId,
			actorId,
			action: 'plan_node.move',
			entityType: 'plan_node',
			entityId: nodeId,
			details: { planId: node.planId, from: { parentId: node.parentId, position: node.position }, to: { parentId: to.parentId, position } }
		});
		return { ...node, parentId: to.parentId, position, moved: true };
	});
	if (result.moved) publish({ type: 'plan.changed', councilId: result.councilId, planId: result.planId });
	const { councilId: _c, moved: _m, ...row } = result;
	return row;
}

/** Deletes a node that has no children and no indicators (its links and attached recommendations go with it). */
export function deleteNode(nodeId: number, actorId: number | null): void {
	const node = db().transaction((tx) => {
		const row = writableNode(tx, nodeId);
		if (tx.select({ id: planNodes.id }).from(planNodes).where(eq(planNodes.parentId, nodeId)).get()) throw new DomainError('plans_error_node_has_children', 'form');
		if (tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.nodeId, nodeId)).get()) throw new DomainError('plans_error_node_has_indicators', 'form');
		tx.delete(planNodes).where(eq(planNodes.id, nodeId)).run();
		renumber(tx, siblings(tx, row.planId, row.parentId));
		touchPlan(tx, row.planId);
		recordAudit(tx, { councilId: row.councilId, actorId, action: 'plan_node.delete', entityType: 'plan_node', entityId: nodeId, details: { planId: row.planId, kind: row.kind, title: row.title } });
		return row;
	});
	publish({ type: 'plan.changed', councilId: node.councilId, planId: node.planId });
}

export type NodeLink = { targetType: LinkTargetType; targetId: number };

/**
 * Links an action to an adopted proposal or to a workshop of the same council (anything else is refused next
 * to the target field). Linking twice is a no-op.
 */
export function addNodeLink(nodeId: number, link: NodeLink, actorId: number | null): void {
	const targetType = oneOf(LINK_TARGET_TYPES, link.targetType, 'targetType');
	if (!Number.isInteger(link.targetId) || link.targetId <= 0) throw new DomainError('plans_error_link_target_not_found', 'targetId');
	const node = db().transaction((tx) => {
		const row = writableNode(tx, nodeId);
		if (!LINK_NODE_KINDS.includes(row.kind as NodeKind)) throw new DomainError('plans_error_link_not_action', 'form');
		if (targetType === 'proposal') {
			const proposal = tx.select({ councilId: proposals.councilId, state: proposals.state }).from(proposals).where(eq(proposals.id, link.targetId)).get();
			if (!proposal || proposal.councilId !== row.councilId) throw new DomainError('plans_error_link_target_not_found', 'targetId');
			if (!(ADOPTED_PROPOSAL_STATES as readonly string[]).includes(proposal.state)) throw new DomainError('plans_error_link_not_adopted', 'targetId');
		} else {
			const workshop = tx.select({ councilId: workshops.councilId }).from(workshops).where(eq(workshops.id, link.targetId)).get();
			if (!workshop || workshop.councilId !== row.councilId) throw new DomainError('plans_error_link_target_not_found', 'targetId');
		}
		const inserted = tx.insert(planNodeLinks).values({ nodeId, targetType, targetId: link.targetId, createdBy: actorId }).onConflictDoNothing().run();
		if (inserted.changes === 0) return null;
		touchPlan(tx, row.planId);
		recordAudit(tx, { councilId: row.councilId, actorId, action: 'plan_node.link', entityType: 'plan_node', entityId: nodeId, details: { planId: row.planId, targetType, targetId: link.targetId } });
		return row;
	});
	if (node) publish({ type: 'plan.changed', councilId: node.councilId, planId: node.planId });
}

export function removeNodeLink(nodeId: number, link: NodeLink, actorId: number | null): void {
	const node = db().transaction((tx) => {
		const row = writableNode(tx, nodeId);
		const removed = tx
			.delete(planNodeLinks)
			.where(and(eq(planNodeLinks.nodeId, nodeId), eq(planNodeLinks.targetType, link.targetType), eq(planNodeLinks.targetId, link.targetId)))
			.run();
		if (removed.changes === 0) return null;
		touchPlan(tx, row.planId);
		recordAudit(tx, {
			councilId: row.councilId,
			actorId,
			action: 'plan_node.unlink',
			entityType: 'plan_node',
			entityId: nodeId,
			details: { planId: row.planId, targetType: link.targetType, targetId: link.targetId }
		});
		return row;
	});
	if (node) publish({ type: 'plan.changed', councilId: node.councilId, planId: node.planId });
}

/** The plan's nodes, ordered by parent then position (build the tree with planTreeWithProgress). */
export function listNodes(planId: number, tx: Tx = db()): NodeRow[] {
	return tx.select().from(planNodes).where(eq(planNodes.planId, planId)).orderBy(asc(planNodes.parentId), asc(planNodes.position), asc(planNodes.id)).all();
}

export function getNode(nodeId: number): (NodeRow & { councilId: number }) | undefined {
	const row = db().select({ node: planNodes, councilId: plans.councilId }).from(planNodes).innerJoin(plans, eq(plans.id, planNodes.planId)).where(eq(planNodes.id, nodeId)).get();
	return row ? { ...row.node, councilId: row.councilId } : undefined;
}

/** Where the proposals and workshops of a council are served: target → action nodes (for their pages). */
export function actionsLinkedTo(targetType: LinkTargetType, targetId: number): { nodeId: number; planId: number; title: string }[] {
	return db()
		.select({ nodeId: planNodes.id, planId: planNodes.planId, title: planNodes.title })
		.from(planNodeLinks)
		.innerJoin(planNodes, eq(planNodes.id, planNodeLinks.nodeId))
		.where(and(eq(planNodeLinks.targetType, targetType), eq(planNodeLinks.targetId, targetId)))
		.all();
}

export type LinkTarget = { targetType: LinkTargetType; targetId: number; title: string };

/** What an action of this council may link, by title: its adopted proposals, then its workshops (newest first). */
export function linkTargets(councilId: number): LinkTarget[] {
	const adopted = db()
		.select({ id: proposals.id, title: proposals.title })
		.from(proposals)
		.where(and(eq(proposals.councilId, councilId), inArray(proposals.state, [...ADOPTED_PROPOSAL_STATES])))
		.orderBy(asc(proposals.title), asc(proposals.id))
		.all();
	const councilWorkshops = db()
		.select({ id: workshops.id, title: workshops.title })
		.from(workshops)
		.where(eq(workshops.councilId, councilId))
		.orderBy(sql`${workshops.year} desc`, asc(workshops.title), asc(workshops.id))
		.all();
	return [
		...adopted.map((p) => ({ targetType: 'proposal' as const, targetId: p.id, title: p.title })),
		...councilWorkshops.map((w) => ({ targetType: 'workshop' as const, targetId: w.id, title: w.title }))
	];
}
