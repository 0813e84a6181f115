// What an uploaded file really is, decided from its bytes (file-type, a CFB directory reader for legacy
// Office, a careful check for plain text and CSV). The browser's type and the file name are never trusted.
import { fileTypeFromBuffer, supportedExtensions } from 'file-type';
import { legacyOfficeKind } from './cfb';

export type Format = { label: string; mime: string; exts: readonly string[] };

const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

/** The accepted formats, keyed by file-type's extension; `exts` are the extensions a name may carry. */
export const FORMATS: Record<string, Format> = {
	pdf: { label: 'PDF', mime: 'application/pdf', exts: ['pdf'] },
	png: { label: 'PNG', mime: 'image/png', exts: ['png'] },
	apng: { label: 'PNG', mime: 'image/png', exts: ['png', 'apng'] },
	jpg: { label: 'JPEG', mime: 'image/jpeg', exts: ['jpg', 'jpeg', 'jpe'] },
	gif: { label: 'GIF', mime: 'image/gif', exts: ['gif'] },
	webp: { label: 'WebP', mime: 'image/webp', exts: ['webp'] },
	docx: { label: 'Word', mime: `${OOXML}.wordprocessingml.document`, exts: ['docx'] },
	xlsx: { label: 'Excel', mime: `${OOXML}.spreadsheetml.sheet`, exts: ['xlsx'] },
	pptx: { label: 'PowerPoint', mime: `${OOXML}.presentationml.presentation`, exts: ['pptx'] },
	odt: { label: 'OpenDocument', mime: `${ODF}.text`, exts: ['odt'] },
	ods: { label: 'OpenDocument', mime: `${ODF}.spreadsheet`, exts: ['ods'] },
	odp: { label: 'OpenDocument', mime: `${ODF}.presentation`, exts: ['odp'] },
	doc: { label: 'Word', mime: 'application/msword', exts: ['doc'] },
	xls: { label: 'Excel', mime: 'application/vnd.ms-excel', exts: ['xls'] },
	ppt: { label: 'PowerPoint', mime: 'application/vnd.ms-powerpoint', exts: ['ppt'] }
};

const TEXT_FORMATS: Record<string, Format> = {
	txt: { label: 'texte', mime: 'text/plain', exts: ['txt'] },
	csv: { label: 'CSV', mime: 'text/csv', exts: ['csv'] }
};

/**
 * Extensions that name a definite file type: a name carrying one of them must match the content.
 * Any other trailing ".something" is treated as part of the name.
 */
const KNOWN_EXTENSIONS = new Set<string>([
	...supportedExtensions,
	...Object.values(FORMATS).flatMap((f) => f.exts),
	...['txt', 'csv', 'tsv', 'md', 'rtf', 'html', 'htm', 'xhtml', 'shtml', 'svg', 'svgz', 'xml', 'xsl', 'js', 'mjs', 'cjs', 'ts', 'json'],
	...['css', 'php', 'asp', 'aspx', 'jsp', 'py', 'rb', 'pl', 'sh', 'bash', 'bat', 'cmd', 'com', 'ps1', 'psm1', 'vbs', 'vbe', 'wsf', 'hta'],
	...['scr', 'pif', 'cpl', 'msi', 'msp', 'dll', 'sys', 'jar', 'app', 'dmg', 'iso', 'img', 'apk', 'url', 'lnk', 'reg', 'inf', 'desktop'],
	...['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm', 'xlam', 'ppam', 'dot', 'xlt', 'pot', 'pps', 'odg', 'epub', 'eml', 'msg']
]);

export function isKnownExtension(ext: string): boolean {
	return KNOWN_EXTENSIONS.has(ext.toLowerCase());
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** What a browser would parse as an active tag ("< script" with a space is text to a browser). */
const MARKUP = /<(script|html|head|body|iframe|frame|svg|math|object|embed|meta|link|style|img|a|form|base|!doctype|\?xml)[\s/>]/i;

/**
 * Plain text or CSV, checked carefully: UTF-8 (or Windows-1252, as Excel writes French CSV), no control
 * characters besides tab and line ends, and nothing that a browser or a shell would run (markup, shebang).
 */
function textCharset(bytes: Uint8Array): 'utf-8' | 'windows-1252' | null {
	if (bytes.length === 0) return null;
	let charset: 'utf-8' | 'windows-1252' = 'utf-8';
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		charset = 'windows-1252';
		text = new TextDecoder('windows-1252').decode(bytes);
	}
	if (CONTROL.test(text)) return null;
	const head = text.replace(/^\uFEFF/, '').trimStart();
	if (head.startsWith('<') || head.startsWith('#!') || MARKUP.test(text)) return null;
	return charset;
}

export type Detected = Format & { key: string };

/**
 * The accepted format of `bytes`, or undefined when the content is not one we take.
 * `claimedExt` (the name's extension, lower case, '' for none) only chooses between text and CSV, which
 * have no signature; binary formats are recognised from their content alone.
 */
export async function detectFormat(bytes: Uint8Array, claimedExt: string): Promise<Detected | undefined> {
	const found = await fileTypeFromBuffer(bytes);
	if (found) {
		if (found.ext === 'cfb') {
			const kind = legacyOfficeKind(bytes);
			return kind ? { key: kind, ...FORMATS[kind] } : undefined;
		}
		const format = FORMATS[found.ext];
		return format ? { key: found.ext, ...format } : undefined;
	}
	const charset = textCharset(bytes);
	if (!charset) return undefined;
	const key = claimedExt === 'csv' ? 'csv' : 'txt';
	const format = TEXT_FORMATS[key];
	return { key, ...format, mime: `${format.mime}; charset=${charset}` };
}
