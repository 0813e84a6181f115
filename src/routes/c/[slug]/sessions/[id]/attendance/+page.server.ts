import type { Actions, PageServerLoad } from './$types';
import { parseForm } from '$lib/server/http/forms';
import { can } from '$lib/server/auth/permissions';
import { attendanceSummary, checkIn, checkOut, listAttendance } from '$lib/server/sessions/attendance';
import { checkInFormSchema, checkOutFormSchema } from '$lib/schemas/sessions';
import { refusal, sessionContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	event.depends('app:attendance', 'app:session');
	const { council, actor, session } = sessionContext(event);
	const manage = can(actor, 'sessions.manage', council);
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 100);
	const everyone = listAttendance(session.id);
	const nameOf = new Map(everyone.map((p) => [p.membershipId, p.name]));
	return {
		q,
		summary: attendanceSummary(session.id),
		present: everyone.filter((p) => p.mode).map((p) => ({ membershipId: p.membershipId, name: p.name, mode: p.mode })),
		represented: everyone
			.filter((p) => p.proxyActive && p.proxyTo)
			.map((p) => ({ membershipId: p.membershipId, name: p.name, holder: nameOf.get(p.proxyTo!) ?? '' })),
		// the door list (secretariat): every active member; `q` filters it when scripts are off
		door: manage
			? everyone.map((p) => ({
					membershipId: p.membershipId,
					name: p.name,
					entitled: p.entitled,
					mode: p.mode,
					representedBy: p.proxyActive && p.proxyTo ? (nameOf.get(p.proxyTo) ?? '') : null
				}))
			: []
	};
};

export const actions: Actions = {
	checkIn: async (event) => {
		const { actor, session } = sessionContext(event, 'sessions.manage');
		const form = await parseForm(event.request, checkInFormSchema);
		if (!form.ok) return form.failure;
		try {
			checkIn(actor.user!, { sessionId: session.id, ...form.data });
		} catch (e) {
			return refusal(e, form.values);
		}
		return { ok: true, membershipId: form.data.membershipId, mode: form.data.mode };
	},
	checkOut: async (event) => {
		const { actor, session } = sessionContext(event, 'sessions.manage');
		const form = await parseForm(event.request, checkOutFormSchema);
		if (!form.ok) return form.failure;
		try {
			checkOut(actor.user!, { sessionId: session.id, ...form.data });
		} catch (e) {
			return refusal(e, form.values);
		}
		return { ok: true, membershipId: form.data.membershipId, mode: null };
	}
};
