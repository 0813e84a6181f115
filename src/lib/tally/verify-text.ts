// The verifier's findings in words, for the page "Vérifier ce résultat" and the command line alike.
import { m } from '../paraglide/messages.js';
import type { Problem, Verification } from './verify';

type Locale = 'fr' | 'en';

export function problemText(p: Problem, locale?: Locale): string {
	const o = locale ? { locale } : undefined;
	switch (p.code) {
		case 'format':
			return m.votes_verify_p_format({}, o);
		case 'chain': {
			const seq = String(p.seq);
			if (p.problem === 'seq') return m.votes_verify_p_chain_seq({ seq }, o);
			if (p.problem === 'prev') return m.votes_verify_p_chain_prev({ seq }, o);
			if (p.problem === 'kind') return m.votes_verify_p_chain_kind({ seq }, o);
			return m.votes_verify_p_chain_hash({ seq }, o);
		}
		case 'head':
			return m.votes_verify_p_head({ found: p.found ?? '—', expected: p.expected ?? '—' }, o);
		case 'no_log':
			return m.votes_verify_p_no_log({}, o);
		case 'ballot':
			return m.votes_verify_p_ballot({ id: String(p.id), log: p.log, file: p.file }, o);
		case 'paper':
			return m.votes_verify_p_paper({}, o);
		case 'seal':
			return m.votes_verify_p_seal({ casts: String(p.casts), sealed: String(p.sealed), receipts: String(p.receipts) }, o);
		case 'close':
			return m.votes_verify_p_close({ field: p.field, log: p.log, file: p.file }, o);
		case 'colleges':
			return m.votes_verify_p_colleges({ id: String(p.id) }, o);
		case 'tally_error':
			return m.votes_verify_p_tally_error({ error: p.error }, o);
		case 'result':
			return m.votes_verify_p_result({ path: p.path, file: p.file, recomputed: p.recomputed }, o);
	}
}

/** The verdict: "Conforme" and what was checked, or "Non conforme" and every difference found. */
export function verdictLines(v: Verification, entries: number, minGroup: number | null, locale?: Locale): string[] {
	const o = locale ? { locale } : undefined;
	if (!v.ok) return [m.votes_verify_failed({}, o), ...v.problems.map((p) => `- ${problemText(p, locale)}`)];
	const lines = [m.votes_verify_ok({}, o), m.votes_verify_ok_detail({ ballots: String(v.ballots), entries: String(entries), hash: v.chainHead ?? '—' }, o)];
	if (v.partial) lines.push(m.votes_verify_partial({ min: String(minGroup ?? '') }, o));
	return lines;
}
