// Test set-up for the plenaries services: a council with colleges A 40 / B 20 / C 25 / D 15, a secretariat, a chair,
// members per college, and an open plenary with one agenda item. Used only by *.test.ts files.
import { desc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { insertUser } from '../auth/users';
import { insertCouncil, type NewCouncil } from '../councils/create';
import { insertMembership } from '../councils/memberships';
import { colleges as collegesTable } from '../councils/tables';
import { auditLog } from '../audit/tables';
import { subscribe, type DomainEvent } from '../events/bus';
import type { PlenaryUser } from './access';
import { createPlenary, setPlenaryState } from './plenaries';
import { addAgendaItem } from './agenda';
import { checkIn } from './attendance';

export type Person = { user: PlenaryUser; membershipId: number; collegeId: number | null; name: string };

let seq = 0;

export function person(councilId: number, collegeId: number | null, roles: string[], voteWeight = 1): Person {
	return db().transaction((tx) => {
		const n = ++seq;
		const user = insertUser(tx, { email: `p${n}-${Math.random().toString(36).slice(2)}@example.org`, name: `Person ${String(n).padStart(4, '0')}` });
		const m = insertMembership(tx, { councilId, userId: user.id, collegeId, organisationId: null, roles, voteWeight });
		return { user: { id: user.id, isAdmin: false }, membershipId: m.id, collegeId, name: user.name };
	});
}

export type Fixture = Awaited<ReturnType<typeof plenaryFixture>>;

/** `perCollege` members (role member) in each of A, B, C, D; the plenary is left in `state` (default open). */
export function plenaryFixture(opts: { council?: Partial<NewCouncil>; perCollege?: [number, number, number, number]; state?: 'planned' | 'convened' | 'open' } = {}) {
	const council = db().transaction((tx) =>
		insertCouncil(
			tx,
			{
				name: 'Conseil test',
				slug: `conseil-${Math.random().toString(36).slice(2)}`,
				territory: 'Strasbourg',
				description: '',
				isPublic: true,
				weighting: 'college',
				majority: 'absolute',
				majorityBase: 'cast_abstain',
				colleges: [
					{ name: 'A', weight: 40 },
					{ name: 'B', weight: 20 },
					{ name: 'C', weight: 25 },
					{ name: 'D', weight: 15 }
				],
				...opts.council
			},
			null
		)
	);
	const colleges = db().select().from(collegesTable).where(eq(collegesTable.councilId, council.id)).orderBy(collegesTable.position).all();
	const secretariat = person(council.id, null, ['secretariat']);
	const chair = person(council.id, colleges[0]?.id ?? null, ['chair']);
	const observer = person(council.id, null, ['observer']);
	const members: Person[][] = colleges.map((c, i) => Array.from({ length: (opts.perCollege ?? [3, 2, 2, 1])[i] ?? 0 }, () => person(council.id, c.id, ['member'])));
	const plenary = createPlenary(secretariat.user, council.id, { kind: 'ordinary', title: 'Plénière de printemps', startsAt: new Date('2026-04-02T18:00:00Z'), place: 'Hôtel de ville' });
	const item = addAgendaItem(secretariat.user, plenary.id, { kind: 'vote', title: 'Orientations annuelles' });
	const state = opts.state ?? 'open';
	if (state !== 'planned') setPlenaryState(secretariat.user, plenary.id, 'convened');
	if (state === 'open') setPlenaryState(secretariat.user, plenary.id, 'open');
	return { council, colleges, secretariat, chair, observer, members, all: members.flat(), plenary, item };
}

export function checkInAll(plenaryId: number, people: Person[], mode: 'in_room' | 'remote' = 'in_room'): void {
	for (const p of people) checkIn(p.user, { plenaryId, membershipId: p.membershipId, mode });
}

/** Records the domain events published while `fn` runs. */
export function eventsDuring<T>(fn: () => T): { result: T; events: DomainEvent[] } {
	const events: DomainEvent[] = [];
	const stop = subscribe((e) => events.push(e));
	try {
		return { result: fn(), events };
	} finally {
		stop();
	}
}

export function auditActions(councilId: number): string[] {
	return db()
		.select({ action: auditLog.action })
		.from(auditLog)
		.where(eq(auditLog.councilId, councilId))
		.orderBy(desc(auditLog.id))
		.all()
		.map((r) => r.action);
}

let ballotSeq = 0;
/** A fresh client ballot id. */
export function cid(): string {
	return `cb-${++ballotSeq}-${Math.random().toString(36).slice(2, 10)}`;
}
