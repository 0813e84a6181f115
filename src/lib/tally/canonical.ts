// Canonical JSON and SHA-256 for the vote log and the tally file: the same bytes on the server, in the browser
// and in the command-line verifier. Canonical JSON = JSON.stringify with object keys sorted (recursively), no
// whitespace, `undefined` members dropped; numbers as JavaScript prints them.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';

export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
	if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const encoder = new TextEncoder();

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
	return encodeHexLowerCase(sha256(encoder.encode(text)));
}
