// Plenary benchmark: N members vote live. Builds a temporary database (a council with N members checked in to an
// open plenary, a draft yes/no/abstain vote, a login per member), measures two raw baselines (better-sqlite3
// single-row insert transactions, a bare socket.io server with N clients), starts the production server on the
// database, connects N socket.io clients logged in as the members, opens the vote from the control screen's form
// action as a browser would, has every client cast once at a random moment of a window, closes the vote the same
// way, and checks the ballots against the database. Run: npm run bench:plenary -- --voters 2000
//
// Options: --voters N (2000), --window ms over which the casts are spread (3000), --secret (secret ballot instead of
// a named one), --batch connections opened at a time (200), --keep (keep the temporary database), --profile DIR
// (write a V8 CPU profile of the server there, to open in Chrome DevTools or speedscope).
// Environment: BUILD_DIR (build; built by src/server/start.js when missing).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Socket } from 'socket.io-client';
import { buildDatabase, checkDatabase, type BenchData } from './plenary-setup';
import { sqliteBaseline, socketBaseline } from './plenary-baselines';
import { castPhase, closeAll, connectAll, cpuOf, expectOnAll, memoryOf, seeded, stats, type Stats } from './plenary-clients';

const { values: args } = parseArgs({
	options: {
		voters: { type: 'string', default: '2000' },
		window: { type: 'string', default: '3000' },
		secret: { type: 'boolean', default: false },
		batch: { type: 'string', default: '200' },
		keep: { type: 'boolean', default: false },
		profile: { type: 'string' }
	}
});
const N = Number(args.voters);
const WINDOW = Number(args.window);
const BATCH = Number(args.batch);
const SECRET = args.secret;
if (!Number.isInteger(N) || N < 1 || !(WINDOW >= 0) || !(BATCH >= 1)) throw new Error('usage: npm run bench:plenary -- --voters N [--window ms] [--secret] [--batch n] [--keep]');
const GOAL = { voters: 5000, ackP95: 50, closeMax: 500 };
const root = path.resolve(import.meta.dirname, '..');
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-plenary-'));
const dbFile = path.join(dir, 'cocon.db');
process.env.DATABASE_PATH = dbFile;
process.env.DATA_DIR = dir;
process.env.LOG_LEVEL = 'silent';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const CHOICES = ['yes', 'no', 'abstain'];

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const port = (probe.address() as net.AddressInfo).port;
			probe.close(() => resolve(port));
		});
	});
}

async function startServer(port: number): Promise<ChildProcess> {
	const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args.profile)}`] : [];
	const child = spawn(process.execPath, [...profile, path.join(root, 'src/server/start.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			BUILD_DIR,
			SOCKET_MAX_PER_ADDRESS: String(N + 100),
			DEMO_DATA: 'false',
			LOG_LEVEL: 'warn',
			DATABASE_PATH: dbFile,
			DATA_DIR: dir,
			NODE_ENV: 'production'
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	child.stdout!.on('data', () => {});
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline && child.exitCode === null) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
		} catch {
			/* not yet */
		}
		await sleep(300);
	}
	child.kill();
	throw new Error('the server did not start');
}

function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

/** POSTs a form action of the control screen the way SvelteKit's enhanced form does; throws unless it succeeded. */
async function controlAction(base: string, data: BenchData, name: 'open' | 'close'): Promise<void> {
	const res = await fetch(`${base}/c/${data.slug}/sessions/${data.plenaryId}/control?/${name}`, {
		method: 'POST',
		headers: {
			cookie: data.secretariatCookie,
			origin: base,
			'x-sveltekit-action': 'true',
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ voteId: String(data.voteId) })
	});
	const text = await res.text();
	let type = '';
	try {
		type = (JSON.parse(text) as { type?: string }).type ?? '';
	} catch {
		/* not JSON: an HTML error page */
	}
	if (type === 'success' || type === 'redirect') return;
	throw new Error(`the control screen's ?/${name} action answered ${res.status} ${type || text.slice(0, 200)} (does ${BUILD_DIR}/ predate the control screen? rebuild it)`);
}

type Run = {
	connectSeconds: number;
	open: Stats;
	openReceived: number;
	cast: Awaited<ReturnType<typeof castPhase>>;
	cpuPerBallot: number;
	clientsCpu: number;
	countsPerClient: number;
	countsComplete: number;
	closeHttp: number;
	closeCpu: number;
	close: Stats;
	closeReceived: number;
	rssIdle: number;
	rssEnd: number;
	rssPeak: number;
};

async function plenaryRun(base: string, server: ChildProcess, data: BenchData, rand: () => number): Promise<Run> {
	const pid = server.pid!;
	let started = performance.now();
	const sockets: Socket[] = await connectAll(
		base,
		data.voters.map((v) => v.cookie),
		BATCH
	);
	try {
		for (let i = 0; i < sockets.length; i += BATCH) {
			const acks = await Promise.all(sockets.slice(i, i + BATCH).map((s) => s.timeout(60_000).emitWithAck('plenary:join', { plenaryId: data.plenaryId }) as Promise<{ ok: boolean }>)).catch(() => {
				throw new Error('clients got no answer to plenary:join within 60 s');
			});
			const refused = acks.filter((a) => !a.ok).length;
			if (refused) throw new Error(`${refused} clients could not join the plenary's room`);
		}
		const connectSeconds = (performance.now() - started) / 1000;
		await sleep(500);
		const rssIdle = memoryOf(pid).rss;
		let counts = 0;
		const lastCount = new Array<number>(sockets.length).fill(0);
		sockets.forEach((s, i) =>
			s.on('vote:count', (e: { voteId: number; cast: number }) => {
				counts++;
				if (e.voteId === data.voteId) lastCount[i] = e.cast;
			})
		);

		const opened = expectOnAll(sockets, 'vote:opened', (p) => (p as { voteId: number }).voteId === data.voteId);
		started = performance.now();
		await controlAction(base, data, 'open');
		const openReceived = await opened.wait(60_000);
		const open = stats(opened.times.filter((t) => !Number.isNaN(t)).map((t) => t - started));
		if (openReceived < sockets.length) throw new Error(`only ${openReceived} of ${sockets.length} clients were told that the vote opened`);

		const cpuBefore = cpuOf(pid);
		const ownBefore = process.cpuUsage();
		const cast = await castPhase(
			sockets,
			WINDOW,
			rand,
			'vote:cast',
			(i) => {
				const v = data.voters[i];
				const clientBallotId = randomUUID();
				const body = {
					voteId: data.voteId,
					representedMembershipId: v.membershipId,
					choice: [CHOICES[Math.floor(rand() * 3)]],
					clientBallotId,
					...(SECRET ? { ticket: randomBytes(24).toString('base64url') } : {})
				};
				return { body, clientBallotId };
			},
			(a) => {
				const ack = a as { ok: boolean; code?: string };
				return ack.ok ? true : (ack.code ?? 'refused');
			}
		);
		await sleep(600); // the last throttled live count
		const cpuPerBallot = (cpuOf(pid) - cpuBefore) / Math.max(1, cast.ok);
		const own = process.cpuUsage(ownBefore);
		const clientsCpu = (own.user + own.system) / 1000 / ((cast.last - cast.first + 600) / 1000) / 10; // % of one core
		const countsPerClient = counts / sockets.length;
		const countsComplete = lastCount.filter((n) => n === cast.ok).length;

		const closed = expectOnAll(sockets, 'vote:closed', (p) => (p as { voteId: number }).voteId === data.voteId);
		const cpuBeforeClose = cpuOf(pid);
		started = performance.now();
		await controlAction(base, data, 'close');
		const closeHttp = performance.now() - started;
		const closeReceived = await closed.wait(60_000);
		const close = stats(closed.times.filter((t) => !Number.isNaN(t)).map((t) => t - started));
		const closeCpu = cpuOf(pid) - cpuBeforeClose;
		const mem = memoryOf(pid);
		return {
			connectSeconds,
			open,
			openReceived,
			cast,
			cpuPerBallot,
			clientsCpu,
			countsPerClient,
			countsComplete,
			closeHttp,
			closeCpu,
			close,
			closeReceived,
			rssIdle,
			rssEnd: mem.rss,
			rssPeak: mem.peak
		};
	} finally {
		closeAll(sockets);
	}
}

const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '-');
const ratio = (a: number, b: number) => {
	if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return '-';
	const r = a / b;
	return `×${r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(1) : r.toPrecision(2)}`;
};
const int = (x: number) => Math.round(x).toLocaleString('en');

async function main() {
	const loadBefore = os.loadavg();
	console.log(
		`Plenary benchmark: ${int(N)} voters, casts spread over ${WINDOW} ms, ${SECRET ? 'secret' : 'named'} ballot, ${os.cpus().length} CPU(s), load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, Node ${process.version}`
	);
	const data = await buildDatabase({ root, dbFile, voters: N, secret: SECRET });
	console.log(`  database: ${int(N)} members checked in, ${int(N + 1)} login sessions, built in ${data.seconds.toFixed(1)} s`);

	const sqlite = sqliteBaseline(path.join(dir, 'baseline.db'));
	console.log(`  baseline 1: better-sqlite3 single-row insert transactions: ${int(sqlite.perSecond)}/s`);
	const bare = await socketBaseline({ n: N, batch: BATCH, windowMs: WINDOW, rand: seeded(7) });
	console.log(`  baseline 2: bare socket.io, broadcast to ${int(bare.received)} clients p95 ${ms(bare.broadcast.p95)} ms, ack p95 ${ms(bare.ack.p95)} ms`);

	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const server = await startServer(port);
	let run: Run;
	try {
		const control = `${base}/c/${data.slug}/sessions/${data.plenaryId}/control`;
		const probe = await fetch(control, { headers: { cookie: data.secretariatCookie } });
		if (probe.status !== 200) throw new Error(`${control} answered ${probe.status}: the build in ${BUILD_DIR}/ predates the plenary control screen. Run \`npm run build\` first.`);
		run = await plenaryRun(base, server, data, seeded(7));
	} finally {
		await stopProcess(server);
	}
	const check = await checkDatabase(dbFile, data.voteId, SECRET, run.cast.acked);
	const c = run.cast;
	const a = stats(c.latencies);
	const ballotsPerSecond = c.ok / ((c.last - c.first) / 1000);
	// who voted: ballots (named) or participations (secret); secret ballots must match participations one to one
	const voterRows = SECRET ? check.participations : check.rows;
	const lost = check.missing + Math.max(0, c.ok - voterRows) + (SECRET ? Math.max(0, check.participations - check.rows) : 0);
	const doubled = voterRows - check.distinctMembers + (voterRows - check.distinctClientIds) + (SECRET ? Math.max(0, check.rows - check.participations) : 0);
	const refused =
		Object.entries(c.refused)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ') || '0';

	const rows: [string, string, string, string][] = [
		['clients connected and joined', `${int(N)} in ${run.connectSeconds.toFixed(1)} s`, '', ''],
		['open → vote:opened on every client', `p95 ${ms(run.open.p95)} ms, max ${ms(run.open.max)} ms`, '', ''],
		['cast → ack p50 / p95 / p99', `${ms(a.p50)} / ${ms(a.p95)} / ${ms(a.p99)} ms`, `${ms(bare.ack.p50)} / ${ms(bare.ack.p95)} / ${ms(bare.ack.p99)} ms`, `p95 ${ratio(a.p95, bare.ack.p95)}`],
		['cast → ack max', `${ms(a.max)} ms`, `${ms(bare.ack.max)} ms`, ratio(a.max, bare.ack.max)],
		['ballots acknowledged / refused / timed out', `${int(c.ok)} / ${refused} / ${c.timedOut}`, '', ''],
		['ballots per second (offered over the window)', int(ballotsPerSecond), '', ''],
		[
			'server CPU per ballot (cast, live counts)',
			`${run.cpuPerBallot.toFixed(2)} ms`,
			`${(sqlite.microsPerTx / 1000).toFixed(3)} ms per insert tx`,
			ratio(run.cpuPerBallot * 1000, sqlite.microsPerTx)
		],
		['ballot capacity of one core', `${int(1000 / run.cpuPerBallot)}/s`, `${int(sqlite.perSecond)} insert tx/s`, ratio(1000 / run.cpuPerBallot, sqlite.perSecond)],
		['live counts received per client', run.countsPerClient.toFixed(1), '', ''],
		['clients whose last live count showed every ballot', `${int(run.countsComplete)} of ${int(N)}`, '', ''],
		['benchmark clients’ CPU while casting (one process)', `${run.clientsCpu.toFixed(0)} % of a core`, '', ''],
		['close request → HTTP answer (server CPU)', `${ms(run.closeHttp)} ms (${ms(run.closeCpu)} ms)`, '', ''],
		[
			'close → vote:closed on every client p95 / max',
			`${ms(run.close.p95)} / ${ms(run.close.max)} ms`,
			`${ms(bare.broadcast.p95)} / ${ms(bare.broadcast.max)} ms`,
			`${ratio(run.close.p95, bare.broadcast.p95)} / ${ratio(run.close.max, bare.broadcast.max)}`
		],
		['clients told of the close', `${int(run.closeReceived)} of ${int(N)}`, `${int(bare.received)} of ${int(N)}`, ''],
		[`database: ${SECRET ? 'secret ballots / participations' : 'ballots / receipts'}`, `${int(check.rows)} / ${int(SECRET ? check.participations : check.receipts)}`, '', ''],
		['ballots lost / doubled (database)', `${lost} / ${doubled}`, '', ''],
		['stored result: online ballots, decision', `${int(check.resultOnline)}, ${check.decision}`, '', ''],
		['server RSS idle (N connected) / end / peak', `${ms(run.rssIdle)} / ${ms(run.rssEnd)} / ${ms(run.rssPeak)} MiB`, `${ms(bare.rss)} MiB`, ratio(run.rssEnd, bare.rss)]
	];
	const w = [48, 34, 30, 10];
	const line = (r: string[]) =>
		r
			.map((cell, i) => cell.padEnd(w[i]))
			.join('  ')
			.trimEnd();
	console.log(`\n${line(['measure', 'Cocon', 'baseline', 'ratio'])}\n${w.map((n) => '-'.repeat(n)).join('  ')}`);
	for (const r of rows) console.log(line(r));
	console.log(
		`\nChoices stored: ${Object.entries(check.byChoice)
			.map(([k, v]) => `${k} ${int(v)}`)
			.join(', ')}; vote ${check.state}. Load average after: ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}.`
	);

	console.log(N >= GOAL.voters ? `Goal size: ${int(N)} voters ≥ ${int(GOAL.voters)}.` : `Goal size: ${int(GOAL.voters)} voters (this run: ${int(N)}; run with --voters ${GOAL.voters} for the goal).`);
	const verdicts = [
		[`ack p95 ≤ ${GOAL.ackP95} ms`, a.p95 <= GOAL.ackP95],
		[`close → result on every client ≤ ${GOAL.closeMax} ms`, run.closeReceived === N && run.close.max <= GOAL.closeMax],
		['0 lost, 0 doubled, every ballot acknowledged', lost === 0 && doubled === 0 && c.ok === N && check.rows === N]
	] as const;
	console.log(`Goal: ${verdicts.map(([name, ok]) => `${name} ${ok ? 'ok' : 'MISSED'}`).join('; ')}`);
	// 2: ballots lost, doubled or refused; 1: a latency goal missed; 0: every goal met
	process.exitCode = verdicts[2][1] ? (verdicts[0][1] && verdicts[1][1] ? 0 : 1) : 2;
}

try {
	await main();
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	process.exitCode = 3;
} finally {
	if (args.keep) console.log(`Database kept in ${dir}`);
	else fs.rmSync(dir, { recursive: true, force: true });
	setTimeout(() => process.exit(), 200).unref(); // a client left open after a failure must not keep the process alive
}
