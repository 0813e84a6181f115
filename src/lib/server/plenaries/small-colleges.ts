// A secret vote weighted by college needs each college's own figures to be tallied: when a college entitled to
// vote has fewer members than the council's minimum group size for secret results, creating or opening such a vote
// asks the secretariat to confirm (the form shows the warning and a confirmation box). The tally stays exact; the
// shown result masks that college's shares (src/lib/tally/secret-groups.ts).
import type { Tx } from '../db/client';
import { DomainError } from '../errors';
import { smallColleges } from '../../tally/secret-groups';
import { activeMembers, collegesOf, isEntitled, type CouncilRow } from './access';

export function requireSmallCollegesConfirmed(tx: Tx, council: CouncilRow, vote: { weighting: string; secrecy: string }, confirmed: boolean | undefined): void {
	if (confirmed || vote.secrecy !== 'secret' || vote.weighting !== 'college') return;
	const entitled = activeMembers(tx, council.id).filter((m) => isEntitled(m, 'college'));
	const counts = collegesOf(tx, council.id).map((c) => ({ name: c.name, entitled: entitled.filter((m) => m.collegeId === c.id).length }));
	const small = smallColleges(counts, council.secretMinGroup);
	if (small.length) throw new DomainError('votes_small_colleges_warning', 'confirmSmallGroups', { min: council.secretMinGroup, names: small.map((c) => c.name).join(', ') });
}
