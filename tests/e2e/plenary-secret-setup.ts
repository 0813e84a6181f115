// Setup of the secret-ballot and verification e2e (plenary-secret.spec.ts), run with tsx against the e2e server's
// database: (1) in the demo council, an open plenary with an OPEN named yes/no vote and a new voting member who can
// log in, checked in; (2) in a separate public council with colleges A (6 members), B (5) and C (1), a secret vote
// weighted by college, cast by all twelve, closed and published. Prints the ids as JSON.
import { and, eq } from 'drizzle-orm';
import { db } from '../../src/lib/server/db/client';
import { getCouncilBySlug } from '../../src/lib/server/councils/councils';
import { createUser, getUserByEmail, insertUser } from '../../src/lib/server/auth/users';
import { insertCouncil } from '../../src/lib/server/councils/create';
import { insertMembership } from '../../src/lib/server/councils/memberships';
import { colleges, memberships } from '../../src/lib/server/councils/tables';
import { createPlenary, setPlenaryState } from '../../src/lib/server/plenaries/plenaries';
import { addAgendaItem } from '../../src/lib/server/plenaries/agenda';
import { checkIn } from '../../src/lib/server/plenaries/attendance';
import { createVote, openVote, publishVote } from '../../src/lib/server/plenaries/votes';
import { closeVote } from '../../src/lib/server/plenaries/close';
import { castBallot } from '../../src/lib/server/plenaries/cast';

const stamp = process.argv[2] ?? Date.now().toString(36);
const password = process.argv[3] ?? 'cocon-demo-2026';

const demo = getCouncilBySlug('ess-eurometropole-demo');
if (!demo) throw new Error('demo council missing');
const secretariat = getUserByEmail('secretariat@demo.cocon.fr')!;
const actor = { id: secretariat.id, isAdmin: false };
const karim = db()
	.select()
	.from(memberships)
	.where(and(eq(memberships.councilId, demo.id), eq(memberships.userId, getUserByEmail('membre@demo.cocon.fr')!.id)))
	.get()!;

// (1) the demo council: an open named motion and a voter already checked in
const voterEmail = `recu-${stamp}@example.org`;
const voter = await createUser({ email: voterEmail, name: `Renée Reçu ${stamp}`, password });
const voterMembership = insertMembership(db(), { councilId: demo.id, userId: voter.id, collegeId: karim.collegeId, organisationId: null, roles: ['member'] });
const plenary = createPlenary(actor, demo.id, { kind: 'ordinary', title: `Plénière reçus ${stamp}`, startsAt: new Date(), place: 'Salle du conseil' });
const item = addAgendaItem(actor, plenary.id, { kind: 'vote', title: `Rapport financier ${stamp}` });
setPlenaryState(actor, plenary.id, 'convened');
setPlenaryState(actor, plenary.id, 'open');
checkIn(actor, { plenaryId: plenary.id, membershipId: voterMembership.id, mode: 'in_room' });
const motion = createVote(actor, item.id, {
	question: `Approuvez-vous le rapport financier ? ${stamp}`,
	method: 'yes_no_abstain',
	weighting: 'none',
	majority: 'simple',
	base: 'cast',
	quorumKind: 'none'
});
openVote(actor, motion.id);

// (2) a council with a one-person college, and a published secret vote weighted by college
const council = db().transaction((tx) =>
	insertCouncil(
		tx,
		{
			name: `Conseil secret ${stamp}`,
			slug: `secret-${stamp}`,
			territory: 'Strasbourg',
			description: '',
			isPublic: true,
			weighting: 'college',
			majority: 'simple',
			majorityBase: 'cast',
			colleges: [
				{ name: `Collège des structures ${stamp}`, weight: 50 },
				{ name: `Collège des salariés ${stamp}`, weight: 30 },
				{ name: `Collège solo ${stamp}`, weight: 20 }
			]
		},
		null
	)
);
insertMembership(db(), { councilId: council.id, userId: secretariat.id, collegeId: null, organisationId: null, roles: ['secretariat'] });
const cs = db().select().from(colleges).where(eq(colleges.councilId, council.id)).orderBy(colleges.position).all();
const people = [6, 5, 1].flatMap((n, i) =>
	Array.from({ length: n }, (_, k) => {
		const u = insertUser(db(), { email: `s${i}-${k}-${stamp}@example.org`, name: `Votant ${i}-${k} ${stamp}` });
		return insertMembership(db(), { councilId: council.id, userId: u.id, collegeId: cs[i].id, organisationId: null, roles: ['member'] });
	})
);
const secretPlenary = createPlenary(actor, council.id, { kind: 'ordinary', title: `Plénière secrète ${stamp}`, startsAt: new Date(), place: 'Salle' });
const secretItem = addAgendaItem(actor, secretPlenary.id, { kind: 'vote', title: `Élection ${stamp}` });
setPlenaryState(actor, secretPlenary.id, 'convened');
setPlenaryState(actor, secretPlenary.id, 'open');
for (const p of people) checkIn(actor, { plenaryId: secretPlenary.id, membershipId: p.id, mode: 'in_room' });
const secret = createVote(actor, secretItem.id, { question: `Vote secret ${stamp}`, method: 'yes_no_abstain', secrecy: 'secret', weighting: 'college', quorumKind: 'none', confirmSmallGroups: true });
openVote(actor, secret.id, { confirmSmallGroups: true });
people.forEach((p, i) =>
	castBallot({ voteId: secret.id, actingMembershipId: p.id, representedMembershipId: p.id, choice: [i === people.length - 1 ? 'no' : 'yes'], clientBallotId: `e2e-${stamp}-${i}` })
);
closeVote(actor, secret.id);
publishVote(actor, secret.id);

console.log(
	JSON.stringify({
		plenaryId: plenary.id,
		voteId: motion.id,
		question: motion.question,
		voterEmail,
		secretSlug: council.slug,
		secretPlenaryId: secretPlenary.id,
		secretVoteId: secret.id,
		soloCollege: cs[2].name,
		bigCollege: cs[0].name
	})
);
