// Sample inputs of the sessions and votes actions, drawn from a council's objects (see actions/samples.ts): the
// demo's upcoming session, its agenda and a vote; a member's membership.
import { and, asc, desc, eq } from 'drizzle-orm';
import { NAMES_NO_OBJECT, type SampleWorld, type Samples } from '../../actions/sample-types';
import { memberships, themes } from '../../councils/tables';
import { proposals } from '../../proposals/tables';
import { agendaItemProposals, agendaItems, plenarySessions, votes } from '../tables';

/** The upcoming session (convened in the demo; earlier samples may have moved it on). */
const convened = (w: SampleWorld) => w.db.select({ id: plenarySessions.id }).from(plenarySessions).where(eq(plenarySessions.councilId, w.councilId)).orderBy(desc(plenarySessions.startsAt)).get()!.id;

const firstItem = (w: SampleWorld) => {
	const sessionId = convened(w);
	return { sessionId, itemId: w.db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.sessionId, sessionId)).orderBy(asc(agendaItems.position)).get()!.id };
};

/** A vote of the council with its session (a draft of the convened session when there is one). */
const aVote = (w: SampleWorld) => w.db.select({ sessionId: votes.sessionId, voteId: votes.id }).from(votes).where(eq(votes.councilId, w.councilId)).orderBy(asc(votes.state), asc(votes.id)).get()!;

const membershipOf = (w: SampleWorld, email: string) =>
	w.db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.councilId, w.councilId), eq(memberships.userId, w.userId(email))))
		.get()!.id;

/** A proposal scheduled on an agenda item of the council, with that item and its session. */
const aLink = (w: SampleWorld) =>
	w.db
		.select({ sessionId: agendaItems.sessionId, itemId: agendaItems.id, proposalId: agendaItemProposals.proposalId })
		.from(agendaItemProposals)
		.innerJoin(agendaItems, eq(agendaItems.id, agendaItemProposals.agendaItemId))
		.innerJoin(plenarySessions, eq(plenarySessions.id, agendaItems.sessionId))
		.where(eq(plenarySessions.councilId, w.councilId))
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

const session = { kind: 'ordinary', title: 'Plénière', startsAt: '2027-06-01T18:00', place: 'Salle', description: '' };
const item = { kind: 'debate', title: 'Un point', durationMinutes: '10', presenter: '', description: '' };
const vote = { question: 'Adopter ?', method: 'yes_no_abstain', weighting: 'none', secrecy: 'named', majority: 'simple', base: 'cast', quorumKind: 'none' };

export const sessionSamples: Samples = {
	'sessions.create': NAMES_NO_OBJECT,
	'sessions.update': (w: SampleWorld) => ({ sessionId: convened(w), ...session }),
	'sessions.changeState': (w: SampleWorld) => ({ sessionId: convened(w), to: 'closed' }),
	'sessions.delete': (w: SampleWorld) => ({ sessionId: convened(w) }),
	'sessions.checkInSelf': (w: SampleWorld) => ({ sessionId: convened(w), mode: 'in_room' }),
	'sessions.checkOutSelf': (w: SampleWorld) => ({ sessionId: convened(w) }),
	'sessions.checkIn': (w: SampleWorld) => ({ sessionId: convened(w), membershipId: membershipOf(w, 'membre@demo.cocon.fr'), mode: 'remote' }),
	'sessions.checkOut': (w: SampleWorld) => ({ sessionId: convened(w), membershipId: membershipOf(w, 'membre@demo.cocon.fr') }),
	'sessions.addItem': (w: SampleWorld) => ({ sessionId: convened(w), ...item }),
	'sessions.updateItem': (w: SampleWorld) => ({ ...firstItem(w), ...item }),
	'sessions.removeItem': (w: SampleWorld) => firstItem(w),
	'sessions.moveItem': (w: SampleWorld) => ({ ...firstItem(w), direction: 'down' }),
	'sessions.reorderItem': (w: SampleWorld) => ({ ...firstItem(w), position: '1' }),
	'sessions.setCurrentItem': (w: SampleWorld) => firstItem(w),
	'sessions.linkProposal': (w: SampleWorld) => ({ ...firstItem(w), proposalId: aProposal(w) }),
	'sessions.unlinkProposal': (w: SampleWorld) => ({ ...aLink(w), reason: 'Reporté' }),
	'sessions.addDocument': (w: SampleWorld) => ({ ...firstItem(w), document: new File(['Ordre du jour'], 'ordre.txt', { type: 'text/plain' }) }),
	'sessions.removeDocument': (w: SampleWorld) => ({ ...firstItem(w), fileId: '1' }),
	'sessions.saveMinutes': (w: SampleWorld) => ({ sessionId: convened(w), title: ['Ouverture'], body: ['Texte'] }),
	'sessions.publishMinutes': (w: SampleWorld) => ({ sessionId: convened(w) }),
	'sessions.adoptThemes': (w: SampleWorld) => ({ ...aVote(w), year: '2027' }),
	'sessions.setAnnualThemes': (w: SampleWorld) => ({ year: '2027', themeIds: themeIds(w) }),
	'sessions.giveProxy': (w: SampleWorld) => ({ sessionId: convened(w), holderMembershipId: membershipOf(w, 'presidence@demo.cocon.fr') }),
	'sessions.recordProxy': (w: SampleWorld) => ({ sessionId: convened(w), giverMembershipId: membershipOf(w, 'membre@demo.cocon.fr'), holderMembershipId: membershipOf(w, 'presidence@demo.cocon.fr') }),
	'sessions.revokeProxy': (w: SampleWorld) => ({ sessionId: convened(w), giverMembershipId: membershipOf(w, 'membre@demo.cocon.fr') }),
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
