import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/auth/permissions';
import { attendanceLists } from '$lib/server/plenaries/door';
import { formAction } from '$lib/server/actions/form';
import { checkInMember, checkOutMember } from '$lib/server/plenaries/actions';
import { plenaryContext } from '../../shared.server';
import { doorOf } from '../live.server';

/** The summary is the layout's live state; the lists and the door list's page follow the room's attendance events. */
export const load: PageServerLoad = (event) => {
	event.depends('app:attendance');
	const { council, actor, plenary } = plenaryContext(event);
	const manage = can(actor, 'plenaries.manage', council);
	return {
		...attendanceLists(plenary.id),
		// the door list (secretariat): one page of members, filtered by name on the server (`q`, page `p`)
		door: manage ? doorOf(plenary.id, event.url) : null
	};
};

export const actions: Actions = {
	checkIn: formAction(checkInMember, {
		input: (e) => ({ plenaryId: e.params.id }),
		done: (row) => ({ ok: true, membershipId: row.membershipId, mode: row.mode })
	}),
	checkOut: formAction(checkOutMember, {
		input: (e) => ({ plenaryId: e.params.id }),
		done: (_, { values }) => ({ ok: true, membershipId: Number(values.membershipId), mode: null })
	})
};
