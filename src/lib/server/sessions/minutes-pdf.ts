// Renders minutes as a PDF with pdfkit. It knows no language: it lays out a document already written in the
// reader's language (headings, paragraphs, lists, tables; see src/lib/i18n/minutes-document.ts). Streams are left
// uncompressed so that the text can be checked by tests and read by simple tools. The standard Helvetica font covers
// French (WinAnsi); characters outside it are replaced by close equivalents.
import PDFDocument from 'pdfkit';

export type MinutesBlock =
	| { kind: 'title'; text: string }
	| { kind: 'subtitle'; text: string }
	| { kind: 'h2'; text: string }
	| { kind: 'h3'; text: string }
	| { kind: 'p'; text: string; bold?: boolean }
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; head: string[]; rows: string[][]; widths?: number[] };

export type MinutesDocument = { title: string; author: string; blocks: MinutesBlock[]; footer: string };

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Keeps what Helvetica (WinAnsi) can draw; narrow spaces become spaces, ≥ / ≤ / → are spelled out. */
export function pdfSafe(text: string): string {
	return text
		.replace(/[\u202f\u2009\u2007]/g, ' ')
		.replace(/≥/g, '>=')
		.replace(/≤/g, '<=')
		.replace(/→/g, '->')
		.replace(/[^\n\t\x20-\x7e\u00a0-\u00ff]/g, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : '?'));
}

export const MARGIN = 50;

/** An A4 document with uncompressed streams (readable by tests and simple tools) and the Buffer it becomes once ended. */
export function openPdf(meta: { title: string; author: string }): { pdf: PDFKit.PDFDocument; done: Promise<Buffer> } {
	const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, compress: false, bufferPages: true, info: { Title: pdfSafe(meta.title), Author: pdfSafe(meta.author) } });
	const chunks: Buffer[] = [];
	pdf.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		pdf.on('end', () => resolve(Buffer.concat(chunks)));
		pdf.on('error', reject);
	});
	return { pdf, done };
}

export function renderMinutesPdf(doc: MinutesDocument): Promise<Buffer> {
	const { pdf, done } = openPdf(doc);
	const width = pdf.page.width - 2 * MARGIN;
	const text = (s: string, font: string, size: number, gap = 0.4) => {
		pdf.font(font).fontSize(size).fillColor('#111111').text(pdfSafe(s), { width });
		pdf.moveDown(gap);
	};
	for (const b of doc.blocks) {
		if (b.kind === 'title') text(b.text, 'Helvetica-Bold', 18, 0.3);
		else if (b.kind === 'subtitle') text(b.text, 'Helvetica', 11, 0.8);
		else if (b.kind === 'h2') {
			if (pdf.y > pdf.page.height - 150) pdf.addPage();
			pdf.moveDown(0.5);
			text(b.text, 'Helvetica-Bold', 14, 0.4);
		} else if (b.kind === 'h3') {
			if (pdf.y > pdf.page.height - 120) pdf.addPage();
			text(b.text, 'Helvetica-Bold', 11.5, 0.3);
		} else if (b.kind === 'p') text(b.text, b.bold ? 'Helvetica-Bold' : 'Helvetica', 10, 0.4);
		else if (b.kind === 'list') {
			pdf.font('Helvetica').fontSize(10).fillColor('#111111').list(b.items.map(pdfSafe), { width, bulletRadius: 1.5 });
			pdf.moveDown(0.4);
		} else table(pdf, b, width);
	}
	const range = pdf.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		pdf.switchToPage(i);
		const bottom = pdf.page.margins.bottom;
		pdf.page.margins.bottom = 0;
		pdf.font('Helvetica').fontSize(8).fillColor('#555555').text(pdfSafe(`${doc.footer} — ${i + 1}/${range.count}`), MARGIN, pdf.page.height - 30, { width, align: 'center', lineBreak: false });
		pdf.page.margins.bottom = bottom;
	}
	pdf.end();
	return done;
}

function table(pdf: PDFKit.PDFDocument, b: Extract<MinutesBlock, { kind: 'table' }>, width: number): void {
	const cols = b.head.length;
	const weights = b.widths ?? Array.from({ length: cols }, (_, i) => (i === 0 ? 2 : 1));
	const total = weights.reduce((s, w) => s + w, 0);
	const w = weights.map((x) => (x / total) * width);
	const draw = (cells: string[], bold: boolean) => {
		pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
		const heights = cells.map((c, i) => pdf.heightOfString(pdfSafe(c), { width: w[i] - 6 }));
		const h = Math.max(...heights, 10) + 6;
		if (pdf.y + h > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
		const y = pdf.y;
		let x = MARGIN;
		cells.forEach((c, i) => {
			pdf.fillColor('#111111').text(pdfSafe(c), x + 3, y + 3, { width: w[i] - 6 });
			x += w[i];
		});
		pdf.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).lineWidth(0.5).strokeColor(bold ? '#333333' : '#bbbbbb').stroke();
		pdf.x = MARGIN;
		pdf.y = y + h;
	};
	draw(b.head, true);
	for (const row of b.rows) draw(row, false);
	pdf.moveDown(0.6);
}
