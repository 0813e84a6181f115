// The secretariat enters a vote's paper ballots while it is open: counts per option for each group (college and, under
// per-member weighting, weight: paper-groups.ts) and who voted on paper. Fields: `count.<group>.<optionId>`,
// `abstain.<group>`, `invalid.<group>`, `ballots.<group>` (group: a PaperSlot key) and `voters`.
import { id } from '$lib/schemas/common';
import { paperCount, paperFormSchema } from '$lib/schemas/votes';
import { defineAction } from '../../actions/define';
import { DomainError } from '../../errors';
import type { VoteRow } from '../access';
import { paperSlots, type PaperSlot } from '../paper-groups';
import { enterPaper as enter } from '../paper';
import type { PaperGroup } from '../tally-types';
import { voteScope } from './scope';

/** The form's counts as the service's groups: one per college and, under per-member weighting, per weight (paperSlots). */
function paperGroups(values: Record<string, unknown>, vote: VoteRow, slots: PaperSlot[]): PaperGroup[] {
	const optionIds = vote.method === 'yes_no_abstain' ? ['yes', 'no', 'abstain'] : vote.options.map((o) => o.id);
	const num = (k: string) => paperCount.parse(typeof values[k] === 'string' ? values[k] : '');
	const groups: PaperGroup[] = [];
	for (const { key, collegeId, weight } of slots) {
		const counts: Record<string, number> = {};
		for (const id of optionIds) counts[id] = num(`count.${key}.${id}`);
		const group: PaperGroup = { collegeId, counts, invalid: num(`invalid.${key}`) };
		if (weight !== null) group.weight = weight;
		if (vote.method !== 'yes_no_abstain') group.abstain = num(`abstain.${key}`);
		if (vote.method === 'multiple') group.ballots = num(`ballots.${key}`);
		const total = Object.values(counts).reduce((a, b) => a + b, 0) + (group.abstain ?? 0) + (group.invalid ?? 0) + (group.ballots ?? 0);
		if (total > 0) groups.push(group);
	}
	return groups;
}

export const enterPaper = defineAction({
	name: 'votes.enterPaper',
	input: paperFormSchema.extend({ plenaryId: id(), voteId: id() }),
	permission: 'votes.manage',
	scope: voteScope,
	run: ({ actor, scope }, input) => {
		let groups: PaperGroup[];
		try {
			groups = paperGroups(input, scope.vote, paperSlots(scope.vote));
		} catch {
			throw new DomainError('plenaries_error_paper_invalid', 'paper');
		}
		enter(actor.user!, scope.vote.id, { voters: input.voters, groups });
	}
});
