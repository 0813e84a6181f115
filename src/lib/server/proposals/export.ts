// Open data: a council's published proposals (never drafts) as rows for CSV and JSON, with stable
// machine-readable column names and state codes.
import { sql } from 'drizzle-orm';
import { csvDocument, type CsvDialect } from '../csv';
import { db } from '../db/client';
import { themesFor } from './list';

export type ExportRow = {
	id: number;
	title: string;
	summary: string;
	state: string;
	themes: string[];
	levers: string[];
	author: string;
	organisation: string | null;
	college: string | null;
	supports: number;
	comments: number;
	answer: string | null;
	answered_at: string | null;
	progress: number | null;
	merged_into: number | null;
	vote_id: number | null;
	submitted_at: string | null;
	updated_at: string;
	url: string;
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function exportRows(council: { id: number; slug: string }, origin: string): ExportRow[] {
	const raw = db().all<{
		id: number;
		title: string;
		summary: string;
		state: string;
		author: string;
		organisation: string | null;
		college: string | null;
		supports_count: number;
		comments_count: number;
		answer: string | null;
		answered_at: number | null;
		progress: number | null;
		merged_into_id: number | null;
		vote_id: number | null;
		submitted_at: number | null;
		updated_at: number;
	}>(sql`
		select p.id, p.title, p.summary, p.state, u.name as author, o.name as organisation, c.name as college, p.supports_count,
			p.comments_count, p.answer, p.answered_at, p.progress, p.merged_into_id, p.vote_id, p.submitted_at, p.updated_at
		from proposals p
		join users u on u.id = p.author_id
		left join organisations o on o.id = p.organisation_id
		left join colleges c on c.id = p.college_id
		where p.council_id = ${council.id} and p.state <> 'draft'
		order by p.id`);
	const tags = themesFor(raw.map((r) => r.id));
	return raw.map((r) => {
		const list = tags.get(r.id) ?? [];
		return {
			id: r.id,
			title: r.title,
			summary: r.summary,
			state: r.state,
			themes: list.filter((t) => t.kind === 'theme').map((t) => t.name),
			levers: list.filter((t) => t.kind === 'lever').map((t) => t.name),
			author: r.author,
			organisation: r.organisation,
			college: r.college,
			supports: r.supports_count,
			comments: r.comments_count,
			answer: r.answer,
			answered_at: iso(r.answered_at),
			progress: r.progress,
			merged_into: r.merged_into_id,
			vote_id: r.vote_id,
			submitted_at: iso(r.submitted_at),
			updated_at: iso(r.updated_at)!,
			url: `${origin}/c/${council.slug}/proposals/${r.id}`
		};
	});
}

/** RFC 4180 CSV (UTF-8 with BOM for spreadsheets); lists joined with " | "; formulas neutralised. */
export function toCsv(rows: ExportRow[], dialect: CsvDialect = 'standard'): string {
	const fields: (keyof ExportRow)[] = [
		'id',
		'title',
		'summary',
		'state',
		'themes',
		'levers',
		'author',
		'organisation',
		'college',
		'supports',
		'comments',
		'answer',
		'answered_at',
		'progress',
		'merged_into',
		'vote_id',
		'submitted_at',
		'updated_at',
		'url'
	];
	const data = rows.map((r) => fields.map((f) => (Array.isArray(r[f]) ? (r[f] as string[]).join(' | ') : (r[f] ?? ''))));
	return csvDocument(fields, data, dialect);
}
