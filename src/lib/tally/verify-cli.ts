// Command-line verifier of a tally file: `npm run verify -- tally.json` or `npx cocon-verify tally.json`
// (add --en for English). Runs the same verification code as the page "Vérifier ce résultat" and the server's
// tally; exits 0 when the file conforms, 1 when it does not, 2 when it cannot be read.
import { readFileSync } from 'node:fs';
import { verifyTallyFile } from './verify';
import { verdictLines } from './verify-text';
import type { TallyFile } from './tally-file';

const args = process.argv.slice(2);
const locale = args.includes('--en') ? 'en' : 'fr';
const path = args.find((a) => !a.startsWith('--'));
if (!path) {
	console.error('usage: cocon-verify tally.json [--en]');
	process.exit(2);
}
let file: TallyFile;
try {
	file = JSON.parse(readFileSync(path, 'utf8'));
} catch (e) {
	console.error(`${path}: ${(e as Error).message}`);
	process.exit(2);
}
const v = verifyTallyFile(file);
for (const line of verdictLines(v, Array.isArray(file.log) ? file.log.length : 0, file.minGroup ?? null, locale)) console.log(line);
process.exit(v.ok ? 0 : 1);
