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

export function joinCouncil(
	join: JoinCouncil,
	handlers: Handlers,
	options: { onJoined?: (ack: JoinAck) => void; onResync?: () => void; onStatus?: (connected: boolean) => void } = {}
): () => void {
	const s = getSocket();
	let hadConnected = s.connected;
	const doJoin = () => s.emit('council:join', join, (ack: JoinAck) => options.onJoined?.(ack));
	const onConnect = () => {
		options.onStatus?.(true);
		doJoin();
		if (hadConnected) options.onResync?.();
		hadConnected = true;
	};
	const onDisconnect = () => options.onStatus?.(false);
	s.on('connect', onConnect);
	s.on('disconnect', onDisconnect);
	for (const [event, handler] of Object.entries(handlers)) s.on(event, handler as (...args: unknown[]) => void);
	if (s.connected) doJoin();
	return () => {
		s.emit('council:leave', { councilId: join.councilId });
		s.off('connect', onConnect);
		s.off('disconnect', onDisconnect);
		for (const [event, handler] of Object.entries(handlers)) s.off(event, handler as (...args: unknown[]) => void);
	};
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
