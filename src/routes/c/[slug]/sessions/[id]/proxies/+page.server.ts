import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { can } from '$lib/server/auth/permissions';
import { listAttendance } from '$lib/server/sessions/attendance';
import { giveProxy, listProxies, revokeProxy } from '$lib/server/sessions/proxies';
import { memberOf } from '$lib/server/sessions/vote-status';
import { proxyFormSchema, revokeProxyFormSchema } from '$lib/schemas/sessions';
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { refusal, sessionContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:attendance', 'app:session');
	const { council, actor, session } = sessionContext(event);
	const manage = can(actor, 'sessions.manage', council);
	const mine = actor.user ? memberOf(council.id, actor.user.id) : null;
	const people = listAttendance(session.id);
	const byId = new Map(people.map((p) => [p.membershipId, p]));
	const proxies = listProxies(session.id).map((p) => ({
		giverMembershipId: p.giverMembershipId,
		giver: byId.get(p.giverMembershipId)?.name ?? '',
		holder: byId.get(p.holderMembershipId)?.name ?? '',
		inForce: byId.get(p.giverMembershipId)?.proxyActive ?? false,
		canRevoke: manage || (mine !== null && (p.giverMembershipId === mine || p.holderMembershipId === mine))
	}));
	const me = mine ? byId.get(mine) : undefined;
	return {
		proxyLimit: council.proxyLimit,
		open: ['planned', 'convened', 'open'].includes(session.state),
		proxies,
		// the pickers' list of voters, only for those who may give or record a proxy
		voters: manage || can(actor, 'votes.cast', council) ? people.filter((p) => p.entitled).map((p) => ({ membershipId: p.membershipId, name: p.name })) : [],
		me: me && me.entitled ? { membershipId: me.membershipId, givenTo: me.proxyTo ? (byId.get(me.proxyTo)?.name ?? '') : null } : null,
		manage
	};
};

const giveMine = z.object({ holderMembershipId: id() });

export const actions: Actions = {
	give: async (event) => {
		const { council, actor, session } = sessionContext(event, 'votes.cast');
		const form = await parseForm(event.request, giveMine);
		if (!form.ok) return form.failure;
		const mine = memberOf(council.id, actor.user!.id) ?? 0;
		try {
			giveProxy(actor.user!, { sessionId: session.id, giverMembershipId: mine, holderMembershipId: form.data.holderMembershipId });
		} catch (e) {
			return refusal(e, { ...form.values, intent: 'give' });
		}
		return { ok: true, done: 'given' };
	},
	record: async (event) => {
		const { actor, session } = sessionContext(event, 'sessions.manage');
		const form = await parseForm(event.request, proxyFormSchema);
		if (!form.ok) return form.failure;
		try {
			giveProxy(actor.user!, { sessionId: session.id, ...form.data });
		} catch (e) {
			return refusal(e, { ...form.values, intent: 'record' });
		}
		return { ok: true, done: 'given' };
	},
	revoke: async (event) => {
		const { actor, session } = sessionContext(event, 'sessions.attend');
		const form = await parseForm(event.request, revokeProxyFormSchema);
		if (!form.ok) return form.failure;
		try {
			revokeProxy(actor.user!, { sessionId: session.id, ...form.data });
		} catch (e) {
			return refusal(e, { ...form.values, intent: 'revoke' });
		}
		return { ok: true, done: 'revoked' };
	}
};
