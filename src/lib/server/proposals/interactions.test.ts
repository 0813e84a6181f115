import { afterEach, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { subscribe, type DomainEvent } from '../events/bus';
import { secondCouncil, setup } from './test-fixtures';
import { getProposal } from './access';
import { hasSupported } from './supports';
import { EDIT_WINDOW_MS, listComments } from './comments';
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
		const results = await Promise.all(Array.from({ length: 20 }, () => Promise.resolve().then(() => fx.act.support(fx.actors.member, id))));
		expect(results.filter((r) => r.changed)).toHaveLength(1);
		await Promise.all([
			...Array.from({ length: 10 }, () => Promise.resolve().then(() => fx.act.support(fx.actors.member2, id))),
			...Array.from({ length: 10 }, () => Promise.resolve().then(() => fx.act.support(fx.actors.member, id)))
		]);
		const rows = db().select().from(proposalSupports).where(eq(proposalSupports.proposalId, id)).all();
		expect(rows).toHaveLength(2);
		expect(getProposal(id)!.supportsCount).toBe(2);
	});

	it('is enforced by a unique index, not only by the service', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		fx.act.support(fx.actors.member, id);
		expect(() => db().insert(proposalSupports).values({ proposalId: id, userId: fx.people.member.id }).run()).toThrow(/UNIQUE/);
	});

	it('lets a member withdraw, and keeps the count right', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		fx.act.support(fx.actors.member, id);
		fx.act.support(fx.actors.member2, id);
		expect(fx.act.unsupport(fx.actors.member, id)).toMatchObject({ supported: false, count: 1, changed: true });
		expect(fx.act.unsupport(fx.actors.member, id)).toMatchObject({ count: 1, changed: false });
		expect(hasSupported(id, fx.people.member.id)).toBe(false);
		expect(hasSupported(id, fx.people.member2.id)).toBe(true);
	});

	it('publishes the new count after commit', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const seen: DomainEvent[] = [];
		const off = subscribe((e) => seen.push(e));
		fx.act.support(fx.actors.member, id);
		off();
		expect(seen).toContainEqual({ type: 'proposal.changed', councilId: fx.council.id, proposalId: id, what: 'supports', supportsCount: 1 });
	});

	it('refuses supports on drafts and after submission, from the authors, and from non-members', () => {
		const fx = setup();
		const draft = fx.proposalIn('draft');
		expect(code(() => fx.act.support(fx.actors.member, draft))).toBe('proposals_error_not_found');
		const accepted = fx.proposalIn('accepted');
		expect(code(() => fx.act.support(fx.actors.member, accepted))).toBe('proposals_error_support_closed');
		const id = fx.proposalIn('submitted', { coauthorIds: [fx.people.member2.id] });
		expect(code(() => fx.act.support(fx.actors.author, id))).toBe('proposals_error_support_own');
		expect(code(() => fx.act.support(fx.actors.member2, id))).toBe('proposals_error_support_own');
		for (const who of ['secretariat', 'chair', 'evaluator', 'observer', 'outsider', 'admin'] as const)
			expect(
				code(() => fx.act.support(fx.actors[who], id)),
				who
			).toBe('common_error_forbidden');
		expect(code(() => fx.act.support(fx.actors.anonymous, id))).toBe('common_error_login_required');
	});
});

describe('comments', () => {
	afterEach(() => vi.useRealTimers());

	it('allows one level of replies only', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const top = fx.act.comment(fx.actors.member, id, { body: 'Bonne idée.' });
		const reply = fx.act.comment(fx.actors.secretariat, id, { body: 'Merci !', parentId: top.id });
		expect(code(() => fx.act.comment(fx.actors.member, id, { body: 'Et encore ?', parentId: reply.id }))).toBe('proposals_error_reply_depth');
		const other = fx.proposalIn('submitted');
		expect(code(() => fx.act.comment(fx.actors.member, other, { body: 'x', parentId: top.id }))).toBe('proposals_error_comment_parent');
		const thread = listComments(id, undefined);
		expect(thread).toHaveLength(1);
		expect(thread[0].replies.map((r) => r.body)).toEqual(['Merci !']);
		expect(getProposal(id)!.commentsCount).toBe(2);
	});

	it('refuses comments from observers and visitors, and on drafts', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		for (const who of ['observer', 'outsider'] as const)
			expect(
				code(() => fx.act.comment(fx.actors[who], id, { body: 'x' })),
				who
			).toBe('common_error_forbidden');
		expect(code(() => fx.act.comment(fx.actors.anonymous, id, { body: 'x' }))).toBe('common_error_login_required');
		expect(code(() => fx.act.comment(fx.actors.member, id, { body: '   ' }))).toBe('common_error_invalid_input');
		const draft = fx.proposalIn('draft');
		expect(code(() => fx.act.comment(fx.actors.author, draft, { body: 'note' }))).toBe('proposals_error_comment_draft');
	});

	it('lets the author edit within 15 minutes, then refuses with a message', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const c = fx.act.comment(fx.actors.member, id, { body: 'Premier jet' });
		const written = c.createdAt.getTime();
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(written + EDIT_WINDOW_MS - 1000);
		expect(fx.act.editComment(fx.actors.member, c.id, { body: 'Version corrigée' }).body).toBe('Version corrigée');
		expect(code(() => fx.act.editComment(fx.actors.member2, c.id, { body: 'x' }))).toBe('proposals_error_forbidden');
		vi.setSystemTime(written + EDIT_WINDOW_MS + 1000);
		try {
			fx.act.editComment(fx.actors.member, c.id, { body: 'Trop tard' });
			expect.unreachable();
		} catch (e) {
			expect(e).toMatchObject({ code: 'proposals_error_edit_window', field: 'body', params: { minutes: 15 } });
		}
		vi.useRealTimers();
		// the window is counted from the stored creation time
		db()
			.update(proposalComments)
			.set({ createdAt: new Date(Date.now() - 16 * 60 * 1000) })
			.where(eq(proposalComments.id, c.id))
			.run();
		expect(code(() => fx.act.editComment(fx.actors.member, c.id, { body: 'Encore' }))).toBe('proposals_error_edit_window');
		expect(listComments(id, fx.people.member.id)[0]).toMatchObject({ body: 'Version corrigée', editableUntil: null });
	});

	it('lets the secretariat hide a comment with a public reason; the text is withheld and no longer counted', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const c = fx.act.comment(fx.actors.member, id, { body: 'Propos injurieux' });
		expect(code(() => fx.act.hideComment(fx.actors.chair, c.id, { reason: 'x' }))).toBe('common_error_forbidden');
		expect(code(() => fx.act.hideComment(fx.actors.secretariat, c.id, { reason: ' ' }))).toBe('common_error_invalid_input');
		fx.act.hideComment(fx.actors.secretariat, c.id, { reason: 'Propos contraires à la charte' });
		expect(listComments(id, undefined)[0]).toMatchObject({ hidden: true, body: null, hiddenReason: 'Propos contraires à la charte' });
		expect(getProposal(id)!.commentsCount).toBe(0);
		expect(code(() => fx.act.editComment(fx.actors.member, c.id, { body: 'x' }))).toBe('proposals_error_comment_hidden');
		expect(code(() => fx.act.hideComment(fx.actors.secretariat, c.id, { reason: 'encore' }))).toBe('proposals_error_comment_hidden');
		// Nobody replies to a hidden comment: the thread would answer something no one can read.
		expect(code(() => fx.act.comment(fx.actors.member, id, { body: 'Réponse', parentId: c.id }))).toBe('proposals_error_comment_hidden');
	});

	it('keeps the denormalised count equal to the visible comments', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		for (let i = 0; i < 5; i++) fx.act.comment(fx.actors.member, id, { body: `c${i}` });
		const first = listComments(id, undefined)[0];
		fx.act.hideComment(fx.actors.secretariat, first.id, { reason: 'doublon' });
		transitionProposal(fx.actors.secretariat, id, 'accept', { answer: 'ok' });
		const visible = db().get<{ n: number }>(sql`select count(*) as n from proposal_comments where proposal_id = ${id} and hidden_at is null`)!.n;
		expect(getProposal(id)!.commentsCount).toBe(visible);
		expect(visible).toBe(4);
	});
});

describe('comments of another council', () => {
	it('are not found by the secretariat of this council, and nothing is written', () => {
		const other = setup({ isPublic: false });
		const theirs = other.proposalIn('submitted');
		const comment = other.act.comment(other.actors.member, theirs, { body: 'Dans un conseil privé' });
		// a second council in the same database, whose secretariat posts the other council's comment id
		const mine = secondCouncil();
		const auditBefore = db().get<{ n: number }>(sql`select count(*) as n from audit_log`)!.n;
		expect(code(() => mine.act.hideComment(mine.actors.secretariat, comment.id, { reason: 'hors sujet' }))).toBe('proposals_error_not_found');
		expect(code(() => mine.act.editComment(mine.actors.secretariat, comment.id, { body: 'x' }))).toBe('proposals_error_not_found');
		expect(code(() => mine.act.support(mine.actors.member, theirs))).toBe('proposals_error_not_found');
		expect(code(() => mine.act.comment(mine.actors.member, theirs, { body: 'x' }))).toBe('proposals_error_not_found');
		expect(db().select().from(proposalComments).where(eq(proposalComments.id, comment.id)).get()!.hiddenAt).toBeNull();
		expect(db().get<{ n: number }>(sql`select count(*) as n from audit_log`)!.n).toBe(auditBefore);
	});
});

describe('writing a proposal', () => {
	it('creates one proposal when the same form is sent ten times at once', async () => {
		const fx = setup();
		const { execute } = await import('../actions/execute');
		const { createProposal } = await import('./actions');
		const key = crypto.randomUUID();
		const form = { ...fx.input(), themeIds: fx.input().themeIds.map(String), links: '', submissionKey: key };
		const results = await Promise.all(Array.from({ length: 10 }, () => execute(fx.actors.author, fx.council, createProposal, form)));
		expect(results.every((r) => r.ok)).toBe(true);
		const ids = new Set(results.map((r) => (r.ok ? r.data.id : 0)));
		expect(ids.size).toBe(1);
		expect(db().get<{ n: number }>(sql`select count(*) as n from proposals where council_id = ${fx.council.id}`)!.n).toBe(1);
		// another form (another key) is another proposal
		const other = await execute(fx.actors.author, fx.council, createProposal, { ...form, submissionKey: crypto.randomUUID() });
		expect(other.ok && !ids.has(other.data.id)).toBe(true);
	});
});
