// Demo workshops (docs/domain.md, 'The demo council'): the four 2026 workshops on the annual themes, with meetings, notes,
// attendance, boards (votes, comments, clusters, retained items), and one proposal born in the responsible-
// procurement workshop, written through the proposals services, accepted, and scheduled on the agenda of the
// upcoming plenary ("Assemblée plénière de printemps 2027", created by the plenaries demo before this runs).
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { councils, themes } from '../councils/tables';
import { agendaItems, plenaries } from '../plenaries/tables';
import { insertProposal } from '../proposals/write';
import { applyTransition } from '../proposals/lifecycle';
import { proposalCoauthors } from '../proposals/tables';
import { linkProposal } from '../plenaries/agenda-links';
import { fromParisInput } from '../../paris-time';
import { generatedMembers } from './people';
import { DEMO_WORKSHOPS } from './workshops-content';
import { insertWorkshop } from '../workshops/workshops';
import { insertMeeting } from '../workshops/meetings';
import { insertContribution } from '../workshops/board';
import {
	workshopAgendaLinks,
	workshopAttendance,
	workshopClusters,
	workshopCoauthorInvites,
	workshopComments,
	workshopContributions,
	workshopMeetings,
	workshopMembers,
	workshopOutputContributions,
	workshopOutputs,
	workshopVotes,
	workshops
} from '../workshops/tables';

const paris = (wall: string) => fromParisInput(wall)!;
const MINUTE = 60_000;
export const UPCOMING_PLENARY_TITLE = 'Assemblée plénière de printemps 2027';

export function seedDemoWorkshops(slug: string): void {
	const council = db().select().from(councils).where(eq(councils.slug, slug)).get();
	if (!council) return;
	const people = generatedMembers();
	const emails = ['membre@demo.cocon.fr', 'secretariat@demo.cocon.fr', 'presidence@demo.cocon.fr', ...people.map((p) => p.email)];
	const idByEmail = new Map(
		db()
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(inArray(users.email, emails))
			.all()
			.map((u) => [u.email, u.id])
	);
	const member = (i: number) => idByEmail.get(people[i].email)!;
	const themeIds = new Map(
		db()
			.select({ id: themes.id, name: themes.name })
			.from(themes)
			.where(eq(themes.councilId, council.id))
			.all()
			.map((t) => [t.name, t.id])
	);
	const secretariat = idByEmail.get('secretariat@demo.cocon.fr')!;
	const voters = [...new Set(DEMO_WORKSHOPS.flatMap((w) => w.participants))].map(member);

	const born = db().transaction((tx) => {
		let proposalId: number | null = null;
		const workshopIds: number[] = [];
		for (const d of DEMO_WORKSHOPS) {
			const facilitators = d.facilitators.map((e) => idByEmail.get(e)!);
			const w = insertWorkshop(
				tx,
				council.id,
				{ title: d.title, year: 2026, themeId: themeIds.get(d.theme) ?? null, mandate: d.mandate, facilitatorIds: facilitators },
				secretariat,
				paris('2026-04-09T12:00')
			);
			workshopIds.push(w.id);
			for (const i of d.participants)
				tx.insert(workshopMembers)
					.values({ workshopId: w.id, userId: member(i), role: 'participant', joinedAt: paris('2026-04-15T09:00') })
					.onConflictDoNothing()
					.run();
			const meetingIds = d.meetings.map((mt) => {
				const startsAt = paris(mt.startsAt);
				const row = insertMeeting(tx, w.id, {
					title: mt.title,
					startsAt,
					endsAt: new Date(startsAt.getTime() + mt.minutes * MINUTE),
					place: mt.place,
					onlineUrl: mt.onlineUrl ?? '',
					agenda: mt.agenda
				});
				if (mt.notes) {
					const at = new Date(startsAt.getTime() + (mt.minutes + 30) * MINUTE);
					tx.update(workshopMeetings).set({ notes: mt.notes, notesVersion: 1, notesUpdatedBy: facilitators[0], notesUpdatedAt: at }).where(eq(workshopMeetings.id, row.id)).run();
				}
				for (const i of mt.present ?? [])
					tx.insert(workshopAttendance)
						.values({ meetingId: row.id, userId: member(i) })
						.run();
				for (const f of facilitators) if (mt.present) tx.insert(workshopAttendance).values({ meetingId: row.id, userId: f }).onConflictDoNothing().run();
				return row.id;
			});
			const contributionIds = d.contributions.map((c, n) => {
				const meetingId = c.meeting !== undefined ? meetingIds[c.meeting] : null;
				const start = c.meeting !== undefined ? paris(d.meetings[c.meeting].startsAt) : paris('2026-10-01T12:00');
				const row = insertContribution(tx, { workshopId: w.id, authorId: member(c.by), kind: c.kind, body: c.body, meetingId, createdAt: new Date(start.getTime() + (20 + n * 7) * MINUTE) });
				const upvoters = voters.filter((v) => v !== member(c.by)).slice(n % 5, (n % 5) + c.votes);
				for (const userId of upvoters) tx.insert(workshopVotes).values({ contributionId: row.id, userId }).run();
				if (c.comment)
					tx.insert(workshopComments)
						.values({ contributionId: row.id, authorId: member(c.comment[0]), body: c.comment[1], createdAt: new Date(row.createdAt.getTime() + 40 * MINUTE) })
						.run();
				tx.update(workshopContributions)
					.set({ votesCount: upvoters.length, commentsCount: c.comment ? 1 : 0, retained: (d.retained ?? []).includes(n) })
					.where(eq(workshopContributions.id, row.id))
					.run();
				return row.id;
			});
			const clusterIds = d.clusters.map((k) => {
				const row = tx.insert(workshopClusters).values({ workshopId: w.id, name: k.name, retained: k.retained }).returning().get();
				for (const i of k.items) tx.update(workshopContributions).set({ clusterId: row.id }).where(eq(workshopContributions.id, contributionIds[i])).run();
				return row.id;
			});
			if (d.proposal) {
				const p = d.proposal;
				const authorId = facilitators[0];
				const at = paris('2026-07-02T10:00');
				let row = insertProposal(tx, {
					councilId: council.id,
					authorId,
					title: p.title,
					summary: p.summary,
					body: p.body,
					themeIds: [themeIds.get(d.theme)!],
					links: [],
					coauthorIds: [],
					createdAt: at
				});
				const output = tx
					.insert(workshopOutputs)
					.values({ workshopId: w.id, proposalId: row.id, meetingId: meetingIds[p.meeting], clusterId: clusterIds[p.cluster], createdBy: authorId, createdAt: at })
					.returning()
					.get();
				const items = d.clusters[p.cluster].items;
				for (const i of items) tx.insert(workshopOutputContributions).values({ outputId: output.id, contributionId: contributionIds[i] }).run();
				for (const i of [...new Set(items.map((i) => d.contributions[i].by))]) {
					const userId = member(i);
					const status = p.accept.includes(i) ? 'accepted' : p.decline.includes(i) ? 'declined' : 'pending';
					tx.insert(workshopCoauthorInvites)
						.values({ outputId: output.id, userId, status, answeredAt: status === 'pending' ? null : paris('2026-07-06T10:00') })
						.run();
					if (status === 'accepted') tx.insert(proposalCoauthors).values({ proposalId: row.id, userId }).run();
				}
				row = applyTransition(tx, row, 'submit', authorId, { at: paris('2026-07-10T10:00') });
				row = applyTransition(tx, row, 'accept', secretariat, {
					at: paris('2026-09-15T10:00'),
					answer: 'Acceptée pour délibération : la proposition de l’atelier « achats responsables » sera soumise au vote de la plénière de printemps 2027.'
				});
				proposalId = row.id;
			}
			if (d.conclusions)
				tx.update(workshops)
					.set({ status: 'closed', conclusions: d.conclusions, closedAt: paris('2026-11-20T10:00') })
					.where(eq(workshops.id, w.id))
					.run();
		}
		return { proposalId, workshopIds };
	});

	// The upcoming plenary: the workshop reports on the workshops' item, the proposal on the proposals vote.
	const plenary = db()
		.select()
		.from(plenaries)
		.where(and(eq(plenaries.councilId, council.id), eq(plenaries.title, UPCOMING_PLENARY_TITLE)))
		.get();
	if (!plenary) return;
	const items = db().select().from(agendaItems).where(eq(agendaItems.plenaryId, plenary.id)).all();
	const reportsItem = items.find((i) => i.title.toLowerCase().includes('ateliers'));
	if (reportsItem)
		for (const workshopId of born.workshopIds)
			db()
				.insert(workshopAgendaLinks)
				.values({ workshopId, agendaItemId: reportsItem.id, createdBy: secretariat, createdAt: paris('2026-11-20T10:00') })
				.run();
	const voteItem = items.find((i) => i.kind === 'vote');
	if (born.proposalId && voteItem) linkProposal({ id: secretariat, isAdmin: false }, { itemId: voteItem.id, proposalId: born.proposalId });
}
