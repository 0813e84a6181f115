// Set-up shared by the proposals tests: a council with one person per role, and a helper to write proposals.
import { eq } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { insertUser } from '../auth/users';
import { insertCouncil } from '../councils/create';
import { insertMembership, upsertOrganisation } from '../councils/memberships';
import { colleges, councils, themes } from '../councils/tables';
import type { Actor } from '../auth/permissions';
import { actorFor } from './access';
import { createProposal, type ProposalInput } from './write';
import { transitionProposal } from './lifecycle';
import { perform } from '../actions/perform';
import { addComment, editComment, hideComment, supportProposal, withdrawSupport } from './actions';

export const ROLES = ['secretariat', 'chair', 'member', 'evaluator', 'observer'] as const;

let seq = 0;

export function setup(options: { isPublic?: boolean; supportThreshold?: number; sameDatabase?: boolean } = {}) {
	if (!options.sameDatabase) useTestDatabase();
	const council = db().transaction((tx) =>
		insertCouncil(
			tx,
			{
				name: 'Conseil test',
				slug: `conseil-${++seq}`,
				territory: 'Lille',
				description: '',
				isPublic: options.isPublic ?? true,
				weighting: 'college',
				colleges: [
					{ name: 'Acteurs', weight: 60 },
					{ name: 'Collectivités', weight: 40 }
				]
			},
			null
		)
	);
	if (options.supportThreshold) db().update(councils).set({ supportThreshold: options.supportThreshold }).where(eq(councils.id, council.id)).run();
	const collegeRows = db().select().from(colleges).where(eq(colleges.councilId, council.id)).all();
	const themeRows = db().select().from(themes).where(eq(themes.councilId, council.id)).all();
	const theme = themeRows.filter((t) => t.kind === 'theme');
	const lever = themeRows.filter((t) => t.kind === 'lever');

	const person = (roles: string[], name = roles.join('+') || 'outsider', college = 0, org = '') =>
		db().transaction((tx) => {
			const user = insertUser(tx, { email: `${name}-${++seq}@example.org`.replace(/[^a-z0-9@.+-]/gi, ''), name: `${name} ${seq}` });
			if (roles.length)
				insertMembership(tx, {
					councilId: council.id,
					userId: user.id,
					collegeId: collegeRows[college].id,
					organisationId: org ? upsertOrganisation(tx, org, 'association') : null,
					roles
				});
			return user;
		});
	const actorOf = (userId: number): Actor => actorFor(userId, council.id);

	const people = {
		author: person(['member'], 'author', 0, 'Association A'),
		member: person(['member'], 'member', 0),
		member2: person(['member'], 'member2', 1),
		secretariat: person(['secretariat'], 'secretariat', 1),
		chair: person(['chair'], 'chair', 1),
		evaluator: person(['evaluator'], 'evaluator', 1),
		observer: person(['observer'], 'observer', 1),
		outsider: person([], 'outsider')
	};
	const admin = db().transaction((tx) => insertUser(tx, { email: `admin-${++seq}@example.org`, name: 'Admin', isAdmin: true }));
	const actors = {
		...(Object.fromEntries(Object.entries(people).map(([k, u]) => [k, actorOf(u.id)])) as Record<keyof typeof people, Actor>),
		admin: actorOf(admin.id),
		anonymous: { user: null, roles: [] } as Actor
	};

	const input = (over: Partial<ProposalInput> = {}): ProposalInput => ({
		title: 'Ouvrir le conseil aux chambres consulaires',
		summary: 'Associer les chambres consulaires aux travaux du conseil.',
		body: 'Le conseil invite la **CCI** et la chambre des métiers.',
		themeIds: [theme[0].id],
		links: [],
		coauthorIds: [],
		...over
	});

	/** The declared actions, run as a form would run them in this council (perform throws refusals as DomainErrors). */
	const act = {
		support: (a: Actor, proposalId: number) => perform(a, council, supportProposal, { proposalId }),
		unsupport: (a: Actor, proposalId: number) => perform(a, council, withdrawSupport, { proposalId }),
		comment: (a: Actor, proposalId: number, input: { body: string; parentId?: number }) => perform(a, council, addComment, { proposalId, ...input }),
		editComment: (a: Actor, commentId: number, input: { body: string }) => perform(a, council, editComment, { commentId, ...input }),
		hideComment: (a: Actor, commentId: number, input: { reason: string }) => perform(a, council, hideComment, { commentId, ...input })
	};

	/** A proposal by `author`, taken to the given state through the real services. */
	const proposalIn = (state: 'draft' | 'submitted' | 'accepted' | 'scheduled', over: Partial<ProposalInput> = {}, who: Actor = actors.author) => {
		const p = createProposal(who, council.id, input(over));
		if (state === 'draft') return p.id;
		transitionProposal(who, p.id, 'submit');
		if (state === 'submitted') return p.id;
		if (options.supportThreshold) act.support(actors.member, p.id);
		transitionProposal(actors.secretariat, p.id, 'accept', { answer: 'Accepté pour délibération.' });
		if (state === 'accepted') return p.id;
		transitionProposal(actors.secretariat, p.id, 'schedule');
		return p.id;
	};

	return { council, colleges: collegeRows, theme, lever, people, admin, actors, input, proposalIn, person, actorOf, act };
}

/** Another council in the database of the last setup(), with its own people in every role. */
export const secondCouncil = () => setup({ sameDatabase: true });
