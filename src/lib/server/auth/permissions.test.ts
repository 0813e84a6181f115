// The permissions matrix: what every kind of person may do, written out by hand. When you add an action to
// RULES, add its row here; the first test fails until every action has one.
import { describe, expect, it } from 'vitest';
import { ACTIONS, ANONYMOUS, can, COUNCIL_ROLES, RULES, type Action, type Actor } from './permissions';

const PUBLIC = { isPublic: true };
const PRIVATE = { isPublic: false };
const user = (isAdmin = false) => ({ id: 42, isAdmin });

/** Who asks, and about which council. Council roles are checked alone, on a private council. */
const GRANTEES = {
	secretariat: { actor: { user: user(), roles: ['secretariat'] }, council: PRIVATE },
	chair: { actor: { user: user(), roles: ['chair'] }, council: PRIVATE },
	member: { actor: { user: user(), roles: ['member'] }, council: PRIVATE },
	evaluator: { actor: { user: user(), roles: ['evaluator'] }, council: PRIVATE },
	observer: { actor: { user: user(), roles: ['observer'] }, council: PRIVATE },
	/** platform administrator with no membership in the council */
	admin: { actor: { user: user(true), roles: [] }, council: PRIVATE },
	anonymousPublic: { actor: ANONYMOUS, council: PUBLIC },
	anonymousPrivate: { actor: ANONYMOUS, council: PRIVATE },
	/** logged in, not a member */
	userPublic: { actor: { user: user(), roles: [] }, council: PUBLIC },
	userPrivate: { actor: { user: user(), roles: [] }, council: PRIVATE }
} satisfies Record<string, { actor: Actor; council: { isPublic: boolean } }>;

type Bit = 0 | 1;
type Row = readonly [Bit, Bit, Bit, Bit, Bit, Bit, Bit, Bit, Bit, Bit];
const COLUMNS = Object.keys(GRANTEES) as (keyof typeof GRANTEES)[];

// prettier-ignore
const EXPECTED: Record<string, Row> = {
	//                    secr chair memb eval obs  admin anonPub anonPriv userPub userPriv
	'councils.create':    [0,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'council.read':       [1,   1,    1,   1,   1,   1,    1,      0,       1,      0],
	'council.update':     [1,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'council.presence':   [1,   1,    1,   1,   1,   1,    0,      0,       0,      0],
	'members.read':       [1,   1,    1,   1,   1,   1,    1,      0,       1,      0],
	'members.readEmails': [1,   1,    0,   0,   0,   1,    0,      0,       0,      0],
	'members.manage':     [1,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'members.requestJoin':[0,   0,    0,   0,   0,   0,    1,      0,       1,      0],
	'audit.read':         [1,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'proposals.read':     [1,   1,    1,   1,   1,   1,    1,      0,       1,      0],
	'proposals.create':   [0,   0,    1,   0,   0,   0,    0,      0,       0,      0],
	'proposals.support':  [0,   0,    1,   0,   0,   0,    0,      0,       0,      0],
	'proposals.comment':  [1,   1,    1,   1,   0,   0,    0,      0,       0,      0],
	'proposals.amend':    [0,   0,    1,   0,   0,   0,    0,      0,       0,      0],
	'proposals.moderate': [1,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'proposals.answer':   [1,   1,    0,   0,   0,   1,    0,      0,       0,      0],
	'plenaries.read':      [1,   1,    1,   1,   1,   1,    1,      0,       1,      0],
	'plenaries.manage':    [1,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'plenaries.attend':    [1,   1,    1,   1,   1,   0,    0,      0,       0,      0],
	'speakers.ask':       [0,   0,    1,   0,   0,   0,    0,      0,       0,      0],
	'speakers.manage':    [1,   1,    0,   0,   0,   1,    0,      0,       0,      0],
	'votes.manage':       [1,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'votes.cast':         [0,   0,    1,   0,   0,   0,    0,      0,       0,      0],
	'plans.read':         [1,   1,    1,   1,   1,   1,    1,      0,       1,      0],
	'plans.manage':       [1,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'indicators.measure': [1,   0,    0,   1,   0,   1,    0,      0,       0,      0],
	'evaluation.manage':  [1,   0,    0,   1,   0,   1,    0,      0,       0,      0],
	'evaluation.readPrivate': [1, 0,  0,   1,   0,   1,    0,      0,       0,      0],
	'evaluation.respond': [1,   1,    1,   1,   1,   0,    0,      0,       0,      0],
	'workshops.read':       [1,   1,    1,   1,   1,   1,    0,      0,       0,      0],
	'workshops.manage':     [1,   0,    0,   0,   0,   1,    0,      0,       0,      0],
	'workshops.participate':[0,   0,    1,   0,   0,   0,    0,      0,       0,      0],
	'workshops.facilitate': [1,   1,    1,   0,   0,   0,    0,      0,       0,      0]
};

const expected = (action: string) => Object.fromEntries(COLUMNS.map((c, i) => [c, EXPECTED[action]?.[i] === 1]));

describe('permissions matrix', () => {
	it('has an expected row for every action in RULES, and no row for an action that does not exist', () => {
		const missing = ACTIONS.filter((a) => !(a in EXPECTED));
		const stale = Object.keys(EXPECTED).filter((a) => !(a in RULES));
		expect({ missing, stale }).toEqual({ missing: [], stale: [] });
	});

	it('lists every council role as a column', () => {
		for (const role of COUNCIL_ROLES) expect(COLUMNS).toContain(role);
	});

	it.each(ACTIONS)('%s', (action) => {
		const actual = Object.fromEntries(COLUMNS.map((c) => [c, can(GRANTEES[c].actor, action, GRANTEES[c].council)]));
		expect(actual).toEqual(expected(action));
	});

	it.each(ACTIONS)('%s: a public council adds only what the public may do to a role', (action) => {
		for (const role of COUNCIL_ROLES) {
			const onPublic = can({ user: user(), roles: [role] }, action, PUBLIC);
			expect(onPublic, role).toBe(expected(action)[role] || expected(action).userPublic);
		}
	});

	it.each(ACTIONS)('%s: several roles add up (the demo chair is chair and member)', (action) => {
		const both = can({ user: user(), roles: ['chair', 'member'] }, action, PRIVATE);
		expect(both).toBe(expected(action).chair || expected(action).member);
	});

	it.each(ACTIONS)('%s: without a council, only the platform admin may act', (action: Action) => {
		expect(can(GRANTEES.admin.actor, action)).toBe(expected(action).admin);
		expect(can({ user: user(), roles: ['secretariat', 'chair', 'member'] }, action)).toBe(false);
		expect(can(ANONYMOUS, action)).toBe(false);
	});

	it('ignores roles that are not council roles', () => {
		for (const action of ACTIONS) {
			expect(can({ user: user(), roles: ['admin', 'public', 'superuser'] }, action, PRIVATE)).toBe(false);
		}
	});
});
