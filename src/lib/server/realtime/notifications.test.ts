import { beforeEach, describe, expect, it } from 'vitest';
import type { Server, Socket } from 'socket.io';
import { db, useTestDatabase } from '../db/client';
import { createUser } from '../auth/users';
import { notify } from '../notifications/notify';
import { emitUnreadCounts, sendUnreadCount } from './notifications';

/** Just enough of socket.io's Server to see what is sent to which room. */
function fakeIo(connectedRooms: string[]) {
	const sent: { room: string; event: string; payload: unknown }[] = [];
	const io = {
		sockets: { adapter: { rooms: new Map(connectedRooms.map((r) => [r, new Set(['socket-id'])])) } },
		to: (room: string) => ({ emit: (event: string, payload: unknown) => sent.push({ room, event, payload }) })
	};
	return { io: io as unknown as Server, sent };
}

describe('live unread counts', () => {
	let a: number;
	let b: number;
	beforeEach(async () => {
		useTestDatabase();
		a = (await createUser({ email: 'a@example.org', name: 'A' })).id;
		b = (await createUser({ email: 'b@example.org', name: 'B' })).id;
		db().transaction((tx) => notify(tx, { userIds: [a, b], kind: 'proposal_support', councilId: null, params: { title: 'T' }, link: '/x' }));
		db().transaction((tx) => notify(tx, { userIds: [a], kind: 'proposal_support', councilId: null, params: { title: 'U' }, link: '/y' }));
	});

	it('sends each connected person their own new count, once', () => {
		const { io, sent } = fakeIo([`user:${a}`]);
		emitUnreadCounts(io, [a, b, a], (id) => `user:${id}`);
		expect(sent).toEqual([{ room: `user:${a}`, event: 'notifications:count', payload: { count: 2 } }]);
	});

	it('sends the count to a socket that (re)connects', () => {
		const emitted: unknown[] = [];
		sendUnreadCount({ emit: (...args: unknown[]) => emitted.push(args) } as unknown as Socket, b);
		expect(emitted).toEqual([['notifications:count', { count: 1 }]]);
	});
});
