import { describe, expect, it } from 'vitest';
import { plenaryVisibleTo, votesVisibleTo } from './visibility';
import { PLENARY_STATES } from './access';

const council = { isPublic: true };
const anonymous = { user: null, roles: [] };
const member = { user: { id: 2, isAdmin: false }, roles: ['member'] };
const secretariat = { user: { id: 3, isAdmin: false }, roles: ['secretariat'] };
const admin = { user: { id: 1, isAdmin: true }, roles: [] };

describe('who sees a plenary', () => {
	it('keeps a planned plenary (agenda not yet published) to those who manage plenaries', () => {
		expect(plenaryVisibleTo(anonymous, council, { state: 'planned' })).toBe(false);
		expect(plenaryVisibleTo(member, council, { state: 'planned' })).toBe(false);
		expect(plenaryVisibleTo(secretariat, council, { state: 'planned' })).toBe(true);
		expect(plenaryVisibleTo(admin, council, { state: 'planned' })).toBe(true);
	});
	it('shows every later state to every reader', () => {
		for (const state of PLENARY_STATES.filter((s) => s !== 'planned')) {
			expect(plenaryVisibleTo(anonymous, council, { state })).toBe(true);
			expect(plenaryVisibleTo(member, council, { state })).toBe(true);
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
