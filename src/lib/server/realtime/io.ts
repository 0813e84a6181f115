// The one accessor for the socket.io server. The production entry and the Vite dev plugin create the
// server on their HTTP server and register it here; server code reaches it only through getIo().
import type { Server } from 'socket.io';

const holder = globalThis as unknown as { __coconIo?: Server };

export function setIo(io: Server): void {
	holder.__coconIo = io;
}

export function getIo(): Server | undefined {
	return holder.__coconIo;
}
