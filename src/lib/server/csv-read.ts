// Reading every CSV file Cocon imports (members, measurements): one pipeline, whatever program wrote the file.
// 1. Bytes → text: UTF-8 (with or without a BOM) when the bytes are valid UTF-8, else Windows-1252, which French
//    spreadsheet programs write under "CSV" on Windows. The BOM is dropped.
// 2. Separator: ',', ';' or tab, the one the header line uses most outside quotes; ',' when it has none.
// 3. Rows: each with the line of the file it starts on (a quoted cell may span lines), its cells, and what is wrong
//    with its quotes; blank rows are dropped, so the first row is the header.
// 4. Names are compared after foldHeader() (accents, case and punctuation ignored), and a name that matches nothing
//    but would match once re-decoded (or that holds U+FFFD) is told apart: looksMisdecoded().
import Papa from 'papaparse';

export type CsvEncoding = 'utf-8' | 'windows-1252';

/** The characters of Windows-1252's bytes 0x80–0x9F (the five it leaves undefined read as the same C1 code point). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The file's text: UTF-8 when the bytes are valid UTF-8, else Windows-1252; without its BOM. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
	try {
		return { text: stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)), encoding: 'utf-8' };
	} catch {
		return { text: stripBom(decodeWindows1252(bytes)), encoding: 'windows-1252' };
	}
}

/** Windows-1252 as the WHATWG encoding standard reads it (Node's TextDecoder reads this label as Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (let start = 0; start < bytes.length; start += 8192) {
		const chunk = bytes.subarray(start, start + 8192);
		out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
	}
	return out;
}

export const stripBom = (text: string) => text.replace(/^\uFEFF/, '');

const DELIMITERS = [';', ',', '\t'] as const;

/** The separator the header line uses most, counting only outside double quotes; ',' when there is none. */
export function detectDelimiter(text: string): string {
	const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
	}
	const [best, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
	return n > 0 ? best : ',';
}

export type CsvRow = { line: number; cells: string[]; quoteError: boolean; errors: string[] };

/**
 * The file's non-blank rows (the header first), each with the line it starts on. `maxRows` stops reading past that
 * many rows after the header and says so (`tooMany`).
 */
export function readCsv(input: string, options: { maxRows?: number } = {}): { delimiter: string; rows: CsvRow[]; tooMany: boolean } {
	const text = stripBom(input);
	const delimiter = detectDelimiter(text);
	const rows: CsvRow[] = [];
	let tooMany = false;
	let line = 1;
	let offset = 0;
	Papa.parse<string[]>(text, {
		delimiter,
		skipEmptyLines: false,
		step(result, parser) {
			const cells = result.data.map((c) => (typeof c === 'string' ? c : ''));
			if (cells.some((c) => c.trim() !== '')) {
				if (options.maxRows !== undefined && rows.length > options.maxRows) {
					tooMany = true;
					parser.abort();
					return;
				}
				rows.push({ line, cells, quoteError: result.errors.some((e) => e.type === 'Quotes'), errors: result.errors.map((e) => e.message) });
			}
			const cursor = result.meta.cursor;
			for (let i = offset; i < cursor && i < text.length; i++) if (text.charCodeAt(i) === 10 || (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10)) line++;
			offset = cursor;
		}
	});
	return { delimiter, rows, tooMany };
}

/** A header or name as compared: accents, case and punctuation ignored ("Date de mesure" = "date_de_mesure"). */
export function foldHeader(value: string): string {
	return value
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

/** The bytes Windows-1252 would write for `value`, or null when a character has no Windows-1252 byte. */
function windows1252Bytes(value: string): Uint8Array | null {
	const out = new Uint8Array(value.length);
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		const high = CP1252_HIGH.indexOf(value[i]);
		if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[i] = code;
		else if (high >= 0) out[i] = 0x80 + high;
		else return null;
	}
	return out;
}

/**
 * Whether an unknown name is most likely a known one spoiled by the file's encoding: it holds U+FFFD (a character
 * lost by an earlier conversion), or its text, written back as Windows-1252 bytes and
 * read as UTF-8, is a known name ("ExpÃ©rimentations" → "Expérimentations").
 */
export function looksMisdecoded(value: string, known: Iterable<string>): boolean {
	const names = [...known].map((k) => k.normalize('NFC').toLowerCase());
	// a replacement character is never part of a real name
	if (value.includes('\uFFFD')) return true;
	const bytes = windows1252Bytes(value);
	if (!bytes) return false;
	try {
		const redecoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC').toLowerCase();
		return redecoded !== value.toLowerCase() && names.includes(redecoded);
	} catch {
		return false;
	}
}
