import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { DomainError } from '../errors';
import { memberships } from '../councils/tables';
import { auditActions, checkInAll, eventsDuring, person, plenaryFixture } from './test-fixtures';
import { attendanceSummary, checkIn, checkOut, listAttendance } from './attendance';
import { giveProxy, listProxies, revokeProxy } from './proxies';
import { setPlenaryState } from './plenaries';
import { refusalCode } from '../test-support';

const code = refusalCode;

describe('check in and out', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('lets members check themselves in and out, in the room or remote, without an audit entry', () => {
		const f = plenaryFixture();
		const [a] = f.all;
		const { events } = eventsDuring(() => checkIn(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId, mode: 'remote' }));
		expect(events).toEqual([{ type: 'attendance.changed', councilId: f.council.id, plenaryId: f.plenary.id, what: 'presence', membershipIds: [a.membershipId] }]);
		expect(listAttendance(f.plenary.id).find((e) => e.membershipId === a.membershipId)?.mode).toBe('remote');
		checkIn(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId, mode: 'in_room' });
		expect(attendanceSummary(f.plenary.id)).toMatchObject({ present: 1, inRoom: 1, remote: 0 });
		checkOut(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId });
		expect(attendanceSummary(f.plenary.id).present).toBe(0);
		expect(code(() => checkOut(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId }))).toBe('ok'); // already out: still a row
		expect(auditActions(f.council.id).filter((x) => x.startsWith('attendance.'))).toEqual([]);
		expect(code(() => checkIn(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId, mode: 'sofa' as never }))).toBe('plenaries_error_mode');
	});

	it('lets the secretariat check others in at the door, audited; a member cannot check someone else in', () => {
		const f = plenaryFixture();
		const [a, b] = f.all;
		expect(code(() => checkIn(a.user, { plenaryId: f.plenary.id, membershipId: b.membershipId, mode: 'in_room' }))).toBe('plenaries_error_forbidden');
		const row = checkIn(f.secretariat.user, { plenaryId: f.plenary.id, membershipId: b.membershipId, mode: 'in_room' });
		expect(row.checkedInBy).toBe(f.secretariat.user.id);
		checkOut(f.secretariat.user, { plenaryId: f.plenary.id, membershipId: b.membershipId });
		expect(auditActions(f.council.id).slice(0, 2)).toEqual(['attendance.check_out', 'attendance.check_in']);
		expect(code(() => checkOut(f.secretariat.user, { plenaryId: f.plenary.id, membershipId: a.membershipId }))).toBe('plenaries_error_not_checked_in');
	});

	it('opens attendance from convocation until the plenary closes', () => {
		const f = plenaryFixture({ state: 'planned' });
		const [a] = f.all;
		const go = () => checkIn(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId, mode: 'in_room' });
		expect(code(go)).toBe('plenaries_error_attendance_state');
		setPlenaryState(f.secretariat.user, f.plenary.id, 'convened');
		expect(code(go)).toBe('ok');
		setPlenaryState(f.secretariat.user, f.plenary.id, 'open');
		setPlenaryState(f.secretariat.user, f.plenary.id, 'closed');
		expect(code(go)).toBe('plenaries_error_attendance_state');
	});

	it('refuses deactivated members and members of another council', () => {
		const f = plenaryFixture();
		const other = plenaryFixture();
		const [a] = f.all;
		db().update(memberships).set({ status: 'deactivated' }).where(eq(memberships.id, a.membershipId)).run();
		expect(code(() => checkIn(f.secretariat.user, { plenaryId: f.plenary.id, membershipId: a.membershipId, mode: 'in_room' }))).toBe('plenaries_error_member_inactive');
		expect(code(() => checkIn(f.secretariat.user, { plenaryId: f.plenary.id, membershipId: other.all[0].membershipId, mode: 'in_room' }))).toBe('plenaries_error_member_not_found');
	});
});

describe('proxies', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('lets a member give their proxy, within the council’s limit per holder (default 1)', () => {
		const f = plenaryFixture({ state: 'planned' });
		const [a, b, c] = f.all;
		const p = giveProxy(a.user, { plenaryId: f.plenary.id, giverMembershipId: a.membershipId, holderMembershipId: c.membershipId });
		expect(p).toMatchObject({ giverMembershipId: a.membershipId, holderMembershipId: c.membershipId });
		const e = (() => {
			try {
				giveProxy(b.user, { plenaryId: f.plenary.id, giverMembershipId: b.membershipId, holderMembershipId: c.membershipId });
			} catch (err) {
				return err as DomainError;
			}
		})();
		expect(e).toMatchObject({ code: 'plenaries_error_proxy_limit', field: 'holderMembershipId', params: { limit: 1 } });
		expect(auditActions(f.council.id)[0]).toBe('proxy.give');
	});

	it('allows more proxies per holder when the council says so, and none when the limit is 0', () => {
		const two = plenaryFixture({ council: { proxyLimit: 2 }, perCollege: [4, 0, 0, 0] });
		const [a, b, c, d] = two.all;
		giveProxy(a.user, { plenaryId: two.plenary.id, giverMembershipId: a.membershipId, holderMembershipId: d.membershipId });
		giveProxy(b.user, { plenaryId: two.plenary.id, giverMembershipId: b.membershipId, holderMembershipId: d.membershipId });
		expect(code(() => giveProxy(c.user, { plenaryId: two.plenary.id, giverMembershipId: c.membershipId, holderMembershipId: d.membershipId }))).toBe('plenaries_error_proxy_limit');
		const none = plenaryFixture({ council: { proxyLimit: 0 } });
		const [x, y] = none.all;
		expect(code(() => giveProxy(x.user, { plenaryId: none.plenary.id, giverMembershipId: x.membershipId, holderMembershipId: y.membershipId }))).toBe('plenaries_error_proxies_disabled');
	});

	it('refuses self proxies, second proxies, chains, non-voters and other people’s proxies', () => {
		const f = plenaryFixture({ council: { proxyLimit: 3 }, perCollege: [5, 0, 0, 0] });
		const [a, b, c, d] = f.all;
		const s = f.plenary.id;
		const give = (by: typeof a, giver: number, holder: number) => () => giveProxy(by.user, { plenaryId: s, giverMembershipId: giver, holderMembershipId: holder });
		expect(code(give(a, a.membershipId, a.membershipId))).toBe('plenaries_error_proxy_self');
		expect(code(give(a, b.membershipId, c.membershipId))).toBe('plenaries_error_forbidden');
		expect(code(give(a, a.membershipId, f.observer.membershipId))).toBe('plenaries_error_not_entitled');
		expect(code(give(a, a.membershipId, b.membershipId))).toBe('ok');
		expect(code(give(a, a.membershipId, c.membershipId))).toBe('plenaries_error_proxy_exists');
		expect(code(give(b, b.membershipId, c.membershipId))).toBe('plenaries_error_proxy_chain'); // b holds a's proxy
		expect(code(give(c, c.membershipId, a.membershipId))).toBe('plenaries_error_proxy_chain'); // a gave theirs
		expect(code(give(f.secretariat, d.membershipId, c.membershipId))).toBe('ok');
		expect(listProxies(s)).toHaveLength(2);
	});

	it('revokes a proxy by the giver, the holder or the secretariat, until the plenary closes', () => {
		const f = plenaryFixture({ perCollege: [4, 0, 0, 0] });
		const [a, b, c, d] = f.all;
		const s = f.plenary.id;
		giveProxy(a.user, { plenaryId: s, giverMembershipId: a.membershipId, holderMembershipId: b.membershipId });
		expect(code(() => revokeProxy(c.user, { plenaryId: s, giverMembershipId: a.membershipId }))).toBe('plenaries_error_forbidden');
		revokeProxy(b.user, { plenaryId: s, giverMembershipId: a.membershipId });
		expect(listProxies(s)).toEqual([]);
		giveProxy(c.user, { plenaryId: s, giverMembershipId: c.membershipId, holderMembershipId: d.membershipId });
		setPlenaryState(f.secretariat.user, s, 'closed');
		expect(code(() => revokeProxy(f.secretariat.user, { plenaryId: s, giverMembershipId: c.membershipId }))).toBe('plenaries_error_plenary_closed');
		expect(code(() => giveProxy(a.user, { plenaryId: s, giverMembershipId: a.membershipId, holderMembershipId: b.membershipId }))).toBe('plenaries_error_plenary_closed');
		expect(auditActions(f.council.id).filter((x) => x.startsWith('proxy.'))).toEqual(['proxy.give', 'proxy.revoke', 'proxy.give']);
	});
});

describe('attendance summary and quorum', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('counts present and represented members per college, with the council’s quorum and its numbers', () => {
		// 8 entitled (A 3, B 2, C 2, D 1); quorum 50 % → 4 needed
		const f = plenaryFixture({ council: { quorumKind: 'share', quorumValue: 50 } });
		const [a1, a2, a3, b1, b2, c1] = f.all;
		const s = f.plenary.id;
		checkInAll(s, [a1, b1]);
		checkIn(c1.user, { plenaryId: s, membershipId: c1.membershipId, mode: 'remote' });
		checkIn(f.secretariat.user, { plenaryId: s, membershipId: f.secretariat.membershipId, mode: 'in_room' });
		giveProxy(a2.user, { plenaryId: s, giverMembershipId: a2.membershipId, holderMembershipId: a1.membershipId });
		let sum = attendanceSummary(s);
		expect(sum).toMatchObject({ entitled: 8, present: 3, inRoom: 2, remote: 1, represented: 1, presentOrRepresented: 4, attendees: 4 });
		expect(sum.quorum).toEqual({ kind: 'share', value: 50, entitled: 8, counted: 4, required: 4, reached: true });
		expect(sum.byCollege.map((c) => [c.name, c.entitled, c.present, c.represented])).toEqual([
			['A', 3, 1, 1],
			['B', 2, 1, 0],
			['C', 2, 1, 0],
			['D', 1, 0, 0]
		]);
		// the giver arrives: present, no longer represented
		checkIn(a2.user, { plenaryId: s, membershipId: a2.membershipId, mode: 'in_room' });
		sum = attendanceSummary(s);
		expect([sum.present, sum.represented, sum.presentOrRepresented]).toEqual([4, 0, 4]);
		// the holder leaves and the giver too: nobody represents the giver
		checkOut(a1.user, { plenaryId: s, membershipId: a1.membershipId });
		checkOut(a2.user, { plenaryId: s, membershipId: a2.membershipId });
		sum = attendanceSummary(s);
		expect([sum.present, sum.represented]).toEqual([2, 0]);
		expect(sum.quorum).toMatchObject({ counted: 2, required: 4, reached: false });
		void a3;
		void b2;
	});

	it('lists every active member with attendance and proxies, searchable by name', () => {
		const f = plenaryFixture({ perCollege: [2, 0, 0, 0] });
		const [a, b] = f.all;
		const late = person(f.council.id, f.colleges[1].id, ['member']);
		checkIn(a.user, { plenaryId: f.plenary.id, membershipId: a.membershipId, mode: 'in_room' });
		giveProxy(b.user, { plenaryId: f.plenary.id, giverMembershipId: b.membershipId, holderMembershipId: a.membershipId });
		const list = listAttendance(f.plenary.id);
		expect(list.map((e) => e.name)).toEqual([...list.map((e) => e.name)].sort((x, y) => x.localeCompare(y, 'fr')));
		expect(list.find((e) => e.membershipId === a.membershipId)).toMatchObject({ mode: 'in_room', entitled: true, proxiesHeld: [b.membershipId] });
		expect(list.find((e) => e.membershipId === b.membershipId)).toMatchObject({ mode: null, proxyTo: a.membershipId, proxyActive: true });
		expect(list.find((e) => e.membershipId === f.secretariat.membershipId)?.entitled).toBe(false);
		expect(listAttendance(f.plenary.id, late.name.toUpperCase()).map((e) => e.membershipId)).toEqual([late.membershipId]);
	});
});
