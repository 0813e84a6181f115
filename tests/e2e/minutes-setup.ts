// Setup of the minutes e2e (run with tsx against the e2e server's database, see minutes.spec.ts): a closed plenary
// of the demo council with one published named vote, held through the services, so that the test writes and
// publishes minutes that nobody else's test reads. Prints the plenary id and title as JSON.
import { getCouncilBySlug } from '../../src/lib/server/councils/councils';
import { getUserByEmail } from '../../src/lib/server/auth/users';
import { memberOf } from '../../src/lib/server/plenaries/vote-status';
import { createPlenary, setPlenaryState } from '../../src/lib/server/plenaries/plenaries';
import { addAgendaItem } from '../../src/lib/server/plenaries/agenda';
import { checkIn } from '../../src/lib/server/plenaries/attendance';
import { createVote, openVote, publishVote } from '../../src/lib/server/plenaries/votes';
import { castBallot } from '../../src/lib/server/plenaries/cast';
import { closeVote } from '../../src/lib/server/plenaries/close';

const stamp = process.argv[2] ?? Date.now().toString(36);
const council = getCouncilBySlug('ess-eurometropole-demo');
if (!council) throw new Error('demo council missing');
const userId = (email: string) => {
	const u = getUserByEmail(email);
	if (!u) throw new Error(`missing ${email}`);
	return u.id;
};
const secretariat = { id: userId('secretariat@demo.cocon.fr'), isAdmin: false };
const title = `Séance du procès-verbal ${stamp}`;
const plenary = createPlenary(secretariat, council.id, { kind: 'extraordinary', title, startsAt: new Date('2026-10-01T16:00:00Z'), place: 'Salle des conseils' });
const item = addAgendaItem(secretariat, plenary.id, { kind: 'vote', title: `Motion ${stamp}` });
setPlenaryState(secretariat, plenary.id, 'convened');
setPlenaryState(secretariat, plenary.id, 'open');
const voters = ['membre@demo.cocon.fr', 'presidence@demo.cocon.fr'].map((email) => memberOf(council.id, userId(email))!);
for (const membershipId of voters) checkIn(secretariat, { plenaryId: plenary.id, membershipId, mode: 'in_room' });
const vote = createVote(secretariat, item.id, {
	question: `Adoptez-vous la motion ${stamp} ?`,
	method: 'yes_no_abstain',
	weighting: 'none',
	majority: 'simple',
	base: 'cast',
	quorumKind: 'none',
	secrecy: 'named'
});
openVote(secretariat, vote.id);
voters.forEach((membershipId, i) =>
	castBallot({ voteId: vote.id, actingMembershipId: membershipId, representedMembershipId: membershipId, choice: ['yes'], clientBallotId: `minutes-e2e-${stamp}-${i}` })
);
closeVote(secretariat, vote.id);
publishVote(secretariat, vote.id);
setPlenaryState(secretariat, plenary.id, 'closed');
console.log(JSON.stringify({ plenaryId: plenary.id, title }));
