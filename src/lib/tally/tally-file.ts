// The tally file of a closed and published vote (`…/votes/:voteId/tally.json`), format "cocon-tally" version 1:
// everything needed to recompute the result with this repository's tally code and to check it against the
// vote's hash-chained log. Pure: the server builds it from the database (plenaries/tally-file.server.ts), the
// property tests from random votes, and verify.ts reads it.
//
// {
//   format: "cocon-tally", version: 1,
//   vote: { id, question, secrecy, openedAt, closedAt, publishedAt },
//   rules: TallyRules,                          // method, options, weighting, majority, base, quorum…
//   minGroup: number | null,                    // secret votes: the council's minimum group size
//   colleges: [{ id, name, weight, entitled, present }],
//   members: [{ id, collegeId, weight, present }],   // entitled members (present = checked in or represented)
//   voters: number[] | null,                    // secret votes: every member who took part, online or on paper
//   ballots: named  [{ member, college, weight, proxyHolder, choice }]
//            secret [{ ballot, college?, weight?, choice }] in random order, college only when the vote weighs
//                   colleges (null when merged, see below), weight only when it weighs members
//   paper: null | named { voters, groups } | secret { ballots, groups },
//   log: [{ seq, at, kind, data, prev, hash }], chainHead: string | null,
//   result: the stored result, as shown (secret votes: small groups merged, see secret-groups.ts)
// }
// A secret vote weighted by college with colleges masked in its result ("merged": true) lists the ballots and
// paper groups of those colleges without their college: the unweighted counts, the other colleges and the log
// are still checked exactly; the weighted shares of the merged colleges cannot be recomputed by design.
import { maskResult } from './secret-groups';
import { secureRandom } from './tally';
import { shuffle } from './tally-decide';
import type { LogEntry } from './vote-log';
import type { Choice, PaperGroup, TallyInput, TallyMember, TallyResult, TallyRules } from '../server/plenaries/tally-types';

export const TALLY_FORMAT = 'cocon-tally';
export const TALLY_VERSION = 1;

export type NamedFileBallot = { member: number; college: number | null; weight: number; proxyHolder: number | null; choice: Choice };
export type SecretFileBallot = { ballot: number; college?: number | null; weight?: number; choice: Choice };

export type TallyFile = {
	format: typeof TALLY_FORMAT;
	version: number;
	vote: { id: number; question: string; secrecy: 'named' | 'secret'; openedAt: string | null; closedAt: string | null; publishedAt: string | null };
	rules: TallyRules;
	minGroup: number | null;
	merged: boolean;
	colleges: { id: number; name: string; weight: number; entitled: number; present: number }[];
	members: TallyMember[];
	voters: number[] | null;
	ballots: (NamedFileBallot | SecretFileBallot)[];
	paper: { voters?: number[]; ballots?: number; groups: PaperGroup[] } | null;
	log: LogEntry[];
	chainHead: string | null;
	result: TallyResult;
};

export type TallyFileSource = {
	vote: TallyFile['vote'];
	input: TallyInput;
	/** named votes: the final ballots with their proxy holders; secret: ballot ids and what the rules use */
	ballots: TallyFile['ballots'];
	log: LogEntry[];
	/** the exact stored result */
	result: TallyResult;
	minGroup: number;
	random?: () => number;
};

export function collegeCounts(input: Pick<TallyInput, 'colleges' | 'members'>): TallyFile['colleges'] {
	return input.colleges.map((c) => {
		const members = input.members.filter((m) => m.collegeId === c.id);
		return { id: c.id, name: c.name, weight: c.weight, entitled: members.length, present: members.filter((m) => m.present).length };
	});
}

/** Builds the file; a secret vote's ballots are shuffled and carry only what its rules use. */
export function buildTallyFile(src: TallyFileSource): TallyFile {
	const secret = src.vote.secrecy === 'secret';
	const rules = src.input.rules;
	const shown = maskResult(src.result, src.vote.secrecy, src.minGroup);
	const hidden = new Set((shown.masking?.colleges ?? []).map((c) => c.collegeId));
	const merged = secret && rules.weighting === 'college' && hidden.size > 0;
	const keepCollege = (id: number | null | undefined) => (id !== null && id !== undefined && !hidden.has(id) ? id : null);
	let ballots = src.ballots;
	let paper: TallyFile['paper'] = src.input.paper ? { voters: src.input.paper.voters, groups: src.input.paper.groups } : null;
	if (secret) {
		ballots = shuffle(
			(src.ballots as SecretFileBallot[]).map((b) => ({
				ballot: b.ballot,
				...(rules.weighting === 'college' ? { college: keepCollege(b.college) } : {}),
				...(rules.weighting === 'member' ? { weight: b.weight ?? 1 } : {}),
				choice: b.choice
			})),
			src.random ?? secureRandom
		);
		if (src.input.paper) {
			const groups = src.input.paper.groups.map((g) => (g.collegeId !== null && hidden.has(g.collegeId) ? { ...g, collegeId: null } : g));
			paper = { ballots: src.input.paper.voters.length, groups };
		}
	}
	return {
		format: TALLY_FORMAT,
		version: TALLY_VERSION,
		vote: src.vote,
		rules,
		minGroup: secret ? src.minGroup : null,
		merged,
		colleges: collegeCounts(src.input),
		members: src.input.members,
		voters: secret ? [...new Set([...src.input.onlineVoters, ...(src.input.paper?.voters ?? [])])].sort((a, b) => a - b) : null,
		ballots,
		paper,
		log: src.log,
		chainHead: src.log.at(-1)?.hash ?? null,
		result: shown
	};
}
