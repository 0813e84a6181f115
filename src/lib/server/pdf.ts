// What every PDF of Cocon shares (minutes, evaluation report): an A4 document that is TAGGED for screen readers
// (a structure tree: headings, paragraphs, lists, figures with their text alternative; page furniture marked as
// artifacts), with its title shown by viewers and its language set; streams left uncompressed so that the text
// can be checked by tests and read by simple tools. The standard Helvetica font covers French (WinAnsi);
// characters outside it are replaced by close equivalents.
import PDFDocument from 'pdfkit';

const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Keeps what Helvetica (WinAnsi) can draw; narrow spaces become spaces, ≥ / ≤ / → / − are spelled out. */
export function pdfSafe(text: string): string {
	return text
		.replace(/[\u202f\u2009\u2007]/g, ' ')
		.replace(/≥/g, '>=')
		.replace(/≤/g, '<=')
		.replace(/→/g, '->')
		.replace(/\u2212/g, '-')
		.replace(/[^\n\t\x20-\x7e\u00a0-\u00ff]/g, (c) => (WIN_ANSI_EXTRA.includes(c) ? c : '?'));
}

export const MARGIN = 50;

export type PdfMeta = { title: string; author: string; /** BCP 47, e.g. 'fr' */ lang: string };

export type TaggedPdf = {
	pdf: PDFKit.PDFDocument;
	/** the document's structure root: every block is added under it */
	root: PDFKit.PDFStructureElement;
	done: Promise<Buffer>;
};

/** An A4 tagged document and the Buffer it becomes once `finish` ends it. */
export function openPdf(meta: PdfMeta): TaggedPdf {
	const pdf = new PDFDocument({
		size: 'A4',
		margin: MARGIN,
		compress: false,
		bufferPages: true,
		tagged: true,
		pdfVersion: '1.7',
		lang: meta.lang,
		displayTitle: true,
		info: { Title: pdfSafe(meta.title), Author: pdfSafe(meta.author) }
	});
	const chunks: Buffer[] = [];
	pdf.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		pdf.on('end', () => resolve(Buffer.concat(chunks)));
		pdf.on('error', reject);
	});
	const root = pdf.struct('Document');
	pdf.addStructure(root);
	return { pdf, root, done };
}

/** A text block tagged with its role (H1, H2, H3, P). */
export function taggedText(t: TaggedPdf, type: 'H1' | 'H2' | 'H3' | 'P', text: string, options: PDFKit.Mixins.TextOptions = {}): void {
	t.pdf.text(pdfSafe(text), { ...options, structParent: t.root, structType: type } as PDFKit.Mixins.TextOptions);
}

/** A bulleted list tagged L > LI > Lbl + LBody. */
export function taggedList(t: TaggedPdf, items: string[], options: PDFKit.Mixins.TextOptions = {}): void {
	const list = t.pdf.struct('L');
	t.root.add(list);
	t.pdf.list(items.map(pdfSafe), { ...options, bulletRadius: 1.5, structParent: list } as PDFKit.Mixins.TextOptions);
	list.end();
}

/** A drawing tagged as a Figure with its text alternative (what it shows, in words). */
export function taggedFigure(t: TaggedPdf, alt: string, draw: () => void): void {
	t.root.add(t.pdf.struct('Figure', { alt: pdfSafe(alt) }, draw));
}

/**
 * Writes "footer — n/N" at the foot of every page as page furniture (an artifact), below the bottom margin:
 * the margin is lifted while writing, else pdfkit would add a blank page after each page. Ends the document.
 */
export function finish(t: TaggedPdf, footer: string): Promise<Buffer> {
	const { pdf } = t;
	const range = pdf.bufferedPageRange();
	const width = pdf.page.width - 2 * MARGIN;
	for (let i = range.start; i < range.start + range.count; i++) {
		pdf.switchToPage(i);
		const bottom = pdf.page.margins.bottom;
		pdf.page.margins.bottom = 0;
		pdf.markContent('Artifact', { type: 'Pagination' });
		pdf
			.font('Helvetica')
			.fontSize(8)
			.fillColor('#555555')
			.text(pdfSafe(`${footer} — ${i + 1 - range.start}/${range.count}`), MARGIN, pdf.page.height - 30, { width, align: 'center', lineBreak: false });
		pdf.endMarkedContent();
		pdf.page.margins.bottom = bottom;
	}
	t.root.end();
	pdf.end();
	return t.done;
}
