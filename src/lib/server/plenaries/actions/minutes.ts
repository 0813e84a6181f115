// The secretariat writes the minutes' text sections, publishes the minutes, and may adopt a ranked vote's winners
// as the year's annual themes.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { adoptThemesSchema, minutesSectionsSchema } from '$lib/schemas/minutes';
import { defineAction } from '../../actions/define';
import { adoptAnnualThemesFromVote } from '../annual-themes';
import { saveMinutes as save, setPlenaryState } from '../plenaries';
import { plenaryScope, voteScope } from './scope';

const plenary = z.object({ plenaryId: id() });

export const saveMinutes = defineAction({
	name: 'plenaries.saveMinutes',
	input: plenary.and(minutesSectionsSchema),
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }, input) =>
		save(
			actor.user!,
			scope.plenary.id,
			input.title.map((title, i) => ({ title, body: input.body[i] }))
		)
});

export const publishMinutes = defineAction({
	name: 'plenaries.publishMinutes',
	input: plenary,
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }) => setPlenaryState(actor.user!, scope.plenary.id, 'minutes_published')
});

/** Only a vote of the plenary of the URL (another plenary's vote is not found). Returns the number of themes. */
export const adoptThemes = defineAction({
	name: 'plenaries.adoptThemes',
	input: adoptThemesSchema.extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: voteScope,
	run: ({ actor, scope }, input) => adoptAnnualThemesFromVote(actor.user!, scope.vote.id, input.year).length
});
