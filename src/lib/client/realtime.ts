// The browser's one socket.io connection, and joining a council's room so that a page receives its events.
// After a reconnection the page rejoins and refreshes what it shows (onResync), so nothing needs a reload.
import { io, type Socket } from 'socket.io-client';
import type { JoinAck, JoinCouncil } from '$lib/schemas/realtime';

let socket: Socket | null = null;

export function getSocket(): Socket {
	socket ??= io({ withCredentials: true, transports: ['websocket', 'polling'] });
	return socket;
}

type Handlers = Record<string, (payload: never) => void>;

export type RoomOptions<Ack> = { onJoined?: (ack: Ack) => void; onResync?: () => void; onStatus?: (connected: boolean) => void };

export type Room = {
	/** the join and leave events, e.g. 'council:join' and 'council:leave' */
	join: string;
	leave: string;
	/** the room's identity, sent with both, e.g. { councilId } */
	payload: Record<string, unknown>;
	/** event name → listener; `accept` filters the payloads meant for this room (events of other rooms share the socket) */
	listeners: Handlers;
	accept?: (payload: Record<string, unknown>) => boolean;
};

/** How many subscribers of this page hold each room: the room is left when the last one leaves. */
const holders = new Map<string, number>();

/**
 * Joins a room on the shared socket and re-joins after every reconnection, then calls onResync so the page
 * refreshes what it shows (events may have been missed meanwhile): nothing needs a reload. Several subscribers
 * may hold the same room (a layout and its page): leaving is counted, so one leaving never takes the others
 * out of it. Returns the function that leaves.
 */
export function joinRoom<Ack>(room: Room, options: RoomOptions<Ack> = {}): () => void {
	const s = getSocket();
	const key = `${room.join}:${JSON.stringify(room.payload)}`;
	let hadConnected = s.connected;
	const doJoin = () => s.emit(room.join, room.payload, (ack: Ack) => options.onJoined?.(ack));
	const onConnect = () => {
		options.onStatus?.(true);
		doJoin();
		if (hadConnected) options.onResync?.();
		hadConnected = true;
	};
	const onDisconnect = () => options.onStatus?.(false);
	const wrapped = Object.entries(room.listeners).map(([event, handler]) => {
		const listener = (payload: Record<string, unknown>) => {
			if (!room.accept || room.accept(payload ?? {})) (handler as (p: unknown) => void)(payload);
		};
		return [event, listener] as const;
	});
	s.on('connect', onConnect);
	s.on('disconnect', onDisconnect);
	for (const [event, listener] of wrapped) s.on(event, listener);
	if (s.connected) {
		options.onStatus?.(true);
		doJoin();
	}
	holders.set(key, (holders.get(key) ?? 0) + 1);
	let left = false;
	return () => {
		if (left) return;
		left = true;
		const remaining = (holders.get(key) ?? 1) - 1;
		if (remaining > 0) holders.set(key, remaining);
		else {
			holders.delete(key);
			s.emit(room.leave, room.payload);
		}
		s.off('connect', onConnect);
		s.off('disconnect', onDisconnect);
		for (const [event, listener] of wrapped) s.off(event, listener);
	};
}

export function joinCouncil(join: JoinCouncil, handlers: Handlers, options: RoomOptions<JoinAck> = {}): () => void {
	return joinRoom({ join: 'council:join', leave: 'council:leave', payload: join, listeners: handlers }, options);
}

/**
 * Listens to an event sent to the signed-in person's own room (joined by the server on connection), on
 * the same socket. Call it only for a signed-in visitor: it opens the socket. Returns the unsubscribe.
 */
export function onUserEvent<T>(event: string, handler: (payload: T) => void): () => void {
	const s = getSocket();
	const listener = (payload: T) => handler(payload);
	s.on(event, listener);
	return () => {
		s.off(event, listener);
	};
}
