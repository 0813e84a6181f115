// For tests (unit and end-to-end): the text drawn on each page of an uncompressed pdfkit PDF, so that a test can
// count the pages that carry content. Text in the standard fonts is WinAnsi (windows-1252).
const decode = (hex: string) => new TextDecoder('windows-1252').decode(Buffer.from(hex, 'hex'));

/** The text drawn on each page of an uncompressed pdfkit PDF: each page object's content stream, in page order. */
export function pdfPages(pdf: Buffer): string[] {
	const raw = pdf.toString('latin1');
	const objects = new Map<string, string>();
	for (const o of raw.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objects.set(o[1], o[2]);
	const kids = /\/Type \/Pages[\s\S]*?\/Kids \[([^\]]*)\]/.exec(raw)![1].match(/\d+(?= 0 R)/g)!;
	return kids.map((id) => {
		const content = /\/Contents (\d+) 0 R/.exec(objects.get(id)!)![1];
		const stream = objects.get(content)!;
		const lines: string[] = [];
		for (const tj of stream.matchAll(/\[((?:\s*<[0-9a-fA-F]*>\s*-?[\d.]*)+)\s*\]\s*TJ/g)) lines.push(decode([...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('')));
		return lines.join('\n');
	});
}
