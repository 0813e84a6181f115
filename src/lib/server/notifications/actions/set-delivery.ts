// A person chooses how their notification emails arrive: one by one, or a weekly digest.
import { z } from 'zod';
import { deliverySchema } from '$lib/schemas/notifications';
import { defineAction } from '../../actions/define';
import { setEmailDelivery } from '../digest';

export const setDelivery = defineAction({
	name: 'notifications.setDelivery',
	input: deliverySchema,
	permission: 'authenticated',
	council: 'none',
	run: ({ tx, actor, now }, input: z.output<typeof deliverySchema>) => ({ changed: setEmailDelivery(tx, actor.user!.id, input.delivery, now.getTime()) })
});
