// Plenary benchmark, part 3: the two raw baselines measured in the same run.
// (1) single-row insert transactions per second on better-sqlite3, with the app's pragmas (db/client.ts) on a file;
// (2) a bare socket.io server (bench/plenary-bare-server.mjs, a child process like Cocon's server) with N clients:
//     one event broadcast to all (time until each receives it) and emit-with-ack round trips at the rate of the
//     plenary run (one per client spread over the same window).
import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { castPhase, closeAll, connectAll, expectOnAll, memoryOf, stats, type Stats } from './plenary-clients';

export function sqliteBaseline(file: string, durationMs = 2000): { perSecond: number; microsPerTx: number } {
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.exec(`create table ballots (id integer primary key autoincrement, vote_id integer not null, member_id integer not null,
		choice text not null, client_ballot_id text not null, cast_at integer not null);
		create unique index ballots_vote_member on ballots (vote_id, member_id)`);
	const insert = sqlite.prepare('insert into ballots (vote_id, member_id, choice, client_ballot_id, cast_at) values (1, ?, ?, ?, ?)');
	const one = sqlite.transaction((i: number) => insert.run(i, '["yes"]', randomUUID(), Date.now()));
	const started = performance.now();
	let n = 0;
	let elapsed = 0;
	while (elapsed < durationMs) {
		for (let k = 0; k < 200; k++) one.immediate(++n);
		elapsed = performance.now() - started;
	}
	sqlite.close();
	return { perSecond: (n / elapsed) * 1000, microsPerTx: (elapsed * 1000) / n };
}

export type SocketBaseline = { broadcast: Stats; ack: Stats; received: number; rss: number };

export async function socketBaseline(opts: { n: number; batch: number; windowMs: number; rand: () => number }): Promise<SocketBaseline> {
	const child = spawn(process.execPath, [path.join(import.meta.dirname, 'plenary-bare-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
	try {
		const port = await new Promise<number>((resolve, reject) => {
			const lines = readline.createInterface({ input: child.stdout! });
			lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
			child.once('exit', (code) => reject(new Error(`the bare socket.io server stopped (${code})`)));
		});
		const url = `http://127.0.0.1:${port}`;
		const sockets = await connectAll(url, new Array<string | null>(opts.n).fill(null), opts.batch);
		const [controller] = await connectAll(url, [null], 1);
		try {
			// a first broadcast warms up, like vote:opened does before the close in the plenary run
			const warm = expectOnAll(sockets, 'closed', (p) => (p as { n: number }).n === 0);
			controller.emit('broadcast', { n: 0 });
			await warm.wait(30_000);
			const ack = await castPhase(
				sockets,
				opts.windowMs,
				opts.rand,
				'cast',
				(i) => {
					const clientBallotId = randomUUID();
					return { body: { voteId: 1, representedMembershipId: i + 1, choice: ['yes'], clientBallotId }, clientBallotId };
				},
				(a) => ((a as { ok?: boolean }).ok ? true : 'refused')
			);
			await new Promise((r) => setTimeout(r, 300));
			const measured = expectOnAll(sockets, 'closed', (p) => (p as { n: number }).n === 1);
			const sent = performance.now();
			controller.emit('broadcast', { n: 1, plenaryId: 1, voteId: 1, decision: 'adopted' });
			const received = await measured.wait(30_000);
			const rss = memoryOf(child.pid!).rss;
			return { broadcast: stats(measured.times.filter((t) => !Number.isNaN(t)).map((t) => t - sent)), ack: stats(ack.latencies), received, rss };
		} finally {
			closeAll([...sockets, controller]);
		}
	} finally {
		child.kill('SIGTERM');
	}
}
