// Attaches socket.io to Vite's own HTTP server under `npm run dev` and `vite preview`. The handlers are
// attached by hooks.server.ts (init), which runs inside SvelteKit's module graph.
import type { Plugin } from 'vite';
import { Server } from 'socket.io';
import type { Server as HttpServer } from 'node:http';

function attach(httpServer: unknown): void {
	if (!httpServer) return; // vitest and middleware mode have no HTTP server
	const holder = globalThis as unknown as { __coconIo?: Server };
	holder.__coconIo ??= new Server(httpServer as HttpServer, { serveClient: false, pingInterval: 10_000, pingTimeout: 8_000 });
}

export function socketIoDevPlugin(): Plugin {
	return {
		name: 'cocon-socket-io',
		configureServer(server) {
			attach(server.httpServer);
		},
		configurePreviewServer(server) {
			attach(server.httpServer);
		}
	};
}
