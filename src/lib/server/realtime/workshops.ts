// Workshop rooms: a workshop page joins `workshop:<id>` after a check that the socket's user may read the
// workshop (council roles, facilitators, participants, or a guest of THIS workshop), and receives small
// "what changed" events; the page reloads what it shows.
import type { Server, Socket } from 'socket.io';
import { workshopRoomSchema, type WorkshopJoinAck, type WorkshopLiveEvent } from '../../schemas/workshops-live';
import type { DomainEvent } from '../events/bus';
import { actorFor } from '../proposals/access';
import { getWorkshop, workshopRights } from '../workshops/access';
import { getCouncilById } from '../councils/councils';
import { log } from '../log';

export const workshopRoom = (id: number) => `workshop:${id}`;

function onJoin(socket: Socket, userId: number | null, payload: unknown, ack: (a: WorkshopJoinAck) => void): void {
	const parsed = workshopRoomSchema.safeParse(payload);
	if (!parsed.success) return ack({ ok: false, error: 'invalid' });
	const workshop = getWorkshop(parsed.data.workshopId);
	const council = workshop && getCouncilById(workshop.councilId);
	if (!workshop || !council || !workshopRights(actorFor(userId, council.id), council, workshop).read) return ack({ ok: false, error: 'forbidden' });
	void socket.join(workshopRoom(workshop.id));
	ack({ ok: true });
}

export function registerWorkshopSocket(socket: Socket, userId: number | null): void {
	socket.on('workshop:join', (payload: unknown, ack?: (a: WorkshopJoinAck) => void) => {
		try {
			onJoin(socket, userId, payload, typeof ack === 'function' ? ack : () => {});
		} catch (err) {
			log.error({ err: String(err) }, 'workshop:join failed');
		}
	});
	socket.on('workshop:leave', (payload: unknown) => {
		const parsed = workshopRoomSchema.safeParse(payload);
		if (parsed.success) void socket.leave(workshopRoom(parsed.data.workshopId));
	});
}

export function routeWorkshopEvent(io: Server, event: DomainEvent): void {
	if (event.type !== 'workshop.changed') return;
	const payload: WorkshopLiveEvent = { workshopId: event.workshopId, what: event.what };
	if (event.meetingId) payload.meetingId = event.meetingId;
	if (event.notesVersion !== undefined) payload.notesVersion = event.notesVersion;
	io.to(workshopRoom(event.workshopId)).emit('workshop:changed', payload);
}
