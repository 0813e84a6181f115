// The secretariat writes the minutes' text sections, publishes the minutes, and may adopt a ranked vote's winners
// as the year's annual themes.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { adoptThemesSchema, minutesSectionsSchema } from '$lib/schemas/minutes';
import { defineAction } from '../../actions/define';
import { adoptAnnualThemesFromVote } from '../annual-themes';
import { saveMinutes as save, setSessionState } from '../plenaries';
import { sessionScope, voteScope } from './scope';

const session = z.object({ sessionId: id() });

export const saveMinutes = defineAction({
	name: 'sessions.saveMinutes',
	input: session.and(minutesSectionsSchema),
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }, input) =>
		save(
			actor.user!,
			scope.session.id,
			input.title.map((title, i) => ({ title, body: input.body[i] }))
		)
});

export const publishMinutes = defineAction({
	name: 'sessions.publishMinutes',
	input: session,
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }) => setSessionState(actor.user!, scope.session.id, 'minutes_published')
});

/** Only a vote of the session of the URL (another session's vote is not found). Returns the number of themes. */
export const adoptThemes = defineAction({
	name: 'sessions.adoptThemes',
	input: adoptThemesSchema.extend(session.shape),
	permission: 'sessions.manage',
	scope: voteScope,
	run: ({ actor, scope }, input) => adoptAnnualThemesFromVote(actor.user!, scope.vote.id, input.year).length
});
