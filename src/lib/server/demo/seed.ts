// Demo data (docs/domain.md, 'The demo council'): created on an empty database only, never over real data.
import { gt, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { councils } from '../councils/tables';
import { users } from '../auth/tables';
import { outbox } from '../mail/tables';
import { hashPassword } from '../auth/password';
import { insertUser } from '../auth/users';
import { insertCouncil } from '../councils/create';
import { insertMembership, upsertOrganisation } from '../councils/memberships';
import { colleges } from '../councils/tables';
import { DEMO_COLLEGES, DEMO_LOGINS, DEMO_PASSWORD, generatedMembers, type CollegeKey } from './people';
import { eq } from 'drizzle-orm';
import { seedDemoProposals } from './proposals';
import { seedDemoJoinRequest } from './join-requests';
import { seedDemoPlansAndEvaluation } from './evaluation';
import { seedDemoPlenaries } from './plenaries';
import { seedDemoWorkshops } from './workshops';
import { seedDemoIndicatorVote } from './indicator-vote';

export const DEMO_COUNCIL_SLUG = 'ess-eurometropole-demo';

export function isDatabaseEmpty(): boolean {
	const c =
		db()
			.select({ n: sql<number>`count(*)` })
			.from(councils)
			.get()?.n ?? 0;
	const u =
		db()
			.select({ n: sql<number>`count(*)` })
			.from(users)
			.get()?.n ?? 0;
	return c === 0 && u === 0;
}

export function hasDemoData(): boolean {
	return (
		(db()
			.select({ n: sql<number>`count(*)` })
			.from(users)
			.where(eq(users.isDemo, true))
			.get()?.n ?? 0) > 0
	);
}

export async function seedDemo(): Promise<void> {
	const passwordHash = await hashPassword(DEMO_PASSWORD);
	db().transaction((tx) => {
		const council = insertCouncil(
			tx,
			{
				name: 'Conseil de l’ESS — Eurométropole (démo)',
				slug: DEMO_COUNCIL_SLUG,
				territory: 'Strasbourg et Eurométropole',
				description:
					'Conseil de l’économie sociale et solidaire créé en 2010 par la Ville, l’Eurométropole et la CRESS pour orienter la stratégie ESS et co-construire l’action publique. Ouvert à tous les acteurs de l’ESS. Données de démonstration.',
				isPublic: true,
				weighting: 'college',
				majority: 'absolute',
				majorityBase: 'cast_abstain',
				quorumKind: 'share',
				quorumValue: 25,
				proxyLimit: 1,
				colleges: DEMO_COLLEGES.map((c) => ({ name: c.name, description: c.description, weight: c.weight })),
				isDemo: true
			},
			null
		);
		// the Strasbourg council is "open to all SSE stakeholders": it takes requests to join
		tx.update(councils).set({ joinRequestsOpen: true }).where(eq(councils.id, council.id)).run();
		const collegeIds = new Map<CollegeKey, number>();
		const rows = tx.select().from(colleges).where(eq(colleges.councilId, council.id)).all();
		DEMO_COLLEGES.forEach((c) => collegeIds.set(c.key, rows.find((r) => r.name === c.name)!.id));

		for (const login of DEMO_LOGINS) {
			const user = insertUser(tx, { email: login.email, name: login.name, passwordHash, isAdmin: login.role === 'admin', isDemo: true });
			if (login.role === 'admin' || !login.college || !login.org) continue;
			const roles = login.role === 'chair' ? ['chair', 'member'] : [login.role];
			insertMembership(tx, {
				councilId: council.id,
				userId: user.id,
				collegeId: collegeIds.get(login.college)!,
				organisationId: upsertOrganisation(tx, login.org[0], login.org[1]),
				roles
			});
		}
		seedDemoJoinRequest(tx, council.id, collegeIds.get('sse')!);
		for (const person of generatedMembers()) {
			const user = insertUser(tx, { email: person.email, name: person.name, isDemo: true });
			insertMembership(tx, {
				councilId: council.id,
				userId: user.id,
				collegeId: collegeIds.get(person.college)!,
				organisationId: upsertOrganisation(tx, person.org[0], person.org[1]),
				roles: person.roles
			});
		}
	});
	const mailBefore =
		db()
			.select({ id: sql<number>`coalesce(max(id), 0)` })
			.from(outbox)
			.get()?.id ?? 0;
	seedDemoProposals(DEMO_COUNCIL_SLUG);
	seedDemoPlenaries(DEMO_COUNCIL_SLUG);
	seedDemoWorkshops(DEMO_COUNCIL_SLUG);
	seedDemoPlansAndEvaluation(DEMO_COUNCIL_SLUG);
	seedDemoIndicatorVote(DEMO_COUNCIL_SLUG);
	// The demo's story goes through the real services, which queue emails (convocations, state changes) to the
	// demo's invented addresses: none of them may ever be sent.
	db().delete(outbox).where(gt(outbox.id, mailBefore)).run();
}

/** Seeds only when the database holds no council and no account. */
export async function seedDemoIfEmpty(): Promise<boolean> {
	if (!isDatabaseEmpty()) return false;
	await seedDemo();
	return true;
}
