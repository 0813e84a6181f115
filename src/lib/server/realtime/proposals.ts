// Proposal rooms: a page showing a proposal joins `proposal:<id>` after a check that the socket's user may
// read it (drafts: their authors only), and receives small "what changed" events (the support count itself).
import type { Server, Socket } from 'socket.io';
import { proposalRoomSchema, type ProposalJoinAck, type ProposalLiveEvent } from '../../schemas/proposals-live';
import type { DomainEvent } from '../events/bus';
import { actorFor, canReadProposal, getProposal } from '../proposals/access';
import { getCouncilById } from '../councils/councils';
import { log } from '../log';

export const proposalRoom = (id: number) => `proposal:${id}`;

function onJoin(socket: Socket, userId: number | null, payload: unknown, ack: (a: ProposalJoinAck) => void): void {
	const parsed = proposalRoomSchema.safeParse(payload);
	if (!parsed.success) return ack({ ok: false, error: 'invalid' });
	const proposal = getProposal(parsed.data.proposalId);
	const council = proposal && getCouncilById(proposal.councilId);
	if (!proposal || !council || !canReadProposal(actorFor(userId, council.id), council, proposal)) return ack({ ok: false, error: 'forbidden' });
	void socket.join(proposalRoom(proposal.id));
	ack({ ok: true });
}

/** Wires the join/leave handlers of one socket. */
export function registerProposalSocket(socket: Socket, userId: number | null): void {
	socket.on('proposal:join', (payload: unknown, ack?: (a: ProposalJoinAck) => void) => {
		try {
			onJoin(socket, userId, payload, typeof ack === 'function' ? ack : () => {});
		} catch (err) {
			log.error({ err: String(err) }, 'proposal:join failed');
		}
	});
	socket.on('proposal:leave', (payload: unknown) => {
		const parsed = proposalRoomSchema.safeParse(payload);
		if (parsed.success) void socket.leave(proposalRoom(parsed.data.proposalId));
	});
}

/** Maps proposal domain events to their room. */
export function routeProposalEvent(io: Server, event: DomainEvent): void {
	if (event.type !== 'proposal.changed') return;
	const payload: ProposalLiveEvent =
		event.what === 'supports' ? { proposalId: event.proposalId, what: 'supports', supportsCount: event.supportsCount ?? 0 } : { proposalId: event.proposalId, what: event.what };
	io.to(proposalRoom(event.proposalId)).emit('proposal:changed', payload);
}
