// The minutes of a session: generated from the session (attendance, proxies, quorum, agenda, votes and their
// results, the proposals' new states) with the secretariat's text sections. Readers see them once published; the
// secretariat prepares them (sections, publication) and may adopt a ranked vote's winners as the annual themes.
import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { parseForm } from '$lib/server/http/forms';
import { buildMinutes, minutesVisible } from '$lib/server/sessions/minutes';
import { saveMinutes, setSessionState } from '$lib/server/sessions/plenaries';
import { adoptAnnualThemesFromVote } from '$lib/server/sessions/annual-themes';
import { adoptThemesSchema, minutesSectionsSchema } from '$lib/schemas/minutes';
import { refusal, sessionContext } from '../../shared.server';
import { m } from '$lib/paraglide/messages';
import { getVote } from '$lib/server/sessions/votes';
import { DomainError } from '$lib/server/errors';

export const load: PageServerLoad = (event) => {
	event.depends('app:minutes');
	const { council, actor, session } = sessionContext(event);
	const manage = can(actor, 'sessions.manage', council);
	const manageVotes = can(actor, 'votes.manage', council);
	if (!minutesVisible(session.state, manage)) return { visible: false as const, manage, minutes: null };
	const minutes = buildMinutes(session.id, { includeUnpublished: manageVotes });
	return { visible: true as const, manage, minutes };
};

function user(event: Parameters<typeof sessionContext>[0]) {
	const ctx = sessionContext(event, 'sessions.manage');
	return { ...ctx, user: { id: ctx.actor.user!.id, isAdmin: ctx.actor.user!.isAdmin } };
}

export const actions: Actions = {
	save: async (event) => {
		const { user: u, session } = user(event);
		const form = await parseForm(event.request, minutesSectionsSchema);
		if (!form.ok) return form.failure;
		try {
			saveMinutes(u, session.id, form.data.title.map((title, i) => ({ title, body: form.data.body[i] })));
		} catch (e) {
			return refusal(e, form.values);
		}
		return { saved: m.minutes_saved() };
	},
	publish: async (event) => {
		const { user: u, session } = user(event);
		try {
			setSessionState(u, session.id, 'minutes_published');
		} catch (e) {
			return refusal(e);
		}
		return { published: m.minutes_published_done() };
	},
	adoptThemes: async (event) => {
		const { user: u, session } = user(event);
		const form = await parseForm(event.request, adoptThemesSchema);
		if (!form.ok) return form.failure;
		try {
			// only a vote of this session (the form names it; another session's vote is refused as not found)
			if (getVote(form.data.voteId)?.sessionId !== session.id) throw new DomainError('sessions_error_not_found', 'voteId');
			const themes = adoptAnnualThemesFromVote(u, form.data.voteId, form.data.year);
			return { adopted: m.minutes_themes_adopted({ year: String(form.data.year), count: String(themes.length) }), voteId: form.data.voteId };
		} catch (e) {
			return refusal(e, form.values);
		}
	}
};
