// Long-series benchmark: an indicator carried from a 2016-2020 plan (yearly values) into a 2021-2026 plan where it
// is measured every day for four years (1,460 values), built through the app's services in a temporary database.
// It starts the production server on it, loads the indicator page over HTTP (as a visitor, and as the
// secretariat, who gets a correction form per row) and prints p50/p95 server time and the page's bytes, beside
// an in-run /healthz baseline (the floor of a request on this machine at this moment). Run: npm run bench:indicator
//
// Environment: BENCH_DAYS (1460), BENCH_REQUESTS per page (60), BENCH_PORT (4195), BUILD_DIR (build; built by
// src/server/start.js when missing), BENCH_KEEP=1 keeps the database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server';

const DAYS = Number(process.env.BENCH_DAYS ?? 1460);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 4195);
const GOAL_MS = 300;
const GOAL_BYTES = 200_000;
const root = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-bench-indicator-'));
const dbFile = path.join(dir, 'cocon.db');
process.env.DATABASE_PATH = dbFile;
process.env.DATA_DIR = dir;
process.env.LOG_LEVEL = 'silent';

async function buildDatabase() {
	const { openDatabase, migrateDatabase, useDatabase } = await import('../src/lib/server/db/client');
	const { insertCouncil } = await import('../src/lib/server/councils/create');
	const { insertUser } = await import('../src/lib/server/auth/users');
	const { insertMembership } = await import('../src/lib/server/councils/memberships');
	const auth = await import('../src/lib/server/auth/session');
	const { createPlan, startEvaluation } = await import('../src/lib/server/plans/plans');
	const { addNode } = await import('../src/lib/server/plans/tree');
	const { addIndicator } = await import('../src/lib/server/plans/indicators');
	const { addMeasurement } = await import('../src/lib/server/plans/measurements');
	const { adoptPlan, draftNextPlan } = await import('../src/lib/server/plans/next-plan');
	const { reviewTarget, targetsToReview } = await import('../src/lib/server/plans/target-review');
	const started = performance.now();
	const db = openDatabase(dbFile);
	migrateDatabase(db, path.join(root, 'migrations'));
	useDatabase(db); // the services below write through db()
	const slug = 'banc-indicateur';
	const { councilId, userId } = db.transaction((tx) => {
		const council = insertCouncil(tx, { name: 'Conseil de banc d’essai (indicateur)', slug, territory: 'Banc', description: '', isPublic: true, weighting: 'none' }, null);
		const user = insertUser(tx, { email: 'secretariat@bench.example.org', name: 'Secrétariat' });
		insertMembership(tx, { councilId: council.id, userId: user.id, collegeId: null, organisationId: null, roles: ['secretariat'] });
		return { councilId: council.id, userId: user.id };
	});
	const plan = createPlan({ councilId, title: 'PLDESS 2016-2020', startYear: 2016, endYear: 2020 }, userId);
	const principle = addNode(plan.id, { parentId: null, kind: 'principle', title: 'Expérimenter' }, userId);
	const objective = addNode(plan.id, { parentId: principle.id, kind: 'strategic_objective', title: 'Emploi' }, userId);
	const old = addIndicator(
		objective.id,
		{ name: 'Fréquentation des tiers-lieux', unit: 'visites', direction: 'higher', baselineValue: 100, baselineDate: '2015-12-31', targetValue: 300, targetDate: '2020-12-31', frequency: 'yearly' },
		userId
	);
	adoptPlan(plan.id, userId);
	for (let y = 2016; y <= 2020; y++) addMeasurement(old.id, { date: `${y}-12-31`, periodLabel: String(y), value: 100 + (y - 2015) * 35 }, userId);
	startEvaluation(plan.id, userId);
	const next = draftNextPlan(plan.id, { keepNodeIds: [objective.id], keepIndicatorIds: [old.id], title: 'PLDESS 2021-2026', startYear: 2021, endYear: 2026 }, userId);
	for (const t of targetsToReview(next.plan.id)) db.transaction((tx) => reviewTarget(tx, t.id, { mode: 'update', targetValue: 400, targetDate: '2026-12-31' }, userId));
	adoptPlan(next.plan.id, userId);
	const indicatorId = next.indicators[0]!.id;
	// one value a day, a weekly rhythm and a slow rise
	const t0 = Date.UTC(2021, 0, 1);
	for (let d = 0; d < DAYS; d++) {
		const date = new Date(t0 + d * 86_400_000).toISOString().slice(0, 10);
		addMeasurement(indicatorId, { date, value: Math.round(275 + d * 0.08 + 20 * Math.sin((d / 7) * 2 * Math.PI)), source: 'Compteur' }, userId);
	}
	db.$client.exec('ANALYZE');
	const token = auth.generateToken();
	auth.createSession(token, userId);
	db.$client.close();
	console.log(
		`Database: 1 indicator carried from 2016-2020 (5 yearly values) with ${DAYS.toLocaleString('en')} daily values, built in ${((performance.now() - started) / 1000).toFixed(1)} s (${dbFile})`
	);
	return { path: `/c/${slug}/plans/${next.plan.id}/indicators/${indicatorId}`, short: `/c/${slug}/plans/${plan.id}/indicators/${old.id}`, cookie: `${auth.SESSION_COOKIE}=${token}` };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** Sequential loads (one at a time: the latency of a request), after a warm-up; time to the last byte. */
async function measure(name: string, urlPath: string, cookie?: string) {
	const url = `http://127.0.0.1:${PORT}${urlPath}`;
	const headers: Record<string, string> = cookie ? { cookie } : {};
	let bytes = 0;
	let status = 0;
	for (let i = 0; i < 5; i++) await (await fetch(url, { headers })).arrayBuffer();
	const times: number[] = [];
	for (let i = 0; i < REQUESTS; i++) {
		const t = performance.now();
		const res = await fetch(url, { headers });
		const body = await res.arrayBuffer();
		times.push(performance.now() - t);
		bytes = body.byteLength;
		status = res.status;
	}
	times.sort((a, b) => a - b);
	return { name, p50: percentile(times, 50), p95: percentile(times, 95), bytes, status };
}

async function main() {
	const { path: page, short, cookie } = await buildDatabase();
	const server = await startServer({ root, port: PORT, dbFile, dir });
	const rows = [];
	const loadBefore = os.loadavg();
	try {
		const probe = await fetch(`http://127.0.0.1:${PORT}${page}`);
		if (probe.status !== 200) throw new Error(`${page} answered ${probe.status}: is the build in ${process.env.BUILD_DIR ?? 'build'}/ up to date? Run \`npm run build\` first.`);
		rows.push(await measure('/healthz (baseline)', '/healthz'));
		rows.push(await measure('short indicator (5 values), visitor', short));
		rows.push(await measure('indicator page, visitor', page));
		rows.push(await measure('indicator page, secretariat', page, cookie));
		rows.push(await measure('indicator page 20, secretariat', `${page}?page=20`, cookie));
		rows.push(await measure('/healthz (baseline, again)', '/healthz'));
	} finally {
		server.kill('SIGTERM');
	}
	const pad = (s: string | number, n: number) => String(s).padEnd(n);
	const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
	console.log(`\n${REQUESTS} sequential requests per page, ${os.cpus().length} CPU(s), load average ${load(loadBefore)} → ${load(os.loadavg())}, Node ${process.version}\n`);
	console.log(`${pad('page', 38)}${pad('status', 8)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('bytes', 10)}goal`);
	for (const r of rows) {
		const goal = r.name.startsWith('/healthz') ? '' : r.p95 <= GOAL_MS && r.bytes <= GOAL_BYTES ? 'ok' : 'MISSED';
		console.log(`${pad(r.name, 38)}${pad(r.status, 8)}${pad(r.p50.toFixed(1), 9)}${pad(r.p95.toFixed(1), 9)}${pad(r.bytes.toLocaleString('en'), 10)}${goal}`);
	}
	console.log(`\nGoal: every indicator page under ${GOAL_MS} ms (p95) and ${GOAL_BYTES / 1000} kB.`);
	if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
	process.exitCode = rows.some((r) => !r.name.startsWith('/healthz') && (r.p95 > GOAL_MS || r.bytes > GOAL_BYTES || r.status !== 200)) ? 1 : 0;
}

await main();
