// Proposal rooms: a page showing a proposal joins `proposal:<id>` after a check that the socket's user may
// read it (drafts: their authors only), and receives small "what changed" events (the support count itself). The
// council's list page joins `proposals:<councilId>` and receives each changed row as it now is (state, counts).
import type { Server, Socket } from 'socket.io';
import { proposalListRoomSchema, proposalRoomSchema, type ProposalJoinAck, type ProposalLiveEvent } from '../../schemas/proposals-live';
import type { DomainEvent } from '../events/bus';
import { actorFor, canReadProposal, getProposal } from '../proposals/access';
import { getCouncilById } from '../councils/councils';
import { can } from '../auth/permissions';
import { listRowLive } from '../proposals/list';
import { log } from '../log';

export const proposalRoom = (id: number) => `proposal:${id}`;
/** The council's proposals list page (anyone who may read the council's proposals). */
export const proposalListRoom = (councilId: number) => `proposals:${councilId}`;

function onJoinList(socket: Socket, userId: number | null, payload: unknown, ack: (a: ProposalJoinAck) => void): void {
	const parsed = proposalListRoomSchema.safeParse(payload);
	if (!parsed.success) return ack({ ok: false, error: 'invalid' });
	const council = getCouncilById(parsed.data.councilId);
	if (!council || !can(actorFor(userId, council.id), 'proposals.read', council)) return ack({ ok: false, error: 'forbidden' });
	void socket.join(proposalListRoom(council.id));
	ack({ ok: true });
}

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
	socket.on('proposals:join', (payload: unknown, ack?: (a: ProposalJoinAck) => void) => {
		try {
			onJoinList(socket, userId, payload, typeof ack === 'function' ? ack : () => {});
		} catch (err) {
			log.error({ err: String(err) }, 'proposals:join failed');
		}
	});
	socket.on('proposals:leave', (payload: unknown) => {
		const parsed = proposalListRoomSchema.safeParse(payload);
		if (parsed.success) void socket.leave(proposalListRoom(parsed.data.councilId));
	});
}

/** Maps proposal domain events to their room. */
export function routeProposalEvent(io: Server, event: DomainEvent): void {
	if (event.type !== 'proposal.changed') return;
	const payload: ProposalLiveEvent =
		event.what === 'supports' ? { proposalId: event.proposalId, what: 'supports', supportsCount: event.supportsCount ?? 0 } : { proposalId: event.proposalId, what: event.what };
	io.to(proposalRoom(event.proposalId)).emit('proposal:changed', payload);
	// the list shows state and counts: the row as it is now, read once for the whole room (amendments change neither)
	if (event.what !== 'amendments' && event.what !== 'content') io.to(proposalListRoom(event.councilId)).emit('proposals:row', listRowLive(event.proposalId));
}
