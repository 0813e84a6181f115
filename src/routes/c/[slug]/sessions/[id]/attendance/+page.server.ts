import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { attendanceSummary, listAttendance } from '$lib/server/sessions/attendance';
import { formAction } from '$lib/server/actions/form';
import { checkInMember, checkOutMember } from '$lib/server/sessions/actions';
import { sessionContext } from '../../shared.server';

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
		represented: everyone.filter((p) => p.proxyActive && p.proxyTo).map((p) => ({ membershipId: p.membershipId, name: p.name, holder: nameOf.get(p.proxyTo!) ?? '' })),
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
	checkIn: formAction(checkInMember, {
		input: (e) => ({ sessionId: e.params.id }),
		done: (row) => ({ ok: true, membershipId: row.membershipId, mode: row.mode })
	}),
	checkOut: formAction(checkOutMember, {
		input: (e) => ({ sessionId: e.params.id }),
		done: (_, { values }) => ({ ok: true, membershipId: Number(values.membershipId), mode: null })
	})
};
