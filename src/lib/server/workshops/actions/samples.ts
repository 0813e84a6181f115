// Sample inputs of the workshop actions, drawn from a council's objects (see actions/samples.ts): the demo's open
// workshops with their meetings, boards and outputs.
import { and, eq } from 'drizzle-orm';
import { type SampleWorld, type Samples } from '../../actions/sample-types';
import { themes } from '../../councils/tables';
import { agendaItems, plenaries } from '../../plenaries/tables';
import { workshopClusters, workshopContributions, workshopGuests, workshopMeetings, workshopOutputs, workshops } from '../tables';

const openWorkshop = (w: SampleWorld) =>
	w.db
		.select({ id: workshops.id, title: workshops.title, year: workshops.year })
		.from(workshops)
		.where(and(eq(workshops.councilId, w.councilId), eq(workshops.status, 'open')))
		.get()!;

const meeting = (w: SampleWorld) => {
	const workshopId = openWorkshop(w).id;
	return { workshopId, meetingId: w.db.select({ id: workshopMeetings.id }).from(workshopMeetings).where(eq(workshopMeetings.workshopId, workshopId)).get()!.id };
};

const contribution = (w: SampleWorld) => {
	const workshopId = openWorkshop(w).id;
	return { workshopId, contributionId: w.db.select({ id: workshopContributions.id }).from(workshopContributions).where(eq(workshopContributions.workshopId, workshopId)).get()!.id };
};

const cluster = (w: SampleWorld) => {
	const workshopId = openWorkshop(w).id;
	return { workshopId, clusterId: w.db.select({ id: workshopClusters.id }).from(workshopClusters).where(eq(workshopClusters.workshopId, workshopId)).get()!.id };
};

/** A guest link of an open workshop (one is made when the demo has none). */
const guest = (w: SampleWorld) => {
	const workshopId = openWorkshop(w).id;
	const row =
		w.db.select({ id: workshopGuests.id }).from(workshopGuests).where(eq(workshopGuests.workshopId, workshopId)).get() ??
		w.db
			.insert(workshopGuests)
			.values({ workshopId, label: 'Invitée', tokenHash: `sample-${workshopId}`, expiresAt: new Date(Date.now() + 86_400_000) })
			.returning({ id: workshopGuests.id })
			.get();
	return { workshopId, guestId: row.id };
};

const output = (w: SampleWorld) =>
	w.db
		.select({ workshopId: workshopOutputs.workshopId, outputId: workshopOutputs.id })
		.from(workshopOutputs)
		.innerJoin(workshops, eq(workshops.id, workshopOutputs.workshopId))
		.where(eq(workshops.councilId, w.councilId))
		.get()!;

const agendaItem = (w: SampleWorld) =>
	w.db.select({ id: agendaItems.id }).from(agendaItems).innerJoin(plenaries, eq(plenaries.id, agendaItems.plenaryId)).where(eq(plenaries.councilId, w.councilId)).get()!.id;

const theme = (w: SampleWorld) =>
	w.db
		.select({ id: themes.id })
		.from(themes)
		.where(and(eq(themes.councilId, w.councilId), eq(themes.kind, 'theme')))
		.get()!.id;

const meetingForm = { title: 'Réunion', startsAt: '2027-03-02T18:00', endsAt: '2027-03-02T20:00', place: 'Salle du conseil', onlineUrl: '', agenda: '' };

export const workshopSamples: Samples = {
	'workshops.create': (w) => ({ title: 'Nouvel atelier', year: '2027', themeId: String(theme(w)), mandate: '', facilitatorIds: [String(w.userId('membre@demo.cocon.fr'))] }),
	'workshops.update': (w) => {
		const ws = openWorkshop(w);
		return { workshopId: ws.id, title: ws.title, year: String(ws.year), themeId: String(theme(w)), mandate: 'Mandat', facilitatorIds: [String(w.userId('membre@demo.cocon.fr'))] };
	},
	'workshops.join': (w) => ({ workshopId: openWorkshop(w).id }),
	'workshops.leave': (w) => ({ workshopId: openWorkshop(w).id }),
	'workshops.close': (w) => ({ workshopId: openWorkshop(w).id, conclusions: 'Conclusions' }),
	'workshops.reopen': (w) => ({ workshopId: openWorkshop(w).id }),
	'workshops.postContribution': (w) => ({ ...meeting(w), kind: 'idea', body: 'Une idée' }),
	'workshops.toggleVote': (w) => contribution(w),
	'workshops.commentContribution': (w) => ({ ...contribution(w), body: 'Un commentaire' }),
	'workshops.createCluster': (w) => ({ workshopId: openWorkshop(w).id, contributionIds: [String(contribution(w).contributionId)], name: 'Nouveau regroupement' }),
	'workshops.renameCluster': (w) => ({ ...cluster(w), name: 'Regroupement renommé' }),
	'workshops.assignToCluster': (w) => ({ ...contribution(w), clusterId: String(cluster(w).clusterId) }),
	'workshops.retain': (w) => ({ ...cluster(w), retained: 'true' }),
	'workshops.addMeeting': (w) => ({ workshopId: openWorkshop(w).id, ...meetingForm }),
	'workshops.updateMeeting': (w) => ({ ...meeting(w), ...meetingForm }),
	'workshops.setAttendance': (w) => ({ ...meeting(w), present: [String(w.userId('membre@demo.cocon.fr'))] }),
	'workshops.saveNotes': (w) => {
		const m = meeting(w);
		const { notesVersion } = w.db.select({ notesVersion: workshopMeetings.notesVersion }).from(workshopMeetings).where(eq(workshopMeetings.id, m.meetingId)).get()!;
		return { ...m, notes: 'Notes', baseVersion: String(notesVersion) };
	},
	'workshops.createGuestLink': (w) => ({ workshopId: openWorkshop(w).id, label: 'Une invitée' }),
	'workshops.revokeGuest': (w) => guest(w),
	'workshops.createProposal': (w) => ({ ...cluster(w), title: 'Une proposition', summary: 'Un résumé', body: 'Un texte', themeIds: [String(theme(w))] }),
	'workshops.answerCoauthorInvite': (w) => ({ ...output(w), accept: 'yes' }),
	'workshops.attachReport': (w) => ({ workshopId: openWorkshop(w).id, agendaItemId: agendaItem(w) }),
	'workshops.detachReport': (w) => ({ workshopId: openWorkshop(w).id, agendaItemId: agendaItem(w) })
};
