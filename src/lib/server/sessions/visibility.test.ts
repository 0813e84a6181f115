import { describe, expect, it } from 'vitest';
import { sessionVisibleTo, votesVisibleTo } from './visibility';
import { SESSION_STATES } from './access';

const council = { isPublic: true };
const anonymous = { user: null, roles: [] };
const member = { user: { id: 2, isAdmin: false }, roles: ['member'] };
const secretariat = { user: { id: 3, isAdmin: false }, roles: ['secretariat'] };
const admin = { user: { id: 1, isAdmin: true }, roles: [] };

describe('who sees a session', () => {
	it('keeps a planned session (agenda not yet published) to those who manage sessions', () => {
		expect(sessionVisibleTo(anonymous, council, { state: 'planned' })).toBe(false);
		expect(sessionVisibleTo(member, council, { state: 'planned' })).toBe(false);
		expect(sessionVisibleTo(secretariat, council, { state: 'planned' })).toBe(true);
		expect(sessionVisibleTo(admin, council, { state: 'planned' })).toBe(true);
	});
	it('shows every later state to every reader', () => {
		for (const state of SESSION_STATES.filter((s) => s !== 'planned')) {
			expect(sessionVisibleTo(anonymous, council, { state })).toBe(true);
			expect(sessionVisibleTo(member, council, { state })).toBe(true);
		}
	});
});

describe('who sees draft votes in listings', () => {
	it('only those who manage votes; every other state to every reader', () => {
		const list = [
			{ id: 1, state: 'draft' },
			{ id: 2, state: 'open' },
			{ id: 3, state: 'closed' },
			{ id: 4, state: 'published' }
		];
		expect(votesVisibleTo(anonymous, council, list).map((v) => v.id)).toEqual([2, 3, 4]);
		expect(votesVisibleTo(member, council, list).map((v) => v.id)).toEqual([2, 3, 4]);
		expect(votesVisibleTo(secretariat, council, list).map((v) => v.id)).toEqual([1, 2, 3, 4]);
		expect(votesVisibleTo(admin, council, list).map((v) => v.id)).toEqual([1, 2, 3, 4]);
	});
});
