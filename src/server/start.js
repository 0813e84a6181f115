// Production entry: builds the app when no build exists, then serves SvelteKit and socket.io on one port.
// Migrations and demo data are applied by the server's init hook (src/hooks.server.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Server } from 'socket.io';

const root = path.resolve(import.meta.dirname, '..', '..');
const handlerFile = path.join(root, process.env.BUILD_DIR ?? 'build', 'handler.js');

if (!fs.existsSync(handlerFile)) {
	console.log('No build found: building Cocon (vite build)…');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) {
		console.error('The build failed.');
		process.exit(result.status ?? 1);
	}
}

const port = Number.parseInt(process.env.PORT ?? '3000', 10);
const host = process.env.HOST ?? '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${port}`;
process.env.BODY_SIZE_LIMIT ??= '12M';
process.env.PORT = String(port);

/** @type {((req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void) | undefined} */
let kit;
const server = http.createServer((req, res) => {
	if (!kit) {
		res.writeHead(503).end('Starting');
		return;
	}
	kit(req, res, () => res.writeHead(404).end('Not found'));
});

const io = new Server(server, { serveClient: false, pingInterval: 10_000, pingTimeout: 8_000 });
/** @type {any} */ (globalThis).__coconIo = io;

const { handler } = await import(pathToFileURL(handlerFile).href);
kit = handler;

server.listen(port, host, () => {
	console.log(`Cocon is listening on ${process.env.ORIGIN}`);
});

function shutdown() {
	io.close();
	server.close(() => process.exit(0));
	setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
