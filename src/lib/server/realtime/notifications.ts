// Live unread counts: each signed-in socket is in its user room (joined on connection); when someone's
// notifications change, every socket of that person receives `notifications:count` with the new count.
import type { Server, Socket } from 'socket.io';
import { unreadCount } from '../notifications/notify';

export type NotificationsCount = { count: number };

/** `userRoom` is attach.ts's rooms.user (passed in to keep this file free of an import cycle). */
export function emitUnreadCounts(io: Server, userIds: number[], userRoom: (id: number) => string): void {
	for (const id of new Set(userIds)) {
		const room = userRoom(id);
		if (!io.sockets.adapter.rooms.get(room)?.size) continue;
		io.to(room).emit('notifications:count', { count: unreadCount(id) } satisfies NotificationsCount);
	}
}

/** On (re)connection the count may have changed while the socket was away: send it straight away. */
export function sendUnreadCount(socket: Socket, userId: number): void {
	socket.emit('notifications:count', { count: unreadCount(userId) } satisfies NotificationsCount);
}
