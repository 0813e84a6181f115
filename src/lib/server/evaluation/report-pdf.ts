// Lays out the evaluation report as a PDF with pdfkit. It knows no language: the route builds the blocks in the
// reader's language. Series charts are drawn as vectors (axes, baseline and target lines, values), each
// followed by its values in text.
import { MARGIN, openPdf, pdfSafe } from '../sessions/minutes-pdf';

export type ReportBlock =
	| { kind: 'title'; text: string }
	| { kind: 'h2'; text: string }
	| { kind: 'h3'; text: string }
	| { kind: 'p'; text: string; small?: boolean }
	| { kind: 'list'; items: string[] }
	| { kind: 'chart'; points: { date: string; value: number }[]; baseline: { date: string; value: number }; target: { date: string; value: number }; labels: { baseline: string; target: string } }
	| { kind: 'bars'; bars: { label: string; count: number }[] };

export function renderReportPdf(doc: { title: string; author: string; blocks: ReportBlock[]; footer: string }): Promise<Buffer> {
	const { pdf, done } = openPdf(doc);
	const width = pdf.page.width - 2 * MARGIN;
	const room = (h: number) => {
		if (pdf.y + h > pdf.page.height - MARGIN) pdf.addPage();
	};
	const text = (s: string, font: string, size: number, gap = 0.4) => {
		pdf.font(font).fontSize(size).fillColor('#111111').text(pdfSafe(s), MARGIN, pdf.y, { width });
		pdf.moveDown(gap);
	};
	for (const b of doc.blocks) {
		if (b.kind === 'title') text(b.text, 'Helvetica-Bold', 18, 0.6);
		else if (b.kind === 'h2') {
			room(120);
			pdf.moveDown(0.4);
			text(b.text, 'Helvetica-Bold', 14, 0.4);
		} else if (b.kind === 'h3') {
			room(90);
			text(b.text, 'Helvetica-Bold', 11, 0.3);
		} else if (b.kind === 'p') text(b.text, 'Helvetica', b.small ? 8.5 : 10, 0.4);
		else if (b.kind === 'list') {
			pdf.font('Helvetica').fontSize(10).fillColor('#111111').list(b.items.map(pdfSafe), MARGIN, pdf.y, { width, bulletRadius: 1.5 });
			pdf.moveDown(0.4);
		} else if (b.kind === 'chart') chart(pdf, b, width, room);
		else bars(pdf, b, width, room);
	}
	const range = pdf.bufferedPageRange();
	for (let i = 0; i < range.count; i++) {
		pdf.switchToPage(range.start + i);
		pdf.font('Helvetica').fontSize(8).fillColor('#555555').text(pdfSafe(`${doc.footer} — ${i + 1}/${range.count}`), MARGIN, pdf.page.height - 35, { width, align: 'center', lineBreak: false });
	}
	pdf.end();
	return done;
}

type Doc = PDFKit.PDFDocument;

function chart(pdf: Doc, b: Extract<ReportBlock, { kind: 'chart' }>, width: number, room: (h: number) => void): void {
	const h = 120;
	room(h + 20);
	const x0 = MARGIN + 40;
	const w = Math.min(width - 110, 360);
	const top = pdf.y + 5;
	const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
	const ts = [b.baseline.date, b.target.date, ...b.points.map((p) => p.date)].map(day);
	const t0 = Math.min(...ts);
	const t1 = Math.max(...ts) === t0 ? t0 + 1 : Math.max(...ts);
	const vs = [b.baseline.value, b.target.value, ...b.points.map((p) => p.value)];
	let lo = Math.min(...vs);
	let hi = Math.max(...vs);
	if (lo === hi) {
		lo -= 1;
		hi += 1;
	}
	const pad = (hi - lo) * 0.1;
	lo -= pad;
	hi += pad;
	const sx = (t: number) => x0 + ((t - t0) / (t1 - t0)) * w;
	const sy = (v: number) => top + (1 - (v - lo) / (hi - lo)) * h;
	pdf.lineWidth(0.7).strokeColor('#555555').moveTo(x0, top).lineTo(x0, top + h).lineTo(x0 + w, top + h).stroke();
	pdf.font('Helvetica').fontSize(7).fillColor('#333333');
	for (const v of [lo + pad, hi - pad]) pdf.text(pdfSafe(String(Math.round(v * 100) / 100)), MARGIN - 5, sy(v) - 3, { width: 42, align: 'right', lineBreak: false });
	for (let y = new Date(t0).getUTCFullYear(); y <= new Date(t1).getUTCFullYear(); y++) {
		const t = Date.UTC(y, 0, 1);
		if (t >= t0 && t <= t1) pdf.text(String(y), sx(t) - 12, top + h + 4, { width: 24, align: 'center', lineBreak: false });
	}
	pdf.dash(5, { space: 3 }).strokeColor('#555555').moveTo(x0, sy(b.baseline.value)).lineTo(x0 + w, sy(b.baseline.value)).stroke();
	pdf.dash(1.5, { space: 2 }).strokeColor('#1f5f99').moveTo(x0, sy(b.target.value)).lineTo(x0 + w, sy(b.target.value)).stroke().undash();
	pdf.text(pdfSafe(b.labels.baseline), x0 + w + 4, sy(b.baseline.value) - 3, { width: 60, lineBreak: false });
	pdf.text(pdfSafe(b.labels.target), x0 + w + 4, sy(b.target.value) - 3, { width: 60, lineBreak: false });
	if (b.points.length) {
		pdf.lineWidth(1.4).strokeColor('#111111');
		b.points.forEach((p, i) => (i ? pdf.lineTo(sx(day(p.date)), sy(p.value)) : pdf.moveTo(sx(day(p.date)), sy(p.value))));
		pdf.stroke();
		for (const p of b.points) pdf.circle(sx(day(p.date)), sy(p.value), 2).fill('#111111');
	}
	pdf.fillColor('#111111');
	pdf.x = MARGIN;
	pdf.y = top + h + 18;
}

function bars(pdf: Doc, b: Extract<ReportBlock, { kind: 'bars' }>, width: number, room: (h: number) => void): void {
	const row = 14;
	room(b.bars.length * row + 10);
	const max = Math.max(1, ...b.bars.map((x) => x.count));
	const labelW = 200;
	const top = pdf.y;
	pdf.font('Helvetica').fontSize(8);
	b.bars.forEach((x, i) => {
		const y = top + i * row;
		pdf.fillColor('#111111').text(pdfSafe(x.label.length > 45 ? `${x.label.slice(0, 44)}...` : x.label), MARGIN, y + 2, { width: labelW - 8, align: 'right', lineBreak: false });
		const bw = Math.max(1, ((width - labelW - 40) * x.count) / max);
		pdf.rect(MARGIN + labelW, y + 2, bw, 9).fill('#1f5f99');
		pdf.fillColor('#111111').text(String(x.count), MARGIN + labelW + bw + 4, y + 2, { width: 40, lineBreak: false });
	});
	pdf.x = MARGIN;
	pdf.y = top + b.bars.length * row + 8;
}
