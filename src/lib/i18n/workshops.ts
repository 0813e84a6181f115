// Labels for the workshop codes that travel as data (contribution kinds, statuses, co-signature answers).
import { m } from '$lib/paraglide/messages';

const KIND: Record<string, () => string> = {
	need: m.workshops_kind_need,
	idea: m.workshops_kind_idea,
	resource: m.workshops_kind_resource,
	obstacle: m.workshops_kind_obstacle
};
const STATUS: Record<string, () => string> = { open: m.workshops_status_open, closed: m.workshops_status_closed };
const INVITE: Record<string, () => string> = { pending: m.workshops_invite_pending, accepted: m.workshops_invite_accepted, declined: m.workshops_invite_declined };

export const kindLabel = (kind: string): string => KIND[kind]?.() ?? kind;
export const workshopStatusLabel = (status: string): string => STATUS[status]?.() ?? status;
export const inviteStatusLabel = (status: string): string => INVITE[status]?.() ?? status;
