import { describe, expect, it } from 'vitest';
import { sessionVisibleTo } from './visibility';
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
