// One request to join waiting in the demo council's queue, so that the secretariat's page shows how it works.
import type { Tx } from '../db/client';
import { generateToken, hashToken } from '../auth/session';
import { joinRequests } from '../councils/tables';

export function seedDemoJoinRequest(tx: Tx, councilId: number, collegeId: number): void {
	const at = new Date(Date.UTC(2026, 10, 20, 9, 30));
	tx.insert(joinRequests)
		.values({
			councilId,
			email: 'contact@ressourcerie-meinau.demo.cocon.fr',
			name: 'Inès Haddad (démo)',
			organisationName: 'Ressourcerie de la Meinau',
			organisationType: 'association',
			siret: null,
			collegeId,
			motivation:
				'Notre ressourcerie emploie douze salariés en insertion dans le quartier de la Meinau. Nous souhaitons contribuer aux travaux du conseil sur l’économie circulaire et les quartiers prioritaires.',
			status: 'pending',
			tokenHash: hashToken(generateToken()),
			tokenExpiresAt: at,
			confirmedAt: at,
			createdAt: at
		})
		.run();
}
