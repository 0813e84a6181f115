// Setup of the plenaries e2e (run with tsx against the e2e server's database, see plenaries-manage.spec.ts): an
// accepted proposal of the demo council, written by membre@ and accepted by the secretariat through the services,
// so that the test schedules a proposal nobody else's test reads. Prints its id and title as JSON.
import { eq } from 'drizzle-orm';
import { db } from '../../src/lib/server/db/client';
import { getCouncilBySlug } from '../../src/lib/server/councils/councils';
import { getUserByEmail } from '../../src/lib/server/auth/users';
import { themes } from '../../src/lib/server/councils/tables';
import { actorFor } from '../../src/lib/server/proposals/access';
import { createProposal } from '../../src/lib/server/proposals/write';
import { transitionProposal } from '../../src/lib/server/proposals/lifecycle';
import { supportProposal } from '../../src/lib/server/proposals/actions';
import { perform } from '../../src/lib/server/actions/perform';

const stamp = process.argv[2] ?? Date.now().toString(36);
const council = getCouncilBySlug('ess-eurometropole-demo');
if (!council) throw new Error('demo council missing');
const user = (email: string) => {
	const u = getUserByEmail(email);
	if (!u) throw new Error(`missing ${email}`);
	return u;
};
const author = actorFor(user('membre@demo.cocon.fr').id, council.id);
const secretariat = actorFor(user('secretariat@demo.cocon.fr').id, council.id);
const theme = db()
	.select()
	.from(themes)
	.where(eq(themes.councilId, council.id))
	.all()
	.find((t) => t.kind === 'theme');
const title = `Proposition à programmer ${stamp}`;
const p = createProposal(author, council.id, {
	title,
	summary: 'Une proposition acceptée pour la prochaine plénière.',
	body: 'Le conseil inscrit cette proposition à l’ordre du jour.',
	themeIds: theme ? [theme.id] : [],
	links: [],
	coauthorIds: []
});
transitionProposal(author, p.id, 'submit');
for (const email of ['presidence@demo.cocon.fr', 'evaluation@demo.cocon.fr', 'observateur@demo.cocon.fr', 'secretariat@demo.cocon.fr']) {
	if ((council.supportThreshold ?? 0) <= 0) break;
	try {
		perform(actorFor(user(email).id, council.id), council, supportProposal, { proposalId: p.id });
	} catch {
		// not every role may support: the threshold of the demo council is met by those who can
	}
}
transitionProposal(secretariat, p.id, 'accept', { answer: 'Acceptée pour délibération en plénière.' });
console.log(JSON.stringify({ proposalId: p.id, proposalTitle: title }));
