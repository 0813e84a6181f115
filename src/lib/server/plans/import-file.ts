// Reading a measurements file: the rows (the one CSV pipeline: csv-read.ts), header → columns.
import { foldHeader, readCsv, type CsvRow } from '../csv-read';

export const IMPORT_COLUMNS = ['indicator', 'date', 'value', 'source', 'comment', 'period'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['indicator', 'date', 'value'];
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_IMPORT_CHARS = 10_000_000;

const ALIASES: Record<ImportColumn, string[]> = {
	indicator: ['indicator', 'indicateur', 'indicator_id', 'indicateur_id', 'id_indicateur', 'indicator_name', 'nom_indicateur'],
	date: ['date', 'date_mesure', 'measurement_date'],
	value: ['value', 'valeur', 'mesure'],
	source: ['source', 'sources', 'source_donnees'],
	comment: ['comment', 'comments', 'commentaire', 'commentaires', 'remarque', 'note'],
	period: ['period', 'periode', 'period_label', 'libelle_periode']
};

export type ImportIssue = { line: number; field: ImportColumn | 'row' | 'file'; code: string; params: Record<string, string> };

export type RawRow = CsvRow;

/** The header (the first non-blank row) and the rows under it, read by the one CSV pipeline (csv-read.ts). */
export function parseCsv(text: string): { delimiter: string; header: RawRow | null; rows: RawRow[] } {
	const { delimiter, rows } = readCsv(text);
	return { delimiter, header: rows[0] ?? null, rows: rows.slice(1) };
}

export function mapHeader(header: RawRow | null): { columns: Map<ImportColumn, number>; ignored: string[]; errors: ImportIssue[] } {
	const columns = new Map<ImportColumn, number>();
	const ignored: string[] = [];
	const errors: ImportIssue[] = [];
	if (!header) return { columns, ignored, errors: [{ line: 1, field: 'file', code: 'plans_import_e_no_header', params: {} }] };
	const line = header.line;
	header.cells.forEach((cell, index) => {
		const key = foldHeader(cell);
		const column = IMPORT_COLUMNS.find((c) => ALIASES[c].includes(key));
		if (!column) {
			if (cell.trim()) ignored.push(cell.trim());
		} else if (columns.has(column)) errors.push({ line, field: column, code: 'plans_import_e_duplicate_column', params: { column: cell.trim() } });
		else columns.set(column, index);
	});
	for (const column of REQUIRED_COLUMNS) if (!columns.has(column)) errors.push({ line, field: column, code: 'plans_import_e_missing_column', params: { column } });
	return { columns, ignored, errors };
}
