// Socket payloads of the proposal pages (no messages here: the realtime module imports this file).
import { z } from 'zod';

export const proposalRoomSchema = z.object({ proposalId: z.number().int().positive() });
export type ProposalRoom = z.infer<typeof proposalRoomSchema>;
export type ProposalJoinAck = { ok: true } | { ok: false; error: 'invalid' | 'forbidden' };
export type ProposalLiveEvent = { proposalId: number; what: 'supports'; supportsCount: number } | { proposalId: number; what: 'comments' | 'amendments' | 'state' | 'content' };

/** The council's proposals list: one room per council, for the list page. */
export const proposalListRoomSchema = z.object({ councilId: z.number().int().positive() });
export type ProposalListRoom = z.infer<typeof proposalListRoomSchema>;
/**
 * A listed proposal as it is now (what the list shows of it that can change), or `listed: false` when it left the
 * list (withdrawn to a draft). `submittedAt` (epoch ms) lets a page tell a proposal submitted since it loaded.
 */
export type ProposalListEvent =
	{ proposalId: number; listed: true; state: string; supportsCount: number; commentsCount: number; answered: boolean; submittedAt: number | null } | { proposalId: number; listed: false };
