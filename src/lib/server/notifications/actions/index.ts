// What a person does with their own notifications (outside any council): mark them read, choose how they arrive.
import { z } from 'zod';
import { markReadSchema, preferencesSchema } from '$lib/schemas/notifications';
import { defineAction } from '../../actions/define';
import { markRead, NOTIFICATION_KINDS, setPreferences } from '../notify';

export const markAllRead = defineAction({
	name: 'notifications.markAllRead',
	input: z.object({}),
	permission: 'authenticated',
	council: 'none',
	run: ({ actor }) => markRead(actor.user!.id, 'all')
});

/** One notification of the person's own: markRead only ever touches the actor's rows. */
export const markOneRead = defineAction({
	name: 'notifications.markRead',
	input: markReadSchema,
	permission: 'authenticated',
	council: 'none',
	run: ({ actor }, { id }) => markRead(actor.user!.id, [id])
});

export const setNotificationPreferences = defineAction({
	name: 'notifications.setPreferences',
	input: preferencesSchema(NOTIFICATION_KINDS),
	permission: 'authenticated',
	council: 'none',
	run: ({ actor }, prefs) => setPreferences(actor.user!.id, prefs)
});
