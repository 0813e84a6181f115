// Sample inputs of the council actions, drawn from a council's objects (see actions/samples.ts).
import { and, eq } from 'drizzle-orm';
import { NAMES_NO_OBJECT, type SampleWorld, type Samples } from '../../actions/sample-types';
import { colleges, invitations, memberships, themes } from '../tables';
import { createInvitation } from '../invitations';
import { composeInvitationMail } from '$lib/i18n/members-server';
import { joinSamples } from './join-samples';

const college = (w: SampleWorld) => w.db.select().from(colleges).where(eq(colleges.councilId, w.councilId)).get()!;
const theme = (w: SampleWorld) =>
	w.db
		.select({ id: themes.id })
		.from(themes)
		.where(and(eq(themes.councilId, w.councilId), eq(themes.kind, 'theme')))
		.get()!.id;
const membership = (w: SampleWorld) =>
	w.db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.councilId, w.councilId), eq(memberships.userId, w.userId('membre@demo.cocon.fr'))))
		.get()!.id;

/** A pending invitation of the council (one is sent when it has none). */
const pendingInvitation = (w: SampleWorld) =>
	w.db.select({ id: invitations.id }).from(invitations).where(eq(invitations.councilId, w.councilId)).get()?.id ??
	createInvitation(
		{ councilId: w.councilId, email: 'invitee@example.org', name: 'Invitée', collegeId: college(w).id, organisationName: '', organisationType: 'association', roles: ['member'] },
		null,
		{ composeMail: composeInvitationMail }
	).id;

export const councilSamples: Samples = {
	'councils.updateGeneral': NAMES_NO_OBJECT,
	'councils.updateVoting': NAMES_NO_OBJECT,
	'councils.addCollege': NAMES_NO_OBJECT,
	'councils.updateCollege': (w: SampleWorld) => ({ id: college(w).id, name: 'Collège renommé', description: '' }),
	'councils.setCollegeWeights': (w: SampleWorld) => ({ collegeId: [String(college(w).id)], weight: ['40'] }),
	'councils.moveCollege': (w: SampleWorld) => ({ id: college(w).id, direction: 'down' }),
	'councils.deleteCollege': (w: SampleWorld) => ({ id: college(w).id }),
	'councils.addTheme': NAMES_NO_OBJECT,
	'councils.renameTheme': (w: SampleWorld) => ({ id: theme(w), name: 'Thème renommé' }),
	'councils.archiveTheme': (w: SampleWorld) => ({ id: theme(w), archived: 'true' }),
	'councils.moveTheme': (w: SampleWorld) => ({ id: theme(w), direction: 'down' }),
	'members.update': (w: SampleWorld) => ({ membershipId: membership(w), collegeId: String(college(w).id), roles: ['member'], voteWeight: '1', organisationName: '', organisationType: 'association' }),
	'members.reinvite': (w: SampleWorld) => ({ membershipId: membership(w) }),
	'members.deactivate': (w: SampleWorld) => ({ membershipId: membership(w) }),
	'members.reactivate': (w: SampleWorld) => ({ membershipId: membership(w) }),
	'members.invite': (w: SampleWorld) => ({
		email: 'nouvelle@example.org',
		name: 'Nouvelle Personne',
		collegeId: String(college(w).id),
		organisationName: '',
		organisationType: 'association',
		roles: ['member']
	}),
	'members.revokeInvitation': (w: SampleWorld) => ({ invitationId: pendingInvitation(w) }),
	'members.import': NAMES_NO_OBJECT,
	...joinSamples
};
