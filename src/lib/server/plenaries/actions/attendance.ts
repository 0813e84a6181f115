// Attendance: a member checks themself in (in the room or remote) and out; the secretariat does it at the door for
// any member of the council.
import { z } from 'zod';
import { id } from '$lib/schemas/common';
import { ATTENDANCE_MODE_CODES, checkInFormSchema, checkOutFormSchema } from '$lib/schemas/plenaries';
import { defineAction } from '../../actions/define';
import { checkIn, checkOut } from '../attendance';
import { memberOf } from '../vote-status';
import { plenaryScope } from './scope';

const plenary = z.object({ plenaryId: id() });

/** The actor's own membership in the council (0 when none: the service refuses it as not found). */
const own = (councilId: number, userId: number) => memberOf(councilId, userId) ?? 0;

export const checkInSelf = defineAction({
	name: 'plenaries.checkInSelf',
	input: plenary.extend({ mode: z.enum(ATTENDANCE_MODE_CODES) }),
	permission: 'plenaries.attend',
	scope: plenaryScope,
	run: ({ actor, scope }, input) => checkIn(actor.user!, { plenaryId: scope.plenary.id, membershipId: own(scope.council.id, actor.user!.id), mode: input.mode })
});

export const checkOutSelf = defineAction({
	name: 'plenaries.checkOutSelf',
	input: plenary,
	permission: 'plenaries.attend',
	scope: plenaryScope,
	run: ({ actor, scope }) => checkOut(actor.user!, { plenaryId: scope.plenary.id, membershipId: own(scope.council.id, actor.user!.id) })
});

export const checkInMember = defineAction({
	name: 'plenaries.checkIn',
	input: checkInFormSchema.extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }, input) => checkIn(actor.user!, { plenaryId: scope.plenary.id, membershipId: input.membershipId, mode: input.mode })
});

export const checkOutMember = defineAction({
	name: 'plenaries.checkOut',
	input: checkOutFormSchema.extend(plenary.shape),
	permission: 'plenaries.manage',
	scope: plenaryScope,
	run: ({ actor, scope }, input) => checkOut(actor.user!, { plenaryId: scope.plenary.id, membershipId: input.membershipId })
});
