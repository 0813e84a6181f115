import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { councils } from '../councils/tables';
import { getUserByEmail } from '../auth/users';
import { agendaItemProposals, agendaItems, plenaries } from '../plenaries/tables';
import { proposals } from '../proposals/tables';
import { actorFor } from '../proposals/access';
import { listWorkshops } from './workshops';
import { boardOf } from './board';
import { loadWorkshop } from './access';
import { workshopReport, workshopReportsForAgendaItem } from './report';
import { provenanceOfProposal } from './outputs';

describe('demo workshops', () => {
	it('seeds the four 2026 workshops and a proposal born in one, on the upcoming plenary agenda', async () => {
		useTestDatabase();
		await seedDemo();
		const council = db().select().from(councils).where(eq(councils.slug, DEMO_COUNCIL_SLUG)).get()!;
		const list = listWorkshops(council.id, { year: 2026 });
		expect(list).toHaveLength(4);
		expect(list.map((w) => w.themeName).sort()).toEqual(
			['Commande publique responsable (SPASER, clauses sociales)', 'Quartiers prioritaires (QPV)', 'Économie circulaire', 'Emploi et insertion par l’activité économique'].sort()
		);
		const procurement = list.find((w) => w.title.startsWith('Achats responsables'))!;
		const board = boardOf(procurement.id, null);
		expect(board.clusters.filter((k) => k.retained).length).toBeGreaterThanOrEqual(1);
		expect(board.total).toBeGreaterThanOrEqual(8);
		const karim = getUserByEmail('membre@demo.cocon.fr')!;
		const report = workshopReport(loadWorkshop(procurement.id, actorFor(karim.id, council.id)), karim.id);
		expect(report.meetings.some((m) => m.attendees.length > 0)).toBe(true);
		expect(report.proposals).toHaveLength(1);
		const proposal = db().select().from(proposals).where(eq(proposals.id, report.proposals[0].id)).get()!;
		expect(proposal.state).toBe('scheduled');
		expect(provenanceOfProposal(proposal.id)).toMatchObject({ workshopId: procurement.id, clusterName: 'Clauses sociales et insertion (IAE)' });
		const link = db()
			.select({ kind: agendaItems.kind, plenary: plenaries.title, state: plenaries.state })
			.from(agendaItemProposals)
			.innerJoin(agendaItems, eq(agendaItems.id, agendaItemProposals.agendaItemId))
			.innerJoin(plenaries, eq(plenaries.id, agendaItems.plenaryId))
			.where(eq(agendaItemProposals.proposalId, proposal.id))
			.get();
		expect(link).toEqual({ kind: 'vote', plenary: 'Assemblée plénière de printemps 2027', state: 'convened' });
		expect(report.agendaLinks).toHaveLength(1);
		expect(workshopReportsForAgendaItem(report.agendaLinks[0].agendaItemId)).toHaveLength(4);
	});
});
