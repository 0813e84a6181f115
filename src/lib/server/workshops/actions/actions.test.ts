// The workshop actions on the runner: guests keep exactly their rights (their own workshop, contributing only),
// facilitators whose council role is not 'member' still contribute, and every id is looked up in its workshop.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../../db/client';
import { insertUser } from '../../auth/users';
import { actorFor } from '../../proposals/access';
import { perform } from '../../actions/perform';
import { DomainError } from '../../errors';
import { ANONYMOUS } from '../../auth/permissions';
import { setup } from '../test-fixtures';
import { acceptGuestLinkAsUser, createGuestLink } from '../guests';
import { insertWorkshop } from '../workshops';
import { workshopContributions, workshopMeetings } from '../tables';
import { addMeeting, commentContribution, createCluster, joinWorkshop, postContribution, retain, saveMeetingNotes, toggleVote } from '.';

const code = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
	return 'ok';
};

const meeting = { title: 'Séance', startsAt: '2026-03-10T18:00', endsAt: '2026-03-10T20:00', place: 'Salle', onlineUrl: '', agenda: '' };

function world() {
	const s = setup();
	const other = s.workshopFor('Mobilités douces');
	const link = createGuestLink(s.facilitator, s.workshopId, 'Invitée externe');
	const guestUser = db().transaction((tx) => insertUser(tx, { email: `guest-${s.workshopId}@example.org`, name: 'Gaëlle Invitée' }));
	acceptGuestLinkAsUser(link.token, guestUser.id);
	const guest = actorFor(guestUser.id, s.council.id);
	return { ...s, other, guest };
}

describe('workshop actions: guests', () => {
	it('a guest posts, upvotes, comments and writes notes in their workshop', () => {
		const s = world();
		const c = perform(s.guest, s.council, postContribution, { workshopId: s.workshopId, kind: 'need', body: 'Des données' });
		expect(perform(s.guest, s.council, toggleVote, { workshopId: s.workshopId, contributionId: c.id })).toEqual({ voted: true, votesCount: 1 });
		perform(s.guest, s.council, commentContribution, { workshopId: s.workshopId, contributionId: c.id, body: 'Précision' });
		const m = perform(s.facilitator, s.council, addMeeting, { workshopId: s.workshopId, ...meeting });
		expect(perform(s.guest, s.council, saveMeetingNotes, { workshopId: s.workshopId, meetingId: m.id, notes: 'Notes', baseVersion: 0 })).toEqual({ version: 1 });
	});

	it('a guest acts on no other workshop of the council: it does not exist for them', () => {
		const s = world();
		const before = db().select().from(workshopContributions).all().length;
		expect(code(() => perform(s.guest, s.council, postContribution, { workshopId: s.other, kind: 'need', body: 'Ailleurs' }))).toBe('workshops_error_not_found');
		expect(db().select().from(workshopContributions).all().length).toBe(before);
	});

	it('a guest does not facilitate nor join', () => {
		const s = world();
		const c = perform(s.guest, s.council, postContribution, { workshopId: s.workshopId, kind: 'idea', body: 'Une idée' });
		expect(code(() => perform(s.guest, s.council, createCluster, { workshopId: s.workshopId, name: 'Groupe', contributionIds: [c.id] }))).toBe('workshops_error_forbidden');
		expect(code(() => perform(s.guest, s.council, retain, { workshopId: s.workshopId, contributionId: c.id, retained: 'true' }))).toBe('workshops_error_forbidden');
		expect(code(() => perform(s.guest, s.council, addMeeting, { workshopId: s.workshopId, ...meeting }))).toBe('workshops_error_forbidden');
		expect(code(() => perform(s.guest, s.council, joinWorkshop, { workshopId: s.workshopId }))).toBe('common_error_forbidden');
	});
});

describe('workshop actions: scope', () => {
	it('a chair appointed facilitator posts on the board (admitted on their workshop), not on another', () => {
		const s = setup();
		const w = db().transaction((tx) => insertWorkshop(tx, s.council.id, { title: 'Présidence', year: 2026, themeId: null, mandate: '', facilitatorIds: [s.people.chair.id] }, null));
		expect(code(() => perform(s.actors.chair, s.council, postContribution, { workshopId: w.id, kind: 'idea', body: 'Idée' }))).toBe('ok');
		expect(code(() => perform(s.actors.chair, s.council, postContribution, { workshopId: s.workshopId, kind: 'idea', body: 'Idée' }))).toBe('common_error_forbidden');
	});

	it('a contribution or meeting of another workshop is not found through this one', () => {
		const s = world();
		const other = perform(s.facilitator, s.council, postContribution, { workshopId: s.other, kind: 'idea', body: 'Ailleurs' });
		const m = perform(s.facilitator, s.council, addMeeting, { workshopId: s.other, ...meeting });
		expect(code(() => perform(s.actors.member, s.council, toggleVote, { workshopId: s.workshopId, contributionId: other.id }))).toBe('workshops_error_contribution_not_found');
		expect(code(() => perform(s.actors.member, s.council, saveMeetingNotes, { workshopId: s.workshopId, meetingId: m.id, notes: 'x', baseVersion: 0 }))).toBe('workshops_error_meeting_not_found');
		expect(db().select().from(workshopMeetings).where(eq(workshopMeetings.id, m.id)).get()!.notesVersion).toBe(0);
	});

	it('an anonymous visitor is asked to log in', () => {
		const s = setup();
		expect(code(() => perform(ANONYMOUS, s.council, postContribution, { workshopId: s.workshopId, kind: 'idea', body: 'Idée' }))).toBe('common_error_login_required');
	});
});
