// Socket payloads of the proposal pages (no messages here: the realtime module imports this file).
import { z } from 'zod';

export const proposalRoomSchema = z.object({ proposalId: z.number().int().positive() });
export type ProposalRoom = z.infer<typeof proposalRoomSchema>;
export type ProposalJoinAck = { ok: true } | { ok: false; error: 'invalid' | 'forbidden' };
export type ProposalLiveEvent = { proposalId: number; what: 'supports'; supportsCount: number } | { proposalId: number; what: 'comments' | 'amendments' | 'state' | 'content' };
