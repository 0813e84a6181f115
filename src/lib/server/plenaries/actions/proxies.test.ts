// Revoking a proxy through the declared action: the giver and the holder revoke their own proxy, the secretariat
// any, and so does the platform administrator (the README: the admin may do what the secretariat does), who has no
// membership in the council and was refused at the door by the old route's 'plenaries.attend' check.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, useTestDatabase } from '../../db/client';
import { insertUser } from '../../auth/users';
import type { Actor } from '../../auth/permissions';
import { perform } from '../../actions/perform';
import { refusalCode } from '../../test-support';
import { giveProxy as give, listProxies } from '../proxies';
import { auditActions, plenaryFixture, type Person } from '../test-fixtures';
import { revokeProxy } from './proxies';

const actorOf = (p: Person, roles: string[]): Actor => ({ user: p.user, roles });

describe('plenaries.revokeProxy', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	function withProxy() {
		const f = plenaryFixture({ state: 'convened' });
		const [giver, holder, other] = f.all;
		give(giver.user, { plenaryId: f.plenary.id, giverMembershipId: giver.membershipId, holderMembershipId: holder.membershipId });
		const input = { plenaryId: f.plenary.id, giverMembershipId: giver.membershipId };
		return { f, giver, holder, other, input };
	}

	it('lets the platform administrator revoke a proxy at the door, audited, without a membership in the council', () => {
		const { f, input } = withProxy();
		const admin = db().transaction((tx) => insertUser(tx, { email: 'admin-door@example.org', name: 'Admin', isAdmin: true }));
		perform({ user: { id: admin.id, isAdmin: true }, roles: [] }, f.council, revokeProxy, input);
		expect(listProxies(f.plenary.id)).toEqual([]);
		expect(auditActions(f.council.id)[0]).toBe('proxy.revoke');
	});

	it('lets the secretariat and the holder revoke, and refuses a member who is neither giver nor holder', () => {
		const { f, giver, holder, other, input } = withProxy();
		expect(refusalCode(() => perform(actorOf(other, ['member']), f.council, revokeProxy, input))).toBe('plenaries_error_forbidden');
		expect(refusalCode(() => perform(actorOf(f.observer, ['observer']), f.council, revokeProxy, input))).toBe('plenaries_error_forbidden');
		perform(actorOf(holder, ['member']), f.council, revokeProxy, input);
		expect(listProxies(f.plenary.id)).toEqual([]);
		give(giver.user, { plenaryId: f.plenary.id, giverMembershipId: giver.membershipId, holderMembershipId: holder.membershipId });
		perform(actorOf(f.secretariat, ['secretariat']), f.council, revokeProxy, input);
		expect(listProxies(f.plenary.id)).toEqual([]);
	});

	it('refuses anonymous visitors and a proxy of another council’s plenary as not found', () => {
		const { f, input } = withProxy();
		const elsewhere = plenaryFixture({ state: 'convened' });
		expect(refusalCode(() => perform({ user: null, roles: [] }, f.council, revokeProxy, input))).toBe('common_error_login_required');
		expect(refusalCode(() => perform(actorOf(elsewhere.secretariat, ['secretariat']), elsewhere.council, revokeProxy, input))).toBe('plenaries_error_not_found');
		expect(listProxies(f.plenary.id)).toHaveLength(1);
	});
});
