// Socket payloads of the plenary screens (member voting screen, control screen, projector). No messages here:
// the realtime module imports this file.
import { z } from 'zod';

export const plenaryRoomSchema = z.object({ sessionId: z.number().int().positive() });
export type PlenaryRoom = z.infer<typeof plenaryRoomSchema>;
export type PlenaryJoinAck = { ok: true } | { ok: false; error: 'invalid' | 'not_found' | 'forbidden' };

export const voteCastSchema = z.object({
	voteId: z.number().int().positive(),
	representedMembershipId: z.number().int().positive(),
	choice: z.array(z.string().min(1).max(200)).max(100),
	/** generated once per intended cast; a retry sends the same id and gets the same ack */
	clientBallotId: z.uuid(),
	/** secret votes only: the device's secret that allows changing this ballot later */
	ticket: z.string().min(22).max(200).nullish()
});
export type VoteCast = z.infer<typeof voteCastSchema>;

/** Mirrors CastAck of src/lib/server/sessions/cast.ts (castAt in epoch ms; receipt: the voter's receipt code or null). */
export type VoteCastReceipt = { voteId: number; representedMembershipId: number; clientBallotId: string; status: 'recorded' | 'changed'; revision: number; castAt: number; receipt: string | null };
/**
 * `code`: a DomainError message key (sessions_error_*: translate it with t(code)); 'sessions_error_forbidden' also for
 * an anonymous socket; 'invalid' for a malformed payload; 'server_error' for an unexpected failure (retry with the
 * same clientBallotId).
 */
export type VoteCastAck = { ok: true; ack: VoteCastReceipt } | { ok: false; code: string };

/** Events sent to the room `plenary:<sessionId>`. */
export type PlenaryChangedEvent = { sessionId: number; what: 'details' | 'state' | 'agenda' | 'minutes' };
export type AttendanceChangedEvent = { sessionId: number };
export type AgendaCurrentEvent = { sessionId: number; itemId: number | null };
export type VoteOpenedEvent = { sessionId: number; voteId: number; closesAt: number | null };
export type VoteClosedEvent = { sessionId: number; voteId: number; decision: string };
export type VotePublishedEvent = { sessionId: number; voteId: number; agendaItemId: number; decision: string; winners: string[] };
export type VoteChangedEvent = { sessionId: number; voteId: number };
export type VoteCountEvent = {
	sessionId: number;
	voteId: number;
	state: string;
	entitled: number;
	cast: number;
	online: number;
	paper: number;
	byCollege: { collegeId: number | null; name: string; entitled: number; cast: number }[];
};
