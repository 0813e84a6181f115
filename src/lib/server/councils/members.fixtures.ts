// Test data for the members, invitations and import tests: a council with two colleges and a secretariat.
import { sql } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { insertUser } from '../auth/users';
import { insertCouncil } from './create';
import { insertMembership, upsertOrganisation } from './memberships';
import { listColleges } from './members';
import { memberships } from './tables';
import { users } from '../auth/tables';
import { outbox } from '../mail/tables';
import type { InvitationMailComposer } from './invitations';
import { DomainError } from '../errors';

export const testMail: InvitationMailComposer = ({ councilName, name, url }) => ({
	subject: `Invitation ${councilName}`,
	body: `Bonjour ${name}, ${url}\n\nHello ${name}, ${url}`
});

export function setupCouncil() {
	useTestDatabase();
	return db().transaction((tx) => {
		const council = insertCouncil(
			tx,
			{
				name: 'Conseil test',
				slug: 'conseil-test',
				territory: 'Lille',
				description: '',
				isPublic: true,
				weighting: 'college',
				colleges: [
					{ name: 'Acteurs de l’ESS', weight: 60 },
					{ name: 'Collectivités', weight: 40 }
				]
			},
			null
		);
		const [sse, authorities] = listColleges(council.id, tx);
		const secretary = insertUser(tx, { email: 'secretariat@example.org', name: 'Sophie Secrétaire', passwordHash: 'x' });
		const secretaryMembership = insertMembership(tx, {
			councilId: council.id,
			userId: secretary.id,
			collegeId: authorities.id,
			organisationId: upsertOrganisation(tx, 'Ville de Lille', 'local_authority'),
			roles: ['secretariat']
		});
		return { council, colleges: { sse, authorities }, secretary, secretaryMembership };
	});
}

/** Adds an active member straight into the database. */
export function addMember(councilId: number, input: { email: string; name: string; collegeId: number | null; roles?: string[]; organisation?: [string, string]; password?: boolean }) {
	return db().transaction((tx) => {
		const user = insertUser(tx, { email: input.email, name: input.name, passwordHash: input.password === false ? null : 'x' });
		const organisationId = input.organisation ? upsertOrganisation(tx, input.organisation[0], input.organisation[1]) : null;
		return insertMembership(tx, { councilId, userId: user.id, collegeId: input.collegeId, organisationId, roles: input.roles ?? ['member'] });
	});
}

export function counts() {
	const n = (table: typeof users | typeof memberships | typeof outbox) =>
		db()
			.select({ n: sql<number>`count(*)` })
			.from(table)
			.get()?.n ?? 0;
	return { users: n(users), memberships: n(memberships), mails: n(outbox) };
}

/** The code of the DomainError the function throws, or undefined when it does not throw. */
export function codeOf(fn: () => unknown): string | undefined {
	try {
		fn();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return undefined;
}
