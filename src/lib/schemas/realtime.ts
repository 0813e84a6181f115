// Payloads of socket events, validated on the server like any other input.
import { z } from 'zod';

export const joinCouncilSchema = z.object({
	councilId: z.number().int().positive(),
	/** also receive member-list changes (secretariat) */
	members: z.boolean().optional()
});
export type JoinCouncil = z.infer<typeof joinCouncilSchema>;

export const leaveCouncilSchema = z.object({ councilId: z.number().int().positive() });

export type PresenceEntry = { userId: number; name: string; college: string | null };
export type JoinAck = { ok: true; presence: PresenceEntry[] | null } | { ok: false; error: 'invalid' | 'forbidden' | 'not_found' };
