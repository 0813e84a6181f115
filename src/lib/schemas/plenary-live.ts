// Socket payloads of the plenary screens (member voting screen, control screen, projector). No messages here:
// the realtime module imports this file.
import { z } from 'zod';
import type { AttendanceRowData, AttendanceSummary, ControlRow, LiveItem, LiveSession, MemberState, OpenVote, ShownResult } from '../plenary/live-types';

export const plenaryRoomSchema = z.object({ sessionId: z.number().int().positive() });
export type PlenaryRoom = z.infer<typeof plenaryRoomSchema>;
/** `version`: the session's live state version now; a page holding another one missed events and catches up. */
export type PlenaryJoinAck = { ok: true; version: string } | { ok: false; error: 'invalid' | 'not_found' | 'forbidden' };

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

/**
 * Events sent to the room `plenary:<sessionId>`, each computed once and sent once to the whole room. Those that
 * change the session's state carry its new `version`. Results of closed, unpublished votes and the control
 * screen's rows go only to the secretariat's room `plenary:<sessionId>:manage`; a member's own state (MemberState)
 * to their own room `user:<id>`.
 */
export type PlenaryChangedEvent = { sessionId: number; version: string; what: 'details' | 'state' | 'agenda' | 'minutes'; session: LiveSession; agenda: LiveItem[]; currentItem: LiveItem | null };
export type AttendanceChangedEvent = { sessionId: number; version: string; what: 'presence' | 'proxy'; summary: AttendanceSummary; rows: AttendanceRowData[] };
export type AgendaCurrentEvent = { sessionId: number; version: string; itemId: number | null; item: LiveItem | null };
export type VoteOpenedEvent = { sessionId: number; version: string; voteId: number; closesAt: number | null; card: OpenVote };
export type VoteClosedEvent = { sessionId: number; version: string; voteId: number; decision: string };
export type VotePublishedEvent = { sessionId: number; version: string; voteId: number; agendaItemId: number; decision: string; winners: string[]; result: ShownResult };
export type VoteChangedEvent = { sessionId: number; version: string; voteId: number };
/** to the secretariat's room: a closed vote's result before publication */
export type VoteResultEvent = { sessionId: number; version: string; voteId: number; result: ShownResult };
/** to the secretariat's room: a vote's control-screen row (null: deleted), and the not-voted list with the counts */
export type ControlRowEvent = { sessionId: number; voteId: number; row: ControlRow | null };
export type NotVotedEvent = { sessionId: number; voteId: number; notVoted: ControlRow['notVoted'] };
/** to a member's own room `user:<id>` (event `plenary:me`): their attendance, proxies and ballots changed */
export type MemberStateEvent = { sessionId: number; me: MemberState | null };
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
