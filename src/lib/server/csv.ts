// Every CSV download of Cocon: RFC 4180 with CRLF, UTF-8 with a BOM so spreadsheet programs read the accents, and
// cells a spreadsheet would run as formulas (starting with = + - @ tab or CR) neutralised by papaparse.
import Papa from 'papaparse';

export function csvDocument(fields: readonly string[], data: readonly (readonly unknown[])[]): string {
	return '\ufeff' + Papa.unparse({ fields: [...fields], data: data.map((row) => [...row]) }, { escapeFormulae: true, newline: '\r\n' });
}
