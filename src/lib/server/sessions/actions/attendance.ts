// Attendance: a member checks themself in (in the room or remote) and out; the secretariat does it at the door for
// any member of the council.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { ATTENDANCE_MODE_CODES, checkInFormSchema, checkOutFormSchema } from '$lib/schemas/sessions';
import { defineAction } from '../../actions/define';
import { checkIn, checkOut } from '../attendance';
import { memberOf } from '../vote-status';
import { sessionScope } from './scope';

const session = z.object({ sessionId: id() });

/** The actor's own membership in the council (0 when none: the service refuses it as not found). */
const own = (councilId: number, userId: number) => memberOf(councilId, userId) ?? 0;

export const checkInSelf = defineAction({
	name: 'sessions.checkInSelf',
	input: session.extend({ mode: z.enum(ATTENDANCE_MODE_CODES) }),
	permission: 'sessions.attend',
	scope: sessionScope,
	run: ({ actor, scope }, input) => checkIn(actor.user!, { sessionId: scope.session.id, membershipId: own(scope.council.id, actor.user!.id), mode: input.mode })
});

export const checkOutSelf = defineAction({
	name: 'sessions.checkOutSelf',
	input: session,
	permission: 'sessions.attend',
	scope: sessionScope,
	run: ({ actor, scope }) => checkOut(actor.user!, { sessionId: scope.session.id, membershipId: own(scope.council.id, actor.user!.id) })
});

export const checkInMember = defineAction({
	name: 'sessions.checkIn',
	input: checkInFormSchema.extend(session.shape),
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }, input) => checkIn(actor.user!, { sessionId: scope.session.id, membershipId: input.membershipId, mode: input.mode })
});

export const checkOutMember = defineAction({
	name: 'sessions.checkOut',
	input: checkOutFormSchema.extend(session.shape),
	permission: 'sessions.manage',
	scope: sessionScope,
	run: ({ actor, scope }, input) => checkOut(actor.user!, { sessionId: scope.session.id, membershipId: input.membershipId })
});
