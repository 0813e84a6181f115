// Lays out the evaluation report as a tagged PDF with pdfkit (src/lib/server/pdf.ts). It knows no language: the
// report's blocks come already written in the reader's language (src/lib/i18n/report-document.ts), numbers with
// the reader's formatter. Series charts are vector figures (each value at its own date, year boundaries and
// labels, a few rounded value ticks, baseline and target lines), tagged as figures with their values in words.
import { dayOf, timeDomain, timeFraction, valueAxis, yearAxis } from '$lib/charts/axes';
import { finish, MARGIN, openPdf, pdfSafe, taggedFigure, taggedList, taggedText, type TaggedPdf } from '../pdf';

export type ChartBlock = {
	kind: 'chart';
	points: { date: string; value: number }[];
	baseline: { date: string; value: number };
	target: { date: string; value: number };
	labels: { baseline: string; target: string };
	/** the chart in words, for screen readers */
	alt: string;
	/** formats a value tick in the reader's locale ("330 000") */
	format: (v: number) => string;
	/** dates where the series passes from one plan to the next, marked by a vertical line */
	boundaries?: { date: string; label: string }[];
};

export type ReportBlock =
	| { kind: 'title'; text: string }
	| { kind: 'h2'; text: string }
	| { kind: 'h3'; text: string }
	| { kind: 'h4'; text: string }
	| { kind: 'p'; text: string; small?: boolean }
	| { kind: 'list'; items: string[] }
	| ChartBlock
	| { kind: 'bars'; bars: { label: string; count: number }[]; alt: string };

export type ReportDocument = { title: string; author: string; lang: string; blocks: ReportBlock[]; footer: string };

export function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
	const t = openPdf(doc);
	const { pdf } = t;
	const width = pdf.page.width - 2 * MARGIN;
	const bottom = () => pdf.page.height - pdf.page.margins.bottom;
	const room = (h: number) => {
		if (pdf.y + h > bottom()) pdf.addPage();
	};
	const text = (type: 'H1' | 'H2' | 'H3' | 'P', s: string, font: string, size: number, gap = 0.4) => {
		pdf.font(font).fontSize(size).fillColor('#111111');
		taggedText(t, type, s, { width });
		pdf.x = MARGIN;
		pdf.moveDown(gap);
	};
	for (const b of doc.blocks) {
		if (b.kind === 'title') text('H1', b.text, 'Helvetica-Bold', 18, 0.6);
		else if (b.kind === 'h2') {
			room(120);
			pdf.moveDown(0.4);
			text('H2', b.text, 'Helvetica-Bold', 14, 0.4);
		} else if (b.kind === 'h3') {
			room(90);
			text('H3', b.text, 'Helvetica-Bold', 12, 0.3);
		} else if (b.kind === 'h4') {
			room(70);
			text('H3', b.text, 'Helvetica-Bold', 10.5, 0.3);
		} else if (b.kind === 'p') text('P', b.text, 'Helvetica', b.small ? 8.5 : 10, 0.4);
		else if (b.kind === 'list') {
			if (!b.items.length) continue;
			pdf.font('Helvetica').fontSize(10).fillColor('#111111');
			taggedList(t, b.items, { width });
			pdf.x = MARGIN;
			pdf.moveDown(0.4);
		} else if (b.kind === 'chart') {
			room(150);
			taggedFigure(t, b.alt, () => chart(t, b, width));
		} else {
			room(b.bars.length * 14 + 10);
			taggedFigure(t, b.alt, () => bars(t, b, width));
		}
	}
	return finish(t, doc.footer);
}

/** Draws a chart at the current position; the caller made room for its 150 pt. */
function chart({ pdf }: TaggedPdf, b: ChartBlock, width: number): void {
	const h = 110;
	const x0 = MARGIN + 48;
	const w = Math.min(width - 120, 340);
	const top = pdf.y + 5;
	const domain = timeDomain([b.baseline.date, b.target.date, ...b.points.map((p) => p.date), ...(b.boundaries ?? []).map((x) => x.date)]);
	const axis = valueAxis([b.baseline.value, b.target.value, ...b.points.map((p) => p.value)]);
	const sx = (time: number) => x0 + timeFraction(time, domain) * w;
	const sy = (v: number) => top + (1 - (v - axis.lo) / (axis.hi - axis.lo)) * h;
	pdf
		.lineWidth(0.7)
		.strokeColor('#555555')
		.moveTo(x0, top)
		.lineTo(x0, top + h)
		.lineTo(x0 + w, top + h)
		.stroke();
	pdf.font('Helvetica').fontSize(7).fillColor('#333333');
	for (const v of axis.ticks) {
		pdf
			.lineWidth(0.3)
			.strokeColor('#cccccc')
			.moveTo(x0, sy(v))
			.lineTo(x0 + w, sy(v))
			.stroke();
		pdf.fillColor('#333333').text(pdfSafe(b.format(v)), MARGIN - 8, sy(v) - 3, { width: 52, align: 'right', lineBreak: false });
	}
	const years = yearAxis(domain, Math.max(2, Math.floor(w / 34)));
	for (const tick of years.ticks)
		pdf
			.lineWidth(0.7)
			.strokeColor('#555555')
			.moveTo(sx(tick), top + h)
			.lineTo(sx(tick), top + h + 4)
			.stroke();
	for (const l of years.labels) pdf.fillColor('#333333').text(l.label, sx(l.t) - 14, top + h + 5, { width: 28, align: 'center', lineBreak: false });
	for (const boundary of b.boundaries ?? []) {
		const x = sx(dayOf(boundary.date));
		pdf
			.lineWidth(0.8)
			.strokeColor('#8a5a00')
			.dash(3, { space: 2 })
			.moveTo(x, top)
			.lineTo(x, top + h)
			.stroke()
			.undash();
		pdf.fillColor('#8a5a00').text(pdfSafe(boundary.label), x + 2, top, { width: 70, lineBreak: false });
	}
	pdf
		.lineWidth(0.7)
		.dash(5, { space: 3 })
		.strokeColor('#555555')
		.moveTo(x0, sy(b.baseline.value))
		.lineTo(x0 + w, sy(b.baseline.value))
		.stroke();
	pdf
		.dash(1.5, { space: 2 })
		.strokeColor('#1f5f99')
		.moveTo(x0, sy(b.target.value))
		.lineTo(x0 + w, sy(b.target.value))
		.stroke()
		.undash();
	pdf.fillColor('#333333').text(pdfSafe(b.labels.baseline), x0 + w + 4, sy(b.baseline.value) - 3, { width: 66, lineBreak: false });
	pdf.text(pdfSafe(b.labels.target), x0 + w + 4, sy(b.target.value) - 3, { width: 66, lineBreak: false });
	if (b.points.length) {
		pdf.lineWidth(1.4).strokeColor('#111111');
		b.points.forEach((p, i) => (i ? pdf.lineTo(sx(dayOf(p.date)), sy(p.value)) : pdf.moveTo(sx(dayOf(p.date)), sy(p.value))));
		pdf.stroke();
		for (const p of b.points) pdf.circle(sx(dayOf(p.date)), sy(p.value), 2).fill('#111111');
	}
	pdf.fillColor('#111111');
	pdf.x = MARGIN;
	pdf.y = top + h + 20;
}

function bars({ pdf }: TaggedPdf, b: Extract<ReportBlock, { kind: 'bars' }>, width: number): void {
	const row = 14;
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
