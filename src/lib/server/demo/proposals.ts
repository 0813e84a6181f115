// Demo proposals (docs/domain.md, 'The demo council'), written in one transaction through the proposals domain's own insert and
// transition functions, with dates in the past so that the timelines tell a believable story.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '../db/client';
import { users } from '../auth/tables';
import { councils, memberships, themes } from '../councils/tables';
import { insertProposal } from '../proposals/write';
import { addFollowers } from '../proposals/follows';
import { applyTransition } from '../proposals/lifecycle';
import { proposalAmendments, proposalComments, proposalEvents, proposals, proposalSupports, proposalVersions } from '../proposals/tables';
import type { ProposalRow } from '../proposals/access';
import type { TransitionName } from '../proposals/states';
import { generatedMembers } from './people';
import { ACHIEVEMENTS, AMENDMENT, CURRENT, type DemoProposal } from './proposals-content';

type Who = { login: string } | { member: number };

const DAY = 24 * 60 * 60 * 1000;

function when(at: string | number, now: number): Date {
	return typeof at === 'number' ? new Date(now - at * DAY) : new Date(`${at}T10:00:00Z`);
}

export function seedDemoProposals(slug: string, now = Date.now()): void {
	const council = db().select().from(councils).where(eq(councils.slug, slug)).get();
	if (!council) return;
	const people = generatedMembers();
	const emails = ['membre@demo.cocon.fr', 'secretariat@demo.cocon.fr', 'presidence@demo.cocon.fr', 'evaluation@demo.cocon.fr', ...people.map((p) => p.email)];
	const idByEmail = new Map(
		db()
			.select({ id: users.id, email: users.email })
			.from(users)
			.where(inArray(users.email, emails))
			.all()
			.map((u) => [u.email, u.id])
	);
	const userId = (who: Who) => idByEmail.get('login' in who ? who.login : people[who.member].email)!;
	const secretariat = idByEmail.get('secretariat@demo.cocon.fr')!;
	const chair = idByEmail.get('presidence@demo.cocon.fr')!;
	const tagIds = new Map(
		db()
			.select({ id: themes.id, name: themes.name })
			.from(themes)
			.where(eq(themes.councilId, council.id))
			.all()
			.map((t) => [t.name, t.id])
	);
	const supporters = db()
		.select({ userId: memberships.userId, roles: memberships.roles })
		.from(memberships)
		.where(and(eq(memberships.councilId, council.id), eq(memberships.status, 'active')))
		.all()
		.filter((m) => m.roles.includes('member'))
		.map((m) => m.userId);

	db().transaction((tx) => {
		const byKey = new Map<string, ProposalRow>();
		let supporterOffset = 0;
		const write = (d: DemoProposal) => {
			const authorId = userId(d.author);
			let row = insertProposal(
				tx,
				{
					councilId: council.id,
					authorId,
					title: d.title,
					summary: d.summary,
					body: d.body,
					links: d.links ?? [],
					themeIds: [...d.themes, ...(d.levers ?? [])].map((name) => tagIds.get(name)!).filter(Boolean),
					coauthorIds: [],
					createdAt: when(d.created, now)
				},
				{ skipChecks: true }
			);
			const chosen = supporters.filter((id) => id !== authorId).slice(supporterOffset % 40, (supporterOffset % 40) + (d.supports ?? 0));
			supporterOffset += 7;
			for (const step of d.steps) {
				const at = when(step.at, now);
				if (step.do === 'answer') {
					const actorId = step.by === 'chair' ? chair : secretariat;
					row = tx.update(proposals).set({ answer: step.answer, answeredAt: at, updatedAt: at }).where(eq(proposals.id, row.id)).returning().get();
					tx.insert(proposalEvents).values({ proposalId: row.id, actorId, kind: 'answer', answer: step.answer, createdAt: at }).run();
				} else if (step.do === 'update') {
					row = tx.update(proposals).set({ progress: step.progress, updatedAt: at }).where(eq(proposals.id, row.id)).returning().get();
					tx.insert(proposalEvents).values({ proposalId: row.id, actorId: secretariat, kind: 'update', note: step.note, progress: step.progress, createdAt: at }).run();
				} else {
					const by = step.do === 'submit' ? authorId : step.do === 'adopt' || step.do === 'reject' ? null : 'by' in step && step.by === 'chair' ? chair : secretariat;
					if (step.do === 'submit') addSupports(tx, row.id, chosen, at);
					row = applyTransition(tx, { ...row, supportsCount: chosen.length }, step.do as TransitionName, by, {
						answer: 'answer' in step ? step.answer : undefined,
						reason: 'reason' in step ? step.reason : undefined,
						targetId: 'target' in step && step.target ? byKey.get(step.target)!.id : undefined,
						at,
						voteId: null
					});
				}
			}
			for (const c of d.comments ?? []) {
				const parent = addComment(tx, row.id, userId(c.by), c.body, when(c.at, now), null);
				if (c.reply) addComment(tx, row.id, userId(c.reply.by), c.reply.body, when(c.reply.at, now), parent);
			}
			byKey.set(d.key, row);
		};
		CURRENT.forEach(write);
		ACHIEVEMENTS.forEach(write);
		amend(tx, byKey.get(AMENDMENT.proposal)!, userId(AMENDMENT.by), when(AMENDMENT.at, now));
	});
}

function addSupports(tx: Tx, proposalId: number, userIds: number[], at: Date): void {
	userIds.forEach((userId, i) =>
		tx
			.insert(proposalSupports)
			.values({ proposalId, userId, createdAt: new Date(at.getTime() + (i + 1) * 3600_000) })
			.run()
	);
	tx.update(proposals).set({ supportsCount: userIds.length }).where(eq(proposals.id, proposalId)).run();
	addFollowers(tx, proposalId, userIds);
}

function addComment(tx: Tx, proposalId: number, authorId: number, body: string, at: Date, parentId: number | null): number {
	const id = tx.insert(proposalComments).values({ proposalId, authorId, body, parentId, createdAt: at }).returning({ id: proposalComments.id }).get().id;
	tx.run(sql`update proposals set comments_count = comments_count + 1 where id = ${proposalId}`);
	return id;
}

/** The demo's one amendment: proposed by a member, accepted by the author, producing version 2. */
function amend(tx: Tx, proposal: ProposalRow, authorId: number, at: Date): void {
	const current = tx.select().from(proposals).where(eq(proposals.id, proposal.id)).get()!;
	const body = current.body.replace(AMENDMENT.find, AMENDMENT.replace);
	const decidedAt = new Date(at.getTime() + 2 * DAY);
	const amendment = tx
		.insert(proposalAmendments)
		.values({
			proposalId: current.id,
			authorId,
			baseVersion: 1,
			title: current.title,
			summary: current.summary,
			body,
			reason: AMENDMENT.reason,
			status: 'accepted',
			decidedBy: current.authorId,
			decidedAt,
			resultingVersion: 2,
			createdAt: at
		})
		.returning()
		.get();
	tx.insert(proposalVersions)
		.values({ proposalId: current.id, version: 2, title: current.title, summary: current.summary, body, amendmentId: amendment.id, createdBy: authorId, createdAt: decidedAt })
		.run();
	tx.update(proposals).set({ body, version: 2 }).where(eq(proposals.id, current.id)).run();
	tx.insert(proposalEvents).values({ proposalId: current.id, actorId: current.authorId, kind: 'version', version: 2, createdAt: decidedAt }).run();
}
