import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { listAttendance } from '$lib/server/plenaries/attendance';
import { listProxies } from '$lib/server/plenaries/proxies';
import { memberOf } from '$lib/server/plenaries/vote-status';
import { formAction } from '$lib/server/actions/form';
import { giveProxy, recordProxy, revokeProxy } from '$lib/server/plenaries/actions';
import { plenaryContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:attendance', 'app:plenary');
	const { council, actor, plenary } = plenaryContext(event);
	const manage = can(actor, 'plenaries.manage', council);
	const mine = actor.user ? memberOf(council.id, actor.user.id) : null;
	const people = listAttendance(plenary.id);
	const byId = new Map(people.map((p) => [p.membershipId, p]));
	const proxies = listProxies(plenary.id).map((p) => ({
		giverMembershipId: p.giverMembershipId,
		giver: byId.get(p.giverMembershipId)?.name ?? '',
		holder: byId.get(p.holderMembershipId)?.name ?? '',
		inForce: byId.get(p.giverMembershipId)?.proxyActive ?? false,
		canRevoke: manage || (mine !== null && (p.giverMembershipId === mine || p.holderMembershipId === mine))
	}));
	const me = mine ? byId.get(mine) : undefined;
	return {
		proxyLimit: council.proxyLimit,
		open: ['planned', 'convened', 'open'].includes(plenary.state),
		proxies,
		// the pickers' list of voters, only for those who may give or record a proxy
		voters: manage || can(actor, 'votes.cast', council) ? people.filter((p) => p.entitled).map((p) => ({ membershipId: p.membershipId, name: p.name })) : [],
		me: me && me.entitled ? { membershipId: me.membershipId, givenTo: me.proxyTo ? (byId.get(me.proxyTo)?.name ?? '') : null } : null,
		manage
	};
};

const form = (intent: string) => ({ input: (e: { params: Partial<Record<string, string>> }) => ({ plenaryId: e.params.id, intent }) });

export const actions: Actions = {
	give: formAction(giveProxy, { ...form('give'), done: () => ({ ok: true, done: 'given' }) }),
	record: formAction(recordProxy, { ...form('record'), done: () => ({ ok: true, done: 'given' }) }),
	revoke: formAction(revokeProxy, { ...form('revoke'), done: () => ({ ok: true, done: 'revoked' }) })
};
