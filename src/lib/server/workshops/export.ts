// CSV of a workshop's contributions with their votes, comments, cluster and retained flags.
import { csvDocument, type CsvDialect } from '../csv';
import { boardOf } from './board';

export type ContributionExportRow = {
	id: number;
	kind: string;
	body: string;
	author: string;
	cluster: string | null;
	cluster_retained: boolean | null;
	retained: boolean;
	votes: number;
	comments: number;
	created_at: string;
};

export function contributionRows(workshopId: number): ContributionExportRow[] {
	const board = boardOf(workshopId, null);
	const clusterOf = new Map(board.clusters.map((c) => [c.id, c]));
	return [...board.clusters.flatMap((c) => c.contributions), ...board.loose]
		.sort((a, b) => a.id - b.id)
		.map((x) => {
			const c = x.clusterId ? clusterOf.get(x.clusterId) : undefined;
			return {
				id: x.id,
				kind: x.kind,
				body: x.body,
				author: x.authorName,
				cluster: c?.name ?? null,
				cluster_retained: c ? c.retained : null,
				retained: x.retained,
				votes: x.votesCount,
				comments: x.commentsCount,
				created_at: x.createdAt.toISOString()
			};
		});
}

/** CSV (UTF-8 with BOM for spreadsheet programs); formula-like cells are neutralised. */
export function contributionsCsv(rows: ContributionExportRow[], dialect: CsvDialect = 'standard'): string {
	const fields = ['id', 'kind', 'body', 'author', 'cluster', 'cluster_retained', 'retained', 'votes', 'comments', 'created_at'] as const;
	return csvDocument(
		fields,
		rows.map((r) => fields.map((f) => r[f] ?? '')),
		dialect
	);
}
