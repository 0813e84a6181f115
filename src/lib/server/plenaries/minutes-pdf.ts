// Renders minutes as a tagged PDF with pdfkit (src/lib/server/pdf.ts). It knows no language: it lays out a document
// already written in the reader's language (headings, paragraphs, lists, tables; see src/lib/i18n/minutes-document.ts).
import { finish, MARGIN, openPdf, pdfSafe, taggedList, taggedText, type TaggedPdf } from '../pdf';

export { pdfSafe };

export type MinutesBlock =
	| { kind: 'title'; text: string }
	| { kind: 'subtitle'; text: string }
	| { kind: 'h2'; text: string }
	| { kind: 'h3'; text: string }
	| { kind: 'p'; text: string; bold?: boolean }
	| { kind: 'list'; items: string[] }
	| { kind: 'table'; head: string[]; rows: string[][]; widths?: number[] };

export type MinutesDocument = { title: string; author: string; lang: string; blocks: MinutesBlock[]; footer: string };

export function renderMinutesPdf(doc: MinutesDocument): Promise<Buffer> {
	const t = openPdf(doc);
	const { pdf } = t;
	const width = pdf.page.width - 2 * MARGIN;
	const text = (type: 'H1' | 'H2' | 'H3' | 'P', s: string, font: string, size: number, gap = 0.4) => {
		pdf.font(font).fontSize(size).fillColor('#111111');
		taggedText(t, type, s, { width });
		pdf.moveDown(gap);
	};
	for (const b of doc.blocks) {
		if (b.kind === 'title') text('H1', b.text, 'Helvetica-Bold', 18, 0.3);
		else if (b.kind === 'subtitle') text('P', b.text, 'Helvetica', 11, 0.8);
		else if (b.kind === 'h2') {
			if (pdf.y > pdf.page.height - 150) pdf.addPage();
			pdf.moveDown(0.5);
			text('H2', b.text, 'Helvetica-Bold', 14, 0.4);
		} else if (b.kind === 'h3') {
			if (pdf.y > pdf.page.height - 120) pdf.addPage();
			text('H3', b.text, 'Helvetica-Bold', 11.5, 0.3);
		} else if (b.kind === 'p') text('P', b.text, b.bold ? 'Helvetica-Bold' : 'Helvetica', 10, 0.4);
		else if (b.kind === 'list') {
			pdf.font('Helvetica').fontSize(10).fillColor('#111111');
			taggedList(t, b.items, { width });
			pdf.moveDown(0.4);
		} else table(t, b, width);
	}
	return finish(t, doc.footer);
}

/** A table tagged Table > TR > TH/TD. */
function table(t: TaggedPdf, b: Extract<MinutesBlock, { kind: 'table' }>, width: number): void {
	const { pdf } = t;
	const struct = pdf.struct('Table');
	t.root.add(struct);
	const cols = b.head.length;
	const weights = b.widths ?? Array.from({ length: cols }, (_, i) => (i === 0 ? 2 : 1));
	const total = weights.reduce((s, w) => s + w, 0);
	const w = weights.map((x) => (x / total) * width);
	const draw = (cells: string[], bold: boolean) => {
		const tr = pdf.struct('TR');
		struct.add(tr);
		pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
		const heights = cells.map((c, i) => pdf.heightOfString(pdfSafe(c), { width: w[i] - 6 }));
		const h = Math.max(...heights, 10) + 6;
		if (pdf.y + h > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
		const y = pdf.y;
		let x = MARGIN;
		cells.forEach((c, i) => {
			const cell = pdf.struct(bold ? 'TH' : 'TD');
			tr.add(cell);
			pdf.fillColor('#111111').text(pdfSafe(c), x + 3, y + 3, { width: w[i] - 6, structParent: cell, structType: 'P' } as PDFKit.Mixins.TextOptions);
			cell.end();
			x += w[i];
		});
		tr.end();
		pdf
			.moveTo(MARGIN, y + h)
			.lineTo(MARGIN + width, y + h)
			.lineWidth(0.5)
			.strokeColor(bold ? '#333333' : '#bbbbbb')
			.stroke();
		pdf.x = MARGIN;
		pdf.y = y + h;
	};
	draw(b.head, true);
	for (const row of b.rows) draw(row, false);
	struct.end();
	pdf.moveDown(0.6);
}
