// What a screen, export or API may show of a vote's result: for a secret vote the result with small groups merged
// into the total (src/lib/tally/secret-groups.ts, the council's minimum group size), and until publication the
// result of a closed vote only to the secretariat (and on the projector the secretariat opens).
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { councils } from '../councils/tables';
import { DEFAULT_MIN_GROUP, maskResult } from '../../tally/secret-groups';
import type { TallyResult } from './tally-types';

export function minGroupOf(councilId: number): number {
	return db().select({ n: councils.secretMinGroup }).from(councils).where(eq(councils.id, councilId)).get()?.n ?? DEFAULT_MIN_GROUP;
}

/** The result as every screen shows it: masked for a secret vote. */
export function shownResult(vote: { councilId: number; secrecy: string }, result: TallyResult, minGroup?: number): TallyResult {
	return vote.secrecy === 'secret' ? maskResult(result, 'secret', minGroup ?? minGroupOf(vote.councilId)) : result;
}

/** Whether this reader may see the result now: published, or closed and the reader manages votes. */
export function resultVisible(vote: { state: string }, canManageVotes: boolean): boolean {
	return vote.state === 'published' || (canManageVotes && vote.state === 'closed');
}

/** The vote as this reader may see it: the result of a closed, unpublished vote dropped for all but the secretariat. */
export function forReader<V extends { state: string; result: TallyResult | null }>(vote: V, canManageVotes: boolean): V {
	return resultVisible(vote, canManageVotes) ? vote : { ...vote, result: null };
}
