// Socket payloads of the workshop pages (no messages here: the realtime module imports this file).
import { z } from 'zod';

export const workshopRoomSchema = z.object({ workshopId: z.number().int().positive() });
export type WorkshopJoinAck = { ok: true } | { ok: false; error: 'invalid' | 'forbidden' };
export type WorkshopLiveEvent = {
	workshopId: number;
	what: 'details' | 'members' | 'meetings' | 'notes' | 'board' | 'outputs';
	meetingId?: number;
	notesVersion?: number;
};
