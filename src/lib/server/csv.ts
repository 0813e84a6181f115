// Every CSV download of Cocon: RFC 4180 with CRLF, UTF-8 with a BOM so spreadsheet programs read the accents, and
// cells a spreadsheet would run as formulas (starting with = + - @ tab or CR) neutralised by papaparse.
//
// Two dialects: 'standard' (',' between cells, '.' in numbers: for programs and open data) and 'fr', the one
// French spreadsheet programs open with a double click (';' between cells, decimal comma in numbers). A download
// link chooses it with `?format=fr` (csvDialectOf); the pages offer both links side by side.
import Papa from 'papaparse';

export type CsvDialect = 'standard' | 'fr';

/** A leading = + @ tab or CR, or a '-' that does not start a plain number ("-2,5" is a number, "-2+3" a formula). */
const FORMULA = /^(?:[=+@\t\r]|-(?!\d+(?:[.,]\d+)?$))/;

export function csvDocument(fields: readonly string[], data: readonly (readonly unknown[])[], dialect: CsvDialect = 'standard'): string {
	const rows = dialect === 'fr' ? data.map((row) => row.map((cell) => (typeof cell === 'number' && Number.isFinite(cell) ? String(cell).replace('.', ',') : cell))) : data.map((row) => [...row]);
	return '\ufeff' + Papa.unparse({ fields: [...fields], data: rows }, { escapeFormulae: FORMULA, newline: '\r\n', delimiter: dialect === 'fr' ? ';' : ',' });
}

/** The dialect a download asks for: `?format=fr` or `?format=standard`, else `fallback`. */
export function csvDialectOf(url: URL, fallback: CsvDialect = 'standard'): CsvDialect {
	const format = url.searchParams.get('format');
	return format === 'fr' || format === 'standard' ? format : fallback;
}
