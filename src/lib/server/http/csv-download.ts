// The answer to every CSV download link: the document in the dialect the link asks for (`?format=fr`: French
// spreadsheets, see csv.ts), as an attachment that is never cached.
import { csvDialectOf, type CsvDialect } from '../csv';

export function csvDownload(url: URL, fileName: string, document: (dialect: CsvDialect) => string, fallback: CsvDialect = 'standard'): Response {
	return new Response(document(csvDialectOf(url, fallback)), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${fileName}"`, 'cache-control': 'private, no-store' }
	});
}
