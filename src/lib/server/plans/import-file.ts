// Reading a measurements file: separator, rows with the line each starts on, header → columns.
import Papa from 'papaparse';

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

export function foldHeader(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

export type ImportIssue = { line: number; field: ImportColumn | 'row' | 'file'; code: string; params: Record<string, string> };

export type RawRow = { line: number; cells: string[]; quoteError: boolean };

export function detectDelimiter(text: string): string {
	const end = text.search(/\r?\n|\r/);
	const header = end === -1 ? text : text.slice(0, end);
	const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
	const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
	return best[1] > 0 ? best[0] : ',';
}

/** Rows with the line each starts on (quoted cells may span lines); blank rows are dropped. */
export function parseCsv(text: string): { delimiter: string; header: RawRow | null; rows: RawRow[] } {
	const delimiter = detectDelimiter(text);
	const all: RawRow[] = [];
	let line = 1;
	let offset = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		step(result) {
			const cursor = result.meta.cursor;
			const cells = result.data;
			all.push({ line, cells, quoteError: result.errors.some((e) => e.type === 'Quotes') });
			for (let i = offset; i < cursor && i < text.length; i++) if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) line++;
			offset = cursor;
		}
	});
	const nonBlank = all.filter((r) => r.cells.some((c) => c.trim() !== ''));
	const header = all.length && all[0].cells.some((c) => c.trim() !== '') ? all[0] : null;
	return { delimiter, header, rows: header ? nonBlank.slice(1) : nonBlank };
}

export function mapHeader(header: RawRow | null): { columns: Map<ImportColumn, number>; ignored: string[]; errors: ImportIssue[] } {
	const columns = new Map<ImportColumn, number>();
	const ignored: string[] = [];
	const errors: ImportIssue[] = [];
	if (!header) return { columns, ignored, errors: [{ line: 1, field: 'file', code: 'plans_import_e_no_header', params: {} }] };
	header.cells.forEach((cell, index) => {
		const key = foldHeader(cell);
		const column = IMPORT_COLUMNS.find((c) => ALIASES[c].includes(key));
		if (!column) {
			if (cell.trim()) ignored.push(cell.trim());
		} else if (columns.has(column)) errors.push({ line: 1, field: column, code: 'plans_import_e_duplicate_column', params: { column: cell.trim() } });
		else columns.set(column, index);
	});
	for (const column of REQUIRED_COLUMNS) if (!columns.has(column)) errors.push({ line: 1, field: column, code: 'plans_import_e_missing_column', params: { column } });
	return { columns, ignored, errors };
}
