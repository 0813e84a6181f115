// The contribution board: participants, facilitators and guests post short contributions (need, idea,
// resource, obstacle), upvote and comment them; facilitators group them into named clusters and mark
// contributions or clusters as retained.
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import type { Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { workshopClusters, workshopComments, workshopContributions, workshopMeetings, workshopVotes } from './tables';
import { loadWorkshop, requireRight } from './access';
import { sameName } from './workshops';

export const CONTRIBUTION_KINDS = ['need', 'idea', 'resource', 'obstacle'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const CONTRIBUTION_MAX = 600;

function changed(councilId: number, workshopId: number) {
	publish({ type: 'workshop.changed', councilId, workshopId, what: 'board' });
}

function contributionOf(tx: Tx, workshopId: number, id: number) {
	const c = tx
		.select()
		.from(workshopContributions)
		.where(and(eq(workshopContributions.id, id), eq(workshopContributions.workshopId, workshopId)))
		.get();
	if (!c) throw new DomainError('workshops_error_contribution_not_found');
	return c;
}

/** Cluster names are unique within a workshop (compared without case or outer spaces). */
function checkClusterName(tx: Tx, workshopId: number, name: string, exceptId?: number): void {
	const conditions = [eq(workshopClusters.workshopId, workshopId)];
	if (exceptId) conditions.push(ne(workshopClusters.id, exceptId));
	const wanted = sameName(name);
	const taken = tx
		.select({ name: workshopClusters.name })
		.from(workshopClusters)
		.where(and(...conditions))
		.all()
		.some((k) => sameName(k.name) === wanted);
	if (taken) throw new DomainError('workshops_error_cluster_name_taken', 'name');
}

function clusterOf(tx: Tx, workshopId: number, id: number) {
	const c = tx
		.select()
		.from(workshopClusters)
		.where(and(eq(workshopClusters.id, id), eq(workshopClusters.workshopId, workshopId)))
		.get();
	if (!c) throw new DomainError('workshops_error_cluster_not_found', 'clusterId');
	return c;
}

export function insertContribution(tx: Tx, input: { workshopId: number; authorId: number; kind: ContributionKind; body: string; meetingId?: number | null; createdAt?: Date }) {
	const body = input.body.trim();
	if (!body) throw new DomainError('workshops_error_body_required', 'body');
	if (body.length > CONTRIBUTION_MAX) throw new DomainError('workshops_error_body_long', 'body', { max: CONTRIBUTION_MAX });
	if (!(CONTRIBUTION_KINDS as readonly string[]).includes(input.kind)) throw new DomainError('workshops_error_kind', 'kind');
	if (input.meetingId) {
		const m = tx
			.select({ id: workshopMeetings.id })
			.from(workshopMeetings)
			.where(and(eq(workshopMeetings.id, input.meetingId), eq(workshopMeetings.workshopId, input.workshopId)))
			.get();
		if (!m) throw new DomainError('workshops_error_meeting_not_found', 'meetingId');
	}
	return tx
		.insert(workshopContributions)
		.values({ workshopId: input.workshopId, authorId: input.authorId, kind: input.kind, body, meetingId: input.meetingId ?? null, ...(input.createdAt ? { createdAt: input.createdAt } : {}) })
		.returning()
		.get();
}

export function postContribution(actor: Actor, workshopId: number, input: { kind: ContributionKind; body: string; meetingId?: number | null }) {
	const r = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'contribute');
		return { row: insertContribution(tx, { workshopId, authorId: actor.user!.id, ...input }), councilId: loaded.council.id };
	});
	changed(r.councilId, workshopId);
	return r.row;
}

/** Upvotes (or withdraws the upvote); returns the new count. */
export function toggleVote(actor: Actor, workshopId: number, contributionId: number): { voted: boolean; votesCount: number } {
	const r = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'contribute');
		contributionOf(tx, workshopId, contributionId);
		const userId = actor.user!.id;
		const removed = tx
			.delete(workshopVotes)
			.where(and(eq(workshopVotes.contributionId, contributionId), eq(workshopVotes.userId, userId)))
			.returning()
			.all();
		if (!removed.length) tx.insert(workshopVotes).values({ contributionId, userId }).run();
		const row = tx
			.update(workshopContributions)
			.set({ votesCount: sql`(select count(*) from workshop_votes v where v.contribution_id = ${contributionId})` })
			.where(eq(workshopContributions.id, contributionId))
			.returning({ votesCount: workshopContributions.votesCount })
			.get()!;
		return { voted: removed.length === 0, votesCount: row.votesCount, councilId: loaded.council.id };
	});
	changed(r.councilId, workshopId);
	return { voted: r.voted, votesCount: r.votesCount };
}

export function commentContribution(actor: Actor, workshopId: number, contributionId: number, body: string) {
	const text = body.trim();
	if (!text) throw new DomainError('workshops_error_body_required', 'body');
	if (text.length > CONTRIBUTION_MAX) throw new DomainError('workshops_error_body_long', 'body', { max: CONTRIBUTION_MAX });
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'contribute');
		contributionOf(tx, workshopId, contributionId);
		tx.insert(workshopComments).values({ contributionId, authorId: actor.user!.id, body: text }).run();
		tx.update(workshopContributions)
			.set({ commentsCount: sql`${workshopContributions.commentsCount} + 1` })
			.where(eq(workshopContributions.id, contributionId))
			.run();
		return loaded.council.id;
	});
	changed(councilId, workshopId);
}

/** Facilitators: a new named cluster, optionally with contributions in it. */
export function createCluster(actor: Actor, workshopId: number, name: string, contributionIds: number[] = []) {
	if (!name.trim()) throw new DomainError('workshops_error_cluster_name', 'name');
	const r = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		checkClusterName(tx, workshopId, name);
		const cluster = tx.insert(workshopClusters).values({ workshopId, name: name.trim() }).returning().get();
		for (const id of contributionIds) {
			contributionOf(tx, workshopId, id);
			tx.update(workshopContributions).set({ clusterId: cluster.id }).where(eq(workshopContributions.id, id)).run();
		}
		recordAudit(tx, {
			councilId: loaded.council.id,
			actorId: actor.user?.id ?? null,
			action: 'workshop.cluster_create',
			entityType: 'workshop',
			entityId: workshopId,
			details: { name: cluster.name }
		});
		return { cluster, councilId: loaded.council.id };
	});
	changed(r.councilId, workshopId);
	return r.cluster;
}

export function renameCluster(actor: Actor, workshopId: number, clusterId: number, name: string) {
	if (!name.trim()) throw new DomainError('workshops_error_cluster_name', 'name');
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		clusterOf(tx, workshopId, clusterId);
		checkClusterName(tx, workshopId, name, clusterId);
		tx.update(workshopClusters).set({ name: name.trim() }).where(eq(workshopClusters.id, clusterId)).run();
		return loaded.council.id;
	});
	changed(councilId, workshopId);
}

/** Moves a contribution into a cluster (or out of any cluster with null). */
export function assignToCluster(actor: Actor, workshopId: number, contributionId: number, clusterId: number | null) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		contributionOf(tx, workshopId, contributionId);
		if (clusterId !== null) clusterOf(tx, workshopId, clusterId);
		tx.update(workshopContributions).set({ clusterId }).where(eq(workshopContributions.id, contributionId)).run();
		return loaded.council.id;
	});
	changed(councilId, workshopId);
}

/** Facilitators mark a contribution or a cluster as retained (or not). */
export function setRetained(actor: Actor, workshopId: number, target: { contributionId?: number; clusterId?: number }, retained: boolean) {
	const councilId = db().transaction((tx) => {
		const loaded = loadWorkshop(workshopId, actor, tx);
		requireRight(loaded, 'facilitate');
		if (target.clusterId) {
			clusterOf(tx, workshopId, target.clusterId);
			tx.update(workshopClusters).set({ retained }).where(eq(workshopClusters.id, target.clusterId)).run();
		} else if (target.contributionId) {
			contributionOf(tx, workshopId, target.contributionId);
			tx.update(workshopContributions).set({ retained }).where(eq(workshopContributions.id, target.contributionId)).run();
		} else throw new DomainError('workshops_error_retain_target');
		recordAudit(tx, { councilId: loaded.council.id, actorId: actor.user?.id ?? null, action: 'workshop.retain', entityType: 'workshop', entityId: workshopId, details: { ...target, retained } });
		return loaded.council.id;
	});
	changed(councilId, workshopId);
}

export type BoardContribution = {
	id: number;
	kind: string;
	body: string;
	authorId: number;
	authorName: string;
	clusterId: number | null;
	meetingId: number | null;
	retained: boolean;
	votesCount: number;
	commentsCount: number;
	createdAt: Date;
	voted: boolean;
	comments: { id: number; body: string; authorName: string; createdAt: Date }[];
};

/** The whole board: clusters (with their contributions) and unclustered contributions, most upvoted first. */
export function boardOf(workshopId: number, viewerId: number | null) {
	const clusters = db().select().from(workshopClusters).where(eq(workshopClusters.workshopId, workshopId)).orderBy(asc(workshopClusters.createdAt), asc(workshopClusters.id)).all();
	const rows = db()
		.select({
			id: workshopContributions.id,
			kind: workshopContributions.kind,
			body: workshopContributions.body,
			authorId: workshopContributions.authorId,
			authorName: users.name,
			clusterId: workshopContributions.clusterId,
			meetingId: workshopContributions.meetingId,
			retained: workshopContributions.retained,
			votesCount: workshopContributions.votesCount,
			commentsCount: workshopContributions.commentsCount,
			createdAt: workshopContributions.createdAt
		})
		.from(workshopContributions)
		.innerJoin(users, eq(users.id, workshopContributions.authorId))
		.where(eq(workshopContributions.workshopId, workshopId))
		.orderBy(desc(workshopContributions.votesCount), asc(workshopContributions.id))
		.all();
	const ids = rows.map((r) => r.id);
	const mine = new Set(
		viewerId && ids.length
			? db()
					.select({ id: workshopVotes.contributionId })
					.from(workshopVotes)
					.where(and(eq(workshopVotes.userId, viewerId), inArray(workshopVotes.contributionId, ids)))
					.all()
					.map((r) => r.id)
			: []
	);
	const comments = ids.length
		? db()
				.select({ id: workshopComments.id, contributionId: workshopComments.contributionId, body: workshopComments.body, authorName: users.name, createdAt: workshopComments.createdAt })
				.from(workshopComments)
				.innerJoin(users, eq(users.id, workshopComments.authorId))
				.where(inArray(workshopComments.contributionId, ids))
				.orderBy(asc(workshopComments.createdAt), asc(workshopComments.id))
				.all()
		: [];
	const contributions: BoardContribution[] = rows.map((r) => ({
		...r,
		voted: mine.has(r.id),
		comments: comments.filter((c) => c.contributionId === r.id).map(({ id, body, authorName, createdAt }) => ({ id, body, authorName, createdAt }))
	}));
	return {
		clusters: clusters.map((c) => ({ ...c, contributions: contributions.filter((x) => x.clusterId === c.id) })),
		loose: contributions.filter((x) => x.clusterId === null),
		total: contributions.length
	};
}
