// Small groups of a secret vote (DOMAIN.md §4, "Secret results and small groups"): a group shown apart from the
// total (a college, the paper ballots) with fewer participants than the council's minimum size would tell how its
// few members voted, so the shown result merges it into the total. Pure: the server, the tally file and the
// browser verifier apply the same masking.
//
// - A college with 0 < voters < minGroup is masked: its row keeps its weight, its size and whether it took part in
//   the weighted total, never its choices. If the masked colleges together have fewer than minGroup voters, the
//   smallest other colleges that voted are masked too, or the total minus the shown rows would give them away.
// - Secret ballots of a vote not weighted by college carry no college, so such a result has no breakdown at all.
// - The paper / online split of each option is hidden when either channel has 0 < ballots < minGroup.
// The decision, the totals and the figures that decided them stay exact and shown.
import type { CollegeResult, Masking, TallyResult } from '../server/plenaries/tally-types';

export const DEFAULT_MIN_GROUP = 5;

const small = (n: number, min: number) => n > 0 && n < min;

/** The colleges to mask (by index in result.colleges). */
function maskedIndexes(colleges: CollegeResult[], min: number): Set<number> {
	const masked = new Set<number>();
	colleges.forEach((c, i) => {
		if (small(c.voted, min)) masked.add(i);
	});
	if (!masked.size) return masked;
	const others = colleges
		.map((c, i) => ({ i, voted: c.voted }))
		.filter((c) => !masked.has(c.i) && c.voted > 0)
		.sort((a, b) => a.voted - b.voted || a.i - b.i);
	let merged = [...masked].reduce((n, i) => n + colleges[i].voted, 0);
	// one masked group alone could be deduced from the total: merge with the next smallest until big enough
	while ((merged < min || masked.size < 2) && others.length) {
		const next = others.shift()!;
		masked.add(next.i);
		merged += next.voted;
	}
	return masked;
}

/** The result as shown for a vote of this secrecy: unchanged for named votes. */
export function maskResult(result: TallyResult, secrecy: string, minGroup: number): TallyResult {
	if (secrecy !== 'secret') return result;
	const min = Math.max(1, minGroup);
	const noBreakdown = result.weighting !== 'college';
	const masked = noBreakdown ? new Set(result.colleges.map((_, i) => i)) : maskedIndexes(result.colleges, min);
	const paper = small(result.ballots.paper, min) || (result.ballots.paper > 0 && small(result.ballots.online, min));
	const masking: Masking = {
		minGroup: min,
		colleges: noBreakdown
			? []
			: result.colleges.filter((_, i) => masked.has(i)).map((c) => ({ collegeId: c.collegeId, name: c.name, weight: c.weight, entitled: c.entitled, voted: c.voted, included: c.included })),
		noBreakdown,
		paper
	};
	return {
		...result,
		options: paper ? result.options.map((o) => ({ ...o, online: null, paper: null })) : result.options,
		colleges: result.colleges.filter((_, i) => !masked.has(i)),
		masking
	};
}

/**
 * Entitled colleges with fewer members than the minimum size: a secret vote weighted by college needs each college's
 * own figures to be tallied, so the secretariat is warned and confirms before creating or opening it.
 */
export function smallColleges<C extends { entitled: number }>(colleges: C[], minGroup: number): C[] {
	return colleges.filter((c) => small(c.entitled, Math.max(1, minGroup)));
}
