// A stand-in socket for the realtime tests: it records its handlers and the rooms it joins, and `emit` calls a
// handler as a client would, resolving with its acknowledgement (or undefined after 50 ms). Used by *.test.ts only.
import type { Socket } from 'socket.io';

export function fakeSocket() {
	const handlers = new Map<string, (...args: unknown[]) => void>();
	const rooms = new Set<string>();
	const socket = {
		on: (event: string, fn: (...args: unknown[]) => void) => handlers.set(event, fn),
		join: (room: string) => rooms.add(room),
		leave: (room: string) => rooms.delete(room)
	};
	const emit = (event: string, payload: unknown) =>
		new Promise((resolve) => {
			handlers.get(event)!(payload, resolve);
			setTimeout(() => resolve(undefined), 50);
		});
	return { socket: socket as unknown as Socket, rooms, emit, handlers };
}
