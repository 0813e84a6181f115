// Plenary benchmark baseline: a bare socket.io server (the version Cocon uses, websocket transport) with nothing
// behind it. Every socket joins one room; `cast` is acknowledged at once with a receipt shaped like Cocon's;
// `broadcast` sends one event to the room. Prints {"port":…} on stdout once listening.
import http from 'node:http';
import { Server } from 'socket.io';

const server = http.createServer((_req, res) => res.writeHead(404).end());
const io = new Server(server, { serveClient: false });
io.on('connection', (socket) => {
	void socket.join('room');
	socket.on('cast', (payload, ack) => {
		if (typeof ack !== 'function') return;
		ack({
			ok: true,
			ack: { voteId: payload?.voteId, representedMembershipId: payload?.representedMembershipId, clientBallotId: payload?.clientBallotId, status: 'recorded', revision: 1, castAt: Date.now() }
		});
	});
	socket.on('broadcast', (payload) => {
		io.to('room').emit('closed', payload);
	});
});
server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
});
process.on('SIGTERM', () => {
	io.close();
	process.exit(0);
});
