// The list of a council's published proposals: full-text search, filters, sorts and pagination in one
// indexed query (counts are denormalised on the proposal row), then the themes of the page's rows.
import { sql, type SQL } from 'drizzle-orm';
import { cachedAll, cachedGet } from './statements';
import { ftsQuery } from './search';
import type { ProposalState } from './states';
import type { ProposalListEvent } from '../../schemas/proposals-live';

export const PAGE_SIZE = 20;
export const SORTS = ['newest', 'supports', 'comments', 'updated', 'relevance'] as const;
export type ProposalSort = (typeof SORTS)[number];

export type ProposalFilter = {
	councilId: number;
	q?: string;
	state?: ProposalState;
	themeId?: number;
	leverId?: number;
	collegeId?: number;
	authorId?: number;
	answered?: 'yes' | 'no';
	sort?: ProposalSort;
	page?: number;
	pageSize?: number;
};

export type ProposalListItem = {
	id: number;
	title: string;
	summary: string;
	state: string;
	supportsCount: number;
	commentsCount: number;
	progress: number | null;
	submittedAt: Date | null;
	updatedAt: Date;
	answeredAt: Date | null;
	authorId: number;
	authorName: string;
	organisationName: string | null;
	collegeName: string | null;
	themes: { id: number; name: string; kind: string }[];
};

type RawRow = {
	id: number;
	title: string;
	summary: string;
	state: string;
	supports_count: number;
	comments_count: number;
	progress: number | null;
	submitted_at: number | null;
	updated_at: number;
	answered_at: number | null;
	author_id: number;
	author_name: string;
	organisation_name: string | null;
	college_name: string | null;
};

const ORDER: Record<ProposalSort, SQL> = {
	newest: sql`p.submitted_at desc, p.id desc`,
	supports: sql`p.supports_count desc, p.id desc`,
	comments: sql`p.comments_count desc, p.id desc`,
	updated: sql`p.updated_at desc, p.id desc`,
	relevance: sql`f.rank, p.id desc`
};

function conditions(filter: ProposalFilter): SQL {
	const where: SQL[] = [sql`p.council_id = ${filter.councilId}`, sql`p.state <> 'draft'`];
	if (filter.state) where.push(sql`p.state = ${filter.state}`);
	if (filter.themeId) where.push(sql`exists (select 1 from proposal_themes pt where pt.proposal_id = p.id and pt.theme_id = ${filter.themeId})`);
	if (filter.leverId) where.push(sql`exists (select 1 from proposal_themes pl where pl.proposal_id = p.id and pl.theme_id = ${filter.leverId})`);
	if (filter.collegeId) where.push(sql`p.college_id = ${filter.collegeId}`);
	if (filter.authorId) where.push(sql`(p.author_id = ${filter.authorId} or exists (select 1 from proposal_coauthors pc where pc.proposal_id = p.id and pc.user_id = ${filter.authorId}))`);
	if (filter.answered === 'yes') where.push(sql`p.answered_at is not null`);
	if (filter.answered === 'no') where.push(sql`p.answered_at is null`);
	return sql.join(where, sql` and `);
}

/**
 * The search condition. The unary "+" keeps SQLite from driving the query by the matching ids (one big-row
 * lookup per match): it walks a covering index of the council's proposals in the sort order instead, and
 * tests each against the set of matches, so a word found in every proposal still stops after one page.
 */
const matching = (match: string) => sql`+p.id in (select rowid from proposals_fts where proposals_fts match ${match})`;

export function listProposals(filter: ProposalFilter) {
	const pageSize = filter.pageSize ?? PAGE_SIZE;
	const match = filter.q ? ftsQuery(filter.q) : null;
	const sort: ProposalSort = filter.sort === 'relevance' && !match ? 'newest' : (filter.sort ?? 'newest');
	const where = match ? sql`${conditions(filter)} and ${matching(match)}` : conditions(filter);
	// relevance (bm25) is computed for every match: only when that sort is asked for
	const from = match && sort === 'relevance' ? sql`proposals p join (select rowid as rid, rank from proposals_fts where proposals_fts match ${match}) f on f.rid = p.id` : sql`proposals p`;
	const total = cachedGet<{ n: number }>(sql`select count(*) as n from proposals p where ${where}`)?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, filter.page ?? 1), pages);
	const raw = cachedAll<RawRow>(sql`
		select p.id, p.title, p.summary, p.state, p.supports_count, p.comments_count, p.progress, p.submitted_at, p.updated_at,
			p.answered_at, p.author_id, u.name as author_name, o.name as organisation_name, c.name as college_name
		from ${from}
		join users u on u.id = p.author_id
		left join organisations o on o.id = p.organisation_id
		left join colleges c on c.id = p.college_id
		where ${where}
		order by ${ORDER[sort]}
		limit ${pageSize} offset ${(page - 1) * pageSize}`);
	const themesOf = themesFor(raw.map((r) => r.id));
	const rows: ProposalListItem[] = raw.map((r) => ({
		id: r.id,
		title: r.title,
		summary: r.summary,
		state: r.state,
		supportsCount: r.supports_count,
		commentsCount: r.comments_count,
		progress: r.progress,
		submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at),
		updatedAt: new Date(r.updated_at),
		answeredAt: r.answered_at === null ? null : new Date(r.answered_at),
		authorId: r.author_id,
		authorName: r.author_name,
		organisationName: r.organisation_name,
		collegeName: r.college_name,
		themes: themesOf.get(r.id) ?? []
	}));
	return { rows, total, page, pages, pageSize, sort };
}

export function themesFor(ids: number[]): Map<number, { id: number; name: string; kind: string }[]> {
	const map = new Map<number, { id: number; name: string; kind: string }[]>();
	if (!ids.length) return map;
	const rows = cachedAll<{ proposal_id: number; id: number; name: string; kind: string }>(sql`
		select pt.proposal_id, t.id, t.name, t.kind from proposal_themes pt join themes t on t.id = pt.theme_id
		where pt.proposal_id in (${sql.join(
			ids.map((id) => sql`${id}`),
			sql`, `
		)})
		order by t.kind desc, t.position`);
	for (const r of rows) {
		const list = map.get(r.proposal_id) ?? [];
		list.push({ id: r.id, name: r.name, kind: r.kind });
		map.set(r.proposal_id, list);
	}
	return map;
}

/** The drafts a person wrote or co-writes in a council (private: only ever shown to them). */
export function listMyDrafts(councilId: number, userId: number) {
	return cachedAll<{ id: number; title: string; updated_at: number }>(sql`
		select p.id, p.title, p.updated_at from proposals p
		where p.council_id = ${councilId} and p.state = 'draft'
			and (p.author_id = ${userId} or exists (select 1 from proposal_coauthors pc where pc.proposal_id = p.id and pc.user_id = ${userId}))
		order by p.updated_at desc`).map((r) => ({ id: r.id, title: r.title, updatedAt: new Date(r.updated_at) }));
}

/**
 * What the list's filters offer: the council's themes and levers and its colleges. Authors are too many for
 * a menu: the list links each author's name to their filter, and `authorId` names the active one.
 */
export function filterOptions(councilId: number, authorId?: number) {
	const tags = cachedAll<{ id: number; name: string; kind: string }>(sql`
		select id, name, kind from themes where council_id = ${councilId} and archived = 0 order by kind, position, id`);
	const collegeRows = cachedAll<{ id: number; name: string }>(sql`
		select id, name from colleges where council_id = ${councilId} order by position, id`);
	return {
		themes: tags.filter((t) => t.kind === 'theme'),
		levers: tags.filter((t) => t.kind === 'lever'),
		colleges: collegeRows,
		author: authorId ? (cachedGet<{ id: number; name: string }>(sql`select id, name from users where id = ${authorId}`) ?? null) : null
	};
}

/** One proposal as the council's live list shows it now (list room events), or not listed (a draft). */
export function listRowLive(proposalId: number): ProposalListEvent {
	const row = cachedGet<{ state: string; supports_count: number; comments_count: number; answered_at: number | null; submitted_at: number | null }>(
		sql`select state, supports_count, comments_count, answered_at, submitted_at from proposals where id = ${proposalId}`
	);
	if (!row || row.state === 'draft') return { proposalId, listed: false };
	return { proposalId, listed: true, state: row.state, supportsCount: row.supports_count, commentsCount: row.comments_count, answered: row.answered_at !== null, submittedAt: row.submitted_at };
}
