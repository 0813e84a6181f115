import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { subscribe, type DomainEvent } from '../events/bus';
import { setup } from './test-fixtures';
import { getProposal } from './access';
import { hasSupported, supportProposal, withdrawSupport } from './supports';
import { addComment, editComment, EDIT_WINDOW_MS, hideComment, listComments } from './comments';
import { proposalComments, proposalSupports } from './tables';
import { transitionProposal } from './lifecycle';

function code(fn: () => unknown): string | null {
	try {
		fn();
		return null;
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
}

describe('supports', () => {
	it('counts one support per member, even under concurrent requests', async () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const results = await Promise.all(Array.from({ length: 20 }, () => Promise.resolve().then(() => supportProposal(fx.actors.member, id))));
		expect(results.filter((r) => r.changed)).toHaveLength(1);
		await Promise.all([
			...Array.from({ length: 10 }, () => Promise.resolve().then(() => supportProposal(fx.actors.member2, id))),
			...Array.from({ length: 10 }, () => Promise.resolve().then(() => supportProposal(fx.actors.member, id)))
		]);
		const rows = db().select().from(proposalSupports).where(eq(proposalSupports.proposalId, id)).all();
		expect(rows).toHaveLength(2);
		expect(getProposal(id)!.supportsCount).toBe(2);
	});

	it('is enforced by a unique index, not only by the service', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		supportProposal(fx.actors.member, id);
		expect(() => db().insert(proposalSupports).values({ proposalId: id, userId: fx.people.member.id }).run()).toThrow(/UNIQUE/);
	});

	it('lets a member withdraw, and keeps the count right', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		supportProposal(fx.actors.member, id);
		supportProposal(fx.actors.member2, id);
		expect(withdrawSupport(fx.actors.member, id)).toMatchObject({ supported: false, count: 1, changed: true });
		expect(withdrawSupport(fx.actors.member, id)).toMatchObject({ count: 1, changed: false });
		expect(hasSupported(id, fx.people.member.id)).toBe(false);
		expect(hasSupported(id, fx.people.member2.id)).toBe(true);
	});

	it('publishes the new count after commit', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const seen: DomainEvent[] = [];
		const off = subscribe((e) => seen.push(e));
		supportProposal(fx.actors.member, id);
		off();
		expect(seen).toContainEqual({ type: 'proposal.changed', councilId: fx.council.id, proposalId: id, what: 'supports', supportsCount: 1 });
	});

	it('refuses supports on drafts and after submission, from the authors, and from non-members', () => {
		const fx = setup();
		const draft = fx.proposalIn('draft');
		expect(code(() => supportProposal(fx.actors.member, draft))).toBe('proposals_error_not_found');
		const accepted = fx.proposalIn('accepted');
		expect(code(() => supportProposal(fx.actors.member, accepted))).toBe('proposals_error_support_closed');
		const id = fx.proposalIn('submitted', { coauthorIds: [fx.people.member2.id] });
		expect(code(() => supportProposal(fx.actors.author, id))).toBe('proposals_error_support_own');
		expect(code(() => supportProposal(fx.actors.member2, id))).toBe('proposals_error_support_own');
		for (const who of ['secretariat', 'chair', 'evaluator', 'observer', 'outsider', 'anonymous', 'admin'] as const)
			expect(code(() => supportProposal(fx.actors[who], id)), who).toBe('proposals_error_forbidden');
	});
});

describe('comments', () => {
	it('allows one level of replies only', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const top = addComment(fx.actors.member, id, { body: 'Bonne idée.' });
		const reply = addComment(fx.actors.secretariat, id, { body: 'Merci !', parentId: top.id });
		expect(code(() => addComment(fx.actors.member, id, { body: 'Et encore ?', parentId: reply.id }))).toBe('proposals_error_reply_depth');
		const other = fx.proposalIn('submitted');
		expect(code(() => addComment(fx.actors.member, other, { body: 'x', parentId: top.id }))).toBe('proposals_error_comment_parent');
		const thread = listComments(id, undefined);
		expect(thread).toHaveLength(1);
		expect(thread[0].replies.map((r) => r.body)).toEqual(['Merci !']);
		expect(getProposal(id)!.commentsCount).toBe(2);
	});

	it('refuses comments from observers and visitors, and on drafts', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		for (const who of ['observer', 'outsider', 'anonymous'] as const)
			expect(code(() => addComment(fx.actors[who], id, { body: 'x' })), who).toBe('proposals_error_forbidden');
		expect(code(() => addComment(fx.actors.member, id, { body: '   ' }))).toBe('proposals_error_comment_required');
		const draft = fx.proposalIn('draft');
		expect(code(() => addComment(fx.actors.author, draft, { body: 'note' }))).toBe('proposals_error_comment_draft');
	});

	it('lets the author edit within 15 minutes, then refuses with a message', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const c = addComment(fx.actors.member, id, { body: 'Premier jet' });
		const written = c.createdAt.getTime();
		expect(editComment(fx.actors.member, c.id, { body: 'Version corrigée' }, written + EDIT_WINDOW_MS - 1000).body).toBe('Version corrigée');
		expect(code(() => editComment(fx.actors.member2, c.id, { body: 'x' }, written))).toBe('proposals_error_forbidden');
		try {
			editComment(fx.actors.member, c.id, { body: 'Trop tard' }, written + EDIT_WINDOW_MS + 1000);
			expect.unreachable();
		} catch (e) {
			expect(e).toMatchObject({ code: 'proposals_error_edit_window', field: 'body', params: { minutes: 15 } });
		}
		// the window is counted from the stored creation time
		db().update(proposalComments).set({ createdAt: new Date(Date.now() - 16 * 60 * 1000) }).where(eq(proposalComments.id, c.id)).run();
		expect(code(() => editComment(fx.actors.member, c.id, { body: 'Encore' }))).toBe('proposals_error_edit_window');
		expect(listComments(id, fx.people.member.id)[0]).toMatchObject({ body: 'Version corrigée', editableUntil: null });
	});

	it('lets the secretariat hide a comment with a public reason; the text is withheld and no longer counted', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const c = addComment(fx.actors.member, id, { body: 'Propos injurieux' });
		expect(code(() => hideComment(fx.actors.chair, c.id, { reason: 'x' }))).toBe('proposals_error_forbidden');
		expect(code(() => hideComment(fx.actors.secretariat, c.id, { reason: ' ' }))).toBe('proposals_error_reason_required');
		hideComment(fx.actors.secretariat, c.id, { reason: 'Propos contraires à la charte' });
		expect(listComments(id, undefined)[0]).toMatchObject({ hidden: true, body: null, hiddenReason: 'Propos contraires à la charte' });
		expect(getProposal(id)!.commentsCount).toBe(0);
		expect(code(() => editComment(fx.actors.member, c.id, { body: 'x' }))).toBe('proposals_error_comment_hidden');
		expect(code(() => hideComment(fx.actors.secretariat, c.id, { reason: 'encore' }))).toBe('proposals_error_comment_hidden');
		// Nobody replies to a hidden comment: the thread would answer something no one can read.
		expect(code(() => addComment(fx.actors.member, id, { body: 'Réponse', parentId: c.id }))).toBe('proposals_error_comment_hidden');
	});

	it('keeps the denormalised count equal to the visible comments', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		for (let i = 0; i < 5; i++) addComment(fx.actors.member, id, { body: `c${i}` });
		const first = listComments(id, undefined)[0];
		hideComment(fx.actors.secretariat, first.id, { reason: 'doublon' });
		transitionProposal(fx.actors.secretariat, id, 'accept', { answer: 'ok' });
		const visible = db().get<{ n: number }>(sql`select count(*) as n from proposal_comments where proposal_id = ${id} and hidden_at is null`)!.n;
		expect(getProposal(id)!.commentsCount).toBe(visible);
		expect(visible).toBe(4);
	});
});
