// Everything the proposal page shows: the proposal (body rendered and sanitised), its authors, themes,
// links, timeline, comments, amendments, versions, and what the viewer may do with it.
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { db } from '../db/client';
import { can, type Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { colleges, organisations, themes } from '../councils/tables';
import type { CouncilRow } from '../councils/councils';
import { renderMarkdown } from '../markdown/render';
import { proposalAmendments, proposalCoauthors, proposalEvents, proposals, proposalThemes, proposalVersions } from './tables';
import { votes } from '../plenaries/tables';
import { isAuthor, type ProposalRow } from './access';
import { availableTransitions } from './lifecycle';
import { proposalFiles } from './write';
import { hasSupported } from './supports';
import { listComments, type CommentView } from './comments';
import { decidesAmendments, listAmendments, listVersions } from './amendments';
import { AMENDABLE_STATES, SUPPORTABLE_STATES, UPDATABLE_STATES, ANSWERABLE_STATES } from './states';

export function proposalThemesOf(proposalId: number) {
	return db()
		.select({ id: themes.id, name: themes.name, kind: themes.kind })
		.from(proposalThemes)
		.innerJoin(themes, eq(themes.id, proposalThemes.themeId))
		.where(eq(proposalThemes.proposalId, proposalId))
		.orderBy(asc(themes.kind), asc(themes.position))
		.all();
}

export function coauthorsOf(proposalId: number) {
	return db()
		.select({ id: users.id, name: users.name })
		.from(proposalCoauthors)
		.innerJoin(users, eq(users.id, proposalCoauthors.userId))
		.where(eq(proposalCoauthors.proposalId, proposalId))
		.orderBy(asc(users.name))
		.all();
}

const amendmentAuthors = alias(users, 'amendment_authors');

/**
 * The proposal's timeline. A decision by a vote carries the vote's plenary (for the link to its result page); a
 * version that came from an accepted amendment carries the amendment's number and author.
 */
export function timelineOf(proposalId: number) {
	return db()
		.select({
			id: proposalEvents.id,
			kind: proposalEvents.kind,
			transition: proposalEvents.transition,
			fromState: proposalEvents.fromState,
			toState: proposalEvents.toState,
			note: proposalEvents.note,
			answer: proposalEvents.answer,
			progress: proposalEvents.progress,
			voteId: proposalEvents.voteId,
			votePlenaryId: votes.plenaryId,
			mergedIntoId: proposalEvents.mergedIntoId,
			mergedIntoTitle: proposals.title,
			version: proposalEvents.version,
			amendmentId: proposalVersions.amendmentId,
			amendmentAuthor: amendmentAuthors.name,
			createdAt: proposalEvents.createdAt,
			actorName: users.name
		})
		.from(proposalEvents)
		.leftJoin(users, eq(users.id, proposalEvents.actorId))
		.leftJoin(proposals, eq(proposals.id, proposalEvents.mergedIntoId))
		.leftJoin(votes, eq(votes.id, proposalEvents.voteId))
		.leftJoin(proposalVersions, and(eq(proposalEvents.kind, 'version'), eq(proposalVersions.proposalId, proposalEvents.proposalId), eq(proposalVersions.version, proposalEvents.version)))
		.leftJoin(proposalAmendments, eq(proposalAmendments.id, proposalVersions.amendmentId))
		.leftJoin(amendmentAuthors, eq(amendmentAuthors.id, proposalAmendments.authorId))
		.where(eq(proposalEvents.proposalId, proposalId))
		.orderBy(asc(proposalEvents.createdAt), asc(proposalEvents.id))
		.all();
}

export type RenderedComment = Omit<CommentView, 'replies'> & { html: string | null; replies: RenderedComment[] };

function renderThread(list: CommentView[]): RenderedComment[] {
	return list.map((c) => ({
		...c,
		html: c.body === null ? null : renderMarkdown(c.body, { headingOffset: 3 }),
		replies: renderThread(c.replies)
	}));
}

function related(proposal: ProposalRow) {
	const mergedInto = proposal.mergedIntoId ? (db().select({ id: proposals.id, title: proposals.title }).from(proposals).where(eq(proposals.id, proposal.mergedIntoId)).get() ?? null) : null;
	const mergedFrom = db()
		.select({ id: proposals.id, title: proposals.title })
		.from(proposals)
		.where(and(eq(proposals.mergedIntoId, proposal.id), eq(proposals.state, 'merged')))
		.all();
	return { mergedInto, mergedFrom };
}

/** The page's data; the caller has checked that the actor may read the proposal. */
export function proposalPage(proposal: ProposalRow, council: CouncilRow, actor: Actor) {
	const userId = actor.user?.id;
	const authorOf = isAuthor(proposal, userId);
	const writer = authorOf && can(actor, 'proposals.create', council);
	const manager = can(actor, 'proposals.answer', council);
	const author = db()
		.select({ id: users.id, name: users.name, organisation: organisations.name, college: colleges.name })
		.from(users)
		.leftJoin(organisations, eq(organisations.id, proposal.organisationId ?? -1))
		.leftJoin(colleges, eq(colleges.id, proposal.collegeId ?? -1))
		.where(eq(users.id, proposal.authorId))
		.get()!;
	const loaded = { proposal, council };
	return {
		proposal: {
			id: proposal.id,
			title: proposal.title,
			summary: proposal.summary,
			bodyHtml: renderMarkdown(proposal.body, { headingOffset: 2 }),
			links: proposal.links,
			state: proposal.state,
			version: proposal.version,
			supportsCount: proposal.supportsCount,
			commentsCount: proposal.commentsCount,
			answer: proposal.answer,
			answeredAt: proposal.answeredAt,
			progress: proposal.progress,
			voteId: proposal.voteId,
			submittedAt: proposal.submittedAt,
			createdAt: proposal.createdAt,
			updatedAt: proposal.updatedAt
		},
		author,
		coauthors: coauthorsOf(proposal.id),
		files: proposalFiles(proposal.id),
		themes: proposalThemesOf(proposal.id),
		...related(proposal),
		timeline: timelineOf(proposal.id),
		comments: renderThread(listComments(proposal.id, userId)),
		amendments: listAmendments(proposal.id),
		versions: listVersions(proposal.id),
		threshold: council.supportThreshold,
		viewer: {
			isAuthor: authorOf,
			supported: hasSupported(proposal.id, userId),
			canSupport: can(actor, 'proposals.support', council) && !authorOf && SUPPORTABLE_STATES.includes(proposal.state as never),
			canComment: can(actor, 'proposals.comment', council) && proposal.state !== 'draft',
			canModerate: can(actor, 'proposals.moderate', council),
			canAmend: can(actor, 'proposals.amend', council) && !authorOf && AMENDABLE_STATES.includes(proposal.state as never),
			decidesAmendments: decidesAmendments(actor, loaded),
			canEdit: writer && proposal.state === 'draft',
			canAnswer: manager && ANSWERABLE_STATES.includes(proposal.state as never),
			canUpdate: manager && UPDATABLE_STATES.includes(proposal.state as never),
			transitions: availableTransitions(proposal, writer, manager)
		}
	};
}
