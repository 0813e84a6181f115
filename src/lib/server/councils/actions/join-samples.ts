// Sample inputs of the join-request actions (see actions/samples.ts). The demo council has one request to join
// waiting (demo/join-requests.ts); a confirmation sample gets a request of its own, whose token is known.
import { and, eq } from 'drizzle-orm';
import { NAMES_NO_OBJECT, type SampleWorld, type Samples } from '../../actions/sample-types';
import { hashToken } from '../../auth/session';
import { colleges, joinRequests } from '../tables';

const college = (w: SampleWorld) => w.db.select({ id: colleges.id }).from(colleges).where(eq(colleges.councilId, w.councilId)).get()!.id;

const pendingRequest = (w: SampleWorld) =>
	w.db
		.select({ id: joinRequests.id })
		.from(joinRequests)
		.where(and(eq(joinRequests.councilId, w.councilId), eq(joinRequests.status, 'pending')))
		.get()!.id;

/** An unconfirmed request of the council whose token is known (only hashes are stored). */
function unconfirmedToken(w: SampleWorld): string {
	const token = `sample-${w.councilId}`;
	w.db
		.insert(joinRequests)
		.values({ councilId: w.councilId, email: 'sample-request@example.org', name: 'Sample', tokenHash: hashToken(token), tokenExpiresAt: new Date(Date.now() + 3600_000) })
		.onConflictDoNothing()
		.run();
	return token;
}

export const joinSamples: Samples = {
	'councils.setJoinRequests': NAMES_NO_OBJECT,
	'members.requestJoin': (w: SampleWorld) => ({
		name: 'Nadia Nouvelle',
		email: 'nadia.sample@example.org',
		organisationType: 'association',
		collegeId: String(college(w)),
		motivation: 'Participer.'
	}),
	'members.confirmJoinRequest': (w: SampleWorld) => ({ token: unconfirmedToken(w) }),
	'members.acceptJoinRequest': (w: SampleWorld) => ({ requestId: pendingRequest(w), collegeId: String(college(w)), role: 'member' }),
	'members.declineJoinRequest': (w: SampleWorld) => ({ requestId: pendingRequest(w), reason: 'Hors du territoire.' })
};
