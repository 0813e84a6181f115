import { describe, expect, it } from 'vitest';
import { pdfSafe, renderMinutesPdf } from './minutes-pdf';
import { pdfPages } from '../pdf-pages';

const CP1252: Record<number, string> = Object.fromEntries([...'€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ'].map((c, i) => [0x80 + i, c]));
const winAnsi = (bytes: Buffer) => [...bytes].map((b) => CP1252[b] ?? String.fromCharCode(b)).join('');

/** The text drawn in an uncompressed pdfkit PDF: each TJ array's hex strings, decoded as WinAnsi (windows-1252). */
function pdfText(pdf: Buffer): string {
	const raw = pdf.toString('latin1');
	const lines: string[] = [];
	for (const tj of raw.matchAll(/\[((?:\s*<[0-9a-fA-F]*>\s*-?[\d.]*)+)\s*\]\s*TJ/g)) {
		const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
		lines.push(winAnsi(Buffer.from(hex, 'hex')));
	}
	return lines.join('\n');
}

describe('minutes PDF', () => {
	it('lays out headings, paragraphs, lists and tables whose text can be read back', async () => {
		const pdf = await renderMinutesPdf({
			title: 'Procès-verbal — Plénière',
			author: 'Conseil',
			lang: 'fr',
			footer: 'Conseil — publié',
			blocks: [
				{ kind: 'title', text: 'Procès-verbal — Plénière' },
				{ kind: 'h2', text: 'Présences et quorum' },
				{ kind: 'p', text: 'Décision : Adoptée' },
				{ kind: 'list', items: ['Majorité — Oui : 68,2\u202f% ≥ 50\u202f% de la base'] },
				{ kind: 'table', head: ['Collège', 'Présents'], rows: [['Acteurs de l’ESS', '42']] }
			]
		});
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const text = pdfText(pdf);
		expect(text).toContain('Décision : Adoptée');
		expect(text).toContain('Présences et quorum');
		expect(text).toContain('Acteurs de l’ESS');
		expect(text).toContain('68,2 % >= 50 %');
		expect(text).toContain('1/1');
		// tagged for screen readers, with the title shown and the language set; one page, no blank one after it
		const raw = pdf.toString('latin1');
		expect(raw).toContain('/StructTreeRoot');
		expect(raw).toMatch(/\/S \/Table/);
		expect(raw).toMatch(/\/S \/TH/);
		expect(raw).toContain('/DisplayDocTitle true');
		expect(raw).toMatch(/\/Lang \(fr\)/);
		expect(pdfPages(pdf)).toHaveLength(1);
	});

	it('replaces what Helvetica cannot draw', () => {
		expect(pdfSafe('a\u202fb ≥ c → d ✓ é’')).toBe('a b >= c -> d ? é’');
	});
});
