// Socket payloads of the plenary screens (member voting screen, control screen, projector). No messages here:
// the realtime module imports this file.
import { z } from 'zod';
import type { AttendanceRowData, AttendanceSummary, ControlRow, LiveItem, LivePlenary, MemberState, OpenVote, ShownResult } from '../plenary/live-types';

export const plenaryRoomSchema = z.object({ plenaryId: z.number().int().positive() });
export type PlenaryRoom = z.infer<typeof plenaryRoomSchema>;
/** `version`: the plenary's live state version now; a page holding another one missed events and catches up. */
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

/** Mirrors CastAck of src/lib/server/plenaries/cast.ts (castAt in epoch ms; receipt: the voter's receipt code or null). */
export type VoteCastReceipt = { voteId: number; representedMembershipId: number; clientBallotId: string; status: 'recorded' | 'changed'; revision: number; castAt: number; receipt: string | null };
/**
 * `code`: a DomainError message key (plenaries_error_*: translate it with t(code)); 'plenaries_error_forbidden' also for
 * an anonymous socket; 'invalid' for a malformed payload; 'server_error' for an unexpected failure (retry with the
 * same clientBallotId).
 */
export type VoteCastAck = { ok: true; ack: VoteCastReceipt } | { ok: false; code: string };

/**
 * Events sent to the room `plenary:<plenaryId>`, each computed once and sent once to the whole room. Those that
 * change the plenary's state carry its new `version`. Results of closed, unpublished votes and the control
 * screen's rows go only to the secretariat's room `plenary:<plenaryId>:manage`; a member's own state (MemberState)
 * to their own room `user:<id>`.
 */
export type PlenaryChangedEvent = { plenaryId: number; version: string; what: 'details' | 'state' | 'agenda' | 'minutes'; plenary: LivePlenary; agenda: LiveItem[]; currentItem: LiveItem | null };
export type AttendanceChangedEvent = { plenaryId: number; version: string; what: 'presence' | 'proxy'; summary: AttendanceSummary; rows: AttendanceRowData[] };
export type AgendaCurrentEvent = { plenaryId: number; version: string; itemId: number | null; item: LiveItem | null };
export type VoteOpenedEvent = { plenaryId: number; version: string; voteId: number; closesAt: number | null; card: OpenVote };
export type VoteClosedEvent = { plenaryId: number; version: string; voteId: number; decision: string };
export type VotePublishedEvent = { plenaryId: number; version: string; voteId: number; agendaItemId: number; decision: string; winners: string[]; result: ShownResult };
export type VoteChangedEvent = { plenaryId: number; version: string; voteId: number };
/** to the secretariat's room: a closed vote's result before publication */
export type VoteResultEvent = { plenaryId: number; version: string; voteId: number; result: ShownResult };
/** to the secretariat's room: a vote's control-screen row (null: deleted), and the not-voted list with the counts */
export type ControlRowEvent = { plenaryId: number; voteId: number; row: ControlRow | null };
export type NotVotedEvent = { plenaryId: number; voteId: number; notVoted: ControlRow['notVoted'] };
/** to a member's own room `user:<id>` (event `plenary:me`): their attendance, proxies and ballots changed */
export type MemberStateEvent = { plenaryId: number; me: MemberState | null };
export type VoteCountEvent = {
	plenaryId: number;
	voteId: number;
	state: string;
	entitled: number;
	cast: number;
	online: number;
	paper: number;
	byCollege: { collegeId: number | null; name: string; entitled: number; cast: number }[];
};
