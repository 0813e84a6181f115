// The HTTP answer for a stored file: always a download, never rendered by the browser as a page.
// The route that calls this has already decided that the visitor may read the file's owner.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { filePath, type FileRow } from './storage';

/** RFC 6266 / 5987: an ASCII fallback name and the exact UTF-8 name. */
export function contentDisposition(name: string): string {
	const fallback =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^\x20-\x7e]/g, '_')
			.replace(/["\\%;]/g, '_') || 'download';
	const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function fileResponse(row: FileRow): Response {
	const file = filePath(row);
	let size: number;
	try {
		size = fs.statSync(file).size;
	} catch {
		return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
	}
	const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
	return new Response(body, {
		status: 200,
		headers: {
			'Content-Type': row.mime,
			'Content-Length': String(size),
			'Content-Disposition': contentDisposition(row.originalName),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': 'sandbox',
			'Cross-Origin-Resource-Policy': 'same-origin',
			'Cache-Control': 'private, no-store',
			'Referrer-Policy': 'no-referrer'
		}
	});
}
