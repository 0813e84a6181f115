// The member's voting screen: the plenary's open votes with one ballot per card entry (their own and each proxy
// held), live counts, and the latest result, all from the plenary's live state (the layout's data). Casting goes
// over the socket; the `cast` action is the no-JavaScript path.
import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { loginUrl } from '$lib/server/http/guard';
import { formFailure } from '$lib/server/http/forms';
import { execute } from '$lib/server/actions/execute';
import { renderFailure } from '$lib/server/actions/form';
import { failure } from '$lib/server/actions/result';
import { castVote } from '$lib/server/plenaries/actions';
import { listVotes } from '$lib/server/plenaries/votes';
import { choiceFromForm } from '$lib/schemas/votes';
import { t } from '$lib/i18n/translate';
import { plenaryContext } from '../../shared.server';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.user) redirect(303, loginUrl(event.url));
	const { council } = plenaryContext(event);
	// the votes, the member's ballots and counts are the layout's live state (O(1) in council size); here only the
	// ids of the no-JavaScript form (one per ballot the member may cast on each open vote)
	const { live } = await event.parent();
	const represented = live.me ? [live.me.membershipId, ...live.me.held.map((h) => h.membershipId)] : [];
	const clientBallotIds = Object.fromEntries(live.open.map((o) => [o.vote.id, Object.fromEntries(represented.map((id) => [id, randomUUID()]))]));
	return { council: { id: council.id, slug: council.slug, name: council.name }, clientBallotIds };
};

export const actions: Actions = {
	/** The same action as the socket's `vote:cast`; the form's fields are read into its input first. */
	cast: async (event) => {
		if (!event.locals.user) redirect(303, loginUrl(event.url));
		const { council, actor, plenary } = plenaryContext(event);
		const form = await event.request.formData();
		const values = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'));
		const vote = listVotes(plenary.id).find((v) => String(v.id) === values.voteId);
		if (!vote) return renderFailure(event, failure('plenaries_error_not_found'), values);
		const choice = choiceFromForm(vote.method, vote.method === 'yes_no_abstain' ? ['yes', 'no', 'abstain'] : vote.options.map((o) => o.id), form);
		if (!choice.ok) return formFailure({ choice: t(choice.error) }, values);
		const input = { voteId: vote.id, representedMembershipId: Number(values.representedMembershipId), choice: choice.choice, clientBallotId: values.clientBallotId };
		const result = await execute(actor, council, castVote, input);
		if (!result.ok) return renderFailure(event, result, values);
		// the receipt, kept on the device by the page (as the socket path does)
		return { cast: true, receipt: result.data.receipt, voteId: vote.id, representedMembershipId: input.representedMembershipId };
	}
};
