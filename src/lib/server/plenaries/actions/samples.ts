// Sample inputs of the plenaries and votes actions, drawn from a council's objects (see actions/samples.ts): the
// demo's upcoming plenary, its agenda and a vote; a member's membership.
import { and, asc, desc, eq } from 'drizzle-orm';
import { NAMES_NO_OBJECT, type SampleWorld, type Samples } from '../../actions/sample-types';
import { memberships, themes } from '../../councils/tables';
import { proposals } from '../../proposals/tables';
import { agendaItemProposals, agendaItems, plenaries, votes } from '../tables';

/** The upcoming plenary (convened in the demo; earlier samples may have moved it on). */
const convened = (w: SampleWorld) => w.db.select({ id: plenaries.id }).from(plenaries).where(eq(plenaries.councilId, w.councilId)).orderBy(desc(plenaries.startsAt)).get()!.id;

const firstItem = (w: SampleWorld) => {
	const plenaryId = convened(w);
	return { plenaryId, itemId: w.db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.plenaryId, plenaryId)).orderBy(asc(agendaItems.position)).get()!.id };
};

/** A vote of the council with its plenary (a draft of the convened plenary when there is one). */
const aVote = (w: SampleWorld) => w.db.select({ plenaryId: votes.plenaryId, voteId: votes.id }).from(votes).where(eq(votes.councilId, w.councilId)).orderBy(asc(votes.state), asc(votes.id)).get()!;

const membershipOf = (w: SampleWorld, email: string) =>
	w.db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.councilId, w.councilId), eq(memberships.userId, w.userId(email))))
		.get()!.id;

/** A proposal scheduled on an agenda item of the council, with that item and its plenary. */
const aLink = (w: SampleWorld) =>
	w.db
		.select({ plenaryId: agendaItems.plenaryId, itemId: agendaItems.id, proposalId: agendaItemProposals.proposalId })
		.from(agendaItemProposals)
		.innerJoin(agendaItems, eq(agendaItems.id, agendaItemProposals.agendaItemId))
		.innerJoin(plenaries, eq(plenaries.id, agendaItems.plenaryId))
		.where(eq(plenaries.councilId, w.councilId))
		.get()!;

const aProposal = (w: SampleWorld) => w.db.select({ id: proposals.id }).from(proposals).where(eq(proposals.councilId, w.councilId)).get()!.id;

const themeIds = (w: SampleWorld) =>
	w.db
		.select({ id: themes.id })
		.from(themes)
		.where(and(eq(themes.councilId, w.councilId), eq(themes.kind, 'theme')))
		.limit(2)
		.all()
		.map((t) => String(t.id));

const plenary = { kind: 'ordinary', title: 'Plénière', startsAt: '2027-06-01T18:00', place: 'Salle', description: '' };
const item = { kind: 'debate', title: 'Un point', durationMinutes: '10', presenter: '', description: '' };
const vote = { question: 'Adopter ?', method: 'yes_no_abstain', weighting: 'none', secrecy: 'named', majority: 'simple', base: 'cast', quorumKind: 'none' };

export const plenarySamples: Samples = {
	'plenaries.create': NAMES_NO_OBJECT,
	'plenaries.update': (w: SampleWorld) => ({ plenaryId: convened(w), ...plenary }),
	'plenaries.changeState': (w: SampleWorld) => ({ plenaryId: convened(w), to: 'closed' }),
	'plenaries.delete': (w: SampleWorld) => ({ plenaryId: convened(w) }),
	'plenaries.checkInSelf': (w: SampleWorld) => ({ plenaryId: convened(w), mode: 'in_room' }),
	'plenaries.checkOutSelf': (w: SampleWorld) => ({ plenaryId: convened(w) }),
	'plenaries.checkIn': (w: SampleWorld) => ({ plenaryId: convened(w), membershipId: membershipOf(w, 'membre@demo.cocon.fr'), mode: 'remote' }),
	'plenaries.checkOut': (w: SampleWorld) => ({ plenaryId: convened(w), membershipId: membershipOf(w, 'membre@demo.cocon.fr') }),
	'plenaries.addItem': (w: SampleWorld) => ({ plenaryId: convened(w), ...item }),
	'plenaries.updateItem': (w: SampleWorld) => ({ ...firstItem(w), ...item }),
	'plenaries.removeItem': (w: SampleWorld) => firstItem(w),
	'plenaries.moveItem': (w: SampleWorld) => ({ ...firstItem(w), direction: 'down' }),
	'plenaries.reorderItem': (w: SampleWorld) => ({ ...firstItem(w), position: '1' }),
	'plenaries.setCurrentItem': (w: SampleWorld) => firstItem(w),
	'plenaries.linkProposal': (w: SampleWorld) => ({ ...firstItem(w), proposalId: aProposal(w) }),
	'plenaries.unlinkProposal': (w: SampleWorld) => ({ ...aLink(w), reason: 'Reporté' }),
	'plenaries.addDocument': (w: SampleWorld) => ({ ...firstItem(w), document: new File(['Ordre du jour'], 'ordre.txt', { type: 'text/plain' }) }),
	'plenaries.removeDocument': (w: SampleWorld) => ({ ...firstItem(w), fileId: '1' }),
	'plenaries.saveMinutes': (w: SampleWorld) => ({ plenaryId: convened(w), title: ['Ouverture'], body: ['Texte'] }),
	'plenaries.publishMinutes': (w: SampleWorld) => ({ plenaryId: convened(w) }),
	'plenaries.adoptThemes': (w: SampleWorld) => ({ ...aVote(w), year: '2027' }),
	'plenaries.setAnnualThemes': (w: SampleWorld) => ({ year: '2027', themeIds: themeIds(w) }),
	'plenaries.giveProxy': (w: SampleWorld) => ({ plenaryId: convened(w), holderMembershipId: membershipOf(w, 'presidence@demo.cocon.fr') }),
	'plenaries.recordProxy': (w: SampleWorld) => ({
		plenaryId: convened(w),
		giverMembershipId: membershipOf(w, 'membre@demo.cocon.fr'),
		holderMembershipId: membershipOf(w, 'presidence@demo.cocon.fr')
	}),
	'plenaries.revokeProxy': (w: SampleWorld) => ({ plenaryId: convened(w), giverMembershipId: membershipOf(w, 'membre@demo.cocon.fr') }),
	'votes.create': (w: SampleWorld) => ({ ...firstItem(w), ...vote }),
	'votes.update': (w: SampleWorld) => ({ ...aVote(w), ...vote }),
	'votes.delete': (w: SampleWorld) => aVote(w),
	'votes.open': (w: SampleWorld) => aVote(w),
	'votes.close': (w: SampleWorld) => aVote(w),
	'votes.publish': (w: SampleWorld) => aVote(w),
	'votes.enterPaper': (w: SampleWorld) => ({ ...aVote(w), voters: [] }),
	'speakers.ask': (w: SampleWorld) => ({ ...firstItem(w), kind: 'speech' }),
	'speakers.withdraw': (w: SampleWorld) => firstItem(w),
	'speakers.add': (w: SampleWorld) => ({ ...firstItem(w), membershipId: membershipOf(w, 'membre@demo.cocon.fr'), kind: 'point_of_order' }),
	'speakers.remove': (w: SampleWorld) => ({ ...firstItem(w), membershipId: membershipOf(w, 'membre@demo.cocon.fr') }),
	'speakers.move': (w: SampleWorld) => ({ ...firstItem(w), membershipId: membershipOf(w, 'membre@demo.cocon.fr'), position: '0' }),
	'speakers.start': (w: SampleWorld) => firstItem(w),
	'speakers.stop': (w: SampleWorld) => firstItem(w),
	'speakers.setClosed': (w: SampleWorld) => ({ ...firstItem(w), closed: 'on' }),
	'speakers.setItemTime': (w: SampleWorld) => ({ ...firstItem(w), speakingSeconds: '120' }),
	'speakers.setDefaultTime': NAMES_NO_OBJECT,
	'votes.cast': (w: SampleWorld) => ({
		voteId: aVote(w).voteId,
		representedMembershipId: membershipOf(w, 'membre@demo.cocon.fr'),
		choice: ['yes'],
		clientBallotId: '6f1c1a52-43a4-4f43-9d0f-1f0f6e4c9a10'
	})
};
