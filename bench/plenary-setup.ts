// Plenary benchmark, part 1: the temporary database. A council with four weighted colleges, N active members (bulk
// insert, one transaction), a secretariat, an open plenary with everyone checked in, one agenda item with a draft
// yes/no/abstain vote, and a login session per person created through the session service (the cookie the
// browser would send). Runs in the benchmark's process, before the server starts on the same file.
import path from 'node:path';

export type Voter = { userId: number; membershipId: number; cookie: string };
export type BenchData = { slug: string; plenaryId: number; voteId: number; secretariatCookie: string; voters: Voter[]; seconds: number };

export async function buildDatabase(opts: { root: string; dbFile: string; voters: number; secret: boolean }): Promise<BenchData> {
	const { openDatabase, migrateDatabase, useDatabase } = await import('../src/lib/server/db/client');
	const { insertCouncil } = await import('../src/lib/server/councils/create');
	const { insertUser } = await import('../src/lib/server/auth/users');
	const { insertMembership } = await import('../src/lib/server/councils/memberships');
	const auth = await import('../src/lib/server/auth/session');
	const { createPlenary, setPlenaryState } = await import('../src/lib/server/plenaries/plenaries');
	const { addAgendaItem } = await import('../src/lib/server/plenaries/agenda');
	const { createVote } = await import('../src/lib/server/plenaries/votes');
	const started = performance.now();
	const db = openDatabase(opts.dbFile);
	migrateDatabase(db, path.join(opts.root, 'migrations'));
	useDatabase(db); // the services below write through db()
	const slug = 'banc-pleniere';
	const sqlite = db.$client;

	const { councilId, secretariat, voters } = db.transaction((tx) => {
		const council = insertCouncil(
			tx,
			{
				name: 'Conseil de banc d’essai (plénière)',
				slug,
				territory: 'Banc',
				description: '',
				isPublic: false,
				weighting: 'college',
				majority: 'absolute',
				majorityBase: 'cast_abstain',
				colleges: [
					{ name: 'A', weight: 40 },
					{ name: 'B', weight: 20 },
					{ name: 'C', weight: 25 },
					{ name: 'D', weight: 15 }
				]
			},
			null
		);
		const colleges = (sqlite.prepare('select id from colleges where council_id = ? order by position').all(council.id) as { id: number }[]).map((c) => c.id);
		const user = insertUser(tx, { email: 'secretariat@bench.example.org', name: 'Secrétariat' });
		const m = insertMembership(tx, { councilId: council.id, userId: user.id, collegeId: null, organisationId: null, roles: ['secretariat'] });
		const insertUserRow = sqlite.prepare('insert into users (email, name) values (?, ?)');
		const insertMember = sqlite.prepare(`insert into memberships (council_id, user_id, college_id, organisation_id, roles) values (?, ?, ?, null, '["member"]')`);
		const voters: Omit<Voter, 'cookie'>[] = [];
		for (let i = 0; i < opts.voters; i++) {
			const userId = Number(insertUserRow.run(`membre${i}@bench.example.org`, `Membre ${i}`).lastInsertRowid);
			const membershipId = Number(insertMember.run(council.id, userId, colleges[i % colleges.length]).lastInsertRowid);
			voters.push({ userId, membershipId });
		}
		return { councilId: council.id, secretariat: { user: { id: user.id, isAdmin: false }, membershipId: m.id }, voters };
	});

	const plenary = createPlenary(secretariat.user, councilId, { kind: 'ordinary', title: 'Plénière de banc d’essai', startsAt: new Date(), place: 'Salle du banc' });
	const item = addAgendaItem(secretariat.user, plenary.id, { kind: 'vote', title: 'Orientations annuelles' });
	setPlenaryState(secretariat.user, plenary.id, 'convened');
	setPlenaryState(secretariat.user, plenary.id, 'open');
	const vote = createVote(secretariat.user, item.id, { question: 'Adoptez-vous les orientations annuelles ?', method: 'yes_no_abstain', secrecy: opts.secret ? 'secret' : 'named' });

	// everyone checks in remotely (bulk: the same row checkIn() writes for a member checking themself in)
	db.transaction(() => {
		const checkIn = sqlite.prepare(`insert into attendance (session_id, membership_id, mode, checked_in_at, checked_in_by) values (?, ?, 'remote', ?, ?)`);
		const now = Date.now();
		for (const v of voters) checkIn.run(plenary.id, v.membershipId, now, v.userId);
	});

	const cookieFor = (userId: number) => {
		const token = auth.generateToken();
		auth.createSession(token, userId);
		return `${auth.SESSION_COOKIE}=${token}`;
	};
	const data: BenchData = {
		slug,
		plenaryId: plenary.id,
		voteId: vote.id,
		secretariatCookie: cookieFor(secretariat.user.id),
		voters: voters.map((v) => ({ ...v, cookie: cookieFor(v.userId) })),
		seconds: 0
	};
	sqlite.exec('ANALYZE');
	sqlite.close();
	data.seconds = (performance.now() - started) / 1000;
	return data;
}

export type DbCheck = {
	state: string;
	rows: number;
	participations: number;
	distinctMembers: number;
	distinctClientIds: number;
	receipts: number;
	byChoice: Record<string, number>;
	missing: number;
	/** the stored result: online ballots counted and the decision */
	resultOnline: number;
	decision: string;
};

/** Reads back the vote after close: ballots (or participations + secret ballots), receipts, choices. */
export async function checkDatabase(dbFile: string, voteId: number, secret: boolean, acked: Set<string>): Promise<DbCheck> {
	const Database = (await import('better-sqlite3')).default;
	const sqlite = new Database(dbFile, { readonly: true });
	try {
		const one = (sql: string) => (sqlite.prepare(sql).get(voteId) as { n: number }).n;
		const state = (sqlite.prepare('select state from votes where id = ?').get(voteId) as { state: string }).state;
		const table = secret ? 'vote_participations' : 'ballots';
		const rows = one(`select count(*) n from ${secret ? 'secret_ballots' : 'ballots'} where vote_id = ?`);
		const participations = one(`select count(*) n from ${table} where vote_id = ?`);
		const distinctMembers = one(`select count(distinct represented_membership_id) n from ${table} where vote_id = ?`);
		const distinctClientIds = one(`select count(distinct client_ballot_id) n from ${table} where vote_id = ?`);
		const receipts = one('select count(*) n from ballot_receipts where vote_id = ?');
		const stored = new Set((sqlite.prepare('select client_ballot_id id from ballot_receipts where vote_id = ?').all(voteId) as { id: string }[]).map((r) => r.id));
		let missing = 0;
		for (const id of acked) if (!stored.has(id)) missing++;
		const byChoice: Record<string, number> = {};
		for (const r of sqlite.prepare(`select choice, count(*) n from ${secret ? 'secret_ballots' : 'ballots'} where vote_id = ? group by choice`).all(voteId) as { choice: string; n: number }[])
			byChoice[(JSON.parse(r.choice) as string[]).join('+')] = r.n;
		const result = (sqlite.prepare('select result from votes where id = ?').get(voteId) as { result: string | null }).result;
		const parsed = result ? (JSON.parse(result) as { decision?: unknown; ballots?: { online?: number } }) : null;
		return { state, rows, participations, distinctMembers, distinctClientIds, receipts, byChoice, missing, resultOnline: parsed?.ballots?.online ?? -1, decision: String(parsed?.decision ?? '') };
	} finally {
		sqlite.close();
	}
}
