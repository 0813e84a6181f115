// "Proposals that look similar": shown to someone writing a proposal, before they go on, so that they may
// support an existing one instead. Full-text search (search.ts) on the title being written, over the
// council's published proposals, best matches first (title words weigh most).
import { sql } from 'drizzle-orm';
import { db } from '../db/client';
import { similarityQuery } from './search';

export type SimilarProposal = { id: number; title: string; summary: string; state: string; supportsCount: number };

export function similarProposals(councilId: number, title: string, limit = 5): SimilarProposal[] {
	const match = similarityQuery(title);
	if (!match) return [];
	return db()
		.all<{ id: number; title: string; summary: string; state: string; supports_count: number }>(
			sql`select p.id, p.title, p.summary, p.state, p.supports_count
				from (select rowid as rid, bm25(proposals_fts, 10.0, 3.0, 1.0) as score from proposals_fts where proposals_fts match ${match}) f
				join proposals p on p.id = f.rid
				where p.council_id = ${councilId} and p.state <> 'draft'
				order by f.score, p.id desc
				limit ${Math.max(1, Math.min(20, limit))}`
		)
		.map((r) => ({ id: r.id, title: r.title, summary: r.summary, state: r.state, supportsCount: r.supports_count }));
}
