// Verifies a tally file (tally-file.ts): the log's hash chain, the final ballots the log leads to against the
// ballots listed, the paper entry, the closing entry, and the result recomputed with this repository's tally code
// against the stored one. Pure and synchronous: the command-line verifier (bin/cocon-verify.mjs) and the page
// "Vérifier ce résultat" run this same function. Problems are codes with details, worded by the caller.
import { DomainError } from '../errors';
import { canonicalJson } from './canonical';
import { maskResult, DEFAULT_MIN_GROUP } from './secret-groups';
import { tally } from './tally';
import { collegeCounts, TALLY_FORMAT, TALLY_VERSION, type NamedFileBallot, type SecretFileBallot, type TallyFile } from './tally-file';
import { chainProblems, paperGroupsDigest, replay, type LogEntry } from './vote-log';
import type { TallyInput, TallyResult } from '../server/plenaries/tally-types';

export type Problem =
	| { code: 'format' }
	| { code: 'chain'; seq: number; problem: string }
	| { code: 'head'; found: string | null; expected: string | null }
	| { code: 'no_log' }
	| { code: 'ballot'; id: number; log: string; file: string }
	| { code: 'paper' }
	| { code: 'seal'; casts: number; sealed: number; receipts: number }
	| { code: 'close'; field: string; log: string; file: string }
	| { code: 'colleges'; id: number }
	| { code: 'tally_error'; error: string }
	| { code: 'result'; path: string; file: string; recomputed: string };

export type Verification = { ok: boolean; partial: boolean; problems: Problem[]; chainHead: string | null; ballots: number };

const MAX_DIFFS = 30;
const isFraction = (v: unknown): v is { num: number; den: number } => v !== null && typeof v === 'object' && 'num' in v && 'den' in v && 'value' in v;
const show = (v: unknown) => (v === undefined ? '—' : isFraction(v) ? `${v.num}/${v.den}` : canonicalJson(v));

/** Paths where two JSON values differ (leaves compared by canonical JSON). */
export function differences(a: unknown, b: unknown, path = '', out: { path: string; a: unknown; b: unknown }[] = []) {
	if (out.length >= MAX_DIFFS) return out;
	// a fraction { num, den, value } is one figure, written num/den
	const isObj = (v: unknown) => v !== null && typeof v === 'object' && !isFraction(v);
	if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
		const keys = Array.isArray(a) ? [...Array(Math.max(a.length, (b as unknown[]).length)).keys()].map(String) : [...new Set([...Object.keys(a as object), ...Object.keys(b as object)])].sort();
		for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k, out);
	} else if (show(a ?? null) !== show(b ?? null)) out.push({ path: path || '(root)', a, b });
	return out;
}

/** A random source that makes the tally's Fisher–Yates shuffle reproduce the recorded draws. */
export function replayDraws(draws: TallyResult['draws']): () => number {
	const values: number[] = [];
	for (const d of draws) {
		const out = [...d.tied];
		for (let i = out.length - 1; i > 0; i--) {
			const j = out.slice(0, i + 1).indexOf(d.order[i]);
			values.push((Math.max(0, j) + 0.5) / (i + 1));
			[out[i], out[Math.max(0, j)]] = [out[Math.max(0, j)], out[i]];
		}
	}
	let k = 0;
	return () => values[k++] ?? 0;
}

function inputOf(file: TallyFile): TallyInput {
	const secret = file.vote.secrecy === 'secret';
	const rules = file.merged ? { ...file.rules, weighting: 'none' as const } : file.rules;
	if (!secret) {
		const ballots = (file.ballots as NamedFileBallot[]).map((b) => ({ memberId: b.member, collegeId: b.college, weight: b.weight, choice: b.choice }));
		return { rules, colleges: file.colleges, members: file.members, ballots, onlineVoters: [], paper: file.paper ? { voters: file.paper.voters ?? [], groups: file.paper.groups } : null };
	}
	const ballots = (file.ballots as SecretFileBallot[]).map((b) => ({ memberId: null, collegeId: b.college ?? null, weight: b.weight ?? 1, choice: b.choice }));
	// who voted on paper is not in a secret file: any split of the voters gives the same presence and quorum
	const voters = file.voters ?? [];
	const onPaper = file.paper?.ballots ?? 0;
	const online = voters.slice(0, voters.length - onPaper);
	return {
		rules,
		colleges: file.colleges,
		members: file.members,
		ballots,
		onlineVoters: online,
		paper: file.paper ? { voters: voters.slice(voters.length - onPaper), groups: file.paper.groups } : null
	};
}

/** What a merged secret file can still check exactly: unweighted counts, quorum, and the colleges shown. */
function unweightedPart(r: TallyResult, shownColleges: Set<number | null>) {
	return {
		options: r.options.map((o) => ({ id: o.id, votes: o.votes })),
		ballots: r.ballots,
		abstain: r.abstain.votes,
		quorum: r.quorum,
		colleges: r.colleges
			.filter((c) => shownColleges.has(c.collegeId))
			.map((c) => ({
				collegeId: c.collegeId,
				entitled: c.entitled,
				present: c.present,
				voted: c.voted,
				counted: c.counted,
				abstain: c.abstain,
				invalid: c.invalid,
				options: c.options.map((o) => ({ id: o.id, votes: o.votes, share: o.share }))
			}))
	};
}

function checkBallots(file: TallyFile, log: LogEntry[], problems: Problem[]): void {
	const replayed = replay(log);
	if (file.vote.secrecy === 'secret') {
		const listed = new Map((file.ballots as SecretFileBallot[]).map((b) => [b.ballot, b.choice]));
		for (const [id, choice] of replayed.secret) if (show(listed.get(id)) !== show(choice)) problems.push({ code: 'ballot', id, log: show(choice), file: show(listed.get(id)) });
		for (const [id, choice] of listed) if (!replayed.secret.has(id)) problems.push({ code: 'ballot', id, log: '—', file: show(choice) });
		// a sealed log: exactly one sealed ballot per first cast logged while the vote was open, and one receipt each
		if (replayed.sealed && (replayed.secretCasts !== replayed.secret.size || replayed.receipts?.length !== replayed.secret.size))
			problems.push({ code: 'seal', casts: replayed.secretCasts, sealed: replayed.secret.size, receipts: replayed.receipts?.length ?? 0 });
	} else {
		const listed = new Map((file.ballots as NamedFileBallot[]).map((b) => [b.member, b]));
		for (const [id, cast] of replayed.named) {
			const { member, college, weight, proxyHolder, choice } = cast;
			if (show(listed.get(id)) !== show({ member, college, weight, proxyHolder, choice }))
				problems.push({ code: 'ballot', id, log: show({ member, college, weight, proxyHolder, choice }), file: show(listed.get(id)) });
		}
		for (const [id, b] of listed) if (!replayed.named.has(id)) problems.push({ code: 'ballot', id, log: '—', file: show(b) });
	}
	// paper: the last paper entry holds the groups (named) or their digest (secret, unless merged)
	const logged = replayed.paper;
	if (file.vote.secrecy === 'secret') {
		if (!file.merged && show(logged ? logged.groups : null) !== show(file.paper ? paperGroupsDigest(file.paper.groups) : null)) problems.push({ code: 'paper' });
		if ((logged?.voters.length ?? 0) !== (file.paper?.ballots ?? 0)) problems.push({ code: 'paper' });
	} else if (show(logged ? { voters: logged.voters, groups: logged.groups } : null) !== show(file.paper ? { voters: file.paper.voters, groups: file.paper.groups } : null))
		problems.push({ code: 'paper' });
	const closed = replayed.closed;
	const expect = { online: file.ballots.length, paper: file.result.ballots.paper, decision: file.result.decision };
	for (const field of ['online', 'paper', 'decision'] as const)
		if (show(closed?.[field]) !== show(expect[field])) problems.push({ code: 'close', field, log: show(closed?.[field]), file: show(expect[field]) });
}

export function verifyTallyFile(raw: unknown): Verification {
	const file = raw as TallyFile;
	const fail = (problems: Problem[]): Verification => ({ ok: false, partial: false, problems, chainHead: null, ballots: 0 });
	if (!file || typeof file !== 'object' || file.format !== TALLY_FORMAT || file.version !== TALLY_VERSION || !Array.isArray(file.log) || !Array.isArray(file.ballots) || !file.result || !file.rules)
		return fail([{ code: 'format' }]);
	const problems: Problem[] = [];
	if (!file.log.length) problems.push({ code: 'no_log' });
	for (const p of chainProblems(file.log)) problems.push({ code: 'chain', seq: p.seq, problem: p.problem });
	const head = file.log.at(-1)?.hash ?? null;
	if (head !== file.chainHead) problems.push({ code: 'head', found: file.chainHead, expected: head });
	if (file.log.length) checkBallots(file, file.log, problems);
	const counts = collegeCounts(file);
	file.colleges.forEach((c, i) => {
		if (show(c) !== show(counts[i])) problems.push({ code: 'colleges', id: c.id });
	});

	let recomputed: TallyResult | null = null;
	try {
		recomputed = tally(inputOf(file), replayDraws(file.result.draws ?? []));
	} catch (e) {
		problems.push({ code: 'tally_error', error: e instanceof DomainError ? e.code : String(e) });
	}
	if (recomputed) {
		const diffs = file.merged
			? differences(unweightedPart(file.result, new Set(file.result.colleges.map((c) => c.collegeId))), unweightedPart(recomputed, new Set(file.result.colleges.map((c) => c.collegeId))))
			: differences(file.result, maskResult(recomputed, file.vote.secrecy, file.minGroup ?? DEFAULT_MIN_GROUP));
		for (const d of diffs) problems.push({ code: 'result', path: d.path, file: show(d.a), recomputed: show(d.b) });
	}
	return { ok: problems.length === 0, partial: file.merged, problems, chainHead: head, ballots: file.ballots.length };
}
