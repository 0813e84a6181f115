// The member's voting screen: the session's open votes with one ballot per card entry (their own and each proxy
// held), live counts, and the latest result. Casting goes over the socket; the `cast` action is the no-JavaScript path.
import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loginUrl } from '$lib/server/http/guard';
import { formFailure } from '$lib/server/http/forms';
import { execute } from '$lib/server/actions/execute';
import { renderFailure } from '$lib/server/actions/form';
import { failure } from '$lib/server/actions/result';
import { castVote } from '$lib/server/sessions/actions';
import { db } from '$lib/server/db/client';
import { presenceOf } from '$lib/server/sessions/access';
import { listVotes } from '$lib/server/sessions/votes';
import { indicatorsOfVote } from '$lib/server/sessions/vote-indicators';
import { proposalsOfVote } from '$lib/server/sessions/vote-decides';
import { liveCount, memberOf, votingCard } from '$lib/server/sessions/vote-status';
import { choiceFromForm } from '$lib/schemas/votes';
import { t } from '$lib/i18n/translate';
import { sessionContext } from '../../shared.server';
import { resultVisible } from '$lib/server/sessions/secret-view';
import { can } from '$lib/server/auth/permissions';

export const load: PageServerLoad = (event) => {
	if (!event.locals.user) redirect(303, loginUrl(event.url));
	const { council, actor, session } = sessionContext(event);
	const userId = event.locals.user.id;
	const manage = can(actor, 'votes.manage', council);
	const votes = listVotes(session.id);
	const open = votes.filter((v) => v.state === 'open');
	const closed = votes
		.filter((v) => resultVisible(v, manage)) // a closed result is the secretariat's until published
		.sort((a, b) => (b.closedAt?.getTime() ?? 0) - (a.closedAt?.getTime() ?? 0));
	const cards = open.map((v) => {
		const card = votingCard(v.id, userId);
		return {
			...card,
			indicators: indicatorsOfVote(v.id),
			decides: proposalsOfVote(v.id),
			count: liveCount(v.id),
			clientBallotIds: Object.fromEntries(card.entries.map((e) => [e.representedMembershipId, randomUUID()]))
		};
	});
	const membershipId = memberOf(council.id, userId);
	return {
		council: { id: council.id, slug: council.slug, name: council.name },
		cards,
		lastResult: closed[0] ?? null,
		lastDecides: closed[0] ? proposalsOfVote(closed[0].id) : [],
		isMember: membershipId !== null,
		checkedIn: membershipId !== null && presenceOf(db(), session.id).checkedIn.has(membershipId)
	};
};

export const actions: Actions = {
	/** The same action as the socket's `vote:cast`; the form's fields are read into its input first. */
	cast: async (event) => {
		if (!event.locals.user) redirect(303, loginUrl(event.url));
		const { council, actor, session } = sessionContext(event);
		const form = await event.request.formData();
		const values = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));
		const vote = listVotes(session.id).find((v) => String(v.id) === values.voteId);
		if (!vote) return renderFailure(event, failure('sessions_error_not_found'), values);
		const choice = choiceFromForm(vote.method, vote.method === 'yes_no_abstain' ? ['yes', 'no', 'abstain'] : vote.options.map((o) => o.id), form);
		if (!choice.ok) return formFailure({ choice: t(choice.error) }, values);
		const input = { voteId: vote.id, representedMembershipId: Number(values.representedMembershipId), choice: choice.choice, clientBallotId: values.clientBallotId };
		const result = await execute(actor, council, castVote, input);
		if (!result.ok) return renderFailure(event, result, values);
		// the receipt, kept on the device by the page (as the socket path does)
		return { cast: true, receipt: result.data.receipt, voteId: vote.id, representedMembershipId: input.representedMembershipId };
	}
};
