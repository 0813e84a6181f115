import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { memberships, organisations } from './tables';
import { auditLog } from '../audit/tables';
import { subscribe, type DomainEvent } from '../events/bus';
import { getMember, listMembers, memberHistory, setMemberStatus, updateMember } from './members';
import { addMember, codeOf, setupCouncil } from './members.fixtures';

const manager = { includeEmails: true, includeDeactivated: true };
const publicView = { includeEmails: false, includeDeactivated: false };

describe('members list: search, filters, pagination', () => {
	let ctx: ReturnType<typeof setupCouncil>;
	beforeEach(() => {
		ctx = setupCouncil();
		for (let i = 0; i < 110; i++)
			addMember(ctx.council.id, {
				email: `person${String(i).padStart(3, '0')}@example.org`,
				name: `Personne ${String(i).padStart(3, '0')}`,
				collegeId: i % 2 ? ctx.colleges.sse.id : ctx.colleges.authorities.id,
				roles: i % 10 === 0 ? ['observer'] : ['member'],
				organisation: i % 3 === 0 ? ['Coopérative Coopalim', 'cooperative'] : ['Association Élan', 'association']
			});
		addMember(ctx.council.id, { email: 'elise@example.org', name: 'Élise Rivière', collegeId: ctx.colleges.sse.id, roles: ['evaluator'], organisation: ['Les Petites Rivières', 'research'] });
	});

	it('pages 25 at a time through 100+ members, in name order, with a stable total', () => {
		const first = listMembers(ctx.council.id, {}, manager);
		expect(first.total).toBe(112);
		expect(first.pages).toBe(5);
		expect(first.rows).toHaveLength(25);
		const seen = new Set<number>();
		for (let page = 1; page <= 5; page++) for (const r of listMembers(ctx.council.id, { page }, manager).rows) seen.add(r.id);
		expect(seen.size).toBe(112);
		expect(listMembers(ctx.council.id, { page: 5 }, manager).rows).toHaveLength(12);
		// a page past the end shows the last one
		expect(listMembers(ctx.council.id, { page: 99 }, manager).page).toBe(5);
		// accents do not push names to the end: Élise comes between "D…" and "P…"
		expect(first.rows[0].name).toBe('Élise Rivière');
	});

	it('searches names and organisations ignoring case and accents; emails only when allowed', () => {
		expect(listMembers(ctx.council.id, { q: 'elise' }, publicView).rows.map((r) => r.name)).toEqual(['Élise Rivière']);
		expect(listMembers(ctx.council.id, { q: 'PETITES riviere' }, publicView).total).toBe(1);
		expect(listMembers(ctx.council.id, { q: 'coopalim' }, publicView).total).toBe(37);
		expect(listMembers(ctx.council.id, { q: 'person007@' }, manager).total).toBe(1);
		expect(listMembers(ctx.council.id, { q: 'person007@' }, publicView).total).toBe(0);
		expect(listMembers(ctx.council.id, { q: '%' }, manager).total).toBe(0);
		expect(listMembers(ctx.council.id, {}, publicView).rows[0].email).toBeNull();
	});

	it('filters by college, role, organisation type, and combines filters', () => {
		expect(listMembers(ctx.council.id, { collegeId: ctx.colleges.authorities.id }, manager).total).toBe(56);
		expect(listMembers(ctx.council.id, { role: 'observer' }, manager).total).toBe(11);
		expect(listMembers(ctx.council.id, { role: 'secretariat' }, manager).rows.map((r) => r.name)).toEqual(['Sophie Secrétaire']);
		expect(listMembers(ctx.council.id, { organisationType: 'research' }, manager).total).toBe(1);
		expect(listMembers(ctx.council.id, { organisationType: 'cooperative', collegeId: ctx.colleges.sse.id, role: 'member' }, manager).total).toBe(18);
	});

	it('shows deactivated members only to those who manage members, when asked', () => {
		const target = listMembers(ctx.council.id, { q: 'Personne 004' }, manager).rows[0];
		setMemberStatus(ctx.council.id, target.id, 'deactivated', ctx.secretary.id);
		expect(listMembers(ctx.council.id, {}, manager).total).toBe(111);
		expect(listMembers(ctx.council.id, { status: 'deactivated' }, manager).rows.map((r) => r.name)).toEqual(['Personne 004']);
		expect(listMembers(ctx.council.id, { status: 'all' }, manager).total).toBe(112);
		expect(listMembers(ctx.council.id, { status: 'deactivated' }, publicView).total).toBe(111);
	});
});

describe('editing and deactivating a member', () => {
	let ctx: ReturnType<typeof setupCouncil>;
	beforeEach(() => {
		ctx = setupCouncil();
	});

	const edit = (membershipId: number, patch: Partial<Parameters<typeof updateMember>[2]> = {}) =>
		updateMember(ctx.council.id, membershipId, { collegeId: ctx.colleges.sse.id, roles: ['member'], voteWeight: 1, organisationName: '', organisationType: 'other', ...patch }, ctx.secretary.id);

	it('updates college, roles, weight and organisation in one audited change, then publishes', () => {
		const m = addMember(ctx.council.id, { email: 'k@example.org', name: 'Karim', collegeId: ctx.colleges.authorities.id });
		const events: DomainEvent[] = [];
		const stop = subscribe((e) => events.push(e));
		edit(m.id, { roles: ['member', 'evaluator', 'member'], voteWeight: 2.5, organisationName: 'SCIC Tiers-lieu', organisationType: 'scic' });
		stop();
		const detail = getMember(ctx.council.id, m.id)!;
		expect(detail).toMatchObject({ collegeId: ctx.colleges.sse.id, roles: ['member', 'evaluator'], voteWeight: 2.5, organisationName: 'SCIC Tiers-lieu', organisationType: 'scic' });
		expect(events).toEqual([{ type: 'member.changed', councilId: ctx.council.id, membershipId: m.id }]);
		expect(memberHistory(ctx.council.id, m.id).map((h) => h.action)).toEqual(['member.update']);
		expect(memberHistory(ctx.council.id, m.id)[0].details).toEqual({
			changes: {
				college: { from: 'Collectivités', to: 'Acteurs de l’ESS' },
				roles: { from: ['member'], to: ['member', 'evaluator'] },
				voteWeight: { from: 1, to: 2.5 },
				organisation: { from: null, to: 'SCIC Tiers-lieu' }
			}
		});
		// the same organisation is reused, whatever its case
		edit(m.id, { organisationName: 'scic tiers-lieu', organisationType: 'scic' });
		expect(db().select().from(organisations).where(eq(organisations.type, 'scic')).all()).toHaveLength(1);
	});

	it('refuses no role, a college of another council, and a member of another council', () => {
		const m = addMember(ctx.council.id, { email: 'k@example.org', name: 'Karim', collegeId: ctx.colleges.sse.id });
		expect(codeOf(() => edit(m.id, { roles: [] }))).toBe('members_v_roles_required');
		expect(codeOf(() => edit(m.id, { collegeId: 424242 }))).toBe('members_error_college_unknown');
		expect(codeOf(() => updateMember(ctx.council.id + 1, m.id, { collegeId: null, roles: ['member'], voteWeight: 1, organisationName: '', organisationType: 'other' }, null))).toBe(
			'members_error_member_not_found'
		);
	});

	it('keeps at least one active secretariat member', () => {
		const sec = ctx.secretaryMembership.id;
		expect(codeOf(() => edit(sec, { roles: ['member'] }))).toBe('members_error_last_secretariat');
		expect(codeOf(() => setMemberStatus(ctx.council.id, sec, 'deactivated', ctx.secretary.id))).toBe('members_error_last_secretariat');
		expect(getMember(ctx.council.id, sec)).toMatchObject({ roles: ['secretariat'], status: 'active' });
		expect(
			db()
				.select()
				.from(auditLog)
				.where(and(eq(auditLog.action, 'member.update')))
				.all()
		).toHaveLength(0);

		// a deactivated secretariat member does not count
		const second = addMember(ctx.council.id, { email: 's2@example.org', name: 'Second', collegeId: ctx.colleges.sse.id, roles: ['secretariat', 'member'] });
		setMemberStatus(ctx.council.id, second.id, 'deactivated', ctx.secretary.id);
		expect(codeOf(() => setMemberStatus(ctx.council.id, sec, 'deactivated', ctx.secretary.id))).toBe('members_error_last_secretariat');

		// with a second active one, either may step down
		setMemberStatus(ctx.council.id, second.id, 'active', ctx.secretary.id);
		edit(sec, { roles: ['member'] });
		expect(getMember(ctx.council.id, sec)!.roles).toEqual(['member']);
		expect(codeOf(() => setMemberStatus(ctx.council.id, second.id, 'deactivated', ctx.secretary.id))).toBe('members_error_last_secretariat');
	});

	it('deactivation keeps the row with its date; reactivation brings it back; both are in the history', () => {
		const m = addMember(ctx.council.id, { email: 'k@example.org', name: 'Karim', collegeId: ctx.colleges.sse.id });
		const at = Date.UTC(2026, 2, 1);
		setMemberStatus(ctx.council.id, m.id, 'deactivated', ctx.secretary.id, at);
		const row = db().select().from(memberships).where(eq(memberships.id, m.id)).get()!;
		expect(row.status).toBe('deactivated');
		expect(row.deactivatedAt?.getTime()).toBe(at);
		setMemberStatus(ctx.council.id, m.id, 'active', ctx.secretary.id, at + 1000);
		expect(getMember(ctx.council.id, m.id)).toMatchObject({ status: 'active', deactivatedAt: null });
		expect(memberHistory(ctx.council.id, m.id).map((h) => h.action)).toEqual(['member.reactivate', 'member.deactivate']);
	});
});
