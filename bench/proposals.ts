// Proposals benchmark: builds a temporary database of 10,000 proposals with supports and comments, starts the
// production server on it and drives the list page (search, filters, sorts, deep pages) over HTTP with
// autocannon, then prints p50/p95/p99 latency and requests/s per query. Run: npm run bench:proposals
//
// Environment: BENCH_PROPOSALS (10000), BENCH_DURATION seconds per query (10), BENCH_CONNECTIONS (1: latency;
// the server is one Node process, so more connections queue and measure throughput),
// BENCH_PORT (4194), BUILD_DIR (build; built by src/server/start.js when missing), BENCH_KEEP=1 keeps the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server';
import autocannon from 'autocannon';

const N = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 1);
const PORT = Number(process.env.BENCH_PORT ?? 4194);
const GOAL_MS = 30;
const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-bench-'));
const dbFile = path.join(dir, 'cocon.db');
process.env.DATABASE_PATH = dbFile;
process.env.DATA_DIR = dir;
process.env.LOG_LEVEL = 'silent';

// a deterministic pseudo-random sequence (mulberry32), so that every run measures the same database
let seed = 42;
const rand = () => {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

// Words follow a Zipf law, like real text: the domain's words first (the most frequent ones appear in nearly
// every proposal, like "économie" in an SSE council), then 3,000 made-up words, each rarer than the last.
const DOMAIN = (
	'économie sociale solidaire coopérative association insertion emploi quartier habitants circulaire réemploi rénovation ' +
	'énergie alimentation cantine équitable commerce marché clause achat public local monnaie tiers-lieu jeunesse mobilité ' +
	'numérique formation accompagnement financement fonds européen innovation recherche mutualisation bénévolat culture sport santé ' +
	'logement transition climat déchets recyclerie atelier vélo jardin partagé épicerie chantier école'
).split(' ');
const SYLLABLES = ['ba', 'co', 'di', 'fu', 'ga', 'li', 'mo', 'na', 'pe', 'ri', 'so', 'ta', 'vu', 'ze', 'lor', 'mir', 'tan', 'vel'];
const VOCABULARY = [...DOMAIN];
while (VOCABULARY.length < DOMAIN.length + 3000) {
	const word = Array.from({ length: 3 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('');
	if (!VOCABULARY.includes(word)) VOCABULARY.push(word);
}
const CUMULATIVE: number[] = [];
VOCABULARY.reduce((sum, _w, rank) => (CUMULATIVE.push(sum + 1 / (rank + 1)), sum + 1 / (rank + 1)), 0);
const word = () => {
	const target = rand() * CUMULATIVE[CUMULATIVE.length - 1];
	let lo = 0;
	let hi = CUMULATIVE.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (CUMULATIVE[mid] < target) lo = mid + 1;
		else hi = mid;
	}
	return VOCABULARY[lo];
};
/** Search terms of three frequencies: in nearly every proposal, in about a third, in about 1 %. */
const FREQUENT = VOCABULARY[0];
const MEDIUM = VOCABULARY[40];
const RARE = VOCABULARY[1500];
const STATES: [string, number][] = [
	['submitted', 35],
	['accepted', 10],
	['scheduled', 5],
	['merged', 3],
	['declined', 10],
	['adopted', 8],
	['rejected', 5],
	['in_implementation', 7],
	['implemented', 12],
	['abandoned', 3],
	['draft', 2]
];
const stateOf = () => {
	let r = rand() * 100;
	for (const [s, w] of STATES) if ((r -= w) < 0) return s;
	return 'submitted';
};
const sentence = (n: number) => Array.from({ length: n }, word).join(' ');

async function buildDatabase() {
	const { openDatabase, migrateDatabase } = await import('../src/lib/server/db/client');
	const { insertCouncil } = await import('../src/lib/server/councils/create');
	const db = openDatabase(dbFile);
	migrateDatabase(db, path.join(root, 'migrations'));
	const started = performance.now();
	const counts = { users: 600, supports: 0, comments: 0 };
	let themeId = 0;
	db.transaction((tx) => {
		const council = insertCouncil(
			tx,
			{
				name: 'Conseil de banc d’essai',
				slug: 'bench',
				territory: 'Banc',
				description: '',
				isPublic: true,
				weighting: 'college',
				colleges: [
					{ name: 'A', weight: 50 },
					{ name: 'B', weight: 50 }
				]
			},
			null
		);
		const sqlite = db.$client;
		const colleges = sqlite.prepare('select id from colleges where council_id = ?').all(council.id) as { id: number }[];
		const tags = sqlite.prepare('select id, kind from themes where council_id = ?').all(council.id) as { id: number; kind: string }[];
		const themes = tags.filter((t) => t.kind === 'theme').map((t) => t.id);
		const levers = tags.filter((t) => t.kind === 'lever').map((t) => t.id);
		themeId = themes[0];
		const org = sqlite.prepare("insert into organisations (name, type) values (?, 'association')");
		const user = sqlite.prepare('insert into users (email, name) values (?, ?)');
		const member = sqlite.prepare(`insert into memberships (council_id, user_id, college_id, organisation_id, roles) values (?, ?, ?, ?, '["member"]')`);
		const users: { id: number; org: number; college: number }[] = [];
		for (let i = 0; i < counts.users; i++) {
			const orgId = Number(org.run(`Organisation ${i}`).lastInsertRowid);
			const id = Number(user.run(`bench${i}@example.org`, `Membre ${i}`).lastInsertRowid);
			const college = colleges[i % colleges.length].id;
			member.run(council.id, id, college, orgId);
			users.push({ id, org: orgId, college });
		}
		const proposal = sqlite.prepare(`insert into proposals (council_id, author_id, organisation_id, college_id, title, summary, body, state, supports_count,
			comments_count, answer, answered_at, progress, submitted_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
		const version = sqlite.prepare('insert into proposal_versions (proposal_id, version, title, summary, body, created_by, created_at) values (?, 1, ?, ?, ?, ?, ?)');
		const tag = sqlite.prepare('insert into proposal_themes (proposal_id, theme_id) values (?, ?)');
		const support = sqlite.prepare('insert into proposal_supports (proposal_id, user_id, created_at) values (?, ?, ?)');
		const comment = sqlite.prepare('insert into proposal_comments (proposal_id, author_id, body, created_at) values (?, ?, ?, ?)');
		const event = sqlite.prepare("insert into proposal_events (proposal_id, actor_id, kind, to_state, created_at) values (?, ?, 'created', 'draft', ?)");
		const now = Date.now();
		for (let i = 0; i < N; i++) {
			const author = pick(users);
			const state = stateOf();
			const created = now - Math.floor(rand() * 10 * 365 * 86_400_000);
			const nSupports = state === 'draft' ? 0 : Math.floor(rand() ** 2 * 40);
			const nComments = state === 'draft' ? 0 : Math.floor(rand() ** 2 * 12);
			const answered = !['draft', 'submitted'].includes(state);
			const title = sentence(6 + Math.floor(rand() * 6));
			const summary = sentence(25);
			const body = Array.from({ length: 4 }, () => sentence(40)).join('\n\n');
			const updated = created + Math.floor(rand() * 86_400_000 * 30);
			const id = Number(
				proposal.run(
					council.id,
					author.id,
					author.org,
					author.college,
					title,
					summary,
					body,
					state,
					nSupports,
					nComments,
					answered ? sentence(20) : null,
					answered ? updated : null,
					state === 'in_implementation' ? Math.floor(rand() * 100) : null,
					state === 'draft' ? null : created,
					created,
					updated
				).lastInsertRowid
			);
			version.run(id, title, summary, body, author.id, created);
			event.run(id, author.id, created);
			const chosen = new Set<number>([pick(themes), ...(rand() < 0.5 ? [pick(themes)] : []), ...(rand() < 0.6 ? [pick(levers)] : [])]);
			for (const t of chosen) tag.run(id, t);
			const start = Math.floor(rand() * users.length);
			for (let s = 0; s < nSupports; s++) support.run(id, users[(start + s) % users.length].id, created + s * 60_000);
			for (let c = 0; c < nComments; c++) comment.run(id, pick(users).id, sentence(30), created + c * 3_600_000);
			counts.supports += nSupports;
			counts.comments += nComments;
		}
	});
	db.$client.exec('ANALYZE');
	db.$client.close();
	console.log(
		`Database: ${N.toLocaleString('en')} proposals, ${counts.supports.toLocaleString('en')} supports, ${counts.comments.toLocaleString('en')} comments, ` +
			`${counts.users} members, built in ${((performance.now() - started) / 1000).toFixed(1)} s (${dbFile})`
	);
	return { themeId };
}

function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(name: string, urlPath: string) {
	const url = `http://127.0.0.1:${PORT}${urlPath}`;
	for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer(); // warm-up
	const times: number[] = [];
	const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION });
	instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
	const result = await instance;
	times.sort((a, b) => a - b);
	return {
		name,
		path: urlPath,
		p50: percentile(times, 50),
		p95: percentile(times, 95),
		p99: percentile(times, 99),
		rps: result.requests.average,
		errors: result.non2xx + result.errors + result.timeouts,
		requests: times.length
	};
}

async function main() {
	const { themeId } = await buildDatabase();
	const server = await startServer({ root, port: PORT, dbFile, dir });
	const base = '/c/bench/proposals';
	const probe = await fetch(`http://127.0.0.1:${PORT}${base}`);
	if (probe.status !== 200) {
		server.kill('SIGTERM');
		fs.rmSync(dir, { recursive: true, force: true });
		throw new Error(`${base} answered ${probe.status}: the build in ${process.env.BUILD_DIR ?? 'build'}/ predates the proposals pages. Run \`npm run build\` first.`);
	}
	const scenarios: [string, string, boolean][] = [
		['list, page 1', base, false],
		['filter state+theme', `${base}?state=submitted&theme=${themeId}`, true],
		['filter answered+sort comments', `${base}?state=implemented&answered=yes&sort=comments`, true],
		[`search frequent word (${FREQUENT})`, `${base}?q=${encodeURIComponent(FREQUENT)}`, true],
		[`search medium word (${MEDIUM})`, `${base}?q=${encodeURIComponent(MEDIUM)}`, true],
		[`search rare word (${RARE})`, `${base}?q=${encodeURIComponent(RARE)}`, true],
		['search + state + theme', `${base}?q=${encodeURIComponent(MEDIUM)}&state=submitted&theme=${themeId}`, true],
		['search by relevance', `${base}?q=${encodeURIComponent(MEDIUM)}&sort=relevance`, false],
		['sort by supports', `${base}?sort=supports`, false],
		['page 50', `${base}?page=50`, false],
		['API search', `/api/v1/councils/bench/proposals?q=${encodeURIComponent(MEDIUM)}&pageSize=20`, false]
	];
	const rows = [];
	const loadBefore = os.loadavg()[0];
	try {
		for (const [name, url] of scenarios) {
			const r = await measure(name, url);
			rows.push(r);
			console.log(`  measured ${name}`);
		}
	} finally {
		server.kill('SIGTERM');
	}
	const pad = (s: string | number, n: number) => String(s).padEnd(n);
	const num = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
	const load = `load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`;
	console.log(`\n${CONNECTIONS} connection(s), ${DURATION} s per query, ${os.cpus().length} CPU(s), ${load}, Node ${process.version}\n`);
	console.log(`${pad('query', 40)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}${pad('req/s', 9)}${pad('errors', 8)}goal`);
	for (const [i, r] of rows.entries()) {
		const goal = scenarios[i][2] ? (r.p95 <= GOAL_MS ? 'ok' : 'MISSED') : '';
		console.log(`${pad(r.name, 40)}${pad(num(r.p50), 9)}${pad(num(r.p95), 9)}${pad(num(r.p99), 9)}${pad(r.rps.toFixed(0), 9)}${pad(r.errors, 8)}${goal}`);
	}
	console.log(`\nGoal: p95 ≤ ${GOAL_MS} ms for filtered pages and searches.`);
	if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
	const missed = rows.some((r, i) => scenarios[i][2] && r.p95 > GOAL_MS);
	process.exitCode = missed ? 1 : rows.some((r) => r.errors > 0) ? 2 : 0;
}

await main();
