// The realtime module: authenticates sockets, lets them join council rooms after a permission check,
// tracks presence, and maps domain events to rooms. Nothing else in the code base calls socket.io.
import type { Server, Socket } from 'socket.io';
import { and, eq } from 'drizzle-orm';
import { joinCouncilSchema, leaveCouncilSchema, type JoinAck } from '../../schemas/realtime';
import { SESSION_COOKIE, validateSessionToken, type SessionUser } from '../auth/session';
import { can, type Actor } from '../auth/permissions';
import { activeRoles, getCouncilById } from '../councils/councils';
import { colleges, memberships } from '../councils/tables';
import { db } from '../db/client';
import { subscribe, type DomainEvent } from '../events/bus';
import { addPresence, presenceList, removePresence } from './presence';
import { emitUnreadCounts, sendUnreadCount } from './notifications';
import { registerProposalSocket, routeProposalEvent } from './proposals';
import { registerPlenarySocket, routePlenaryEvent } from './plenary';
import { registerSpeakersSocket, routeSpeakersEvent } from './speakers';
import { routePlansEvent } from './plans';
import { registerWorkshopSocket, routeWorkshopEvent } from './workshops';
import { log } from '../log';
import { config } from '../config';
import { EVENT_LIMITS, installSocketLimits } from './limits';

type SocketData = { user: SessionUser | null };

export const rooms = {
	council: (id: number) => `council:${id}`,
	councilMembers: (id: number) => `council:${id}:members`,
	user: (id: number) => `user:${id}`
};

function readCookie(header: string | undefined, name: string): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const [key, ...rest] = part.trim().split('=');
		if (key === name) return decodeURIComponent(rest.join('='));
	}
	return undefined;
}

function collegeName(councilId: number, userId: number): string | null {
	const row = db()
		.select({ name: colleges.name })
		.from(memberships)
		.leftJoin(colleges, eq(colleges.id, memberships.collegeId))
		.where(and(eq(memberships.councilId, councilId), eq(memberships.userId, userId)))
		.get();
	return row?.name ?? null;
}

function broadcastPresence(io: Server, councilId: number): void {
	io.to(rooms.council(councilId)).emit('presence', { councilId, presence: presenceList(councilId) });
}

function onJoin(io: Server, socket: Socket, payload: unknown, ack: (a: JoinAck) => void): void {
	const parsed = joinCouncilSchema.safeParse(payload);
	if (!parsed.success) return ack({ ok: false, error: 'invalid' });
	const council = getCouncilById(parsed.data.councilId);
	if (!council) return ack({ ok: false, error: 'not_found' });
	const user = (socket.data as SocketData).user;
	const actor: Actor = { user: user && { id: user.id, isAdmin: user.isAdmin }, roles: activeRoles(council.id, user?.id) };
	if (!can(actor, 'council.read', council)) return ack({ ok: false, error: 'forbidden' });
	void socket.join(rooms.council(council.id));
	if (parsed.data.members && can(actor, 'members.manage', council)) void socket.join(rooms.councilMembers(council.id));
	let presence = null;
	if (user && can(actor, 'council.presence', council)) {
		addPresence(council.id, socket.id, { userId: user.id, name: user.name, college: collegeName(council.id, user.id) });
		broadcastPresence(io, council.id);
		presence = presenceList(council.id);
	}
	ack({ ok: true, presence });
}

function onLeave(io: Server, socket: Socket, payload: unknown): void {
	const parsed = leaveCouncilSchema.safeParse(payload);
	if (!parsed.success) return;
	void socket.leave(rooms.council(parsed.data.councilId));
	void socket.leave(rooms.councilMembers(parsed.data.councilId));
	for (const id of removePresence(socket.id, parsed.data.councilId)) broadcastPresence(io, id);
}

function route(io: Server, event: DomainEvent): void {
	switch (event.type) {
		case 'member.changed':
		case 'members.imported':
		case 'invitation.changed':
		case 'join_request.changed':
			io.to(rooms.councilMembers(event.councilId)).emit('members:changed', { councilId: event.councilId });
			break;
		case 'council.changed':
			io.to(rooms.council(event.councilId)).emit('council:changed', { councilId: event.councilId });
			break;
		case 'session.revoked':
			io.in(rooms.user(event.userId)).disconnectSockets(true);
			break;
		case 'notifications.changed':
			emitUnreadCounts(io, event.userIds, rooms.user);
			break;
		case 'proposal.changed':
			routeProposalEvent(io, event);
			break;
		case 'speakers.changed':
			routeSpeakersEvent(io, event);
			break;
		case 'plenary.changed':
		case 'agenda.current':
		case 'attendance.changed':
		case 'vote.changed':
		case 'vote.opened':
		case 'vote.count':
		case 'vote.closed':
		case 'vote.published':
			routePlenaryEvent(io, event, rooms.user);
			if (event.type === 'agenda.current') routeSpeakersEvent(io, event);
			break;
		case 'workshop.changed':
			routeWorkshopEvent(io, event);
			break;
		case 'plan.changed':
		case 'indicator.changed':
		case 'measurements.imported':
		case 'evaluation.changed':
		case 'questionnaire.responded':
			routePlansEvent(io, event);
			break;
	}
}

const marker = Symbol.for('cocon.realtime.attached');

export function attachRealtime(io: Server): void {
	const flagged = io as unknown as Record<symbol, boolean>;
	if (flagged[marker]) return;
	flagged[marker] = true;

	installSocketLimits(io, { origin: config.origin, maxPerAddress: config.socketMaxPerAddress, ...EVENT_LIMITS });

	io.use((socket, next) => {
		const token = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
		const result = token ? validateSessionToken(token) : null;
		(socket.data as SocketData).user = result?.user ?? null;
		next();
	});

	io.on('connection', (socket) => {
		const user = (socket.data as SocketData).user;
		if (user) {
			void socket.join(rooms.user(user.id));
			sendUnreadCount(socket, user.id);
		}
		socket.on('council:join', (payload: unknown, ack?: (a: JoinAck) => void) => {
			try {
				onJoin(io, socket, payload, typeof ack === 'function' ? ack : () => {});
			} catch (err) {
				log.error({ err: String(err) }, 'council:join failed');
			}
		});
		socket.on('council:leave', (payload: unknown) => onLeave(io, socket, payload));
		registerProposalSocket(socket, user?.id ?? null);
		registerPlenarySocket(socket, user);
		registerSpeakersSocket(socket, user);
		registerWorkshopSocket(socket, user?.id ?? null);
		socket.on('disconnect', () => {
			for (const id of removePresence(socket.id)) broadcastPresence(io, id);
		});
	});

	subscribe((event) => route(io, event));
}
