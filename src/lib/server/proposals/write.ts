// Writing a proposal: creating a draft and editing it while it is a draft. After submission the text only
// changes through amendments (amendments.ts), so every published version is kept.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import type { Actor } from '../auth/permissions';
import { memberships, themes } from '../councils/tables';
import { getCouncilById } from '../councils/councils';
import { recordAudit } from '../audit/audit';
import { DomainError } from '../errors';
import { publish } from '../events/bus';
import { proposalCoauthors, proposalEvents, proposals, proposalThemes, proposalVersions, type ProposalLink } from './tables';
import { loadReadable, requireAction, requireAuthor } from './access';
import { discardUpload, recordUpload, listFiles, deleteFile, type PreparedUpload } from '../files/storage';
import { addFollowers } from './follows';

export type ProposalInput = {
	title: string;
	summary: string;
	body: string;
	themeIds: number[];
	links: ProposalLink[];
	coauthorIds: number[];
};

export const SUMMARY_MAX = 500;

function checkThemes(tx: Tx, councilId: number, ids: number[]): number[] {
	const unique = [...new Set(ids)];
	const found = unique.length
		? tx
				.select({ id: themes.id, kind: themes.kind })
				.from(themes)
				.where(and(eq(themes.councilId, councilId), eq(themes.archived, false), inArray(themes.id, unique)))
				.all()
		: [];
	if (found.length !== unique.length) throw new DomainError('proposals_error_theme_unknown', 'themeIds');
	if (!found.some((t) => t.kind === 'theme')) throw new DomainError('proposals_error_theme_required', 'themeIds');
	return unique;
}

/** Co-authors must be active members of the council who may write proposals; never the author. */
function checkCoauthors(tx: Tx, councilId: number, authorId: number, ids: number[]): number[] {
	const unique = [...new Set(ids)].filter((id) => id !== authorId);
	if (!unique.length) return [];
	const rows = tx
		.select({ userId: memberships.userId, roles: memberships.roles })
		.from(memberships)
		.where(and(eq(memberships.councilId, councilId), eq(memberships.status, 'active'), inArray(memberships.userId, unique)))
		.all();
	if (rows.length !== unique.length || rows.some((r) => !r.roles.includes('member'))) throw new DomainError('proposals_error_coauthor', 'coauthorIds');
	return unique;
}

function checkText(input: ProposalInput): void {
	if (input.summary.length > SUMMARY_MAX) throw new DomainError('proposals_error_summary_long', 'summary', { max: SUMMARY_MAX });
	if (!input.title.trim()) throw new DomainError('proposals_error_title_required', 'title');
}

function setThemes(tx: Tx, proposalId: number, ids: number[]): void {
	tx.delete(proposalThemes).where(eq(proposalThemes.proposalId, proposalId)).run();
	for (const themeId of ids) tx.insert(proposalThemes).values({ proposalId, themeId }).run();
}

function setCoauthors(tx: Tx, proposalId: number, ids: number[]): void {
	tx.delete(proposalCoauthors).where(eq(proposalCoauthors.proposalId, proposalId)).run();
	for (const userId of ids) tx.insert(proposalCoauthors).values({ proposalId, userId }).run();
}

/** Inserts a proposal (draft unless told otherwise) with its first version, inside the caller's transaction. */
export function insertProposal(
	tx: Tx,
	input: ProposalInput & { councilId: number; authorId: number; state?: string; createdAt?: Date; submissionKey?: string | null },
	options: { skipChecks?: boolean } = {}
) {
	const themeIds = options.skipChecks ? input.themeIds : checkThemes(tx, input.councilId, input.themeIds);
	const coauthorIds = options.skipChecks ? input.coauthorIds : checkCoauthors(tx, input.councilId, input.authorId, input.coauthorIds);
	const membership = tx
		.select({ organisationId: memberships.organisationId, collegeId: memberships.collegeId })
		.from(memberships)
		.where(and(eq(memberships.councilId, input.councilId), eq(memberships.userId, input.authorId)))
		.get();
	const at = input.createdAt ?? new Date();
	const row = tx
		.insert(proposals)
		.values({
			councilId: input.councilId,
			authorId: input.authorId,
			organisationId: membership?.organisationId ?? null,
			collegeId: membership?.collegeId ?? null,
			title: input.title.trim(),
			summary: input.summary.trim(),
			body: input.body,
			links: input.links,
			state: input.state ?? 'draft',
			submissionKey: input.submissionKey ?? null,
			createdAt: at,
			updatedAt: at
		})
		.returning()
		.get();
	tx.insert(proposalVersions).values({ proposalId: row.id, version: 1, title: row.title, summary: row.summary, body: row.body, createdBy: input.authorId, createdAt: at }).run();
	setThemes(tx, row.id, themeIds);
	setCoauthors(tx, row.id, coauthorIds);
	addFollowers(tx, row.id, [input.authorId, ...coauthorIds]);
	tx.insert(proposalEvents).values({ proposalId: row.id, actorId: input.authorId, kind: 'created', toState: 'draft', createdAt: at }).run();
	return row;
}

/** Attaches uploads already checked and written by prepareUpload, inside the caller's transaction. */
function attach(tx: Tx, proposalId: number, uploadedBy: number, uploads: PreparedUpload[]): void {
	for (const upload of uploads) recordUpload(tx, upload, { ownerType: 'proposal', ownerId: proposalId, uploadedBy });
}

export function proposalFiles(proposalId: number) {
	return listFiles('proposal', proposalId).map((f) => ({ id: f.id, name: f.originalName, mime: f.mime, size: f.size }));
}

/**
 * Creates a draft. `uploads` come from prepareUpload (checked and written before the transaction); if this
 * throws, the caller discards them. A form sent again with the same submission key (a double click, a retry, ten
 * tabs) gets the proposal the first one created (`repeated: true`), never a second one; its uploads are dropped.
 */
export function createProposal(actor: Actor, councilId: number, input: ProposalInput & { submissionKey?: string }, uploads: PreparedUpload[] = []) {
	const council = getCouncilById(councilId);
	if (!council) throw new DomainError('proposals_error_not_found');
	requireAction(actor, 'proposals.create', council);
	checkText(input);
	const authorId = actor.user!.id;
	return db().transaction(
		(tx) => {
			const earlier = input.submissionKey
				? tx
						.select()
						.from(proposals)
						.where(and(eq(proposals.authorId, authorId), eq(proposals.submissionKey, input.submissionKey)))
						.get()
				: undefined;
			if (earlier) {
				if (earlier.councilId !== councilId) throw new DomainError('proposals_error_not_found');
				uploads.forEach(discardUpload);
				return { ...earlier, repeated: true };
			}
			const row = insertProposal(tx, { ...input, councilId, authorId });
			attach(tx, row.id, authorId, uploads);
			recordAudit(tx, { councilId, actorId: authorId, action: 'proposal.create', entityType: 'proposal', entityId: row.id, details: { title: row.title } });
			return { ...row, repeated: false };
		},
		{ behavior: 'immediate' }
	);
}

/**
 * Edits a draft. A draft that was never published keeps its first version; a draft that was published
 * before (withdrawn) gets a new version, so that what people read once is never lost.
 */
export function updateDraft(actor: Actor, proposalId: number, input: ProposalInput, uploads: PreparedUpload[] = [], removeFileIds: number[] = []) {
	checkText(input);
	const result = db().transaction((tx) => {
		const loaded = loadReadable(proposalId, actor, tx);
		requireAuthor(actor, loaded, tx);
		const { proposal } = loaded;
		if (proposal.state !== 'draft') throw new DomainError('proposals_error_not_draft');
		const themeIds = checkThemes(tx, proposal.councilId, input.themeIds);
		const coauthorIds = checkCoauthors(tx, proposal.councilId, proposal.authorId, input.coauthorIds);
		const text = { title: input.title.trim(), summary: input.summary.trim(), body: input.body };
		let version = proposal.version;
		if (proposal.submittedAt) {
			version += 1;
			tx.insert(proposalVersions)
				.values({ proposalId, version, ...text, createdBy: actor.user!.id })
				.run();
			tx.insert(proposalEvents).values({ proposalId, actorId: actor.user!.id, kind: 'version', version }).run();
		} else {
			tx.update(proposalVersions)
				.set(text)
				.where(and(eq(proposalVersions.proposalId, proposalId), eq(proposalVersions.version, version)))
				.run();
		}
		const row = tx
			.update(proposals)
			.set({ ...text, links: input.links, version, updatedAt: sql`(cast(unixepoch('subsec') * 1000 as integer))` })
			.where(eq(proposals.id, proposalId))
			.returning()
			.get();
		setThemes(tx, proposalId, themeIds);
		setCoauthors(tx, proposalId, coauthorIds);
		addFollowers(tx, proposalId, coauthorIds);
		attach(tx, proposalId, actor.user!.id, uploads);
		recordAudit(tx, { councilId: proposal.councilId, actorId: actor.user!.id, action: 'proposal.update', entityType: 'proposal', entityId: proposalId, details: { version } });
		return row;
	});
	const own = new Set(listFiles('proposal', proposalId).map((f) => f.id));
	for (const id of removeFileIds) if (own.has(id)) deleteFile(id);
	publish({ type: 'proposal.changed', councilId: result.councilId, proposalId, what: 'content' });
	return result;
}
