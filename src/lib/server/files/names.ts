// Uploaded file names: what we keep of the uploader's name, and its extension.
export const MAX_NAME_LENGTH = 120;
const FALLBACK = 'document';

/**
 * A file name safe to show and to offer as a download name: no path parts, no control or invisible
 * formatting characters (bidi overrides that disguise "gpj.exe"), no characters reserved on Windows or
 * Unix, no leading or trailing dots and spaces, no Windows device names, at most 120 characters with
 * the extension kept. Accents and other letters are kept (NFC).
 */
export function sanitizeFileName(raw: string): string {
	let name = String(raw ?? '').normalize('NFC');
	name = name.split(/[\\/]/).pop() ?? '';
	name = name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/gu, '');
	name = name.replace(/[<>:"|?*]/g, '_').replace(/_{2,}/g, '_');
	name = name.replace(/\s+/gu, ' ').trim();
	name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
	if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(name)) name = `_${name}`;
	const { base, ext } = splitExtension(name);
	return joinName(base, ext);
}

/** "rapport.final.PDF" → { base: 'rapport.final', ext: 'PDF' }; an extension is 1–10 letters/digits with a letter. */
export function splitExtension(name: string): { base: string; ext: string } {
	const dot = name.lastIndexOf('.');
	if (dot <= 0) return { base: name, ext: '' };
	const ext = name.slice(dot + 1);
	if (!/^[\p{L}\p{N}]{1,10}$/u.test(ext) || !/\p{L}/u.test(ext)) return { base: name, ext: '' };
	return { base: name.slice(0, dot), ext };
}

/** base + "." + ext, cutting the base (never the extension) to stay within MAX_NAME_LENGTH characters. */
export function joinName(base: string, ext: string): string {
	const room = MAX_NAME_LENGTH - (ext ? ext.length + 1 : 0);
	let cut = [...base]
		.slice(0, Math.max(1, room))
		.join('')
		.replace(/[.\s]+$/, '');
	if (!cut) cut = FALLBACK;
	return ext ? `${cut}.${ext}` : cut;
}
