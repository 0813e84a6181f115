import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { invitations, memberships } from './tables';
import { auditLog } from '../audit/tables';
import { subscribe, type DomainEvent } from '../events/bus';
import { IMPORT_MAX_ROWS, decodeCsv, importMembers, previewImport } from './member-import';
import { setMemberStatus } from './members';
import { addMember, counts, setupCouncil, testMail } from './members.fixtures';

const HEADER = 'nom,email,organisation,type_organisation,collège,rôles';
const FRENCH_LABELS = { organisationTypes: { Coopérative: 'cooperative', 'Structure d’insertion (SIAE)': 'siae' }, roles: { Évaluation: 'evaluator' } };

describe('CSV import of members', () => {
	let ctx: ReturnType<typeof setupCouncil>;
	beforeEach(() => {
		ctx = setupCouncil();
	});
	const run = (text: string) => importMembers(ctx.council.id, text, ctx.secretary.id, { composeMail: testMail, labels: FRENCH_LABELS });

	it('a preview writes nothing (so the page’s preview stays a plain form action, not a declared action)', () => {
		const changes = () => db().$client.prepare('select total_changes()').pluck().get();
		const events: DomainEvent[] = [];
		const unsubscribe = subscribe((e) => events.push(e));
		const before = changes();
		const preview = previewImport(ctx.council.id, [HEADER, 'Nadia Haddad,nadia@example.org,Coopalim,cooperative,Acteurs de l’ESS,member', 'X,pas-une-adresse,,,,'].join('\n'), FRENCH_LABELS);
		expect(preview.rows).toHaveLength(1);
		expect(changes()).toBe(before);
		expect(events).toEqual([]);
		unsubscribe();
	});

	it('imports a valid file: accounts without password, memberships, organisations, invitations, one audit entry', () => {
		const events: DomainEvent[] = [];
		const text = [
			HEADER,
			'Nadia Haddad,nadia@example.org,Coopalim,cooperative,Acteurs de l’ESS,member',
			'"Meyer, Paul",PAUL@example.org,Envie,Structure d’insertion (SIAE),acteurs de l’ess,member|évaluation',
			'Anne Klein,anne@example.org,,,Collectivités,'
		].join('\r\n');
		const preview = previewImport(ctx.council.id, text, FRENCH_LABELS);
		expect(preview.issues).toEqual([]);
		expect(preview.rows.map((r) => [r.line, r.email, r.organisationType, r.roles])).toEqual([
			[2, 'nadia@example.org', 'cooperative', ['member']],
			[3, 'paul@example.org', 'siae', ['member', 'evaluator']],
			[4, 'anne@example.org', null, ['member']]
		]);
		const before = counts();
		const stop = subscribe((e) => events.push(e));
		const result = run(text);
		stop();
		expect(result).toEqual({ ok: true, imported: 3, created: 3, reactivated: 0, invited: 3 });
		expect(counts()).toEqual({ users: before.users + 3, memberships: before.memberships + 3, mails: before.mails + 3 });
		const paul = db().select().from(users).where(eq(users.email, 'paul@example.org')).get()!;
		expect(paul).toMatchObject({ name: 'Meyer, Paul', passwordHash: null });
		expect(db().select().from(memberships).where(eq(memberships.userId, paul.id)).get()).toMatchObject({ collegeId: ctx.colleges.sse.id, roles: ['member', 'evaluator'] });
		expect(db().select().from(invitations).all()).toHaveLength(3);
		expect(db().select().from(auditLog).where(eq(auditLog.action, 'member.import')).all()).toHaveLength(1);
		expect(events).toEqual([{ type: 'members.imported', councilId: ctx.council.id, count: 3 }]);
	});

	it('accepts English headers in any order, semicolons, a BOM and Windows-1252 bytes', () => {
		const text = '\uFEFFroles;college;email;name\nobserver;Collectivités;lea@example.org;Léa Muller\n';
		expect(previewImport(ctx.council.id, text).rows).toMatchObject([{ email: 'lea@example.org', name: 'Léa Muller', roles: ['observer'], collegeName: 'Collectivités' }]);
		const latin1 = new Uint8Array([0x6e, 0x6f, 0x6d, 0x0a, 0x4c, 0xe9, 0x61]); // "nom\nLéa" in Windows-1252
		expect(decodeCsv(latin1)).toBe('nom\nLéa');
	});

	it('reports each kind of bad row with its line (as in the file) and field', () => {
		addMember(ctx.council.id, { email: 'karim@example.org', name: 'Karim', collegeId: ctx.colleges.sse.id });
		const text = [
			HEADER, // line 1
			',noname@example.org,,,Acteurs de l’ESS,member', // 2: missing name
			'Bad Email,not-an-email,,,Acteurs de l’ESS,member', // 3: bad email
			'',
			'Unknown College,uc@example.org,,,Collège imaginaire,member', // 5 (after a blank line): unknown college
			'Unknown Type,ut@example.org,Asso,banque,Acteurs de l’ESS,member', // 6: unknown org type
			'Bad Role,br@example.org,,,Acteurs de l’ESS,member|king', // 7: bad role
			'First,dup@example.org,,,Acteurs de l’ESS,member', // 8: fine
			'"Second\nover two lines",DUP@example.org,,,Acteurs de l’ESS,member', // 9-10: duplicate of line 8
			'Karim Again,karim@example.org,,,Acteurs de l’ESS,member' // 11: already a member
		].join('\n');
		const preview = previewImport(ctx.council.id, text);
		expect(preview.ok).toBe(false);
		expect(preview.issues.map((i) => [i.line, i.field, i.code])).toEqual([
			[2, 'name', 'members_import_e_required'],
			[3, 'email', 'members_import_e_email'],
			[5, 'college', 'members_import_e_college_unknown'],
			[6, 'organisation_type', 'members_import_e_org_type_unknown'],
			[7, 'roles', 'members_import_e_role_unknown'],
			[9, 'email', 'members_import_e_duplicate'],
			[11, 'email', 'members_import_e_already_member']
		]);
		expect(preview.issues.find((i) => i.line === 9)?.params).toEqual({ line: '8' });
		expect(preview.issues.find((i) => i.line === 7)?.params).toEqual({ value: 'king' });
		expect(preview.rows.map((r) => r.line)).toEqual([8]);
	});

	it('writes nothing when one row is bad', () => {
		const text = [HEADER, 'Good One,good1@example.org,,,Acteurs de l’ESS,member', 'Good Two,good2@example.org,,,Collectivités,member', 'Bad,bad@,,,Collectivités,member'].join('\n');
		const before = counts();
		const invitationsBefore = db().select().from(invitations).all().length;
		const result = run(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.preview.issues.map((i) => [i.line, i.field])).toEqual([[4, 'email']]);
		expect(counts()).toEqual(before);
		expect(db().select().from(invitations).all()).toHaveLength(invitationsBefore);
		expect(db().select().from(auditLog).where(eq(auditLog.action, 'member.import')).all()).toHaveLength(0);
	});

	it('refuses a file without the required columns, without rows, or too long', () => {
		expect(previewImport(ctx.council.id, 'organisation,college\nX,Y').issues.map((i) => [i.line, i.field, i.code])).toEqual([
			[1, 'name', 'members_import_e_missing_column'],
			[1, 'email', 'members_import_e_missing_column']
		]);
		expect(previewImport(ctx.council.id, HEADER + '\n').issues.map((i) => i.code)).toEqual(['members_import_e_no_rows']);
		expect(previewImport(ctx.council.id, '  ').issues.map((i) => i.code)).toEqual(['members_import_e_empty']);
		const many = [HEADER, ...Array.from({ length: IMPORT_MAX_ROWS + 1 }, (_, i) => `P ${i},p${i}@example.org,,,Collectivités,member`)].join('\n');
		expect(previewImport(ctx.council.id, many).issues.map((i) => i.code)).toEqual(['members_import_e_too_many_rows']);
		expect(previewImport(ctx.council.id, HEADER + '\n' + 'x'.repeat(2 * 1024 * 1024)).issues.map((i) => i.code)).toEqual(['members_import_e_too_big']);
	});

	it('flags a college missing in a council that has colleges, and cells beyond the header', () => {
		const preview = previewImport(ctx.council.id, 'nom,email\nA,a@example.org\nB,b@example.org,extra');
		expect(preview.issues.map((i) => [i.line, i.field, i.code])).toEqual([
			[2, 'college', 'members_import_e_college_required'],
			[3, 'columns', 'members_import_e_extra_cells'],
			[3, 'college', 'members_import_e_college_required']
		]);
	});

	it('brings deactivated members back and does not invite people who already have a password', () => {
		const gone = addMember(ctx.council.id, { email: 'gone@example.org', name: 'Gone', collegeId: ctx.colleges.sse.id, roles: ['observer'] });
		setMemberStatus(ctx.council.id, gone.id, 'deactivated', ctx.secretary.id);
		const text = [HEADER, 'Gone,gone@example.org,,,Collectivités,member'].join('\n');
		expect(previewImport(ctx.council.id, text).rows[0].outcome).toBe('reactivated');
		expect(run(text)).toEqual({ ok: true, imported: 1, created: 0, reactivated: 1, invited: 0 });
		expect(db().select().from(memberships).where(eq(memberships.id, gone.id)).get()).toMatchObject({
			status: 'active',
			deactivatedAt: null,
			roles: ['member'],
			collegeId: ctx.colleges.authorities.id
		});
	});
});
