// Generated from the registry: every declared action, for every kind of visitor, is allowed or refused as the
// permission table says; every action, given the ids of another council's objects, does not act; and a workshop
// guest (a person whose only link to the council is a guest link) is refused everything the table does not grant,
// except what `admit` lets them do on their own workshop: contribute to it.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, ne } from 'drizzle-orm';
import { RULES, type Actor } from '../auth/permissions';
import { users } from '../auth/tables';
import { db, useTestDatabase } from '../db/client';
import { getCouncilBySlug, type CouncilRow } from '../councils/councils';
import { DEMO_COUNCIL_SLUG, seedDemo } from '../demo/seed';
import { insertUser } from '../auth/users';
import { actorFor } from '../proposals/access';
import { secondCouncil, setup } from '../proposals/test-fixtures';
import { acceptGuestLinkAsUser, createGuestLink } from '../workshops/guests';
import { workshops } from '../workshops/tables';
import { insertWorkshop } from '../workshops/workshops';
import type { AnyAction } from './define';
import { execute, permits } from './execute';
import { ACTION_LIST } from './registry';
import { NAMES_NO_OBJECT, SAMPLES, type SampleWorld } from './samples';

/** A fingerprint of every row of every table: equal fingerprints, nothing written. */
function fingerprint(): string {
	const hash = createHash('sha256');
	const tables = db().$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
	for (const table of tables) {
		hash.update(table);
		for (const row of db().$client.prepare(`select * from "${table}"`).raw().iterate()) hash.update(JSON.stringify(row, (_, v) => (typeof v === 'bigint' ? String(v) : v)));
	}
	return hash.digest('hex');
}

type Grantee = (typeof RULES)[keyof typeof RULES][number];

/**
 * What the table (not can()) says: may a visitor with these council roles, or an administrator, pass the role check
 * (in a public council, the rules granted to 'public' pass for everyone)?
 */
function tableAllows(action: AnyAction, who: { roles: readonly string[]; admin: boolean; user: boolean }, council: { isPublic: boolean } = { isPublic: false }): boolean {
	if (action.permission === 'anyone') return true;
	if (action.permission === 'authenticated') return who.user;
	const grantees: readonly Grantee[] = RULES[action.permission];
	return (who.admin && grantees.includes('admin')) || (council.isPublic && grantees.includes('public')) || who.roles.some((r) => grantees.includes(r as Grantee));
}

/** A new account made a guest of one workshop with its link; no membership of the council. */
function workshopGuest(council: CouncilRow, facilitator: Actor, workshopId: number): Actor {
	const link = createGuestLink(facilitator, workshopId, 'Invitée');
	const guest = db().transaction((tx) => insertUser(tx, { email: `guest-${council.id}-${workshopId}@example.org`, name: 'Gaëlle Invitée' }));
	acceptGuestLinkAsUser(link.token, guest.id);
	return actorFor(guest.id, council.id);
}

describe('every action × every visitor: the permission table decides', () => {
	let council: CouncilRow;
	let visitors: { name: string; actor: Actor; roles: readonly string[]; admin: boolean }[];
	beforeAll(() => {
		const fx = setup({ isPublic: false });
		const other = secondCouncil();
		council = fx.council;
		const a = fx.actors;
		const workshopId = db().transaction((tx) => insertWorkshop(tx, council.id, { title: 'Atelier', year: 2026, themeId: fx.theme[0].id, mandate: '', facilitatorIds: [fx.people.author.id] }, null)).id;
		visitors = [
			{ name: 'anonymous', actor: a.anonymous, roles: [], admin: false },
			{ name: 'observer', actor: a.observer, roles: ['observer'], admin: false },
			{ name: 'member', actor: a.member, roles: ['member'], admin: false },
			{ name: 'chair', actor: a.chair, roles: ['chair'], admin: false },
			{ name: 'evaluator', actor: a.evaluator, roles: ['evaluator'], admin: false },
			{ name: 'secretariat', actor: a.secretariat, roles: ['secretariat'], admin: false },
			{ name: 'admin', actor: a.admin, roles: [], admin: true },
			// the secretariat of another council: no role in this one
			{ name: 'other council', actor: { ...other.actors.secretariat, roles: [] }, roles: [], admin: false },
			{ name: 'outsider (no membership)', actor: a.outsider, roles: [], admin: false },
			// a guest of one workshop of this council, and nothing else (what `admit` lets them do: the last describe)
			{ name: 'workshop guest', actor: workshopGuest(council, a.author, workshopId), roles: [], admin: false }
		];
	});

	it('has actions to check', () => expect(ACTION_LIST.length).toBeGreaterThan(0));

	for (const action of ACTION_LIST) {
		it(`${action.name} (${action.permission})`, async () => {
			for (const v of visitors) {
				const allowed = tableAllows(action, { roles: v.roles, admin: v.admin, user: v.actor.user !== null }, council);
				expect(permits(action, v.actor, council), `${v.name}: runner and table agree`).toBe(allowed);
				if (allowed || action.admit) continue; // admitted visitors are checked on the objects (scope test)
				const before = fingerprint();
				const result = await execute(v.actor, council, action, {});
				expect(result, v.name).toMatchObject({ ok: false, status: v.actor.user ? 403 : 401 });
				expect(fingerprint(), `${v.name}: nothing written`).toBe(before);
			}
		});
	}
});

describe("every action × another council's objects: refused, nothing written", () => {
	let demo: CouncilRow;
	let world: SampleWorld;
	let outsiderCouncil: CouncilRow;
	let outsiderAdmin: Actor;
	let demoActors: Actor[];
	beforeAll(async () => {
		useTestDatabase();
		await seedDemo();
		demo = getCouncilBySlug(DEMO_COUNCIL_SLUG)!;
		const userId = (email: string) => db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
		world = { db: db(), councilId: demo.id, userId };
		// a second council in the same database, whose secretariat (also platform admin) posts the demo's ids
		const fx = setup({ sameDatabase: true, isPublic: true });
		outsiderCouncil = fx.council;
		db().update(users).set({ isAdmin: true }).where(eq(users.id, fx.people.secretariat.id)).run();
		outsiderAdmin = actorFor(fx.people.secretariat.id, fx.council.id);
		demoActors = ['admin@demo.cocon.fr', 'secretariat@demo.cocon.fr', 'presidence@demo.cocon.fr', 'membre@demo.cocon.fr', 'evaluation@demo.cocon.fr'].map((e) => actorFor(userId(e), demo.id));
	}, 120_000);

	it('has a sample for every action', () => {
		expect(ACTION_LIST.filter((a) => (a.council ?? 'required') === 'required' && !SAMPLES[a.name]).map((a) => a.name)).toEqual([]);
	});

	for (const action of ACTION_LIST.filter((a) => (a.council ?? 'required') === 'required')) {
		it(action.name, async () => {
			const sample = SAMPLES[action.name];
			if (!sample || sample === NAMES_NO_OBJECT) return; // reported above / nothing of another council to name
			const input = sample(world);
			const insider = demoActors.find((a) => permits(action, a, demo));
			const outsider = permits(action, outsiderAdmin, outsiderCouncil) ? outsiderAdmin : { ...outsiderAdmin, roles: ['member'] };
			const before = fingerprint();
			const refused = await execute(outsider, outsiderCouncil, action, input);
			// refused for the objects (not found, or an id the input may not name), never for want of a role
			expect(refused, 'posted from another council').toMatchObject({ ok: false });
			expect([400, 404], `refusal ${refused.ok ? '' : refused.code}`).toContain(refused.ok ? 200 : refused.status);
			if (!refused.ok) expect(refused.code).not.toBe('common_error_invalid_input');
			expect(fingerprint(), 'nothing written').toBe(before);
			// the same input within its own council reaches the objects (the sample is not simply invalid)
			expect(insider, 'a demo account may do it').toBeDefined();
			const own = await execute(insider!, demo, action, input);
			if (!own.ok) {
				expect(own.status, `found in its own council (${own.code})`).not.toBe(404);
				expect(own.code, 'the sample is valid input').not.toBe('common_error_invalid_input');
			}
		});
	}
});

/**
 * What a workshop guest may do on their own workshop (workshops/access.ts: read and contribute): the actions that
 * `admit` lets them through and whose service then accepts them. Everything else refuses them with a 403.
 */
const GUEST_CONTRIBUTES: ReadonlySet<string> = new Set(['workshops.postContribution', 'workshops.toggleVote', 'workshops.commentContribution', 'workshops.saveNotes']);

describe('every action × a workshop guest: refused as the table says, admitted only to contribute to their workshop', () => {
	let demo: CouncilRow;
	let world: SampleWorld;
	let guest: Actor;
	let ownWorkshop: number;
	let otherWorkshop: number;
	beforeAll(async () => {
		useTestDatabase();
		await seedDemo();
		demo = getCouncilBySlug(DEMO_COUNCIL_SLUG)!;
		const userId = (email: string) => db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
		world = { db: db(), councilId: demo.id, userId };
		// the workshop the samples name (the council's first open workshop), and another one of the council
		ownWorkshop = db()
			.select({ id: workshops.id })
			.from(workshops)
			.where(and(eq(workshops.councilId, demo.id), eq(workshops.status, 'open')))
			.get()!.id;
		otherWorkshop = db()
			.select({ id: workshops.id })
			.from(workshops)
			.where(and(eq(workshops.councilId, demo.id), ne(workshops.id, ownWorkshop)))
			.get()!.id;
		guest = workshopGuest(demo, actorFor(userId('secretariat@demo.cocon.fr'), demo.id), ownWorkshop);
	}, 120_000);

	it('is a guest and nothing else: no role in the council', () => {
		expect(guest.roles).toEqual([]);
		for (const name of GUEST_CONTRIBUTES) expect(ACTION_LIST.find((a) => a.name === name)?.admit, name).toBeDefined();
	});

	for (const action of ACTION_LIST.filter((a) => (a.council ?? 'required') === 'required')) {
		it(action.name, async () => {
			const allowed = tableAllows(action, { roles: [], admin: false, user: true }, demo);
			expect(permits(action, guest, demo), 'runner and table agree').toBe(allowed);
			if (allowed) return; // granted to the public of this public council, as to any visitor
			const sample = SAMPLES[action.name];
			const input = !sample || sample === NAMES_NO_OBJECT ? {} : sample(world);
			if (GUEST_CONTRIBUTES.has(action.name)) {
				expect(input.workshopId, 'the sample names the guest’s workshop').toBe(ownWorkshop);
				// another workshop of the same council does not exist for the guest
				const before = fingerprint();
				expect(await execute(guest, demo, action, { ...input, workshopId: otherWorkshop }), 'another workshop').toMatchObject({ ok: false, status: 404 });
				expect(fingerprint(), 'nothing written on another workshop').toBe(before);
				expect(await execute(guest, demo, action, input), 'their own workshop').toMatchObject({ ok: true });
				return;
			}
			const before = fingerprint();
			const result = await execute(guest, demo, action, input);
			expect(result, 'refused').toMatchObject({ ok: false, status: 403 });
			expect(fingerprint(), 'nothing written').toBe(before);
		});
	}
});
