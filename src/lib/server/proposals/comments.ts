// Comments on a published proposal: one level of replies, editable by their author for 15 minutes,
// hidden by the secretariat with a reason (the reason is shown in place of the comment). The use cases are the
// actions in ./actions (add-comment, edit-comment, hide-comment); these functions do their work in the action's transaction.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import type { Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { proposalComments, proposals } from './tables';
import { loadReadableIn, type Loaded } from './access';
import type { CouncilRow } from '../councils/councils';
import { announce, noticeProposal } from './notices';

export const EDIT_WINDOW_MS = 15 * 60 * 1000;
export const COMMENT_MAX = 5000;

function checkBody(body: string): string {
	const clean = body.trim();
	if (!clean) throw new DomainError('proposals_error_comment_required', 'body');
	if (clean.length > COMMENT_MAX) throw new DomainError('proposals_error_comment_long', 'body', { max: COMMENT_MAX });
	return clean;
}

function bumpCount(proposalId: number, delta: number) {
	return sql`update ${proposals} set comments_count = comments_count + ${delta} where id = ${proposalId}`;
}

/** A comment or a reply on a readable, non-draft proposal (the action checks the role and loads the proposal). */
export function addComment(tx: Tx, actor: Actor, { proposal }: Loaded, input: { body: string; parentId?: number | null }) {
	const body = checkBody(input.body);
	if (proposal.state === 'draft') throw new DomainError('proposals_error_comment_draft');
	let parentId: number | null = null;
	let parentAuthor: number[] = [];
	if (input.parentId) {
		const parent = tx.select().from(proposalComments).where(eq(proposalComments.id, input.parentId)).get();
		if (!parent || parent.proposalId !== proposal.id) throw new DomainError('proposals_error_comment_parent', 'parentId');
		if (parent.parentId !== null) throw new DomainError('proposals_error_reply_depth', 'parentId');
		if (parent.hiddenAt) throw new DomainError('proposals_error_comment_hidden', 'parentId');
		parentId = parent.id;
		parentAuthor = [parent.authorId];
	}
	const comment = tx.insert(proposalComments).values({ proposalId: proposal.id, authorId: actor.user!.id, parentId, body }).returning().get();
	tx.run(bumpCount(proposal.id, 1));
	recordAudit(tx, { councilId: proposal.councilId, actorId: actor.user!.id, action: 'proposal.comment', entityType: 'proposal_comment', entityId: comment.id, details: { proposalId: proposal.id } });
	announce(noticeProposal(tx, { kind: 'proposal_comment', proposal, actorId: actor.user!.id, to: 'followers', also: parentAuthor }));
	publish({ type: 'proposal.changed', councilId: proposal.councilId, proposalId: proposal.id, what: 'comments' });
	return { ...comment, councilId: proposal.councilId };
}

export type LoadedComment = Loaded & { comment: typeof proposalComments.$inferSelect };

/** The comment and its proposal, when the proposal is in the council and readable by the actor. */
export function loadComment(tx: Tx, actor: Actor, council: CouncilRow, commentId: number): LoadedComment {
	const comment = tx.select().from(proposalComments).where(eq(proposalComments.id, commentId)).get();
	if (!comment) throw new DomainError('proposals_error_not_found');
	const loaded = loadReadableIn(tx, actor, council, comment.proposalId);
	return { ...loaded, comment };
}

/** Only the comment's author, within 15 minutes of writing it, and never once hidden. */
export function editComment(tx: Tx, actor: Actor, { comment, proposal }: LoadedComment, input: { body: string }, now = Date.now()) {
	const body = checkBody(input.body);
	if (comment.authorId !== actor.user?.id) throw new DomainError('proposals_error_forbidden');
	if (comment.hiddenAt) throw new DomainError('proposals_error_comment_hidden');
	if (now - comment.createdAt.getTime() > EDIT_WINDOW_MS) throw new DomainError('proposals_error_edit_window', 'body', { minutes: 15 });
	const updated = tx
		.update(proposalComments)
		.set({ body, editedAt: new Date(now) })
		.where(eq(proposalComments.id, comment.id))
		.returning()
		.get();
	recordAudit(tx, { councilId: proposal.councilId, actorId: actor.user!.id, action: 'proposal.comment_edit', entityType: 'proposal_comment', entityId: comment.id });
	publish({ type: 'proposal.changed', councilId: proposal.councilId, proposalId: proposal.id, what: 'comments' });
	return { ...updated, councilId: proposal.councilId };
}

/** The secretariat hides a comment; the reason is public. Hidden comments no longer count. */
export function hideComment(tx: Tx, actor: Actor, { comment, proposal }: LoadedComment, input: { reason: string }) {
	const reason = input.reason.trim();
	if (!reason) throw new DomainError('proposals_error_reason_required', 'reason');
	if (comment.hiddenAt) throw new DomainError('proposals_error_comment_hidden');
	const updated = tx.update(proposalComments).set({ hiddenAt: new Date(), hiddenBy: actor.user!.id, hiddenReason: reason }).where(eq(proposalComments.id, comment.id)).returning().get();
	tx.run(bumpCount(comment.proposalId, -1));
	recordAudit(tx, { councilId: proposal.councilId, actorId: actor.user!.id, action: 'proposal.comment_hide', entityType: 'proposal_comment', entityId: comment.id, details: { reason } });
	publish({ type: 'proposal.changed', councilId: proposal.councilId, proposalId: proposal.id, what: 'comments' });
	return { ...updated, councilId: proposal.councilId };
}

export type CommentView = {
	id: number;
	parentId: number | null;
	authorId: number;
	authorName: string;
	body: string | null;
	createdAt: Date;
	editedAt: Date | null;
	hidden: boolean;
	hiddenReason: string | null;
	editableUntil: number | null;
	replies: CommentView[];
};

/** Comments as a one-level thread; hidden comments keep their place but lose their text. */
export function listComments(proposalId: number, viewerId: number | undefined, now = Date.now()): CommentView[] {
	const rows = db()
		.select({ c: proposalComments, authorName: users.name })
		.from(proposalComments)
		.innerJoin(users, eq(users.id, proposalComments.authorId))
		.where(eq(proposalComments.proposalId, proposalId))
		.orderBy(asc(proposalComments.createdAt), asc(proposalComments.id))
		.all();
	const views = rows.map(({ c, authorName }): CommentView => {
		const until = c.createdAt.getTime() + EDIT_WINDOW_MS;
		return {
			id: c.id,
			parentId: c.parentId,
			authorId: c.authorId,
			authorName,
			body: c.hiddenAt ? null : c.body,
			createdAt: c.createdAt,
			editedAt: c.editedAt,
			hidden: !!c.hiddenAt,
			hiddenReason: c.hiddenAt ? c.hiddenReason : null,
			editableUntil: !c.hiddenAt && viewerId === c.authorId && until > now ? until : null,
			replies: []
		};
	});
	const byId = new Map(views.map((v) => [v.id, v]));
	const top: CommentView[] = [];
	for (const v of views) {
		const parent = v.parentId ? byId.get(v.parentId) : undefined;
		if (parent) parent.replies.push(v);
		else top.push(v);
	}
	return top;
}

export function countVisibleComments(proposalId: number): number {
	return (
		db()
			.select({ n: sql<number>`count(*)` })
			.from(proposalComments)
			.where(and(eq(proposalComments.proposalId, proposalId), isNull(proposalComments.hiddenAt)))
			.get()?.n ?? 0
	);
}
