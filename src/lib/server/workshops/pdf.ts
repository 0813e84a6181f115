// The workshop report as a PDF (pdfkit, built-in Helvetica). Texts and dates come from the caller, which has
// the message catalogue and the Paris-time formatters; Markdown is written as plain text.
import PDFDocument from 'pdfkit';
import type { WorkshopReport } from './report';

export type ReportPdfText = {
	/** BCP 47 language of the texts */
	lang: string;
	title: string;
	subtitle: string;
	generated: string;
	mandate: string;
	people: string;
	facilitators: string;
	participants: string;
	guests: string;
	meetings: string;
	noMeetings: string;
	attendees: (names: string[]) => string;
	retained: string;
	noRetained: string;
	proposals: string;
	noProposals: string;
	conclusions: string;
	kind: (kind: string) => string;
	state: (state: string) => string;
	votes: (n: number) => string;
	coauthors: (names: string[]) => string;
	dateTime: (d: Date) => string;
	none: string;
};

/** Markdown → readable plain text (headings, emphasis and links lose their marks). */
export function plainText(markdown: string): string {
	return markdown
		.replace(/\r\n/g, '\n')
		.replace(/^#{1,6}\s*/gm, '')
		.replace(/\*\*(.+?)\*\*/g, '$1')
		.replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, '$1$2')
		.replace(/!?\[([^\]]*)\]\(([^)]+)\)/g, '$1 ($2)')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/^\s*[-*+]\s+/gm, '• ')
		.trim();
}

export function renderReportPdf(report: WorkshopReport, t: ReportPdfText): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: t.title }, lang: t.lang });
		const chunks: Buffer[] = [];
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);

		const h2 = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor('#1d3557').text(text).moveDown(0.3).font('Helvetica').fontSize(11).fillColor('black');
		const para = (text: string) =>
			doc
				.font('Helvetica')
				.fontSize(11)
				.fillColor('black')
				.text(text || t.none, { align: 'left' });

		doc.font('Helvetica-Bold').fontSize(20).text(t.title);
		doc.font('Helvetica').fontSize(11).fillColor('#444').text(t.subtitle).text(t.generated).fillColor('black');

		h2(t.mandate);
		para(plainText(report.workshop.mandate));

		h2(t.people);
		para(`${t.facilitators} ${report.people.facilitators.map((p) => p.name).join(', ') || t.none}`);
		para(`${t.participants} ${report.people.participants.map((p) => p.name).join(', ') || t.none}`);
		if (report.people.guests.length) para(`${t.guests} ${report.people.guests.map((p) => p.name).join(', ')}`);

		h2(t.meetings);
		if (!report.meetings.length) para(t.noMeetings);
		for (const m of report.meetings) {
			doc.font('Helvetica-Bold').text(`${m.title} — ${t.dateTime(m.startsAt)}`);
			doc.font('Helvetica').text(`${[m.place, m.onlineUrl].filter(Boolean).join(' · ')}`);
			doc.text(t.attendees(m.attendees.map((a) => a.name))).moveDown(0.4);
		}

		h2(t.retained);
		if (!report.retainedClusters.length && !report.retainedContributions.length) para(t.noRetained);
		for (const c of report.retainedClusters) {
			doc.font('Helvetica-Bold').text(c.name);
			doc.font('Helvetica');
			for (const x of c.contributions) doc.text(`• [${t.kind(x.kind)}] ${x.body} (${t.votes(x.votesCount)})`, { indent: 12 });
			doc.moveDown(0.3);
		}
		for (const x of report.retainedContributions) doc.text(`• [${t.kind(x.kind)}] ${x.body} — ${x.authorName} (${t.votes(x.votesCount)})`);

		h2(t.proposals);
		if (!report.proposals.length) para(t.noProposals);
		for (const p of report.proposals) {
			doc.font('Helvetica-Bold').text(`#${p.id} ${p.title}`);
			doc
				.font('Helvetica')
				.text(`${t.state(p.state)}${p.coauthors.length ? ' — ' + t.coauthors(p.coauthors) : ''}`)
				.moveDown(0.3);
		}

		if (report.workshop.conclusions) {
			h2(t.conclusions);
			para(plainText(report.workshop.conclusions));
		}
		doc.end();
	});
}
